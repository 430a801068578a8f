"""Full-text search with German word forms: a Pagefind index over the built site.

Material's lunr search (the header box) is kept: it is inlined into the site by the offline
plugin and so works from file://, but it matches only the word as typed. Pagefind stems German
("Verhandlungen" finds "Verhandlung", "Zölle" finds "Zoll") and loads its index in small
chunks, so it stays fast at 10,000 articles; it needs http(s), so it powers the "Suche" page
of the hosted site.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ..errors import BuildFailed

# Only the page content is indexed: not navigation, headers, permalinks or the search page's own text.
ROOT_SELECTOR = "article.md-content__inner"
# Readers search articles, topics and overviews. Actor pages repeat article sentences (a second hit
# for every sentence) and outnumber the articles three to one: indexing them tripled the time of this
# step. The actor index page is searched, so a name still leads to its actor.
PAGE_GLOB = "{*.html,artikel/*.html,themen/*.html,akteure/index.html}"
EXCLUDE_SELECTORS = (".headerlink", ".md-content__button", "[data-pagefind-ignore]")

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


def pagefind_command(site: Path, language: str) -> list[str]:
    cmd = [sys.executable, "-m", "pagefind", "--site", str(site), "--root-selector", ROOT_SELECTOR,
           "--force-language", language, "--glob", PAGE_GLOB, "--silent"]
    for selector in EXCLUDE_SELECTORS:
        cmd += ["--exclude-selectors", selector]
    return cmd


def index_site(site: Path, *, language: str = "de") -> Path:
    """Write the Pagefind bundle into site/pagefind; return its folder."""
    try:
        import pagefind  # noqa: F401 - only checks the package is installed
    except ImportError as exc:
        raise BuildFailed("Pagefind fehlt: pip install 'pagefind[bin]' (in requirements.lock)") from exc
    result = subprocess.run(pagefind_command(site, language), capture_output=True, text=True, check=False)
    bundle = site / "pagefind"
    if result.returncode != 0 or not (bundle / "pagefind-ui.js").is_file():
        tail = "\n".join((result.stderr or result.stdout).strip().splitlines()[-10:])
        raise BuildFailed(f"Pagefind-Index fehlgeschlagen (die vorige Seite bleibt):\n{tail}")
    return bundle
