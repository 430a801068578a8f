"""Gazetteer of places (kind Ort) that no registry lists: German states, regions, rivers, cities."""

from __future__ import annotations

import functools
from importlib import resources

from .index import Hit
from .tokens import tokenize
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
    return frozenset(plain - guarded), frozenset(guarded)


@functools.lru_cache(maxsize=1)
def place_trie() -> dict:
    """Token trie over place names and their genitive ("Leipzigs"); hits carry the canonical name."""
    plain, guarded = place_names()
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
                node.setdefault(None, Hit(name, place=needs_prep))
    return trie
