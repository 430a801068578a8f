"""Cleanup: RawDocument -> CleanDocument (paragraphs, headings, footnotes, removals, detected metadata)."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import (
    Block, BlockKind, CleanDocument, Footnote, Metadata, RawDocument, Removal, SourceFormat, Span,
)
from .detect import authors_from_note, detect_language, split_agency_tail
from .footnotes import RawNote, remove_markers, split_footnotes, strip_number
from .headings import is_heading, looks_like_heading, looks_like_title, reads_like_paragraph
from .hyphens import join_lines, vocabulary
from .junk import strip_junk
from .lines import Chunk, group_chunks, split_lines
from .markdown import mark_structure
from .pages import strip_line_numbers, strip_page_furniture
from .paragraphs import merge_continuations, split_layout
from .structure import split_structure
from .wordlist import load_wordlist

__all__ = ["clean_document"]

_KIND = {"li": BlockKind.LIST_ITEM, "quote": BlockKind.QUOTE}


@dataclass(frozen=True, slots=True)
class _Part:
    """A block before assembly: its text, kind, level, page and first source line."""

    text: str
    kind: BlockKind
    level: int
    page: int | None
    line: int


def clean_document(raw: RawDocument) -> CleanDocument:
    """Pure, deterministic cleanup of one decoded document."""
    lines = split_lines(raw)
    removals: list[Removal] = []
    if raw.format in (SourceFormat.MARKDOWN, SourceFormat.HTML):
        # The HTML reader writes plain text with Markdown block marks only; inline marks would be literal.
        lines, found = mark_structure(lines, inline=raw.format == SourceFormat.MARKDOWN)
        removals.extend(found)
    junk = strip_junk(lines)
    lines = junk.lines
    removals.extend(junk.removals)
    if raw.format == SourceFormat.PDF:
        lines, found = strip_page_furniture(lines, len(raw.pages))
        removals.extend(found)
    if raw.format in (SourceFormat.PDF, SourceFormat.TEXT):
        lines, found = strip_line_numbers(lines)
        removals.extend(found)
    chunks = [piece for chunk in group_chunks(lines) for structured in split_structure(chunk)
              for piece in split_layout(structured, raw.format == SourceFormat.PDF)]
    notes: list[RawNote] = []
    if raw.format in (SourceFormat.TEXT, SourceFormat.PDF):
        chunks, notes = split_footnotes(chunks, raw.text)
    vocab = vocabulary(line.text for line in lines)
    words = load_wordlist()
    chunks = merge_continuations(chunks, _heading_shaped)
    texts = [join_lines((line.text for line in c.lines), vocab, words) for c in chunks]
    title, start = _title(raw, chunks, texts)
    if title is not None and start:
        removals.append(Removal(title, "Titel", chunks[0].first.number))
    parts = _parts(chunks[start:], texts[start:], _hard_wrapped(raw, chunks))
    parts, sources = _agency_tail(parts, removals)
    footnote_texts = [(n, join_lines((line.text for line in n.lines), vocab, words)) for n in notes]
    text, blocks, refs = _assemble(parts, {n.number for n in notes})
    footnotes = tuple(Footnote(n.number, strip_number(t, n.number), tuple(refs.get(n.number, ())), n.lines[0].page)
                      for n, t in footnote_texts)
    detected = Metadata(
        title=title, date=junk.date, language=detect_language(text), sources=sources,
        authors=_authors(footnotes), image_credits=tuple(dict.fromkeys(junk.credits)),
        teaser=_teaser(parts, title, raw),
    )
    removals.sort(key=lambda r: (r.line or 0, r.reason, r.text))
    return CleanDocument(raw, text, blocks, footnotes, tuple(removals), detected)


def _heading_shaped(chunk: Chunk) -> bool:
    """Cheap check used while merging: could this chunk be a heading (so nothing continues it)?"""
    return chunk.first.kind.startswith("h") or looks_like_heading(" ".join(x.text for x in chunk.lines),
                                                                  len(chunk.lines))


def _title(raw: RawDocument, chunks: list[Chunk], texts: list[str]) -> tuple[str | None, int]:
    """(title, number of leading chunks that were the title). PDFs: unknown, never guessed."""
    if not chunks or raw.format == SourceFormat.PDF:
        return None, 0
    first = chunks[0]
    if first.first.kind == "h1":
        return texts[0], 1
    if raw.format == SourceFormat.HTML:
        known = (raw.metadata.title or "").lower()
        count = 0
        while count < min(2, len(chunks)) and chunks[count].first.kind.startswith("h") and known \
                and texts[count].lower() in known:
            count += 1
        return (raw.metadata.title if count else None), count
    if raw.format == SourceFormat.TEXT and len(chunks) > 1 and not first.after_footnote \
            and looks_like_title(texts[0]) and reads_like_paragraph(texts[1]):
        return texts[0], 1
    return None, 0


def _hard_wrapped(raw: RawDocument, chunks: list[Chunk]) -> bool:
    """PDF-like text (most paragraphs span several lines): its headings are section headings."""
    if raw.format == SourceFormat.PDF:
        return True
    multi = sum(1 for c in chunks if len(c.lines) > 1 and not c.first.kind)
    return multi * 2 > len(chunks)


def _parts(chunks: list[Chunk], texts: list[str], sections: bool) -> list[_Part]:
    parts = []
    for i, (chunk, text) in enumerate(zip(chunks, texts)):
        if not text:
            continue
        kind, level = _KIND.get(chunk.first.kind, BlockKind.PARAGRAPH), 0
        if chunk.first.kind.startswith("h"):
            kind, level = BlockKind.HEADING, max(2, int(chunk.first.kind[1]))
        elif not chunk.first.kind and is_heading(text, texts[i + 1] if i + 1 < len(texts) else None,
                                                 len(chunk.lines)):
            kind, level = BlockKind.HEADING, 2 if sections else 3
        parts.append(_Part(text, kind, level, chunk.first.page, chunk.first.number))
    return parts


def _agency_tail(parts: list[_Part], removals: list[Removal]) -> tuple[list[_Part], tuple[str, ...]]:
    """Move "(Tsp/Reuters/dpa)" from the end of the last paragraph into `sources`."""
    for i in range(len(parts) - 1, -1, -1):
        if parts[i].kind != BlockKind.PARAGRAPH:
            continue
        text, sources = split_agency_tail(parts[i].text)
        if not sources:
            return parts, ()
        removals.append(Removal(parts[i].text[len(text):].strip(), "Quellenangabe", parts[i].line))
        kept = [*parts[:i], _Part(text, *_rest(parts[i]))] if text else parts[:i]
        return kept + parts[i + 1:], sources
    return parts, ()


def _rest(part: _Part) -> tuple:
    return part.kind, part.level, part.page, part.line


def _assemble(parts: list[_Part], numbers: set[int]) -> tuple[str, tuple[Block, ...], dict[int, list[Span]]]:
    """Join block texts with blank lines; strip footnote markers and map them to zero-width spans."""
    out, blocks, refs, pos, last = [], [], {}, 0, 0
    for part in parts:
        text, found = part.text, []
        if numbers and part.kind != BlockKind.HEADING:
            text, found = remove_markers(text, numbers, last)
        if not text:
            continue
        start = pos + 2 if out else pos
        for number, at in found:
            refs.setdefault(number, []).append(Span(start + at, start + at))
            last = max(last, number)
        blocks.append(Block(part.kind, Span(start, start + len(text)), part.level, part.page))
        out.append(text)
        pos = start + len(text)
    return "\n\n".join(out), tuple(blocks), refs


def _authors(footnotes: tuple[Footnote, ...]) -> tuple[str, ...]:
    for note in footnotes:
        if note.number == 1:
            return authors_from_note(note.text)
    return ()


def _teaser(parts: list[_Part], title: str | None, raw: RawDocument) -> str | None:
    """The lead paragraph of a web article (the first paragraph right after its title)."""
    if title is None or not parts or parts[0].kind != BlockKind.PARAGRAPH:
        return None
    text = parts[0].text
    return text if len(text.split()) <= 80 and reads_like_paragraph(text) else None
