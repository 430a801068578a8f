"""Antecedents of "er"/"sie" speakers: gender-compatible persons, preferring the subject of earlier sentences.

German "er" is masculine singular; "sie" is feminine singular or plural. A person's grammatical gender
comes from a given name listed under a male or female heading of data/first_names.txt, or from a
feminine role noun ("Ministerin", "Sprecherin"). Candidates are ranked by centering: a sentence's first
person that is not inside a prepositional or genitive phrase is its likely subject, and a pronoun
subject of the same form continues the chain to the sentence before it.
"""

from __future__ import annotations

import bisect
import functools
import re
from importlib import resources

from ..model import Actor, ActorKind, Span

_LOOKBACK = 4  # sentences searched before the pronoun's own sentence
_REACH = 3000  # characters; bounds the search in run-on text
# A mention right after a preposition or written as a genitive ("Trumps") is no subject.
_OBLIQUE_BEFORE = re.compile(r"\b(?:zu|zum|zur|mit|von|vom|über|für|gegen|bei|beim|nach|an|auf|aus|um|unter|"
                             r"neben|ohne|seit|gegenüber|wie|als|dem|den|des)\s+"
                             r"(?:(?:der|die|das|dem|den|des|einem|einer|seinem|ihrem|[A-ZÄÖÜ][\w-]*)\s+){0,2}$")
_FEMININE_ROLE = re.compile(r"(?:in|frau)$")
_SPEAKER_PRONOUN = re.compile(r"\b(er|sie|Er|Sie)\b")


@functools.lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    """Given names from data/first_names.txt whose heading says male or female: name -> "m" / "f"."""
    text = resources.files("briefing.data").joinpath("first_names.txt").read_text(encoding="utf-8")
    genders: dict[str, str] = {}
    current = None
    for line in text.splitlines():
        if line.startswith("#"):
            heading = line.lower()
            # Only headings that name a gender count; mixed sections ("# English") stay unknown.
            current = "f" if "female" in heading else "m" if "male" in heading else None
        elif current:
            for name in line.split():
                genders.setdefault(name, current)
    return genders


def actor_gender(actor: Actor | None, role: str | None = None) -> str | None:
    """"m", "f" or None (unknown) for a person, from the given name or a feminine role noun."""
    if actor is None or actor.kind is not ActorKind.PERSON:
        return None
    first = actor.name.split()[0] if actor.name.split() else ""
    found = given_name_genders().get(first)
    if found:
        return found
    for noun in (role, actor.role):
        if noun and noun.split()[-1][:1].isupper():
            return "f" if _FEMININE_ROLE.search(noun.split()[-1]) else "m"
    return None


def compatible(pronoun: str, gender: str | None) -> bool:
    """Whether "er"/"sie" can refer to a person of this gender (unknown fits both)."""
    return gender is None or (gender == "m") == (pronoun.lower() == "er")


def antecedent(ctx, pos: int, pronoun: str, outside) -> str | None:
    """Actor id the pronoun at `pos` most likely refers to, or None; `outside(span)` excludes quoted text."""
    index = ctx.sentence_at(pos).index
    floor = max(0, pos - _REACH)
    fallback = None
    for k in range(index, max(-1, index - _LOOKBACK - 1), -1):
        lo, hi = max(floor, ctx.sentences[k].span.start), (pos if k == index else ctx.sentences[k].span.end)
        if hi <= lo:
            continue  # the pronoun opens its sentence: nothing before it there
        i = bisect.bisect_left(ctx.mention_starts, lo)
        j = bisect.bisect_left(ctx.mention_starts, hi)
        events = [(m.span.start, m) for m in ctx.mentions[i:j] if m.span.end <= hi]
        same = [p.start() for p in _SPEAKER_PRONOUN.finditer(ctx.text, lo, hi)
                if p.group().lower() == pronoun.lower() and outside(Span(p.start(), p.end()))]
        events += [(start, None) for start in same[:1]]  # only the first one can end the search
        chained = False
        for _, m in sorted(events, key=lambda e: e[0]):
            if m is None:
                chained = True  # "Darüber hinaus gab er …": the same referent, one sentence further back
                break
            actor = ctx.actors.get(m.actor_id)
            if actor is None or actor.kind is not ActorKind.PERSON or not outside(m.span):
                continue
            if not compatible(pronoun, actor_gender(actor, m.role)):
                continue
            if _is_oblique(ctx.text, lo, m):
                fallback = fallback or m.actor_id
                continue
            return m.actor_id
        if not chained and fallback:
            return fallback
    return fallback


def _is_oblique(text: str, lo: int, m: Mention) -> bool:
    """True when the mention sits in a prepositional phrase or is a genitive ("Trumps Behauptung")."""
    word = text[m.span.start:m.span.end]
    return bool(_OBLIQUE_BEFORE.search(text[max(lo, m.span.start - 40):m.span.start])) or (
        word.endswith("s") and text[m.span.end:m.span.end + 1] == " " and text[m.span.end + 1:m.span.end + 2].isupper())
