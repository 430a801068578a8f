"""Rules for geographic prefixes, roads, districts, genitive names, speakers, listed persons, quoted titles, lists
of places and particles in names."""

from __future__ import annotations

import pytest

from test_actors_helpers import find, mention_kinds

from briefing.model import ActorKind


@pytest.mark.parametrize(("text", "name", "kind"), [
    # a geographic prefix with Romance articles names a place, before a first name claims the word
    ("Die Fähre legt am Lido di Marella an.", "Lido di Marella", ActorKind.ORT),
    ("Sie erreichten den Gipfel des Cerro Verdoso am Morgen.", "Cerro Verdoso", ActorKind.ORT),
    ("Das Hotel liegt an der Via Castellana nahe dem Bahnhof.", "Via Castellana", ActorKind.ORT),
    ("Die Kurklinik in Bad Wendelheim schließt.", "Bad Wendelheim", ActorKind.ORT),
    # numbered roads; a street takes its house number
    ("Der Stau auf der Autobahn reichte bis zur A 7 bei Kassel.", "A 7", ActorKind.ORT),
    ("Die Bundesstraße 412 ist gesperrt.", "Bundesstraße 412", ActorKind.ORT),
    ("Das Büro liegt in der Lindauer Straße 12 im Zentrum.", "Lindauer Straße 12", ActorKind.ORT),
    ("Am Kölner Hauptbahnhof fielen Züge aus.", "Kölner Hauptbahnhof", ActorKind.ORT),
    # a city and a district in one token
    ("Er wohnt in Berlin-Kreuzberg seit 1990.", "Berlin-Kreuzberg", ActorKind.ORT),
    ("Die Schule in Hamburg-Mitte bleibt zu.", "Hamburg-Mitte", ActorKind.ORT),
    # a name in the Saxon genitive before a noun
    ("Über Welborgs Entscheidung waren alle überrascht.", "Welborgs", ActorKind.PERSON),
    # an interview answer after "Name:"
    ("Kowalski: „Ich habe nie daran gezweifelt.“", "Kowalski", ActorKind.PERSON),
    # a full name listed with a person found by a first name
    ("Er siegte gegen Karl Brenner und Olof Sandqvar aus Schweden.", "Olof Sandqvar", ActorKind.PERSON),
    ("Er siegte gegen Karl Brenner und Tjorven Sandqvar im Finale.", "Tjorven Sandqvar", ActorKind.PERSON),
    # particles after a verb of saying and after first names
    ("„Wir kämpfen weiter“, sagte van der Brugghen nach dem Spiel.", "van der Brugghen", ActorKind.PERSON),
    ("Damals malte Giacomo della Vasca das Altarbild.", "Giacomo della Vasca", ActorKind.PERSON),
    # a plain first name and a noun that closes the phrase make a full name
    ("Der Historiker Detlef Wand sagte das.", "Detlef Wand", ActorKind.PERSON),
    ("Später gründete Rolf Stein, ein Tischler, die Firma.", "Rolf Stein", ActorKind.PERSON),
    # a registered person's surname that is a first name here
    ("Das sagte UEFA-Präsident Michel Platini am Montag.", "Michel Platini", ActorKind.PERSON),
    # a quoted newspaper title that is an ordinary word unquoted
    ("Dem „Spiegel“ zufolge plant die Regierung neue Schulden.", "Spiegel", ActorKind.ORGANISATION),
    # a hyphenated generic compound in front of a company name is no part of it
    ("Der Gründer des Technik-Konzerns Veltrano trat zurück.", "Veltrano", ActorKind.ORGANISATION),
])
def test_rule_finds_name_of_kind(text: str, name: str, kind: ActorKind) -> None:
    spans = mention_kinds(text)
    assert spans.get(name) is kind, spans


@pytest.mark.parametrize(("text", "word"), [
    ("Er schaute in den Spiegel und lachte.", "Spiegel"),  # unquoted, the ordinary word
    ("Das Modell A1 speichert 35 GB, die A4 speichert mehr.", "A1"),  # no motorway text
    ("Er berichtete von Barnelo als einer kleinen Siedlung.", "von Barnelo"),  # "von" is an object here
    ("Maria war von Hause aus Lehrerin.", "Maria von Hause"),  # an idiom, no surname
    ("Der Berlin-Besuch des Präsidenten war kurz.", "Berlin-Besuch"),  # a compound, no district
    ("Die Bad Boys spielten in Detroit.", "Bad Boys"),  # English words after "Bad"
    ("Die Via Twitter verbreitete Nachricht stimmte nicht.", "Via Twitter"),  # a common word after "Via"
    ("Des Landes Grenzen wurden geschlossen.", "Landes"),  # a common noun in the genitive
    ("\" Uns geht es gut \" , sagte sie.", "Uns"),  # the pronoun, not the genitive of a surname "Un"
    ("Die Amadeu Antonio Stiftung warnt.", "Antonio Stiftung"),  # an institution, no surname
    ("Das Buch erschien im Verlag Paul Haupt, Bern.", "Paul Haupt"),  # a publisher named after its founder
    ("Er schenkte Maria Blumen für den Garten.", "Maria Blumen"),  # the phrase goes on: an object
])
def test_ordinary_text_is_no_actor(text: str, word: str) -> None:
    assert word not in mention_kinds(text)


def test_places_listed_across_an_item_no_rule_took():
    spans = mention_kinds("Zur Gemeinde gehören die Dörfer Vaskala, Roinen-Lahti, Tervomäki und Kuusijoki.")
    assert spans.get("Tervomäki") is ActorKind.ORT and spans.get("Kuusijoki") is ActorKind.ORT


def test_route_names_a_place():
    assert mention_kinds("Die Armee marschierte über Montbrison nach Paris.").get("Montbrison") is ActorKind.ORT


def test_genitive_name_is_shown_without_the_ending():
    names = {a.name for a in find("Über Welborgs Entscheidung waren alle überrascht.").actors}
    assert "Welborg" in names


def test_headline_word_before_a_colon_is_no_speaker():
    assert "Konklusion" not in mention_kinds("Konklusion: „Das war zu erwarten.“")
