"""Throughput of each analyzer (articles/s) on news_corpus articles; sentences are split once up front."""

from __future__ import annotations

import argparse
import json
import sys
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


def main() -> None:
    """CLI: python bench/bench_analyze.py --data /work/shared/eval --n 1000"""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--n", type=int, default=1000)
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
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
