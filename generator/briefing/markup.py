"""Escaping untrusted text into Markdown, so article text can never become HTML, links or JS."""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit


class Md(str):
    """Markdown produced by the generator itself: trusted, emitted unescaped by templates."""

    __slots__ = ()


# Characters Python-Markdown (with tables) reads as syntax anywhere in a line: always escaped.
# "<", ">", "&" become HTML entities instead. Others ("-", "+", ".", "!") are syntax only in a
# few positions ("- " item, "1." list, "!!!", "![") and escaped only there: German text is full
# of hyphens and full stops, and every needless escape costs MkDocs time on thousands of pages.
# Parentheses are never syntax on their own: "[" and "]" are always escaped, so "](" cannot form.
_SYNTAX = re.compile(r"""
    (?=[-+.!\\`*_{}\[\]#|])      # a syntax character first: the engine then skips plain text fast (5x)
    (?: [\\`*_{}\[\]#|]          # emphasis, code, links, attribute lists, headings, tables
      | [-+] (?: (?=[\s\-+]|$)      # "- ", "--", "---", "--8<--"
               | (?<=^.)          # a list item or rule at the start of a block
               | (?<=[\s\-+].) )
      | (?<=\d)\.                 # "1." would start an ordered list
      | !(?=[!\[])                # "![" image, "!!!" admonition
      | (?<=!)!
    )
""", re.VERBOSE)
_QUESTION_RUN = re.compile(r"\?{3,}")  # "???" opens a collapsible block; "?" has no backslash escape
_WHITESPACE = re.compile(r"\s{2,}|[^\S ]")  # runs and non-space whitespace: single spaces stay as they are
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Bidi embeddings, overrides and isolates: "\u202etxt.exe" would show as "exe.txt" and reorder
# whatever the page prints after it ("Trojan Source"). Text from inputs never keeps them.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
SAFE_SCHEMES = ("http", "https", "mailto")


_STRIPPED = re.compile(f"{_CONTROL.pattern}|{BIDI_CONTROLS.pattern}")
# Names, titles and labels are escaped again and again (an actor's name on every page that links
# it); remembering short results halves the time spent escaping on a big site.
_MEMO: dict[str, Md] = {}
_MEMO_MAX_ITEMS = 200_000
_MEMO_MAX_CHARS = 120


def _backslashed(match: re.Match) -> str:
    # Cheaper than the template r"\\\g<0>", which Python 3.11 expands in Python for every match.
    return "\\" + match.group()


def escape(text: object) -> Md:
    """Escape any text for inline use in Markdown: one line, no markup, no raw HTML."""
    if isinstance(text, Md):
        return text
    original = str(text)
    known = _MEMO.get(original)
    if known is not None:
        return known
    value = _STRIPPED.sub("", original)
    # Runs of whitespace (newlines included) become one space, so text can never start a new
    # Markdown block; a single edge space is kept because templates glue values together.
    value = _WHITESPACE.sub(" ", value)
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    # Every place Markdown could read as syntax is escaped: emphasis, links, images, lists,
    # headings, tables, attribute lists ({: }), admonitions (!!!, ???) and footnote references.
    value = _SYNTAX.sub(_backslashed, value)
    if "???" in value:
        value = _QUESTION_RUN.sub(lambda m: "&#63;" * len(m.group(0)), value)
    result = Md(value)
    if len(original) <= _MEMO_MAX_CHARS and len(_MEMO) < _MEMO_MAX_ITEMS:
        _MEMO[original] = result
    return result


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
