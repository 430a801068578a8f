"""Throughput of find_actors on real news: articles per second on one core.

Usage: PYTHONPATH=generator python bench/bench_actors.py --data /path/to/shared/eval --n 1000
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from briefing.actors import find_actors, load_registry
from briefing.model import Sentence, Span

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def sentences(text: str) -> tuple[Sentence, ...]:
    """Naive splitter: the benchmark measures actor finding, not sentence splitting."""
    return tuple(Sentence(i, Span(m.start(), m.end()), 0) for i, m in enumerate(_SENTENCE.finditer(text)))


def load_texts(folder: Path, n: int) -> list[str]:
    texts: list[str] = []
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if "non_article_page" in (row.get("flags") or []):
                    continue
                texts.append(row.get("text") or "")
                if len(texts) >= n:
                    return texts
    return texts


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print articles/s."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="folder with news_corpus/")
    parser.add_argument("--n", type=int, default=1000)
    args = parser.parse_args(argv)
    texts = load_texts(args.data / "news_corpus", args.n)
    if not texts:
        print("no articles found", file=sys.stderr)
        return 2
    registry = load_registry(None)
    t0 = time.perf_counter()
    find_actors("Warm-up: Donald Trump in Berlin.", (), registry)  # builds the index, loads HanTa
    warm = time.perf_counter() - t0
    prepared = [(t, sentences(t)) for t in texts]
    words = sum(len(t.split()) for t in texts)
    mentions = 0
    t0 = time.perf_counter()
    for text, sents in prepared:
        mentions += len(find_actors(text, sents, registry).mentions)
    seconds = time.perf_counter() - t0
    print(f"{len(texts)} articles, {words} words ({words / len(texts):.0f}/article), {mentions} mentions")
    print(f"warm-up (index + HanTa): {warm:.2f} s")
    print(f"{seconds:.2f} s -> {len(texts) / seconds:.1f} articles/s, {words / seconds:.0f} words/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
