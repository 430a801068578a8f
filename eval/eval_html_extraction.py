"""HTML reader + cleanup on saved German news pages: share of must_contain / must_not_contain snippets satisfied.

Usage: PYTHONPATH=generator python eval/eval_html_extraction.py --data /path/to/shared/eval [--out ...]

Gold: html_pages/trafilatura_de_news/gold.jsonl (trafilatura's own extraction test gold). A must_contain
snippet counts when it occurs in the cleaned text (whitespace-normalised); a must_not_contain snippet counts
when it does not. The pages stay outside the repo; nothing is tuned per page.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "generator"))

from briefing.clean import clean_document  # noqa: E402
from briefing.errors import ContentError  # noqa: E402
from briefing.ingest import read_document  # noqa: E402


def normalise(text: str) -> str:
    return " ".join(text.split())


def evaluate(folder: Path) -> dict:
    """Per-page and total snippet scores for every page listed in gold.jsonl."""
    rows = [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    pages, totals = [], {"must_contain": [0, 0], "must_not_contain": [0, 0]}
    started = time.perf_counter()
    for row in rows:
        path = folder / row["file"]
        try:
            text = normalise(clean_document(read_document(path, folder)).text)
            error = None
        except ContentError as exc:
            text, error = "", exc.message
        hits = [normalise(s) in text for s in row["must_contain"]]
        clean = [normalise(s) not in text for s in row["must_not_contain"]]
        totals["must_contain"][0] += sum(hits)
        totals["must_contain"][1] += len(hits)
        totals["must_not_contain"][0] += sum(clean)
        totals["must_not_contain"][1] += len(clean)
        pages.append({"file": row["file"], "must_contain": f"{sum(hits)}/{len(hits)}",
                      "must_not_contain": f"{sum(clean)}/{len(clean)}", "error": error,
                      "missed": [s for s, ok in zip(row["must_contain"], hits) if not ok],
                      "leaked": [s for s, ok in zip(row["must_not_contain"], clean) if not ok]})
    seconds = time.perf_counter() - started
    share = {k: round(v[0] / v[1], 3) if v[1] else None for k, v in totals.items()}
    return {"pages": len(rows), "seconds": round(seconds, 2), "must_contain": share["must_contain"],
            "must_not_contain": share["must_not_contain"],
            "counts": {k: f"{v[0]}/{v[1]}" for k, v in totals.items()}, "per_page": pages}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="the shared eval folder")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "html_extraction.json")
    args = parser.parse_args()
    result = evaluate(args.data / "html_pages" / "trafilatura_de_news")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"pages: {result['pages']}  must_contain: {result['must_contain']} ({result['counts']['must_contain']})  "
          f"must_not_contain: {result['must_not_contain']} ({result['counts']['must_not_contain']})  "
          f"[{result['seconds']} s]")


if __name__ == "__main__":
    main()
