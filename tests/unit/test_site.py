"""The site writer stays inside its folder, never overwrites a page twice, and swaps atomically."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import BuildFailed, RenderError
from briefing.render import Page
from briefing.site import build_site, safe_target, write_docs


@pytest.mark.parametrize("bad", ["../x.md", "/etc/passwd", "a/../../x.md", ""])
def test_paths_cannot_escape(tmp_path: Path, bad: str) -> None:
    with pytest.raises(RenderError):
        safe_target(tmp_path, bad)


def test_same_path_twice_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RenderError, match="same path"):
        write_docs([Page("a.md", "1"), Page("a.md", "2")], tmp_path / "docs")


def test_only_changed_files_are_written_and_stale_ones_removed(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    first = write_docs([Page("a.md", "1"), Page("b/c.md", "2")], docs)
    assert first.written >= 2
    second = write_docs([Page("a.md", "1"), Page("d.md", "3")], docs)
    assert second.written == 1 and second.deleted == 1
    assert not (docs / "b").exists()
    assert (docs / "assets" / "briefing.css").exists()


def test_failed_mkdocs_keeps_previous_site(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("alt", encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\ndocs_dir: missing\nnav: [{A: a.md}]\ntheme: {name: nonexistent}\n")
    with pytest.raises(BuildFailed):
        build_site(config, tmp_path / "build", site)
    assert (site / "index.html").read_text(encoding="utf-8") == "alt"


def test_kept_pages_are_neither_written_nor_deleted(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_docs([Page("a.md", "1"), Page("x/b.md", "2"), Page("x/y/c.md", "3")], docs)
    stamp = (docs / "x" / "b.md").stat().st_mtime_ns
    # None: the page's file is current (the page memo says so); it stays, untouched, and is listed.
    result = write_docs([Page("a.md", "1"), Page("x/b.md", None)], docs)
    assert result.written == 0 and result.deleted == 1
    assert result.change.deleted == ("x/y/c.md",) and "x/b.md" in result.change.files
    assert (docs / "x" / "b.md").stat().st_mtime_ns == stamp
    assert not (docs / "x" / "y").exists() and (docs / "x").is_dir()
    with pytest.raises(RenderError, match="same path"):
        write_docs([Page("x/b.md", None), Page("x/./b.md", "2")], docs)
    with pytest.raises(RenderError):
        write_docs([Page("../b.md", None)], docs)



def test_streamed_files_are_written_and_kept_like_bytes(tmp_path) -> None:
    def writer(text: bytes):
        return lambda handle: handle.write(text)

    docs = tmp_path / "docs"
    first = write_docs([], docs, [("daten/x.csv", writer(b"a,b\n1,2\n"))])
    assert "daten/x.csv" in first.change.written and (docs / "daten/x.csv").read_bytes() == b"a,b\n1,2\n"
    mtime = (docs / "daten/x.csv").stat().st_mtime_ns
    same = write_docs([], docs, [("daten/x.csv", writer(b"a,b\n1,2\n"))])
    assert "daten/x.csv" not in same.change.written and (docs / "daten/x.csv").stat().st_mtime_ns == mtime
    assert not list(docs.rglob("*.tmp"))
    changed = write_docs([], docs, [("daten/x.csv", writer(b"a,b\n3,4\n"))])
    assert "daten/x.csv" in changed.change.written and (docs / "daten/x.csv").read_bytes() == b"a,b\n3,4\n"
