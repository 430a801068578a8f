"""Sharded MkDocs builds: the plan covers every page once, and the merged site equals a plain build."""

from __future__ import annotations

import filecmp
import json
from pathlib import Path

import pathspec
import pytest
from hypothesis import given, strategies as st

from briefing import shards
from briefing.errors import BuildFailed
from briefing.site import run_mkdocs

SLUG = st.from_regex(r"[a-z0-9][a-z0-9-]{0,12}", fullmatch=True)


def _docs_files(docs_dir: Path) -> list[str]:
    """Docs-relative paths of every file in a docs folder (what write_docs reports as DocsChange.files)."""
    return sorted(p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*") if p.is_file())


def _pages(slugs: list[str]) -> list[str]:
    top = ["index.md", "zeitleiste.md", "artikel/index.md", "akteure/index.md", "themen/handel.md",
           "assets/briefing.css", "grafiken/a.svg"]
    return sorted({*top, *(f"akteure/{s}.md" for s in slugs), *(f"artikel/{s}.md" for s in slugs[::2])})


def _built_by(pages: list[str], plan) -> dict[str, list[int]]:
    """Which shards' exclude_docs patterns leave each .md page in (as MkDocs would apply them)."""
    out: dict[str, list[int]] = {p: [] for p in pages if p.endswith(".md")}
    for shard in plan:
        spec = pathspec.GitIgnoreSpec.from_lines(shards.exclude_patterns(shard, plan))
        for page in out:
            if not spec.match_file(page):
                out[page].append(shard.index)
    return out


@given(st.lists(SLUG, min_size=1, max_size=60, unique=True), st.integers(min_value=1, max_value=6))
def test_every_page_is_built_by_exactly_one_shard(slugs: list[str], count: int) -> None:
    pages = _pages(slugs)
    plan = shards.plan_shards(pages, count)
    built = _built_by(pages, plan)
    assert all(len(owners) == 1 for owners in built.values()), built
    for shard in plan:  # the shard's page list is what its patterns let through
        assert sorted(shard.pages) == sorted(p for p, owners in built.items() if owners == [shard.index])


def test_names_with_a_common_start_are_spread_over_the_shards() -> None:
    # Archives name files by date or running number: one first letter for everything must not make one shard.
    slugs = [f"2024-05-{day:02d}-{i:03d}-bericht" for day in range(1, 29) for i in range(40)]
    pages = _pages(slugs)
    plan = shards.plan_shards(pages, 4)
    sizes = [len(s.pages) for s in plan]
    assert max(sizes) < 1.3 * sum(sizes) / 4, sizes
    built = _built_by(pages, plan)
    assert all(len(owners) == 1 for owners in built.values())
    assert all(len(shards.exclude_patterns(s, plan)) < 20 for s in plan)  # prefixes collapse into few globs


def test_shards_are_balanced_by_page_size() -> None:
    # Long article pages cost MkDocs more than short actor pages: by count alone one shard got every article.
    slugs = [f"a{i:04d}" for i in range(400)] + [f"z{i:04d}" for i in range(400)]
    pages = sorted({*(f"artikel/{s}.md" for s in slugs[:400]), *(f"akteure/{s}.md" for s in slugs[400:])})
    sizes = {p: 30_000 if p.startswith("artikel/") else 1_000 for p in pages}
    by_count = shards.plan_shards(pages, 2)
    by_size = shards.plan_shards(pages, 2, sizes)
    assert [len(s.pages) for s in by_count] == [400, 400]
    articles = [sum(p.startswith("artikel/") for p in s.pages) for s in by_size]
    assert min(articles) > 150, articles  # both shards get long pages
    work = [sum(shards.page_weight(sizes[p]) for p in s.pages) for s in by_size]
    assert max(work) < 1.2 * min(work), work


def test_nav_and_index_pages_stay_in_shard_zero() -> None:
    pages = _pages([f"{c}name" for c in "abcdefghijklmnopqrstuvwxyz0123456789"])
    plan = shards.plan_shards(pages, 4)
    zero = set(plan[0].pages)
    assert {"index.md", "zeitleiste.md", "artikel/index.md", "akteure/index.md", "themen/handel.md"} <= zero
    assert len({s.prefixes for s in plan}) == 4 and all(s.pages for s in plan)


def test_static_files_only_in_shard_zero() -> None:
    plan = shards.plan_shards(_pages(["alpha", "beta", "gamma", "delta"]), 3)
    for shard in plan:
        spec = pathspec.GitIgnoreSpec.from_lines(shards.exclude_patterns(shard, plan))
        assert spec.match_file("grafiken/a.svg") == (shard.index != 0)


def test_small_sites_are_one_shard() -> None:
    assert shards.shard_count(500, 2) == 1
    assert shards.shard_count(6_000, 2) == 2  # both CPUs busy from a mid-sized site on
    assert shards.shard_count(6_000, 1) == 1 and shards.shard_count(13_000, 1) == 3  # memory bound only
    assert shards.shard_count(42_000, 2) == 7
    assert shards.shard_count(13_000, 4) == 4


def test_sharded_site_equals_plain_build(generated_sample, tmp_path: Path) -> None:
    settings = generated_sample
    pages = _docs_files(settings.docs_dir)
    plain, sharded = tmp_path / "plain", tmp_path / "sharded"
    run_mkdocs(settings.mkdocs_file, plain)
    count = shards.build_sharded(settings.mkdocs_file, pages, sharded, workers=2, per_shard=15)
    assert count >= 3
    compared = filecmp.dircmp(plain, sharded, ignore=["search", "sitemap.xml.gz"])
    assert _differences(compared) == []
    docs = [json.loads((d / shards.SEARCH_JSON).read_text(encoding="utf-8"))["docs"] for d in (plain, sharded)]
    assert sorted(map(json.dumps, docs[0])) == sorted(map(json.dumps, docs[1]))
    assert not list(tmp_path.glob("sharded.shard*")), "shard folders are cleaned up"


def _differences(cmp: filecmp.dircmp) -> list[str]:
    out = [*cmp.left_only, *cmp.right_only, *cmp.diff_files]
    for sub in cmp.subdirs.values():
        out += _differences(sub)
    return out


def test_a_failing_shard_fails_the_build(generated_sample, tmp_path: Path) -> None:
    broken = tmp_path / "mkdocs.yml"
    broken.write_text(generated_sample.mkdocs_file.read_text(encoding="utf-8") + "\ntheme: {name: no-such-theme}\n",
                      encoding="utf-8")
    with pytest.raises(BuildFailed, match="mkdocs build failed"):
        shards.build_sharded(broken, _docs_files(generated_sample.docs_dir), tmp_path / "out", workers=2,
                             per_shard=15)
    assert not list(tmp_path.glob("out.shard*"))


def test_full_build_of_a_large_site_runs_in_shards(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.config import load_settings
    from briefing.pipeline import build
    from tests.conftest import copy_project

    calls = []
    real = shards.build_sharded
    monkeypatch.setattr(shards, "PAGES_PER_SHARD", 15)  # the sample site (~90 pages) counts as large
    monkeypatch.setattr(shards, "build_sharded", lambda *a, **k: calls.append(real(*a, **k)) or calls[-1])
    settings = load_settings(copy_project(tmp_path / "project"), jobs=2)
    build(settings)
    assert calls and calls[0] >= 3
    pages = {p.relative_to(settings.docs_dir).with_suffix(".html") for p in settings.docs_dir.rglob("*.md")}
    built = {p.relative_to(settings.site_dir) for p in settings.site_dir.rglob("*.html")}
    assert pages <= built
    assert (settings.site_dir / "pagefind").is_dir()  # the search step ran on the merged site
