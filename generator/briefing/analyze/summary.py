"""Extractive news summary: lead bias plus word-overlap centrality, with a redundancy check.

Headings, very short sentences, colon lead-ins, quote-only sentences and reader prompts are skipped;
heading words (the title) act as a query. On publisher teasers this ties lead-3 on ROUGE (eval/).
"""

from __future__ import annotations

import math
import re
from collections import Counter

from ..model import Block, BlockKind, Sentence
from .sentences import stopwords

_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{3,}")
_QUOTE_MARKS = "„“”\"»«"
_PROMPT = re.compile(r"^(?:Lesen Sie|Mehr zum Thema|Hier lesen|Lesen sie|Auch interessant|Foto:|Bild:|Quelle:|"
                     r"Video:|Anzeige|Hören Sie|Sehen Sie|Jetzt|Klicken|Weiterlesen|Mehr dazu|▶)")
_MIN_WORDS = 4
_LEAD_WEIGHT = 0.85  # share of the score from position; the rest is centrality (tuned on a held-apart half)
_REDUNDANT = 0.6
_TITLE_WEIGHT = 3.0  # skip a sentence sharing this share of its terms with an already chosen one


def summarize(text: str, sentences: tuple[Sentence, ...], blocks: tuple[Block, ...], n: int = 4) -> tuple[int, ...]:
    """Indices of the `n` best summary sentences, in document order."""
    if n <= 0 or not sentences:
        return ()
    bodies = [s.span.of(text) for s in sentences]
    terms = [_terms(b) for b in bodies]
    eligible = [i for i, s in enumerate(sentences) if _eligible(bodies[i], s, blocks)]
    if not eligible:
        eligible = [i for i, s in enumerate(sentences) if blocks[s.block].kind is not BlockKind.HEADING] or list(
            range(len(sentences)))
    document = Counter(t for i in eligible for t in set(terms[i]))
    # Headings (the title first) say what the piece is about: their words act as a query.
    query = {t for i, s in enumerate(sentences) if blocks and blocks[s.block].kind is BlockKind.HEADING
             for t in terms[i]}
    central = {i: _centrality(terms[i], document) + _TITLE_WEIGHT * _query_overlap(terms[i], query)
               for i in eligible}
    top = max(central.values()) or 1.0
    scores = {i: _score(rank, central[i] / top) for rank, i in enumerate(eligible)}
    ranked = sorted(eligible, key=lambda i: (-scores[i], i))
    chosen: list[int] = []
    for i in ranked:
        if len(chosen) == n:
            break
        if any(_overlap(terms[i], terms[j]) > _REDUNDANT for j in chosen):
            continue
        chosen.append(i)
    return tuple(sorted(sentences[i].index for i in chosen))


def _score(rank: int, centrality: float) -> float:
    """Lead bias (by rank among eligible sentences) blended with normalised centrality."""
    position = 1.0 / (1.0 + 0.6 * rank)
    return _LEAD_WEIGHT * position + (1 - _LEAD_WEIGHT) * centrality


def _terms(sentence: str) -> list[str]:
    """Content words, lower case, cut to 6 letters so German inflections meet."""
    stop = stopwords()
    return [w.lower()[:6] for w in _WORD.findall(sentence) if w.lower() not in stop]


def _centrality(terms: list[str], document: Counter) -> float:
    """How many other sentences share this sentence's words (log-damped, length-normalised)."""
    if not terms:
        return 0.0
    unique = set(terms)
    return sum(math.log1p(document[t] - 1) for t in unique) / math.sqrt(len(unique) + 4)


def _eligible(body: str, sentence: Sentence, blocks: tuple[Block, ...]) -> bool:
    """Summary material: a full declarative sentence in a paragraph, not a quote or a reader prompt."""
    if blocks and blocks[sentence.block].kind is BlockKind.HEADING:
        return False
    words = body.split()
    if len(words) < _MIN_WORDS or body.rstrip().endswith(":") or _PROMPT.match(body):
        return False
    if body[:1] in _QUOTE_MARKS:
        inside = sum(1 for _ in re.finditer(r"[„“\"»«][^„“”\"»«]*[“”\"«»]", body))
        quoted = sum(len(m.group()) for m in re.finditer(r"[„“\"»«][^„“”\"»«]*[“”\"«»]", body))
        if inside and quoted > 0.6 * len(body):
            return False
    return True


def _query_overlap(terms: list[str], query: set[str]) -> float:
    """Distinct heading words in the sentence, length-normalised like the centrality."""
    unique = set(terms)
    return len(unique & query) / math.sqrt(len(unique) + 4) if query else 0.0


def _overlap(a: list[str], b: list[str]) -> float:
    """Share of a's distinct terms found in b."""
    sa = set(a)
    return len(sa & set(b)) / len(sa) if sa else 1.0
