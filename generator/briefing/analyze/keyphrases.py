"""Key phrases: German noun phrases (adjective* + capitalised noun, or noun chains) ranked by
frequency, spread and early position; variants ("Freihandelsabkommen"/"Freihandelsabkommens") merge."""

from __future__ import annotations

import functools
import math
import re

from ..model import Keyphrase, Sentence, Span
from .sentences import stopwords

# Optional attributive adjective(s) in lower case, then one capitalised noun (hyphenated compounds too).
_PHRASE = re.compile(
    r"(?:\b[a-zäöüß][a-zäöüß]+(?:e|en|er|es|em)\s+){0,2}"
    r"\b[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜa-zäöüß0-9]+)*(?:[A-ZÄÖÜ][a-zäöüß]+)?\b"
)
_MIN_NOUN = 4
# Adjectives that carry no topic ("neue", "große") are dropped from the front of a phrase.
_WEAK_ADJECTIVES = frozenset(
    "neue neuen neuer neues große großen großer großes erste ersten erster erstes letzte letzten weitere weiteren "
    "anderen andere beiden vergangenen vergangene nächsten nächste jeweiligen ganze ganzen hohe hohen eigenen "
    "eigene wichtige wichtigen wichtiger gesamten ehemaligen früheren bisherigen".split()
)
_GENERIC_NOUNS = frozenset(
    "jahr jahre jahren jahres prozent millionen milliarden mal zeit teil seite ende anfang woche tag tage tagen "
    "frage art weise fall rahmen punkt bereich beispiel zusammenhang grund stand".split()
)


def find_keyphrases(text: str, sentences: tuple[Sentence, ...], limit: int = 8) -> tuple[Keyphrase, ...]:
    """The `limit` best noun phrases with all their spans, best first."""
    if not sentences or limit <= 0:
        return ()
    stop = stopwords()
    groups: dict[str, dict] = {}
    total = len(sentences)
    for sentence in sentences:
        body = sentence.span.of(text)
        for m in _PHRASE.finditer(body):
            phrase, start = _trim(m.group(), stop)
            if phrase is None or _in_name(body, m.start() + start, m.end(), stop):
                continue
            begin = sentence.span.start + m.start() + start
            key = _key(phrase)
            group = groups.get(key)
            if group is None:  # not setdefault: that builds a new dict, list and set for every phrase
                group = groups[key] = {"forms": {}, "spans": [], "sentences": set(), "first": sentence.index}
            group["forms"][phrase] = group["forms"].get(phrase, 0) + 1
            group["spans"].append(Span(begin, begin + len(phrase)))
            group["sentences"].add(sentence.index)
    scored = []
    for key, group in groups.items():
        count = len(group["spans"])
        words = len(key.split())
        position = 1.0 + 1.0 / (1 + 10 * group["first"] / total)  # early phrases carry the story
        score = math.log2(1 + count) * (1 + 0.3 * math.log2(1 + len(group["sentences"]))) * position
        score *= 1.2 if words > 1 else 1.0
        score *= min(len(key.split()[-1]) / 8, 1.5)  # long compounds ("Freihandelsabkommen") say more
        if count == 1 and words == 1:
            score *= 0.5
        form = max(group["forms"].items(), key=lambda kv: (kv[1], -len(kv[0]), kv[0]))[0]
        scored.append(Keyphrase(form, round(score, 3), tuple(sorted(group["spans"]))))
    scored.sort(key=lambda k: (-k.score, k.text))
    return tuple(_distinct(scored, limit))


def _trim(phrase: str, stop: frozenset[str]) -> tuple[str | None, int]:
    """Drop stop-word and weak leading adjectives; None for stop words, short or generic nouns."""
    words = phrase.split()
    offset = 0
    while len(words) > 1 and (words[0].lower() in stop or words[0].lower() in _WEAK_ADJECTIVES):
        offset += len(words[0]) + (len(phrase[offset + len(words[0]):]) - len(phrase[offset + len(words[0]):].lstrip()))
        words = words[1:]
    noun = words[-1]
    if noun.lower() in stop or len(noun) < _MIN_NOUN or noun.lower() in _GENERIC_NOUNS:
        return None, 0
    return phrase[offset:], offset


_NAME_AFTER = re.compile(r"\s+([A-ZÄÖÜ][\w-]*)")
_NAME_BEFORE = re.compile(r"([A-ZÄÖÜ][\w-]*)\s+$")
# Look-behind window for the word before a phrase. Scanning everything before it (body[:start])
# made one long sentence quadratic; no real word plus its spacing is this long.
_BEFORE_WINDOW = 200


_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ")


def _in_name(body: str, start: int, end: int, stop: frozenset[str]) -> bool:
    """Capitalised words next to capitalised words are names ("Donald Trump"); actors cover those."""
    after = _NAME_AFTER.match(body, end)
    if after and after.group(1).lower() not in stop:
        return True
    before = _name_before(body, max(0, start - _BEFORE_WINDOW), start)
    return before is not None and before.lower() not in stop


def _name_before(body: str, lo: int, hi: int) -> str | None:
    """group(1) of _NAME_BEFORE.search(body, lo, hi), found from the end (the regex tries every start).

    A match ends in the white space before `hi`, so it is the run of word characters and hyphens right
    before that space, from its first capital on (the leftmost start wins).
    """
    q = hi
    while q > lo and body[q - 1].isspace():  # \s is str.isspace()
        q -= 1
    if q == hi:
        return None
    r = q
    while r > lo and (body[r - 1].isalnum() or body[r - 1] in "_-"):  # \w is str.isalnum() or "_"
        r -= 1
    for p in range(r, q):
        if body[p] in _CAPITALS:
            return body[p:q]
    return None


@functools.lru_cache(maxsize=50_000)
def _key(phrase: str) -> str:
    """Grouping key: lower case, inflection endings of every word removed."""
    return " ".join(_stem(w.lower()) for w in phrase.split())


_ENDING = re.compile(r"(?:ens|ns|en|es|n|s|e)$")


def _stem(word: str) -> str:
    """Crude German stem: drop one inflection ending (Abkommens ~ Abkommen, Beziehungen ~ Beziehung)."""
    return _ENDING.sub("", word) if len(word) > 4 else word


def _distinct(ranked: list[Keyphrase], limit: int) -> list[Keyphrase]:
    """Skip phrases contained in an already chosen one ("Abkommen" after "neue Abkommen USMCA")."""
    chosen: list[Keyphrase] = []
    for phrase in ranked:
        lower = phrase.text.lower()
        if any(lower in c.text.lower().split() or lower == c.text.lower() for c in chosen):
            continue
        chosen.append(phrase)
        if len(chosen) == limit:
            break
    return chosen
