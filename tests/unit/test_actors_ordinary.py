"""Precision rules: capitalised ordinary words (sentence starts, English phrases, compounds, acronyms) are no actors."""

from __future__ import annotations

import pytest
from test_actors_helpers import find

from briefing.actors.acronyms import common_acronyms
from briefing.actors.ordinary import (acronym_plural, common_compound, english_phrase, english_word,
                                      lowercase_reading)
from briefing.model import ActorKind

# Filler that makes a text long enough for the "named elsewhere" evidence to count.
_FILLER = " ".join(["Der Rat tagte am Morgen im Saal und beriet über den Haushalt der Stadt."] * 12)


def kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find(text).actors}


def test_lowercase_reading_of_lexicon_words():
    assert lowercase_reading("Anders") and lowercase_reading("Allen")
    assert not lowercase_reading("Merkel") and not lowercase_reading("Quorvenstal")


@pytest.mark.parametrize("text, word", [
    ("Jeder soll etwas aus sich machen können. Allen jungen Menschen müssen wir helfen.", "Allen"),  # determiner
    ("Die Steuer steigt. Anders als in Lyon bleibt sie hier stabil.", "Anders"),  # adverb
])
def test_sentence_initial_first_name_with_an_ordinary_reading_is_no_person(text, word):
    assert word not in kinds(text)


def test_sentence_initial_first_name_used_as_a_name_elsewhere_stays():
    text = "Gestern kam Anders zu Besuch. Anders erzählte von seiner Reise."
    assert kinds(text).get("Anders") is ActorKind.PERSON


def test_sentence_initial_subject_with_an_ordinary_reading_is_no_person():
    assert "Jung" not in kinds("Der Plan ist gut. „Jung kauft Alt“ heißt das Programm.")


def test_lone_guessed_subject_needs_evidence_in_a_long_text():
    text = _FILLER + " Flurbotels müssen gut geprüft werden."
    assert "Flurbotels" not in kinds(text)
    text = _FILLER + " Die Wahl gewann am Ende Kwaszny. Kwaszny erklärte, er sei zufrieden."
    assert kinds(text).get("Kwaszny") is ActorKind.PERSON


def test_english_words_and_phrases():
    assert english_word("Goals") and english_word("Long-Range") and english_word("Homeoffice")
    assert not english_word("Downsview") and not english_word("Drosten")
    assert english_phrase(["Fake", "News"]) and english_phrase(["Level", "Playing", "Field"])
    assert not english_phrase(["Sarah", "Connor"])


@pytest.mark.parametrize("text, name", [
    ("Wir bekämpfen Fake News im Netz.", "Fake News"),
    ("Das schafft ein Level Playing Field für alle.", "Playing Field"),
    ("Die Stadt setzt auf die Vision Zero im Verkehr.", "Zero"),
    ("Wir werben um Personal – mit flächendeckendem Homeoffice, Job-Sharing und Teilzeit.", "Homeoffice"),
])
def test_english_common_phrases_are_no_persons(text, name):
    assert name not in kinds(text)


def test_common_compound_squares_and_markets():
    assert common_compound("Fußballplatz") and common_compound("Lebensmittelmarkt")
    assert not common_compound("Alexanderplatz") and not common_compound("Gendarmenmarkt")


@pytest.mark.parametrize("text, name", [
    ("Die Partei kämpft um jeden Industriearbeitsplatz im Land.", "Industriearbeitsplatz"),
    ("Die Kinder spielten am Abend auf dem Fußballplatz hinter der Schule.", "Fußballplatz"),
    ("Jede Familie braucht einen Krippen-Platz in der Nähe.", "Krippen-Platz"),
])
def test_common_nouns_ending_in_platz_are_no_places(text, name):
    assert name not in kinds(text)


def test_named_square_stays_a_place():
    assert kinds("Der Unfall geschah in der Schwanitzstraße am Abend.").get("Schwanitzstraße") is ActorKind.ORT


def test_bare_organisation_head_is_no_organisation():
    assert "Airlines" not in kinds("Die Regeln gelten für unsere Flughäfen und Airlines gleichermaßen.")


def test_roman_chapter_numbers_are_no_organisations():
    assert "XVIII" not in kinds("Menschen in Not helfen wir. XVIII. Inklusion und Teilhabe für alle")


def test_acronym_plural_is_a_common_noun():
    assert acronym_plural("SDGs") and not acronym_plural("SPD")
    found = kinds("Wir achten die Ziele (Sustainable Development Goals, SDGs) und deren Umsetzung.")
    assert "SDGs" not in found and "Goals" not in found


@pytest.mark.parametrize("text, acronym", [
    ("Wir wollen einen kostenlosen QPNV in jeder Stadt.", "QPNV"),  # counted: "einen"
    ("Ein guter QPNV hilft allen Pendlern.", "QPNV"),  # strong adjective, no article
    ("Industrie, KMZ, Dienstleistungen und Handwerk wachsen.", "KMZ"),  # listed with common nouns
])
def test_acronyms_used_as_common_nouns_are_no_organisations(text, acronym):
    assert acronym not in kinds(text)


def test_acronym_after_a_possessive_or_article_stays_an_organisation():
    assert kinds("Dem Präsidenten bleibt nur seine UVP als Stütze.").get("UVP") is ActorKind.ORGANISATION


def test_defined_acronyms_of_laws_and_english_phrases_are_ordinary():
    text = ("Wir ändern das Allgemeine Wohnraumgesetz (AWG) und fördern Carbon Capture and Storage (CCS). "
            "Das Institut für Corporate Governance (ICG) berät die Deutsche Lebensrettungsgesellschaft (DLRG).")
    assert common_acronyms(text) == frozenset({"AWG", "CCS"})
