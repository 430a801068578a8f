"""Issue #4 rules: other persons sharing a registered surname, thing nouns before names, club and acronym cues,
historical states, share indices, place nouns with "von", and built-in people of recent decades."""

from __future__ import annotations

import pytest

from test_actors_helpers import find, mention_kinds

from briefing.model import ActorKind


@pytest.mark.parametrize(("text", "name"), [
    ("Am Abend sprach Guido Westerwelle vor der Fraktion.", "Guido Westerwelle"),
    ("Später räumte Westerwelle ein, dass er sich geirrt habe.", "Westerwelle"),
    ("Vor dem Anpfiff plauderte Beckenbauer mit den Spielern.", "Beckenbauer"),
    ("Die Predigt handelte davon, wie Jesus die Händler vertrieb.", "Jesus"),
])
def test_well_known_people_are_persons(text: str, name: str) -> None:
    assert mention_kinds(text).get(name) is ActorKind.PERSON


def test_other_first_name_before_a_registered_surname_makes_a_new_person():
    found = find("Als erster Mensch betrat Neil Armstrong den Mond.")
    spans = {m.span.of("Als erster Mensch betrat Neil Armstrong den Mond."): m.actor_id for m in found.mentions}
    assert "Neil Armstrong" in spans
    assert not any(a.name == "Lance Armstrong" for a in found.actors)


def test_registered_surname_that_opens_a_sentence_as_an_adverb_is_no_person():
    assert "Kurz" not in mention_kinds("Kurz darauf begann es heftig zu regnen.")


def test_registered_surname_after_a_verb_is_still_the_person():
    assert mention_kinds("Am Montag sagte Kurz , er trete nicht an.").get("Kurz") is ActorKind.PERSON


@pytest.mark.parametrize(("text", "name"), [
    ("Für die Buchung legt man das Konto Velmaroth an.", "Velmaroth"),
    ("Nach der Panne im Atomkraftwerk Brunsoll ruhte der Betrieb.", "Brunsoll"),
    ("Damals erschien die Dokumentation Tarvas Grosso im Kino.", "Tarvas Grosso"),
])
def test_name_after_a_thing_noun_is_no_person(text: str, name: str) -> None:
    assert mention_kinds(text).get(name) is not ActorKind.PERSON


def test_genitive_name_after_a_thing_noun_is_still_a_person():
    assert mention_kinds("Er sammelte die Werke Hiroshiges aus jener Zeit.").get("Hiroshiges") is ActorKind.PERSON


@pytest.mark.parametrize("club", ["Karlsruher SC", "Chemnitzer FC", "Wuppertaler SV"])
def test_town_adjective_before_club_acronym_is_a_club(club: str) -> None:
    assert mention_kinds(f"Am Samstag verlor der {club} sein Heimspiel.").get(club) is ActorKind.ORGANISATION


@pytest.mark.parametrize("acronym", ["BfV", "VdK", "RFdS"])
def test_acronym_with_lower_case_link_is_an_organisation(acronym: str) -> None:
    assert mention_kinds(f"Nach Angaben des {acronym} ist die Zahl gestiegen.").get(acronym) is ActorKind.ORGANISATION


def test_member_of_parliament_abbreviation_is_no_organisation():
    assert "MdB" not in mention_kinds("Der Abgeordnete Klaus Moll MdB besuchte die Schule.")


@pytest.mark.parametrize(("text", "name"), [
    ("Damals war die Sowjetunion der größte Erdölproduzent.", "Sowjetunion"),
    ("Bis 1990 hatte die DDR eigene Briefmarken.", "DDR"),
    ("Die Grenzen des Osmanischen Reiches verschoben sich oft.", "Osmanischen Reiches"),
    ("Der Gesandte kehrte aus Persien zurück.", "Persien"),
])
def test_historical_states_are_places(text: str, name: str) -> None:
    assert mention_kinds(text).get(name) is ActorKind.ORT


@pytest.mark.parametrize("text", [
    "Der Dax schloss am Freitag mit einem Plus von 1,2 Prozent.",
    "Auch der TecDax legte zu.",
    "Der DAX schloss am Freitag im Plus.",
    "Auch der MDAX und der SDAX legten zu.",
])
def test_share_indices_are_no_actors(text: str) -> None:
    assert mention_kinds(text) == {}


@pytest.mark.parametrize("text", [
    "Der Bürgermeister von Amvelda eröffnete das Fest.",
    "Die Schlacht bei Lorvaneck dauerte drei Tage.",
    "Die Einwohner von Tarvola feierten bis in die Nacht.",
])
def test_place_nouns_with_von_or_bei_name_a_place(text: str) -> None:
    kinds = mention_kinds(text)
    assert ActorKind.ORT in kinds.values() and ActorKind.PERSON not in kinds.values()


def test_generic_compound_with_a_country_part_names_the_organisation_after_it():
    kinds = mention_kinds("Das berichtet das US-Magazin Wired am Montag.")
    assert kinds.get("Wired") is ActorKind.ORGANISATION


def test_boulevard_paper_names_the_paper():
    assert mention_kinds("Das britische Boulevard-Blatt Sun berichtet darüber.").get("Sun") is ActorKind.ORGANISATION


@pytest.mark.parametrize("text", ["Die Regierung Kovacsik hat den Plan gebilligt.",
                                  "Die Delegation Velmarov reiste am Abend ab."])
def test_a_name_after_a_government_or_delegation_is_the_person_leading_it(text: str) -> None:
    kinds = mention_kinds(text)
    assert ActorKind.PERSON in kinds.values()


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Trelwitz ist ein Dorf in Sachsen.", "Trelwitz", ActorKind.ORT),
    ("Trelwitz (sorbisch Trjelc) ist ein Ortsteil der Gemeinde Kolbek.", "Trelwitz", ActorKind.ORT),
    ("Die Velmaa ist ein Fluss im Norden Frankreichs.", "Velmaa", ActorKind.ORT),
    ("Kalborn war eine 1972 gegründete deutsche Rockband.", "Kalborn", ActorKind.ORGANISATION),
    ("Kalborn ist ein deutscher Politiker.", "Kalborn", ActorKind.PERSON),
])
def test_a_definition_after_a_name_opening_the_sentence_gives_its_kind(text: str, name: str, kind: ActorKind) -> None:
    assert mention_kinds(text).get(name) is kind


@pytest.mark.parametrize(("text", "name"), [
    ("Grolmanie ist eine Sammlung von Kurzgeschichten.", "Grolmanie"),
    ("Kalborn ist ein Sammelband mit Erzählungen.", "Kalborn"),
])
def test_a_name_defined_as_a_thing_or_work_is_no_actor(text: str, name: str) -> None:
    assert name not in mention_kinds(text)


def test_a_definition_after_in_defines_another_noun():
    assert mention_kinds("In Velmar ist die Stiftung ansässig.").get("Velmar") is not ActorKind.ORGANISATION


def test_a_name_after_an_acronym_is_no_person():
    assert mention_kinds("Der blaue Motorroller KXT Varmona stand am Zaun.").get("Varmona") is not ActorKind.PERSON


def test_a_name_after_an_adjective_opening_the_sentence_is_a_noun():
    assert mention_kinds("Karelische Velmatta aus Kolbek wurde ausgestellt.").get("Velmatta") is not ActorKind.PERSON


def test_a_name_after_a_hyphenated_keeper_is_a_person():
    assert mention_kinds("Der Ball ging an Löwen-Keeper Brodnik vorbei.").get("Brodnik") is ActorKind.PERSON


def test_a_name_after_a_role_of_a_place_is_its_holder_not_a_place():
    kinds = mention_kinds("Das sagte der Polizeichef von Kandahar, Sajed Ugla Varek, der Agentur.")
    assert kinds.get("Sajed Ugla Varek") is ActorKind.PERSON
