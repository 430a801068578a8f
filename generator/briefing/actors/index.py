"""A compiled, immutable lookup structure for one Registry: a token trie over every surface form.

Built once per Registry (functools.lru_cache keyed by the frozen, hashable Registry), so find_actors
does one dictionary walk per token instead of one regex per alias.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from ..model import Actor, ActorKind, Registry
from .builtin import builtin_metonyms
from .lexicon import STOP
from .quoted import quoted_titles
from .tokens import tokenize
from .variants import alias_forms, genitive

# Per-form priority when two actors claim the same text: canonical names beat aliases, and
# actors beat metonyms ("Washington" the capital, not a person named Washington).
_NAME, _ALIAS, _SURNAME, _METONYM = 0, 1, 2, 3


@dataclass(frozen=True, slots=True)
class Hit:
    """What a matched surface form stands for."""

    actor_id: str
    metonym_of: str | None = None  # country id when this is a capital/seat ("Tokio", "Kreml")
    place: bool = False  # the form is also a place: after "in"/"nach" it is an Ort, not the country
    surname: bool = False  # a person's bare surname derived automatically ("Trump")


@dataclass(frozen=True, slots=True)
class ActorIndex:
    actors: dict[str, Actor]
    trie: dict = field(repr=False)
    max_len: int = 1
    titles: dict = field(default_factory=dict, repr=False)  # quoted-only newspaper titles ("Spiegel")


def _keys(form: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokenize(form))


def _surname_forms(actor: Actor) -> list[str]:
    """Bare surname of a registered person, as an extra alias ("Donald Trump" -> "Trump")."""
    words = actor.name.split()
    if actor.kind is not ActorKind.PERSON or len(words) < 2:
        return []
    last = words[-1]
    if not last[:1].isupper() or last.endswith("."):
        return []
    return [last]


def _entries(registry: Registry) -> list[tuple[tuple[str, ...], int, str, Hit]]:
    """(token keys, priority, tie-break, hit) for every surface form in the registry."""
    out: list[tuple[tuple[str, ...], int, str, Hit]] = []
    ids = {a.id for a in registry.actors}
    places = {a.name: a.id for a in registry.actors if a.kind is ActorKind.ORT}
    metonym_places = {m.text for m in builtin_metonyms() if m.country_id in ids}
    for actor in registry.actors:
        if actor.kind is ActorKind.ORT and actor.name in metonym_places:
            continue  # the metonym entry below decides between place and country by context
        for prio, texts in ((_NAME, [actor.name]), (_ALIAS, list(actor.aliases)), (_SURNAME, _surname_forms(actor))):
            for text in texts:
                hit = Hit(actor.id, surname=prio == _SURNAME)
                for form in alias_forms(text, actor.kind):
                    # the genitive of "Kim Jong Un"'s "Un" is the pronoun "Uns": no surname form is a function word
                    if prio != _SURNAME or form not in STOP:
                        out.append((_keys(form), prio, actor.id, hit))
    for m in builtin_metonyms():
        if m.country_id not in ids:
            continue
        place_id = places.get(m.text)
        hit = Hit(place_id or m.country_id, metonym_of=m.country_id, place=place_id is not None and m.capital)
        for form in alias_forms(m.text, ActorKind.ORT):
            out.append((_keys(form), _METONYM, m.country_id, hit))
    return out


def _surname_ambiguous(entries: list) -> set[tuple[str, ...]]:
    """Surnames shared by two registered persons ("Clinton") are only matched with the first name."""
    owners: dict[tuple[str, ...], set[str]] = {}
    for keys, prio, _, hit in entries:
        if prio == _SURNAME:
            owners.setdefault(keys, set()).add(hit.actor_id)
    return {k for k, v in owners.items() if len(v) > 1}


# The same Registry object comes with every article: found by identity, it is not hashed again (hashing a
# frozen Registry hashes every actor, ~1 ms per article). The Registry is kept, so its id is not reused.
_BY_IDENTITY: dict[int, tuple[Registry, ActorIndex]] = {}


def build_index(registry: Registry) -> ActorIndex:
    """Compile the registry into a token trie (cached per registry)."""
    known = _BY_IDENTITY.get(id(registry))
    if known is not None and known[0] is registry:
        return known[1]
    index = _build_index(registry)
    remember_index(registry, index)
    return index


def remember_index(registry: Registry, index: ActorIndex) -> None:
    """Use `index` (built earlier for this very registry, e.g. from a cache) instead of compiling it again."""
    if len(_BY_IDENTITY) >= 8:
        _BY_IDENTITY.clear()
    _BY_IDENTITY[id(registry)] = (registry, index)


@functools.lru_cache(maxsize=8)
def _build_index(registry: Registry) -> ActorIndex:
    """build_index for equal registries (a registry loaded again, unpickled in a worker)."""
    entries = _entries(registry)
    ambiguous = _surname_ambiguous(entries)
    best: dict[tuple[str, ...], tuple[int, str, Hit]] = {}
    for keys, prio, tie, hit in entries:
        if not keys or (prio == _SURNAME and keys in ambiguous):
            continue
        current = best.get(keys)
        if current is None or (prio, tie) < current[:2]:
            best[keys] = (prio, tie, hit)
    trie: dict = {}
    for keys, (_, _, hit) in best.items():
        node = trie
        for k in keys:
            node = node.setdefault(k, {})
        node[None] = hit
    max_len = max((len(k) for k in best), default=1)
    return ActorIndex(actors={a.id: a for a in registry.actors}, trie=trie, max_len=max_len,
                      titles=quoted_titles(registry.actors))


def longest_match(trie: dict, words: list[str], start: int) -> tuple[int, Hit] | None:
    """Longest key in `trie` starting at words[start]: (end index exclusive, hit)."""
    node = trie
    found = None
    for i in range(start, len(words)):
        node = node.get(words[i])
        if node is None:
            break
        if None in node:
            found = (i + 1, node[None])
    return found


def surname_trie(surnames: dict[tuple[str, ...], str]) -> dict:
    """A small per-article trie of surnames (with genitive forms) of persons found with full names."""
    trie: dict = {}
    for keys, actor_id in sorted(surnames.items()):
        variants = [keys] + [(*keys[:-1], g) for g in genitive(keys[-1])]
        for v in variants:
            if len(v) == 1 and v[0] in STOP:
                continue
            node = trie
            for k in v:
                node = node.setdefault(k, {})
            node.setdefault(None, Hit(actor_id, surname=True))
    return trie
