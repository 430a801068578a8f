"""End-to-end build benchmark on real German news: cold build, warm rebuild, one changed article.

    python bench/bench_build.py --data ../shared/eval --n 1000

Writes a throw-away project (articles as .txt with .yml sidecars) into a temporary folder,
runs `briefing build --json` three times and reports wall time, per-stage times and peak RSS.
The corpus is NonCommercial: it is only read, never copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS_FILES = ("adl_german_news.jsonl", "gnad10k_test.jsonl", "wikinews_de_qa_subset.jsonl")


def load_articles(data: Path, n: int) -> list[dict]:
    """The first n usable articles of the news corpus (title and text present)."""
    articles = []
    for name in CORPUS_FILES:
        path = data / "news_corpus" / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record.get("text") and len(record["text"]) > 200:
                    articles.append(record)
                    if len(articles) >= n:
                        return articles
    return articles


def write_project(target: Path, articles: list[dict]) -> Path:
    """A project folder with mkdocs.yml, templates and the articles; returns mkdocs.yml."""
    import yaml

    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", target / "templates")
    folder = target / "content" / "articles"
    folder.mkdir(parents=True)
    for name in ("actors.yml", "topics.yml"):
        if (ROOT / "content" / name).exists():
            shutil.copy(ROOT / "content" / name, target / "content" / name)
    for i, record in enumerate(articles):
        stem = f"{i:05d}-{record['id']}".replace("/", "-")
        (folder / f"{stem}.txt").write_text(record["text"], encoding="utf-8")
        meta = {k: record[k] for k in ("title", "url") if record.get(k)}
        if record.get("date"):
            meta["date"] = record["date"]
        if record.get("outlet"):
            meta["source"] = record["outlet"]
        (folder / f"{stem}.yml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    return target / "mkdocs.yml"


_WRAPPER = """
import resource, subprocess, sys
result = subprocess.run(sys.argv[1:], capture_output=True, text=True)
sys.stderr.write(result.stderr)
print(result.stdout)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(result.returncode)
"""


def run_build(config: Path, label: str) -> dict:
    """One `briefing build --json`; wall time, stage times and the peak RSS of any process of the build."""
    start = time.perf_counter()
    # A fresh wrapper per run, so the RSS maximum covers this run's processes only.
    result = subprocess.run([sys.executable, "-c", _WRAPPER, sys.executable, "-m", "briefing.cli", "build", "--json",
                             "-f", str(config)], capture_output=True, text=True, check=False,
                            env={**os.environ, "PYTHONPATH": str(ROOT / "generator")})
    wall = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{label}: build failed\n{result.stderr[-2000:]}")
    *json_lines, rss_kib = result.stdout.strip().splitlines()
    summary = json.loads("\n".join(json_lines))
    return {"run": label, "wall_s": round(wall, 2), "stages": summary["timings"], "articles": summary["articles"],
            "peak_rss_mb": round(int(rss_kib) / 1024, 1)}


def main() -> int:
    """Run the benchmark and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="path of shared/eval")
    parser.add_argument("--n", type=int, default=1000, help="number of articles")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "build.json")
    args = parser.parse_args()
    articles = load_articles(args.data, args.n)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        config = write_project(Path(tmp), articles)
        rows.append(run_build(config, "cold"))
        rows.append(run_build(config, "warm, no change"))
        changed = sorted((Path(tmp) / "content" / "articles").glob("*.txt"))[len(articles) // 2]
        changed.write_text(changed.read_text(encoding="utf-8") + "\n\nNachtrag: Die Regierung in Berlin äußerte sich.",
                           encoding="utf-8")
        rows.append(run_build(config, "one article changed"))
    machine = f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    print(f"\n{len(articles)} articles from news_corpus on {machine}\n")
    stages = sorted({s for r in rows for s in r["stages"]})
    print("| run | wall s | " + " | ".join(stages) + " | peak RSS MB |")
    print("|---|---:|" + "---:|" * len(stages) + "---:|")
    for r in rows:
        cells = " | ".join(f"{r['stages'].get(s, 0):.1f}" for s in stages)
        print(f"| {r['run']} | {r['wall_s']:.1f} | {cells} | {r['peak_rss_mb']:.0f} |")
    cold = rows[0]
    if cold["stages"].get("analyze"):
        rate = cold["articles"] / cold["stages"]["analyze"]
        print(f"\nanalysis: {rate:.0f} articles/s on {os.cpu_count()} CPUs ({rate / (os.cpu_count() or 1):.0f} per core)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"machine": machine, "n": len(articles), "runs": rows}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
