"""Actors: persons, countries, organisations (and treaties, places) recognised in article text.

Public API used by the pipeline: load_registry, find_actors, unify_actors, suggest_names,
format_suggestions, and the engine interface (ActorEngine, BuiltinEngine, SpacyEngine).
"""

from __future__ import annotations

from .engines import ActorEngine, BuiltinEngine, SpacyEngine
from .finder import ActorFindings, find_actors
from .registry import load_registry
from .suggest import Suggestion, format_suggestions, suggest_names
from .unify import Unification, unify_actors

__all__ = [
    "ActorEngine", "ActorFindings", "BuiltinEngine", "SpacyEngine", "Suggestion", "Unification",
    "find_actors", "format_suggestions", "load_registry", "suggest_names", "unify_actors",
]
