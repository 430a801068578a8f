"""Cleanup (interim minimal version, to be replaced): paragraphs from blank-line separated blocks."""

from __future__ import annotations

import re

from ..model import Block, BlockKind, CleanDocument, RawDocument, Span


def clean_document(raw: RawDocument) -> CleanDocument:
    """Join wrapped lines into paragraphs separated by blank lines."""
    parts = [" ".join(p.split()) for p in re.split(r"\n\s*\n", raw.text)]
    parts = [p for p in parts if p]
    blocks, pos = [], 0
    for part in parts:
        blocks.append(Block(BlockKind.PARAGRAPH, Span(pos, pos + len(part))))
        pos += len(part) + 2
    return CleanDocument(raw, "\n\n".join(parts), tuple(blocks))
