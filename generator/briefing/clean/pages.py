"""PDF page furniture: running headers/footers repeated on many pages and bare page numbers."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Removal
from .lines import Line

_PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(?:Seite\s+)?\d{1,4}(?:\s*(?:/|von)\s*\d{1,4})?(?:\s*[-–—])?$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_EDGE = 2  # headers and footers sit within the first/last lines of a page


def strip_page_furniture(lines: list[Line], page_count: int) -> tuple[list[Line], list[Removal]]:
    """Blank out page numbers and lines repeated at page edges on at least 40% of pages (min. 3)."""
    if page_count < 2:
        return lines, []
    edges = _edge_indexes(lines)
    seen_on: dict[str, set[int]] = {}
    for i in edges:
        seen_on.setdefault(_key(lines[i].text), set()).add(lines[i].page or 0)
    threshold = max(3, int(page_count * 0.4))
    repeated = {key for key, pages in seen_on.items() if key and len(pages) >= threshold}
    result, removals = list(lines), []
    for i in edges:
        text = lines[i].text
        if _PAGE_NUMBER.match(text):
            reason = "Seitenzahl"
        elif _key(text) in repeated:
            reason = "Kopf-/Fußzeile"
        else:
            continue
        result[i] = replace(lines[i], text="")
        removals.append(Removal(text, reason, lines[i].number))
    return result, removals


def _edge_indexes(lines: list[Line]) -> list[int]:
    """Indexes of the first and last few non-blank lines of each page."""
    by_page: dict[int | None, list[int]] = {}
    for i, line in enumerate(lines):
        if line.text:
            by_page.setdefault(line.page, []).append(i)
    edges: set[int] = set()
    for indexes in by_page.values():
        edges.update(indexes[:_EDGE])
        edges.update(indexes[-_EDGE:])
    return sorted(edges)


def _key(text: str) -> str:
    """Compare lines with their numbers masked ("Seite 3" == "Seite 4")."""
    return _DIGITS.sub("#", " ".join(text.lower().split()))
