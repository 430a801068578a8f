"""Corpus-wide actor resolution: one canonical actor per person/country/organisation across articles."""

from __future__ import annotations

from collections.abc import Sequence

from .actors import ActorFindings, unify_actors
from .corpus import apply_actor_mapping
from .model import Article


def unify_articles(articles: Sequence[Article]) -> tuple[Article, ...]:
    """Resolve surname-only and unregistered actors against the whole corpus and rewrite ids."""
    findings = [ActorFindings(a.analysis.actors, a.analysis.mentions) for a in articles]
    mapping, canonical = unify_actors(findings)
    actors = {actor.id: actor for actor in canonical}
    return tuple(apply_actor_mapping(article, mapping, actors) for article in articles)
