"""load_registry: built-in actors plus the user's content/actors.yml, validated with line numbers."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..model import Actor, ActorKind, Problem, Registry, Severity
from ..slugs import slugify
from .builtin import builtin_actors

KEYS = ("id", "name", "kind", "aliases", "country", "role", "description")
_KIND_NAMES = {
    **{k.value.lower(): k for k in ActorKind},
    "country": ActorKind.LAND, "staat": ActorKind.LAND, "person": ActorKind.PERSON,
    "organization": ActorKind.ORGANISATION, "org": ActorKind.ORGANISATION, "agreement": ActorKind.VEREINBARUNG,
    "treaty": ActorKind.VEREINBARUNG, "vertrag": ActorKind.VEREINBARUNG, "place": ActorKind.ORT,
}


def parse_kind(value: str) -> ActorKind | None:
    """ActorKind for a user-written kind ("Person", "land", "Organization"), None if unknown."""
    return _KIND_NAMES.get(value.strip().lower())


def _line(node: Node) -> int:
    return node.start_mark.line + 1


def _scalar_list(node: Node) -> list[str] | None:
    if isinstance(node, ScalarNode):
        return [node.value] if node.value else []
    if isinstance(node, SequenceNode) and all(isinstance(n, ScalarNode) for n in node.value):
        return [n.value for n in node.value]
    return None


def _entries(root: Node) -> list[tuple[str | None, MappingNode | ScalarNode, int]]:
    """(key, value node, line) for list form `- {name: ...}` and mapping form `Donald Trump: {...}`."""
    if isinstance(root, SequenceNode):
        return [(None, n, _line(n)) for n in root.value]
    if isinstance(root, MappingNode):
        return [(k.value if isinstance(k, ScalarNode) else None, v, _line(k)) for k, v in root.value]
    return []


def _parse_entry(key: str | None, node: Node, line: int, path: str) -> tuple[dict | None, list[Problem]]:
    """One user entry as a dict of validated fields, plus the problems found in it."""
    problems: list[Problem] = []

    def problem(msg: str, at: int, field: str | None = None, severity: Severity = Severity.WARNING) -> None:
        # ERROR when the whole entry is dropped (`briefing check` fails), WARNING when only a value is.
        problems.append(Problem(path, msg, severity, at, field))

    fields: dict = {}
    if isinstance(node, ScalarNode) and key is not None and node.value in ("", "~", "null"):
        node = MappingNode("tag:yaml.org,2002:map", [])
    if not isinstance(node, MappingNode):
        problem("Eintrag ist keine Zuordnung (name, kind, aliases, ...)", line, severity=Severity.ERROR)
        return None, problems
    for knode, vnode in node.value:
        k = knode.value if isinstance(knode, ScalarNode) else None
        if k not in KEYS:
            shown = repr(k) if k is not None else "(kein einfacher Name)"
            problem(f"unbekannter Schlüssel {shown} (erlaubt: {', '.join(KEYS)})", _line(knode), k)
            continue
        if k == "aliases":
            values = _scalar_list(vnode)
            if values is None:
                problem("aliases muss eine Liste von Namen sein", _line(vnode), k)
                continue
            fields[k] = ([v.strip() for v in values if v.strip()], _line(vnode))
        elif not isinstance(vnode, ScalarNode):
            problem(f"{k} muss ein einzelner Wert sein", _line(vnode), k)
        elif vnode.value.strip():
            fields[k] = (vnode.value.strip(), _line(vnode))
    if "name" not in fields and key:
        fields["name"] = (key.strip(), line)
        fields["_name_from_key"] = (True, line)
    elif key and "id" not in fields:
        fields["id"] = (slugify(key), line)
    if "name" not in fields:
        problem("Eintrag ohne name", line, "name", Severity.ERROR)
        return None, problems
    if "kind" in fields:
        kind = parse_kind(fields["kind"][0])
        if kind is None:
            allowed = ", ".join(k.value for k in ActorKind)
            problem(f"unbekannte Art {fields['kind'][0]!r} (erlaubt: {allowed})", fields["kind"][1], "kind",
                    Severity.ERROR)
            return None, problems
        fields["kind"] = (kind, fields["kind"][1])
    fields["_line"] = line
    return fields, problems


def _merge(base: Actor | None, fields: dict, country_ids: dict[str, str]) -> Actor | None:
    """Apply a user entry onto a built-in actor (or create a new one); None if kind is unknown."""
    get = lambda k: fields[k][0] if k in fields else None  # noqa: E731
    kind = get("kind") or (base.kind if base else None)
    if kind is None:
        return None
    name = base.name if base and "_name_from_key" in fields else get("name")
    aliases = list(base.aliases) if base else []
    if base and base.name != name:
        aliases.append(base.name)
    aliases += get("aliases") or []
    aliases = tuple(a for a in dict.fromkeys(aliases) if a != name)
    country = get("country")
    if country is not None:
        country = country_ids.get(country.lower(), slugify(country))
    return Actor(
        id=get("id") or (base.id if base else slugify(name)),
        name=name,
        kind=kind,
        aliases=aliases,
        country=country if country is not None else (base.country if base else None),
        role=get("role") or (base.role if base else None),
        description=get("description") or (base.description if base else None),
    )


def _read_user(path: Path) -> tuple[Node | None, list[Problem]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(str(path), f"Datei nicht lesbar: {exc}", Severity.ERROR)]
    try:
        # compose() builds nodes with marks (line numbers) and resolves tags like safe_load: no code runs.
        return yaml.compose(text, Loader=yaml.SafeLoader), []
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        return None, [Problem(str(path), f"ungültiges YAML: {getattr(exc, 'problem', exc)}", Severity.ERROR, line)]


def merge_user(builtin: tuple[Actor, ...], root: Node | None, path: str) -> tuple[tuple[Actor, ...], list[Problem]]:
    """Built-in actors extended/overridden by the entries of a user file's YAML tree."""
    problems: list[Problem] = []
    by_id = {a.id: a for a in builtin}
    lookup: dict[str, str] = {}
    for a in builtin:
        for text in (a.name, *a.aliases):
            lookup.setdefault(text.lower(), a.id)
        lookup[a.id] = a.id
    country_ids = {k: v for k, v in lookup.items() if by_id[v].kind is ActorKind.LAND}
    if root is not None and not isinstance(root, (SequenceNode, MappingNode)):
        if not (isinstance(root, ScalarNode) and root.value in ("", "~", "null")):
            problems.append(Problem(path, "erwartet eine Liste oder Zuordnung von Akteuren", Severity.ERROR, _line(root)))
        root = None
    claimed: dict[str, tuple[str, int]] = {}  # alias (lower) -> (actor id, line) within the user file
    for key, node, line in _entries(root) if root is not None else []:
        fields, found = _parse_entry(key, node, line, path)
        problems += found
        if fields is None:
            continue
        name = fields["name"][0]
        target = fields["id"][0] if "id" in fields else lookup.get(name.lower()) or slugify(name)
        actor = _merge(by_id.get(target), {**fields, "id": (target, line)}, country_ids)
        if actor is None:
            problems.append(Problem(path, f"{name}: kind fehlt (Person, Land, Organisation, ...)", Severity.ERROR, line,
                                    "kind"))
            continue
        for alias in (actor.name, *(fields["aliases"][0] if "aliases" in fields else ())):
            other = claimed.get(alias.lower())
            if other and other[0] != actor.id:
                problems.append(Problem(path, f"Alias {alias!r} gehört schon zu {by_id[other[0]].name} (Zeile {other[1]})",
                                        Severity.WARNING, fields.get("aliases", (None, line))[1], "aliases"))
                actor = replace(actor, aliases=tuple(a for a in actor.aliases if a.lower() != alias.lower()))
            else:
                claimed[alias.lower()] = (actor.id, line)
        by_id[actor.id] = actor
        for text in (actor.name, *actor.aliases):
            lookup[text.lower()] = actor.id
    return _release_claimed(tuple(by_id.values()), claimed), problems


def _release_claimed(actors: tuple[Actor, ...], claimed: dict[str, tuple[str, int]]) -> tuple[Actor, ...]:
    """A user alias wins over a built-in actor's alias: drop it from every other actor."""
    out = []
    for a in actors:
        keep = tuple(x for x in a.aliases if claimed.get(x.lower(), (a.id,))[0] == a.id)
        out.append(a if keep == a.aliases else replace(a, aliases=keep))
    return tuple(sorted(out, key=lambda a: a.id))


def load_registry(user_file: Path | None) -> Registry:
    """Built-in registry plus the user's actors.yml; content problems land in Registry.problems."""
    builtin = builtin_actors()
    if user_file is None or not Path(user_file).exists():
        return Registry(actors=tuple(sorted(builtin, key=lambda a: a.id)))
    root, problems = _read_user(Path(user_file))
    actors, more = merge_user(builtin, root, str(user_file))
    return Registry(actors=actors, problems=tuple(problems + more))
