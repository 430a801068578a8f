"""Extractive summary vs publisher teasers: ROUGE-1/2/L F1 of summarize() vs lead-k vs random-k.

ROUGE is implemented here (no package): lower-cased word tokens (letters incl. umlauts/ß and digits),
no stemming, F1 per document averaged. The dev file is split deterministically by id hash into a
"tune" half (used to pick the constants in analyze/summary.py) and a "check" half (reported apart).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from eval_sentences import blocks_of  # noqa: E402

from briefing.analyze.sentences import split_sentences  # noqa: E402
from briefing.analyze.summary import summarize  # noqa: E402
from briefing.model import Block, BlockKind, Span  # noqa: E402

_TOKEN = re.compile(r"[0-9a-zäöüß]+")


def tokens(text: str) -> list[str]:
    """German-aware ROUGE tokens."""
    return _TOKEN.findall(text.lower())


def ngrams(words: list[str], n: int) -> dict[tuple, int]:
    """n-gram counts."""
    out: dict[tuple, int] = {}
    for i in range(len(words) - n + 1):
        key = tuple(words[i:i + n])
        out[key] = out.get(key, 0) + 1
    return out


def f1(overlap: int, cand: int, ref: int) -> float:
    """F1 from overlap and lengths."""
    if not overlap:
        return 0.0
    p, r = overlap / cand, overlap / ref
    return 2 * p * r / (p + r)


def rouge_n(cand: list[str], ref: list[str], n: int) -> float:
    """ROUGE-N F1."""
    c, r = ngrams(cand, n), ngrams(ref, n)
    return f1(sum(min(v, r.get(k, 0)) for k, v in c.items()), max(1, sum(c.values())), max(1, sum(r.values())))


def rouge_l(cand: list[str], ref: list[str]) -> float:
    """ROUGE-L F1 (LCS)."""
    if not cand or not ref:
        return 0.0
    prev = [0] * (len(ref) + 1)
    for a in cand:
        cur = [0]
        for j, b in enumerate(ref):
            cur.append(prev[j] + 1 if a == b else max(prev[j + 1], cur[j]))
        prev = cur
    return f1(prev[-1], len(cand), len(ref))


def with_title(title: str | None, document: str) -> tuple[str, tuple[Block, ...]]:
    """The article as the pipeline sees it: title as a heading block, then the paragraphs.

    Baselines and our summary choose among body sentences only (the title is never selected).
    """
    if not title:
        return document, blocks_of(document)
    text = f"{title}\n\n{document}"
    shift = len(title) + 2
    body = tuple(Block(b.kind, Span(b.span.start + shift, b.span.end + shift)) for b in blocks_of(document))
    return text, (Block(BlockKind.HEADING, Span(0, len(title)), level=1), *body)


def half(doc_id: str) -> str:
    """Deterministic split of the dev file."""
    return "tune" if hashlib.sha1(doc_id.encode()).digest()[0] % 2 == 0 else "check"


def evaluate(path: Path, k: int, limit: int | None) -> dict:
    """Mean ROUGE F1 per system and half."""
    rng = random.Random(13)
    sums: dict = {}
    for number, line in enumerate(path.open(encoding="utf-8")):
        if limit and number >= limit:
            break
        doc = json.loads(line)
        text, blocks = with_title(doc.get("title"), doc["document"])
        sentences = split_sentences(text, blocks)
        body = [s.index for s in sentences if blocks[s.block].kind is not BlockKind.HEADING]
        if len(body) <= k:
            continue
        ref = tokens(doc["reference_summary"])
        systems = {
            "summary": summarize(text, sentences, blocks, k),
            f"lead-{k}": tuple(body[:k]),
            f"random-{k}": tuple(sorted(rng.sample(body, k))),
        }
        for name, picked in systems.items():
            cand = tokens(" ".join(sentences[i].span.of(text) for i in picked))
            scores = (rouge_n(cand, ref, 1), rouge_n(cand, ref, 2), rouge_l(cand, ref))
            for part in (half(doc["id"]), "all"):
                entry = sums.setdefault(part, {}).setdefault(name, [0.0, 0.0, 0.0, 0])
                for i, s in enumerate(scores):
                    entry[i] += s
                entry[3] += 1
    return {part: {name: {"rouge1": round(v[0] / v[3], 4), "rouge2": round(v[1] / v[3], 4),
                          "rougeL": round(v[2] / v[3], 4), "docs": v[3]} for name, v in systems_.items()}
            for part, systems_ in sums.items()}


def main() -> None:
    """CLI: python eval/eval_summary.py --data /work/shared/eval"""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="folder holding summarization/")
    parser.add_argument("--k", type=int, default=3, help="sentences per summary (same budget for baselines)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "summary.json")
    args = parser.parse_args()
    results = evaluate(args.data / "summarization" / "teaser_summary_pairs.dev.jsonl", args.k, args.limit)
    print(f"{'half':<6} {'system':<10} {'R1':>7} {'R2':>7} {'RL':>7} {'docs':>6}")
    for part in ("tune", "check", "all"):
        for name, r in results.get(part, {}).items():
            print(f"{part:<6} {name:<10} {r['rouge1']:7.4f} {r['rouge2']:7.4f} {r['rougeL']:7.4f} {r['docs']:6d}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
