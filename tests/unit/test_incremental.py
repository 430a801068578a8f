"""Incremental builds: after one edited article, only changed pages are rebuilt, and the site equals a full build."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from briefing.config import load_settings
from briefing.incremental import DocsChange, can_build_incrementally, merge_search_index, output_path
from tests.conftest import copy_project

pytestmark = pytest.mark.slow


def _site_files(site: Path) -> dict[str, bytes]:
    # Pagefind names its fragments by content hash and the sitemap carries the build date:
    # compare the pages and the header search index, which is what readers see.
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*.html")}


def _search_docs(site: Path) -> list:
    docs = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    return sorted(docs, key=lambda d: (d["location"], d["title"]))


def test_one_edited_article_rebuilds_incrementally_and_matches_a_full_build(tmp_path: Path) -> None:
    from briefing.pipeline import build

    settings = load_settings(copy_project(tmp_path / "project"))
    assert build(settings).incremental is False  # nothing to start from
    live_before = (settings.site_dir / "artikel" / "japan-usa-allianz.html").read_bytes()

    article = settings.content_dir / "articles" / "trump-trudeau-usmca.txt"
    article.write_text(article.read_text(encoding="utf-8").replace("Fortschritte", "erhebliche Fortschritte", 1), encoding="utf-8")
    result = build(settings)
    assert result.incremental is True
    assert "artikel/trump-trudeau-usmca.md" in result.docs_change.written
    page = (settings.site_dir / "artikel" / "trump-trudeau-usmca.html").read_text(encoding="utf-8")
    assert "erhebliche Fortschritte" in page
    # Unchanged pages were carried over untouched.
    assert (settings.site_dir / "artikel" / "japan-usa-allianz.html").read_bytes() == live_before
    incremental_files, incremental_search = _site_files(settings.site_dir), _search_docs(settings.site_dir)

    # The same content built from scratch gives the same pages and the same search index.
    shutil.rmtree(settings.build_dir)
    shutil.rmtree(settings.site_dir)
    assert build(settings).incremental is False
    assert _site_files(settings.site_dir) == incremental_files
    assert _search_docs(settings.site_dir) == incremental_search
    assert any("erhebliche Fortschritte" in d["text"] for d in incremental_search)


def test_added_and_removed_articles_rebuild_incrementally_and_match_a_full_build(tmp_path: Path, monkeypatch) -> None:
    from briefing import incremental
    from briefing.pipeline import build

    # In a three-article site one new article touches most pages; allow the fast path anyway.
    monkeypatch.setattr(incremental, "MAX_CHANGED_SHARE", 1.0)

    settings = load_settings(copy_project(tmp_path / "project"))
    build(settings)
    articles = settings.content_dir / "articles"
    (articles / "neu.txt").write_text("Kanada und Mexiko verhandeln in Ottawa über Zölle.\n", encoding="utf-8")
    (articles / "japan-usa-allianz.txt").unlink()
    (articles / "japan-usa-allianz.yml").unlink()
    result = build(settings)
    assert result.incremental is True and result.docs_change.added and result.docs_change.deleted
    assert (settings.site_dir / "artikel" / "neu.html").exists()
    assert not (settings.site_dir / "artikel" / "japan-usa-allianz.html").exists()
    incremental_files, incremental_search = _site_files(settings.site_dir), _search_docs(settings.site_dir)
    assert not any(d["location"].startswith("artikel/japan-usa-allianz") for d in incremental_search)
    shutil.rmtree(settings.build_dir)
    shutil.rmtree(settings.site_dir)
    assert build(settings).incremental is False
    assert _site_files(settings.site_dir) == incremental_files
    assert _search_docs(settings.site_dir) == incremental_search


def test_build_without_changes_leaves_the_site_as_it_is(tmp_path: Path) -> None:
    from briefing.pipeline import build

    settings = load_settings(copy_project(tmp_path / "project"))
    build(settings)
    stamps = {p: p.stat().st_mtime_ns for p in settings.site_dir.rglob("*") if p.is_file()}
    result = build(settings)
    assert result.incremental is True and not result.docs_change.written
    assert "search" not in result.timings  # neither MkDocs nor Pagefind ran
    assert {p: p.stat().st_mtime_ns for p in settings.site_dir.rglob("*") if p.is_file()} == stamps


def test_changed_config_forces_a_full_build(tmp_path: Path) -> None:
    from briefing.pipeline import build

    settings = load_settings(copy_project(tmp_path / "project"))
    build(settings)
    settings.mkdocs_file.write_text(settings.mkdocs_file.read_text(encoding="utf-8") + "\n# edit\n",
                                    encoding="utf-8")
    assert build(load_settings(settings.mkdocs_file)).incremental is False


def test_fast_path_rules() -> None:
    change = DocsChange(("artikel/a.md",), ("artikel/a.md", "artikel/b.md", "index.md", "x.md"))
    manifest = {"environment": "e", "files": list(change.files)}
    site = Path(__file__).parent  # any existing folder with no search index
    assert not can_build_incrementally(manifest, "e", change, site)  # no previous search index
    assert DocsChange((), (), added=("artikel/c.md",)).nav_changed is False
    assert DocsChange((), (), deleted=("neu.md",)).nav_changed is True
    assert output_path("artikel/a.md") == "artikel/a.html"
    assert output_path("grafiken/x.svg") == "grafiken/x.svg"


def test_merge_search_index_replaces_rebuilt_pages_only(tmp_path: Path) -> None:
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"config": {"lang": ["de"]}, "docs": [
        {"location": "a.html", "title": "A", "text": "alt"}, {"location": "a.html#x", "title": "X", "text": "alt"},
        {"location": "b.html", "title": "B", "text": "bleibt"}]}), encoding="utf-8")
    staging = tmp_path / "staging"
    (staging / "search").mkdir(parents=True)
    (staging / "search" / "search_index.json").write_text(json.dumps({"config": {"lang": ["de"]}, "docs": [
        {"location": "a.html", "title": "A", "text": "neu"}]}), encoding="utf-8")
    merge_search_index(old, staging, ["a.html"])
    docs = json.loads((staging / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    assert sorted(d["text"] for d in docs) == ["bleibt", "neu"]
    assert (staging / "search" / "search_index.js").read_text(encoding="utf-8").startswith("var __index = {")
