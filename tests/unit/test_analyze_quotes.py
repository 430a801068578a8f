"""Quotes: direct marks, indirect speech, speakers via mentions and pronouns (hand-built mentions)."""

from __future__ import annotations

import re

from briefing.analyze.quotes import find_quotes
from briefing.analyze.sentences import split_sentences
from briefing.model import Actor, ActorKind, Mention, QuoteKind, Span
from tests.builders import build_document

PEOPLE = {"Donald Trump": "trump", "Trump": "trump", "Justin Trudeau": "trudeau", "Nancy Pelosi": "pelosi",
          "Marcelo Ebrard": "ebrard", "Angela Merkel": "merkel", "Merkel": "merkel"}
ACTORS = tuple(Actor(i, i, ActorKind.PERSON) for i in set(PEOPLE.values())) + (
    Actor("kanada", "Kanada", ActorKind.LAND), Actor("usa", "USA", ActorKind.LAND))


def quotes(*paragraphs: str):
    doc = build_document(*paragraphs)
    sentences = split_sentences(doc.text, doc.blocks)
    mentions, taken = [], []
    surfaces = {**PEOPLE, "Kanadas": "kanada", "USA": "usa"}
    for surface in sorted(surfaces, key=len, reverse=True):
        for m in re.finditer(rf"\b{re.escape(surface)}\b", doc.text):
            span = Span(m.start(), m.end())
            if not any(t.overlaps(span) for t in taken):
                taken.append(span)
                sentence = next(s.index for s in sentences if s.span.contains(span))
                mentions.append(Mention(surfaces[surface], span, sentence))
    found = find_quotes(doc.text, sentences, tuple(sorted(mentions, key=lambda m: m.span)), ACTORS)
    return [(q.kind, q.span.of(doc.text), q.speaker_id, q.cue_span.of(doc.text) if q.cue_span else None)
            for q in found]


def test_direct_with_pronoun_after_quote():
    found = quotes('Trump sprach in Washington. "Ich denke, Nancy Pelosi wird das Richtige tun", sagte er.')
    assert found == [(QuoteKind.DIRECT, "Ich denke, Nancy Pelosi wird das Richtige tun", "trump", "sagte")]


def test_direct_german_marks_and_colon_intro():
    found = quotes("Angela Merkel sagte: „Wir schaffen das.“")
    assert found == [(QuoteKind.DIRECT, "Wir schaffen das.", "merkel", "sagte")]


def test_direct_other_marks():
    for text in ("»Wir kommen wieder«, sagte Merkel.", "«Wir kommen wieder», sagte Merkel.",
                 "“Wir kommen wieder”, sagte Merkel."):
        assert quotes(text)[0][1:3] == ("Wir kommen wieder", "merkel")


def test_nested_single_quotes_stay_inside():
    found = quotes("„Er nannte es ‚gut‘ und ging“, sagte Merkel.")
    assert found[0][1] == "Er nannte es ‚gut‘ und ging"


def test_quote_over_two_sentences():
    found = quotes('Trump kam. "Wir konkurrieren mit China. Nicht so sehr untereinander", sagte er.')
    assert found == [(QuoteKind.DIRECT, "Wir konkurrieren mit China. Nicht so sehr untereinander", "trump", "sagte")]


def test_indirect_cue_first():
    found = quotes("Trump sagte, er hoffe, dass die Ratifizierung schnell vonstatten gehe.")
    assert found == [(QuoteKind.INDIRECT, "er hoffe, dass die Ratifizierung schnell vonstatten gehe", "trump", "sagte")]


def test_indirect_cue_after_with_role():
    found = quotes("Es habe Fortschritte gegeben, sagte Kanadas Regierungschef Justin Trudeau nach dem Treffen.")
    assert found == [(QuoteKind.INDIRECT, "Es habe Fortschritte gegeben", "trudeau", "sagte")]


def test_indirect_so_and_laut():
    assert quotes("Die Lage sei ernst, so Merkel.") == [(QuoteKind.INDIRECT, "Die Lage sei ernst", "merkel", "so")]
    found = quotes("Laut Merkel sei die Lage ernst und schwierig.")
    assert found[0][:3] == (QuoteKind.INDIRECT, "sei die Lage ernst und schwierig", "merkel")


def test_pronoun_skips_persons_inside_quotes():
    found = quotes('Trump sprach. "Nancy Pelosi wird das Richtige tun", sagte er.')
    assert found[0][2] == "trump"


def test_scare_quotes_and_titles_are_not_quotes():
    assert quotes("Das Magazin „Nature“ erscheint wöchentlich, die Diplomatie war im „Schockzustand“.") == []


def test_short_quote_with_cue_is_kept():
    found = quotes("Trump hatte Mexikaner als „Kriminelle“ bezeichnet.")
    assert found[0][:3] == (QuoteKind.DIRECT, "Kriminelle", "trump")


def test_no_quotes_in_plain_text():
    assert quotes("Die Regierung plant neue Zölle. Der Handel leidet.") == []


def test_konjunktiv_continuation_keeps_speaker():
    found = quotes("Merkel sagte, die Lage sei ernst. Außerdem seien Unterlagen vernichtet worden.")
    assert [(k, s) for k, _, s, _ in found] == [(QuoteKind.INDIRECT, "merkel"), (QuoteKind.INDIRECT, "merkel")]
