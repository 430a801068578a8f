"""Incremental MkDocs: after a small change, rebuild only the pages whose files changed.

MkDocs' own `--dirty` build skips pages whose source is older than their output, but on its own it
writes a search index of the rebuilt pages only, and it writes into the live site. Here it runs on
a hard-linked copy of the last site (files that will be rewritten are unlinked first, so the live
site is never touched), and the search index is merged with the previous one afterwards. The fast
path is taken only when nothing but page contents changed: same file list, same mkdocs.yml, same
theme overrides, same MkDocs and Material versions. Anything else gets a full build.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path, PurePosixPath

from .cache import folder_digest

MANIFEST = "site-manifest.json"
# Exists from the moment build/docs is written until MkDocs has built site/ from it.
PENDING = "docs-pending"
# Above this share of changed files a full build costs about the same and is simpler.
MAX_CHANGED_SHARE = 0.25
# Written on every MkDocs build whatever changed; unlinked in the copy before the dirty build.
ALWAYS_REWRITTEN = ("search/search_index.json", "search/search_index.js", "sitemap.xml", "sitemap.xml.gz", "404.html")
SEARCH_JSON = "search/search_index.json"
SEARCH_JS = "search/search_index.js"


@dataclass(frozen=True, slots=True)
class DocsChange:
    """What the page-writing step changed in the docs folder."""

    written: tuple[str, ...]  # docs-relative paths whose bytes changed (new files included)
    files: tuple[str, ...]  # every docs-relative path now in the docs folder, sorted
    added: tuple[str, ...] = ()  # new since the last build (also in `written`)
    deleted: tuple[str, ...] = ()  # gone since the last build

    @property
    def structure_changed(self) -> bool:
        """Files were added or deleted."""
        return bool(self.added or self.deleted)

    @property
    def nav_changed(self) -> bool:
        """A top-level page came or went: the nav (built from those) would differ on every page."""
        return any("/" not in path and path.endswith(".md") for path in (*self.added, *self.deleted))


def environment_digest(mkdocs_file: Path, theme_dir: Path | None) -> str:
    """Everything besides the docs that shapes each HTML page: configuration, theme overrides, versions."""
    digest = hashlib.sha256(mkdocs_file.read_bytes())
    for package in ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions"):
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=absent".encode())
    if theme_dir is not None:
        digest.update(folder_digest(theme_dir).encode())
    return digest.hexdigest()


def read_manifest(build_dir: Path) -> dict:
    """The manifest of the last successful build, or {} if there is none or it is unreadable."""
    return read_json_object(build_dir / MANIFEST)


def read_json_object(path: Path) -> dict:
    """A JSON object from a file this tool wrote, or {} if it is missing, unreadable or not an object."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_manifest(build_dir: Path, environment: str, change: DocsChange) -> None:
    """Record what the site just built was made from (after the swap, so it describes site/)."""
    target = build_dir / MANIFEST
    tmp = target.with_name(MANIFEST + ".tmp")
    tmp.write_text(json.dumps({"environment": environment, "files": list(change.files)}), encoding="utf-8")
    os.replace(tmp, target)
    (build_dir / PENDING).unlink(missing_ok=True)


def begin_docs_change(build_dir: Path) -> None:
    """Call before writing build/docs: a build that stops before MkDocs finishes makes the next one full.

    The next build compares pages with build/docs, not with site/: after a build that wrote its
    pages but never got through MkDocs (an error, Ctrl-C), it would find nothing changed and keep
    the older site/.
    """
    marker = build_dir / PENDING
    if marker.exists():
        forget_manifest(build_dir)
    build_dir.mkdir(parents=True, exist_ok=True)
    marker.touch()


def forget_manifest(build_dir: Path) -> None:
    """Force the next build to be a full one (e.g. after a failed or interrupted build)."""
    (build_dir / MANIFEST).unlink(missing_ok=True)


def can_build_incrementally(manifest: dict, environment: str, change: DocsChange, site_dir: Path) -> bool:
    """True when only page contents changed since the site in `site_dir` was built."""
    if not manifest or not site_dir.is_dir() or not (site_dir / SEARCH_JSON).is_file():
        return False
    # Articles, actors and topics are not in the nav: pages of theirs may come and go (the pages
    # linking to them changed and are rebuilt too); a nav page coming or going needs a full build.
    if change.nav_changed or manifest.get("environment") != environment:
        return False
    before = sorted((set(change.files) - set(change.added)) | set(change.deleted))
    if manifest.get("files") != before:  # the last site was not built from this docs folder
        return False
    return len(change.written) <= MAX_CHANGED_SHARE * max(1, len(change.files))


def output_path(docs_path: str) -> str:
    """Where MkDocs writes a docs file (use_directory_urls: false): pages become .html, the rest is copied."""
    posix = PurePosixPath(docs_path)
    return posix.with_suffix(".html").as_posix() if posix.suffix == ".md" else posix.as_posix()


def copy_site(site_dir: Path, staging: Path, rewritten: Iterable[str]) -> None:
    """Hard-link the last site into `staging`, minus the files the dirty build will write anew."""
    if staging.exists():
        shutil.rmtree(staging)
    shutil.copytree(site_dir, staging, copy_function=os.link)
    # MkDocs overwrites files in place; a shared inode would change the live site too.
    for relpath in rewritten:
        (staging / relpath).unlink(missing_ok=True)


def merge_search_index(previous: Path, staging: Path, rebuilt: Iterable[str]) -> None:
    """Previous index minus the rebuilt pages, plus their new entries; also the offline plugin's JS copy."""
    old = json.loads(previous.read_text(encoding="utf-8"))
    new_file = staging / SEARCH_JSON
    new = json.loads(new_file.read_text(encoding="utf-8")) if new_file.is_file() else {"docs": []}
    pages = set(rebuilt)
    kept = [d for d in old.get("docs", []) if d.get("location", "").split("#", 1)[0] not in pages]
    write_search_index(staging, {"config": new.get("config", old.get("config")), "docs": kept + new.get("docs", [])})


def write_search_index(site: Path, index: dict) -> None:
    """Write MkDocs' search index of `site`, and the offline plugin's JS copy of it."""
    data = json.dumps(index, separators=(",", ":"), default=str)
    target = site / SEARCH_JSON
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(data, encoding="utf-8")
    # Material's offline plugin: the index inlined as a script, so search works from file://.
    (site / SEARCH_JS).write_text(f"var __index = {data}", encoding="utf-8")
