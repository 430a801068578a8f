"""Writes the generated docs tree and runs MkDocs into a temporary folder, then swaps it in."""

from __future__ import annotations

import filecmp
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
from typing import IO

from .errors import RenderError, mkdocs_failed
from . import incremental, shards
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
    posix = PurePosixPath(_docs_key(relpath))
    base = _resolved(root)
    folder = base
    for part in posix.parts[:-1]:
        folder = _checked(folder, part, base)
        if folder is None:
            raise RenderError(f"refusing to write outside the docs folder: {relpath!r}")
    target = folder / posix.name
    if target.is_symlink():  # a link planted in docs/ could lead anywhere
        if not target.resolve().is_relative_to(base):
            raise RenderError(f"refusing to write outside the docs folder: {relpath!r}")
    return target


@functools.lru_cache(maxsize=None)
def _resolved(folder: Path) -> Path:
    return folder.resolve()


@functools.lru_cache(maxsize=None)
def _checked(parent: Path, name: str, base: Path) -> Path | None:
    """parent/name with a symlinked folder resolved; None when it leads outside `base`.

    Cached per folder (cleared by write_docs): an archive's 30,000 chart folders cost one lstat each,
    not a full resolve of every path.
    """
    folder = parent / name
    if folder.is_symlink():
        folder = folder.resolve()
        if not folder.is_relative_to(base):
            return None
    return folder


def _write_if_changed(target: Path, data: bytes | Callable[[IO[bytes]], None]) -> bool:
    # Unchanged files keep their mtime, so `serve` and later stages see only real changes.
    if isinstance(data, bytes) and target.exists() and target.read_bytes() == data:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    if isinstance(data, bytes):
        tmp.write_bytes(data)
    else:  # a writer: large files (data exports) go to disk as they are made, never whole in memory
        with tmp.open("wb") as handle:
            data(handle)
        if target.exists() and filecmp.cmp(tmp, target, shallow=False):
            tmp.unlink()
            return False
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


def _docs_key(relpath: str) -> str:
    """The normalised docs path of a page (what DocsChange lists); refuses paths leaving the folder."""
    posix = PurePosixPath(relpath)
    if posix.is_absolute() or ".." in posix.parts or not posix.parts:
        raise RenderError(f"refusing to write outside the docs folder: {relpath!r}")
    return posix.as_posix()


def write_docs(pages: Iterable[Page], docs_dir: Path,
               extra_files: Iterable[tuple[str, bytes | Callable[[IO[bytes]], None] | None]] = ()) -> WriteStats:
    """Write pages and assets; refuse duplicate paths; delete files no longer generated.

    An extra file's data is its bytes, a function writing them to a binary file, or None (keep it as is).
    """
    docs_dir.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    targets: set[Path] = set()
    written: list[str] = []
    added: list[str] = []
    unchanged = 0
    _resolved.cache_clear()  # folders may have changed since the last build in this process
    _checked.cache_clear()
    # Streamed: one page in memory at a time. None: the page's file is current (pagememo.py).
    items = ((p.path, None if p.markdown is None else p.markdown.encode("utf-8")) for p in pages)
    for relpath, data in itertools.chain(items, _asset_files(), extra_files):
        key = _docs_key(relpath)
        if key in seen:
            # pelican's rule: never write the same output twice; a collision is a bug, not a win.
            raise RenderError(f"two pages want the same path: {relpath}")
        seen.add(key)
        if data is None:
            # Kept as it is: nothing is written, so only the path is checked (cheap on 50,000 pages).
            unchanged += 1
            continue
        target = safe_target(docs_dir, relpath)
        if target in targets:  # two spellings of one file (through a symlinked folder)
            raise RenderError(f"two pages want the same path: {relpath}")
        targets.add(target)
        existed = target.exists()
        if _write_if_changed(target, data):
            written.append(key)
            if not existed:
                added.append(key)
        else:
            unchanged += 1
    deleted = _delete_others(docs_dir, seen)
    change = DocsChange(tuple(written), tuple(sorted(seen)), tuple(added), tuple(deleted))
    return WriteStats(len(written), unchanged, len(deleted), change)


def _delete_others(docs_dir: Path, keep: set[str]) -> list[str]:
    """Delete the files in docs_dir that are not in `keep` (docs paths) and the folders left empty."""
    deleted: list[str] = []
    root = str(docs_dir)
    # Bottom-up with plain strings: Path objects for 50,000 files cost more than the walk itself.
    for folder, subfolders, names in os.walk(root, topdown=False):
        rel = os.path.relpath(folder, root).replace(os.sep, "/")
        prefix = "" if rel == "." else rel + "/"
        kept_here = False
        for name in names:
            if prefix + name in keep:
                kept_here = True
                continue
            os.unlink(os.path.join(folder, name))
            deleted.append(prefix + name)
        if prefix and not kept_here and not os.listdir(folder):
            os.rmdir(folder)
    return sorted(deleted)


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
        raise mkdocs_failed(result.stderr or result.stdout)


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
               after: Callable[[Path, list[str] | None], None] | None = None, change: DocsChange | None = None,
               theme_dir: Path | None = None, workers: int = 1) -> bool:
    """MkDocs into build/site.new, then atomically replace site/; a failure leaves site/ untouched.

    A full build of a large site runs in shards, `workers` MkDocs processes at a time (shards.py).

    `after(staging, changed)` post-processes the new site before the swap (publish: the search
    index); `changed` lists the site files rebuilt or deleted since site/, None after a full build.
    With `change` (what write_docs changed), only changed pages are rebuilt when that is safe
    (see incremental.py). Returns True if the build was incremental.
    """
    staging = build_dir / "site.new"
    environment = incremental.environment_digest(mkdocs_file, theme_dir)
    fast = (change is not None and not strict
            and incremental.can_build_incrementally(incremental.read_manifest(build_dir), environment, change,
                                                    site_dir))
    if fast and change is not None and not change.written and not change.deleted:
        # Nothing changed since site/ was built: MkDocs and the search index would redo it as it is.
        incremental.write_manifest(build_dir, environment, change)  # site/ matches build/docs again
        return True
    incremental.forget_manifest(build_dir)  # until this build succeeds, the next one must be full
    if staging.exists():
        shutil.rmtree(staging)
    changed: list[str] | None = None  # site files that differ from site/ (None: any may)
    try:
        if fast:
            assert change is not None
            rebuilt = [incremental.output_path(p) for p in change.written]
            gone = [incremental.output_path(p) for p in change.deleted]  # unlinked and not rebuilt
            changed = [*rebuilt, *gone, *incremental.ALWAYS_REWRITTEN]
            # The search index keeps its unchanged parts; it moves folders and never writes into
            # the linked files (publish/search.py), so they stay linked too.
            incremental.copy_site(site_dir, staging, changed)
            run_mkdocs(mkdocs_file, staging, strict=strict, dirty=True)
            incremental.merge_search_index(site_dir / incremental.SEARCH_JSON, staging, [*rebuilt, *gone])
        elif change is not None and shards.shard_count(shards.page_count(change.files), workers) > 1:
            shards.build_sharded(mkdocs_file, change.files, staging, workers=workers, strict=strict,
                                 docs_dir=build_dir / "docs")
        else:
            run_mkdocs(mkdocs_file, staging, strict=strict)
        if after is not None:
            after(staging, changed)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    swap_in(staging, site_dir)
    if change is not None:
        incremental.write_manifest(build_dir, environment, change)
    return fast

