"""Static scan of a built site: every element, attribute and URL that could run or load content."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

from tests.security.hostile import DANGEROUS_SCHEMES

# Elements the theme legitimately uses that could run or embed code; anything else of this
# kind in a page was made from content.
ACTIVE_TAGS = {"script", "iframe", "object", "embed", "form", "base", "frame", "frameset", "applet", "meta", "link",
               "style", "svg", "math", "foreignobject", "noscript", "template", "button", "input", "textarea", "select"}
URL_ATTRS = {"href", "src", "action", "formaction", "data", "srcdoc", "xlink:href", "poster", "background", "ping",
             "content", "srcset"}
# Material's own scripts, our vendored shim and tablesort, the table-sorting starter and the
# pagefind loader (src relative to the site root). Nothing from content can name these files.
THEME_SCRIPT = re.compile(
    r"^/?(?:\.\./)*(?:assets/javascripts/|assets/vendor/|assets/sortable\.js$|search/search_index\.js|pagefind/)")


TABLE_ALIGN = re.compile(r"text-align: (?:left|right|center);")


@dataclass
class Finding:
    page: str
    what: str

    def __str__(self) -> str:
        return f"{self.page}: {self.what}"


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str | None]
    text: list[str] = field(default_factory=list)


class _Scanner(HTMLParser):
    # <title> and <textarea> hold text only (RCDATA): tags inside are inert unless they end the element.
    CDATA_CONTENT_ELEMENTS = ("script", "style", "title", "textarea")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[_Element] = []
        self._open: list[_Element] = []

    def handle_starttag(self, tag, attrs):
        element = _Element(tag, {k.lower(): v for k, v in attrs})
        self.elements.append(element)
        if tag in ("script", "style"):
            self._open.append(element)

    def handle_endtag(self, tag):
        if self._open and self._open[-1].tag == tag:
            self._open.pop()

    def handle_data(self, data):
        if self._open:
            self._open[-1].text.append(data)


def _dangerous_url(value: str) -> bool:
    compact = re.sub(r"[\s\x00-\x1f]+", "", unquote(value)).lower()
    return compact.startswith(DANGEROUS_SCHEMES)


def scan_html(html: str, page: str, baseline_tags: dict[str, int] | None = None) -> list[Finding]:
    """Findings for one page: scripts not from the theme, event handlers, dangerous URLs, embeds."""
    scanner = _Scanner()
    scanner.feed(html)
    found: list[Finding] = []
    for el in scanner.elements:
        for name, value in el.attrs.items():
            if name.startswith("on"):
                found.append(Finding(page, f"<{el.tag} {name}={value!r}>"))
            if value and name in URL_ATTRS and _dangerous_url(value):
                found.append(Finding(page, f"<{el.tag} {name}={value[:80]!r}>"))
            if name == "style" and not TABLE_ALIGN.fullmatch(value or ""):
                # Only Python-Markdown's table column alignment puts inline styles on content.
                found.append(Finding(page, f"<{el.tag} style={value!r}>"))
        if el.tag == "script":
            src = el.attrs.get("src")
            body = "".join(el.text)
            if src is not None and not THEME_SCRIPT.match(src):
                found.append(Finding(page, f"<script src={src!r}>"))
            if "pwned" in body or "alert(" in body:
                found.append(Finding(page, f"inline script with content: {body[:80]!r}"))
        if el.tag == "meta" and (el.attrs.get("http-equiv") or "").lower() == "refresh":
            found.append(Finding(page, "<meta http-equiv=refresh>"))
    if baseline_tags is not None:
        counts: dict[str, int] = {}
        for el in scanner.elements:
            if el.tag in ACTIVE_TAGS:
                counts[el.tag] = counts.get(el.tag, 0) + 1
        for tag, n in counts.items():
            if n > baseline_tags.get(tag, 0):
                found.append(Finding(page, f"{n} <{tag}> elements, theme pages have at most {baseline_tags.get(tag, 0)}"))
    return found


def active_tag_counts(html: str) -> dict[str, int]:
    scanner = _Scanner()
    scanner.feed(html)
    counts: dict[str, int] = {}
    for el in scanner.elements:
        if el.tag in ACTIVE_TAGS:
            counts[el.tag] = counts.get(el.tag, 0) + 1
    return counts


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "pagefind" not in p.relative_to(site).parts)
