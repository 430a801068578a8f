"""Engine interface: the built-in rule engine (default) and an optional spaCy wrapper."""

from __future__ import annotations

import bisect
from typing import Any, Protocol, runtime_checkable

from ..model import Actor, ActorKind, Mention, Registry, Sentence, Span
from ..slugs import slugify
from .finder import ActorFindings, find_actors
from .index import build_index, longest_match
from .tokens import tokenize

# spaCy / GermEval-style labels -> the kind of an actor not found in the registry.
LABEL_KINDS = {
    "PER": ActorKind.PERSON, "PERSON": ActorKind.PERSON,
    "ORG": ActorKind.ORGANISATION, "NORP": None,
    "LOC": ActorKind.ORT, "GPE": ActorKind.ORT, "FAC": ActorKind.ORT,
    "MISC": None,
}


@runtime_checkable
class ActorEngine(Protocol):
    """Anything that finds actors in a text."""

    def find_actors(self, text: str, sentences: tuple[Sentence, ...], registry: Registry,
                    language: str = "de") -> ActorFindings: ...


class BuiltinEngine:
    """The rule-based engine of this package (registry trie, first names, roles, HanTa lexicon)."""

    def find_actors(self, text: str, sentences: tuple[Sentence, ...], registry: Registry,
                    language: str = "de") -> ActorFindings:
        """See briefing.actors.find_actors."""
        return find_actors(text, sentences, registry, language)


def _resolve(text: str, registry: Registry) -> str | None:
    """Registry actor whose surface form covers the whole entity text, if any."""
    index = build_index(registry)
    words = [t.text for t in tokenize(text)]
    if not words:
        return None
    m = longest_match(index.trie, words, 0)
    if m and m[0] == len(words):
        hit = m[1]
        return hit.metonym_of if hit.metonym_of and not hit.place else hit.actor_id
    return None


class SpacyEngine:
    """Wraps a spaCy pipeline: its doc.ents are resolved against the registry (spaCy is optional)."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp

    def find_actors(self, text: str, sentences: tuple[Sentence, ...], registry: Registry,
                    language: str = "de") -> ActorFindings:
        """Entities of the spaCy doc as actors and mentions."""
        doc = self.nlp(text)
        index = build_index(registry)
        starts = [s.span.start for s in sentences]
        actors: dict[str, Actor] = {}
        mentions: list[Mention] = []
        for ent in doc.ents:
            actor_id = _resolve(ent.text, registry)
            if actor_id is not None:
                actor = index.actors[actor_id]
            else:
                kind = LABEL_KINDS.get(ent.label_)
                if kind is None:
                    continue
                name = " ".join(ent.text.split())
                actor = Actor(id=slugify(name), name=name, kind=kind, registered=False)
            actors.setdefault(actor.id, actor)
            k = bisect.bisect_right(starts, ent.start_char) - 1
            sentence = sentences[max(k, 0)].index if sentences else 0
            mentions.append(Mention(actor.id, Span(ent.start_char, ent.end_char), sentence))
        mentions.sort(key=lambda m: (m.span.start, m.span.end))
        return ActorFindings(actors=tuple(actors.values()), mentions=tuple(mentions))


def spacy_available() -> bool:
    """True if spaCy can be imported (it is an optional dependency)."""
    try:
        import spacy  # noqa: F401
    except ImportError:
        return False
    return True
