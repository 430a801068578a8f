"""Join hard-wrapped lines: soft hyphens go ("Regie-/rung"), compound hyphens stay ("Biden-/Regierung"), URLs rejoin."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .urls import ends_in_url, url_continues

_WORD = re.compile(r"[^\W\d_][\w\-]*")
_LAST_TOKEN = re.compile(r"(\S+)-$")
_FIRST_WORD = re.compile(r"^([\w]+)")
# After "Spar-" a line starting with "und" means "Spar- und Renteneinlagen": keep hyphen and space.
CONJUNCTIONS = frozenset({"und", "oder", "bzw", "sowie", "als", "bis", "noch", "wie", "statt", "or", "and"})
# Longest word / URL that a next line is still glued onto. Real ones are far shorter; the caps keep
# a pathological input (200,000 lines of "x-") linear instead of re-reading an ever longer word.
MAX_WORD = 256
MAX_URL = 4096


def vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """Lower-cased words (hyphenated compounds included) of the document: its own evidence for joins."""
    words: set[str] = set()
    for text in texts:
        words.update(map(str.lower, _WORD.findall(text)))
    return frozenset(words)


def join_lines(lines: Iterable[str], vocab: frozenset[str], wordlist: frozenset[str] = frozenset()) -> str:
    """One paragraph from wrapped lines: single spaces, hyphenation resolved, URLs rejoined exactly."""
    # Every join decision looks only at the paragraph's last word (`tail`), never at the whole text
    # so far: rescanning it for each line made a 10,000-line paragraph take a minute.
    done: list[str] = []
    tail, in_url = "", False  # in_url: tail is known to end in a URL (it was glued as one)
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if tail and len(tail) <= MAX_URL and (in_url or ends_in_url(tail)) and url_continues(tail, line):
            head, last = _split_last_word(line)
            if not head:
                tail, in_url = tail + line, True
                continue
            done.append(tail + head)
            tail, in_url = last, False
            continue
        if len(tail) <= MAX_WORD and tail.endswith("-") and len(tail) > 1 and tail[-2].isalnum() and line[0].isalnum():
            head, tail = _split_last_word(join_hyphenated(tail, line, vocab, wordlist))
        else:
            done.append(tail)
            head, tail = _split_last_word(line)
        done.append(head)
        in_url = False
    done.append(tail)
    return " ".join(" ".join(done).split())


def _split_last_word(text: str) -> tuple[str, str]:
    """(everything before the last word, the last word) of a stripped text."""
    parts = text.rsplit(None, 1)
    return (parts[0], parts[1]) if len(parts) == 2 else ("", parts[0] if parts else "")


def join_hyphenated(left_text: str, right_text: str, vocab: frozenset[str], wordlist: frozenset[str]) -> str:
    """Join two lines where the first ends with a hyphen, keeping it only where it belongs to the word."""
    token = _LAST_TOKEN.search(left_text)
    first = _FIRST_WORD.match(right_text)
    if token is None or first is None:
        return left_text + right_text
    left, right = token.group(1), first.group(1)
    decision = hyphen_decision(left, right, vocab, wordlist)
    if decision == "space":
        return left_text + " " + right_text
    if decision == "keep":
        return left_text + right_text
    return left_text[:-1] + right_text


def hyphen_decision(left: str, right: str, vocab: frozenset[str], wordlist: frozenset[str]) -> str:
    """'join' (soft hyphen), 'keep' (compound hyphen) or 'space' ("Spar- und") for `left`- + `right`."""
    part = left.rsplit("-", 1)[-1].strip("(„\"“'")
    if right.lower() in CONJUNCTIONS and right[0].islower():
        return "space"
    joined, hyphenated = (left + right).lower(), f"{left}-{right}".lower()
    if right[0].isdigit() or any(c.isdigit() for c in part):
        return "keep"  # COVID-19, G20-Gipfel
    if len(part) >= 2 and part.isupper():
        return "keep"  # US-amerikanisch, NAFTA-Abkommen, AMLO-Administration
    if hyphenated in vocab and joined not in vocab:
        return "keep"
    if joined in vocab and hyphenated not in vocab:
        return "join"
    if right[0].isupper():
        # German nouns keep their capital after a compound hyphen; a soft break splits inside a word.
        return "keep"
    if "-" in left:
        return "keep"  # Centro-Bajío-occidente style chains are compounds already
    if wordlist and joined.strip("(„\"“'") not in wordlist and right.lower() in wordlist and part.lower() in wordlist:
        return "keep"
    return "join"
