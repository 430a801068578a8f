"""Benchmark the PDF path: pypdf text extraction vs. cleanup, pages per second per file.

Usage: PYTHONPATH=generator python bench/bench_pdf.py --data /path/to/shared/eval [--limit N] [--out ...]
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "generator"))

from briefing.clean import clean_document  # noqa: E402
from briefing.ingest import read_document  # noqa: E402


def bench(path: Path, repeat: int) -> dict:
    """Best-of-`repeat` seconds for reading and for cleaning one PDF."""
    read_times, clean_times = [], []
    raw = None
    for _ in range(repeat):
        started = time.perf_counter()
        raw = read_document(path, path.parent)
        read_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        clean_document(raw)
        clean_times.append(time.perf_counter() - started)
    pages = len(raw.pages)
    return {"file": path.name, "pages": pages, "read_s": round(min(read_times), 3),
            "clean_s": round(min(clean_times), 4), "read_pages_s": round(pages / min(read_times), 1),
            "clean_pages_s": round(pages / min(clean_times), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=3, help="number of PDFs")
    # make bench passes --n to every script: here it is the number of PDFs (all 11 for any N >= 11).
    parser.add_argument("--n", type=int, dest="limit", help="same as --limit")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "pdf.json")
    args = parser.parse_args()
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # font warnings per page drown the numbers
    pdfs = sorted(p for p in (args.data / "pdf").rglob("*.pdf"))[: args.limit or None]
    rows = [bench(p, args.repeat) for p in pdfs]
    summary = {"files": len(rows), "pages": sum(r["pages"] for r in rows),
               "median_read_pages_s": statistics.median(r["read_pages_s"] for r in rows),
               "median_clean_pages_s": statistics.median(r["clean_pages_s"] for r in rows), "per_file": rows}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in summary.items() if k != "per_file"}))


if __name__ == "__main__":
    main()
