"""Rules added for long organisation names, legal forms, saints' places, English text and HanTa shortcuts."""

from __future__ import annotations

import pytest

from test_actors_helpers import mention_kinds

from briefing.actors.lexicon import compound_noun, known_noun, word_class
from briefing.model import ActorKind


@pytest.mark.parametrize(("text", "name", "kind"), [
    # a head noun takes its "für" complement, an adjective + genitive, a Landes-/Bundes- compound
    ("Er war Referent im Bayerischen Staatsministerium für Schulwesen und Sport , dann Rektor.",
     "Bayerischen Staatsministerium für Schulwesen und Sport", ActorKind.ORGANISATION),
    ("Sie war Vorsitzende des Verbandes Westfälischer Imkervereine und schrieb Bücher.",
     "Verbandes Westfälischer Imkervereine", ActorKind.ORGANISATION),
    ("Das Landesamt für Bodenkunde prüft die Proben.", "Landesamt für Bodenkunde", ActorKind.ORGANISATION),
    # a legal form extends the name but not over a generic noun before it
    ("Das Maschinenbau-Unternehmen Kernholt AG wurde 1921 gegründet.", "Kernholt AG", ActorKind.ORGANISATION),
    # a dotted legal form after a registered company
    ("Sie gründeten ein Unternehmen: Google Inc. Das war 1998.", "Google Inc.", ActorKind.ORGANISATION),
    # saints name places
    ("Die St. Bernwardskapelle und die St. Ottokirche wurden 1807 abgebrochen.", "St. Bernwardskapelle", ActorKind.ORT),
    ("Die St. Bernwardskapelle und die St. Ottokirche wurden 1807 abgebrochen.", "St. Ottokirche", ActorKind.ORT),
    # article + adjective + name: a place
    ("Die Jets werden im englischen Wexhamford gebaut.", "Wexhamford", ActorKind.ORT),
])
def test_rule_finds_name_of_kind(text: str, name: str, kind: ActorKind) -> None:
    spans = mention_kinds(text)
    assert spans.get(name) is kind
    assert "Maschinenbau-Unternehmen Kernholt AG" not in spans
    assert kind is not ActorKind.ORGANISATION or not any(k is ActorKind.PERSON for k in spans.values())


def test_english_title_is_no_person():
    spans = mention_kinds("Er zitierte den Vortrag There 's Plenty of Room at the Bottom und lachte.")
    assert not any(k is ActorKind.PERSON for k in spans.values())


def test_lexicon_shortcuts_agree_with_hanta():
    assert known_noun("Gewürze") and known_noun("Aktivistin")
    assert not known_noun("Wagners")
    assert compound_noun("Lippenstift") and not compound_noun("Linnemann")
    assert word_class("Spinat") == "common"
