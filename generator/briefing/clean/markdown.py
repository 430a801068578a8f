"""Markdown structure (from .md files and the HTML reader): headings, list items, quotes; inline markup removed."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Removal
from .lines import Line

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
_ITEM = re.compile(r"^(?:[-*+•]|\d{1,3}[.)])\s+(.*)$")
_QUOTE = re.compile(r"^>\s?(.*)$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
# Not inside words: "Kund*innen ... Investor*innen" is gender-inclusive spelling, not emphasis.
_EMPHASIS = re.compile(r"(?<!\w)(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1(?!\w)")
_CODE = re.compile(r"`([^`]+)`")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")


def mark_structure(lines: list[Line], inline: bool = True) -> tuple[list[Line], list[Removal]]:
    """Tag heading / list / quote lines (kind) and strip inline Markdown (if `inline`); images become removals."""
    result, removals = [], []
    for line in lines:
        text = line.text
        if not text:
            result.append(line)
            continue
        if _RULE.match(text):
            result.append(replace(line, text=""))
            continue
        for image in _IMAGE.finditer(text):
            removals.append(Removal(image.group(), "Bild", line.number))
        kind = ""
        if match := _HEADING.match(text):
            kind, text = f"h{min(len(match.group(1)), 4)}", match.group(2)
        elif match := _ITEM.match(text):
            kind, text = "li", match.group(1)
        elif match := _QUOTE.match(text):
            kind, text = "quote", match.group(1)
        text = strip_inline(text) if inline else text
        result.append(replace(line, text=text, kind=kind) if text else replace(line, text=""))
    return result, removals


def strip_inline(text: str) -> str:
    """Plain text of a Markdown line: links keep their text, emphasis and code marks go."""
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\2", text)
    text = _HTML_TAG.sub("", text)
    return " ".join(text.split())
