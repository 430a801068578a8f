"""Reader for PDFs: the text layer via pypdf; RawDocument.pages records where each page starts."""

from __future__ import annotations

import contextlib
import io
import logging
import re
from collections.abc import Iterator
from pathlib import Path

from ..errors import ContentError, ReaderUnavailable
from ..model import Metadata, Problem, RawDocument, RawPage, Severity, SourceFormat
from .dates import parse_date

_MIN_CHARS_PER_PAGE = 20
_KEPT_MESSAGES = 20  # a broken PDF can log thousands of lines; the first few say enough
# pypdf messages about repairs it made (the object was found after all): no text is lost by them.
_REPAIRED = re.compile(r"^Object \d+ \d+ found|xref|EOF marker|Overwriting cache|Multiple definitions|"
                       r"Object Streams|padding|FloatObject", re.IGNORECASE)


class _Collector(logging.Handler):
    """Keeps the first few of pypdf's log messages."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.messages) < _KEPT_MESSAGES:
            try:
                self.messages.append(" ".join(record.getMessage().split())[:200])
            except Exception:  # noqa: BLE001 - a badly formatted log line must not fail the read
                self.messages.append(str(record.msg)[:200])


@contextlib.contextmanager
def _pypdf_log() -> Iterator[_Collector]:
    """Collect pypdf's warnings instead of letting them reach stderr (workers have no log config)."""
    logger = logging.getLogger("pypdf")
    collector = _Collector()
    saved = logger.level, logger.propagate
    logger.addHandler(collector)
    logger.setLevel(logging.WARNING)  # the CLI sets ERROR; the reader still wants to hear about lost text
    logger.propagate = False
    try:
        yield collector
    finally:
        logger.removeHandler(collector)
        logger.setLevel(saved[0])
        logger.propagate = saved[1]


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
        with _pypdf_log():
            # Messages while opening are repairs (xref rebuilt, EOF marker missing): the text survives them.
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise ContentError(relpath, "verschlüsselte PDF-Datei (Passwort nötig)")
        with _pypdf_log() as extraction:
            texts, failed = _page_texts(reader.pages)
        with _pypdf_log():
            metadata = _metadata(reader.metadata)
    except ContentError:
        raise
    except Exception as exc:  # noqa: BLE001 - truncated files raise anything from pypdf (PdfReadError, ValueError, ...)
        raise ContentError(relpath, f"PDF beschädigt oder unvollständig: {type(exc).__name__}: {exc}") from exc
    if sum(len(t.strip()) for t in texts) < _MIN_CHARS_PER_PAGE:
        if failed:
            raise ContentError(relpath, f"PDF beschädigt: kein Text lesbar ({failed[0][1]})")
        raise ContentError(relpath, "PDF ohne Textebene (gescannt?) – bitte zuerst OCR anwenden")
    text, pages = join_pages(texts)
    messages = [m for m in extraction.messages if not _REPAIRED.search(m)]
    return RawDocument(path, relpath, SourceFormat.PDF, text, metadata, pages=pages,
                       warnings=lost_text_warnings(relpath, [n for n, _ in failed], messages))


def _page_texts(pages) -> tuple[list[str], list[tuple[int, str]]]:
    """Text of every page ('' where it failed) and (page number, error) for the pages that failed."""
    texts, failed = [], []
    for number, page in enumerate(pages, start=1):
        try:
            texts.append(page.extract_text() or "")
        except Exception as exc:  # noqa: BLE001 - one broken page must not cost the others
            texts.append("")
            failed.append((number, f"{type(exc).__name__}: {exc}"[:200]))
    return texts, failed


def lost_text_warnings(relpath: str, failed_pages: list[int], messages: list[str]) -> tuple[Problem, ...]:
    """At most one report warning for pages that failed and what pypdf complained about while extracting."""
    parts = []
    if failed_pages:
        shown = ", ".join(map(str, failed_pages[:10])) + (", …" if len(failed_pages) > 10 else "")
        parts.append(f"Seite(n) {shown} nicht lesbar")
    if messages:
        parts.append(f"pypdf meldet: {messages[0]}")
    if not parts:
        return ()
    return (Problem(relpath, "PDF-Text eventuell unvollständig: " + "; ".join(parts), Severity.WARNING),)


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
