"""Throughput of each analyzer (articles/s) on news_corpus articles; sentences are split once up front.

Also end to end, on one core: `pipeline.analyse_file` on .txt + .yml files written as bench_build.py
writes them (reading, cleaning, every analyzer, the Article), plus what returning and caching a result
costs (pickling it for the pool, unpickling it in the main process, writing the cache entry).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import tempfile
import time
from pathlib import Path

from briefing.analyze.dates import find_dates
from briefing.analyze.figures import find_figures
from briefing.analyze.keyphrases import find_keyphrases
from briefing.analyze.quotes import find_quotes
from briefing.analyze.sentences import split_sentences
from briefing.analyze.summary import summarize
from briefing.analyze.topics import assign_topics, load_taxonomy
from briefing.model import Block, BlockKind, Span


def load(data: Path, n: int) -> list[tuple[str, tuple[Block, ...]]]:
    """First n articles of news_corpus/*.jsonl (schema: text = paragraphs joined by blank lines)."""
    docs = []
    for path in sorted((data / "news_corpus").glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            text = json.loads(line).get("text") or ""
            blocks, pos = [], 0
            for part in text.split("\n\n"):
                if part.strip():
                    blocks.append(Block(BlockKind.PARAGRAPH, Span(pos, pos + len(part))))
                pos += len(part) + 2
            docs.append((text, tuple(blocks)))
            if len(docs) == n:
                return docs
    return docs


def spread(data: Path, n: int) -> list[dict]:
    """n usable articles (bench_build.py's choice) spread evenly over the whole news corpus, all sources."""
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_build import load_articles

    everything = load_articles(data, 100_000)
    step = max(1, len(everything) // max(1, n))
    return everything[::step][:n]


def _clocks() -> tuple[float, float]:
    """(wall, CPU of this process): CPU time is the fairer clock on a machine shared with other work."""
    return time.perf_counter(), time.process_time()


def _rate(count: int, start: tuple[float, float]) -> dict[str, float]:
    """Articles per second since `start`, by wall clock and by CPU time."""
    wall, cpu = _clocks()
    return {"wall": round(count / (wall - start[0]), 1), "cpu": round(count / (cpu - start[1]), 1)}


def end_to_end(data: Path, n: int) -> dict:
    """analyse_file per article on .txt + .yml files, single process, and the cost of handing results back."""
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_build import write_project

    from briefing.actors import load_registry
    from briefing.analysis import Resources
    from briefing.cache import dumps_fast
    from briefing.pipeline import analyse_file

    with tempfile.TemporaryDirectory() as tmp:
        write_project(Path(tmp), spread(data, n))
        content = Path(tmp) / "content"
        folder = content / "articles"
        resources = Resources(load_registry(content / "actors.yml"), load_taxonomy(content / "topics.yml"))
        paths = sorted(folder.glob("*.txt"))
        start = _clocks()
        analyse_file(paths[0], folder, resources)  # loads HanTa and builds the registry index, once per worker
        warm_up = round(time.perf_counter() - start[0], 2)
        start = _clocks()
        articles = [analyse_file(path, folder, resources) for path in paths]
        analysed = _rate(len(paths), start)
    start = _clocks()
    sent = [pickle.dumps(a, pickle.HIGHEST_PROTOCOL) for a in articles]  # what ProcessPoolExecutor does
    pickled = _rate(len(sent), start)
    start = _clocks()
    for blob in sent:
        pickle.loads(blob)  # noqa: S301 - our own objects
    unpickled = _rate(len(sent), start)
    start = _clocks()
    for article in articles:
        dumps_fast(article)  # ArticleCache.put's serialisation, in the main process
    cached = _rate(len(articles), start)
    return {"articles": len(paths), "warm_up_s": warm_up, "analyse_file": analysed,
            "worker_pickle": pickled, "main_unpickle": unpickled, "main_cache_put": cached,
            "mean_pickle_kb": round(sum(map(len, sent)) / len(sent) / 1024, 1)}


def _print_end_to_end(result: dict) -> None:
    """The end-to-end figures, one line each."""
    print(f"\nend to end, {result['articles']} .txt + .yml articles, one process "
          f"(warm-up {result['warm_up_s']} s, not counted):")
    for key in ("analyse_file", "worker_pickle", "main_unpickle", "main_cache_put"):
        rate = result[key]
        print(f"{key:<15} {rate['wall']:10.1f} articles/s wall {rate['cpu']:10.1f} articles/s CPU")
    print(f"mean pickled article: {result['mean_pickle_kb']} KB")
    worker = 1 / (1 / result["analyse_file"]["wall"] + 1 / result["worker_pickle"]["wall"])
    main = 1000 * (1 / result["main_unpickle"]["wall"] + 1 / result["main_cache_put"]["wall"])
    print(f"per core, analysis + pickling the result: {worker:.1f} articles/s; "
          f"main process per article: {main:.2f} ms (unpickle + cache entry)")


def main() -> None:
    """CLI: python bench/bench_analyze.py --data /work/shared/eval --n 1000"""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--e2e-n", type=int, default=300, help="articles for the end-to-end figure (0: skip)")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "analyze.json")
    args = parser.parse_args()
    docs = load(args.data, args.n)
    words = sum(len(t.split()) for t, _ in docs) / max(1, len(docs))
    taxonomy = load_taxonomy(None)
    started = time.perf_counter()
    split = [split_sentences(t, b) for t, b in docs]
    timings = {"sentences": time.perf_counter() - started}
    runs = {
        "figures": lambda t, b, s: find_figures(t, s),
        "quotes": lambda t, b, s: find_quotes(t, s, (), ()),  # mentions come from the actor stage
        "dates": lambda t, b, s: find_dates(t, s),
        "topics": lambda t, b, s: assign_topics(t, s, taxonomy),
        "keyphrases": lambda t, b, s: find_keyphrases(t, s),
        "summary": lambda t, b, s: summarize(t, s, b, 4),
    }
    for name, run in runs.items():
        started = time.perf_counter()
        for (text, blocks), sentences in zip(docs, split):
            run(text, blocks, sentences)
        timings[name] = time.perf_counter() - started
    total = sum(timings.values())
    result = {"articles": len(docs), "mean_words": round(words), "articles_per_s": {
        k: round(len(docs) / v, 1) for k, v in timings.items()} | {"all": round(len(docs) / total, 1)}}
    print(f"{len(docs)} articles, mean {words:.0f} words")
    for name, rate in result["articles_per_s"].items():
        print(f"{name:<11} {rate:10.1f} articles/s")
    if args.e2e_n:
        result["end_to_end"] = end_to_end(args.data, args.e2e_n)
        _print_end_to_end(result["end_to_end"])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
