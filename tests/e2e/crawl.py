"""A small same-site crawler: every internal link and asset must answer 200."""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"])
        for name in ("href", "src"):
            if values.get(name):
                self.links.append(values[name])


@dataclass
class CrawlResult:
    pages: int = 0
    assets: int = 0
    broken: list[str] = field(default_factory=list)
    missing_anchors: list[str] = field(default_factory=list)


def crawl(base: str, limit: int = 5000) -> CrawlResult:
    """Follow every link below `base`; report broken targets and missing #anchors."""
    result = CrawlResult()
    queue, seen, anchors_wanted, ids_by_page = [base], {base}, [], {}
    while queue and len(seen) <= limit:
        url = queue.pop()
        try:
            with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback only
                body = response.read()
                kind = response.headers.get_content_type()
        except (urllib.error.URLError, OSError) as exc:
            result.broken.append(f"{url}: {exc}")
            continue
        if kind != "text/html":
            result.assets += 1
            continue
        result.pages += 1
        parser = _Links()
        parser.feed(body.decode("utf-8", "replace"))
        ids_by_page[url] = parser.ids
        for link in parser.links:
            absolute, fragment = urldefrag(urljoin(url, link))
            if not absolute.startswith(base):
                continue  # external links are not followed (nothing leaves the machine)
            if fragment:
                anchors_wanted.append((url, absolute, fragment))
            if absolute not in seen:
                seen.add(absolute)
                queue.append(absolute)
    for source, page, fragment in anchors_wanted:
        if page in ids_by_page and fragment not in ids_by_page[page]:
            result.missing_anchors.append(f"{source} -> {page}#{fragment}")
    return result
