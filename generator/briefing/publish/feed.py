"""Atom feed of the articles (feed.xml at the site root), newest first.

Atom requires a full timestamp on every entry. Only articles whose date is known to the day get
one (as midnight UTC of that day); articles dated only to the month or year, or not at all, are
left out rather than given an invented day. Everything is written through ElementTree, so all
text is XML-escaped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from urllib.parse import quote

from ..markup import safe_url
from ..model import Article, DatePrecision, PartialDate
from ..render import article_path, teaser

ATOM = "http://www.w3.org/2005/Atom"
FEED_PATH = "feed.xml"
# Atom requires <updated> on the feed; with no dated article there is no true value to give.
NO_DATE = "1970-01-01T00:00:00Z"


# Characters XML 1.0 does not allow (C0 controls but tab/newline/CR, surrogates, U+FFFE/U+FFFF), and
# bidi overrides that would reorder what a feed reader shows (see markup.BIDI_CONTROLS).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]")


def _xml_safe(text: str | None) -> str | None:
    return _NOT_XML.sub("", text) if text else text


def timestamp(date: PartialDate) -> str:
    return f"{date.iso()}T00:00:00Z"


def article_href(article: Article, *, directory_urls: bool) -> str:
    """Site-relative URL of an article page, as MkDocs writes it."""
    stem = quote(article_path(article).removesuffix(".md"))
    return f"{stem}/" if directory_urls else f"{stem}.html"


def dated(articles: Sequence[Article]) -> list[Article]:
    """Articles with a day-precise date, newest first (ties: by slug, for a stable file)."""
    keep = [a for a in articles if a.metadata.date and a.metadata.date.precision == DatePrecision.DAY]
    keep.sort(key=lambda a: a.slug)
    keep.sort(key=lambda a: a.metadata.date.sort_key(), reverse=True)
    return keep


def atom_feed(articles: Sequence[Article], *, title: str, site_url: str = "", directory_urls: bool = False) -> bytes:
    """The feed document. Links are absolute when site_url is set, else relative to feed.xml."""
    base = site_url.rstrip("/") + "/" if site_url else ""
    entries = dated(articles)
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    if base:
        feed.set("xml:base", base)
    ET.SubElement(feed, f"{{{ATOM}}}title").text = title
    ET.SubElement(feed, f"{{{ATOM}}}id").text = base + FEED_PATH if base else f"urn:briefing:{quote(title)}"
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = timestamp(entries[0].metadata.date) if entries else NO_DATE
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=base + FEED_PATH)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=base or "./")
    ET.SubElement(feed, f"{{{ATOM}}}generator").text = "briefing"
    # Entries without authors or source inherit this one (Atom wants an author for every entry).
    ET.SubElement(ET.SubElement(feed, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = title
    for article in entries:
        meta = article.metadata
        href = base + article_href(article, directory_urls=directory_urls)
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}title").text = meta.title or article.document.raw.relpath
        ET.SubElement(entry, f"{{{ATOM}}}id").text = href if base else f"urn:briefing:artikel:{quote(article.slug)}"
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=href)
        via = safe_url(meta.url)  # only http(s)/mailto: a feed reader may follow it
        if via:
            ET.SubElement(entry, f"{{{ATOM}}}link", rel="via", href=via)
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = timestamp(meta.date)
        ET.SubElement(entry, f"{{{ATOM}}}published").text = timestamp(meta.date)
        for name in meta.authors or ((meta.source,) if meta.source else ()):
            ET.SubElement(ET.SubElement(entry, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = name
        summary = teaser(article)
        if summary:
            ET.SubElement(entry, f"{{{ATOM}}}summary").text = summary
        if meta.source:
            source = ET.SubElement(entry, f"{{{ATOM}}}source")
            ET.SubElement(source, f"{{{ATOM}}}title").text = meta.source
    for el in feed.iter():  # text from inputs may hold characters XML forbids; one would void the feed
        el.text = _xml_safe(el.text)
        for name, value in el.attrib.items():
            el.set(name, _xml_safe(value))
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"
