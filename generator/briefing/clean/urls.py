"""URLs broken across lines (PDF footnotes) are glued back together exactly, hyphens and all."""

from __future__ import annotations

import re

_URL_AT_END = re.compile(r"(?:https?://|www\.)\S*$")
_URL_CHARS = re.compile(r"^[\w\-./?=&%#~+:;,@!$'()*\[\]]+$")
_DIGITS_URL = re.compile(r"\d+https?://")
_URL_PIECE = re.compile(r"[/.=\-_?&][\w]")
# URLs longer than this are not rejoined (no real one is; see clean/hyphens.MAX_GLUED).
MAX_URL = 8192
_OPEN_ENDS = ("-", "/", "_", "=", "?", "&", "%", "#", "~", "+", ".")


def continues_url(text: str, next_line: str) -> bool:
    """True if `text` ends inside a URL and `next_line` starts with its continuation."""
    return ends_in_url(text) and url_continues(text, next_line)


def ends_in_url(text: str) -> bool:
    """True if the last word of `text` contains a URL (http://, https://, www.) that runs to its end."""
    # Only the last word matters; searching all of `text` was quadratic for a growing paragraph.
    tail = text[-MAX_URL:].removesuffix("\n")  # like `$`, allow one final newline
    words = tail.rsplit(None, 1)
    return bool(words) and not tail[-1:].isspace() and _URL_AT_END.search(words[-1]) is not None


def url_continues(url_text: str, next_line: str) -> bool:
    """True if `next_line` starts with the rest of the URL that ends `url_text` (see ends_in_url)."""
    first = next_line.split(" ", 1)[0]
    if not _URL_CHARS.match(first) or first.startswith(("http", "www.")) or _DIGITS_URL.match(first):
        return False
    if url_text.removesuffix("\n").endswith(_OPEN_ENDS[:-1]):
        return True
    # Broken mid-word ("…/espanol/opin" + "ion/lopez-….html"): only trust a line that is a bare URL piece.
    return " " not in next_line.strip() and bool(_URL_PIECE.search(first)) and first[:1].islower()
