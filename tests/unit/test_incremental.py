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
    # A comment in actors.yml is an input change (uptodate.py does not skip the build) that changes no page.
    with settings.actors_file.open("a", encoding="utf-8") as handle:
        handle.write("\n# Kommentar\n")
    result = build(settings)
    assert result.up_to_date is False
    assert result.incremental is True and not result.docs_change.written
    assert "search" not in result.timings  # neither MkDocs nor Pagefind ran
    assert {p: p.stat().st_mtime_ns for p in settings.site_dir.rglob("*") if p.is_file()} == stamps
    article = settings.articles_dir / "japan-usa-allianz.txt"  # and the next edit still builds incrementally
    article.write_text(article.read_text(encoding="utf-8") + "\n\nNachtrag.", encoding="utf-8")
    assert build(settings).incremental is True


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


def _bundle_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in (site / "pagefind").rglob("*") if p.is_file()}


def test_search_index_parts_after_one_edit_equal_a_full_index(tmp_path: Path, monkeypatch) -> None:
    from briefing.pipeline import build
    from briefing.publish import search

    monkeypatch.setattr(search, "PART_PAGES", 1)  # a part per article or so, as in a big archive
    settings = load_settings(copy_project(tmp_path / "project"))
    build(settings)
    stamp = json.loads((settings.site_dir / "pagefind" / search.STAMP).read_text(encoding="utf-8"))
    article_parts = {name: pages for name, pages in stamp["parts"].items() if name.startswith("artikel-")}
    assert len(article_parts) >= 2 and stamp["parts"][""] == ["suche.html"]
    edited = "artikel/trump-trudeau-usmca.html"
    own = next(name for name, pages in article_parts.items() if edited in pages)
    kept = {name for name, pages in article_parts.items() if name != own}
    before = {name: (settings.site_dir / "pagefind" / name / "pagefind-entry.json").stat().st_ino for name in kept}

    article = settings.content_dir / "articles" / "trump-trudeau-usmca.txt"
    article.write_text(article.read_text(encoding="utf-8").replace("Fortschritte", "erhebliche Fortschritte", 1),
                       encoding="utf-8")
    result = build(settings)
    assert result.incremental is True
    bundle = settings.site_dir / "pagefind"
    # Parts without a changed page were carried over (the same files), the edited article's part was made anew.
    rebuilt = {output_path(p) for p in result.docs_change.written}
    unchanged = {name for name in kept if not rebuilt & set(article_parts[name])}
    assert unchanged
    for name in unchanged:
        assert (bundle / name / "pagefind-entry.json").stat().st_ino == before[name]
    ui = (bundle / "pagefind-ui.js").read_text(encoding="utf-8")
    assert ui.count(search.UI_MARKER) == 1 and f'"{own}"' in ui
    assert not (bundle / own / "pagefind-ui.js").exists()  # only the primary bundle carries the UI
    incremental_index = _bundle_files(settings.site_dir)

    # Indexed from scratch, the same pages give the same index, byte for byte.
    shutil.rmtree(settings.build_dir)
    shutil.rmtree(settings.site_dir)
    build(settings)
    assert _bundle_files(settings.site_dir) == incremental_index


def test_search_parts_plan_and_what_is_rebuilt(tmp_path: Path) -> None:
    from briefing.publish.search import article_part_count, is_indexed, parts_to_rebuild, plan_parts

    pages = ["suche.html", "index.html", "artikel/index.html", "akteure/index.html", "themen/zoll.html",
             *(f"artikel/a{i}.html" for i in range(700))]
    parts = plan_parts(pages)
    assert parts[""] == ("suche.html",)
    assert sorted(p for found in parts.values() for p in found) == sorted(pages)  # each page in one part
    assert article_part_count(700) == 8 and article_part_count(1) == 1 and article_part_count(0) == 1
    assert len([n for n in parts if n.startswith("artikel-")]) == 8
    assert "artikel/index.html" not in {p for n, found in parts.items() if n.startswith("artikel-") for p in found}
    assert plan_parts(reversed(pages)) == parts  # stable: by path, not by order or process
    assert is_indexed("akteure/index.html") and not is_indexed("akteure/usa.html") and is_indexed("404.html")

    bundle = tmp_path / "pagefind"
    for name in parts:
        (bundle / name).mkdir(parents=True, exist_ok=True)
        (bundle / name / "pagefind-entry.json").write_text("{}", encoding="utf-8")
    stamp = {"settings": "s", "parts": {name: list(found) for name, found in parts.items()}}
    edited = next(n for n in parts if n.startswith("artikel-"))
    assert parts_to_rebuild(parts, stamp, "s", bundle, []) == {""}  # the primary bundle carries the part list
    assert parts_to_rebuild(parts, stamp, "s", bundle, [parts[edited][0]]) == {"", edited}
    assert parts_to_rebuild(parts, stamp, "s", bundle, None) == set(parts)  # after a full MkDocs build
    assert parts_to_rebuild(parts, stamp, "other", bundle, []) == set(parts)  # Pagefind or options changed
    shrunk = {**stamp, "parts": {**stamp["parts"], edited: stamp["parts"][edited][1:]}}
    assert edited in parts_to_rebuild(parts, shrunk, "s", bundle, [])  # a page came or went
    shutil.rmtree(bundle / edited)
    assert edited in parts_to_rebuild(parts, stamp, "s", bundle, [])  # its folder is missing


def test_registry_is_cached_until_actors_yml_changes(tmp_path: Path, monkeypatch) -> None:
    from briefing import pipeline

    actors = tmp_path / "actors.yml"
    actors.write_text("- name: Erika Beispiel\n  kind: Person\n", encoding="utf-8")
    cache = tmp_path / "cache"
    first = pipeline.cached_registry(actors, cache)
    calls = []
    monkeypatch.setattr(pipeline, "load_registry", lambda path: calls.append(path) or first)
    from briefing.actors import index as actor_index

    monkeypatch.setattr(actor_index, "_build_index", lambda registry: pytest.fail("index compiled again"))
    cached = pipeline.cached_registry(actors, cache)
    assert cached == first and calls == []  # from the cache
    assert "erika-beispiel" in actor_index.build_index(cached).actors  # its name index came along
    monkeypatch.undo()
    monkeypatch.setattr(pipeline, "load_registry", lambda path: calls.append(path) or first)
    actors.write_text("- name: Max Muster\n  kind: Person\n", encoding="utf-8")
    pipeline.cached_registry(actors, cache)
    assert calls == [actors]  # changed file: loaded again
    assert len(list(cache.glob("registry-*.pickle"))) == 1  # the stale entry is gone
    pipeline.cached_registry(actors, None)
    assert calls == [actors, actors]  # --no-cache: always loaded


def test_article_cache_round_trip_is_exact(generated_sample, tmp_path: Path, monkeypatch) -> None:
    import pickle

    from briefing.cache import ArticleCache, dumps_fast
    from briefing.model import Span

    cache = ArticleCache(tmp_path / "articles")
    source = ArticleCache(generated_sample.build_dir / "cache" / "articles")
    keys = [p.stem for p in source.folder.rglob("*.pickle")]
    assert keys
    articles = {key: source.get(key) for key in keys}
    for key, article in articles.items():
        cache.put(key, article)

    def slow_path(self, state):  # the dataclass __setstate__ that calls fields() per object
        raise AssertionError("loaded through __setstate__")

    monkeypatch.setattr(Span, "__setstate__", slow_path)
    for key, article in articles.items():
        assert cache.get(key) == article
        assert pickle.loads(dumps_fast(article)) == article
