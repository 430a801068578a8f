"""The quote evaluation's one-to-one matching (eval/eval_quotes.py) is optimal and order-independent."""

from __future__ import annotations

import importlib.util
import itertools
import sys
from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefing.model import Quote, QuoteKind, Span

EVAL = Path(__file__).resolve().parents[2] / "eval"


def _load():
    sys.path.insert(0, str(EVAL))
    spec = importlib.util.spec_from_file_location("eval_quotes", EVAL / "eval_quotes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


eq = _load()


def _brute_force(weights):
    """Largest total weight over all one-to-one pairings (small matrices only)."""
    rows, cols = len(weights), len(weights[0])
    if rows <= cols:
        return max(sum(weights[i][j] for i, j in enumerate(perm)) for perm in itertools.permutations(range(cols), rows))
    return max(sum(weights[i][j] for j, i in enumerate(perm)) for perm in itertools.permutations(range(rows), cols))


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 5).flatmap(lambda r: st.integers(1, 5).flatmap(
    lambda c: st.lists(st.lists(st.sampled_from([0, 0, 10_000, 10_001, 10_100, 10_101]), min_size=c, max_size=c),
                       min_size=r, max_size=r))))
def test_best_pairs_reach_the_largest_total_weight(weights):
    pairs = eq._best_pairs(weights)
    assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})  # one-to-one
    assert all(weights[i][j] > 0 for i, j in pairs)
    assert sum(weights[i][j] for i, j in pairs) == _brute_force(weights)


def _direct(start, end, speaker=None):
    return Quote(QuoteKind.DIRECT, Span(start, end), 0, None, speaker)


def test_a_direct_prediction_goes_to_the_direct_gold_quote_not_the_clause_around_it():
    # Gold: a reported clause (0-50) holding quoted words (20-30); we found only the quoted words, with the
    # right speaker. Greedy scoring gave the prediction to the clause listed first and missed the quote.
    gold = [("indirect", [Span(0, 50)], [Span(60, 65)]), ("direct", [Span(20, 30)], [Span(60, 65)])]
    predicted = [_direct(20, 30, Span(60, 65)), Quote(QuoteKind.INDIRECT, Span(0, 18), 0, None, Span(60, 65))]
    best = {"pred": 0, "gold": 0, "hit": 0, "speaker": 0}
    greedy = dict(best)
    eq._score(best, "all", predicted, gold)
    eq._score(greedy, "all", predicted, gold, greedy=True)
    assert best == {"pred": 2, "gold": 2, "hit": 2, "speaker": 2}
    assert greedy["hit"] == 1


def test_among_equal_matchings_the_right_speakers_win():
    gold = [("direct", [Span(0, 10)], [Span(40, 45)]), ("direct", [Span(5, 20)], [Span(50, 55)])]
    predicted = [_direct(0, 20, Span(50, 55)), _direct(8, 12, Span(40, 45))]
    counts = {"pred": 0, "gold": 0, "hit": 0, "speaker": 0}
    eq._score(counts, "all", predicted, gold)
    assert counts["hit"] == 2 and counts["speaker"] == 2
