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
# A line that stops on an article, conjunction or preposition is a sentence cut by the line break
# (bold lead-ins of PDF programmes: "… frei von Rassismus und"), never a whole heading.
_OPEN_END = re.compile(
    r"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|und|oder|sowie|aber|dass|für|mit|von|vom|"
    r"zu|zum|zur|in|im|auf|durch|bei|beim|nach|über|unter|aus|an|am|gegen|ohne|um|als|wie|the|and|of|for|to)$")
# A finished sentence followed by another inside the line: prose, not a heading ("… genutzt. Hier …").
# Four letters before the stop, so abbreviations such as "Dr. Müller" or "St. Pauli" stay possible.
_INNER_SENTENCE = re.compile(r"[a-zäöüß]{4,}[.!?] +[A-ZÄÖÜ]")


def looks_like_heading(text: str, line_count: int = 1) -> bool:
    """Heading-shaped text: few words, capital start, no sentence end, no URL."""
    text = _ENUMERATION.sub("", text, count=1)
    words = text.split()
    if not words or len(words) > MAX_WORDS or len(text) > MAX_CHARS or line_count > MAX_LINES:
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "„\"“»"):
        return False
    if _BAD_END.search(text) or _URL.search(text) or _OPEN_END.search(text) or _INNER_SENTENCE.search(text):
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
