"""The registry shipped with the tool: countries, organisations, agreements and people (package data)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

import yaml

from ..model import Actor, ActorKind
from ..slugs import slugify

_DATA = "briefing.data"


@dataclass(frozen=True, slots=True)
class Metonym:
    """A name that stands for a country ("Washington", "Kreml"); `capital` ones are places after "in"."""

    text: str
    country_id: str
    capital: bool


def _listify(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)]


def _read_yaml(name: str) -> list[dict]:
    text = resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")
    # libyaml's loader, where installed, reads the gazetteers ten times faster than the pure-Python one
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or []


def _country(entry: dict) -> Actor:
    name = entry["name"]
    aliases: list[str] = []
    for key in ("en", "adj", "en_adj", "demonym", "aliases"):
        aliases += _listify(entry.get(key))
    aliases = [a for a in dict.fromkeys(aliases) if a != name]
    return Actor(id=slugify(name), name=name, kind=ActorKind.LAND, aliases=tuple(aliases))


def _other(entry: dict, default_kind: ActorKind, country_ids: dict[str, str]) -> Actor:
    name = entry["name"]
    kind = ActorKind(entry.get("kind", default_kind.value))
    country = entry.get("country")
    return Actor(
        id=slugify(name),
        name=name,
        kind=kind,
        aliases=tuple(a for a in _listify(entry.get("aliases")) if a != name),
        country=country_ids.get(country, slugify(country)) if country else None,
        role=entry.get("role"),
        description=entry.get("description"),
    )


@functools.lru_cache(maxsize=1)
def builtin_actors() -> tuple[Actor, ...]:
    """All built-in actors (countries, places that are capitals, organisations, agreements, people)."""
    countries = [_country(e) for e in _read_yaml("countries_de.yml")]
    country_ids = {a.name: a.id for a in countries}
    places = {}
    for entry in _read_yaml("countries_de.yml"):
        for capital in _listify(entry.get("capital")):
            pid = slugify(capital)
            places.setdefault(pid, Actor(id=pid, name=capital, kind=ActorKind.ORT, country=slugify(entry["name"])))
    orgs = [_other(e, ActorKind.ORGANISATION, country_ids) for e in _read_yaml("organisations.yml")]
    people = [_other(e, ActorKind.PERSON, country_ids) for e in _read_yaml("people.yml")]
    return tuple(countries + list(places.values()) + orgs + people)


@functools.lru_cache(maxsize=1)
def builtin_metonyms() -> tuple[Metonym, ...]:
    """Capitals and seats of power that may stand for their country."""
    out: list[Metonym] = []
    for entry in _read_yaml("countries_de.yml"):
        cid = slugify(entry["name"])
        out += [Metonym(c, cid, True) for c in _listify(entry.get("capital"))]
        out += [Metonym(m, cid, False) for m in _listify(entry.get("metonyms"))]
    return tuple(out)


@functools.lru_cache(maxsize=1)
def english_adjectives() -> frozenset[str]:
    """English adjectives of countries ("Swiss", "British"): in German text they stand inside names."""
    return frozenset(a for e in _read_yaml("countries_de.yml") for a in _listify(e.get("en_adj")))


@functools.lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Common given names (German and international)."""
    text = resources.files(_DATA).joinpath("first_names.txt").read_text(encoding="utf-8")
    names: set[str] = set()
    for line in text.splitlines():
        if not line.startswith("#"):
            names.update(line.split())
    return frozenset(names)
