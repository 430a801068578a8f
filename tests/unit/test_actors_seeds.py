"""The three seed articles: every gold actor found, no photo credit or false friend an actor."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from test_actors_helpers import find, reflow

ROOT = Path(__file__).resolve().parents[2]
GOLD = yaml.safe_load((ROOT / "tests/data/actors_gold.yml").read_text(encoding="utf-8"))
ARTICLES = ROOT / "content/articles"


def _text(name: str, raw: bool = False) -> str:
    path = ARTICLES / name
    if not path.exists():
        pytest.skip(f"seed article {name} not in content/articles")
    text = path.read_text(encoding="utf-8")
    return text if raw else reflow(text)


@pytest.mark.parametrize("name", sorted(GOLD))
@pytest.mark.parametrize("raw", [False, True], ids=["reflowed", "raw"])
def test_seed_actors(name, raw):
    gold = GOLD[name]
    found = find(_text(name, raw))
    by_name = {a.name: a for a in found.actors}
    missing = [(kind, n) for kind, ns in gold["found"].items() for n in ns
               if n not in by_name or by_name[n].kind.value != kind]
    assert not missing
    wrong = [n for n in gold.get("not_found", []) if n in by_name]
    assert not wrong


@pytest.mark.parametrize("name", sorted(n for n in GOLD if GOLD[n].get("roles")))
def test_seed_roles(name):
    found = find(_text(name))
    ids = {a.name: a.id for a in found.actors}
    for person, role in GOLD[name]["roles"].items():
        seen = {m.role for m in found.mentions if m.actor_id == ids[person] and m.role}
        assert role in seen, (person, seen)


def test_seed_aliases():
    text = _text("kas-laenderbericht-mexiko-usa.txt")
    found = find(text)
    ids = {a.name: a.id for a in found.actors}
    for alias, person in GOLD["kas-laenderbericht-mexiko-usa.txt"]["aliases"].items():
        assert any(m.span.of(text) == alias and m.actor_id == ids[person] for m in found.mentions)
