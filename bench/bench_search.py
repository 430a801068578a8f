"""Search at scale: Pagefind index size and time-to-first-result for N real German articles.

    python bench/bench_search.py --data ../shared/eval --n 10000

Reads the articles of <data>/news_corpus/*.jsonl (NonCommercial data: everything is written to a
temporary folder, never into the repository). With fewer articles than --n, the corpus is
repeated with numbered copies (reported). Each article becomes one page with the markup of a
built article page (`article.md-content__inner`, <html lang="de">), so the index is built with
exactly the options `briefing build` uses (publish/search.py), without running the analyzers
(their speed is bench_build's subject). The search page is the Pagefind UI the site uses; each
query runs in a fresh browser context (cold cache) against a local HTTP server, and the time from
triggering the search to the first result on screen is measured, with the bytes fetched.
"""

from __future__ import annotations

import argparse
import html
import itertools
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "generator"), str(ROOT)]

from briefing.publish.search import ROOT_SELECTOR, index_site  # noqa: E402

QUERIES = ("Verhandlungen", "Zölle", "Bundesregierung", "Flüchtlinge", "Wahlen in Österreich", "Klimaschutz")
PAGE = """<!doctype html><html lang="de"><head><meta charset="utf-8"><title>{title}</title></head>
<body><header>Briefing</header><main><article class="md-content__inner md-typeset">
<h1>{title}</h1><p>{meta}</p>{paragraphs}</article></main></body></html>"""
SEARCH = """<!doctype html><html lang="de"><head><meta charset="utf-8">
<link rel="stylesheet" href="pagefind/pagefind-ui.css"><script src="pagefind/pagefind-ui.js"></script></head>
<body><div id="suche"></div><script>
window.ui = new PagefindUI({element: "#suche", baseUrl: "/", showImages: false});
</script></body></html>"""


def read_articles(data: Path) -> list[dict]:
    articles = []
    for path in sorted((data / "news_corpus").glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            articles.extend(json.loads(line) for line in lines if line.strip())
    return [a for a in articles if (a.get("text") or "").strip()]


def write_pages(articles: list[dict], n: int, site: Path) -> tuple[int, int]:
    """Write n pages; return (pages, distinct source articles)."""
    (site / "artikel").mkdir(parents=True)
    source = itertools.cycle(articles)
    for number in range(n):
        article = next(source)
        copy = number // len(articles)
        title = article.get("title") or (article.get("text") or "").split("\n")[0][:80]
        title = f"{title} ({copy + 1})" if copy else title
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in article["text"].split("\n") if p.strip())
        meta = html.escape(" · ".join(str(article.get(k) or "unbekannt") for k in ("date", "outlet")))
        (site / "artikel" / f"a{number:05d}.html").write_text(
            PAGE.format(title=html.escape(title), meta=meta, paragraphs=paragraphs), encoding="utf-8")
    (site / "suche.html").write_text(SEARCH, encoding="utf-8")
    return n, min(n, len(articles))


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def time_queries(site: Path, queries: tuple[str, ...]) -> list[dict]:
    from playwright.sync_api import sync_playwright

    from tests.e2e.browser import CHROMIUM_ARGS, serve_folder

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        raise SystemExit("chromium missing: apt-get install chromium")
    results = []
    with sync_playwright() as p, serve_folder(site) as url:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, headless=True)
        for query in queries:
            context = browser.new_context()  # cold cache for every query
            page = context.new_page()
            fetched = []
            page.on("response", lambda r: fetched.append(r) if "/pagefind/" in r.url else None)
            page.goto(url + "suche.html", wait_until="networkidle")
            before = len(fetched)
            start = time.perf_counter()
            page.evaluate("q => window.ui.triggerSearch(q)", query)
            page.wait_for_selector(".pagefind-ui__result-link", timeout=30_000)
            first = time.perf_counter() - start
            page.wait_for_load_state("networkidle")
            count = page.locator(".pagefind-ui__message").inner_text()
            search_bytes = sum(len(r.body()) for r in fetched[before:] if r.ok)
            load_bytes = sum(len(r.body()) for r in fetched[:before] if r.ok)
            results.append({"query": query, "first_result_s": round(first, 3), "message": count,
                            "bytes_query": search_bytes, "bytes_page_load": load_bytes})
            context.close()
        browser.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="evaluation data folder (with news_corpus/)")
    parser.add_argument("--n", type=int, default=1000, help="number of article pages (default 1000)")
    parser.add_argument("--keep", type=Path, help="build into this folder and keep it (default: a temp folder)")
    args = parser.parse_args()
    articles = read_articles(args.data)
    if not articles:
        raise SystemExit(f"no articles in {args.data / 'news_corpus'}")
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-search-"))
    site = work / "site"
    if site.exists():
        shutil.rmtree(site)
    try:
        start = time.perf_counter()
        pages, distinct = write_pages(articles, args.n, site)
        html_bytes, _ = folder_size(site)
        write_s = time.perf_counter() - start
        start = time.perf_counter()
        index_site(site, language="de")
        index_s = time.perf_counter() - start
        index_bytes, index_files = folder_size(site / "pagefind")
        queries = time_queries(site, QUERIES)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    firsts = [q["first_result_s"] for q in queries]
    print(json.dumps({
        "pages": pages, "distinct_articles": distinct, "repeated": pages > distinct,
        "root_selector": ROOT_SELECTOR, "html_mb": round(html_bytes / 1e6, 1), "write_pages_s": round(write_s, 1),
        "pagefind_index_s": round(index_s, 1), "index_mb": round(index_bytes / 1e6, 1), "index_files": index_files,
        "first_result_median_s": round(statistics.median(firsts), 3), "first_result_max_s": max(firsts),
        "queries": queries,
    }, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
