"""German sentence splitting inside blocks, aware of abbreviations, ordinals, dates, quotes and initials."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..model import Block, Sentence, Span
from .numbers import MAGNITUDES

# A candidate boundary: sentence punctuation, optional closing quotes/brackets, then whitespace.
_CANDIDATE = re.compile(r"[.!?…]+[\"“”»«’'‘)\]]*(?=\s)")
_NEXT = re.compile(r"\s+([\"„“”»«‚‘'(\[]*)(\S+)")
_TOKEN_BEFORE = re.compile(r"(\S+)$")
_MONTHS = frozenset(
    "januar jänner februar märz april mai juni juli august september oktober november dezember "
    "jan jän feb febr mär apr jun jul aug sep sept okt nov dez".split()
)
_URLISH = re.compile(r"(?:https?://|www\.)\S*$|\S+\.(?:de|com|org|net|at|ch|eu|html?)(?:/\S*)?$", re.I)
# "Mrd.", "Mio.", "Tsd." after a number: usually mid-sentence ("560 Mrd. US$", "5Mrd. Euro").
_MAGNITUDE_ABBREVIATIONS = frozenset(word.rstrip(".") for word in MAGNITUDES if word.endswith("."))
_AMOUNT_TOKEN = re.compile(r"(?P<num>\d[\d.,]*)?(?P<word>[a-zäöü]+)")
_WORD_BEFORE = re.compile(r"(\S+)\s*$")
_LOOK_BACK = 100
_ORDINAL_CONTEXT = frozenset("am vom zum dem den im seit ab bis der die das des zur ihr sein".split())


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """(always-abbreviations, abbreviations that may also end a sentence) from data/abbreviations_de.txt."""
    text = resources.files("briefing.data").joinpath("abbreviations_de.txt").read_text(encoding="utf-8")
    always, final = set(), set()
    for line in text.splitlines():
        line = line.strip().lower()
        if not line or line.startswith("#"):
            continue
        if line.startswith("!"):
            final.add(line[1:].rstrip("."))
        else:
            always.add(line.rstrip("."))
    return frozenset(always), frozenset(final)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """German function words from data/stopwords_de.txt (shared by keyphrases and summary)."""
    text = resources.files("briefing.data").joinpath("stopwords_de.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.lower().split())


def _is_boundary(segment: str, punct_start: int, punct_end: int) -> bool:
    """Decide whether the punctuation at segment[punct_start:punct_end] ends a sentence."""
    nxt = _NEXT.match(segment, punct_end)
    if nxt is None:
        return False
    opener, word = nxt.group(1), nxt.group(2)
    first = word[0]
    # A lowercase continuation ("…“, sagte er", "z.B. die") never starts a new sentence.
    if first.islower() or first in ",;:-–":
        return False
    punct = segment[punct_start:punct_end]
    if not punct.startswith(".") or opener and "." not in punct[:1]:
        return True  # "?", "!", "…" and ".“" before a capital are reliable
    before = _TOKEN_BEFORE.search(segment, max(0, punct_start - _LOOK_BACK), punct_start)
    token = before.group(1) if before else ""
    bare = token.lstrip("(\"„“‚'[").lower()
    always, final = _abbreviations()
    next_lower = word.lower().strip(".,;:!?\"“”„»«")
    if _after_amount(segment, before.start() if before else 0, bare):
        return next_lower in stopwords()  # "… betrug 560 Mrd. Die Regierung …" does end a sentence
    if bare in always or bare.replace(". ", ".") in always:
        return False
    if bare in final:
        return next_lower in stopwords()
    if len(bare) == 1 and bare.isalpha() and token[-1:].isupper():
        return False  # initial: "John F. Kennedy"
    if re.fullmatch(r"(?:[a-zäöü]\.)+[a-zäöü]", bare):
        return False  # unlisted dotted abbreviation like "i.e" or "a.a.o"
    if _URLISH.search(token):
        return not first.isdigit()
    if bare.isdigit() and len(bare) <= 3:
        return _number_ends_sentence(segment, before.start() if before else 0, next_lower, first)
    return True


def _previous_word(segment: str, pos: int) -> str:
    """The whitespace-separated word before `pos` ("" if none)."""
    # A bounded look-back: splitting all of segment[:pos] at every candidate made a long sentence
    # full of "3 Mrd." quadratic. No real word is longer than the window.
    match = _WORD_BEFORE.search(segment, max(0, pos - _LOOK_BACK), pos)
    return match.group(1) if match else ""


def _after_amount(segment: str, token_start: int, bare: str) -> bool:
    """True for a magnitude abbreviation that follows a number: "560 Mrd", "5Mrd", "3,5 Mio"."""
    match = _AMOUNT_TOKEN.fullmatch(bare)
    if match is None or match.group("word") not in _MAGNITUDE_ABBREVIATIONS:
        return False
    if match.group("num"):
        return True
    return _previous_word(segment, token_start)[-1:].isdigit()


def _number_ends_sentence(segment: str, token_start: int, next_lower: str, first: str) -> bool:
    """'20. Januar', '46. Präsident' are ordinals; '… stieg auf 46. Die' ends a sentence."""
    if next_lower in _MONTHS or first.isdigit():
        return False
    if _previous_word(segment, token_start).lower() in _ORDINAL_CONTEXT:
        return next_lower in stopwords() and next_lower not in ("jahrestag",)
    return next_lower in stopwords()


def _split_block(segment: str) -> list[tuple[int, int]]:
    """Character ranges of the sentences inside one block's text."""
    cuts = [m.end() for m in _CANDIDATE.finditer(segment) if _is_boundary(segment, m.start(), m.end())]
    ranges, start = [], 0
    for cut in [*cuts, len(segment)]:
        piece = segment[start:cut]
        stripped = piece.strip()
        if stripped:
            left = start + len(piece) - len(piece.lstrip())
            ranges.append((left, left + len(stripped)))
        start = cut
    return ranges


def split_sentences(text: str, blocks: tuple[Block, ...]) -> tuple[Sentence, ...]:
    """Split every block into sentences; indices are global, spans exclude surrounding whitespace."""
    sentences: list[Sentence] = []
    for b, block in enumerate(blocks):
        offset = block.span.start
        for start, end in _split_block(block.span.of(text)):
            sentences.append(Sentence(len(sentences), Span(offset + start, offset + end), b))
    return tuple(sentences)
