"""PDFs with headless Chromium (Debian package `chromium`): one page, or the whole Briefing-Mappe.

Chromium prints the built site from file:// with the site's own print stylesheet
(assets/print.css: A4, title and "Seite x von y" in the page margins), so the PDF looks like
the browser's print-out. Charts are SVG images and stay vectors. Nothing is downloaded: the
command line `chromium --headless --print-to-pdf` is used directly, with a throw-away profile.

The Mappe is one HTML document assembled from the built pages (cover, contents, every
article, optionally every actor page), printed in one go so page numbers run through. It is
printed twice: the first run's PDF outline tells on which page each section starts, the second
writes those numbers into the table of contents.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

from ..errors import BriefingError

CHROMIUM_NAMES = ("chromium", "chromium-browser")
CHROMIUM_FLAGS = (
    "--headless",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",  # print.css draws title and page numbers itself
    "--generate-pdf-document-outline",  # PDF bookmarks from the headings
)
MANIFEST = "publish/mappe.json"  # below build_dir; written by publish.prepare at generate time


class PdfError(BriefingError):
    """A PDF could not be made."""


class ChromiumMissing(PdfError):
    """Headless Chromium is needed for PDFs and is not installed."""

    def __init__(self) -> None:
        super().__init__("Chromium nicht gefunden; PDFs druckt headless Chromium. "
                         "Installieren: apt-get install chromium (Debian/Ubuntu), "
                         "oder BRIEFING_CHROMIUM=/pfad/zu/chromium setzen.")


def find_chromium() -> str:
    """Path of the Chromium binary: $BRIEFING_CHROMIUM, else chromium / chromium-browser on PATH."""
    configured = os.environ.get("BRIEFING_CHROMIUM")
    if configured:
        if shutil.which(configured):
            return shutil.which(configured)
        raise ChromiumMissing()
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    raise ChromiumMissing()


def print_to_pdf(url: str, output: Path, *, chromium: str | None = None, timeout: float = 300) -> Path:
    """Print one URL (file://) to `output` with headless Chromium."""
    chromium = chromium or find_chromium()
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".part")
    with tempfile.TemporaryDirectory(prefix="briefing-chromium-") as profile:
        cmd = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={partial}", url]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            cmd.insert(1, "--no-sandbox")  # Chromium refuses to run as root with its sandbox
        try:
            result = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            raise PdfError(f"Chromium hat nach {timeout:.0f} s kein PDF geliefert: {url}") from exc
    if result.returncode != 0 or not partial.is_file() or partial.stat().st_size == 0:
        tail = "\n".join(line for line in result.stderr.splitlines()[-5:] if "dbus" not in line)
        partial.unlink(missing_ok=True)
        raise PdfError(f"Chromium konnte {url} nicht drucken (Exit {result.returncode}):\n{tail}")
    os.replace(partial, output)
    return output


# --------------------------------------------------------------------------- single pages


def page_file(site_dir: Path, page: str) -> Path:
    """The built HTML file of a page given as 'artikel/x', 'artikel/x.md', 'artikel/x/' or '' (home)."""
    name = page.strip().strip("/")
    for suffix in (".md", ".html"):
        name = name.removesuffix(suffix)
    if name in ("", "index"):
        name = "index"
    posix = PurePosixPath(name)
    if posix.is_absolute() or ".." in posix.parts:
        raise PdfError(f"ungültiger Seitenname: {page!r}")
    for candidate in (site_dir / f"{name}.html", site_dir / name / "index.html"):
        if candidate.is_file():
            return candidate
    if not (site_dir / "index.html").is_file():
        raise PdfError(f"keine gebaute Seite in {site_dir}: zuerst `briefing build`")
    raise PdfError(f"Seite nicht gefunden: {page!r} (z. B. artikel/<name> oder akteure/<name>)")


def default_output(build_dir: Path, page: str) -> Path:
    name = page.strip().strip("/").removesuffix(".md").removesuffix(".html") or "index"
    return build_dir / "pdf" / f"{name}.pdf"


def page_pdf(site_dir: Path, page: str, output: Path) -> Path:
    """PDF of one built page."""
    chromium = find_chromium()
    return print_to_pdf(page_file(site_dir, page).resolve().as_uri(), output, chromium=chromium)


# --------------------------------------------------------------------------- the Mappe


@dataclass(frozen=True, slots=True)
class Section:
    path: str  # site-relative HTML path, e.g. artikel/x.html
    title: str


@dataclass(frozen=True, slots=True)
class MappePlan:
    title: str
    period: str  # e.g. "28. Oktober 2025 – 3. November 2025"; "" when no article has a date
    language: str
    articles: tuple[Section, ...]
    actors: tuple[Section, ...] = ()


def load_plan(build_dir: Path, *, with_actors: bool) -> MappePlan:
    """What goes into the Mappe, as recorded by the last build (build/publish/mappe.json)."""
    path = build_dir / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise PdfError(f"{path} fehlt: zuerst `briefing build`") from exc
    return MappePlan(
        title=data["title"], period=data["period"], language=data["language"],
        articles=tuple(Section(a["path"], a["title"]) for a in data["articles"]),
        actors=tuple(Section(a["path"], a["title"]) for a in data["actors"]) if with_actors else (),
    )


_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.S)
_URL_ATTR = re.compile(r'\b(href|src)="([^"]*)"')
_ID_ATTR = re.compile(r'\bid="([^"]*)"')
_SCRIPT = re.compile(r"<script\b.*?</script>", re.S)
_COVER_PAGE = "@page :first { @top-left { content: none; } @bottom-right { content: none; } }"


def _content(site_dir: Path, path: str) -> str:
    text = (site_dir / path).read_text(encoding="utf-8")
    match = _ARTICLE.search(text)
    if not match:
        raise PdfError(f"{path}: kein Seiteninhalt gefunden (MkDocs-Material-Seite erwartet)")
    return match.group(1)


def _section_html(site_dir: Path, number: int, section: Section, anchors: dict[str, str]) -> str:
    """One page's content with ids made unique and links pointing into the Mappe where possible."""
    prefix = f"m{number}-"
    base = (site_dir / section.path).resolve().as_uri()
    root = site_dir.resolve().as_uri() + "/"
    body = _SCRIPT.sub("", _content(site_dir, section.path))
    body = _ID_ATTR.sub(lambda m: f'id="{prefix}{m.group(1)}"', body)

    def url(match: re.Match) -> str:
        attr, value = match.group(1), html.unescape(match.group(2))
        if value.startswith("#"):
            return f'{attr}="#{prefix}{value[1:]}"'
        if urlsplit(value).scheme in ("http", "https", "mailto"):
            return match.group(0)
        absolute, fragment = urldefrag(urljoin(base, value))
        if attr == "src" or not absolute.startswith(root):
            return f'{attr}="{html.escape(absolute)}"'
        target = unquote(absolute[len(root):])
        if target in anchors:
            inner = f"{anchors[target]}-{fragment}" if fragment else anchors[target]
            return f'{attr}="#{inner}"'
        return 'data-removed-href=""'  # a page outside the Mappe: text stays, link goes

    body = _URL_ATTR.sub(url, body)
    return f'<section class="mappe-section" id="m{number}">\n{body}\n</section>'


def _toc(plan: MappePlan, numbers: dict[str, int]) -> str:
    labels = {"de": ("Inhalt", "Artikel", "Akteure"), "en": ("Contents", "Articles", "Actors")}
    heading, articles_label, actors_label = labels.get(plan.language, labels["de"])
    parts = [f'<section class="mappe-toc"><h1 id="inhalt">{heading}</h1>']
    groups = [(articles_label, plan.articles, 1)]
    if plan.actors:
        groups.append((actors_label, plan.actors, 1 + len(plan.articles)))
    for label, sections, first in groups:
        parts.append(f"<h2>{html.escape(label)}</h2><ol>")
        for offset, section in enumerate(sections):
            anchor = f"m{first + offset}"
            number = numbers.get(anchor)
            parts.append(f'<li><a href="#{anchor}">{html.escape(section.title)}</a><span class="fill"></span>'
                         f'<span class="page">{number if number else ""}</span></li>')
        parts.append("</ol>")
    parts.append("</section>")
    return "\n".join(parts)


def mappe_html(site_dir: Path, plan: MappePlan, numbers: dict[str, int] | None = None) -> str:
    """The whole Mappe as one HTML document (the built home page is the shell: same CSS)."""
    sections = [*plan.articles, *plan.actors]
    anchors = {s.path: f"m{i}" for i, s in enumerate(sections, 1)}
    count = {"de": "Artikel", "en": "articles"}.get(plan.language, "Artikel")
    cover = (f'<section class="mappe-cover"><h1 id="titel">{html.escape(plan.title)}</h1>'
             f"<p>Briefing-Mappe</p>"
             + (f"<p>{html.escape(plan.period)}</p>" if plan.period else "")
             + f"<p>{len(plan.articles)} {count}</p></section>")
    body = "\n".join([cover, _toc(plan, numbers or {}),
                      *(_section_html(site_dir, i, s, anchors) for i, s in enumerate(sections, 1))])
    shell = _SCRIPT.sub("", (site_dir / "index.html").read_text(encoding="utf-8"))
    root = site_dir.resolve().as_uri() + "/"
    head, _, rest = shell.partition("<body")
    head = _URL_ATTR.sub(lambda m: f'{m.group(1)}="{urljoin(root, html.unescape(m.group(2)))}"'
                         if not m.group(2).startswith(("#", "http:", "https:")) else m.group(0), head)
    match = _ARTICLE.search(rest)
    if not match:
        raise PdfError("index.html: kein Seiteninhalt gefunden")
    start, end = match.span(1)
    rest = rest[:start] + body + rest[end:]
    # The cover is the first page: no running title or page number on it.
    head = head.replace("</head>", f"<style>{_COVER_PAGE}</style>\n</head>", 1)
    return head + "<body" + rest


def _section_pages(pdf: Path, count: int) -> dict[str, int]:
    """Page number (1-based) of each section, from the top-level PDF bookmarks (one per <h1>)."""
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    top = [item for item in reader.outline if not isinstance(item, list)]
    # Bookmarks: cover title, "Inhalt", then one per section, in document order.
    if len(top) != count + 2:
        return {}
    return {f"m{i}": reader.get_destination_page_number(item) + 1 for i, item in enumerate(top[2:], 1)}


def mappe_pdf(site_dir: Path, plan: MappePlan, output: Path, *, work_dir: Path) -> int:
    """Print the Mappe to `output`; return its page count."""
    from pypdf import PdfReader

    if not (site_dir / "index.html").is_file():
        raise PdfError(f"keine gebaute Seite in {site_dir}: zuerst `briefing build`")
    if not plan.articles:
        raise PdfError("keine Artikel für die Mappe")
    chromium = find_chromium()
    work_dir.mkdir(parents=True, exist_ok=True)
    source = work_dir / "mappe.html"
    source.write_text(mappe_html(site_dir, plan), encoding="utf-8")
    print_to_pdf(source.resolve().as_uri(), output, chromium=chromium)
    numbers = _section_pages(output, len(plan.articles) + len(plan.actors))
    if numbers:
        source.write_text(mappe_html(site_dir, plan, numbers), encoding="utf-8")
        print_to_pdf(source.resolve().as_uri(), output, chromium=chromium)
    return len(PdfReader(output).pages)


def plan_record(title: str, period: str, language: str, articles: Sequence[Section],
                actors: Sequence[Section]) -> str:
    """JSON text of build/publish/mappe.json (see load_plan)."""
    return json.dumps({
        "title": title, "period": period, "language": language,
        "articles": [{"path": s.path, "title": s.title} for s in articles],
        "actors": [{"path": s.path, "title": s.title} for s in actors],
    }, ensure_ascii=False, indent=1)
