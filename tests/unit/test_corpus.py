"""Cross-article indexes: actor pages list every article, in a stable order."""

from __future__ import annotations

from briefing.corpus import build_corpus
from briefing.model import ActorKind, PartialDate
from tests.builders import build_article

TRUMP = {"Trump": ("trump", ActorKind.PERSON)}


def test_actor_profile_collects_all_articles_newest_first() -> None:
    old = build_article("Trump in Ottawa.", slug="alt", date=PartialDate(2019, 6), actors=TRUMP)
    new = build_article("Trump in Tokio. Trump lobte.", slug="neu", date=PartialDate(2025, 10, 28), actors=TRUMP)
    undated = build_article("Trump schwieg.", slug="ohne", actors=TRUMP)
    corpus = build_corpus([undated, old, new], taxonomy=())
    assert [a.slug for a in corpus.articles] == ["neu", "alt", "ohne"]
    profile = corpus.profile("trump")
    assert [a.article.slug for a in profile.appearances] == ["neu", "alt", "ohne"]
    assert profile.mention_count == 4
    assert profile.first_seen == PartialDate(2019, 6) and profile.last_seen == PartialDate(2025, 10, 28)


def test_co_occurrence_counts_articles() -> None:
    a = build_article("Trump traf Trudeau.", slug="a", actors={**TRUMP, "Trudeau": ("trudeau", ActorKind.PERSON)})
    b = build_article("Trump traf Trudeau wieder.", slug="b",
                      actors={**TRUMP, "Trudeau": ("trudeau", ActorKind.PERSON)})
    corpus = build_corpus([a, b], taxonomy=())
    assert [(c.actor_id, c.articles) for c in corpus.profile("trump").co_actors] == [("trudeau", 2)]


def test_co_actors_are_ranked_by_count_then_id_and_shared() -> None:
    from collections import Counter

    from briefing.corpus import _by_count, _co_actor

    assert _by_count(Counter({"b": 2, "a": 2, "c": 5, "d": 1})) == [("c", 5), ("a", 2), ("b", 2), ("d", 1)]
    shared: dict = {}
    first, again = _co_actor(("usa", 3), shared), _co_actor(("usa", 3), shared)
    assert first is again and (first.actor_id, first.articles) == ("usa", 3)
