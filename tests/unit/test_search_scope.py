"""What goes into MkDocs' search index (the one that works offline): not related-article lists, and on
large sites not the full text, figures and dates, which repeat the text and are left to Pagefind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing import render
from briefing.config import load_settings
from tests.conftest import copy_project

pytestmark = pytest.mark.slow


def _sections(site: Path) -> set[str]:
    docs = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    return {d["location"].split("#", 1)[1] for d in docs if d["location"].startswith("artikel/") and "#" in d["location"]}


def test_small_sites_index_the_full_text_but_not_related_articles(built_sample) -> None:
    sections = _sections(built_sample.site_dir)
    assert {"volltext", "kurzfassung", "zitate"} <= sections
    assert "verwandte-artikel" not in sections


def test_large_sites_leave_full_text_figures_and_dates_to_pagefind(tmp_path: Path, monkeypatch) -> None:
    from briefing.pipeline import build

    monkeypatch.setattr(render, "FULL_TEXT_SEARCH_UP_TO", 2)  # the sample's three articles make a "large" site
    settings = load_settings(copy_project(tmp_path / "project"))
    build(settings)
    sections = _sections(settings.site_dir)
    assert {"kurzfassung", "zitate", "akteure"} <= sections
    assert not sections & {"volltext", "zahlen-fakten", "daten", "verwandte-artikel"}
    page = (settings.site_dir / "artikel" / "japan-usa-allianz.html").read_text(encoding="utf-8")
    assert 'id="volltext"' in page  # the section itself is still there, with its anchor
    assert "search-exclude }" not in page and "search-exclude \\}" not in page  # read as an attribute, not shown
