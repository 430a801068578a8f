"""Reader for PDFs: the text layer via pypdf; RawDocument.pages records where each page starts."""

from __future__ import annotations

import io
from pathlib import Path

from ..errors import ContentError, ReaderUnavailable
from ..model import Metadata, RawDocument, RawPage, SourceFormat
from .dates import parse_date

_MIN_CHARS_PER_PAGE = 20


def read_pdf(path: Path, relpath: str, data: bytes) -> RawDocument:
    """PDF -> RawDocument; pages are separated by a blank line and indexed in `pages`."""
    try:
        from pypdf import PdfReader
    except ImportError as exc:
        raise ReaderUnavailable(relpath, "PDF lesen braucht das Paket 'pypdf' (pip install pypdf)") from exc
    if not data.strip():
        raise ContentError(relpath, "leere Datei")
    if not data.lstrip()[:1024].startswith(b"%PDF") and b"%PDF" not in data[:1024]:
        raise ContentError(relpath, "keine PDF-Datei (Kennung %PDF fehlt)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ContentError(relpath, "verschlüsselte PDF-Datei (Passwort nötig)")
        texts = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except ContentError:
        raise
    except Exception as exc:  # noqa: BLE001 - truncated files raise anything from pypdf (PdfReadError, ValueError, ...)
        raise ContentError(relpath, f"PDF beschädigt oder unvollständig: {type(exc).__name__}: {exc}") from exc
    if sum(len(t.strip()) for t in texts) < _MIN_CHARS_PER_PAGE:
        raise ContentError(relpath, "PDF ohne Textebene (gescannt?) – bitte zuerst OCR anwenden")
    text, pages = join_pages(texts)
    return RawDocument(path, relpath, SourceFormat.PDF, text, _metadata(info), pages=pages)


def join_pages(texts: list[str]) -> tuple[str, tuple[RawPage, ...]]:
    """Concatenate page texts with a blank line between them; return text and page offsets."""
    parts, pages, offset = [], [], 0
    for number, page_text in enumerate(texts, start=1):
        page_text = page_text.replace("\r\n", "\n").replace("\r", "\n").rstrip() + "\n\n"
        pages.append(RawPage(number, offset))
        parts.append(page_text)
        offset += len(page_text)
    return "".join(parts), tuple(pages)


def _metadata(info) -> Metadata:
    if not info:
        return Metadata()
    try:
        title = " ".join(str(info.title or "").split()) or None
        created = info.creation_date
    except Exception:  # noqa: BLE001 - malformed info dictionaries are common and not worth failing over
        return Metadata()
    # PDF producers often put file names or tool names into /Title; only keep something that reads like a title.
    if title and (title.lower().endswith((".doc", ".docx", ".pdf", ".indd")) or len(title) < 4):
        title = None
    # /Author is left out on purpose: it names whoever owned the word processor, not the writers.
    return Metadata(title=title, date=parse_date(created) if created else None)
