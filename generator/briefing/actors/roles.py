"""Roles next to person mentions: a title right before a name, or a role phrase in apposition later on."""

from __future__ import annotations

import bisect

from ..model import ActorKind, Sentence
from .index import ActorIndex, longest_match
from .lexicon import role_base
from .tokens import Token

_EN_ROLE_MODIFIERS = frozenset("Prime Foreign Vice Deputy Defense Defence Finance Home Interior State Chief".split())
_ARTICLES = frozenset("der die den dem des".split())


def attach_roles(tokens: tuple[Token, ...], text: str, found: list, index: ActorIndex,
                  language: str) -> None:
    """Role/title right before a person mention: "Kanadas Regierungschef Justin Trudeau"."""
    by_last = {f.last: f for f in found}
    for f in found:
        actor = index.actors.get(f.actor_id)
        if f.first == 0 or (actor is not None and actor.kind is not ActorKind.PERSON):
            continue
        prev = tokens[f.first - 1]
        if text[prev.end : f.start].strip() or f.first - 1 in _token_set(f):
            continue
        role = role_base(prev.text, language)
        if role is None:
            continue
        k = f.first - 1
        if language == "en" and k > 0 and tokens[k - 1].text in _EN_ROLE_MODIFIERS:
            role, k = f"{tokens[k - 1].text} {role}", k - 1
        f.role = role
        f.role_country = _role_country(tokens, k, by_last, index, prev)


def _token_set(f) -> range:
    """Token indexes of a mention."""
    return range(f.first, f.last + 1)


def _role_country(tokens, k: int, by_last: dict, index: ActorIndex, role_token: Token) -> str | None:
    """Country named in front of or inside the role: "US-Präsident", "Kanadas Regierungschef", "japanische"."""
    head = role_token.text.rpartition("-")[0]
    if head:
        m = longest_match(index.trie, [head], 0)
        if m and index.actors.get(m[1].actor_id, None) and index.actors[m[1].actor_id].kind is ActorKind.LAND:
            return m[1].actor_id
    prev = by_last.get(k - 1)
    if prev is not None and index.actors.get(prev.actor_id) and index.actors[prev.actor_id].kind is ActorKind.LAND:
        return prev.actor_id
    return None


def sentence_of(starts: list[int], sentences: tuple[Sentence, ...], pos: int) -> int:
    """Index of the sentence holding character `pos`; `starts` are the sentences' start offsets."""
    if not sentences:
        return 0
    k = bisect.bisect_right(starts, pos) - 1
    return sentences[max(k, 0)].index


def attach_appositions(tokens: tuple[Token, ...], found: list, index: ActorIndex,
                        sentences: tuple[Sentence, ...]) -> None:
    """ "... Nancy Pelosi ..., sagte er mit Blick auf die Vorsitzende des Repräsentantenhauses": a role
    phrase with a genitive complement names the nearest person before it in the same sentence."""
    covered = {k for f in found for k in range(f.first, f.last + 1)}
    starts = [s.span.start for s in sentences]
    for k in range(1, len(tokens) - 2):
        if tokens[k - 1].text not in _ARTICLES or k in covered or tokens[k + 1].text not in ("des", "der"):
            continue
        base = role_base(tokens[k].text)
        complement = tokens[k + 2]
        if base is None or not complement.text[:1].isupper():
            continue
        sentence = sentence_of(starts, sentences, tokens[k].start)
        person = None
        for f in found:
            if f.start >= tokens[k].start:
                break
            actor = index.actors.get(f.actor_id)
            if (actor is None or actor.kind is ActorKind.PERSON) and sentence_of(starts, sentences, f.start) == sentence:
                person = f
        if person is not None and person.role is None:
            person.role = f"{base} {tokens[k + 1].text} {complement.text}"
