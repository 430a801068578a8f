"""Escaping untrusted text into Markdown, so article text can never become HTML, links or JS."""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit


class Md(str):
    """Markdown produced by the generator itself: trusted, emitted unescaped by templates."""

    __slots__ = ()


# Exactly the set Python-Markdown (with tables) honours a backslash escape for; "<", ">", "&"
# become HTML entities instead.
_ALWAYS = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
_WHITESPACE = re.compile(r"\s+")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_HTML_RE = re.compile(r"[&<>]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Bidi embeddings, overrides and isolates: "\u202etxt.exe" would show as "exe.txt" and reorder
# whatever the page prints after it ("Trojan Source"). Text from inputs never keeps them.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
SAFE_SCHEMES = ("http", "https", "mailto")


def escape(text: object) -> Md:
    """Escape any text for inline use in Markdown: one line, no markup, no raw HTML."""
    if isinstance(text, Md):
        return text
    value = BIDI_CONTROLS.sub("", _CONTROL.sub("", str(text)))
    # Runs of whitespace (newlines included) become one space, so text can never start a new
    # Markdown block; a single edge space is kept because templates glue values together.
    value = _WHITESPACE.sub(" ", value)
    value = _HTML_RE.sub(lambda m: _HTML[m.group(0)], value)
    # Escaping every punctuation mark Markdown could read as syntax is blunt but closes
    # every door at once: emphasis, links, images, lists, headings, tables, attribute
    # lists ({: }), admonitions (!!!), snippets (--8<--) and footnote references.
    return Md(_ALWAYS.sub(r"\\\1", value))


# A spreadsheet runs a CSV cell that starts with one of these as a formula (=HYPERLINK(...), =cmd|...).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value: object) -> object:
    """A CSV cell value a spreadsheet shows as text: strings that could start a formula get a leading "'".

    Numbers are left alone (a negative number is data, not a formula); the JSON export keeps the raw text.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def escape_cell(text: object) -> Md:
    """Escape text for a Markdown table cell (no line breaks, pipes escaped)."""
    return escape(text)


def safe_url(url: str | None) -> str | None:
    """Return a URL usable as a link target, or None if it is not http(s)/mailto."""
    if not url:
        return None
    url = _CONTROL.sub("", url).strip()
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    if scheme not in SAFE_SCHEMES:
        return None
    # Percent-encode everything that could end the Markdown link or open HTML.
    return quote(url, safe=":/?#@!$&'*+,;=%~-._")


def link(label: object, target: str) -> Md:
    """Markdown link to a generator-made relative target (e.g. '../akteure/usa.md#s3')."""
    return Md(f"[{escape(label)}]({target})")


def external_link(label: object, url: str | None) -> Md:
    """Link to an external URL if it is safe, else the label as plain text."""
    target = safe_url(url)
    if target is None:
        return escape(label)
    return Md(f"[{escape(label)}]({target})")
