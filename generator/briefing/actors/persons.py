"""Persons that no registry knows: a first name or a title in front of capitalised name words."""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import HONORIFICS, STOP, is_particle, role_base, word_class
from .tokens import Token

MAX_NAME_WORDS = 5
# "San Luis Potosí", "Santa Clara", "St. Petersburg": a first name after these words is a place.
_PLACE_PREFIXES = frozenset("San Santa Santo São Sao Saint St Sankt Fort Port Puerto Porto Bad".split())


@dataclass(frozen=True, slots=True)
class NameSpan:
    """Token range [start, end) of a person's name found by evidence, with the words of the name."""

    start: int
    end: int
    words: tuple[str, ...]
    evidence: str  # "first-name", "role", "honorific"


def is_name_word(word: str) -> bool:
    """A capitalised word that may be part of a name (not a function word, not a known common noun)."""
    if not word[:1].isupper() or word in STOP or len(word) < 2:
        return False
    if word.isupper() and len(word) > 4:  # shouting acronyms are organisations, not surnames
        return False
    return word_class(word) != "common" and role_base(word) is None


def _is_first_name(word: str, first_names: frozenset[str]) -> bool:
    if word in first_names:
        return True
    parts = word.split("-")
    return len(parts) == 2 and parts[0] in first_names and parts[1][:1].isupper()


def _extend(tokens: tuple[Token, ...], i: int, free: list[bool], first_names: frozenset[str]) -> int:
    """End of a name that starts at token i (already accepted): more first names, then surnames."""
    j = i + 1
    n = len(tokens)
    while j < n and j - i < MAX_NAME_WORDS and free[j] and _is_first_name(tokens[j].text, first_names):
        j += 1
    surnames = 0
    while j < n and j - i < MAX_NAME_WORDS and free[j]:
        word = tokens[j].text
        if is_particle(word) and j + 1 < n and free[j + 1] and is_name_word(tokens[j + 1].text):
            j += 2
            surnames += 1
            continue
        if not is_name_word(word):
            break
        # A second surname must look like a name, not an ordinary word HanTa happens to know as NE.
        if surnames >= 1 and word_class(word) != "unknown":
            break
        j += 1
        surnames += 1
    return j


def find_names(tokens: tuple[Token, ...], text: str, free: list[bool], first_names: frozenset[str],
               language: str = "de") -> list[NameSpan]:
    """Names with evidence: first name + surname, or title/honorific + name words."""
    found: list[NameSpan] = []
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        if not free[i]:
            i += 1
            continue
        after_place_word = i > 0 and tokens[i - 1].text in _PLACE_PREFIXES
        if not after_place_word and _is_first_name(tok.text, first_names) and i + 1 < n and free[i + 1] and _adjacent(text, tokens, i):
            end = _trim(tokens, text, i, _extend(tokens, i, free, first_names))
            if end > i + 1:
                found.append(NameSpan(i, end, tuple(t.text for t in tokens[i:end]), "first-name"))
                i = end
                continue
        evidence = "honorific" if tok.text in HONORIFICS else ("role" if role_base(tok.text, language) else None)
        if evidence and i + 1 < n and free[i + 1] and _adjacent(text, tokens, i) and is_name_word(tokens[i + 1].text):
            start = i + 1
            end = _trim(tokens, text, start, _extend(tokens, start, free, first_names))
            found.append(NameSpan(start, end, tuple(t.text for t in tokens[start:end]), evidence))
            i = end
            continue
        i += 1
    return found


def _adjacent(text: str, tokens: tuple[Token, ...], i: int) -> bool:
    """Tokens i and i+1 are separated by white space only (no comma, colon, slash, quote)."""
    between = text[tokens[i].end : tokens[i + 1].start]
    return between.strip() == "" and len(between) <= 3


def _trim(tokens: tuple[Token, ...], text: str, start: int, end: int) -> int:
    """Cut the name where punctuation separates two words."""
    for k in range(start, end - 1):
        if not _adjacent(text, tokens, k):
            return k + 1
    return end
