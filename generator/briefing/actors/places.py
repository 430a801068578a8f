"""Gazetteer of places (kind Ort) that no registry lists: German states, regions, rivers, cities; city districts."""

from __future__ import annotations

import functools
from importlib import resources

from ..model import ActorKind
from .cues import town_like
from .index import Hit
from .lexicon import NOT_ACTORS, role_base, word_class
from .ordinary import english_word
from .tokens import Token, tokenize
from .variants import genitive

# A place name that is also a common word ("Essen", "Halle") counts only right after one of these.
LOCATIVE = frozenset("""in nach aus bei von vom nahe In Nach Aus Bei Stadt Gemeinde Raum Kreis Landkreis Bundesstaat
Bundesstaats Bundesstaates Bundesland Provinz Region Kanton Kantons Bezirk Distrikt Departement""".split())


@functools.lru_cache(maxsize=1)
def place_names() -> tuple[frozenset[str], frozenset[str]]:
    """(names, names that need a locative preposition) from data/places_de.txt."""
    text = resources.files("briefing.data").joinpath("places_de.txt").read_text(encoding="utf-8")
    plain, guarded = set(), set()
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("?"):
            guarded.add(line[1:])
        else:
            plain.add(line)
    return frozenset(plain - guarded - NOT_ACTORS), frozenset(guarded - NOT_ACTORS)


def _nominatives(names: frozenset[str]) -> dict[str, str]:
    """Inflected names of several words -> their nominative in the gazetteer: "Schwarzen Meer", "Schwarzen Meeres" ->
    "Schwarzes Meer", "Nahen Osten" -> "Naher Osten". The adjective ending changes, a genitive -s/-es may go."""
    out: dict[str, str] = {}
    for name in names:
        words = name.split()
        if len(words) < 2 or not words[0].endswith(("en", "em")) or not words[0][:1].isupper():
            continue
        stem, last = words[0][:-2], words[-1]
        lasts = [last] + [last[: -len(e)] for e in ("es", "s") if last.endswith(e) and len(last) - len(e) >= 3]
        for first in (stem + "es", stem + "er", stem + "e"):
            match = next((c for c in (" ".join([first, *words[1:-1], t]) for t in lasts) if c in names), None)
            if match is not None:
                out[name] = match
                break
    return out


@functools.lru_cache(maxsize=1)
def place_trie() -> dict:
    """Token trie over place names and their genitive ("Leipzigs"); hits carry the canonical name."""
    plain, guarded = place_names()
    canonical = _nominatives(plain | guarded)
    trie: dict = {}
    for names, needs_prep in ((plain, False), (guarded, True)):
        for name in sorted(names):
            keys = [t.text for t in tokenize(name)]
            if not keys:
                continue
            forms = [keys]
            if len(keys) == 1 and not keys[0].isupper():
                forms += [[g] for g in genitive(keys[0]) if "’" not in g and "'" not in g]
            for form in forms:
                node = trie
                for k in form:
                    node = node.setdefault(k, {})
                # place=True on a Hit marks "only after a locative"; actor_id is the display name here.
                node.setdefault(None, Hit(canonical.get(name, name), place=needs_prep))
    return trie


@functools.lru_cache(maxsize=1)
def multiword_starts() -> frozenset[str]:
    """First words of the gazetteer's names of several words ("Rhode" of "Rhode Island")."""
    return frozenset(word for word, node in place_trie().items() if any(k is not None for k in node))


# Districts named by common words: "Berlin-Mitte", "Hamburg-Altstadt".
_DISTRICT_WORDS = frozenset("Mitte Nord Süd Ost West Nordost Nordwest Südost Südwest Altstadt Neustadt Innenstadt".split())
_QUARTERS = frozenset("Ost West Nord Süd".split())  # "Ost-Berlin"


def districts(tokens: tuple[Token, ...], free: list[bool], index) -> list[int]:
    """Free tokens that are a city and a district in one: "Berlin-Charlottenburg", "Hamburg-Mitte", "Ost-Berlin"; not
    a city inside a compound ("Berlin-Besuch", "Corona-Lockdown", "USA-Reise"). `index` is the ActorIndex."""
    out: list[int] = []
    places = place_trie()

    def city(word: str) -> bool:
        hit = places.get(word, {}).get(None)
        if hit is not None:
            return not hit.place  # "Essen", "Halle": also words
        hit = index.trie.get(word, {}).get(None)
        actor = index.actors.get(hit.actor_id) if hit is not None else None
        return actor is not None and actor.kind is ActorKind.ORT
    for i in [k for k, t in enumerate(tokens) if "-" in t.text]:  # few tokens have a hyphen
        tok = tokens[i]
        if not free[i] or tok.text in index.trie or tok.text in places:
            continue
        parts = tok.text.split("-")
        if len(parts) != 2 or not all(p[:1].isupper() and len(p) > 2 and not p.isupper() for p in parts):
            continue
        head, tail = parts
        # the tail must look like a place's name: "Corona-Lockdown", "Hollywood-Blockbuster" are compounds
        district = city(head) and (tail in _DISTRICT_WORDS or city(tail) or tail not in index.trie
                                   and (word_class(tail) == "name" or town_like(tail) and word_class(tail) != "common")
                                   and not english_word(tail) and role_base(tail) is None)
        if district or head in _QUARTERS and city(tail):
            out.append(i)
    return out
