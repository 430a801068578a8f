"""The timeline: one page while it is short, one page per year (earlier years together) once it is long."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import render
from briefing.render import Renderer, timeline_years
from test_charts_builders import sample_corpus

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def pages(monkeypatch: pytest.MonkeyPatch, limit: int) -> dict[str, str]:
    monkeypatch.setattr(render, "TIMELINE_PAGE_EVENTS", limit)
    renderer = Renderer(TEMPLATES, sample_corpus(), site_name="Test", language="de", problems=(), inputs=3)
    return {p.path: p.markdown for p in renderer.pages() if "zeitleiste" in p.path}


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
    assert year.startswith("# Zeitleiste 2021")
    assert "(../artikel/mexiko.md#s3)" in year and "(../artikel/mexiko.md)" in year  # links from the subfolder


def test_years_before_1900_share_one_page() -> None:
    corpus = sample_corpus()
    event = corpus.timeline[0]
    old = type(event)(event.article, type(event.date_ref)(event.date_ref.span, type(event.date_ref.date)(1871),
                                                          event.date_ref.sentence))
    years = timeline_years([old, *corpus.timeline])
    assert [(y, slug, len(events)) for y, slug, events in years] == [(0, "vor-1900", 1), (2018, "2018", 1),
                                                                      (2021, "2021", 2)]
