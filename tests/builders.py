"""Tiny builders for hand-made articles (sumy-style): tests state only what they care about."""

from __future__ import annotations

import re
from pathlib import Path

from briefing.model import (
    Actor, ActorKind, Analysis, Article, Block, BlockKind, CleanDocument, Footnote, Mention, Metadata,
    PartialDate, RawDocument, Sentence, SourceFormat, Span,
)


def build_document(*paragraphs: str, headings: tuple[int, ...] = (), footnotes: tuple[Footnote, ...] = (),
                   relpath: str = "test.txt") -> CleanDocument:
    """A cleaned document whose blocks are the given paragraphs (indices in `headings` are headings)."""
    text = "\n\n".join(paragraphs)
    blocks, pos = [], 0
    for i, paragraph in enumerate(paragraphs):
        kind = BlockKind.HEADING if i in headings else BlockKind.PARAGRAPH
        blocks.append(Block(kind, Span(pos, pos + len(paragraph)), level=2 if kind == BlockKind.HEADING else 0))
        pos += len(paragraph) + 2
    raw = RawDocument(Path(relpath), relpath, SourceFormat.TEXT, text)
    return CleanDocument(raw, text, tuple(blocks), footnotes=footnotes)


def naive_sentences(document: CleanDocument) -> tuple[Sentence, ...]:
    """Split blocks at '. ' — enough for tests that are not about sentence splitting."""
    sentences = []
    for b, block in enumerate(document.blocks):
        for match in re.finditer(r"[^.!?]+[.!?]?", block.span.of(document.text)):
            start = block.span.start + match.start() + (len(match.group()) - len(match.group().lstrip()))
            end = block.span.start + match.end()
            if match.group().strip():
                sentences.append(Sentence(len(sentences), Span(start, end), b))
    return tuple(sentences)


def mention(document: CleanDocument, sentences, surface: str, actor_id: str, occurrence: int = 0) -> Mention:
    """Mention of `surface` (its n-th occurrence) in the document."""
    start = -1
    for _ in range(occurrence + 1):
        start = document.text.index(surface, start + 1)
    span = Span(start, start + len(surface))
    sentence = next(s.index for s in sentences if s.span.contains(span))
    return Mention(actor_id, span, sentence)


def build_article(*paragraphs: str, slug: str = "test", title: str | None = "Test", date: PartialDate | None = None,
                  actors: dict[str, tuple[str, ActorKind]] | None = None, **document_options) -> Article:
    """An article; `actors` maps surface text -> (actor id, kind) and mentions every occurrence."""
    document = build_document(*paragraphs, **document_options)
    sentences = naive_sentences(document)
    mentions, actor_objects = [], {}
    for surface, (actor_id, kind) in (actors or {}).items():
        actor_objects[actor_id] = Actor(actor_id, surface, kind)
        for occurrence in range(document.text.count(surface)):
            mentions.append(mention(document, sentences, surface, actor_id, occurrence))
    analysis = Analysis(sentences=sentences, actors=tuple(actor_objects.values()),
                        mentions=tuple(sorted(mentions, key=lambda m: m.span)))
    return Article(slug, Metadata(title=title, date=date), document, analysis)
