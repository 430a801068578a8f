"""URLs broken across lines (PDF footnotes) are glued back together exactly, hyphens and all."""

from __future__ import annotations

import re

_URL_AT_END = re.compile(r"(?:https?://|www\.)\S*$")
_URL_CHARS = re.compile(r"^[\w\-./?=&%#~+:;,@!$'()*\[\]]+$")
_OPEN_ENDS = ("-", "/", "_", "=", "?", "&", "%", "#", "~", "+", ".")


def continues_url(text: str, next_line: str) -> bool:
    """True if `text` ends inside a URL and `next_line` starts with its continuation."""
    match = _URL_AT_END.search(text)
    if match is None:
        return False
    first = next_line.split(" ", 1)[0]
    if not _URL_CHARS.match(first) or first.startswith(("http", "www.")) or re.match(r"\d+https?://", first):
        return False
    url = match.group()
    if url.endswith(_OPEN_ENDS[:-1]):
        return True
    # Broken mid-word ("…/espanol/opin" + "ion/lopez-….html"): only trust a line that is a bare URL piece.
    return " " not in next_line.strip() and bool(re.search(r"[/.=\-_?&][\w]", first)) and first[:1].islower()
