"""Per-article analysis cache keyed by input bytes, registries, settings and the tool's own code.

A key changes whenever anything that could change the result changes, so a cached result is
never stale: edit an article -> only it is re-analysed; edit actors.yml, topics.yml, a setting
or the code -> everything is (that is coarse, but always correct).
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
from dataclasses import fields, is_dataclass
from functools import lru_cache
from pathlib import Path

from . import __version__
from .model import Article

PACKAGE_DIR = Path(__file__).resolve().parent
CACHE_FORMAT = 1


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the package's code and built-in data: a new tool version invalidates the cache."""
    digest = hashlib.sha256(f"{__version__}/{CACHE_FORMAT}".encode())
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".yml", ".yaml", ".txt", ".json"} and "__pycache__" not in path.parts:
            digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def file_digest(path: Path | None) -> str:
    """sha256 of a file's bytes, or 'absent'."""
    if path is None or not path.exists():
        return "absent"
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_digest(folder: Path) -> str:
    """sha256 over every file in a folder (names and bytes), or 'absent' if there is no such folder."""
    if not folder.is_dir():
        return "absent"
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def sidecar_of(path: Path) -> Path | None:
    """The metadata sidecar of an article, if there is one."""
    for suffix in (".yml", ".yaml"):
        candidate = path.with_suffix(suffix)
        if candidate.exists() and candidate != path:
            return candidate
    return None


def article_key(path: Path, relpath: str, context: str) -> str:
    """Cache key of one input file in a given analysis context."""
    digest = hashlib.sha256()
    for part in (context, relpath, file_digest(path), file_digest(sidecar_of(path))):
        digest.update(part.encode())
        digest.update(b"\0")
    return digest.hexdigest()


def context_fingerprint(*parts: str) -> str:
    """Combine the code fingerprint with registries and settings digests."""
    return hashlib.sha256("\0".join((code_fingerprint(), *parts)).encode()).hexdigest()


@lru_cache(maxsize=None)
def _init_fields(cls: type) -> tuple[str, ...] | None:
    """Field names of a slotted dataclass whose __init__ takes every field, else None."""
    if not is_dataclass(cls) or "__slots__" not in cls.__dict__:
        return None
    found = fields(cls)
    return tuple(f.name for f in found) if all(f.init for f in found) else None


class _FastPickler(pickle.Pickler):
    """Pickles slotted dataclasses as a call of their class with the field values.

    The default for slots=True is a __setstate__ that calls dataclasses.fields() for every object:
    a third of the time of loading 10,000 cached articles on every build. __init__ with the values
    in order restores the same object (the cache key covers the code, so the fields match).
    """

    def reducer_override(self, obj: object) -> object:
        names = _init_fields(type(obj))
        if names is None:
            return NotImplemented
        return type(obj), tuple(getattr(obj, name) for name in names)


def dump_fast(value: object, handle) -> None:
    """Pickle `value` into an open binary file so that it loads fast (see _FastPickler)."""
    _FastPickler(handle, pickle.HIGHEST_PROTOCOL).dump(value)


def dumps_fast(value: object) -> bytes:
    """Bytes of dump_fast."""
    buffer = io.BytesIO()
    dump_fast(value, buffer)
    return buffer.getvalue()


class ArticleCache:
    """Pickled Articles under build/cache/articles; written by this tool only, so trusted."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> Article | None:
        """The cached article for `key`, or None (a corrupt entry counts as a miss)."""
        path = self._path(key)
        try:
            with path.open("rb") as handle:
                article = pickle.load(handle)  # noqa: S301 - our own cache file, see class docstring
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return article

    def put(self, key: str, article: Article) -> None:
        """Store an article atomically (a crash never leaves a half-written entry)."""
        self.put_bytes(key, dumps_fast(article))

    def put_bytes(self, key: str, blob: bytes) -> None:
        """Store an article already pickled with dumps_fast (as a worker returns it), atomically."""
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(blob)
        os.replace(tmp, path)
