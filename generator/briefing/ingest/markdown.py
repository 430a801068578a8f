"""Reader for Markdown (.md, .markdown): YAML front matter becomes metadata, the body stays Markdown."""

from __future__ import annotations

import re
from pathlib import Path

from ..model import RawDocument, SourceFormat
from .decode import decode_bytes, unreadable_warnings
from .meta import load_yaml_mapping, metadata_from_mapping

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def read_markdown(path: Path, relpath: str, data: bytes) -> RawDocument:
    """Markdown file -> RawDocument; front matter is validated like a sidecar."""
    text, encoding = decode_bytes(data, relpath)
    body, front = split_front_matter(text)
    unreadable = unreadable_warnings(relpath, text)
    if not front:
        return RawDocument(path, relpath, SourceFormat.MARKDOWN, body, encoding=encoding, warnings=unreadable)
    metadata, warnings = metadata_from_mapping(load_yaml_mapping(front, relpath), relpath)
    return RawDocument(path, relpath, SourceFormat.MARKDOWN, body, metadata, encoding=encoding,
                       warnings=unreadable + warnings)


def split_front_matter(text: str) -> tuple[str, str]:
    """(body, front matter YAML). The front matter is replaced by blank lines so line numbers still match the file."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text, ""
    return "\n" * match.group().count("\n") + text[match.end():], match.group(1) or ""
