"""Escaping: untrusted text never becomes HTML, links or Markdown structure."""

from __future__ import annotations

import html

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.markup import BIDI_CONTROLS, Md, escape, external_link, safe_url

EXTENSIONS = ["tables", "footnotes", "attr_list", "admonition", "pymdownx.details", "toc"]


def render(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


def visible_text(rendered: str) -> str:
    assert rendered.startswith("<p>") and rendered.endswith("</p>"), rendered
    return html.unescape(rendered[3:-4])


HOSTILE = [
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "![x](data:text/html;base64,PHNjcmlwdD4=)",
    "<img src=x onerror=alert(1)>",
    "&lt;script&gt;",
    "&#x3C;script&#x3E;alert(1)",
    "!!! danger \"x\"",
    "--8<-- \"/etc/passwd\"",
    "Text {: onclick=\"alert(1)\" }",
    "# Überschrift",
    "1. Liste",
    "- Punkt",
    "> Zitat",
    "| a | b |",
    "`code`",
    "**fett** _kursiv_",
    "[^1]",
    "<https://example.org>",
    "{{ config }} {% raw %}",
]


def test_hostile_strings_render_as_their_own_text() -> None:
    for text in HOSTILE:
        rendered = render(escape(text))
        assert "<script" not in rendered and "<img" not in rendered and "<a " not in rendered, text
        assert visible_text(rendered) == text, text


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=80))
def test_escape_round_trips_through_markdown(text: str) -> None:
    expected = " ".join(BIDI_CONTROLS.sub("", text).split())  # bidi controls are dropped on purpose
    if not expected:
        return
    assert visible_text(render(escape(text))).strip() == expected


# Mostly Markdown syntax: the characters escape() treats by position ("-", "+", ".", "!", "?").
SYNTAX_SOUP = st.text(alphabet="-+.!?#*_[]()<>&|`{}:^~=\\ \n\t1aÄ", min_size=1, max_size=40)


@settings(max_examples=3000, deadline=None)
@given(SYNTAX_SOUP)
def test_syntax_soup_round_trips_through_markdown(text: str) -> None:
    expected = " ".join(text.split())
    if not expected:
        return
    assert visible_text(render(escape(text))).strip() == expected


def test_md_values_pass_unchanged() -> None:
    assert escape(Md("[a](b.md)")) == "[a](b.md)"


def test_only_http_links_become_links() -> None:
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("data:text/html,x") is None
    assert safe_url(" JAVASCRIPT:alert(1)") is None
    assert safe_url("https://example.org/a b(c)") == "https://example.org/a%20b%28c%29"
    assert external_link("x", "vbscript:x") == "x"
    assert render(external_link("Quelle", "https://example.org/x?a=1&b=2")).count("<a ") == 1
