"""PDF reader + cleanup on real German PDFs: pages per second and share of paragraphs that carry a page number.

Usage: PYTHONPATH=generator python eval/eval_pdf.py --data /path/to/shared/eval [--limit N] [--out ...]

Reads every pdf/*/pdf/*.pdf (or pdf/*.pdf) below --data. Also reports blocks, headings, footnotes, removals
and how much text survives cleanup, so regressions in paragraph/heading detection show up as numbers.
The PDFs stay outside the repo.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "generator"))

from briefing.clean import clean_document  # noqa: E402
from briefing.errors import ContentError  # noqa: E402
from briefing.ingest import read_document  # noqa: E402
from briefing.model import BlockKind  # noqa: E402


def find_pdfs(data: Path) -> list[Path]:
    """Every PDF below data/pdf, sorted."""
    return sorted(p for p in (data / "pdf").rglob("*") if p.suffix.lower() == ".pdf")


def measure(path: Path) -> dict:
    """Read and clean one PDF; timings and structure counts."""
    started = time.perf_counter()
    try:
        raw = read_document(path, path.parent)
    except ContentError as exc:
        return {"file": path.name, "error": exc.message}
    read_s = time.perf_counter() - started
    document = clean_document(raw)
    clean_s = time.perf_counter() - started - read_s
    paragraphs = [b for b in document.blocks if b.kind != BlockKind.HEADING]
    return {
        "file": path.name, "pages": len(raw.pages), "read_s": round(read_s, 3), "clean_s": round(clean_s, 3),
        "blocks": len(document.blocks), "paragraphs": len(paragraphs),
        "paragraphs_with_page": sum(1 for b in paragraphs if b.page is not None),
        "headings": len(document.blocks) - len(paragraphs), "footnotes": len(document.footnotes),
        "removals": len(document.removals), "raw_chars": len(raw.text), "clean_chars": len(document.text),
        "language": document.detected.language,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="the shared eval folder")
    parser.add_argument("--limit", type=int, default=0, help="only the first N PDFs")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "pdf.json")
    args = parser.parse_args()
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # font warnings per page drown the numbers
    pdfs = find_pdfs(args.data)[: args.limit or None]
    rows = [measure(p) for p in pdfs]
    ok = [r for r in rows if "error" not in r]
    pages = sum(r["pages"] for r in ok)
    seconds = sum(r["read_s"] + r["clean_s"] for r in ok)
    paragraphs = sum(r["paragraphs"] for r in ok)
    summary = {
        "files": len(rows), "failed": len(rows) - len(ok), "pages": pages,
        "pages_per_second": round(pages / seconds, 2) if seconds else None,
        "clean_pages_per_second": round(pages / sum(r["clean_s"] for r in ok), 1) if ok else None,
        "paragraph_page_share": round(sum(r["paragraphs_with_page"] for r in ok) / paragraphs, 4) if paragraphs else None,
        "headings": sum(r["headings"] for r in ok), "paragraphs": paragraphs,
        "text_kept_share": round(sum(r["clean_chars"] for r in ok) / max(1, sum(r["raw_chars"] for r in ok)), 3),
        "per_file": rows,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"files: {summary['files']} (failed {summary['failed']})  pages: {pages}  "
          f"pages/s: {summary['pages_per_second']} (cleanup alone {summary['clean_pages_per_second']})  "
          f"paragraphs with page: {summary['paragraph_page_share']}  headings: {summary['headings']}  "
          f"text kept: {summary['text_kept_share']}")


if __name__ == "__main__":
    main()
