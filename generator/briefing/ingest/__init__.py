"""Ingest: find the article files in a folder and decode each into a RawDocument (one reader per format)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ..errors import ContentError
from ..model import RawDocument
from .discover import find_inputs
from .html import read_html
from .markdown import read_markdown
from .meta import read_sidecar
from .pdf import read_pdf
from .text import read_text

Reader = Callable[[Path, str, bytes], RawDocument]

# Pelican-style registry: one reader per file extension.
READERS: dict[str, Reader] = {
    ".txt": read_text, ".text": read_text,
    ".md": read_markdown, ".markdown": read_markdown,
    ".html": read_html, ".htm": read_html,
    ".pdf": read_pdf,
}

__all__ = ["READERS", "find_inputs", "read_document"]


def read_document(path: Path, articles_dir: Path) -> RawDocument:
    """Decode one article file; its sidecar overrides front matter, which overrides file metadata."""
    relpath = relative_name(path, articles_dir)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ContentError(relpath, f"unbekanntes Dateiformat '{path.suffix}'")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ContentError(relpath, f"Datei nicht lesbar: {exc.strerror or exc}") from exc
    raw = reader(path, relpath, data)
    sidecar, warnings = read_sidecar(path, articles_dir)
    return replace(raw, metadata=raw.metadata.overridden_by(sidecar), warnings=raw.warnings + warnings)


def relative_name(path: Path, articles_dir: Path) -> str:
    """POSIX path of `path` relative to the articles folder (the file itself if outside)."""
    try:
        return path.relative_to(articles_dir).as_posix()
    except ValueError:
        return path.as_posix()
