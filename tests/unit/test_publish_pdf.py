"""PDF helpers without a browser: page lookup, the Chromium error, and how the Mappe is assembled."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.publish import pdf
from briefing.publish.search import pagefind_command, search_page

PAGE = """<!doctype html><html lang="de"><head><link rel="stylesheet" href="{up}assets/main.css"></head>
<body><div class="md-content"><article class="md-content__inner md-typeset">{body}</article></div>
<script>alert(1)</script></body></html>"""


def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "artikel").mkdir(parents=True)
    (root / "akteure").mkdir()
    (root / "index.html").write_text(PAGE.format(up="", body="<h1>Start</h1>"))
    (root / "artikel" / "a.html").write_text(PAGE.format(up="../", body=(
        '<h1 id="a">A</h1><p><a href="#s1">Satz</a> <a href="../akteure/x.html#k">X</a> '
        '<a href="b.html">B</a> <a href="https://example.org/">extern</a></p>'
        '<img src="../charts/c.svg" alt="Grafik"><a id="s1"></a><script>evil()</script>')))
    (root / "artikel" / "b.html").write_text(PAGE.format(up="../", body='<h1 id="b">B</h1>'))
    (root / "akteure" / "x.html").write_text(PAGE.format(up="../", body='<h1 id="x">X</h1><p id="k">k</p>'))
    return root


def test_page_file_accepts_the_usual_spellings(tmp_path: Path) -> None:
    root = site(tmp_path)
    for name in ("artikel/a", "artikel/a.md", "artikel/a.html", "/artikel/a/"):
        assert pdf.page_file(root, name) == root / "artikel" / "a.html"
    assert pdf.page_file(root, "") == root / "index.html"
    with pytest.raises(pdf.PdfError, match="nicht gefunden"):
        pdf.page_file(root, "artikel/fehlt")
    with pytest.raises(pdf.PdfError, match="ungültig"):
        pdf.page_file(root, "../etc/passwd")
    assert pdf.default_output(Path("build"), "artikel/a") == Path("build/pdf/artikel/a.pdf")


def test_missing_chromium_names_the_package(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("BRIEFING_CHROMIUM", raising=False)
    with pytest.raises(pdf.ChromiumMissing, match="apt-get install chromium"):
        pdf.find_chromium()


def test_mappe_links_point_inside_and_ids_stay_unique(tmp_path: Path) -> None:
    root = site(tmp_path)
    plan = pdf.MappePlan("Briefing & Co", "1. März 2025", "de",
                         (pdf.Section("artikel/a.html", "A <1>"), pdf.Section("artikel/b.html", "B")),
                         (pdf.Section("akteure/x.html", "X"),))
    doc = pdf.mappe_html(root, plan, {"m1": 3, "m2": 4, "m3": 5})
    assert "Briefing &amp; Co" in doc and "A &lt;1&gt;" in doc
    assert 'href="#m1-s1"' in doc and 'id="m1-s1"' in doc  # in-page anchors renamed per section
    assert 'href="#m3-k"' in doc and 'href="#m2"' in doc  # links to other sections of the Mappe
    assert 'href="https://example.org/"' in doc
    assert f'src="{(root / "charts" / "c.svg").as_uri()}"' in doc
    assert f'href="{(root / "assets" / "main.css").as_uri()}"' in doc
    assert "<script" not in doc
    assert '<span class="page">3</span>' in doc
    without_actors = pdf.mappe_html(root, pdf.MappePlan("T", "", "de", plan.articles))
    assert 'data-removed-href=""' in without_actors  # actor page not in the Mappe: text stays, link goes


def test_search_page_and_pagefind_command() -> None:
    page = search_page("de")
    assert 'id="pagefind-suche"' in page and 'data-pagefind-ignore="all"' in page
    cmd = pagefind_command(Path("/s"), "de")
    assert cmd[cmd.index("--force-language") + 1] == "de"
