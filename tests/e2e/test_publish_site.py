"""Publishing in a real headless Chromium: GitHub-Pages subpath, file:// offline, German search, PDF, feed.

One small project is built once (module fixture); its articles say "Verhandlung" and "Zoll" but
never "Verhandlungen" or "Zölle", so finding them proves the search stems German.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from briefing.config import Settings, load_settings
from tests.conftest import copy_project
from tests.e2e.browser import chromium_path, search_until_found, serve_folder
from tests.e2e.crawl import crawl

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ARTICLES = {
    "verhandlung-handelsabkommen": (
        "Verhandlung über Handelsabkommen stockt", "2025-10-28",
        "Brüssel – Die Verhandlung über das Handelsabkommen zwischen der Europäischen Union und den USA ist "
        "ins Stocken geraten. Ursula von der Leyen sagte am Dienstag, man sei weiter gesprächsbereit. "
        "Die nächste Runde soll im November in Washington stattfinden."),
    "zoll-auf-stahl": (
        "Neuer Zoll auf Stahl", "2025-03-12",
        "Washington – Der Zoll auf Stahl aus Kanada und Mexiko steigt auf 25 Prozent. Donald Trump "
        "begründete den Schritt mit der nationalen Sicherheit. Kanada kündigte Gegenmaßnahmen an."),
    "ohne-datum": (
        "Handelsbilanz ohne Datum", None,
        "Die Handelsbilanz zwischen Deutschland und den USA weist einen Überschuss aus. Ökonomen erwarten "
        "eine Abschwächung im kommenden Jahr."),
}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    from briefing.pipeline import build

    mkdocs_file = copy_project(tmp_path_factory.mktemp("publish") / "project", with_articles=False)
    articles = mkdocs_file.parent / "content" / "articles"
    for slug, (title, date, text) in ARTICLES.items():
        (articles / f"{slug}.txt").write_text(text + "\n", encoding="utf-8")
        sidecar = f'title: "{title}"\nsource: Testquelle\nurl: https://example.org/{slug}\n'
        if date:
            sidecar += f"date: {date}\n"
        (articles / f"{slug}.yml").write_text(sidecar, encoding="utf-8")
    settings = load_settings(mkdocs_file)
    build(settings)
    return settings


def article_page(settings: Settings, slug: str) -> str:
    return next(p.relative_to(settings.site_dir).as_posix() for p in (settings.site_dir / "artikel").glob(f"{slug}*.html"))


def test_site_under_github_pages_subpath_has_no_broken_link(project: Settings) -> None:
    with serve_folder(project.site_dir, prefix="/repo/") as url:
        result = crawl(url)
    assert result.pages >= 8
    assert result.broken == []
    assert result.missing_anchors == []


@pytest.mark.parametrize(("query", "slug"), [("Verhandlungen", "verhandlung-handelsabkommen"),
                                             ("Zölle", "zoll-auf-stahl")])
def test_search_finds_inflected_german_forms(browser, project: Settings, query: str, slug: str) -> None:
    text = (project.site_dir / article_page(project, slug)).read_text(encoding="utf-8")
    assert query not in text  # only the base form is on the page
    with serve_folder(project.site_dir, prefix="/repo/") as url:
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(f"{url}suche.html?q={query}", wait_until="networkidle")
        page.wait_for_selector(".pagefind-ui__result-link", timeout=30_000)
        links = page.locator(".pagefind-ui__result-link")
        hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
        page.close()
    assert any(h.startswith("/repo/artikel/" + slug) for h in hrefs), hrefs
    assert errors == []


def test_file_url_works_offline_with_search(browser, project: Settings) -> None:
    context = browser.new_context()
    outside: list[str] = []

    def block(route) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", block)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto((project.site_dir / "index.html").as_uri(), wait_until="load")
    page.locator("article a[href^='artikel/']").first.click()
    page.wait_for_load_state("load")
    assert page.url.startswith("file://") and "/artikel/" in page.url and page.url.endswith(".html")
    assert "Volltext" in page.inner_text("article")
    broken_images = page.evaluate("[...document.images].filter(i => !i.complete || !i.naturalWidth).map(i => i.src)")
    assert broken_images == []
    page.locator("input.md-search__input").click()
    search_until_found(page, "input.md-search__input", "Stahl", ".md-search-result__item")
    page.locator(".md-search-result__item a").first.click()
    page.wait_for_load_state("load")
    assert "Stahl" in page.inner_text("article")
    context.close()
    assert outside == []
    assert errors == []


def test_pdf_of_a_page_and_the_mappe(project: Settings, tmp_path: Path) -> None:
    chromium_path()
    if not shutil.which("pdftotext") or not shutil.which("pdftoppm"):
        pytest.skip("poppler-utils missing (apt-get install poppler-utils)")
    from briefing.cli import main

    config = str(project.mkdocs_file)
    single = tmp_path / "zoll.pdf"
    assert main(["pdf", "-f", config, "artikel/zoll-auf-stahl", "-o", str(single)]) == 0
    text = subprocess.run(["pdftotext", "-layout", str(single), "-"], capture_output=True, text=True, check=True).stdout
    assert "Neuer Zoll auf Stahl" in text and "Seite 1 von" in text and project.site_name in text
    assert "(https://example.org/zoll-auf-stahl)" in text  # external URL written after the link
    assert "Build-Bericht" not in text  # no navigation on paper

    mappe = tmp_path / "mappe.pdf"
    assert main(["pdf", "-f", config, "--mappe", "--mit-akteuren", "-o", str(mappe)]) == 0
    text = subprocess.run(["pdftotext", "-layout", str(mappe), "-"], capture_output=True, text=True, check=True).stdout
    assert "Briefing-Mappe" in text and "Inhalt" in text
    for title, _, _ in ARTICLES.values():
        assert title in text
    assert re.search(r"Neuer Zoll auf Stahl\s*\.*_*\s*\d+", text)  # contents with page numbers
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(mappe), str(tmp_path / "cover")], check=True)
    (cover,) = tmp_path.glob("cover-*.png")
    assert cover.stat().st_size > 1000

    # Charts: SVG images in the pages stay vector text and paths in the PDF (no raster image).
    charts = [m for m in re.findall(r'<img[^>]+src="([^"]+\.svg)"', (project.site_dir / "index.html").read_text())]
    if charts:
        home = tmp_path / "home.pdf"
        assert main(["pdf", "-f", config, "index", "-o", str(home)]) == 0
        svg = (project.site_dir / charts[0]).read_text(encoding="utf-8")
        labels = [t for t in re.findall(r"<text[^>]*>([^<]{4,})</text>", svg)][:3]
        home_text = subprocess.run(["pdftotext", str(home), "-"], capture_output=True, text=True, check=True).stdout
        assert all(label in home_text for label in labels), labels


def test_feed_and_strict_build(project: Settings, tmp_path: Path) -> None:
    from briefing.site import run_mkdocs

    root = ET.parse(project.site_dir / "feed.xml").getroot()
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = [e.findtext("a:title", namespaces=ns) for e in root.findall("a:entry", ns)]
    assert titles == ["Verhandlung über Handelsabkommen stockt", "Neuer Zoll auf Stahl"]  # newest first, undated out
    home = (project.site_dir / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<link rel="alternate feed" type="application/atom\+xml"[^>]+href="feed.xml"', home)
    run_mkdocs(project.mkdocs_file, tmp_path / "strict", strict=True)  # raises on any MkDocs warning
