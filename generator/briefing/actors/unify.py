"""unify_actors: one canonical actor per person across the corpus ("Ebrard" in one article is
"Marcelo Ebrard" of another)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from ..model import Actor, ActorKind
from .finder import ActorFindings


@dataclass(frozen=True, slots=True)
class Unification:
    """Id remapping (every seen id -> canonical id) and the canonical actors, sorted by id."""

    mapping: dict[str, str]
    actors: tuple[Actor, ...]

    def __iter__(self) -> Iterator:
        # Allows `mapping, actors = unify_actors(...)`.
        return iter((self.mapping, self.actors))


def _words(name: str) -> tuple[str, ...]:
    return tuple(name.split())


def _tail_index(persons: dict[str, Actor]) -> dict[tuple[str, ...], set[str]]:
    """Every word tail of every person's name -> ids ("López Obrador" -> AMLO's id); built once, not per actor."""
    index: dict[tuple[str, ...], set[str]] = {}
    for other in persons.values():
        words = _words(other.name)
        for start in range(len(words)):
            index.setdefault(words[start:], set()).add(other.id)
    return index


def _target(actor: Actor, tails: dict[tuple[str, ...], set[str]], names: dict[str, str]) -> str | None:
    """Canonical id for an unregistered person whose name is a tail of exactly one fuller name."""
    # A lookup per actor instead of a scan over all persons: the scan made 9,000 articles take minutes.
    words = _words(actor.name)
    stripped = words[:-1] + (words[-1][:-1],) if words[-1].endswith("s") else None  # "Pelosis"
    candidates = set()
    for w in (words, stripped):
        if w:
            candidates |= tails.get(w, set())
    candidates.discard(actor.id)
    if len(candidates) > 1:
        # "Adolf Hitler", "Adolf Hitlers" and "Römer-Fan Adolf Hitler" are one name: keep the fullest names that
        # no other candidate is a tail or a genitive of
        candidates = {c for c in candidates if not any(d != c and _covers(names[d], names[c]) for d in candidates)}
    return candidates.pop() if len(candidates) == 1 else None


def _covers(short: str, long: str) -> bool:
    """`long` is `short` with words or a hyphenated prefix before it, or its genitive: "Adolf Hitler" covers
    "Römer-Fan Adolf Hitler" and "Adolf Hitlers"."""
    return long == short + "s" or long.endswith(" " + short) or long.endswith("-" + short)


def unify_actors(findings: Sequence[ActorFindings]) -> Unification:
    """Merge surname-only and unregistered person ids into full-name actors found elsewhere."""
    seen: dict[str, Actor] = {}
    votes: dict[str, Counter] = {}  # unregistered id -> articles per (kind, name)
    by_kind: dict[tuple[str, ActorKind], Actor] = {}  # first actor seen per id and kind
    for f in findings:
        for a in f.actors:
            if not a.registered:
                votes.setdefault(a.id, Counter())[a.kind, a.name] += 1
                by_kind.setdefault((a.id, a.kind), a)
            current = seen.get(a.id)
            if current is None or (a.registered and not current.registered):
                seen[a.id] = a
            elif not current.registered and not a.registered:
                seen[a.id] = replace(current, role=current.role or a.role, country=current.country or a.country)
    for i, counts in votes.items():
        if seen[i].registered:
            continue
        kinds = Counter()
        for (kind, _), n in counts.items():
            kinds[kind] += n
        kind = seen[i].kind
        if kind is ActorKind.PERSON and kinds[ActorKind.ORT] >= kinds[ActorKind.PERSON]:
            # a bare name run in one article, "in San Luis Potosí" in another: a place; not a person named in many
            # articles that one of them reads as a place ("bei André Poggenburg anmelden")
            kind = ActorKind.ORT
        elif kind is ActorKind.ORT and kinds[ActorKind.PERSON] > kinds[ActorKind.ORT]:
            kind = ActorKind.PERSON
        # the spelling most articles use: "Hans-Georg Maaßen", not one article's "Hans Georg-Maaßen" (same id)
        order = list(dict.fromkeys(name for _, name in counts))
        names = Counter()
        for (_, name), n in counts.items():
            names[name] += n
        name = max(order, key=lambda x: names[x])
        if kind is not seen[i].kind:
            seen[i] = by_kind[i, kind]
        if name != seen[i].name:
            seen[i] = replace(seen[i], name=name)
    persons = {i: a for i, a in seen.items() if a.kind is ActorKind.PERSON}
    mapping = {i: i for i in seen}
    tails = _tail_index(persons)
    names = {i: a.name for i, a in persons.items()}
    for i, a in sorted(persons.items()):
        if a.registered:
            continue
        target = _target(a, tails, names)
        if target is not None:
            mapping[i] = target
    # Follow chains ("Obrador" -> "López Obrador" -> "Andrés Manuel López Obrador").
    for i in mapping:
        j, hops = mapping[i], 0
        while mapping[j] != j and hops < 10:
            j, hops = mapping[j], hops + 1
        mapping[i] = j
    canonical: dict[str, Actor] = {}
    for i in sorted(seen):
        c = seen[mapping[i]]
        merged = canonical.get(c.id, c)
        if i != c.id:
            extra = seen[i]
            aliases = tuple(dict.fromkeys((*merged.aliases, extra.name)))
            merged = replace(merged, aliases=tuple(x for x in aliases if x != merged.name),
                             role=merged.role or extra.role, country=merged.country or extra.country)
        canonical[c.id] = merged
    return Unification(mapping=mapping, actors=tuple(canonical[k] for k in sorted(canonical)))
