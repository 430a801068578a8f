"""Broken input files: each is named in the build report, the rest of the site builds, --strict keeps site/."""

from __future__ import annotations

import contextlib
import io
import json
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from briefing.markup import escape

from briefing.cli import main
from briefing.config import Settings, load_settings
from briefing.errors import BuildFailed
from briefing.pipeline import build, gather
from tests.conftest import copy_project
from tests.security.hostile import broken_files, write_broken_files
from tests.security.test_injection import page_text, shown

pytestmark = pytest.mark.slow

SAMPLE_PAGES = ("japan-usa-allianz", "kas-laenderbericht-mexiko-usa", "trump-trudeau-usmca")
# Files that are fine in themselves: they may become pages; everything else must be refused.
MAY_BE_PAGES = {"kaputt/lange-zeile.txt", "kaputt/falsche-kodierung.txt", "kaputt/kaputte-utf8.md"}


@dataclass(frozen=True)
class BrokenBuild:
    settings: Settings
    written: tuple[str, ...]
    summary: dict
    exit_code: int
    seconds: float


def _cli(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(list(args))
    return code, out.getvalue()


@pytest.fixture(scope="module")
def broken_build(tmp_path_factory: pytest.TempPathFactory) -> BrokenBuild:
    """The sample content plus every broken file, built with `briefing build --json`."""
    root = tmp_path_factory.mktemp("broken") / "project"
    mkdocs_file = copy_project(root)
    written = write_broken_files(root / "content" / "articles")
    start = time.perf_counter()
    code, out = _cli("build", "-f", str(mkdocs_file), "--json", "--jobs", "1")
    seconds = time.perf_counter() - start
    (root / "content" / "articles" / "kaputt" / "gross.txt").unlink()  # 50 MB: do not keep it around
    return BrokenBuild(load_settings(mkdocs_file), tuple(written), json.loads(out), code, seconds)


ARTICLES = "content/articles/"  # the report names files relative to the project root


def _problems_for(build: BrokenBuild, relpath: str) -> list[str]:
    return [p for p in build.summary["problems"] if p.startswith(ARTICLES + relpath)]


def test_broken_files_do_not_stop_the_build(broken_build: BrokenBuild) -> None:
    assert broken_build.exit_code == 0
    for slug in SAMPLE_PAGES:
        assert (broken_build.settings.site_dir / "artikel" / f"{slug}.html").is_file()
    # The 50 MB file is refused quickly instead of stalling cleanup (which is not linear in the length).
    assert broken_build.seconds < 40


@pytest.mark.parametrize("relpath", [p for p in broken_files() if not p.endswith(".yml") and p != "kaputt/schleife"])
def test_each_broken_file_is_named_with_a_clear_reason(broken_build: BrokenBuild, relpath: str) -> None:
    pages = {r["file"] for r in json.loads((broken_build.settings.site_dir / "daten" / "artikel.json").read_text())}
    problems = _problems_for(broken_build, relpath)
    if relpath in MAY_BE_PAGES and relpath in pages:
        return
    assert relpath not in pages, f"{relpath} became a page"
    assert problems, f"{relpath} is neither a page nor in the report"
    report = (broken_build.settings.docs_dir / "bericht.md").read_text(encoding="utf-8")
    assert escape(str(shown(relpath))) in report
    assert not any("interner Fehler" in p or "Traceback" in p for p in problems), problems
    assert not any(str(broken_build.settings.root) in p for p in problems), problems


def test_an_impossible_sidecar_date_names_sidecar_key_and_format(tmp_path: Path) -> None:
    mkdocs_file = copy_project(tmp_path / "p", with_articles=False)
    articles = mkdocs_file.parent / "content" / "articles"
    (articles / "a.txt").write_text("Ein guter Text. Die Regierung beriet.\n", encoding="utf-8")
    (articles / "a.yml").write_text("title: Gut\ndate: 2025-13-45\n", encoding="utf-8")
    (problem,) = gather(load_settings(mkdocs_file, jobs=1, cache=False)).problems
    assert problem.describe() == ("content/articles/a.txt [date]: a.yml: Fehler beim Lesen von Metadatum 'date': "
                                  "erwartet ein Datum wie 2021-01-20 (oder 2021-01, 2021, 20.01.2021), "
                                  "gefunden '2025-13-45'")


def test_hidden_and_backup_files_are_named_as_skipped(broken_build: BrokenBuild) -> None:
    for relpath, reason in (("kaputt/..txt", "versteckte Datei"), ("kaputt/.versteckt.md", "versteckte Datei"),
                            ("kaputt/.notiz.txt.swp", "versteckte Datei"), ("kaputt/notiz.txt~", "Sicherungskopie")):
        (problem,) = _problems_for(broken_build, relpath)
        assert reason in problem and "übersprungen" in problem


def test_symlink_loops_are_reported_not_followed(broken_build: BrokenBuild) -> None:
    problems = _problems_for(broken_build, "kaputt/schleife")
    assert problems and any("Symlink" in p or "symbolic" in p for p in problems), problems


def test_sidecar_problems_name_the_sidecar(broken_build: BrokenBuild) -> None:
    (problem,) = _problems_for(broken_build, "kaputt/sidecar-kaputt.txt")
    assert "sidecar-kaputt.yml:" in problem


def test_readable_odd_files_keep_their_text(broken_build: BrokenBuild) -> None:
    site = broken_build.settings.site_dir / "artikel"
    assert "Zölle für Käse, Grüße aus Köln" in page_text(site / "kaputt-falsche-kodierung.html")
    assert page_text(site / "kaputt-lange-zeile.html").count("Wort") >= 4_000


def test_every_input_is_a_page_or_a_report_line(broken_build: BrokenBuild) -> None:
    articles = broken_build.settings.articles_dir
    inputs = {p.relative_to(articles).as_posix() for p in articles.rglob("*")
              if p.suffix not in (".yml", ".yaml") and not (p.is_dir() and not p.is_symlink())
              and "schleife/" not in p.relative_to(articles).as_posix()}
    inputs.add("kaputt/gross.txt")  # deleted after the build
    pages = {r["file"] for r in json.loads((broken_build.settings.site_dir / "daten" / "artikel.json").read_text())}
    reported = {p.split(":")[0].split(" [")[0].removeprefix(ARTICLES) for p in broken_build.summary["problems"]}
    lost = sorted(i for i in inputs if i not in pages and i not in reported)
    assert lost == []
    assert broken_build.summary["articles"] == len(pages)
    assert len(pages) + len(inputs - pages) == len(inputs)


def test_strict_fails_and_keeps_the_previous_site(broken_build: BrokenBuild) -> None:
    site = broken_build.settings.site_dir
    before = (site / "index.html").read_bytes()
    code, _ = _cli("build", "-f", str(broken_build.settings.mkdocs_file), "--strict", "--json", "--jobs", "1")
    assert code == 1
    assert (site / "index.html").read_bytes() == before
    assert (site / "artikel" / "japan-usa-allianz.html").is_file()


def test_a_failing_mkdocs_keeps_the_previous_site(broken_build: BrokenBuild) -> None:
    settings = broken_build.settings
    site = settings.site_dir
    before = sorted(p.relative_to(site).as_posix() for p in site.rglob("*"))
    broken_config = settings.mkdocs_file.with_name("mkdocs-kaputt.yml")
    text = settings.mkdocs_file.read_text(encoding="utf-8")
    broken_config.write_text(text.replace("name: material", "name: gibt-es-nicht"), encoding="utf-8")
    with pytest.raises(BuildFailed):
        build(load_settings(broken_config, jobs=1))
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*")) == before
    assert not (settings.build_dir / "site.new").exists()


def test_every_paragraph_of_the_cleaned_text_is_on_its_page(broken_build: BrokenBuild, hostile_build) -> None:
    missing = []
    for settings in (broken_build.settings, hostile_build.settings):
        gathered = gather(load_settings(settings.mkdocs_file, jobs=1))  # cached: the build analysed these
        by_file = {r["file"]: r["article"] for r in json.loads((settings.site_dir / "daten" / "artikel.json").read_text())}
        for article in gathered.articles:
            page = settings.site_dir / "artikel" / f"{by_file[article.document.raw.relpath]}.html"
            text = page_text(page)
            for block in article.document.blocks:
                paragraph = shown(block.span.of(article.text))
                if paragraph and paragraph not in text:
                    missing.append(f"{page.name}: {paragraph[:80]!r}")
    assert missing == []


def test_a_sentence_of_40000_words_is_analysed_quickly(tmp_path: Path) -> None:
    """A 200 kB line with no sentence end (a PDF table, a log) must not stall the build."""
    import subprocess
    import sys

    from tests.security.hostile import LONG_LINE

    (tmp_path / "zeile.txt").write_text(LONG_LINE, encoding="utf-8")
    code = ("import sys; from pathlib import Path; from briefing.pipeline import analyse_or_problem, load_resources;"
            "from briefing.config import load_settings;"
            f"s = load_settings(Path({str(copy_project(tmp_path / 'p', with_articles=False))!r}));"
            f"print(analyse_or_problem(Path({str(tmp_path / 'zeile.txt')!r}), 'zeile.txt', Path({str(tmp_path)!r}),"
            " load_resources(s)[0]).__class__.__name__)")
    # Was ~100 s when keyphrases looked at the whole sentence before each phrase (quadratic).
    subprocess.run([sys.executable, "-c", code], check=True, timeout=8, capture_output=True,
                   cwd=Path(__file__).resolve().parents[2] / "generator")
