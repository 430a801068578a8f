"""End-to-end build benchmark on real German news: cold build, warm rebuild, one changed article.

    python bench/bench_build.py --data ../shared/eval --n 1000

Writes a throw-away project (articles as .txt with .yml sidecars) into a temporary folder,
runs `briefing build --json` three times and reports wall time, per-stage times, per-stage peak\nRSS and the peak RSS of the whole process tree (main process + analysis workers + MkDocs, sampled).
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
import threading
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


def _descendants(root: int) -> list[int]:
    """The pid and all descendant pids of `root` (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, ()))
    return found


def _tree_rss_mb(root: int) -> float:
    """Resident memory of a process tree right now, in MB: what the machine must hold at once."""
    total = 0
    for pid in _descendants(root):
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def run_build(config: Path, label: str) -> dict:
    """One `briefing build --json`: wall time, stage times, per-stage peaks and the peak RSS of the process tree."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "briefing.cli", "build", "--json", "-f", str(config)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONPATH": str(ROOT / "generator")})
    peak = 0.0
    outputs: list[str] = []
    reader = threading.Thread(target=lambda: outputs.extend(process.communicate()))
    reader.start()
    while process.poll() is None:  # sample the sum over main process, workers and MkDocs
        peak = max(peak, _tree_rss_mb(process.pid))
        time.sleep(0.1)
    reader.join()
    wall = time.perf_counter() - start
    stdout, stderr = outputs
    if process.returncode != 0:
        raise SystemExit(f"{label}: build failed\n{stderr[-2000:]}")
    summary = json.loads(stdout)
    return {"run": label, "wall_s": round(wall, 2), "stages": summary["timings"], "articles": summary["articles"],
            "stage_peak_rss_mb": summary.get("peak_rss_mb", {}), "peak_rss_mb": round(peak, 1),
            "pages_reused": summary.get("pages_reused", 0), "incremental": summary.get("incremental", False)}


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
    print("| run | wall s | " + " | ".join(stages) + " | peak RSS MB | pages kept |")
    print("|---|---:|" + "---:|" * len(stages) + "---:|---:|")
    for r in rows:
        cells = " | ".join(f"{r['stages'].get(s, 0):.1f}" for s in stages)
        print(f"| {r['run']} | {r['wall_s']:.1f} | {cells} | {r['peak_rss_mb']:.0f} | {r['pages_reused']} |")
    print("\nPeak RSS (MB) reached by the end of each stage, largest single process:\n")
    print("| run | " + " | ".join(stages) + " |")
    print("|---|" + "---:|" * len(stages))
    for r in rows:
        cells = " | ".join(f"{r['stage_peak_rss_mb'].get(s, 0):.0f}" for s in stages)
        print(f"| {r['run']} | {cells} |")
    cold = rows[0]
    if cold["stages"].get("analyze"):
        rate = cold["articles"] / cold["stages"]["analyze"]
        print(f"\nanalysis: {rate:.0f} articles/s on {os.cpu_count()} CPUs ({rate / (os.cpu_count() or 1):.0f} per core)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"machine": machine, "n": len(articles), "runs": rows}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
