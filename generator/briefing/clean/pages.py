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


_LINE_NUMBER = re.compile(r"^(\d{1,5})(?:\s+(?=\S)|$)")  # a numbered empty line is just the number
_MIN_RUN = 5  # five consecutive numbers in a row are a numbered layout, not a list or a year


def strip_line_numbers(lines: list[Line]) -> tuple[list[Line], list[Removal]]:
    """Remove margin line numbers (motions, laws, party programmes): "5 wir sind ...", "6 der man ...".

    A number counts as a line number only inside a run of at least five lines numbered n, n+1, n+2 ...
    (blank and unnumbered lines may sit between them), so a year or an amount at a line start stays.
    """
    candidates = [(i, int(m.group(1))) for i, line in enumerate(lines) if (m := _LINE_NUMBER.match(line.text))]
    runs: list[list[int]] = []
    previous = None
    for i, n in candidates:
        if previous is not None and n == previous + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
        previous = n
    numbered = [i for run in runs if len(run) >= _MIN_RUN for i in run]
    if not numbered:
        return lines, []
    result = list(lines)
    for i in numbered:
        result[i] = replace(lines[i], text=_LINE_NUMBER.sub("", lines[i].text, count=1))
    first, last = _LINE_NUMBER.match(lines[numbered[0]].text), _LINE_NUMBER.match(lines[numbered[-1]].text)
    label = f"{first.group(1)}–{last.group(1)} ({len(numbered)} Zeilen)"
    return result, [Removal(label, "Zeilennummern", lines[numbered[0]].number)]
