"""The Volltext section: anchors, actor links and footnotes woven into escaped text."""

from __future__ import annotations

import markdown

from briefing.fulltext import actor_targets, render_fulltext
from briefing.markup import escape
from briefing.model import ActorKind, Footnote, Span
from tests.builders import build_article

EXTENSIONS = ["tables", "footnotes", "attr_list", "admonition", "toc"]


def render(article) -> str:
    return render_fulltext(article, actor_targets("../akteure/", {"trump": "donald-trump"}))


def test_sentences_get_anchors_and_mentions_links() -> None:
    article = build_article("Trump sagte etwas. Dann ging Trump.", actors={"Trump": ("trump", ActorKind.PERSON)})
    md = render(article)
    assert md.startswith('<a id="s0"></a>[Trump](../akteure/donald-trump.md)')
    assert '<a id="s1"></a>' in md and md.count("](../akteure/donald-trump.md)") == 2


def test_hostile_text_stays_text() -> None:
    article = build_article("<script>alert(1)</script> [x](javascript:alert(1)) Trump.",
                            actors={"Trump": ("trump", ActorKind.PERSON)})
    html = markdown.markdown(render(article), extensions=EXTENSIONS)
    assert "<script>" not in html and 'href="javascript' not in html
    assert "&lt;script&gt;" in html


def test_headings_sit_below_volltext() -> None:
    article = build_article("Zwischentitel", "Absatz.", headings=(0,))
    first_line = render(article).splitlines()[0]
    assert first_line.startswith("### ") and first_line.endswith("Zwischentitel")


def test_footnotes_become_markdown_footnotes_with_links() -> None:
    text = "Biden gratulierte."
    note = Footnote(2, "Siehe https://example.org/a-b und mehr", refs=(Span(len(text), len(text)),))
    article = build_article(text, footnotes=(note,))
    md = render(article)
    assert escape("gratulierte.") + "[^2]" in md
    html = markdown.markdown(md, extensions=EXTENSIONS)
    assert 'href="https://example.org/a-b"' in html and 'class="footnote"' in html
