"""Paragraph boundaries in hard-wrapped text: split chunks where the layout says so, merge across page breaks."""

from __future__ import annotations

import re
import statistics

from .headings import looks_like_heading
from .lines import Chunk, Line

_ENDS_SENTENCE = re.compile(r"[.!?…:][\"“”»«')]*(?:\d{1,3}(?: \d{1,3})*)?$")
_ENDS_OPEN = re.compile(r"[^.!?…:\"“”»«')]$")


def ends_sentence(text: str) -> bool:
    """True if the text ends like a finished sentence (footnote digits after the stop allowed)."""
    return bool(_ENDS_SENTENCE.search(text))


def split_layout(chunk: Chunk, pdf_widths: bool) -> list[Chunk]:
    """Split a chunk where a finished line is followed by a new block (trailing spaces, indent, short line)."""
    lines = chunk.lines
    if len(lines) < 2 or lines[0].kind:
        return [chunk]
    width = _typical_width(lines) if pdf_widths else 0
    pieces: list[list[Line]] = [[lines[0]]]
    for i, (prev, line) in enumerate(zip(lines, lines[1:]), start=1):
        if _breaks_between(prev, line, width) or (width and (_heading_line(lines, i - 1, width)
                                                             or _heading_line(lines, i, width))):
            pieces.append([line])
        else:
            pieces[-1].append(line)
    if len(pieces) == 1:
        return [chunk]
    first = Chunk(tuple(pieces[0]), chunk.after_footnote)
    return [first, *(Chunk(tuple(p)) for p in pieces[1:])]


def _breaks_between(prev: Line, line: Line, width: float) -> bool:
    if not ends_sentence(prev.text) or not _starts_block(line.text):
        return False
    if prev.trailing >= 2 or line.indent:
        return True  # PDF copy: two trailing spaces end a paragraph, an indented line starts a block
    return bool(width) and len(prev.text) < 0.7 * width


def _heading_line(lines: tuple[Line, ...], i: int, width: float) -> bool:
    """PDF text without blank lines: a short heading-shaped line after a finished sentence stands alone."""
    line = lines[i]
    if i + 1 >= len(lines) or len(line.text) > 0.8 * width or not looks_like_heading(line.text):
        return False
    return (i == 0 or ends_sentence(lines[i - 1].text)) and _starts_block(lines[i + 1].text)


def _starts_block(text: str) -> bool:
    return text[:1].isupper() or text[:1].isdigit() or text[:1] in "„\"“»("


def _typical_width(lines: tuple[Line, ...]) -> float:
    widths = [len(line.text) for line in lines if len(line.text) > 20]
    return statistics.median(widths) if len(widths) >= 4 else 0.0


def merge_continuations(chunks: list[Chunk], is_heading) -> list[Chunk]:
    """Rejoin a paragraph cut by a page break or a footnote block: the first part ends mid-sentence."""
    merged: list[Chunk] = []
    for chunk in chunks:
        if merged and _continues(merged[-1], chunk, is_heading):
            merged[-1] = Chunk(merged[-1].lines + chunk.lines, merged[-1].after_footnote)
        else:
            merged.append(chunk)
    return merged


def _continues(prev: Chunk, chunk: Chunk, is_heading) -> bool:
    if prev.first.kind or chunk.first.kind:
        return False
    last, first = prev.last.text, chunk.first.text
    if ends_sentence(last) or not _ENDS_OPEN.search(last):
        return False
    if first[:1].islower():
        return True
    return chunk.after_footnote and not is_heading(prev)
