"""Split chunks at Markdown structure: every heading and list item is its own block, quotes stay together."""

from __future__ import annotations

from .lines import Chunk, Line


def split_structure(chunk: Chunk) -> list[Chunk]:
    """Chunks whose lines share one structural role (heading, item, quote or plain paragraph)."""
    if not any(line.kind for line in chunk.lines):
        return [chunk]
    pieces: list[list[Line]] = []
    for line in chunk.lines:
        if not pieces or _starts_new(pieces[-1], line):
            pieces.append([line])
        else:
            pieces[-1].append(line)
    return [Chunk(tuple(p), chunk.after_footnote if i == 0 else False) for i, p in enumerate(pieces)]


def _starts_new(current: list[Line], line: Line) -> bool:
    head = current[0].kind
    if line.kind.startswith("h") or line.kind == "li" or head.startswith("h"):
        return True
    if head == "quote":
        return line.kind != "quote"
    if head == "li":
        return not line.indent  # indented lines continue the list item
    return line.kind == "quote"
