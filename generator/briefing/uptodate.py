"""Skip a build whose inputs are byte for byte those of the last successful one, with site/ still in place.

Without this, a rebuild of 9,000 unchanged articles took about a minute only to find that nothing
had changed: every cached analysis was loaded, the corpus and views rebuilt and every page compared.
The fingerprint covers everything a build reads: each input file and its sidecar (by content),
the input problems, actors.yml and topics.yml, the settings, mkdocs.yml, the templates and theme
overrides, the tool's code, built-in data and assets (CSS, JavaScript) and the versions of MkDocs, Material, Markdown and
Pagefind. Any difference means a normal build, which is incremental on its own (cache.py,
pagememo.py, incremental.py). `--no-cache` never skips.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from .cache import PACKAGE_DIR, article_key, folder_digest
from .config import Settings
from .incremental import environment_digest
from .model import Problem

RECORD = "up-to-date.pickle"
RECORD_FORMAT = 1
# Packages outside environment_digest that shape site/: the search index and the charts.
OTHER_PACKAGES = ("pagefind", "pagefind_bin", "vl-convert-python", "altair")


@dataclass(frozen=True, slots=True)
class SiteStamp:
    """Identity of the site folder a build swapped in: a replaced or removed site/ no longer matches."""

    inode: int
    mtime_ns: int

    @classmethod
    def of(cls, site_dir: Path) -> SiteStamp | None:
        """The stamp of `site_dir`, or None when it is not a built site (no index.html)."""
        try:
            info = site_dir.stat()
            if not (site_dir / "index.html").is_file():
                return None
        except OSError:
            return None
        return cls(info.st_ino, info.st_mtime_ns)


def _versions() -> str:
    found = []
    for package in OTHER_PACKAGES:
        try:
            found.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            found.append(f"{package}=absent")
    return ",".join(found)


def _settings_text(settings: Settings) -> str:
    """The settings that change the output (not -j or the cache switch)."""
    parts = (settings.root, settings.content_dir, settings.templates_dir, settings.build_dir, settings.site_dir,
             settings.site_name, settings.language, settings.summary_sentences, settings.strict)
    return "\0".join(str(part) for part in parts)


def build_fingerprint(settings: Settings, paths: Sequence[Path], input_problems: Sequence[Problem],
                      analysis_context: str) -> str:
    """Digest of everything a build of `paths` reads; equal digests give the same site."""
    digest = hashlib.sha256()
    # The code fingerprint inside analysis_context leaves out the CSS and JavaScript copied into every site.
    for part in (str(RECORD_FORMAT), analysis_context, _settings_text(settings), _versions(),
                 environment_digest(settings.mkdocs_file, settings.templates_dir), folder_digest(PACKAGE_DIR / "assets")):
        digest.update(part.encode() + b"\0")
    for path in paths:  # name, bytes and sidecar of each input, as the analysis cache keys them
        digest.update(article_key(path, path.relative_to(settings.articles_dir).as_posix(), "").encode())
    for problem in input_problems:  # unsupported files, orphan sidecars, unreadable folders
        digest.update(problem.describe().encode() + b"\0")
    return digest.hexdigest()


def _record_path(settings: Settings) -> Path:
    return settings.build_dir / "cache" / RECORD


def previous_result(settings: Settings, fingerprint: str) -> Any | None:
    """The last build's result if it was made from `fingerprint` and its site/ is still the one it built."""
    try:
        with _record_path(settings).open("rb") as handle:
            saved_fingerprint, stamp, result = pickle.load(handle)  # noqa: S301 - this tool's own cache file
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None
    if saved_fingerprint != fingerprint or stamp is None or stamp != SiteStamp.of(settings.site_dir):
        return None
    return result


def remember(settings: Settings, fingerprint: str, result: Any) -> None:
    """Record a successful build (after site/ was swapped in), atomically."""
    target = _record_path(settings)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{RECORD}.{os.getpid()}.tmp")
    tmp.write_bytes(pickle.dumps((fingerprint, SiteStamp.of(settings.site_dir), result),
                                 protocol=pickle.HIGHEST_PROTOCOL))
    os.replace(tmp, target)


def forget(settings: Settings) -> None:
    """Drop the record: from now on until a build succeeds, site/ may not match the inputs."""
    _record_path(settings).unlink(missing_ok=True)
