"""HanTa's word tagging, with a faster but exact copy of its guesser for words outside its lexicon.

HanTa's `analyze_forward` (HanTa 1.2) calls `lp_m_t` for every state, segment and tag: about 1,400 calls
per unseen word (~1 ms), most of them returning -inf. The copy looks each segment up once in a
morpheme -> {tag: score} index, lists the finite scores per tag once per row, and guesses only for the
open word classes; it adds the same floats in the same order and fills its tables in the same order,
so the scores are bit for bit HanTa's (`exact` checks this when the tagger is loaded).

The guesser follows HanTa's own code (HanTa 1.2.1, (C) Christian Wartena, https://github.com/wartaal/HanTa),
which is under the GNU LGPL 3.0 or later; this file is therefore under the LGPL-3.0-or-later too, not MIT.
"""

from __future__ import annotations

import functools
import math
from operator import itemgetter

from numpy import logaddexp  # HanTa sums a tag's paths with numpy's logaddexp: same function, same floats

_EMPTY, _START, _UNKNOWN = 0, 1, 3
_LOWERBOUND = -1e6
# Words for the load-time check: lexicon-free guesses of different lengths and shapes.
_PROBE_WORDS = ("borkowitzer", "ilvane", "xq", "schlussliches", "mcallister-henning", "zwielichtigsten")


class Guesser:
    """HanTa's `analyze_forward(word)` for words outside its lexicon: (tag id, log score), best first."""

    def __init__(self, tagger) -> None:
        self.tagger = tagger
        # morpheme -> {tag: log p(morpheme | tag)}: one lookup per segment instead of one per segment and tag
        self.index: dict[str, dict[int, float]] = {}
        for tag, morphemes in tagger.LP_m_t.items():
            for morpheme, lp in morphemes.items():
                self.index.setdefault(morpheme, {})[tag] = lp
        open_tags = () if tagger.strict else (t for t in tagger.LP_hapax_t if t in tagger.LP_s_t)
        # HanTa's guess adds Int_t + LP_hapax_t[t] first: the same sum, made once
        self.open = {t: tagger.Int_t + tagger.LP_hapax_t[t] for t in open_tags}

    def __call__(self, word: str) -> list[tuple[int, float]]:
        wlen = len(word)
        index = self.index
        known = [[None] * (i + 1) + [index.get(word[i:j]) for j in range(i + 1, wlen + 1)] for i in range(wlen + 1)]
        table: list[dict] = [{(_EMPTY, _START): 0}] + [{} for _ in range(wlen + 1)]
        nonfinal, open_tags = self.tagger.LP_trans_nonfinal, self.open
        tails: dict[int, list] = {}  # per open tag: suffix scores of long segments by end (see _open_scores)
        for i in range(wlen + 1):
            row = table[i]
            rowbound = sorted(row.values(), reverse=True)[3] - 1 if len(row) > 3 else _LOWERBOUND
            closed: dict[int, list[tuple[int, float]]] | None = None  # by tag, shared by the row's states
            opened: dict[int, list[tuple[int, float]]] = {}
            for state, lp in row.items():
                if lp < rowbound:
                    continue
                for tag1, lpt in nonfinal.get(state, ()):
                    if tag1 in open_tags:
                        found = opened.get(tag1)
                        if found is None:
                            found = opened[tag1] = self._open_scores(word, i, tag1, known[i], tails)
                    else:
                        if closed is None:
                            closed = _by_tag(known[i])
                        found = closed.get(tag1, ())
                    base = lp + lpt  # HanTa computes lp + lpt + lp_m_t(...) left to right
                    newstate = (state[1], tag1)
                    # HanTa loops over j outside the tags; each j has its own table, so the order within one is kept.
                    for j, lpm in found:
                        lp1 = base + lpm
                        if lp1 > _LOWERBOUND:
                            target = table[j]
                            old = target.get(newstate)
                            if old is None or lp1 > old:
                                target[newstate] = lp1
        return _finish(self.tagger, table)

    def _open_scores(self, word: str, i: int, tag: int, known: list, tails: dict) -> list[tuple[int, float]]:
        """(j, log p(word[i:j] | tag)) of an open class: the lexicon's score, else HanTa's guess from suffix and
        length (`lp_m_t`), leaving out the -inf ones; `known[j]` holds the lexicon's scores of word[i:j] by tag.

        A segment longer than four letters has the suffix score of its last four, which depends on j alone:
        `tails` keeps it per tag and j for the other rows of the word.
        """
        wlen = len(word)
        start = self.open[tag]
        tagger = self.tagger
        suffixes, lengths = tagger.LP_s_t[tag], tagger.LP_len_t[tag]
        tail = tails.get(tag)
        if tail is None:
            tail = tails[tag] = [None] * (wlen + 1)
        scores = []
        for j in range(i + 1, wlen + 1):
            found = known[j]
            if found and tag in found:
                scores.append((j, found[tag]))
                continue
            mlen = j - i
            if wlen >= 4 and mlen <= 2:
                continue
            if mlen > 4:
                suffix = tail[j]
                if suffix is None:
                    suffix = tail[j] = _suffix_score(word[j - 4:j], 5, suffixes)
            else:
                suffix = _suffix_score(word[i:j], mlen, suffixes)
            lp = start + lengths[min(mlen, 24)] + suffix
            if wlen == mlen:  # HanTa's penalty for reading the whole word as one unknown morpheme
                lp -= 4.6
            scores.append((j, lp))
        return scores


def _suffix_score(m: str, mlen: int, suffixes: dict) -> float:
    """HanTa's score of the longest known suffix (4 to 1 letters) of a segment `m` of `mlen` letters."""
    if mlen > 4 and m[-4:] in suffixes:
        return suffixes[m[-4:]]
    if mlen > 3 and m[-3:] in suffixes:
        return suffixes[m[-3:]]
    if mlen > 2 and m[-2:] in suffixes:
        return suffixes[m[-2:]]
    if mlen > 1 and m[-1:] in suffixes:
        return suffixes[m[-1:]]
    return suffixes[""]


def _by_tag(known: list) -> dict[int, list[tuple[int, float]]]:
    """(j, score) of the lexicon morphemes word[i:j] per tag, j ascending; `known[j]` holds their scores by tag."""
    out: dict[int, list[tuple[int, float]]] = {}
    for j, found in enumerate(known):
        if found:
            for tag, lp in found.items():
                out.setdefault(tag, []).append((j, lp))
    return out


def _finish(tagger, table: list[dict]) -> list[tuple[int, float]]:
    """The final transitions and the sum per part of speech, as in HanTa."""
    last = table[-1]
    for state, lp in table[-2].items():
        for tag1, lpt in tagger.LP_trans_final.get(state, ()):
            lp1 = lp + lpt
            if lp1 > _LOWERBOUND:
                newstate = (state[1], tag1)
                if newstate not in last or lp1 > last[newstate]:
                    last[newstate] = lp1
    results: dict = {}
    for state, lp in last.items():
        if lp == -math.inf:
            continue
        pos = -state[1]
        results[pos] = logaddexp(results[pos], lp) if pos in results else lp
    ranked = sorted(results.items(), key=itemgetter(1), reverse=True)
    return ranked or [(_UNKNOWN, 0)]


def exact(tagger, guesser: Guesser) -> bool:
    """The copy gives HanTa's own scores on a few unseen words (a new HanTa version may differ)."""
    try:
        return all(guesser(w) == tagger.analyze_forward(w) for w in _PROBE_WORDS)
    except Exception:  # noqa: BLE001 - a changed model layout: use HanTa's own code
        return False


def tag_word(tagger, word: str, guess) -> list[tuple[str, float]]:
    """HanTa's `tag_word(word)` (cutoff 5, case-sensitive), with `guess(normalized word)` for unseen words."""
    upcase = word[0].isupper()
    word = tagger.normalize(word)
    cached = word in tagger.cache
    p_tags = tagger.cache[word] if cached else guess(word)
    case = tagger.LP_case_t
    scored = [(tag, p + case[tag][upcase] if tag != _UNKNOWN else p) for tag, p in p_tags]
    scored.sort(key=itemgetter(1), reverse=True)
    if not cached and scored:
        limit = scored[0][1] - 5
        scored = [(tag, p) for tag, p in scored if p >= limit]
    names = tagger.int2tag
    return [(names[tag], p) for tag, p in scored]


def tagging(tagger):
    """A function word -> HanTa's readings, with the fast guesser if it is exact, HanTa's own otherwise."""
    try:
        guesser = Guesser(tagger)
    except (AttributeError, TypeError, KeyError):  # a changed model layout
        return tagger.tag_word
    if not exact(tagger, guesser):
        return tagger.tag_word
    guess = functools.lru_cache(maxsize=100_000)(guesser)
    return functools.partial(tag_word, tagger, guess=guess)
