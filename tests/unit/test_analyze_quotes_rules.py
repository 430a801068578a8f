"""Quotes: source phrases that name the speaker, more reporting verbs and speaker phrases, titles, long continuations."""

from __future__ import annotations

from briefing.model import QuoteKind
from tests.unit.test_analyze_quote_sources import found

INDIRECT, DIRECT = QuoteKind.INDIRECT, QuoteKind.DIRECT


def test_named_source_outside_the_clause_is_the_speaker():
    assert found("Heute bestätigte der Minister laut Reuters, dass es im Gefängnis zu wenig Nahrung gibt.") == [
        (INDIRECT, "dass es im Gefängnis zu wenig Nahrung gibt", "Reuters", "laut")]


def test_source_phrase_names_the_clause_it_sits_in():
    assert found("Der Mann soll seine Nachbarn bedroht haben, diese Taten seien aber laut der Staatsanwaltschaft "
                 "längst verjährt.") == [
        (INDIRECT, "diese Taten seien aber laut der Staatsanwaltschaft längst verjährt", "der Staatsanwaltschaft",
         "laut")]


def test_so_with_a_source_marks_an_indicative_statement():
    assert found("Zwei Drittel der getesteten Mittel sind wirkungslos, so das Ergebnis einer Studie.") == [
        (INDIRECT, "Zwei Drittel der getesteten Mittel sind wirkungslos", "das Ergebnis", "so")]
    assert found("Die Warnstreiks werden über die Feiertage unterbrochen, so verdi-Sprecher Klaus Weber.")[0][2] == \
        "verdi-Sprecher Klaus Weber"


def test_so_after_quoted_words_adds_no_indirect_quote():
    assert [q[0] for q in found("„Wir verlieren jedes Jahr Geld, das geht nicht mehr“, so Oettinger.")] == [DIRECT]


def test_age_nouns_and_lower_case_prefixes_head_speaker_phrases():
    assert found("Am Dienstag sagte der 81-Jährige, er habe von nichts gewusst.")[0][2] == "der 81-Jährige"
    assert found("Zudem wirft der ai-Bericht den Behörden vor, Anzeigen nicht verfolgt zu haben.")[0][2] == \
        "der ai-Bericht"


def test_participle_phrase_between_determiner_and_noun():
    assert found("Der Forscher sei tot, teilte die zur Universität gehörende Stiftung mit.") == [
        (INDIRECT, "Der Forscher sei tot", "die zur Universität gehörende Stiftung", "teilte")]


def test_particle_verbs_of_explaining_and_assuming():
    assert found("Die Richterin machte deutlich, dass sie keine Bewährung gewähren werde.")[0][2:] == (
        "Die Richterin", "machte")
    assert found("Zur Beweislage führt das Gericht aus, dass beide Seiten gelogen hätten.")[0][2:] == (
        "das Gericht", "führt")
    assert found("Es wird eine knappe Mehrheit für den Antrag geben, nehmen Beobachter an.") == [
        (INDIRECT, "Es wird eine knappe Mehrheit für den Antrag geben", "Beobachter", "nehmen")]
    assert found("Oettinger schlägt vor, die Steuer nur für Lastwagen zu erheben.")[0][1:] == (
        "die Steuer nur für Lastwagen zu erheben", "Oettinger", "schlägt")
    assert found("Er nahm an der Sitzung des Ausschusses teil.") == []


def test_closing_inverted_cue_with_particle():
    assert found("Das Risiko ist für Kinder höher als für Erwachsene, stellten die Forscher fest.") == [
        (INDIRECT, "Das Risiko ist für Kinder höher als für Erwachsene", "die Forscher", "stellten")]


def test_passive_decisions_and_announcements_without_agent():
    assert found("Am Abend wurde beschlossen, eine Kommission nach Kiew zu entsenden.") == [
        (INDIRECT, "eine Kommission nach Kiew zu entsenden", None, "beschlossen")]
    assert found("Älteren Menschen wurde geraten, nicht ins Freie zu gehen.")[0][1:] == (
        "nicht ins Freie zu gehen", None, "geraten")
    assert found("Am Montag wurde dann auch bekannt, dass der Trainer den Verein verlässt.")[0][1:3] == (
        "dass der Trainer den Verein verlässt", None)


def test_speech_verb_inside_a_konjunktiv_continuation_keeps_the_speaker():
    assert found("Oettinger sagte, die Reform sei nötig. Im Brief habe sich der Verband über die Kosten beschwert.") == [
        (INDIRECT, "die Reform sei nötig", "Oettinger", "sagte"),
        (INDIRECT, "Im Brief habe sich der Verband über die Kosten beschwert", "Oettinger", None)]


def test_long_cue_less_title_is_no_quote():
    assert found("Im Mai erscheint „Erinnerungen und Bilder zu Dresdens alter Straßenbahn“ im Stadtverlag.") == []
    assert found("Das Motto lautete „Wir brauchen mehr Lehrer an allen Schulen“.")[0][:2] == (
        DIRECT, "Wir brauchen mehr Lehrer an allen Schulen")


def test_quote_standing_alone_continues_a_speaker_two_sentences_back():
    assert found("„Wir sparen, wo es geht“, sagte Oettinger. Das Land hat hohe Schulden. Der Etat wird im Mai "
                 "beraten. „Es gibt keine Alternative.“")[-1] == (DIRECT, "Es gibt keine Alternative.", "Oettinger", None)


def test_verbs_of_judging_report_a_stance_only_with_their_frame():
    assert found("Die Grünen sehen in dem Vorschlag keine Lösung für die Pendler.") == [
        (QuoteKind.INDIRECT, "Die Grünen sehen in dem Vorschlag keine Lösung für die Pendler", "Die Grünen", "sehen")]
    assert found("Der Verband hält die neue Gebühr für verfassungswidrig.")[0][2:] == ("Der Verband", "hält")
    assert found("Die Anwohner werfen der Stadt Untätigkeit vor.")[0][2:] == ("Die Anwohner", "werfen")
    assert found("Die Zuschauer sahen eine schwache erste Halbzeit.") == []
    assert found("Die Pläne sehen einen Ausbau in diesem Jahr vor.") == []
