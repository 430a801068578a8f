"""suggest_names / format_suggestions: frequent unregistered names, as YAML for content/actors.yml."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import yaml

from ..model import Registry
from .finder import ActorFindings

_SENTENCE_END = re.compile(r"[.!?]\s|\n\s*\n")


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A name worth adding to the registry."""

    name: str
    kind: str
    count: int  # mentions in all articles
    articles: int
    aliases: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    country: str | None = None
    role: str | None = None


def _context(text: str, start: int, end: int, width: int = 160) -> str:
    """The sentence around a mention, shortened and on one line."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - width), start)), default=max(0, start - width))
    right_match = _SENTENCE_END.search(text, end, min(len(text), end + width))
    right = right_match.start() + 1 if right_match else min(len(text), end + width)
    return " ".join(text[left:right].split())


def suggest_names(texts_and_findings: Iterable[tuple[str, ActorFindings]], registry: Registry,
                  limit: int = 30) -> tuple[Suggestion, ...]:
    """The most frequent unregistered actors, with counts and up to two example sentences."""
    known = {a.id for a in registry.actors}
    stats: dict[str, dict] = {}
    for text, findings in texts_and_findings:
        actors = {a.id: a for a in findings.actors if not a.registered and a.id not in known}
        seen_here: set[str] = set()
        for m in findings.mentions:
            actor = actors.get(m.actor_id)
            if actor is None:
                continue
            s = stats.setdefault(actor.id, {"actor": actor, "count": 0, "articles": 0, "examples": [], "forms": set()})
            s["count"] += 1
            s["forms"].add(" ".join(m.span.of(text).split()))
            if actor.id not in seen_here:
                seen_here.add(actor.id)
                s["articles"] += 1
                if len(s["examples"]) < 2:
                    s["examples"].append(_context(text, m.span.start, m.span.end))
    ranked = sorted(stats.values(), key=lambda s: (-s["articles"], -s["count"], s["actor"].name))
    out = []
    for s in ranked[:limit]:
        a = s["actor"]
        aliases = tuple(sorted(f for f in s["forms"] if f != a.name))
        out.append(Suggestion(a.name, a.kind.value, s["count"], s["articles"], aliases, tuple(s["examples"]),
                              a.country, a.role))
    return tuple(out)


def format_suggestions(suggestions: Iterable[Suggestion]) -> str:
    """YAML ready to paste into content/actors.yml; counts and examples as comments."""
    lines = ["# Vorschläge für content/actors.yml: häufige Namen, die noch in keinem Verzeichnis stehen.",
             "# Prüfen, Art (kind) korrigieren, Überflüssiges löschen.", ""]
    for s in suggestions:
        lines.append(f"# {s.count}× in {s.articles} Artikel{'n' if s.articles != 1 else ''}")
        lines += [f"#   „{e}“" for e in s.examples]
        entry: dict = {"name": s.name, "kind": s.kind}
        if s.aliases:
            entry["aliases"] = list(s.aliases)
        if s.country:
            entry["country"] = s.country
        if s.role:
            entry["role"] = s.role
        dumped = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, default_flow_style=False, width=1000)
        lines += dumped.rstrip("\n").splitlines()
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
