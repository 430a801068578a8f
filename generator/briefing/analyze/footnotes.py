"""Footnote analysis: actors, quotes, figures and dates in the notes cleanup moved out of the body.

All footnotes of an article are analysed together, as one text with one paragraph per note, so
every analyzer runs once per article (not once per note) and a surname in note 7 can resolve
against a full name in note 3. The results are then cut back into one `NoteAnalysis` per note,
with spans and sentence indices local to that note.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..actors import find_actors
from ..model import (
    Actor, ActorKind, Block, BlockKind, DateRef, Figure, Footnote, Mention, NoteAnalysis, PartialDate, Quote,
    Registry, Sentence, Span,
)
from .dates import find_dates
from .figures import find_figures, outside_amounts
from .quotes import find_quotes
from .sentences import split_sentences

_SEPARATOR = "\n\n"


@dataclass(frozen=True, slots=True)
class NoteFindings:
    """Actors mentioned in the footnotes, and what each footnote holds."""

    actors: tuple[Actor, ...] = ()
    notes: tuple[NoteAnalysis, ...] = ()


@dataclass(frozen=True, slots=True)
class _Joined:
    """All footnote texts joined; block i is footnote i."""

    text: str
    blocks: tuple[Block, ...]


def _join(footnotes: tuple[Footnote, ...]) -> _Joined:
    """One text with one paragraph block per footnote."""
    blocks, pos = [], 0
    for note in footnotes:
        blocks.append(Block(BlockKind.PARAGRAPH, Span(pos, pos + len(note.text))))
        pos += len(note.text) + len(_SEPARATOR)
    return _Joined(_SEPARATOR.join(note.text for note in footnotes), tuple(blocks))


def is_author(actor: Actor, authors: tuple[str, ...]) -> bool:
    """True for a person who is one of the article's authors ("Blomeier" or "Hans-Hartwig Blomeier")."""
    if actor.kind is not ActorKind.PERSON:
        return False
    names = {actor.name, *actor.aliases}
    for author in authors:
        words = author.split()
        for name in names:
            tail = name.split()
            if tail and words[-len(tail):] == tail:
                return True
    return False


def analyze_footnotes(footnotes: tuple[Footnote, ...], registry: Registry, language: str,
                      reference: PartialDate | None = None, authors: tuple[str, ...] = ()) -> NoteFindings:
    """Actors, quotes, figures and dates of every footnote; the article's authors are no actors."""
    if not footnotes:
        return NoteFindings()
    joined = _join(footnotes)
    sentences = split_sentences(joined.text, joined.blocks)
    findings = find_actors(joined.text, sentences, registry, language)
    excluded = {a.id for a in findings.actors if is_author(a, authors)}
    figures = find_figures(joined.text, sentences)
    mentions = outside_amounts(tuple(m for m in findings.mentions if m.actor_id not in excluded), figures)
    actors = tuple(a for a in findings.actors if a.id not in excluded)
    # In footnotes, quotation marks without a reporting verb are titles of cited works, not speech.
    quotes = tuple(q for q in find_quotes(joined.text, sentences, mentions, actors) if q.cue_span is not None)
    dates = find_dates(joined.text, sentences, reference)
    groups = _by_note(len(footnotes), sentences, (*mentions, *quotes, *figures, *dates))
    own: list[list[Sentence]] = [[] for _ in footnotes]
    for sentence in sentences:
        own[sentence.block].append(sentence)
    notes = tuple(
        _cut(index, footnote, joined.blocks[index].span, own[index], groups[index])
        for index, footnote in enumerate(footnotes) if groups[index]
    )
    used = {m.actor_id for note in notes for m in note.mentions} | {
        q.speaker_id for note in notes for q in note.quotes if q.speaker_id}
    return NoteFindings(tuple(a for a in actors if a.id in used), notes)


_Item = Mention | Quote | Figure | DateRef


def _by_note(count: int, sentences: tuple[Sentence, ...], items: tuple[_Item, ...]) -> list[list[_Item]]:
    """Items grouped by the footnote (block) of their sentence, in one pass."""
    groups: list[list[_Item]] = [[] for _ in range(count)]
    for item in items:
        groups[sentences[item.sentence].block].append(item)
    return groups


def _cut(index: int, footnote: Footnote, block: Span, own: list[Sentence], items: list[_Item]) -> NoteAnalysis:
    """The findings of footnote `index`, with spans and sentence indices made local to it."""
    local = {s.index: i for i, s in enumerate(own)}

    def span(value: Span) -> Span:
        return Span(value.start - block.start, value.end - block.start)

    def inside(value: Span | None) -> Span | None:
        # A pronoun's speaker may be resolved in an earlier note; keep only spans within this one.
        return span(value) if value is not None and block.contains(value) else None

    def moved(item: _Item) -> _Item:
        item = replace(item, span=span(item.span), sentence=local[item.sentence])
        if isinstance(item, Quote):
            item = replace(item, speaker_span=inside(item.speaker_span), cue_span=inside(item.cue_span))
        return item

    return NoteAnalysis(
        index=index,
        number=footnote.number,
        sentences=tuple(Sentence(i, span(s.span), 0) for i, s in enumerate(own)),
        mentions=tuple(moved(i) for i in items if isinstance(i, Mention)),
        quotes=tuple(moved(i) for i in items if isinstance(i, Quote)),
        figures=tuple(moved(i) for i in items if isinstance(i, Figure)),
        dates=tuple(moved(i) for i in items if isinstance(i, DateRef)),
    )
