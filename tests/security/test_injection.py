"""Hostile text in articles, metadata, file names and registries shows as text and never runs (issue 9)."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

from briefing.markup import BIDI_CONTROLS
from briefing.publish.feed import atom_feed
from tests.builders import build_article
from tests.security.hostile import HOSTILE_ACTORS, LINE_PAYLOADS, PAYLOADS, PWNED, hostile_cases
from tests.security.scan import html_pages, scan_html

ATOM = "{http://www.w3.org/2005/Atom}"
SVG_FORBIDDEN = {"script", "foreignObject", "iframe", "object", "embed", "use", "image", "a", "animate", "set"}


class _Text(HTMLParser):
    """Visible text of the <article> element (the page content, without theme chrome)."""

    VOID = {"br", "img", "hr", "input", "meta", "link", "wbr", "col", "source"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.skip = 0  # inside generator furniture: footnote markers (<sup>), permalinks (¶)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        if tag == "article" or self.depth:
            self.depth += 1
            if self.skip or tag == "sup" or ("class", "headerlink") in attrs:
                self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if self.depth:
            self.depth -= 1
            if self.skip:
                self.skip -= 1

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.parts.append(data)


def page_text(path: Path) -> str:
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return " ".join("".join(parser.parts).split())


def shown(text: str) -> str:
    """What escaping keeps of a text: no control or bidi characters, whitespace runs as one space."""
    text = BIDI_CONTROLS.sub("", re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text))
    return " ".join(text.split())


def test_the_hostile_corpus_is_big_enough_to_mean_something() -> None:
    cases = list(hostile_cases())
    assert len(PAYLOADS) >= 40 and len(cases) >= 100


def test_every_hostile_input_is_a_page_or_a_report_line(hostile_build) -> None:
    result = hostile_build.result
    reported = {p.path.removeprefix("content/articles/") for p in result.problems}
    assert result.articles + len({i for i in hostile_build.project.inputs if i in reported}) == len(
        hostile_build.project.inputs)
    # Most attacks must actually reach a page, or the checks below would test nothing.
    assert result.articles >= len(PAYLOADS) * 2 - 4


def test_no_page_has_active_content(hostile_site) -> None:
    pages = html_pages(hostile_site)
    assert len(pages) > 60
    findings = [str(f) for page in pages for f in scan_html(page.read_text(encoding="utf-8"),
                                                            page.relative_to(hostile_site).as_posix())]
    assert findings == []


def test_title_cannot_break_out_of_the_html_title(hostile_site) -> None:
    for page in html_pages(hostile_site):
        head = page.read_text(encoding="utf-8").split("</head>")[0]
        assert head.count("<title>") == 1 and head.count("</title>") == 1, page


def test_attacks_in_the_text_are_shown_as_text(hostile_site) -> None:
    missing = []
    for name, payload in PAYLOADS.items():
        page = hostile_site / "artikel" / f"txt-{name.replace('_', '-')}.html"
        if not page.exists():
            continue  # refused by the reader: covered by the report test above
        text = page_text(page)
        # Every line of the payload, as escaping keeps it, is readable on the page.
        for line in payload.splitlines():
            if shown(line) and shown(line) not in text:
                missing.append(f"{page.name}: {shown(line)!r}")
        # The sidecar title and source too (title: the page heading).
        if shown(LINE_PAYLOADS[name]) not in text:
            missing.append(f"{page.name}: title {shown(LINE_PAYLOADS[name])!r}")
    assert missing == []


def test_template_and_snippet_syntax_is_never_evaluated(hostile_site) -> None:
    text = page_text(hostile_site / "artikel" / "txt-jinja.html")
    assert "{{ 7*7 }}" in text and "{% for x in range(3) %}X{% endfor %}" in text and "XXX" not in text
    everything = "".join(p.read_text(encoding="utf-8", errors="replace") for p in hostile_site.rglob("*")
                         if p.is_file() and p.suffix in {".html", ".js", ".json", ".xml", ".csv", ".svg"})
    assert "root:x:0:0" not in everything  # --8<-- "/etc/passwd" was not included
    assert "extra:\n  generator" not in everything  # nor mkdocs.yml


def test_registry_attacks_are_text(hostile_site) -> None:
    pages = {p.name: p for p in (hostile_site / "akteure").glob("*.html")}
    evil = page_text(pages["evil-corp.html"])
    assert shown(HOSTILE_ACTORS[0]["description"]) in evil
    topics = " ".join(page_text(p) for p in (hostile_site / "themen").glob("*.html"))
    assert "<script>window.__pwned=1</script> Handel" in topics  # topic name from topics.yml, as text
    # Actor ids from actors.yml cannot leave the folder: "../../../etc/passwd" is a plain slug.
    assert all(p.resolve().is_relative_to(hostile_site.resolve()) for p in hostile_site.rglob("*"))
    assert not any(".." in p.name for p in hostile_site.rglob("*"))


def test_svg_charts_are_inert(hostile_site) -> None:
    svgs = list(hostile_site.rglob("*.svg"))
    assert svgs
    for svg in svgs:
        root = ET.parse(svg).getroot()  # well-formed: labels are XML-escaped
        for el in root.iter():
            tag = el.tag.split("}")[-1]
            assert tag not in SVG_FORBIDDEN, (svg, tag)
            for name, value in el.attrib.items():
                assert not name.split("}")[-1].lower().startswith("on"), (svg, name)
                if name.split("}")[-1] in ("href", "src"):
                    assert value.lower().lstrip().startswith(("#", "http")), (svg, name, value)
        assert PWNED not in svg.read_text(encoding="utf-8") or "&lt;script" in svg.read_text(encoding="utf-8")


def test_csv_exports_cannot_run_formulas(hostile_site) -> None:
    files = list((hostile_site / "daten").glob("*.csv")) + list((hostile_site / "grafiken").rglob("*.csv"))
    assert files
    risky = []
    for path in files:
        for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8"))):
            for cell in row:
                if cell[:1] in ("=", "+", "-", "@", "\t", "\r") and not re.fullmatch(r"-?\d+(\.\d+)?(e-?\d+)?", cell):
                    risky.append(f"{path.name}: {cell[:40]!r}")
    assert risky == []
    artikel = (hostile_site / "daten" / "artikel.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK(" in artikel and "'@SUM(" in artikel  # kept as text, not dropped


def test_json_exports_are_data(hostile_site) -> None:
    for path in (hostile_site / "daten").glob("*.json"):
        rows = json.loads(path.read_text(encoding="utf-8"))
        assert isinstance(rows, list) and all(isinstance(r, dict) for r in rows)
    titles = {r["title"] for r in json.loads((hostile_site / "daten" / "artikel.json").read_text(encoding="utf-8"))}
    assert any(t and t.startswith("<script>") for t in titles)  # raw text: JSON is data, the reader escapes


def test_feed_is_inert(hostile_site) -> None:
    root = ET.parse(hostile_site / "feed.xml").getroot()
    entries = root.findall(f"{ATOM}entry")
    assert entries
    for el in root.iter():
        assert el.tag.startswith(ATOM), el.tag  # no foreign (XHTML, script) elements
        assert el.get("type") in (None, "text", "text/html") or el.tag == f"{ATOM}link", el.attrib
        for value in el.attrib.values():
            assert not value.lower().lstrip().startswith(("javascript:", "data:", "vbscript:")), value
        if el.tag in (f"{ATOM}summary", f"{ATOM}title", f"{ATOM}content"):
            assert el.get("type") in (None, "text"), el.attrib  # plain text: readers never parse it as HTML
    titles = [e.findtext(f"{ATOM}title") for e in entries]
    assert any("<script>" in t for t in titles)  # shown as text (ElementTree escaped it in the file)


def test_feed_never_links_a_script_url() -> None:
    from dataclasses import replace

    from briefing.model import PartialDate

    article = build_article("Text.", date=PartialDate(2025, 3, 1))
    article = replace(article, metadata=replace(article.metadata, url="javascript:alert(1)", title="</title><x>"))
    feed = atom_feed([article], title="T").decode("utf-8")
    assert "javascript:" not in feed and "<x>" not in feed and "&lt;/title&gt;&lt;x&gt;" in feed


def test_report_shows_hostile_file_names_as_text(hostile_build) -> None:
    report = hostile_build.settings.docs_dir / "bericht.md"
    assert report.exists()
    page = hostile_build.settings.site_dir / "bericht.html"
    scan = scan_html(page.read_text(encoding="utf-8"), "bericht.html")
    assert scan == []
    assert html.unescape("javascript:window.__pwned=1") in page_text(page)  # the refused URL, as text
