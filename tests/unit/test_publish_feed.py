"""Atom feed: newest first, only day-precise dates (never invented), everything XML-escaped."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from briefing.model import (Analysis, Article, Block, BlockKind, CleanDocument, Metadata, PartialDate, RawDocument,
                            SourceFormat, Span)
from briefing.publish.feed import ATOM, atom_feed

NS = {"a": ATOM}


def article(slug: str, title: str | None, date: PartialDate | None, text: str = "Ein Absatz.", **meta) -> Article:
    raw = RawDocument(Path(f"{slug}.txt"), f"{slug}.txt", SourceFormat.TEXT, text)
    document = CleanDocument(raw, text, (Block(BlockKind.PARAGRAPH, Span(0, len(text))),))
    return Article(slug, Metadata(title=title, date=date, **meta), document, Analysis())


def entries(feed: bytes) -> list[ET.Element]:
    return ET.fromstring(feed).findall("a:entry", NS)


def test_newest_first_and_undated_or_imprecise_left_out() -> None:
    feed = atom_feed([
        article("alt", "Alt", PartialDate(2024, 1, 5)),
        article("ohne", "Ohne Datum", None),
        article("monat", "Nur Monat", PartialDate(2025, 11)),
        article("neu", "Neu", PartialDate(2025, 10, 28)),
    ], title="Briefing")
    titles = [e.findtext("a:title", namespaces=NS) for e in entries(feed)]
    assert titles == ["Neu", "Alt"]
    root = ET.fromstring(feed)
    assert root.findtext("a:updated", namespaces=NS) == "2025-10-28T00:00:00Z"
    first = entries(feed)[0]
    assert first.findtext("a:published", namespaces=NS) == "2025-10-28T00:00:00Z"
    assert first.find("a:link[@rel='alternate']", NS).get("href") == "artikel/neu.html"


def test_text_is_escaped_and_links_absolute_with_site_url() -> None:
    nasty = 'Zölle & <script>alert("x")</script> ]]>'
    feed = atom_feed([article("z", nasty, PartialDate(2025, 3, 1), text=nasty, source="A & B",
                              url="https://example.org/?a=1&b=2")],
                     title="T & <U>", site_url="https://user.github.io/repo/", directory_urls=False)
    assert b"<script>" not in feed
    root = ET.fromstring(feed)  # well-formed despite the input
    entry = entries(feed)[0]
    assert entry.findtext("a:title", namespaces=NS) == nasty
    assert entry.find("a:link[@rel='alternate']", NS).get("href") == "https://user.github.io/repo/artikel/z.html"
    assert entry.find("a:link[@rel='via']", NS).get("href") == "https://example.org/?a=1&b=2"
    assert root.findtext("a:title", namespaces=NS) == "T & <U>"
    assert entry.findtext("a:author/a:name", namespaces=NS) == "A & B"


def test_empty_feed_is_valid() -> None:
    root = ET.fromstring(atom_feed([article("x", "X", None)], title="Leer"))
    assert root.findall("a:entry", NS) == []
    assert root.findtext("a:author/a:name", namespaces=NS) == "Leer"
