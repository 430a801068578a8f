"""Large builds run generate() in a spawned child: same site, same result, errors and progress come back."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import isolated
from briefing.config import load_settings
from briefing.errors import BuildFailed, ContentError
from tests.conftest import copy_project

pytestmark = pytest.mark.slow


def _pages(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*.html")}


def test_an_isolated_build_gives_the_same_site_and_result_as_one_in_process(tmp_path: Path) -> None:
    from briefing.pipeline import build

    here = load_settings(copy_project(tmp_path / "here"))
    there = load_settings(copy_project(tmp_path / "there"))
    progress: list[tuple[int, int]] = []
    in_process = build(here, isolate=False)
    in_child = build(there, isolate=True, on_progress=lambda done, total: progress.append((done, total)))

    assert (in_child.inputs, in_child.articles, in_child.actors) == (in_process.inputs, in_process.articles,
                                                                    in_process.actors) == (3, 3, in_process.actors)
    assert in_child.problems == in_process.problems
    assert {"analyze", "corpus", "render", "mkdocs"} <= set(in_child.timings)  # the child's stages are reported
    assert progress[-1] == (3, 3)  # progress messages crossed the process boundary
    assert _pages(there.site_dir) == _pages(here.site_dir)


def test_a_strict_failure_in_the_child_is_raised_in_the_parent_and_keeps_the_site(tmp_path: Path) -> None:
    from briefing.pipeline import build

    settings = load_settings(copy_project(tmp_path / "project"), strict=True)
    build(settings, isolate=True)
    before = _pages(settings.site_dir)
    (settings.articles_dir / "leer.txt").write_text("   \n", encoding="utf-8")
    with pytest.raises(BuildFailed, match="--strict"):
        build(settings, isolate=True)
    assert _pages(settings.site_dir) == before


def test_exceptions_that_do_not_pickle_become_build_failed_with_their_message() -> None:
    error = ContentError("a.txt", "kaputt", line=3)
    portable = isolated._portable(error)
    assert isinstance(portable, BuildFailed)
    assert str(portable) == "a.txt:3: kaputt"
    plain = BuildFailed("mkdocs build failed")
    assert isolated._portable(plain) is plain
    bug = isolated._portable(_Unpicklable("boom", 7))
    assert isinstance(bug, RuntimeError) and "_Unpicklable: boom" in str(bug)


class _Unpicklable(Exception):
    def __init__(self, text: str, code: int) -> None:  # unpickling calls it with `text` alone
        super().__init__(text)
        self.code = code


def test_only_large_content_folders_are_isolated(monkeypatch) -> None:
    assert isolated.should_isolate(3) is False
    monkeypatch.setattr(isolated, "ISOLATE_FROM_INPUTS", 3)
    assert isolated.should_isolate(3) is True
