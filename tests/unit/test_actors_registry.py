"""load_registry: built-in data, user overrides, validation problems with line numbers."""

from __future__ import annotations

from briefing.actors import find_actors, load_registry
from briefing.model import ActorKind


def _write(tmp_path, text):
    path = tmp_path / "actors.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_has_all_countries_and_core_orgs():
    reg = load_registry(None)
    by_id = {a.id: a for a in reg.actors}
    countries = [a for a in reg.actors if a.kind is ActorKind.LAND]
    assert len(countries) >= 190
    assert by_id["usa"].name == "USA" and "Vereinigte Staaten" in by_id["usa"].aliases
    for name in ("Europäische Union", "G20", "NATO", "Weltbank", "DEA", "PEMEX", "Konrad-Adenauer-Stiftung"):
        assert any(a.name == name for a in reg.actors), name
    assert by_id["weisses-haus"].kind is ActorKind.ORGANISATION and by_id["weisses-haus"].country == "usa"
    assert by_id["nafta"].kind is ActorKind.VEREINBARUNG
    assert reg.problems == ()


def test_missing_user_file_is_fine(tmp_path):
    assert load_registry(tmp_path / "nope.yml").problems == ()


def test_user_entries_extend_and_override(tmp_path):
    path = _write(tmp_path, """\
- name: Donald Trump
  aliases: [Der Donald]
  role: Präsident
- name: Gabi Quast
  kind: Person
  country: Deutschland
- name: Acme Werke
  kind: Organisation
  aliases: [Acme]
""")
    reg = load_registry(path)
    by_id = {a.id: a for a in reg.actors}
    assert reg.problems == ()
    trump = by_id["donald-trump"]
    assert "Trump" in trump.aliases and "Der Donald" in trump.aliases and trump.role == "Präsident"
    assert by_id["gabi-quast"].country == "deutschland"
    text = "Der Donald lobte die Acme Werke und Acme."
    found = find_actors(text, (), reg)
    assert [m.actor_id for m in found.mentions] == ["donald-trump", "acme-werke", "acme-werke"]


def test_problems_carry_line_numbers_and_keys(tmp_path):
    path = _write(tmp_path, """\
- name: Hans Muster
  kind: Person
  aliases: [HM]
  colour: red
- name: Foo AG
  kind: Firma
- name: Bar GmbH
  kind: Organisation
  aliases: [HM]
""")
    reg = load_registry(path)
    got = {(p.line, p.key) for p in reg.problems}
    assert got == {(4, "colour"), (6, "kind"), (9, "aliases")}
    assert all(p.path == str(path) for p in reg.problems)
    assert not any(a.name == "Foo AG" for a in reg.actors)


def test_bad_yaml_is_a_problem_not_an_exception(tmp_path):
    path = _write(tmp_path, "- name: [unclosed\n  kind: Person\n")
    reg = load_registry(path)
    assert len(reg.problems) == 1 and reg.problems[0].line is not None
    assert any(a.id == "usa" for a in reg.actors)  # built-in registry still there


def test_yaml_is_parsed_safely(tmp_path):
    path = _write(tmp_path, "- !!python/object/apply:os.system ['echo hacked']\n")
    reg = load_registry(path)
    assert reg.problems  # refused, never executed


def test_missing_kind_for_new_actor(tmp_path):
    path = _write(tmp_path, "- name: Ganz Neu\n")
    reg = load_registry(path)
    assert [(p.line, p.key) for p in reg.problems] == [(1, "kind")]


def test_user_alias_wins_over_builtin(tmp_path):
    path = _write(tmp_path, "- {name: Kommunale Abfallwirtschaft, kind: Organisation, aliases: [KAS]}\n")
    reg = load_registry(path)
    found = find_actors("Die KAS meldet.", (), reg)
    assert [m.actor_id for m in found.mentions] == ["kommunale-abfallwirtschaft"]


def test_mapping_form(tmp_path):
    path = _write(tmp_path, "Acme Werke:\n  kind: Organisation\n  aliases: [Acme]\nTrump:\n  role: Präsident\n")
    reg = load_registry(path)
    by_id = {a.id: a for a in reg.actors}
    assert reg.problems == ()
    assert by_id["acme-werke"].aliases == ("Acme",)
    assert by_id["donald-trump"].name == "Donald Trump"
    assert by_id["donald-trump"].role == "Präsident"  # "Trump" is an alias of the built-in actor
