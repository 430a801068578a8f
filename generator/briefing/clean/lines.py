"""Raw text -> numbered lines (with page numbers for PDFs) and blank-line separated chunks."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..model import RawDocument

# Invisible or layout-only characters that PDFs and web pages leave behind.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = re.compile("[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")


@dataclass(frozen=True, slots=True)
class Line:
    """One input line: stripped text plus what its whitespace tells about layout."""

    text: str
    number: int  # 1-based line in the raw text
    page: int | None = None
    indent: bool = False  # started with whitespace (PDF text: often a new text block)
    trailing: int = 0  # trailing spaces (PDF text: two or more often end a paragraph)
    kind: str = ""  # Markdown structure: "h2".."h4", "li", "quote", or "" for plain text


@dataclass(frozen=True, slots=True)
class Chunk:
    """Consecutive non-blank lines; `after_break` when a footnote block or page break preceded it."""

    lines: tuple[Line, ...]
    after_footnote: bool = False

    @property
    def first(self) -> Line:
        return self.lines[0]

    @property
    def last(self) -> Line:
        return self.lines[-1]


def split_lines(raw: RawDocument) -> list[Line]:
    """Every line of the raw text (blank ones included, as Line(text=''))."""
    starts = [p.offset for p in raw.pages]
    numbers = [p.number for p in raw.pages]
    lines, offset, page = [], 0, None
    # Page lookup needs offsets in the raw text, so normalise characters line by line only for paged input.
    sources = raw.text.split("\n")
    normalised = sources if starts else _normalise(raw.text).split("\n")
    for number, (source, clean) in enumerate(zip(sources, normalised), start=1):
        if starts:
            page = numbers[bisect.bisect_right(starts, offset) - 1] if offset >= starts[0] else None
            offset += len(source) + 1
            clean = _normalise(source)
        source = clean.rstrip("\r")
        text = source.strip()
        lines.append(Line(text, number, page, indent=bool(text) and source[:1] == " ",
                          trailing=len(source) - len(source.rstrip(" "))))
    return lines


def _normalise(text: str) -> str:
    return _SPACES.sub(" ", text.translate(_INVISIBLE))


def group_chunks(lines: list[Line]) -> list[Chunk]:
    """Runs of non-blank lines; blank and whitespace-only lines separate them."""
    chunks, current = [], []
    for line in lines:
        if line.text:
            current.append(line)
        elif current:
            chunks.append(Chunk(tuple(current)))
            current = []
    if current:
        chunks.append(Chunk(tuple(current)))
    return chunks
