"""unify_actors, suggest_names / format_suggestions, engines."""

from __future__ import annotations

import pytest
import yaml
from test_actors_helpers import REGISTRY, find, split_sentences

from briefing.actors import (ActorEngine, BuiltinEngine, SpacyEngine, format_suggestions, suggest_names,
                             unify_actors)
from briefing.model import ActorKind


def test_unify_maps_surname_only_person_to_full_name():
    a = find("Die Ministerin Gabriele Quastenberg sprach lange.")
    b = find("Ministerin Quastenberg widersprach.")
    assert {x.id for x in b.actors} == {"quastenberg"}
    mapping, actors = unify_actors([a, b])
    assert mapping["quastenberg"] == "gabriele-quastenberg"
    canon = {x.id: x for x in actors}
    assert "quastenberg" not in canon and "Quastenberg" in canon["gabriele-quastenberg"].aliases


def test_unify_keeps_ambiguous_surnames_apart():
    a = find("Ministerin Gabriele Quastenberg sprach.")
    b = find("Minister Otto Quastenberg sprach.")
    c = find("Ministerin Quastenberg sprach.")
    mapping, _ = unify_actors([a, b, c])
    assert mapping["quastenberg"] == "quastenberg"


def test_suggestions_are_valid_yaml_with_counts():
    texts = ["Ministerin Gabriele Quastenberg sprach. Quastenberg sagte Nein.",
             "Laut Gabriele Quastenberg bleibt alles."]
    pairs = [(t, find(t)) for t in texts]
    sugg = suggest_names(pairs, REGISTRY)
    assert sugg[0].name == "Gabriele Quastenberg" and sugg[0].count == 3 and sugg[0].articles == 2
    out = format_suggestions(sugg)
    assert "# 3× in 2 Artikeln" in out
    data = yaml.safe_load(out)
    assert data[0]["name"] == "Gabriele Quastenberg" and data[0]["kind"] == "Person"


def test_builtin_engine_satisfies_protocol():
    engine = BuiltinEngine()
    assert isinstance(engine, ActorEngine)
    text = "Trump traf Trudeau."
    assert engine.find_actors(text, split_sentences(text), REGISTRY).mentions


def test_spacy_engine_with_entity_ruler():
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([
        {"label": "PER", "pattern": "Gabriele Quastenberg"},
        {"label": "LOC", "pattern": "Mexiko"},
        {"label": "ORG", "pattern": "Europäischen Union"},
        {"label": "ORG", "pattern": "Acme Werke"},
    ])
    text = "Gabriele Quastenberg reiste nach Mexiko. Die Europäischen Union und die Acme Werke."
    found = SpacyEngine(nlp).find_actors(text, split_sentences(text), REGISTRY)
    kinds = {a.name: (a.kind, a.registered) for a in found.actors}
    assert kinds == {
        "Gabriele Quastenberg": (ActorKind.PERSON, False),
        "Mexiko": (ActorKind.LAND, True),
        "Europäische Union": (ActorKind.ORGANISATION, True),
        "Acme Werke": (ActorKind.ORGANISATION, False),
    }
    assert [m.sentence for m in found.mentions] == [0, 0, 1, 1]
