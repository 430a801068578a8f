"""Footnote findings on the pages: figures, quotes and dates link to the note; actor pages quote it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import markdown

from briefing.corpus import apply_actor_mapping, build_corpus
from briefing.fulltext import actor_targets, render_fulltext
from briefing.model import (
    Actor, ActorKind, DateRef, Figure, FigureKind, Footnote, Mention, NoteAnalysis, PartialDate, Quote,
    QuoteKind, Sentence, Span,
)
from briefing.markup import escape
from briefing.render import Renderer
from tests.builders import build_article

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
NOTE = "Botschafterin Marta Barcena nannte 3 Mrd. Euro im März 2020."
ORPHAN = "Hans Autor, KAS Mexiko"


def article_with_notes():
    """Body mentions Biden; footnote 7 (marked in the text) mentions Barcena; footnote 1 has no marker."""
    notes = (Footnote(1, ORPHAN), Footnote(7, NOTE, refs=(Span(11, 11),)))
    article = build_article("Biden kam. Dann ging er.", actors={"Biden": ("joe-biden", ActorKind.PERSON)},
                            footnotes=notes)
    start = NOTE.index("Marta")
    sentence = Sentence(0, Span(0, len(NOTE)), 0)
    figure_span = Span(NOTE.index("3 Mrd."), NOTE.index("3 Mrd.") + len("3 Mrd. Euro"))
    date_span = Span(NOTE.index("März"), NOTE.index("März") + len("März 2020"))
    note = NoteAnalysis(
        index=1, number=7, sentences=(sentence,),
        mentions=(Mention("barcena", Span(start, start + len("Marta Barcena")), 0, role="Botschafterin"),),
        quotes=(Quote(QuoteKind.INDIRECT, Span(NOTE.index("3 Mrd."), len(NOTE) - 1), 0, "barcena",
                      cue_span=Span(NOTE.index("nannte"), NOTE.index("nannte") + 6)),),
        figures=(Figure(FigureKind.MONEY, figure_span, 3e9, "EUR", 0),),
        dates=(DateRef(date_span, PartialDate(2020, 3), 0),),
    )
    barcena = Actor("barcena", "Marta Barcena", ActorKind.PERSON, registered=False)
    analysis = replace(article.analysis, notes=(note,), actors=(*article.analysis.actors, barcena))
    return replace(article, analysis=analysis)


def pages():
    corpus = build_corpus([article_with_notes()], taxonomy=())
    renderer = Renderer(TEMPLATES, corpus, site_name="Test", language="de", problems=(), inputs=1)
    return corpus, renderer


def test_actor_profile_counts_footnote_mentions():
    corpus, _ = pages()
    profile = corpus.profile("barcena")
    assert profile.mention_count == 1 and profile.appearances[0].mentions == ()
    assert profile.appearances[0].notes[0].note.number == 7
    assert profile.surface_forms == ("Marta Barcena",) and profile.roles == ("Botschafterin",)
    assert [c.actor_id for c in profile.co_actors] == ["joe-biden"]
    assert profile.quotes[0].note.number == 7


def test_actor_mapping_reaches_footnotes():
    article = article_with_notes()
    actors = {"marta-barcena": Actor("marta-barcena", "Marta Barcena", ActorKind.PERSON),
              "joe-biden": Actor("joe-biden", "Biden", ActorKind.PERSON)}
    mapped = apply_actor_mapping(article, {"barcena": "marta-barcena"}, actors)
    note = mapped.analysis.notes[0]
    assert note.mentions[0].actor_id == "marta-barcena" and note.quotes[0].speaker_id == "marta-barcena"
    assert {a.id for a in mapped.analysis.actors} == {"marta-barcena", "joe-biden"}


def test_article_page_lists_footnote_items_with_links_to_the_note():
    corpus, renderer = pages()
    md = renderer.article_page(corpus.articles[0]).markdown
    assert "| 3 Mrd. Euro | 3 Mrd. EUR |  | [Fn. 7](test.md#fn:7) |" in md
    assert "Fußnote 7: Botschafterin Marta Barcena nannte" in md and "März 2020" in md
    assert "[Marta Barcena](../akteure/barcena.md) (1×)" in md
    assert "— [Marta Barcena](../akteure/barcena.md) (indirekt) [Fn. 7](test.md#fn:7)" in md


def test_actor_page_quotes_the_footnote():
    corpus, renderer = pages()
    md = renderer.actor_page(corpus.profile("barcena")).markdown
    assert "- Fußnote 7: Botschafterin **Marta Barcena** nannte" in md
    assert "[Fn. 7](../artikel/test.md#fn:7)" in md
    assert "1 Nennung\n" in md or "1 Nennung " in md


def test_footnotes_link_actors_and_orphans_get_the_footnote_id():
    article = article_with_notes()
    md = render_fulltext(article, actor_targets("../akteure/", {"barcena": "marta-barcena"}))
    assert "[^7]: Botschafterin [Marta Barcena](../akteure/marta-barcena.md) nannte" in md
    html = markdown.markdown(md, extensions=["footnotes"])
    assert 'id="fn:7"' in html and 'id="fn:1"' in html


def test_a_name_inside_a_url_stays_part_of_the_url():
    text = "Siehe https://example.org/trump-news"
    note = Footnote(2, text, refs=(Span(5, 5),))
    article = build_article("Trump kam.", footnotes=(note,))
    start = text.index("trump")
    analysis = replace(article.analysis, notes=(NoteAnalysis(0, 2, (Sentence(0, Span(0, len(text)), 0),),
                                                             (Mention("trump", Span(start, start + 5), 0),)),))
    md = render_fulltext(replace(article, analysis=analysis), actor_targets("../akteure/", {"trump": "donald-trump"}))
    assert "[https://example.org/trump-news](https://example.org/trump-news)" in md
    assert "donald-trump.md" not in md.split("[^2]:")[1]



def test_page_numbers_footnotes_as_the_source_does():
    """Footnote 1 has no marker (authors line): footnote 2 must still be shown as 2, not renumbered to 1."""
    text = "Erster Satz. Zweiter Satz."
    notes = (Footnote(1, "Die Autoren"), Footnote(2, "Zwei", refs=(Span(12, 12),)),
             Footnote(3, "Drei", refs=(Span(len(text), len(text)),)))
    html = markdown.markdown(render_fulltext(build_article(text, footnotes=notes), actor_targets("", {})),
                             extensions=["footnotes"])
    assert '<a class="footnote-ref" href="#fn:2">2</a>' in html
    assert '<a class="footnote-ref" href="#fn:3">3</a>' in html
    assert '<a class="footnote-ref" href="#fn:1">1</a>' in html  # from the "ohne Verweis" line
    assert html.index('id="fn:1"') < html.index('id="fn:2"') < html.index('id="fn:3"')
