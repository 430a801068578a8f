"""Chart planning and SVG rendering time for a corpus of real news (plus related index and export).

Usage: PYTHONPATH=generator python bench/bench_charts.py --data /path/to/shared/eval --n 1000
Builds articles straight from news_corpus/*.jsonl (no files written to the project). Uses the full
analyzers when they are installed, otherwise naive sentences + actor finding only (no figures,
dates, topics): the chart counts then undercount article figure charts and the timeline.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import tempfile
import time
from pathlib import Path

from briefing.actors import find_actors, load_registry
from briefing.corpus import build_corpus
from briefing.model import (
    Analysis, Article, Block, BlockKind, CleanDocument, Metadata, PartialDate, RawDocument, Sentence, SourceFormat,
    Span,
)

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def naive_sentences(text: str) -> tuple[Sentence, ...]:
    return tuple(Sentence(i, Span(m.start(), m.end()), 0) for i, m in enumerate(_SENTENCE.finditer(text)))


def load_rows(folder: Path, n: int) -> list[dict]:
    rows: list[dict] = []
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if "non_article_page" in (row.get("flags") or []) or not row.get("text"):
                    continue
                rows.append(row)
                if len(rows) >= n:
                    return rows
    return rows


def document_of(row: dict) -> tuple[CleanDocument, Metadata]:
    text = row["text"]
    blocks, pos = [], 0
    for para in text.split("\n\n"):
        start = text.index(para, pos)
        blocks.append(Block(BlockKind.PARAGRAPH, Span(start, start + len(para))))
        pos = start + len(para)
    date = None
    if row.get("date"):
        y, m, d = (int(p) for p in row["date"][:10].split("-"))
        date = PartialDate(y, m, d)
    metadata = Metadata(title=row.get("title"), date=date, source=row.get("outlet"), language="de")
    raw = RawDocument(Path(row["id"]), row["id"], SourceFormat.TEXT, text, metadata)
    return CleanDocument(raw, text, tuple(blocks)), metadata


def analyse(rows: list[dict]) -> tuple[list[Article], str, tuple]:
    """Full analysis if available, else the actor finder on naive sentences."""
    registry = load_registry(None)
    try:
        from briefing.analysis import Resources, analyze_document
        from briefing.analyze.topics import load_taxonomy

        resources = Resources(registry, load_taxonomy(None, "de"))

        def run(doc, meta):
            return analyze_document(doc, meta, resources)
        mode, taxonomy = "full analyzers", resources.taxonomy
    except ImportError:
        def run(doc, meta):
            sents = naive_sentences(doc.text)
            found = find_actors(doc.text, sents, registry)
            return Analysis(sentences=sents, actors=found.actors, mentions=found.mentions)
        mode, taxonomy = "actors only (analyzers not installed)", ()
    articles = []
    for i, row in enumerate(rows):
        doc, meta = document_of(row)
        articles.append(Article(f"a{i:05d}", meta, doc, run(doc, meta)))
    return articles, mode, taxonomy


def timed(label: str, fn, *args, **kwargs):
    t0 = time.perf_counter()
    result = fn(*args, **kwargs)
    print(f"{label:<38} {time.perf_counter() - t0:7.2f} s")
    return result


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print timings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="folder with news_corpus/")
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=0, help="chart worker processes (0 = one per CPU)")
    parser.add_argument("--serial", action="store_true", help="also time a cold in-process render")
    args = parser.parse_args(argv)
    rows = load_rows(args.data / "news_corpus", args.n)
    if not rows:
        print("no articles found", file=sys.stderr)
        return 2
    from briefing.charts.plan import plan_charts
    from briefing.charts.svg import render_cached
    from briefing.export import export_files, export_tables
    from briefing.related import related_index
    from briefing.unify import unify_articles

    articles, mode, taxonomy = timed("analysis", analyse, rows)
    print(f"mode: {mode}")
    articles = unify_articles(articles)
    corpus = timed("corpus", build_corpus, articles, taxonomy)
    plan = timed("plan charts (specs)", plan_charts, corpus, "de")
    kinds: dict[str, int] = {}
    for ref in plan:
        kind = ref.key.split("/")[0] + "/" + ref.key.rsplit("/", 1)[-1] if "/" in ref.key else ref.key
        kinds[kind] = kinds.get(kind, 0) + 1
    print(f"{len(corpus.articles)} articles, {len(corpus.actors)} actors, {len(plan)} charts: {kinds}")
    sources = {ref.key: ref.source for ref in plan}
    built = timed("build charts (cold only)", lambda: [source.build() for source in sources.values()])
    drawn = [chart for chart in built if hasattr(chart, "svg")]
    timed(f"draw {len(drawn)} charts in Python (bars, dots)", lambda: [chart.svg("de") for chart in drawn])
    timed(f"Vega-Lite specs of the other {len(built) - len(drawn)}",
          lambda: [source.spec() for source, chart in zip(sources.values(), built) if not hasattr(chart, "svg")])
    workers = args.workers or None
    with tempfile.TemporaryDirectory() as tmp:
        if args.serial:
            timed("render cold, in-process", render_cached, sources, Path(tmp) / "serial", "de", workers=1)
        timed(f"render cold, spawn pool ({workers or 'auto'})", render_cached, sources, Path(tmp) / "pool", "de",
              workers=workers)
        timed("render warm (all cached)", render_cached, sources, Path(tmp) / "pool", "de")
        size = sum(p.stat().st_size for p in (Path(tmp) / "pool").glob("*.svg"))
        print(f"SVG total {size / 1e6:.1f} MB, {size / max(1, len(plan)) / 1e3:.1f} kB/chart")
    timed("related index", related_index, corpus)
    def write_all() -> list[int]:
        sizes = []
        for _, writer in export_files(export_tables(corpus)):
            sink = io.BytesIO()
            writer(sink)
            sizes.append(len(sink.getvalue()))
        return sizes
    sizes = timed("export tables + files", write_all)
    print(f"export: {sum(sizes) / 1e6:.1f} MB in {len(sizes)} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
