"""Mentions under construction, shared by the finder's passes: token range, character span, actor."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Actor, ActorKind
from ..slugs import slugify
from .index import ActorIndex, Hit

# After these words a capital is a place ("in Tokio"), otherwise it stands for its country ("Tokio verspricht").
_LOCATIVE = frozenset("in nach aus bei nahe von vom Hauptstadt Stadt Metropole Hafenstadt".split())


@dataclass(slots=True)
class Found:
    """A mention under construction: token range, char span, actor."""

    first: int
    last: int  # token index, inclusive
    start: int
    end: int
    actor_id: str
    metonym: bool = False
    role: str | None = None
    role_country: str | None = None


def resolve_hit(hit: Hit, prev_word: str | None) -> tuple[str, bool]:
    """Actor id and metonym flag for a registry hit, looking at the word before it."""
    if hit.metonym_of is None:
        return hit.actor_id, False
    if hit.place and prev_word in _LOCATIVE:
        return hit.actor_id, False
    return hit.metonym_of, True


def unregistered(name: str, kind: ActorKind, others: dict[str, Actor], index: ActorIndex) -> str:
    """Id of an unregistered actor, created on first sight; a registry id of the same slug wins."""
    aid = slugify(name)
    if aid not in index.actors and aid not in others:
        others[aid] = Actor(id=aid, name=name, kind=kind, registered=False)
    return aid

