"""Width of a label in the chart font, measured like vl-convert does (Liberation Sans advance widths)."""

from __future__ import annotations

import functools
import unicodedata
from importlib import resources

UNITS_PER_EM = 2048
_AVERAGE = 1139  # advance of "a": a fair guess for a letter the table lacks
_WIDE = UNITS_PER_EM  # CJK and other wide characters take a full em


@functools.cache
def _advances() -> dict[str, int]:
    text = resources.files("briefing").joinpath("data/liberation_sans_widths.txt").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, width = line.split()
            table[chr(int(code, 16))] = int(width)
    return table


def _advance(char: str) -> int:
    width = _advances().get(char)
    if width is not None:
        return width
    if unicodedata.combining(char):
        return 0
    return _WIDE if unicodedata.east_asian_width(char) in "WF" else _AVERAGE


def text_width(text: str, font_size: float) -> float:
    """Width in px of `text` set in Liberation Sans (= Arial, Helvetica metrics) at `font_size` px."""
    return sum(_advance(c) for c in text) * font_size / UNITS_PER_EM
