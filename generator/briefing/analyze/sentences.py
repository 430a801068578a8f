"""Sentence splitting (interim minimal version, to be replaced)."""

from __future__ import annotations

import re

from ..model import Block, Sentence, Span

_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ\"„])")


def split_sentences(text: str, blocks: tuple[Block, ...]) -> tuple[Sentence, ...]:
    """Sentences within each block."""
    out = []
    for b, block in enumerate(blocks):
        pos = block.span.start
        for piece in _END.split(block.span.of(text)):
            start = text.index(piece, pos)
            out.append(Sentence(len(out), Span(start, start + len(piece)), b))
            pos = start + len(piece)
    return tuple(out)
