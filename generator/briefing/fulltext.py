"""The 'Volltext' section: cleaned text with sentence anchors, actor links and footnotes."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from .markup import Md, escape, external_link, link
from .model import Article, BlockKind, Footnote

_URL = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:)\]]")


@dataclass(frozen=True, slots=True)
class _Insert:
    """Markup placed at a position of the cleaned text (anchors, footnote refs)."""

    at: int
    markup: str
    order: int  # anchors before footnote refs at the same position


def sentence_anchor(index: int) -> str:
    """HTML id of a sentence in the full text; summary, quotes and figures link here."""
    return f"s{index}"


def footnote_anchor(number: int) -> str:
    """HTML id of a footnote: python-markdown's footnotes extension names a note `fn:<label>`."""
    return f"fn:{number}"


def _inserts(article: Article) -> list[_Insert]:
    inserts = [_Insert(s.span.start, f'<a id="{sentence_anchor(s.index)}"></a>', 0) for s in article.analysis.sentences]
    for note in article.document.footnotes:
        inserts.extend(_Insert(ref.start, f"[^{note.number}]", 1) for ref in note.refs)
    return inserts


def _render_block(text: str, start: int, end: int, inserts: list[_Insert], links: list[tuple[int, int, str]]) -> str:
    """Escape text[start:end], weaving in inserts and linked spans (all positions absolute)."""
    out: list[str] = []
    pos = start
    events = sorted(
        [(i.at, i.order, "insert", i.markup, i.at) for i in inserts if start <= i.at <= end]
        + [(s, 2, "link", target, e) for s, e, target in links if start <= s and e <= end]
    )
    for at, _, kind, payload, stop in events:
        if at < pos:  # overlaps an earlier link: skip rather than break markup
            continue
        out.append(escape(text[pos:at]))
        if kind == "insert":
            out.append(payload)
            pos = at
        else:
            out.append(f"[{escape(text[at:stop])}]({payload})")
            pos = stop
    out.append(escape(text[pos:end]))
    return "".join(out).strip()


def footnote_text(note: Footnote, links: Sequence[tuple[int, int, str]] = ()) -> Md:
    """Footnote body with its URLs (http/https only) and the given (start, end, target) spans as links."""
    marked = [(m.start(), m.end(), external_link(m.group(0), m.group(0))) for m in _URL.finditer(note.text)]
    marked += [(start, end, link(note.text[start:end], target)) for start, end, target in links]
    parts, pos = [], 0
    for start, end, markup in sorted(marked, key=lambda item: (item[0], -item[1])):
        if start < pos:  # an actor name inside a URL: the URL wins
            continue
        parts.append(escape(note.text[pos:start]))
        parts.append(markup)
        pos = end
    parts.append(escape(note.text[pos:]))
    return Md("".join(parts).strip())


def _note_links(article: Article, actor_target: Callable[[str], str | None]) -> dict[int, list[tuple[int, int, str]]]:
    """Actor links per footnote index, from the mentions found in footnotes."""
    links: dict[int, list[tuple[int, int, str]]] = {}
    for note in article.analysis.notes:
        for mention in note.mentions:
            target = actor_target(mention.actor_id)
            if target:
                links.setdefault(note.index, []).append((mention.span.start, mention.span.end, target))
    return links


def render_fulltext(article: Article, actor_target: Callable[[str], str | None]) -> Md:
    """Markdown of the full text: headings, paragraphs, anchors, actor links, footnotes."""
    text = article.text
    inserts = _inserts(article)
    links = []
    for mention in article.analysis.mentions:
        target = actor_target(mention.actor_id)
        if target:
            links.append((mention.span.start, mention.span.end, target))
    lines: list[str] = []
    last_page: int | None = None
    for block in article.document.blocks:
        if block.page is not None and block.page != last_page:
            lines.append(f'<span class="seite">S. {block.page}</span>')
            last_page = block.page
        body = _render_block(text, block.span.start, block.span.end, inserts, links)
        if block.kind == BlockKind.HEADING:
            level = min(max(block.level, 2) + 1, 4)  # the article's own headings sit below "Volltext"
            lines.append(f"{'#' * level} {body}")
        elif block.kind == BlockKind.QUOTE:
            lines.append(f"> {body}")
        elif block.kind == BlockKind.LIST_ITEM:
            lines.append(f"- {body}")
        else:
            lines.append(body)
    note_links = _note_links(article, actor_target)
    footnotes = sorted(enumerate(article.document.footnotes), key=lambda item: item[1].number)
    # The footnotes extension numbers notes by the order of their definitions, so every note is
    # defined, in number order: the page then shows the source's numbers (7 stays 7, not 6).
    notes = [f"[^{n.number}]: {footnote_text(n, note_links.get(i, ()))}" for i, n in footnotes]
    # A note without a marker in the text gets its reference here, so it is numbered and linked too.
    orphans = [f"[^{n.number}]" for _, n in footnotes if not n.refs]
    if orphans:
        lines.append("**Anmerkungen ohne Verweis im Text:** " + " ".join(orphans))
    return Md("\n\n".join(lines + notes))


def actor_targets(prefix: str, slugs: Mapping[str, str]) -> Callable[[str], str | None]:
    """Map actor id -> relative link target, for actors that have a page."""

    def target(actor_id: str) -> str | None:
        slug = slugs.get(actor_id)
        return f"{prefix}{slug}.md" if slug else None

    return target
