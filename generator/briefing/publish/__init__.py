"""Publishing: what the site gets beyond the analysed pages, and what leaves it.

- `prepare` (at generate time): the Atom feed and the search page for the docs tree, and
  build/publish/mappe.json, the list of pages `briefing pdf --mappe` prints;
- `after_mkdocs`: the Pagefind index, written into the staging site before it replaces site/;
- `pdf`: PDFs of single pages and the combined Briefing-Mappe (headless Chromium).
"""

from __future__ import annotations

from pathlib import Path

from ..config import Settings, load_yaml_config
from ..corpus import Corpus
from ..formatting import format_date
from ..render import actor_path, article_path
from .feed import atom_feed
from .pdf import MANIFEST, Section, plan_record
from .search import index_site, search_page

__all__ = ["after_mkdocs", "prepare"]


def _html_path(docs_path: str, directory_urls: bool) -> str:
    """Where MkDocs writes the page of a docs path like artikel/x.md."""
    stem = docs_path.removesuffix(".md")
    return f"{stem}/index.html" if directory_urls else f"{stem}.html"


def prepare(settings: Settings, corpus: Corpus) -> list[tuple[str, bytes]]:
    """Write build/publish/mappe.json; return (docs path, bytes) of feed.xml and suche.md for write_docs."""
    config = load_yaml_config(settings.mkdocs_file)
    directory_urls = bool(config.get("use_directory_urls", True))
    feed = atom_feed(corpus.articles, title=settings.site_name, site_url=str(config.get("site_url") or ""),
                     directory_urls=directory_urls)
    dates = sorted((a.metadata.date for a in corpus.articles if a.metadata.date), key=lambda d: d.sort_key())
    period = ""
    if dates:
        first, last = (format_date(d, settings.language) for d in (dates[0], dates[-1]))
        period = first if first == last else f"{first} – {last}"
    articles = [Section(_html_path(article_path(a), directory_urls),
                        a.metadata.title or a.document.raw.relpath) for a in corpus.articles]
    actors = [Section(_html_path(actor_path(p), directory_urls), p.actor.name) for p in corpus.actors]
    manifest = settings.build_dir / MANIFEST
    manifest.parent.mkdir(parents=True, exist_ok=True)
    manifest.write_text(plan_record(settings.site_name, period, settings.language, articles, actors), encoding="utf-8")
    return [("feed.xml", feed), ("suche.md", search_page(settings.language).encode("utf-8"))]


def after_mkdocs(staging: Path, changed: list[str] | None = None, *, settings: Settings) -> None:
    """Run on build/site.new after MkDocs succeeded and before it is swapped in (changed: see build_site)."""
    index_site(staging, language=settings.language, changed=changed)
