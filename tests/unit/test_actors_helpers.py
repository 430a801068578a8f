"""Small builders for the actor tests: a trivial sentence splitter and a one-call finder."""

from __future__ import annotations

import re

from briefing.actors import find_actors, load_registry
from briefing.model import Sentence, Span

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
REGISTRY = load_registry(None)


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Naive splitter at . ! ? and line breaks; good enough for tests."""
    return tuple(Sentence(i, Span(m.start(), m.end()), 0) for i, m in enumerate(_SENTENCE.finditer(text)))


def find(text: str, registry=REGISTRY, language: str = "de"):
    """find_actors with the naive splitter."""
    return find_actors(text, split_sentences(text), registry, language)


def names(findings) -> set[str]:
    return {a.name for a in findings.actors}


def mention_kinds(text: str) -> dict:
    """Mention text -> kind of every mention the finder reports in `text`."""
    found = find(text)
    kinds = {a.id: a.kind for a in found.actors}
    return {m.span.of(text): kinds[m.actor_id] for m in found.mentions}


def mention_texts(text: str, findings, name: str) -> list[str]:
    ids = {a.id for a in findings.actors if a.name == name}
    return [m.span.of(text) for m in findings.mentions if m.actor_id in ids]


def reflow(raw: str) -> str:
    """Minimal stand-in for the cleanup stage: join hyphenated line breaks and wrapped lines."""
    text = re.sub(r"-[ \t]*\n[ \t]*(?=\S)", "-", raw)
    text = re.sub(r"[ \t]*\n[ \t]*(?!\n)", " ", text)
    return re.sub(r"[ \t]+", " ", text)
