"""Reader for plain text (.txt): decode, nothing else; cleanup does the rest."""

from __future__ import annotations

from pathlib import Path

from ..model import RawDocument, SourceFormat
from .decode import decode_bytes, unreadable_warnings


def read_text(path: Path, relpath: str, data: bytes) -> RawDocument:
    """Plain text file -> RawDocument (no metadata of its own)."""
    text, encoding = decode_bytes(data, relpath)
    return RawDocument(path, relpath, SourceFormat.TEXT, text, encoding=encoding,
                       warnings=unreadable_warnings(relpath, text))
