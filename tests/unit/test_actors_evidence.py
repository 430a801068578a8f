"""Evidence that decides kinds: places over first names, defined acronyms, compound fragments, name cues."""

from __future__ import annotations

from test_actors_helpers import find, names

from briefing.actors import ActorFindings, unify_actors
from briefing.actors.acronyms import common_acronyms
from briefing.model import Actor, ActorKind


def _kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find(text).actors}


def test_place_beats_first_name():
    kinds = _kinds("Die Bundesstaaten (Guanajuato, Querétaro, San Luis Potosí und Jalisco) und ein Werk "
                   "in San Luis Potosí. Pilger gehen nach Santiago de Compostela.")
    for place in ("Guanajuato", "Querétaro", "San Luis Potosí", "Jalisco", "Santiago de Compostela"):
        assert kinds.get(place) is ActorKind.ORT, place
    assert not any(k is ActorKind.PERSON for k in kinds.values())


def test_place_after_region_word_and_capital_in():
    kinds = _kinds("Eine Raffinerie im Bundesstaat Tabasco. In Tuzla, in der Universitätsklinik, wartet man.")
    assert kinds.get("Tabasco") is ActorKind.ORT and kinds.get("Tuzla") is ActorKind.ORT


def test_unify_prefers_place_over_bare_person():
    person = Actor(id="tuzla", name="Tuzla", kind=ActorKind.PERSON, registered=False)
    place = Actor(id="tuzla", name="Tuzla", kind=ActorKind.ORT, registered=False)
    _, actors = unify_actors([ActorFindings(actors=(person,)), ActorFindings(actors=(place,))])
    assert [a.kind for a in actors] == [ActorKind.ORT]


def test_truncated_compound_is_no_name():
    text = "Globale Faktoren wirken auf Gehälter, Beschäftigung sowie Spar- und Renteneinlagen."
    assert "Spar" not in names(find(text))


def test_acronym_of_a_common_phrase_is_no_organisation():
    text = ("Mexiko hängt von ausländischen Direktinvestitionen (ADI) ab. Die meisten ADI gehen in die Industrie. "
            "Die Messe lief unter dem Label „Industrial Transformation Mexiko“ (ITM) in León. "
            "Die Secretaría de Marina (SEMAR) und die DEA ermitteln.")
    found = names(find(text))
    assert "ADI" not in found and "ITM" not in found
    assert {"SEMAR", "DEA"} <= found


def test_common_acronyms_keep_organisation_phrases():
    text = ("Die Drug Enforcement Administration (DEA), das Bruttoinlandsprodukt (BIP) und die "
            "Comisión Federal de Electricidad (CFE).")
    assert common_acronyms(text) == frozenset({"BIP"})


def test_foundations_in_footnotes():
    text = ("1 Patricio Garza Girón, Projektmanager der KAS Mexiko. 9 Vgl. KAS-Länderbericht Auslandsbüro "
            "Guatemala. Studien der Friedrich-Ebert-Stiftung, des IfW Kiel und der Stiftung Wissenschaft und "
            "Politik (SWP).")
    found = names(find(text))
    assert {"Konrad-Adenauer-Stiftung", "Friedrich-Ebert-Stiftung", "Institut für Weltwirtschaft",
            "Stiftung Wissenschaft und Politik"} <= found
    assert "SWP" not in found  # an alias of the Stiftung, not a second actor


def test_persons_and_roles_in_footnote():
    text = ("7 Der Botschafterwechsel von der Karrierediplomatin Marta Barcena zum außenpolitisch unerfahrenen "
            "aber AMLO nahen ehemaligen Erziehungsminister Esteban Moctezuma sorgte für Irritationen")
    f = find(text)
    roles = {a.name: a.role for a in f.actors if a.kind is ActorKind.PERSON}
    assert roles["Marta Barcena"] == "Karrierediplomatin"
    assert roles["Esteban Moctezuma"] == "Erziehungsminister"


def test_noun_surname_after_first_name():
    found = names(find("Damals sagte Joschka Fischer nichts. Auch Gustav Büscher kam. Weil Anna Angst hatte, blieb sie."))
    assert {"Joschka Fischer", "Gustav Büscher"} <= found
    assert not any("Angst" in n for n in found)


def test_initials_and_dotted_titles():
    found = names(find("Das Buch von A. Wiegemann lobte George W. Bush. Dann sprach Dr. Krugmann. Die U. S. Army kam."))
    assert {"A. Wiegemann", "George W. Bush", "Krugmann"} <= found
    # "U. S. Army" is no person (it is the registered US Army)
    assert not any("Army" in a.name for a in find(
        "Das Buch von A. Wiegemann lobte George W. Bush. Dann sprach Dr. Krugmann. Die U. S. Army kam.").actors
        if a.kind is ActorKind.PERSON)


def test_name_opening_a_sentence_before_a_verb():
    found = names(find("Ramelow erklärte, die Wähler hätten entschieden. Dessertbananen gehören zu den Sorten."))
    assert "Ramelow" in found and "Dessertbananen" not in found


def test_company_or_place_inside_a_persons_name():
    f = find("Michael Dell gründete Dell. Später sprach Werner von Siemens. Victoria Beckham kam nach Victoria.")
    kinds = {a.name: a.kind for a in f.actors}
    for person in ("Michael Dell", "Werner von Siemens", "Victoria Beckham"):
        assert kinds.get(person) is ActorKind.PERSON, person
    assert kinds.get("Dell") is ActorKind.ORGANISATION
