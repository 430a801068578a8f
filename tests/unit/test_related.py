"""Related articles: ranked by shared rare actors and topics, and the reason is kept."""

from __future__ import annotations

from briefing.corpus import build_corpus
from briefing.related import related_index
from test_charts_builders import TAXONOMY, make_article, sample_corpus


def test_related_explains_shared_actors_and_topics() -> None:
    index = related_index(sample_corpus())
    first = index["mexiko"][0]
    assert first.article.slug == "usmca"
    assert set(first.shared_actors) == {"donald-trump", "mexiko"}
    assert first.shared_topics == ("handel",)
    assert [r.article.slug for r in index["mexiko"]] == ["usmca", "japan"]


def test_articles_sharing_nothing_are_not_related() -> None:
    a = make_article("a", ["Trump spricht."])
    b = make_article("b", ["Japan schweigt."])
    index = related_index(build_corpus([a, b], TAXONOMY))
    assert index["a"] == () and index["b"] == ()


def test_rare_shared_actor_beats_common_one() -> None:
    articles = [make_article(f"x{i}", ["USA und WTO."]) for i in range(5)]
    articles.append(make_article("base", ["USA, Japan und Trudeau."]))
    articles.append(make_article("rare", ["Japan und Trudeau."]))
    index = related_index(build_corpus(articles, TAXONOMY))
    assert index["base"][0].article.slug == "rare"
    assert index["base"][0].shared_actors[0] in {"japan", "justin-trudeau"}


def test_index_is_deterministic_and_bounded() -> None:
    articles = [make_article(f"n{i}", ["Trump und Mexiko."]) for i in range(12)]
    corpus = build_corpus(articles, TAXONOMY)
    first = related_index(corpus, k=5)
    assert all(len(v) == 5 for v in first.values())
    assert [r.article.slug for r in first["n0"]] == ["n1", "n10", "n11", "n2", "n3"]  # ties by slug
    assert first == related_index(corpus, k=5)
