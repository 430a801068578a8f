"""Reader for saved web pages (.html, .htm): main text and metadata via trafilatura (precision first)."""

from __future__ import annotations

from pathlib import Path

from ..errors import ContentError, ReaderUnavailable
from ..model import Metadata, RawDocument, SourceFormat
from .dates import parse_date
from .decode import decode_bytes

_BLOCK_TAGS = {"p", "head", "list", "quote", "table", "code"}


def read_html(path: Path, relpath: str, data: bytes) -> RawDocument:
    """HTML page -> RawDocument whose text is simple Markdown: '## ' headings, '- ' items, '> ' quotes."""
    try:
        import trafilatura
    except ImportError as exc:
        raise ReaderUnavailable(relpath, "HTML lesen braucht das Paket 'trafilatura' (pip install trafilatura)") from exc
    html, encoding = decode_bytes(data, relpath)
    try:
        document = trafilatura.bare_extraction(
            html, favor_precision=True, with_metadata=True, include_comments=False,
            include_tables=False, include_images=False, include_links=False,
        )
    except Exception as exc:  # noqa: BLE001 - lxml/trafilatura raise many kinds on broken markup
        raise ContentError(relpath, f"HTML nicht lesbar: {exc}") from exc
    if document is None or document.body is None:
        raise ContentError(relpath, "kein Haupttext in der HTML-Seite gefunden")
    text = body_to_markdown(document.body)
    if not text.strip():
        raise ContentError(relpath, "kein Haupttext in der HTML-Seite gefunden")
    return RawDocument(path, relpath, SourceFormat.HTML, text, _metadata(document), encoding=encoding)


def body_to_markdown(body) -> str:
    """trafilatura's XML body -> blocks separated by blank lines."""
    blocks: list[str] = []
    for element in body:
        blocks.extend(_element_blocks(element))
    return "\n\n".join(b for b in blocks if b.strip()) + "\n"


def _element_blocks(element) -> list[str]:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "head":
        level = 3 if element.get("rend", "h2") in ("h3", "h4", "h5", "h6") else 2
        return ["#" * level + " " + _inline(element)]
    if tag == "list":
        return ["- " + _inline(item) for item in element if item.tag == "item" and _inline(item)]
    if tag == "quote":
        return ["> " + _inline(element)]
    if tag in ("table", "graphic"):
        return []
    if tag == "div" or (tag != "p" and any(child.tag in _BLOCK_TAGS for child in element)):
        return [b for child in element for b in _element_blocks(child)]
    return [_inline(element)]


def _inline(element) -> str:
    """Text of an element; <lb/> becomes a space (the block is one paragraph)."""
    return " ".join("".join(element.itertext()).split())


def _metadata(document) -> Metadata:
    authors = tuple(a.strip() for a in (document.author or "").split(";") if a.strip())
    return Metadata(
        title=_clean(document.title), date=parse_date(document.date) if document.date else None,
        source=_clean(document.sitename), url=_clean(document.url), authors=authors,
        language=(document.language or None), tags=tuple(t for t in (document.tags or ()) if t),
        teaser=_clean(document.description),
    )


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None
