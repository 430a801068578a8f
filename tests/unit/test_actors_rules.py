"""Rules added for long organisation names, legal forms, saints' places, English text and HanTa shortcuts."""

from __future__ import annotations

from test_actors_helpers import find

from briefing.actors.lexicon import compound_noun, known_noun, word_class
from briefing.model import ActorKind


def _spans(text: str) -> dict[str, ActorKind]:
    found = find(text)
    kinds = {a.id: a.kind for a in found.actors}
    return {m.span.of(text): kinds[m.actor_id] for m in found.mentions}


def test_head_noun_takes_fuer_complement():
    spans = _spans("Er war Referent im Bayerischen Staatsministerium für Schulwesen und Sport , dann Rektor.")
    assert spans.get("Bayerischen Staatsministerium für Schulwesen und Sport") is ActorKind.ORGANISATION


def test_head_noun_takes_adjective_genitive():
    spans = _spans("Sie war Vorsitzende des Verbandes Westfälischer Imkervereine und schrieb Bücher.")
    assert spans.get("Verbandes Westfälischer Imkervereine") is ActorKind.ORGANISATION


def test_state_compound_with_fuer():
    spans = _spans("Das Landesamt für Bodenkunde prüft die Proben.")
    assert spans.get("Landesamt für Bodenkunde") is ActorKind.ORGANISATION


def test_legal_form_extends_organisation_and_skips_generic_noun():
    spans = _spans("Das Maschinenbau-Unternehmen Kernholt AG wurde 1921 gegründet.")
    assert spans.get("Kernholt AG") is ActorKind.ORGANISATION
    assert "Maschinenbau-Unternehmen Kernholt AG" not in spans


def test_dotted_legal_form_after_registered_company():
    spans = _spans("Sie gründeten ein Unternehmen: Google Inc. Das war 1998.")
    assert spans.get("Google Inc.") is ActorKind.ORGANISATION
    assert not any(k is ActorKind.PERSON for k in spans.values())


def test_saint_names_a_place():
    spans = _spans("Die St. Bernwardskapelle und die St. Ottokirche wurden 1807 abgebrochen.")
    assert spans.get("St. Bernwardskapelle") is ActorKind.ORT
    assert spans.get("St. Ottokirche") is ActorKind.ORT


def test_name_after_article_and_adjective_is_place():
    spans = _spans("Die Jets werden im englischen Wexhamford gebaut.")
    assert spans.get("Wexhamford") is ActorKind.ORT


def test_english_title_is_no_person():
    spans = _spans("Er zitierte den Vortrag There 's Plenty of Room at the Bottom und lachte.")
    assert not any(k is ActorKind.PERSON for k in spans.values())


def test_lexicon_shortcuts_agree_with_hanta():
    assert known_noun("Gewürze") and known_noun("Aktivistin")
    assert not known_noun("Wagners")
    assert compound_noun("Lippenstift") and not compound_noun("Linnemann")
    assert word_class("Spinat") == "common"
