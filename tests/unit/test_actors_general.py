"""General rules for issue #4: acronym long forms, datelines, glued and broken words, genitives, noun lists."""

from __future__ import annotations

import pytest

from test_actors_helpers import find, mention_kinds

from briefing.actors.longforms import long_form_start
from briefing.actors.ordinary import dictionary_compound, dictionary_noun
from briefing.actors.tokens import tokenize
from briefing.actors.variants import genitive
from briefing.model import ActorKind


@pytest.mark.parametrize(("words", "acronym", "start"), [
    (["laut", "der", "Norddeutschen", "Energieagentur"], "NEA", 2),
    (["des", "Rats", "für", "Nachhaltige", "Entwicklung"], "RNE", 1),
    (["die", "Landeskreditbank"], "LKB", 1),
    (["sagte", "Ursula", "Meyer"], "CDU", None),  # no letters to spell it
    (["und", "die", "Mitglieder"], "UM", None),  # lower-case words are no name
])
def test_long_form_start(words: list[str], acronym: str, start: int | None) -> None:
    assert long_form_start(words, acronym) == start


def test_long_form_of_bracketed_acronym_is_one_mention_of_it() -> None:
    text = "Laut der Norddeutschen Energieagentur (NEA) steigen die Preise."
    found = find(text)
    spans = {m.span.of(text): m.actor_id for m in found.mentions}
    assert "Norddeutschen Energieagentur" in spans
    assert spans["Norddeutschen Energieagentur"] == spans["NEA"]


def test_long_form_not_over_a_person() -> None:
    kinds = mention_kinds("Das sagte Ursula von der Leyen (CDU) am Montag.")
    assert kinds["Ursula von der Leyen"] is ActorKind.PERSON


def test_dateline_agency_is_an_organisation_but_a_source_tag_is_not() -> None:
    kinds = mention_kinds("Hamburg (ots) - Der Senat hat am Montag beschlossen.")
    assert kinds.get("ots") is ActorKind.ORGANISATION
    kinds = mention_kinds("Der Senat hat am Montag beschlossen. (Tsp/Reuters/dpa)")
    assert not {"Reuters", "dpa"} & set(kinds)


def test_glued_sentence_start_is_cut_off() -> None:
    assert [t.text for t in tokenize("Aktien fielen kräftigDer Index")] == ["Aktien", "fielen", "kräftig", "Der", "Index"]
    assert [t.text for t in tokenize("LinkedIn und ThyssenKrupp")] == ["LinkedIn", "und", "ThyssenKrupp"]


def test_name_broken_at_its_hyphen_is_one_place() -> None:
    text = "Er wohnt in Mecklenburg-\nVorpommern am See."
    found = find(text)
    assert [m.span.of(text) for m in found.mentions] == ["Mecklenburg-\nVorpommern"]
    assert "Spar-" not in mention_kinds("Die Spar- und Renteneinlagen stiegen.")


def test_genitive_es_of_lands() -> None:
    assert "Saarlandes" in genitive("Saarland")
    assert "Hollandes" not in genitive("Holland")  # the genitive of Hollande
    assert mention_kinds("Die Regierung des Saarlandes tagt.").get("Saarlandes") is ActorKind.ORT


def test_second_surname_is_no_compound_noun() -> None:
    kinds = mention_kinds("Seit dem Streit hat ihr Bruder Jonas Berger Heimweh.")
    assert kinds.get("Jonas Berger") is ActorKind.PERSON


def test_english_country_adjective_opens_a_name() -> None:
    kinds = mention_kinds("Die Tochter der Versicherung Swiss Quanta arbeitet mit Verlust.")
    assert kinds.get("Swiss Quanta") is ActorKind.ORGANISATION


def test_bare_generic_head_only_describes_the_name() -> None:
    kinds = mention_kinds("Das berichtete die Zeitung Haaretz am Sonntag.")
    assert kinds.get("Haaretz") is ActorKind.ORGANISATION
    assert "Zeitung Haaretz" not in kinds


def test_seat_after_head_belongs_to_the_name() -> None:
    kinds = mention_kinds("Sie lehrt an der Pädagogischen Hochschule Wien Mathematik.")
    assert kinds.get("Pädagogischen Hochschule Wien") is ActorKind.ORGANISATION
    kinds = mention_kinds("Das Oberste Gericht Chiles entschied im Mai.")
    assert "Oberste Gericht Chiles" not in kinds


def test_unseen_word_after_in_is_a_place() -> None:
    assert mention_kinds("Sie arbeitet seit Jahren in Ilmsmünde als Ärztin.").get("Ilmsmünde") is ActorKind.ORT


@pytest.mark.parametrize(("word", "noun"), [
    ("Soßen", True), ("Gimmick", True), ("Chlorid", True), ("Merkel", False), ("Tonis", False),
])
def test_dictionary_noun(word: str, noun: bool) -> None:
    assert dictionary_noun(word) is noun


def test_dictionary_compound() -> None:
    assert dictionary_compound("Industriemultimeter")
    assert not dictionary_compound("Amundsen")


def test_leftover_dictionary_noun_is_no_person() -> None:
    kinds = mention_kinds("Der Koch reicht Soßen und Gewürze dazu.")
    assert "Soßen" not in kinds


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Die Architekten Brandt & de Wulf bauen das Museum.", "Brandt & de Wulf", ActorKind.ORGANISATION),
    ("Heute lädt der Förderverein Altstadt e.V. zur Tagung.", "Förderverein Altstadt e.V", ActorKind.ORGANISATION),
    ("Der Senator aus Rhode Island stimmte zu.", "Rhode Island", ActorKind.ORT),
    ("Die Gäste des St. Petersburger Kongresses kamen.", "St. Petersburger", ActorKind.ORT),
    ("Die Österreichische Nationalbank erhöht die Zinsen.", "Österreichische Nationalbank", ActorKind.ORGANISATION),
    ("Den Soundtrack liefert die Rock-Band Nachtrock mit neuen Liedern.", "Nachtrock", ActorKind.ORGANISATION),
    ("Der Rapper Alpa Brix tritt heute auf.", "Alpa Brix", ActorKind.PERSON),
    ("Borkowitz war Mitglied der Gruppe.", "Borkowitz", ActorKind.PERSON),
    ("Das sagte er der Deutschen Presse-Agentur (dpa) am Montag.", "dpa", ActorKind.ORGANISATION),
])
def test_general_rule_finds(text: str, name: str, kind: ActorKind) -> None:
    assert mention_kinds(text).get(name) is kind


@pytest.mark.parametrize(("text", "absent"), [
    ('Der Song "Tim Walks Into The Night" lief oft.', "Tim Walks"),  # a quoted title
    ("Er rief : There is no time , und ging.", "There"),  # an English function word
    ("Die Kiste ist aus Hartpappe gebaut.", "Hartpappe"),  # a compound noun, no place
])
def test_general_rule_leaves_out(text: str, absent: str) -> None:
    assert absent not in mention_kinds(text)


def test_quoted_speech_keeps_its_names() -> None:
    assert mention_kinds("Er sagte: „Ich mag Peter Müller sehr“ und ging.").get("Peter Müller") is ActorKind.PERSON


@pytest.mark.parametrize(("text", "name", "found"), [
    ("Die Führung traf sich am Kratzowsee bei Templin.", "Kratzowsee", True),
    ("Die Truppe erreichte den Mirnitzberg am Abend.", "Mirnitzberg", True),
    ("Er besteigt den Weinberg am Morgen.", "Weinberg", False),  # a compound of known words
])
def test_landscape_names_after_an_article(text: str, name: str, found: bool) -> None:
    assert (mention_kinds(text).get(name) is ActorKind.ORT) is found


@pytest.mark.parametrize(("text", "name", "kind"), [
    # a long or two-word town name no lexicon knows ("Wendels" + "hausen")
    ("Das Ortsbild von Helmershausen ist von Fachwerk geprägt.", "Helmershausen", ActorKind.ORT),
    ("Damals wurden die Gemeinden Tarvala und Wolkensdorf vereint.", "Wolkensdorf", ActorKind.ORT),
    ("Denn Oberarzt Dr . Kallweit will heiraten.", "Kallweit", ActorKind.PERSON),  # pre-tokenised "Dr ."
    ("Die Tafel hängt in der Tom Kalinastraße am Markt.", "Tom Kalinastraße", ActorKind.ORT),  # a street
    ("Im Saal hing ein Bild von Goethe.", "Goethe", ActorKind.PERSON),  # built-in historical figure
    ("Heute gewann der THW Kiel sein Heimspiel.", "THW Kiel", ActorKind.ORGANISATION),  # club without a club word
    ("Der bei Morlano Records unter Vertrag stehende Sänger kam.", "Morlano Records", ActorKind.ORGANISATION),
    # a registered name opening a firm's longer name with a legal form
    ("Den Auftrag erhielt die Siemens Netzplanung GmbH aus Erlangen.", "Siemens Netzplanung GmbH",
     ActorKind.ORGANISATION),
    ("Er flog 1961 mit Malta National Airways nach Rom.", "Malta National Airways", ActorKind.ORGANISATION),
    ("Das Buch erschien im Verlag Karl Wiese in Bern.", "Verlag Karl Wiese", ActorKind.ORGANISATION),  # noun surname
    ("Am Samstag spielte Bristol Rovers unentschieden.", "Bristol Rovers", ActorKind.ORGANISATION),
    ("Laut der Wirtschaftswoche steigen die Preise.", "Wirtschaftswoche", ActorKind.ORGANISATION),  # gazetteer
])
def test_issue4_rule_finds(text: str, name: str, kind: ActorKind) -> None:
    assert mention_kinds(text).get(name) is kind


@pytest.mark.parametrize(("text", "absent"), [
    ("Sie forscht am Goethe-Institut in Lima.", "Goethe"),  # named after the person
    ("Die Albert Einstein Stiftung vergibt Preise.", "Albert Einstein"),
    ("Er wurde wegen Dopings mit Fenoterol gesperrt.", "Fenoterol"),  # a drug
    ("Es ist die letzte Art der Hechtartigen in Europa.", "Hechtartigen"),
    ("Beschreibung: Die Blätter der Valoria montensis sind rund.", "Valoria"),  # genus before a Latin epithet
    ("Ohne Zweifel lief im Kino Ghost Stories von früher.", "Ghost Stories"),  # English common words
    ("Der Gewinn des Münchner Konzerns stieg.", "Münchner Konzerns"),  # a description, no name
    ("Er flog 1961 mit Malta National Airways nach Rom.", "Malta"),  # part of the airline's name
])
def test_issue4_rule_leaves_out(text: str, absent: str) -> None:
    assert absent not in mention_kinds(text)


def test_shouted_common_words_are_no_acronyms() -> None:
    kinds = mention_kinds("Mehr erfahren Sie HIER und JETZT GRATIS beim Verband. HIER klicken und die ZVK fragen.")
    assert not {"HIER", "JETZT", "GRATIS"} & set(kinds), kinds


def test_acronym_after_a_legal_citation_is_no_organisation() -> None:
    kinds = mention_kinds("Rechtsgrundlage ist Art. 6 Abs. 1 lit. f XYZG sowie § 25 Abs. 2 QRSG.")
    assert "XYZG" not in kinds and "QRSG" not in kinds, kinds


def test_disease_is_no_place_nor_person() -> None:
    kinds = mention_kinds("Er starb an Corona. Wegen Covid blieb sie in Corona zu Hause, sagte Anna Berger.")
    assert "Corona" not in kinds and "Covid" not in kinds, kinds


def test_inflected_multiword_place_has_its_nominative_name() -> None:
    found = find("Urlaub am Schwarzen Meer und an den Küsten des Roten Meeres.")
    assert {a.name for a in found.actors} >= {"Schwarzes Meer", "Rotes Meer"}


def test_unify_prefers_the_most_used_spelling_and_kind() -> None:
    from briefing.actors import ActorFindings, unify_actors
    from briefing.model import Actor

    def person(name: str, kind: ActorKind = ActorKind.PERSON) -> ActorFindings:
        return ActorFindings(actors=(Actor(id="hans-georg-moeller", name=name, kind=kind, registered=False),))
    findings = [person("Hans Georg-Möller"), person("Hans-Georg Möller"), person("Hans-Georg Möller"),
                person("Hans-Georg Möller", ActorKind.ORT)]
    _, actors = unify_actors(findings)
    assert [(a.name, a.kind) for a in actors] == [("Hans-Georg Möller", ActorKind.PERSON)]


def test_unify_maps_a_surname_to_the_full_name_over_its_genitive() -> None:
    from briefing.actors import ActorFindings, unify_actors
    from briefing.actors.finder import slugify
    from briefing.model import Actor

    def person(name: str) -> ActorFindings:
        return ActorFindings(actors=(Actor(id=slugify(name), name=name, kind=ActorKind.PERSON, registered=False),))
    mapping, _ = unify_actors([person("Ottokar Brommel"), person("Ottokar Brommels"), person("Brommel")])
    assert mapping["brommel"] == mapping["ottokar-brommels"] == "ottokar-brommel"
