"""Pages whose inputs did not change are kept without rendering, and a kept page is never stale."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing.config import load_settings
from briefing.pipeline import generate
from tests.conftest import copy_project

pytestmark = pytest.mark.slow

TRACKED_PREFIXES = ("artikel/", "akteure/", "themen/")


def _docs(settings) -> dict[str, bytes]:
    # The Markdown pages: SVGs number their gradients per renderer process, so equal charts drawn
    # in two processes differ in those ids (charts have their own cache, tested elsewhere).
    return {p.relative_to(settings.docs_dir).as_posix(): p.read_bytes() for p in settings.docs_dir.rglob("*.md")}


def _fresh_docs(settings, tmp_path: Path) -> dict[str, bytes]:
    """The docs folder the same project gives without any memo or cache."""
    fresh_root = tmp_path / "fresh"
    if fresh_root.exists():
        shutil.rmtree(fresh_root)
    shutil.copytree(settings.root, fresh_root, ignore=shutil.ignore_patterns("build", "site"))
    fresh = load_settings(fresh_root / "mkdocs.yml", cache=False)
    generate(fresh)
    return _docs(fresh)


def _tracked_pages(docs: dict[str, bytes]) -> int:
    return sum(1 for path in docs if path.endswith(".md") and path.startswith(TRACKED_PREFIXES)
               and not path.endswith("index.md"))


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _append(path: Path, paragraph: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").rstrip() + "\n\n" + paragraph + "\n", encoding="utf-8")


def test_unchanged_build_renders_no_article_actor_or_topic_page(tmp_path: Path) -> None:
    settings = load_settings(copy_project(tmp_path / "project"))
    assert generate(settings).pages_reused == 0
    first = _docs(settings)
    assert generate(settings).pages_reused == _tracked_pages(first)
    assert _docs(settings) == first


def test_edited_article_rerenders_what_it_touches_and_equals_a_fresh_build(tmp_path: Path) -> None:
    settings = load_settings(copy_project(tmp_path / "project"))
    generate(settings)
    before = _docs(settings)
    # A new mention of an actor of another article: this article, that actor's page and the
    # indexes must change.
    _append(settings.content_dir / "articles" / "japan-usa-allianz.txt", "Auch Justin Trudeau äußerte sich dazu.")
    result = generate(settings)
    after = _docs(settings)
    assert 0 < result.pages_reused < _tracked_pages(after)
    assert after["artikel/japan-usa-allianz.md"] != before["artikel/japan-usa-allianz.md"]
    assert b"japan-usa-allianz" not in before["akteure/justin-trudeau.md"]
    assert b"japan-usa-allianz" in after["akteure/justin-trudeau.md"]
    assert after == _fresh_docs(settings, tmp_path)


def test_edited_sidecar_reaches_every_page_that_lists_the_article(tmp_path: Path) -> None:
    settings = load_settings(copy_project(tmp_path / "project"))
    generate(settings)
    _edit(settings.content_dir / "articles" / "japan-usa-allianz.yml", "source: Tagesspiegel", "source: Neue Quelle")
    generate(settings)
    after = _docs(settings)
    listing = [path for path, data in after.items() if path.startswith("akteure/") and b"Neue Quelle" in data]
    assert listing  # actor pages list the article with its new source
    assert after == _fresh_docs(settings, tmp_path)


def test_template_reading_the_whole_corpus_is_rendered_every_time(tmp_path: Path) -> None:
    settings = load_settings(copy_project(tmp_path / "project"))
    template = settings.templates_dir / "pages" / "topic.md.j2"
    template.write_text(template.read_text(encoding="utf-8") + "\n{{ corpus.actors | length }} Akteure\n",
                        encoding="utf-8")
    generate(settings)
    topics = sum(1 for p in settings.docs_dir.glob("themen/*.md") if p.name != "index.md")
    reused = generate(settings).pages_reused
    assert reused == _tracked_pages(_docs(settings)) - topics  # topic pages are untracked now
    _append(settings.content_dir / "articles" / "japan-usa-allianz.txt", "Auch Justin Trudeau äußerte sich dazu.")
    generate(settings)
    assert _docs(settings) == _fresh_docs(settings, tmp_path)


def test_hand_edited_page_is_rendered_again(tmp_path: Path) -> None:
    settings = load_settings(copy_project(tmp_path / "project"))
    generate(settings)
    page = settings.docs_dir / "artikel" / "japan-usa-allianz.md"
    original = page.read_bytes()
    page.write_bytes(original + b"\nvon Hand\n")
    generate(settings)
    assert page.read_bytes() == original


def test_no_cache_renders_everything(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "project")
    generate(load_settings(root))
    assert generate(load_settings(root, cache=False)).pages_reused == 0


def test_digest_depends_on_values_not_on_object_identity() -> None:
    from briefing.pagememo import object_digest

    one, other = "".join(["Wash", "ington"]), "".join(["Washing", "ton"])
    assert one == other and one is not other
    # Pickle's back-references would tell (x, x) from (x, y) with x == y; the digest must not.
    assert object_digest((one, one), {}) == object_digest((one, other), {})
    assert object_digest((one,), {}) != object_digest((one + "!",), {})


def test_split_listings_are_kept_or_rendered_again_like_any_tracked_page(tmp_path: Path, monkeypatch) -> None:
    from briefing import listings

    monkeypatch.setattr(listings, "TIMELINE_PAGE_EVENTS", 1)  # the sample counts as a large site
    monkeypatch.setattr(listings, "ACTOR_INDEX_SPLIT", 1)
    monkeypatch.setattr(listings, "ARTICLE_INDEX_SPLIT", 1)
    settings = load_settings(copy_project(tmp_path / "project"))
    generate(settings)
    before = _docs(settings)
    split = [p for p in before if p.startswith(("zeitleiste/", "artikel-jahre/"))]
    assert split and any(p.startswith("akteure/alle/") for p in before)
    assert generate(settings).pages_reused == _tracked_pages(before) + len(split)  # every split page kept too
    _append(settings.content_dir / "articles" / "japan-usa-allianz.txt",
            "Am 3. März 1999 äußerte sich auch Justin Trudeau dazu.")
    generate(settings)
    after = _docs(settings)
    assert "zeitleiste/1999.md" in after and after["akteure/alle/j.md"] != before["akteure/alle/j.md"]
    assert after == _fresh_docs(settings, tmp_path)
