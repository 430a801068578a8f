"""Full-text search with German word forms: a Pagefind index over the built site, in parts.

Material's lunr search (the header box) is kept: it is inlined into the site by the offline
plugin and so works from file://, but it matches only the word as typed. Pagefind stems German
("Verhandlungen" finds "Verhandlung", "Zölle" finds "Zoll") and loads its index in small
chunks, so it stays fast at 10,000 articles; it needs http(s), so it powers the "Suche" page
of the hosted site.

The index is split into parts (see `plan_parts`): article pages by a stable hash of their path
into a power-of-two number of parts of about PART_PAGES pages, the other pages into a few parts
of their own, and the search page alone as the primary bundle in site/pagefind/ (it holds the
UI). After an incremental MkDocs build only the parts holding a rebuilt page are indexed again;
the others are carried over from the previous site. The search UI merges all parts
(`mergeIndex`), set up by a few lines appended to the primary bundle's pagefind-ui.js, so the
page template stays as it is.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..errors import BuildFailed
from ..incremental import read_json_object

log = logging.getLogger("briefing")

# Only the page content is indexed: not navigation, headers, permalinks or the search page's own text.
ROOT_SELECTOR = "article.md-content__inner"
# Readers search articles, topics and overviews. Actor pages repeat article sentences (a second hit
# for every sentence) and outnumber the articles three to one: indexing them tripled the time of this
# step. The actor index page is searched, so a name still leads to its actor.
PAGE_GLOB = "{*.html,artikel/*.html,themen/*.html,akteure/index.html}"
EXCLUDE_SELECTORS = (".headerlink", ".md-content__button", "[data-pagefind-ignore]")

BUNDLE = "pagefind"  # the primary bundle's folder in the site; the parts are sub-folders of it
PRIMARY_PAGE = "suche.html"  # the primary bundle: only the search page, which never changes
STAMP = "briefing-teile.json"  # which pages each part holds, and with which settings it was made
# About this many article pages per part: re-indexing one part costs about a second; more parts
# mean more (small) requests per query, since the browser asks every part.
PART_PAGES = 150
OTHER_PARTS = 4  # overview, index and topic pages: few, but large and often changed
LAYOUT = 1  # bump when the partitioning changes: every part is then rebuilt
UI_MARKER = "\n/* briefing: merge the index parts */\n"
_SAFE_PATH = re.compile(r"[A-Za-z0-9._/-]+")  # glob-safe (slugs are [a-z0-9-])

_PAGE = {
    "de": ("Suche",
           "Volltextsuche über alle Seiten; gebeugte Formen werden mitgefunden "
           "(Plural, Fälle: die Suche nach einem Wort findet auch seine anderen Formen).",
           "Diese Suche braucht den Suchindex der gebauten Seite auf einem Webserver: als Datei "
           "geöffnet (file://) oder in <code>briefing serve</code> gibt es ihn nicht. Nutzen Sie hier die "
           "Suche oben rechts; sie findet Wörter so, wie sie geschrieben sind."),
    "en": ("Search",
           "Full-text search over all pages, including inflected word forms.",
           "This search needs the built site's search index on a web server; opened as a file "
           "(file://) or in <code>briefing serve</code> there is none. Use the search box at the top; "
           "it matches words as written."),
}


def search_page(language: str) -> str:
    """Markdown of suche.md; templates/theme/main.html mounts the Pagefind UI into it."""
    title, intro, hint = _PAGE.get(language, _PAGE["de"])
    return (
        f"# {title}\n\n"
        f'<div data-pagefind-ignore="all" markdown="0">\n'
        f"<p>{intro}</p>\n"
        f'<div id="pagefind-suche"></div>\n'
        f'<div id="pagefind-hinweis" class="admonition note" hidden><p>{hint}</p></div>\n'
        f"</div>\n"
    )


def pagefind_command(site: Path, language: str, glob: str = PAGE_GLOB, output: Path | None = None) -> list[str]:
    """The Pagefind CLI call that indexes the pages matching `glob` (into `output`, default site/pagefind)."""
    cmd = [sys.executable, "-m", "pagefind", "--site", str(site), "--root-selector", ROOT_SELECTOR,
           "--force-language", language, "--glob", glob, "--silent"]
    if output is not None:
        cmd += ["--output-path", str(output)]
    for selector in EXCLUDE_SELECTORS:
        cmd += ["--exclude-selectors", selector]
    return cmd


def is_indexed(relpath: str) -> bool:
    """True for the site pages PAGE_GLOB selects (relpath: POSIX, relative to the site)."""
    folder, _, name = relpath.rpartition("/")
    if not name.endswith(".html"):
        return False
    return folder in ("", "artikel", "themen") or relpath == "akteure/index.html"


def indexed_pages(site: Path) -> list[str]:
    """Every page of the built site that is searched (only three folders are read, not the actor pages)."""
    pages = []
    for folder in ("", "artikel", "themen", "akteure"):
        try:
            entries = os.scandir(site / folder) if folder else os.scandir(site)
        except FileNotFoundError:
            continue
        with entries:
            for entry in entries:
                relpath = f"{folder}/{entry.name}" if folder else entry.name
                if entry.is_file() and is_indexed(relpath):
                    pages.append(relpath)
    return sorted(pages)


def _bucket(relpath: str, count: int) -> int:
    # A stable hash (not Python's salted hash()): a page stays in its part from build to build.
    return int.from_bytes(hashlib.blake2b(relpath.encode(), digest_size=8).digest(), "big") % count


def article_part_count(articles: int) -> int:
    """Parts for this many article pages: a power of two, so it changes only when the archive doubles."""
    return 1 << max(0, math.ceil(math.log2(max(1, math.ceil(articles / PART_PAGES)))))


def plan_parts(pages: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Part name -> its pages (sorted); "" is the primary bundle (the search page)."""
    pages = sorted(pages)
    articles = [p for p in pages if p.startswith("artikel/") and p != "artikel/index.html"]
    count = article_part_count(len(articles))
    parts: dict[str, list[str]] = {"": []}
    for page in pages:
        if page == PRIMARY_PAGE:
            name = ""
        elif page.startswith("artikel/") and page != "artikel/index.html":
            name = f"artikel-{_bucket(page, count):03d}"
        else:
            name = f"seiten-{_bucket(page, OTHER_PARTS)}"
        parts.setdefault(name, []).append(page)
    return {name: tuple(found) for name, found in sorted(parts.items())}


def index_settings(language: str) -> str:
    """Digest of what shapes every part besides its pages: Pagefind's version, options, the layout."""
    try:
        from importlib import metadata

        version = metadata.version("pagefind")
    except Exception:  # noqa: BLE001 - unknown version: never reuse a part
        version = f"unknown-{os.getpid()}"
    payload = json.dumps([LAYOUT, version, ROOT_SELECTOR, EXCLUDE_SELECTORS, language, PART_PAGES, OTHER_PARTS])
    return hashlib.sha256(payload.encode()).hexdigest()


def parts_to_rebuild(parts: Mapping[str, tuple[str, ...]], stamp: Mapping, settings: str, bundle: Path,
                     changed: Iterable[str] | None) -> set[str]:
    """The parts that must be indexed again; the others are exactly as the previous build left them.

    A part is kept only if it was made with the same settings from the same pages, none of which
    changed (`changed`: site paths rebuilt or deleted; None: everything may have changed).
    """
    if changed is None or stamp.get("settings") != settings:
        return set(parts)
    old = stamp.get("parts") if isinstance(stamp.get("parts"), Mapping) else {}
    touched = set(changed)
    rebuild = set()
    for name, pages in parts.items():
        folder = bundle / name if name else bundle
        if (name == "" or list(pages) != old.get(name) or touched.intersection(pages)
                or not (folder / "pagefind-entry.json").is_file()):
            rebuild.add(name)
    return rebuild


def _glob(pages: Iterable[str]) -> str:
    pages = list(pages)
    for page in pages:
        if not _SAFE_PATH.fullmatch(page):
            raise BuildFailed(f"Pagefind: Seitenpfad mit Sonderzeichen kann nicht indiziert werden: {page}")
    return "{" + ",".join(pages) + "}"


def _run_pagefind(site: Path, language: str, pages: tuple[str, ...], output: Path) -> None:
    result = subprocess.run(pagefind_command(site, language, _glob(pages), output), capture_output=True,
                            text=True, check=False)
    if result.returncode != 0 or not (output / "pagefind-entry.json").is_file():
        tail = "\n".join((result.stderr or result.stdout).strip().splitlines()[-10:])
        raise BuildFailed(f"Pagefind-Index fehlgeschlagen (die vorige Seite bleibt):\n{tail}")


def ui_shim(parts: Iterable[str]) -> str:
    """JavaScript appended to pagefind-ui.js: every PagefindUI also searches the index parts."""
    names = json.dumps(sorted(p for p in parts if p))
    # The parts sit in sub-folders of this script's folder; their result URLs share the site's base.
    return (UI_MARKER + "(function () {\n"
            f"  var parts = {names};\n"
            "  var Base = window.PagefindUI, here = document.currentScript && document.currentScript.src;\n"
            "  if (!Base || !here || !parts.length) return;\n"
            "  window.PagefindUI = function (options) {\n"
            "    options = Object.assign({}, options);\n"
            "    var merged = parts.map(function (name) {\n"
            "      var entry = {bundlePath: new URL(name + '/', here).pathname};\n"
            "      if (options.baseUrl) entry.baseUrl = options.baseUrl;\n"
            "      return entry;\n"
            "    });\n"
            "    options.mergeIndex = merged.concat(options.mergeIndex || []);\n"
            "    return new Base(options);\n"
            "  };\n"
            "})();\n")


def _assemble(bundle: Path, fresh: Path, parts: Mapping[str, tuple[str, ...]], rebuilt: set[str]) -> None:
    """site/pagefind from the new primary bundle, the new parts and the kept ones (moved, never rewritten)."""
    previous = bundle.with_name(BUNDLE + ".vorher")
    if previous.exists():
        shutil.rmtree(previous)
    if bundle.exists():
        bundle.rename(previous)
    (fresh / "_primary").rename(bundle)
    for name in parts:
        if not name:
            continue
        source = fresh / name if name in rebuilt else previous / name
        source.rename(bundle / name)
    shutil.rmtree(previous, ignore_errors=True)


def _drop_ui(folder: Path) -> None:
    # Only the primary bundle's UI runs; the parts need their index files (and pagefind.js, kept to be safe).
    for name in ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
                 "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js"):
        (folder / name).unlink(missing_ok=True)


def index_site(site: Path, *, language: str = "de", changed: Iterable[str] | None = None,
               workers: int | None = None) -> Path:
    """Write the Pagefind bundle and its parts into site/pagefind; return its folder.

    `site` is a fresh or staging site, never the live one: kept parts are moved, not written to.
    `changed`: site paths rebuilt or deleted since the site in `site` was indexed (None: all).
    """
    try:
        import pagefind  # noqa: F401 - only checks the package is installed
    except ImportError as exc:
        raise BuildFailed("Pagefind fehlt: pip install 'pagefind[bin]' (in requirements.lock)") from exc
    bundle = site / BUNDLE
    parts = plan_parts(indexed_pages(site))
    if not parts[""]:
        raise BuildFailed(f"Pagefind: {PRIMARY_PAGE} fehlt in der gebauten Seite")
    settings = index_settings(language)
    rebuild = parts_to_rebuild(parts, read_json_object(bundle / STAMP), settings, bundle, changed)
    log.info("search index: %d of %d parts indexed again", len(rebuild), len(parts))
    fresh = site / (BUNDLE + ".neu")
    if fresh.exists():
        shutil.rmtree(fresh)
    fresh.mkdir()
    try:
        jobs = [(name, parts[name], fresh / (name or "_primary")) for name in sorted(rebuild)]
        # Each part is one Pagefind process (mostly single-threaded): run as many as there are CPUs.
        with ThreadPoolExecutor(max(1, workers or os.cpu_count() or 1)) as pool:
            for _ in pool.map(lambda job: _run_pagefind(site, language, job[1], job[2]), jobs):
                pass
        for name in rebuild - {""}:
            _drop_ui(fresh / name)
        ui = fresh / "_primary" / "pagefind-ui.js"
        ui.write_text(ui.read_text(encoding="utf-8") + ui_shim(parts), encoding="utf-8")
        stamp = {"settings": settings, "parts": {name: list(pages) for name, pages in parts.items()}}
        (fresh / "_primary" / STAMP).write_text(json.dumps(stamp, indent=0), encoding="utf-8")
        _assemble(bundle, fresh, parts, rebuild)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
    return bundle
