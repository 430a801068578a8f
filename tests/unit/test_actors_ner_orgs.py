"""Organisations for issue #4: a local bank named by its bare noun, and built-in organisations of German news."""

from __future__ import annotations

import pytest

from test_actors_helpers import mention_kinds

from briefing.model import ActorKind


@pytest.mark.parametrize(("text", "name"), [
    ("Die Errichtung des Rathauses war von der Sparkasse finanziert worden.", "Sparkasse"),
    ("Das Geld liegt bei der Volksbank , sagte der Kassenwart.", "Volksbank"),
    ("Die Raiffeisenbank schließt zwei Filialen im Landkreis.", "Raiffeisenbank"),
])
def test_bare_savings_bank_after_definite_article_is_an_organisation(text: str, name: str) -> None:
    assert mention_kinds(text).get(name) is ActorKind.ORGANISATION


def test_savings_bank_with_its_town_stays_one_name():
    spans = mention_kinds("Die Sparkasse Hannover erhöht die Zinsen für Tagesgeld.")
    assert spans.get("Sparkasse Hannover") is ActorKind.ORGANISATION
    assert "Sparkasse" not in spans


def test_savings_bank_as_a_common_noun_is_no_organisation():
    assert mention_kinds("Eine Sparkasse ist ein öffentlich-rechtliches Kreditinstitut.") == {}


@pytest.mark.parametrize(("text", "name"), [
    ("Das sagte der Vorstandschef der Financial Times Deutschland am Mittwoch.", "Financial Times Deutschland"),
    ("Nach den schwächeren Vorgaben der Wall Street gaben die Kurse nach.", "Wall Street"),
    ("Die Gewerkschaft Ver.di ruft zum Warnstreik auf.", "Ver.di"),
    ("Was er zur ZEIT-Online zu sagen hatte, kann jeder nachlesen.", "ZEIT-Online"),
    ("Mit dem Remis blieb Chelsea zum 24. Mal ungeschlagen.", "Chelsea"),
    ("Der Wechsel von Honda zu Aprilia brachte ihm eine neue Technik.", "Aprilia"),
    ("Die Landesbank WestLB braucht weitere Milliarden.", "WestLB"),
    ("Der Festplattenhersteller Seagate senkt die Preise.", "Seagate"),
    ("Die ISAF verlegt weitere Soldaten in den Süden.", "ISAF"),
])
def test_builtin_organisation_is_found(text: str, name: str) -> None:
    spans = mention_kinds(text)
    assert spans.get(name) is ActorKind.ORGANISATION
    assert not any(k is ActorKind.PERSON for k in spans.values())


def test_financial_times_deutschland_is_not_a_paper_and_a_country():
    spans = mention_kinds("Er sagte der Financial Times Deutschland , das Geschäft laufe gut.")
    assert "Deutschland" not in spans and "Financial Times" not in spans
