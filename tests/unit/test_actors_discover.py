"""Unregistered organisations, places and persons found by gazetteer and context cues."""

from __future__ import annotations

import pytest
from test_actors_helpers import find

from briefing.model import ActorKind


def kinds(text: str) -> dict[str, ActorKind]:
    """Display name -> kind of every actor found in `text`."""
    return {a.name: a.kind for a in find(text).actors}


def unregistered(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find(text).actors if not a.registered}


@pytest.mark.parametrize("text, name", [
    ("Die Messe fand gestern in Düsseldorf statt.", "Düsseldorf"),  # gazetteer city
    ("Der Regen fiel vor allem im Ruhrgebiet und in Thüringen.", "Thüringen"),  # state, hand list
    ("Das Schiff fuhr die Elbe hinauf.", "Elbe"),  # river
    ("Die Bürger Leipzigs feierten lange.", "Leipzig"),  # genitive of a place
    ("Er wohnt seit Jahren in Essen und arbeitet dort.", "Essen"),  # common word, after "in"
    ("Der Unfall geschah in der Schwanitzstraße am Abend.", "Schwanitzstraße"),  # street suffix
    ("Die Polizei kam aus Braunsdorf zum Ort.", "Braunsdorf"),  # place ending after a locative
])
def test_places_are_unregistered_orte(text, name):
    found = unregistered(text)
    assert found.get(name) is ActorKind.ORT, found


def test_guarded_place_word_needs_a_locative():
    assert "Essen" not in kinds("Nach dem Essen gingen alle nach Hause.")


def test_small_village_with_a_surname_needs_a_locative():
    assert kinds("Tatsächlich hatte sich Barth darauf berufen.").get("Barth") is not ActorKind.ORT


def test_place_inside_a_longer_name_is_not_a_place():
    assert "Wien" not in unregistered("Das Konzert in der Arena Wien war ausverkauft.")


@pytest.mark.parametrize("text, name", [
    ("Das Spiel gegen den VfL Osnabrück endete torlos.", "VfL Osnabrück"),  # club prefix
    ("Der Trainer des 1. FC Nürnberg ist zufrieden.", "1. FC Nürnberg"),  # numbered club
    ("Die Läpple AG meldet Gewinne.", "Läpple AG"),  # legal form
    ("Er studierte an der Universität Gießen Physik.", "Universität Gießen"),  # head noun + place
    ("Der Streit mit dem Hamburger Mieterverein dauert an.", "Hamburger Mieterverein"),  # city adjective + head
    ("Beim Chemiekonzern Chemvaro gibt es Streit.", "Chemvaro"),  # apposition: the name alone (Lanxess is built in)
    ("Der Vorschlag stammt vom Bundesjustizministerium selbst.", "Bundesjustizministerium"),  # Bundes- compound
    ("Der Bericht des Bundesamt für Gesundheit liegt vor.", "Bundesamt für Gesundheit"),  # official name
    ("Der Streit mit der DVAG dauert an.", "DVAG"),  # acronym
])
def test_organisations_by_cue(text, name):
    found = unregistered(text)
    assert found.get(name) is ActorKind.ORGANISATION, found


@pytest.mark.parametrize("text", [
    "Die Platte hat 128 KB Speicher.",  # units
    "Die Version GTX 480 ist schnell.",  # model numbers
    "DAS IST EINE ÜBERSCHRIFT MIT VIELEN WORTEN.",  # shouting headline
])
def test_no_acronym_organisations(text):
    assert not any(k is ActorKind.ORGANISATION for k in unregistered(text).values())


def test_generic_head_noun_alone_is_no_organisation():
    assert not unregistered("Im Zentrum steht die Universität und der Verlag.")


@pytest.mark.parametrize("text, name", [
    ("Das sieht auch Halmich (SPD) so.", "Halmich"),  # party in brackets
    ("„Wir bleiben“, sagte Bubik am Abend.", "Bubik"),  # verb of saying
    ("Nach seinem Amtsantritt verfolgte Metternich neue Ziele.", "Metternich"),  # HanTa lexicon name
])
def test_persons_by_cue(text, name):
    found = kinds(text)
    assert found.get(name) is ActorKind.PERSON, found


def test_lexicon_noun_that_is_also_a_name_is_no_person():
    assert not unregistered("Morgen geht er zum Bäcker und danach zum Fund.")


def test_name_after_an_article_is_no_person():
    assert "CeBIT" not in {n for n, k in unregistered("Die Bundeswehr zeigte sich auf der CeBIT zufrieden.").items()
                           if k is ActorKind.PERSON}


def test_name_after_in_is_a_place():
    assert unregistered("Der Zug hielt lange in Tuzla und fuhr dann weiter.").get("Tuzla") in (ActorKind.ORT, None)


def test_registered_actors_still_win():
    found = find("Angela Merkel traf in Berlin den Präsidenten der USA.")
    assert next(a for a in found.actors if a.name == "USA").registered
