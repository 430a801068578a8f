"""Long listings split: timeline and articles per year, actors A–Z, long actor pages shortened; short ones whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import listings
from briefing.listings import actor_letter_pages, timeline_pages
from briefing.render import Renderer
from test_charts_builders import sample_corpus

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def pages(monkeypatch: pytest.MonkeyPatch, limit: int, part: str = "zeitleiste") -> dict[str, str]:
    monkeypatch.setattr(listings, "TIMELINE_PAGE_EVENTS", limit)
    monkeypatch.setattr(listings, "ACTOR_INDEX_SPLIT", limit)
    renderer = Renderer(TEMPLATES, sample_corpus(), site_name="Test", language="de", problems=(), inputs=3)
    return {p.path: p.markdown for p in renderer.pages() if p.path.startswith(part)}


def test_a_short_timeline_is_one_page(monkeypatch: pytest.MonkeyPatch) -> None:
    found = pages(monkeypatch, 500)
    assert list(found) == ["zeitleiste.md"]
    assert "20\\. Jan. 2021" in found["zeitleiste.md"] and "(artikel/mexiko.md#s3)" in found["zeitleiste.md"]


def test_a_long_timeline_gets_a_page_per_year_linked_from_the_main_page(monkeypatch: pytest.MonkeyPatch) -> None:
    found = pages(monkeypatch, 1)
    assert sorted(found) == ["zeitleiste.md", "zeitleiste/2018.md", "zeitleiste/2021.md"]
    main = found["zeitleiste.md"]
    assert "| [2018](zeitleiste/2018.md) | 1 |" in main and "| [2021](zeitleiste/2021.md) | 2 |" in main
    assert "#s3)" not in main  # the events themselves are on the year pages
    year = found["zeitleiste/2021.md"]
    assert year.startswith("---\nsearch:\n  exclude: true\n---\n# Zeitleiste 2021")  # repeats the articles' sentences
    assert "(../artikel/mexiko.md#s3)" in year and "(../artikel/mexiko.md)" in year  # links from the subfolder


def test_years_before_1900_share_one_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(listings, "TIMELINE_PAGE_EVENTS", 1)
    corpus = sample_corpus()
    event = corpus.timeline[0]
    old = type(event)(event.article, type(event.date_ref)(event.date_ref.span, type(event.date_ref.date)(1871),
                                                          event.date_ref.sentence))
    found = timeline_pages([old, *corpus.timeline], "de")
    assert [(p.path, p.title, len(p.items)) for p in found] == [
        ("zeitleiste/vor-1900.md", "vor 1900", 1), ("zeitleiste/2018.md", "2018", 1), ("zeitleiste/2021.md", "2021", 2)]


def test_a_long_actor_index_keeps_the_most_mentioned_and_lists_all_from_a_to_z(monkeypatch) -> None:
    monkeypatch.setattr(listings, "ACTOR_INDEX_TOP", 1)
    found = pages(monkeypatch, 1, "akteure/")
    index = found["akteure/index.md"]
    letters = sorted(p for p in found if p.startswith("akteure/alle/"))
    assert "akteure/alle/d.md" in letters and "akteure/alle/m.md" in letters
    assert "[D](alle/d.md)" in index and "Die 1 meistgenannten" in index
    assert "| [Donald Trump](donald-trump.md) | 3 | 2 |" in index
    assert "Justin Trudeau" not in index  # below the top of its kind: on its letter page only
    page = found["akteure/alle/d.md"]
    assert page.startswith("# Akteure: D") and "| [Donald Trump](../donald-trump.md) | Person | 3 | 2 |" in page
    everyone = {p.actor.id for p in sample_corpus().actors}
    listed = {row.actor_id for page in actor_letter_pages(sample_corpus().actors) for row in page.items}
    assert listed == everyone  # every actor on exactly one letter page


def test_a_long_article_index_keeps_the_newest_and_lists_all_by_year(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(listings, "ARTICLE_INDEX_SPLIT", 1)
    monkeypatch.setattr(listings, "ARTICLE_INDEX_TOP", 1)
    renderer = Renderer(TEMPLATES, sample_corpus(), site_name="Test", language="de", problems=(), inputs=3)
    found = {p.path: p.markdown for p in renderer.pages() if p.path.startswith(("artikel/index", "artikel-jahre/"))}
    assert sorted(found) == ["artikel-jahre/2018.md", "artikel-jahre/2021.md", "artikel-jahre/ohne-datum.md",
                             "artikel/index.md"]
    index = found["artikel/index.md"]
    assert "[2021](../artikel-jahre/2021.md) (1) · [2018](../artikel-jahre/2018.md) (1)" in index
    assert "[Mexiko und die USA](mexiko.md)" in index and "USMCA](usmca.md)" not in index  # only the newest
    assert "[Trump und Trudeau: USMCA](../artikel/usmca.md)" in found["artikel-jahre/2018.md"]
    assert found["artikel-jahre/ohne-datum.md"].startswith("# Artikel ohne Datum")


def test_an_actor_page_with_many_sentences_quotes_few_per_article_and_lists_older_articles(monkeypatch) -> None:
    monkeypatch.setattr(listings, "KWIC_ARTICLES", 1)  # the newest article with sentences, the rest one line each
    monkeypatch.setattr(listings, "KWIC_PAGE", 0)  # every page counts as long
    monkeypatch.setattr(listings, "KWIC_SENTENCES", 0)  # rather than hide a single sentence, it is shown
    renderer = Renderer(TEMPLATES, sample_corpus(), site_name="Test", language="de", problems=(), inputs=3)
    page = next(p.markdown for p in renderer.pages() if p.path == "akteure/donald-trump.md")
    assert "### [Mexiko und die USA](../artikel/mexiko.md)" in page  # newest: a heading of its own
    assert "- **Trump** droht Mexiko" in page and "weiterer Satz" not in page  # one hidden sentence is shown
    assert "**Trump** und Trudeau" not in page  # the older article's sentences are not quoted
    assert "### 1 weiterer Artikel" in page
    assert "| 1\\. Okt. 2018 | [Trump und Trudeau: USMCA](../artikel/usmca.md) | Testquelle | 2 |" in page


def test_short_actor_pages_quote_every_sentence() -> None:
    profile = sample_corpus().profile("donald-trump")
    assert listings.kwic_limit(profile) == sum(len({m.sentence for m in a.mentions}) for a in profile.appearances)


def test_sentences_beyond_the_limit_are_counted_with_a_link_to_the_article(monkeypatch) -> None:
    from briefing.corpus import build_corpus
    from briefing.model import ActorKind
    from tests.builders import build_article

    monkeypatch.setattr(listings, "KWIC_PAGE", 0)
    monkeypatch.setattr(listings, "KWIC_SENTENCES", 1)
    text = "Trump kam. Trump sprach. Trump ging. Trump schwieg."
    article = build_article(text, actors={"Trump": ("trump", ActorKind.PERSON)})
    renderer = Renderer(TEMPLATES, build_corpus((article,), ()), site_name="T", language="de", problems=(), inputs=1)
    page = next(p.markdown for p in renderer.pages() if p.path == "akteure/trump.md")
    assert page.count("- **Trump**") == 1 and "- … und 3 weitere Sätze im Artikel ([" in page
