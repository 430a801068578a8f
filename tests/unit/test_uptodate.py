"""A build whose inputs did not change is skipped; any change to what a build reads builds again."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from briefing import uptodate
from briefing.config import load_settings
from briefing.ingest import find_inputs
from briefing.pipeline import analysis_context
from tests.conftest import copy_project


def _fingerprint(settings) -> str:
    paths, problems = find_inputs(settings.articles_dir)
    return uptodate.build_fingerprint(settings, paths, problems, analysis_context(settings))


@pytest.mark.slow
def test_unchanged_inputs_skip_the_build_and_an_edit_builds_again(tmp_path: Path) -> None:
    from briefing.pipeline import build

    settings = load_settings(copy_project(tmp_path / "project"))
    (settings.articles_dir / "leer.txt").write_text("   \n", encoding="utf-8")  # a problem for the report
    first = build(settings)
    assert first.up_to_date is False and first.problems
    site_inode = settings.site_dir.stat().st_ino

    again = build(settings)
    assert again.up_to_date is True
    assert (again.inputs, again.articles, again.actors, again.problems) == (
        first.inputs, first.articles, first.actors, first.problems)  # the report still names the bad file
    assert again.pages_reused > 80 and set(again.timings) == {"check"}
    assert settings.site_dir.stat().st_ino == site_inode  # site/ was not touched

    article = settings.articles_dir / "trump-trudeau-usmca.txt"
    os.utime(article, (1, 1))  # a new time alone is no change: files are compared by content
    assert build(settings).up_to_date is True

    article.write_text(article.read_text(encoding="utf-8").replace("Fortschritte", "große Fortschritte", 1),
                       encoding="utf-8")
    edited = build(settings)
    assert edited.up_to_date is False
    assert "große Fortschritte" in (settings.site_dir / "artikel" / "trump-trudeau-usmca.html").read_text("utf-8")
    assert build(settings).up_to_date is True


@pytest.mark.slow
def test_a_removed_site_or_no_cache_builds_again(tmp_path: Path) -> None:
    from briefing.pipeline import build

    root = copy_project(tmp_path / "project")
    settings = load_settings(root)
    build(settings)
    shutil.rmtree(settings.site_dir)
    assert build(settings).up_to_date is False
    assert (settings.site_dir / "index.html").is_file()
    assert build(load_settings(root, cache=False)).up_to_date is False


@pytest.mark.slow
def test_a_failed_build_is_never_taken_for_up_to_date(tmp_path: Path, monkeypatch) -> None:
    from briefing import pipeline

    settings = load_settings(copy_project(tmp_path / "project"))
    pipeline.build(settings)
    article = settings.articles_dir / "japan-usa-allianz.txt"
    original = article.read_bytes()
    article.write_bytes(original + b"\n\nNachtrag.")

    def broken(*args, **kwargs):
        raise RuntimeError("MkDocs crashed")

    monkeypatch.setattr(pipeline, "build_site", broken)
    with pytest.raises(RuntimeError):
        pipeline.build(settings)
    monkeypatch.undo()
    assert "Nachtrag" not in (settings.site_dir / "artikel" / "japan-usa-allianz.html").read_text("utf-8")
    # The failed build dropped the record: the next one builds the edit instead of trusting site/.
    assert pipeline.build(settings).up_to_date is False
    assert "Nachtrag" in (settings.site_dir / "artikel" / "japan-usa-allianz.html").read_text("utf-8")
    assert pipeline.build(settings).up_to_date is True


@pytest.mark.parametrize("edit", ["article", "sidecar", "actors", "topics", "mkdocs", "template", "new file",
                                  "unsupported file", "strict", "language", "asset"])
def test_everything_a_build_reads_changes_the_fingerprint(tmp_path: Path, edit: str, monkeypatch) -> None:
    root = copy_project(tmp_path / "project")
    settings = load_settings(root)
    before = _fingerprint(settings)
    assert _fingerprint(load_settings(root)) == before  # deterministic
    articles = settings.articles_dir
    if edit == "article":
        path = articles / "japan-usa-allianz.txt"
        path.write_text(path.read_text(encoding="utf-8") + " ", encoding="utf-8")
    elif edit == "sidecar":
        (articles / "japan-usa-allianz.yml").write_text("title: Neu\n", encoding="utf-8")
    elif edit == "actors":
        with settings.actors_file.open("a", encoding="utf-8") as handle:
            handle.write("\n# Kommentar\n")
    elif edit == "topics":
        with settings.topics_file.open("a", encoding="utf-8") as handle:
            handle.write("\n# Kommentar\n")
    elif edit == "mkdocs":
        with root.open("a", encoding="utf-8") as handle:
            handle.write("\n# comment\n")
    elif edit == "template":
        template = next(settings.templates_dir.rglob("*.j2"))
        template.write_text(template.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    elif edit == "new file":
        (articles / "neu.md").write_text("# Neu\n\nText.\n", encoding="utf-8")
    elif edit == "unsupported file":
        (articles / "notizen.docx").write_bytes(b"PK")
    elif edit == "strict":
        assert _fingerprint(load_settings(root, strict=True)) != before
        return
    elif edit == "asset":
        monkeypatch.setattr(uptodate, "PACKAGE_DIR", tmp_path / "package")
        (tmp_path / "package" / "assets").mkdir(parents=True)
        (tmp_path / "package" / "assets" / "briefing.css").write_text("body {}", encoding="utf-8")
    elif edit == "language":
        assert _fingerprint(replace(settings, language="en")) != before
        return
    assert _fingerprint(load_settings(root)) != before
