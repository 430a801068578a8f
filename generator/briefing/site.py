"""Writes the generated docs tree and runs MkDocs into a temporary folder, then swaps it in."""

from __future__ import annotations

import functools
import itertools
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path, PurePosixPath

from .errors import BuildFailed, RenderError
from . import incremental
from .incremental import DocsChange
from .render import Page

ASSETS_PACKAGE = "briefing.assets"


@dataclass(frozen=True, slots=True)
class WriteStats:
    written: int
    unchanged: int
    deleted: int
    change: DocsChange = DocsChange((), ())


def safe_target(root: Path, relpath: str) -> Path:
    """Resolve a docs-relative path, refusing anything that would leave `root`."""
    posix = PurePosixPath(relpath)
    if posix.is_absolute() or ".." in posix.parts or not posix.parts:
        raise RenderError(f"refusing to write outside the docs folder: {relpath!r}")
    # Only a symlinked folder or file could still lead outside; resolving each folder once (not
    # each file) keeps this check cheap on 50,000 pages.
    folder = _resolved(root / Path(*posix.parts[:-1]))
    target = root / Path(*posix.parts)
    if target.is_symlink() or not folder.is_relative_to(_resolved(root)):
        target = target.resolve()
        if not target.is_relative_to(_resolved(root)):
            raise RenderError(f"refusing to write outside the docs folder: {relpath!r}")
    return folder / posix.name


@functools.lru_cache(maxsize=4096)
def _resolved(folder: Path) -> Path:
    return folder.resolve()


def _write_if_changed(target: Path, data: bytes) -> bool:
    # Unchanged files keep their mtime, so `serve` and later stages see only real changes.
    if target.exists() and target.read_bytes() == data:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, target)
    return True


def _asset_files() -> Iterable[tuple[str, bytes]]:
    root = resources.files(ASSETS_PACKAGE)
    stack = [(root, "assets")]
    while stack:
        folder, prefix = stack.pop()
        for item in folder.iterdir():
            if item.name.startswith(("_", ".")):
                continue
            if item.is_dir():
                stack.append((item, f"{prefix}/{item.name}"))
            else:
                yield f"{prefix}/{item.name}", item.read_bytes()


def write_docs(pages: Iterable[Page], docs_dir: Path, extra_files: Iterable[tuple[str, bytes]] = ()) -> WriteStats:
    """Write pages and assets; refuse duplicate paths; delete files no longer generated."""
    docs_dir.mkdir(parents=True, exist_ok=True)
    seen: dict[Path, str] = {}
    written: list[str] = []
    added: list[str] = []
    unchanged = 0
    _resolved.cache_clear()  # folders may have changed since the last build in this process
    # Streamed: one page in memory at a time. None: the page's file is current (pagememo.py).
    items = ((p.path, None if p.markdown is None else p.markdown.encode("utf-8")) for p in pages)
    for relpath, data in itertools.chain(items, _asset_files(), extra_files):
        target = safe_target(docs_dir, relpath)
        if target in seen:
            # pelican's rule: never write the same output twice; a collision is a bug, not a win.
            raise RenderError(f"two pages want the same path: {relpath}")
        seen[target] = PurePosixPath(relpath).as_posix()
        if data is None:
            unchanged += 1
            continue
        existed = target.exists()
        if _write_if_changed(target, data):
            written.append(seen[target])
            if not existed:
                added.append(seen[target])
        else:
            unchanged += 1
    deleted: list[str] = []
    for path in sorted(docs_dir.rglob("*"), reverse=True):
        if path.is_file() and _resolved(path.parent) / path.name not in seen:
            deleted.append(path.relative_to(docs_dir).as_posix())
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    change = DocsChange(tuple(written), tuple(sorted(seen.values())), tuple(added), tuple(sorted(deleted)))
    return WriteStats(len(written), unchanged, len(deleted), change)


def run_mkdocs(mkdocs_file: Path, output: Path, *, strict: bool = False, quiet: bool = True,
               dirty: bool = False) -> None:
    """Run `mkdocs build` into `output`; raise BuildFailed with MkDocs' own message on failure."""
    cmd = [sys.executable, "-m", "mkdocs", "build", "--config-file", str(mkdocs_file), "--site-dir", str(output)]
    if strict:
        cmd.append("--strict")
    if dirty:
        cmd.append("--dirty")
    if quiet:
        cmd.append("--quiet")
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=mkdocs_file.parent, check=False)
    if result.returncode != 0:
        tail = "\n".join((result.stderr or result.stdout).strip().splitlines()[-15:])
        raise BuildFailed(f"mkdocs build failed (the previous site was kept):\n{tail}")


def swap_in(new_site: Path, site_dir: Path) -> None:
    """Replace site_dir with new_site so readers never see a half-written site."""
    old = site_dir.with_name(site_dir.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if site_dir.exists():
        site_dir.rename(old)
    new_site.rename(site_dir)
    if old.exists():
        shutil.rmtree(old)


def build_site(mkdocs_file: Path, build_dir: Path, site_dir: Path, *, strict: bool = False,
               after: Callable[[Path], None] | None = None, change: DocsChange | None = None,
               theme_dir: Path | None = None) -> bool:
    """MkDocs into build/site.new, then atomically replace site/; a failure leaves site/ untouched.

    `after(staging)` post-processes the new site before the swap (publish: the search index).
    With `change` (what write_docs changed), only changed pages are rebuilt when that is safe
    (see incremental.py). Returns True if the build was incremental.
    """
    staging = build_dir / "site.new"
    environment = incremental.environment_digest(mkdocs_file, theme_dir)
    fast = (change is not None and not strict
            and incremental.can_build_incrementally(incremental.read_manifest(build_dir), environment, change,
                                                    site_dir))
    if fast and change is not None and not change.written and not change.deleted:
        return True  # nothing changed since site/ was built: MkDocs and the search index would redo it as it is
    incremental.forget_manifest(build_dir)  # until this build succeeds, the next one must be full
    if staging.exists():
        shutil.rmtree(staging)
    try:
        if fast:
            assert change is not None
            rebuilt = [incremental.output_path(p) for p in change.written]
            gone = [incremental.output_path(p) for p in change.deleted]  # unlinked and not rebuilt
            incremental.copy_site(site_dir, staging,
                                  [*rebuilt, *gone, *incremental.ALWAYS_REWRITTEN, *_pagefind(site_dir)])
            run_mkdocs(mkdocs_file, staging, strict=strict, dirty=True)
            incremental.merge_search_index(site_dir / incremental.SEARCH_JSON, staging, [*rebuilt, *gone])
        else:
            run_mkdocs(mkdocs_file, staging, strict=strict)
        if after is not None:
            after(staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    swap_in(staging, site_dir)
    if change is not None:
        incremental.write_manifest(build_dir, environment, change)
    return fast


def _pagefind(site_dir: Path) -> list[str]:
    # The search index step writes its folder anew: drop the linked copy of the old one.
    folder = site_dir / "pagefind"
    return [p.relative_to(site_dir).as_posix() for p in folder.rglob("*") if p.is_file()] if folder.is_dir() else []
