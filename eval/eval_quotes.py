"""Quotation extraction vs the Wikinews quote-attribution gold: P/R/F1 of quote spans and of speakers.

Gold types map to ours: Direct -> direct; Indirect, IndirectFreeIndirect, Reported -> indirect.
FreeIndirect quotes (no cue, no speaker in the sentence) are ignored: predictions overlapping them
count neither as hits nor as false positives. A predicted quote matches a gold quote when the spans
overlap, one-to-one: per document the matching with the most matches, then the most right speakers,
then the most same-kind pairs (Hungarian algorithm), so the score does not depend on the order quotes
are listed in. "all_greedy" repeats the earlier scoring (each prediction in text order takes the first
free overlapping gold quote) for comparison with older numbers. A matched quote's speaker is right
when our speaker span overlaps a gold speaker span (or both are empty). Mentions come from briefing.actors.find_actors when it works, else from a small
capitalised-name fallback inside this script.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from eval_sentences import blocks_of  # noqa: E402

from briefing.analyze.quotes import find_quotes  # noqa: E402
from briefing.analyze.sentences import split_sentences  # noqa: E402
from briefing.model import Actor, ActorKind, Mention, Span  # noqa: E402

KIND = {"Direct": "direct", "Indirect": "indirect", "IndirectFreeIndirect": "indirect", "Reported": "indirect"}
_NAME = re.compile(r"\b[A-ZÄÖÜ][a-zäöüßéè]+(?:[- ][A-ZÄÖÜ][a-zäöüßéè]+){1,3}\b")


def mention_finder():
    """find_actors from the actors package, or a capitalised-name fallback; returns (fn, label)."""
    try:
        from briefing.actors import find_actors, load_registry

        registry = load_registry(None)
        find_actors("Angela Merkel sagte, sie komme.", (), registry, "de")

        def actors_fn(text, sentences):
            findings = find_actors(text, sentences, registry, "de")
            return findings.mentions, findings.actors

        return actors_fn, "briefing.actors.find_actors"
    except Exception as exc:  # the other engineer's module may be mid-rewrite
        print(f"find_actors unavailable ({exc!r}); using fallback name finder", file=sys.stderr)
        return fallback_mentions, "fallback"


def fallback_mentions(text, sentences):
    """Two to four capitalised words in a row as one Person; a later surname alone refers back to it."""
    mentions, actors, surnames = [], {}, {}
    for s in sentences:
        body = s.span.of(text)
        for m in _NAME.finditer(body):
            name = m.group()
            actor_id = name.lower().replace(" ", "-")
            actors[actor_id] = Actor(actor_id, name, ActorKind.PERSON)
            surnames[name.split()[-1]] = actor_id
            mentions.append(Mention(actor_id, Span(s.span.start + m.start(), s.span.start + m.end()), s.index))
    taken = [m.span for m in mentions]
    for s in sentences:
        body = s.span.of(text)
        for surname, actor_id in surnames.items():
            for m in re.finditer(rf"\b{re.escape(surname)}\b", body):
                span = Span(s.span.start + m.start(), s.span.start + m.end())
                if not any(t.overlaps(span) for t in taken):
                    mentions.append(Mention(actor_id, span, s.index))
    return tuple(sorted(mentions, key=lambda m: m.span)), tuple(actors.values())


def spans(role: dict) -> list[Span]:
    """Spans of one gold role."""
    return [Span(a, b) for a, b, *_ in role.get("spans", [])]


def evaluate(path: Path, finder) -> dict:
    """Counts and scores for one split."""
    counts = {k: {"pred": 0, "gold": 0, "hit": 0, "speaker": 0} for k in ("direct", "indirect", "all")}
    greedy = {k: dict(v) for k, v in counts.items()}
    seconds = 0.0
    for line in path.open(encoding="utf-8"):
        doc = json.loads(line)
        text = doc["text"]
        sentences = split_sentences(text, blocks_of(text))
        mentions, actors = finder(text, sentences)
        started = time.perf_counter()
        predicted = find_quotes(text, sentences, mentions, actors)
        seconds += time.perf_counter() - started
        gold = [(KIND.get(q["type"]), spans(q["quote"]), spans(q["speaker"])) for q in doc["quotes"]]
        ignored = [g for g in gold if g[0] is None]
        gold = [g for g in gold if g[0] is not None]
        predicted = [p for p in predicted
                     if not any(p.span.overlaps(s) for g in ignored for s in g[1])]
        for scope in ("direct", "indirect", "all"):
            _score(counts[scope], scope, predicted, gold)
            _score(greedy[scope], scope, predicted, gold, greedy=True)
    return ({scope: _prf(c) for scope, c in counts.items()}
            | {f"{scope}_greedy": _prf(c) for scope, c in greedy.items()} | {"find_quotes_seconds": round(seconds, 3)})


def _score(c: dict, scope: str, predicted, gold, greedy: bool = False) -> None:
    """One-to-one overlap matching within one document: as many matches as possible, then right speakers."""
    preds = [p for p in predicted if scope == "all" or p.kind.value == scope]
    golds = [g for g in gold if scope == "all" or g[0] == scope]
    c["pred"] += len(preds)
    c["gold"] += len(golds)
    weights = [[_pair_weight(p, g) for g in golds] for p in preds]
    pairs = _greedy_pairs(weights) if greedy else _best_pairs(weights)
    for i, j in pairs:
        c["hit"] += 1
        c["speaker"] += weights[i][j] >= _HIT + _SPEAKER


# A match counts first, then a right speaker, then the same kind (a direct prediction for a direct gold
# quote rather than for the reported clause around it); the weights keep that order strict.
_HIT, _SPEAKER, _SAME_KIND = 10_000, 100, 1


def _pair_weight(p, g) -> int:
    """How good matching prediction p with gold quote g is (0: their spans do not overlap)."""
    kind, quote_spans, speaker_spans = g
    if not any(p.span.overlaps(s) for s in quote_spans):
        return 0
    if speaker_spans:
        right = bool(p.speaker_span and any(p.speaker_span.overlaps(s) for s in speaker_spans))
    else:
        right = p.speaker_span is None
    return _HIT + _SPEAKER * right + _SAME_KIND * (p.kind.value == kind)


def _greedy_pairs(weights: list[list[int]]) -> list[tuple[int, int]]:
    """Each prediction in text order takes the first free gold quote it overlaps (the scoring before 2026-12-02)."""
    used, pairs = set(), []
    for i, row in enumerate(weights):
        j = next((j for j, w in enumerate(row) if w and j not in used), None)
        if j is not None:
            used.add(j)
            pairs.append((i, j))
    return pairs


def _best_pairs(weights: list[list[int]]) -> list[tuple[int, int]]:
    """The one-to-one pairs of largest total weight (Hungarian algorithm; pairs of weight 0 are dropped)."""
    rows, cols = len(weights), len(weights[0]) if weights else 0
    if not rows or not cols:
        return []
    n = max(rows, cols)
    top = max(max(row) for row in weights)
    cost = [[top - (weights[i][j] if i < rows and j < cols else 0) for j in range(n)] for i in range(n)]
    # Potentials u, v and matching way/p as in the classic O(n^3) formulation (1-based, column 0 is a sentinel).
    u, v, p, way = [0] * (n + 1), [0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [float("inf")] * (n + 1), [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], float("inf"), 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    pairs = [(p[j] - 1, j - 1) for j in range(1, n + 1) if p[j] and p[j] - 1 < rows and j - 1 < cols]
    return sorted((i, j) for i, j in pairs if weights[i][j])


def _prf(c: dict) -> dict:
    """Precision/recall/F1 for quote spans and for quote+speaker."""
    def f(tp: int) -> tuple[float, float, float]:
        p = tp / c["pred"] if c["pred"] else 0.0
        r = tp / c["gold"] if c["gold"] else 0.0
        return round(p, 3), round(r, 3), round(2 * p * r / (p + r), 3) if p + r else 0.0
    qp, qr, qf = f(c["hit"])
    sp, sr, sf = f(c["speaker"])
    return c | {"quote_p": qp, "quote_r": qr, "quote_f1": qf, "speaker_p": sp, "speaker_r": sr, "speaker_f1": sf}


def main() -> None:
    """CLI: python eval/eval_quotes.py --data /work/shared/eval"""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="folder holding quotes/{train,dev}.jsonl")
    parser.add_argument("--fallback", action="store_true", help="use the built-in name finder, not find_actors")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "quotes.json")
    args = parser.parse_args()
    finder, label = (fallback_mentions, "fallback") if args.fallback else mention_finder()
    results = {"mentions": label}
    print(f"mentions from {label}")
    print(f"{'split':<6} {'scope':<10} {'quoteP':>7} {'quoteR':>7} {'quoteF1':>8} {'spkP':>6} {'spkR':>6} {'spkF1':>6} {'gold':>5}")
    for split in ("train", "dev"):
        r = results[split] = evaluate(args.data / "quotes" / f"{split}.jsonl", finder)
        for scope in ("direct", "indirect", "all", "all_greedy"):
            x = r[scope]
            print(f"{split:<6} {scope:<10} {x['quote_p']:7.3f} {x['quote_r']:7.3f} {x['quote_f1']:8.3f} "
                  f"{x['speaker_p']:6.3f} {x['speaker_r']:6.3f} {x['speaker_f1']:6.3f} {x['gold']:5d}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
