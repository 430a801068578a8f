"""Quotes: who or what is named as the source (speaker phrases), and word forms that only look like cues."""

from __future__ import annotations

import re

from briefing.analyze.quotes import find_quotes
from briefing.analyze.sentences import split_sentences
from briefing.model import Actor, ActorKind, Mention, QuoteKind, Span
from tests.builders import build_document

NAMES = {"Oettinger": ActorKind.PERSON, "Shakira": ActorKind.PERSON, "Interpol": ActorKind.ORGANISATION,
         "Europäische Union": ActorKind.ORGANISATION, "Sankei Shimbun": ActorKind.ORGANISATION}


def found(*paragraphs: str) -> list[tuple[QuoteKind, str, str | None, str | None]]:
    """(kind, quote, speaker phrase, cue) for each quote, with every name in NAMES as a mention."""
    doc = build_document(*paragraphs)
    sentences = split_sentences(doc.text, doc.blocks)
    mentions = []
    for name in NAMES:
        for m in re.finditer(rf"\b{re.escape(name)}\b", doc.text):
            sentence = next(s.index for s in sentences if s.span.start <= m.start() < s.span.end)
            mentions.append(Mention(name.lower(), Span(m.start(), m.end()), sentence))
    actors = tuple(Actor(name.lower(), name, kind) for name, kind in NAMES.items())
    quotes = find_quotes(doc.text, sentences, tuple(sorted(mentions, key=lambda m: m.span)), actors)
    return [(q.kind, q.span.of(doc.text), q.speaker_span.of(doc.text) if q.speaker_span else None,
             q.cue_span.of(doc.text) if q.cue_span else None) for q in quotes]


def test_a_name_introduced_by_a_noun_is_no_quote():
    assert found("Die Zeitung „Yemen Observer“ berichtet, dass zwei Verhandlungsrunden gescheitert seien.") == [
        (QuoteKind.INDIRECT, "dass zwei Verhandlungsrunden gescheitert seien", "Die Zeitung „Yemen Observer“",
         "berichtet")]


def test_lautet_and_laut_werden_are_no_source_cues():
    assert found("Der richterliche Urteilsspruch lautet nun auf 18 Monate ohne Bewährung.") == []
    assert found("Schon seit längerem wurden Vorwürfe gegen die neue Regierung laut.") == []


def test_cross_reference_in_parentheses_is_no_quote():
    assert found("Gewonnen hat nicht sie, sondern Kathrin Hölzl (Wikinews berichtete).") == []


def test_threat_needs_mit():
    assert found("Wenn er verurteilt werden sollte, droht ihm die Todesstrafe.") == []
    assert found("Die Europäische Union drohte mit weiteren Sanktionen gegen das Land.")[0][2:] == (
        "Die Europäische Union", "drohte")


def test_separable_speech_act():
    assert found("Die Europäische Union hat die Regierung von Myanmar erneut zur Kooperation aufgefordert.") == [
        (QuoteKind.INDIRECT, "Die Europäische Union hat die Regierung von Myanmar erneut zur Kooperation aufgefordert",
         "Die Europäische Union", "aufgefordert")]


def test_fronted_passive_agent_is_the_speaker():
    assert found("Von deutscher Seite wurde gefordert, alle Beiträge sollten gelöscht werden.")[0][2] == "deutscher Seite"


def test_plain_document_noun_names_the_source():
    assert found("In einem Bericht der Salzburger Nachrichten wurde vermutet, dass niemand überlebt hat.")[0][2] == (
        "einem Bericht der Salzburger Nachrichten")


def test_nach_with_planning_noun_marks_a_source():
    assert found("Nach bisherigen Erfahrungen geht die Anzahl der Klicks kurz vor Ende einer Auktion nach oben.") == [
        (QuoteKind.INDIRECT, "geht die Anzahl der Klicks kurz vor Ende einer Auktion nach oben", "bisherigen Erfahrungen",
         "Nach")]


def test_indicative_clause_closed_by_inverted_report():
    assert found("Zwei Lehrer und neun Schüler konnten gerettet werden, berichtete die Zeitung Sankei Shimbun.") == [
        (QuoteKind.INDIRECT, "Zwei Lehrer und neun Schüler konnten gerettet werden", "die Zeitung Sankei Shimbun",
         "berichtete")]
    # a direct quote before the cue stays one direct quote, not also an indirect one
    assert [q[0] for q in found("„Wir bleiben hart“, berichtete die Zeitung Sankei Shimbun.")] == [QuoteKind.DIRECT]


def test_teilten_mit_is_a_cue():
    assert found("Die Entführer teilten mit, dass die Geiseln in ihrer Hand blieben.") == [
        (QuoteKind.INDIRECT, "dass die Geiseln in ihrer Hand blieben", "Die Entführer", "teilten")]


def test_standalone_quote_takes_subject_after_fronted_clause():
    quotes = found("Um die Zeit dafür zu gewinnen, will Oettinger die Naturwissenschaften straffen. "
                   "„Nicht jede Formel aus Physik und Chemie ist für das Leben notwendig.“")
    assert quotes[-1][2] == "Oettinger"


def test_colon_intro_with_fronted_adverb():
    quotes = found("Hier sparte der Bundespräsident auch nicht mit Kritik: „Je kleiner die Schritte, desto mehr "
                   "Schritte muss er machen.“")
    assert quotes[0][2] == "der Bundespräsident"


def test_konjunktiv_continuation_with_its_own_reporting_subject():
    quotes = found("Shakira sagte, sie komme gern. Journalisten beschweren sich unterdessen über massive "
                   "Behinderungen der Berichterstattung, nur staatliche Reporter seien zugelassen.")
    assert quotes[-1][2] == "Journalisten"
