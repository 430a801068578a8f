"""Headings by evidence: short, isolated, capitalised, no sentence-final punctuation, followed by text."""

from __future__ import annotations

import re

MAX_WORDS = 14
MAX_CHARS = 130
MAX_LINES = 4
_BAD_END = re.compile(r"[.,;:!…\-–—(/]$|\d{1,3}$")
_URL = re.compile(r"https?://|www\.")
# Numbered headings in reports and programmes: "II. Bildung", "a. Frühkindliche Bildung", "3.2 Steuern".
_ENUMERATION = re.compile(r"^(?:[a-z]|[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*)[.)]?\s+(?=[A-ZÄÖÜ])")


def looks_like_heading(text: str, line_count: int = 1) -> bool:
    """Heading-shaped text: few words, capital start, no sentence end, no URL."""
    text = _ENUMERATION.sub("", text, count=1)
    words = text.split()
    if not words or len(words) > MAX_WORDS or len(text) > MAX_CHARS or line_count > MAX_LINES:
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "„\"“»"):
        return False
    if _BAD_END.search(text) or _URL.search(text):
        return False
    # A heading has at least one real word; "2019" or "A" alone are stray fragments.
    return any(len(w) > 2 and w[0].isalpha() for w in words)


def is_heading(text: str, next_text: str | None, line_count: int = 1) -> bool:
    """Heading-shaped and followed by a block that starts like a new sentence."""
    if next_text is None or not next_text or not looks_like_heading(text, line_count):
        return False
    return not next_text[:1].islower()


def looks_like_title(text: str) -> bool:
    """The first line of a web copy that reads like a headline (may be long, may contain a colon)."""
    words = text.split()
    if not 2 <= len(words) <= 30 or len(text) > 250:
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "„\"“»"):
        return False
    if re.search(r"[.!,;:…\-–(]$", text) or _URL.search(text):
        return False
    return not reads_like_paragraph(text)


def reads_like_paragraph(text: str) -> bool:
    """Prose rather than a headline: ends a sentence or is too long for a title (never both title and prose)."""
    return bool(re.search(r"[.!…][\"“”»')]*$", text)) or len(text.split()) > 30
