"""Reported statements named by a source phrase ("laut X", "X zufolge", "nach Angaben von X", "demnach")."""

from __future__ import annotations

import re

from ..model import Quote, QuoteKind, Sentence, Span
from .attribution import Context, as_speaker
from .speakers import source_after, source_before


def source_quote(ctx: Context, sentence: Sentence, s0: int, body: str, end: int, laut: re.Match) -> Quote | None:
    """An attributed statement: the sentence minus its "laut X" / "X zufolge" phrase."""
    cue = laut.span(1)
    if laut.group(1).endswith("nach") and " " in laut.group(1):  # "seiner Meinung nach": the phrase is the source
        owner = re.search(r"\b(?:[Ss]einer|[Ii]hrer|[Dd]eren|[Dd]essen|[Dd]em|[Uu]nserer)\s+$", body[:laut.start()])
        if owner is None:
            return None
        source = (owner.start() if owner else laut.start(), laut.end() - 4)
        cue = (laut.end() - 4, laut.end())
        phrase_start, phrase_end = source[0], laut.end()
    elif laut.group(1).lower() in ("demnach", "wonach", "danach"):  # the adverb points back to the source
        source = _pointer_source(ctx, sentence, body, laut.start(1))
        phrase_start, phrase_end = laut.span(1)
    elif laut.group(1) == "zufolge":
        look = max(0, laut.start() - 120)
        found = source_before(body[look:laut.start()])
        source = (look + found[0], look + found[1]) if found else None
        phrase_start, phrase_end = (source[0] if source else laut.start()), laut.end()
        pronoun = None if found else _PRONOUN_BEFORE.search(body, 0, laut.start())
        source = source or (pronoun.span(1) if pronoun else None)
    elif (relative := RELATIVE_SOURCE.match(body, laut.end())) and body[:laut.start()].rstrip().endswith(","):
        # "Studien der Charité, nach denen Homöopathie … sei": the pronoun and its antecedent are the source
        look = max(0, laut.start() - 150)
        left = body[look:laut.start()].rstrip(" ,")
        found = source_before(left)
        source = (look + found[0] if found else relative.start(1), relative.end(1))
        phrase_start, phrase_end = laut.start(), relative.end(1)
        speaker = as_speaker(ctx, s0 + source[0], s0 + source[1])
        rest = body[phrase_end:end]
        return make_quote(sentence, s0, phrase_end + len(rest) - len(rest.lstrip()), end, speaker, cue) \
            if len(rest.split()) >= 3 else None
    else:
        found = source_after(body[laut.end():laut.end() + 160])
        source = (laut.end() + found[0], laut.end() + found[1]) if found else None
        phrase_start, phrase_end = laut.start(), (source[1] if source else laut.end())
        source = source or _words_after(body, laut.end())
    speaker = as_speaker(ctx, s0 + source[0], s0 + source[1]) if source else None
    rest = body[phrase_end:end]
    if len(rest.split()) >= 4:
        start = phrase_end + len(rest) - len(rest.lstrip(" ,"))
        return make_quote(sentence, s0, start, end, speaker, cue)
    content = body[:phrase_start].rstrip(" ,–(")
    clause = content.rfind(", ") + 2 if rest.strip() else 1
    if clause > 1 and len(content[clause:].split()) >= 2:
        # "X soll … haben, diese Taten seien aber laut Y schon verjährt": the source names the clause it sits in
        return make_quote(sentence, s0, clause, end, speaker, cue)
    if len(content.split()) >= 4:
        return make_quote(sentence, s0, 0, len(content), speaker, cue)
    if len(content.split()) + len(rest.split()) >= 4 and content and rest.strip():
        # "Die Ursache ist laut Polizei unklar": the source phrase splits one short statement in two
        return make_quote(sentence, s0, 0, end, speaker, cue)
    return None


def named_source(ctx: Context, s0: int, body: str, laut: re.Match) -> tuple[str | None, Span] | None:
    """The source a "laut X" / "nach Angaben X" / "X zufolge" phrase names (None for pointers and pronouns)."""
    word = laut.group(1)
    if word.lower() in ("demnach", "wonach", "danach") or word.endswith(" nach") or RELATIVE_SOURCE.match(body, laut.end()):
        return None  # "Demnach" points back, "seiner Meinung nach" is the subject's own view
    if word == "zufolge":
        look = max(0, laut.start() - 120)
        found = source_before(body[look:laut.start()])
        found = (look + found[0], look + found[1]) if found else None
    else:
        found = source_after(body[laut.end():laut.end() + 160])
        found = (laut.end() + found[0], laut.end() + found[1]) if found else None
    return as_speaker(ctx, s0 + found[0], s0 + found[1]) if found else None


def with_named_source(ctx: Context, s0: int, body: str, laut: re.Match | None, quote: Quote | None) -> Quote | None:
    """A quote whose sentence names its source ("X bestätigte laut Reuters, dass …") takes that source as speaker."""
    # Readers (and the corpus) credit the statement to the outlet or finding that relays it, not to the
    # subject whose words or acts it reports.
    if quote is None or laut is None:
        return quote
    if quote.span.start <= s0 + laut.start() < quote.span.end and quote.span.start > s0:
        return quote  # "X sagte, laut Polizei seien …": the source is part of what X reported
    source = named_source(ctx, s0, body, laut)
    if source is None or quote.speaker_span is not None and quote.speaker_span.overlaps(source[1]):
        return quote
    return Quote(quote.kind, quote.span, quote.sentence, source[0], source[1], Span(s0 + laut.start(1), s0 + laut.end(1)))


# "nach denen", "laut welchem": a relative pronoun after the source preposition.
RELATIVE_SOURCE = re.compile(r"\s+(denen|welche[mnr])\s")


# "Ihnen zufolge", "denen zufolge": a (relative) pronoun stands for the source.
_PRONOUN_BEFORE = re.compile(r"\b([Ii]hnen|[Ii]hm|[Ii]hr|[Dd]enen|[Dd]em|[Dd]er)\s+$")


# "laut taz", "Laut diesem Zeugen", "Nach bisherigem Erkenntnisstand": a source phrase the noun-phrase
# grammar does not cover (lower-case names, demonstratives, bare adjectives) still names the source.
_SOURCE_WORDS = re.compile(r"\s*((?:[a-zäöüß]+(?:e|em|en|er|es)\s+){1,3}[A-ZÄÖÜ„][\w„“.-]*|[\w„“.-]+)"
                           r"(?=[\s,.;:]|$)")


def _words_after(body: str, pos: int) -> tuple[int, int] | None:
    """The words right after a source preposition: inflected words up to a noun, else the first word."""
    m = _SOURCE_WORDS.match(body, pos)
    return m.span(1) if m else None


def _pointer_source(ctx: Context, sentence: Sentence, body: str, pos: int) -> tuple[int, int] | None:
    """What "wonach"/"demnach" at `pos` stands for: the noun before ", wonach", else the adverb itself."""
    if body[pos:pos + 1] == "w":  # "ein Bericht der Agentur, wonach …": a relative adverb after its noun
        look = max(0, pos - 120)
        left = body[look:pos].rstrip(" ,")
        found = source_before(left) if body[look:pos].rstrip().endswith(",") else None
        return (look + found[0], look + found[1]) if found else (pos, pos + 6)
    return pos, pos + len(re.match(r"\w+", body[pos:]).group())  # "Demnach" itself stands for the source named before


def make_quote(sentence: Sentence, s0: int, start: int, end: int, speaker, cue) -> Quote | None:
    """An indirect Quote from sentence-relative offsets (None when empty)."""
    if end <= start:
        return None
    speaker_id, speaker_span = speaker if speaker else (None, None)
    return Quote(QuoteKind.INDIRECT, Span(s0 + start, s0 + end), sentence.index, speaker_id, speaker_span,
                 Span(s0 + cue[0], s0 + cue[1]))
