"""Full MkDocs builds of large sites in shards: several MkDocs processes, each rendering a share of the pages.

One `mkdocs build` renders every page in one process and holds them all in memory until the end
(3.8 GB and ten minutes for 42,000 pages). Here each shard is a stock MkDocs build of the same
mkdocs.yml, started through MkDocs' Python API with `exclude_docs` extended (no plugin, nothing in
mkdocs.yml): excluded pages stay known to MkDocs, so links and the nav resolve exactly as in one
build; only their HTML is not written. Shard 0 builds the nav pages and the index pages and copies
every static file; every other shard builds the article and actor pages whose slug starts with one of
its name prefixes. The outputs are then merged into shard 0's folder: pages moved in, search index entries
and sitemap URLs appended. Shards run `workers` at a time, so memory is bounded by the shard size.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from .errors import BuildFailed, mkdocs_failed
from .incremental import SEARCH_JSON, output_path, write_search_index

# Folders with one page per article/actor: the bulk of a large site, and not in the nav.
SHARDED_FOLDERS = ("artikel", "akteure")
# Shards of at most this many pages keep each MkDocs process under 1 GB.
PAGES_PER_SHARD = 6000
# Below this, starting a second MkDocs (theme, file objects, merging) costs more than the second CPU saves;
# above it a site is split at least once per worker (1,000 articles: 6,000 pages, 77 -> 56 s on 2 CPUs).
MIN_PAGES_TO_SHARD = 2000
SITEMAP = "sitemap.xml"


@dataclass(frozen=True, slots=True)
class Shard:
    """One MkDocs run: the name prefixes of the sharded pages it builds (shard 0 also builds the rest)."""

    index: int
    prefixes: tuple[str, ...]  # a sharded page whose name starts with one of these is this shard's
    pages: tuple[str, ...]  # docs-relative .md paths this shard writes


def shard_count(pages: int, workers: int, per_shard: int | None = None) -> int:
    """How many shards a site of `pages` pages gets: 1 for small sites or one worker, else at least `workers`."""
    per_shard = per_shard or PAGES_PER_SHARD
    if pages < 2 * per_shard and (workers < 2 or pages < MIN_PAGES_TO_SHARD):
        return 1
    return max(workers, math.ceil(pages / per_shard))


def page_count(files: Iterable[str]) -> int:
    """Number of Markdown pages among docs-relative file paths."""
    return sum(1 for p in files if p.endswith(".md"))


def _sharded_name(path: str) -> str | None:
    """File name (no .md) of a sharded page, None for pages every build of shard 0 keeps."""
    posix = PurePosixPath(path)
    if posix.suffix != ".md" or len(posix.parts) != 2 or posix.parts[0] not in SHARDED_FOLDERS \
            or posix.name == "index.md":
        return None
    return posix.stem if re.fullmatch(r"[a-z0-9-]+", posix.stem) else None  # slugs; anything else: shard 0


def name_prefixes(weights: Mapping[str, float], limit: float) -> dict[str, list[str]]:
    """Prefix-free prefixes covering the names, each shared by names weighing at most `limit` together
    where names allow; with the names under each.

    First letters alone are not enough: file names often share a start ("2024-05-…", or the running
    numbers of an archive), and one letter with 9,000 articles made one shard run for 14 minutes.
    A name equal to a prefix that was split further has no prefix: it is left to shard 0.
    """
    out: dict[str, list[str]] = {}
    todo = [("", list(weights))]
    while todo:
        prefix, group = todo.pop()
        if prefix and (len(group) == 1 or sum(weights[name] for name in group) <= limit):
            out[prefix] = group
            continue
        children: dict[str, list[str]] = {}
        for name in group:
            if len(name) > len(prefix):
                children.setdefault(name[: len(prefix) + 1], []).append(name)
        todo.extend(children.items())
    return out


def page_weight(size: int) -> float:
    """MkDocs' cost of a page of `size` bytes in empty pages: theme and page objects, plus Markdown by length.

    Measured at 9,000 articles: an article page (~15 KB) took ~3 times an actor page (~3 KB).
    """
    return 1 + size / 3000


def plan_shards(pages: Sequence[str], count: int, sizes: Mapping[str, int] | None = None) -> tuple[Shard, ...]:
    """Split the pages into `count` shards of consecutive name prefixes, with about equal work each
    (`sizes`: bytes per page, see page_weight; without them every page counts alike)."""
    sizes = sizes or {}
    weight = {p: page_weight(sizes.get(p, 0)) for p in pages if p.endswith(".md")}
    named = {p: name for p in weight if (name := _sharded_name(p))}
    by_name: dict[str, float] = {}
    for page, name in named.items():  # the same name in artikel/ and akteure/: one shard builds both
        by_name[name] = by_name.get(name, 0.0) + weight[page]
    share = sum(weight.values()) / count
    buckets = name_prefixes(by_name, share / 4)  # ~4 buckets a shard: room to balance
    done = sum(w for p, w in weight.items() if p not in named)  # shard 0's own pages
    owned: list[list[str]] = [[] for _ in range(count)]
    owner: dict[str, int] = {}
    # Consecutive prefixes share a parent, so a shard's prefixes collapse into a few globs (_globs).
    for prefix in sorted(buckets):
        load = sum(by_name[name] for name in buckets[prefix])
        index = min(count - 1, int((done + load / 2) // share))
        owned[index].append(prefix)
        owner.update(dict.fromkeys(buckets[prefix], index))
        done += load
    built: list[list[str]] = [[] for _ in range(count)]
    for page in weight:
        built[owner.get(named.get(page, ""), 0)].append(page)
    return tuple(Shard(i, tuple(owned[i]), tuple(built[i])) for i in range(count))


def _globs(prefixes: Iterable[str]) -> list[str]:
    """Name globs matching exactly the names starting with one of the prefixes: siblings share a class."""
    by_parent: dict[str, list[str]] = {}
    for prefix in prefixes:
        by_parent.setdefault(prefix[:-1], []).append(prefix[-1])
    # "-" first in a class is literal; a few globs instead of hundreds keep MkDocs' matching of every file cheap
    return [f"{parent}[{''.join(sorted(last, key=lambda c: (c != '-', c)))}]*"
            for parent, last in sorted(by_parent.items())]


def exclude_patterns(shard: Shard, shards: Sequence[Shard]) -> list[str]:
    """gitignore-style `exclude_docs` lines that leave exactly the shard's own pages (and files) to build."""
    if shard.index == 0:
        others = _globs(p for s in shards if s.index != 0 for p in s.prefixes)
        lines = [f"/{folder}/{glob}.md" for glob in others for folder in SHARDED_FOLDERS]
        return lines + [f"!/{folder}/index.md" for folder in SHARDED_FOLDERS]
    lines = ["*", "!*/"]  # everything out, folders back in so that the pages below can be re-included
    lines += [f"!/{folder}/{glob}.md" for glob in _globs(shard.prefixes) for folder in SHARDED_FOLDERS]
    return lines + [f"/{folder}/index.md" for folder in SHARDED_FOLDERS]


def build_sharded(mkdocs_file: Path, pages: Sequence[str], output: Path, *, workers: int, strict: bool = False,
                  quiet: bool = True, per_shard: int | None = None, docs_dir: Path | None = None) -> int:
    """Build the site into `output` in shards (one plain run for small sites); returns the number of shards.

    With `docs_dir` (where `pages` are) the shards are balanced by page size, else by page count."""
    count = shard_count(page_count(pages), max(1, workers), per_shard)
    shards = plan_shards(pages, count, _sizes(docs_dir, pages) if docs_dir else None)
    outputs = [output] + [output.with_name(f"{output.name}.shard{s.index}") for s in shards[1:]]
    try:
        _run_all(mkdocs_file, shards, outputs, max(1, workers), strict, quiet)
        for shard, folder in zip(shards[1:], outputs[1:]):
            move_pages(output, folder, shard)
        _merge_search(output, outputs[1:])
        _merge_sitemap(output, outputs[1:])
    finally:
        for folder in outputs[1:]:
            shutil.rmtree(folder, ignore_errors=True)
    return count


def _sizes(docs_dir: Path, pages: Sequence[str]) -> dict[str, int]:
    """Bytes of each Markdown page (0 if it cannot be read: the plan only balances by it)."""
    out = {}
    for page in pages:
        if page.endswith(".md"):
            try:
                out[page] = (docs_dir / page).stat().st_size
            except OSError:
                out[page] = 0
    return out


def _command(mkdocs_file: Path, site_dir: Path, patterns: list[str], strict: bool, quiet: bool) -> list[str]:
    cmd = [sys.executable, "-m", "briefing.shards", "--config-file", str(mkdocs_file), "--site-dir", str(site_dir),
           "--exclude", "\n".join(patterns)]
    return cmd + (["--strict"] if strict else []) + (["--quiet"] if quiet else [])


def _run_all(mkdocs_file: Path, shards: Sequence[Shard], outputs: Sequence[Path], workers: int, strict: bool,
             quiet: bool) -> None:
    """Run the shards, at most `workers` at a time; on the first failure stop the others and raise."""
    waiting = list(zip(shards, outputs))
    running: list[tuple[subprocess.Popen, IO[str]]] = []
    try:
        while waiting or running:
            while waiting and len(running) < workers:
                shard, folder = waiting.pop(0)
                log = tempfile.TemporaryFile("w+", encoding="utf-8")  # a file, not a pipe: output never blocks
                cmd = _command(mkdocs_file, folder, exclude_patterns(shard, shards), strict, quiet)
                running.append((subprocess.Popen(cmd, cwd=mkdocs_file.parent, stdout=log, stderr=subprocess.STDOUT),
                                log))
            finished = [(p, log) for p, log in running if p.poll() is not None]
            if not finished:
                time.sleep(0.1)  # the next shard starts as soon as any one ends
                continue
            for process, log in finished:
                running.remove((process, log))
                log.seek(0)
                out = log.read()
                log.close()
                if process.returncode != 0:
                    raise mkdocs_failed(out)
    finally:
        for process, log in running:
            process.kill()
            process.wait()
            log.close()


def move_pages(site: Path, folder: Path, shard: Shard) -> None:
    """Move a shard's pages into the site; every page the shard owns must be there."""
    for page in shard.pages:
        relpath = output_path(page)
        source = folder / relpath
        if not source.is_file():
            raise BuildFailed(f"mkdocs build of shard {shard.index} did not write {relpath}")
        target = site / relpath
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, target)


def _merge_search(site: Path, folders: Sequence[Path]) -> None:
    """Append the other shards' search entries to shard 0's index, written once."""
    base = site / SEARCH_JSON
    extras = [f / SEARCH_JSON for f in folders if (f / SEARCH_JSON).is_file()]
    if not extras or not base.is_file():
        return
    merged = json.loads(base.read_text(encoding="utf-8"))
    for extra in extras:
        merged["docs"] = merged.get("docs", []) + json.loads(extra.read_text(encoding="utf-8")).get("docs", [])
    write_search_index(site, merged)


def _merge_sitemap(site: Path, folders: Sequence[Path]) -> None:
    """Append the other shards' sitemap URLs to shard 0's sitemap (and its .gz), written once."""
    base = site / SITEMAP
    urls = [u for f in folders if (f / SITEMAP).is_file()
            for u in re.findall(r"<url>.*?</url>", (f / SITEMAP).read_text(encoding="utf-8"), re.S)]
    if not urls or not base.is_file():
        return
    text = base.read_text(encoding="utf-8").replace("</urlset>", "".join(f"    {u}\n" for u in urls) + "</urlset>")
    base.write_text(text, encoding="utf-8")
    with gzip.GzipFile(site / f"{SITEMAP}.gz", "wb", mtime=0) as packed:
        packed.write(text.encode("utf-8"))


def _build_one(config_file: str, site_dir: str, exclude: str, strict: bool, quiet: bool) -> None:
    """One shard: load mkdocs.yml as `mkdocs build` would, add our exclusions to the user's, build."""
    import logging

    import pathspec
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.WARNING if quiet else logging.INFO)
    if not logging.getLogger().handlers:
        logging.basicConfig(format="%(levelname)s - %(message)s")
    config = load_config(config_file=config_file, site_dir=site_dir, strict=strict)
    ours = pathspec.GitIgnoreSpec.from_lines(exclude.splitlines())
    user: Iterable = config["exclude_docs"].patterns if config["exclude_docs"] else ()
    config["exclude_docs"] = pathspec.GitIgnoreSpec([*ours.patterns, *user])  # the user's exclusions still win
    config.plugins.on_startup(command="build", dirty=False)  # what `mkdocs build` does around build()
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()


def main(argv: list[str] | None = None) -> None:
    """Entry point of one shard process (python -m briefing.shards)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config-file", required=True)
    parser.add_argument("--site-dir", required=True)
    parser.add_argument("--exclude", default="")
    parser.add_argument("--strict", action="store_true")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    from mkdocs.exceptions import Abort

    try:
        _build_one(args.config_file, args.site_dir, args.exclude, args.strict, args.quiet)
    except Abort as exc:
        print(exc, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
