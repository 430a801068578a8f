"""Sentence splitting vs the gold sentence offsets of the quotes data: boundary precision/recall/F1."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from briefing.analyze.sentences import split_sentences
from briefing.model import Block, BlockKind, Span


def blocks_of(text: str) -> tuple[Block, ...]:
    """Paragraph blocks: the data separates paragraphs by blank lines, as cleaned text does."""
    blocks = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text):
        left = len(m.group()) - len(m.group().lstrip())
        if m.group().strip():
            blocks.append(Block(BlockKind.PARAGRAPH, Span(m.start() + left, m.start() + len(m.group().rstrip()))))
    return tuple(blocks)


def boundaries(spans, text: str) -> set[int]:
    """Sentence end offsets, whitespace-normalised."""
    return {len(text[:end].rstrip()) for _, end in spans}


def evaluate(path: Path, show: int = 0) -> dict:
    """Boundary P/R/F1 over all documents of one split."""
    tp = fp = fn = 0
    shown = 0
    for line in path.open(encoding="utf-8"):
        doc = json.loads(line)
        text = doc["text"]
        gold = boundaries(doc["sentences"], text)
        ours = boundaries([(s.span.start, s.span.end) for s in split_sentences(text, blocks_of(text))], text)
        tp += len(gold & ours)
        fp += len(ours - gold)
        fn += len(gold - ours)
        for kind, pos in [("FP", p) for p in ours - gold] + [("FN", p) for p in gold - ours]:
            if shown < show:
                print(kind, repr(text[max(0, pos - 60):pos]), "|", repr(text[pos:pos + 40]))
                shown += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "gold": tp + fn}


def main() -> None:
    """CLI: python eval/eval_sentences.py --data /work/shared/eval"""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, required=True, help="folder holding quotes/{train,dev}.jsonl")
    parser.add_argument("--show", type=int, default=0, help="print this many errors")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "sentences.json")
    args = parser.parse_args()
    results = {split: evaluate(args.data / "quotes" / f"{split}.jsonl", args.show) for split in ("train", "dev")}
    print(f"{'split':<6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
    for split, r in results.items():
        print(f"{split:<6} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} {r['gold']:6d}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
