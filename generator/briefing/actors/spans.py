"""Finder passes that fix a mention's extent: names broken at a hyphen, long gazetteer names, dateline agencies,
country adjectives inside names, legal forms and seats after organisations, acronyms' long forms."""

from __future__ import annotations

import bisect
import re

from ..model import Actor, ActorKind
from .builtin import english_adjectives
from .cues import DOTTED_FORMS, LEGAL_FORMS, ORG_HEADS
from .found import Found, resolve_hit, unregistered
from .index import ActorIndex, longest_match
from .lexicon import STOP
from .longforms import bracketed_acronym, joined_run_start, long_form_start
from .places import multiword_starts, place_trie
from .tokens import Token

# English head nouns: a place before a name they close belongs to it ("Malta National Airways").
_ENGLISH_HEADS = ("airlines", "airways", "school", "university", "college", "institute", "council", "laboratory",
                  "federation", "company", "corporation", "association", "society", "foundation", "railway",
                  "railways", "railroad", "motors", "holdings", "times", "post", "herald", "tribune")
# A hyphen after a word, then white space and a capital: "Mecklenburg- Vorpommern".
_BROKEN_HYPHEN = re.compile(r"(?<=\w)[-‐‑][ \t\n]+(?=[A-ZÄÖÜ])")


def broken_hyphens(tokens: tuple[Token, ...], text: str, free: list[bool], found: list[Found], index: ActorIndex,
                   others: dict[str, Actor]) -> None:
    """ "Mecklenburg- Vorpommern", "Baden-\nWürttemberg": a name broken at its hyphen by a line break (PDFs) or a
    typo is one mention; not a truncated compound ("Spar- und Renteneinlagen", taken before)."""
    places = place_trie()
    ends = [t.end for t in tokens]
    for m in _BROKEN_HYPHEN.finditer(text):
        i = bisect.bisect_left(ends, m.start())
        if i + 1 >= len(tokens) or ends[i] != m.start() or not (free[i] and free[i + 1]):
            continue
        word = tokens[i].text + "-" + tokens[i + 1].text
        hit = index.trie.get(word, {}).get(None)
        if hit is not None:
            actor_id, metonym = resolve_hit(hit, tokens[i - 1].text if i else None)
        elif places.get(word, {}).get(None) is not None and not places[word][None].place:
            actor_id, metonym = unregistered(places[word][None].actor_id, ActorKind.ORT, others, index), False
        else:
            continue
        found.append(Found(i, i + 1, tokens[i].start, tokens[i + 1].end, actor_id, metonym))
        free[i] = free[i + 1] = False


def long_places(tokens: tuple[Token, ...], free: list[bool], found: list[Found], index: ActorIndex,
                others: dict[str, Actor]) -> None:
    """ "Rhode Island", "New South Wales": a gazetteer name of several words beats a shorter registry name inside
    it ("Island", the country), unless a registry name as long or longer overlaps it."""
    trie, starts = place_trie(), multiword_starts()
    words = [t.text for t in tokens]
    after = 0  # tokens before this index are part of a name taken here
    for i in [k for k, w in enumerate(words) if w in starts]:  # few tokens open a name of several words
        m = longest_match(trie, words, i) if i >= after and free[i] else None
        if m is None or m[0] - i < 2 or m[1].place or not all(free[i:m[0]]):
            continue
        end = m[0]
        rivals = [(k, longest_match(index.trie, words, k)) for k in range(i, end) if words[k] in index.trie]
        if any(r is not None and (r[0] > end or k == i and r[0] >= end) for k, r in rivals):
            continue
        found.append(Found(i, end - 1, tokens[i].start, tokens[end - 1].end,
                           unregistered(m[1].actor_id, ActorKind.ORT, others, index)))
        for k in range(i, end):
            free[k] = False
        after = end


def agency_mentions(tokens: tuple[Token, ...], spans: tuple[tuple[int, int], ...], free: list[bool],
                    found: list[Found], others: dict[str, Actor], index: ActorIndex) -> None:
    """The agency of a dateline ("Berlin (ots) - ...") that the registry does not know is an organisation."""
    for start, end in spans:
        i = next((k for k, t in enumerate(tokens) if t.start == start and t.end == end), None)
        if i is not None and free[i]:
            aid = unregistered(tokens[i].text, ActorKind.ORGANISATION, others, index)
            found.append(Found(i, i, start, end, aid))
            free[i] = False


def release_adjectives(tokens: tuple[Token, ...], text: str, free: list[bool], found: list[Found]) -> list[Found]:
    """ "Swiss Re", "British Airways": in German text an English country adjective before a capitalised word
    opens a name, it is no mention of the country, nor is a German one before a head noun ("Russische Akademie");
    its token is freed for the rules that find the name."""
    adjectives = english_adjectives()
    out: list[Found] = []
    for f in found:
        k = f.last + 1
        if f.first == f.last and k < len(tokens) and free[k] and text[f.end : tokens[k].start] == " " \
                and tokens[k].text[:1].isupper() and tokens[k].text not in STOP \
                and (tokens[f.first].text in adjectives or _opens_organisation(tokens[f.first].text, tokens[k].text)):
            free[f.first] = True
            continue
        out.append(f)
    return out


def _opens_organisation(word: str, head: str) -> bool:
    """ "Österreichische Nationalbank", "Russische Akademie": a capitalised country adjective before an
    organisation's head noun is part of its name."""
    return word[:1].isupper() and word.endswith(("e", "er", "es", "en")) and head.lower().endswith(ORG_HEADS)


def org_tails(tokens: tuple[Token, ...], text: str, found: list[Found], index: ActorIndex,
              others: dict[str, Actor]) -> list[Found]:
    """An organisation's mention takes in a legal form ("Google Inc.", "Läpple AG"), an unregistered acronym of a
    unit ("Fraunhofer IAO") and the seat after a head noun ("Hochschule Wien") right after it; the actor stays."""
    def kind(f: Found) -> ActorKind | None:
        actor = index.actors.get(f.actor_id) or others.get(f.actor_id)
        return actor.kind if actor is not None else None

    def name(f: Found) -> str:
        actor = index.actors.get(f.actor_id) or others.get(f.actor_id)
        return actor.name if actor is not None else ""

    by_first = {f.first: f for f in found if f.first == f.last}
    by_start = {f.first: f for f in found}
    dropped: set[int] = set()
    for f in sorted(found, key=lambda f: f.start):
        k = f.last + 1
        if id(f) in dropped or kind(f) is not ActorKind.ORGANISATION or k >= len(tokens) \
                or text[f.end : tokens[k].start] != " ":
            continue
        word, other = tokens[k].text, by_first.get(k)
        legal = word in LEGAL_FORMS
        unit = other is not None and word.isupper() and len(word) > 1 and other.actor_id not in index.actors \
            and kind(other) is ActorKind.ORGANISATION
        # "Pädagogische Hochschule Wien", "University College London": the seat after a head noun is in the name
        # ("Oberstes Gericht Chiles": a country in the genitive is no seat)
        seat = other is not None and (kind(other) is ActorKind.ORT and word == name(other) or other.metonym) \
            and tokens[f.last].text.lower().endswith(ORG_HEADS) and other.end == tokens[k].end
        # "Siemens Netzplanung GmbH": a registered name opens a firm's longer name that the legal-form rule found
        # without it; one mention of the registered actor
        firm = by_start.get(k)
        if firm is None or firm.last == k or firm.actor_id in index.actors or kind(firm) is not ActorKind.ORGANISATION \
                or tokens[firm.last].text not in LEGAL_FORMS or firm.start != tokens[k].start:
            firm = None
        if firm is not None:
            other, seat = firm, True
        if not (legal or unit or seat) or other is not None and other.start != tokens[k].start:
            continue
        if other is not None:
            dropped.add(id(other))
        f.last, f.end = (firm.last, firm.end) if firm is not None else (k, tokens[k].end)
        if word in DOTTED_FORMS and text[f.end : f.end + 1] == ".":
            f.end += 1
    return [f for f in found if id(f) not in dropped]


def place_openers(tokens: tuple[Token, ...], text: str, found: list[Found], index: ActorIndex,
                  others: dict[str, Actor]) -> list[Found]:
    """ "Malta National Airways", "London School of Economics": a place right before an English organisation name
    that a head noun closes opens that name; one mention of the organisation."""
    def actor(f: Found) -> Actor | None:
        return index.actors.get(f.actor_id) or others.get(f.actor_id)

    dropped: set[int] = set()
    for f, g in zip(found, found[1:]):
        place, org = actor(f), actor(g)
        if place is None or org is None or place.kind not in (ActorKind.LAND, ActorKind.ORT) \
                or org.kind is not ActorKind.ORGANISATION or org.registered or g.first != f.last + 1 \
                or text[f.end : g.start] != " " or not tokens[f.first].text[:1].isupper() \
                or not any(tokens[k].text.lower().endswith(_ENGLISH_HEADS) for k in range(g.first, g.last + 1)):
            continue
        dropped.add(id(f))
        g.first, g.start = f.first, f.start
    return [f for f in found if id(f) not in dropped]


def long_forms(tokens: tuple[Token, ...], text: str, found: list[Found], index: ActorIndex,
               others: dict[str, Actor]) -> list[Found]:
    """ "Norddeutsche Energieagentur (NEA)": the long form an organisation's acronym spells out is a mention of it;
    the mentions inside (a place in "Verband der Bauern in Bayern (VBB)") are dropped."""
    def kind(f: Found) -> ActorKind | None:
        actor = index.actors.get(f.actor_id) or others.get(f.actor_id)
        return actor.kind if actor is not None else ActorKind.PERSON  # found by name evidence

    for f in [f for f in found if f.first == f.last and f.first > 1]:
        word = tokens[f.first].text
        if kind(f) is not ActorKind.ORGANISATION or not word[:2].isupper() or len(word) > 8 \
                or (f.start, f.end) != (tokens[f.first].start, tokens[f.first].end) \
                or not bracketed_acronym(tokens, text, f.first):
            continue
        end = f.first - 1
        lo = joined_run_start(tokens, text, end, 2 * len(word))
        start = long_form_start([t.text for t in tokens[lo : end + 1]], word)
        if start is None:
            continue
        first = lo + start
        inside = [g for g in found if g.first <= end and g.last >= first]
        # a mention reaching out of the long form or a person inside it ("Ursula von der Leyen (CDU)"): no long form
        if any(g.first < first or g.last > end or kind(g) is ActorKind.PERSON for g in inside):
            continue
        same = next((g for g in inside if g.first == first and g.last == end), None)
        if same is not None:
            _merge(found, same, f, index)
            continue
        found = [g for g in found if not any(g is h for h in inside)]
        found.append(Found(first, end, tokens[first].start, tokens[end].end, f.actor_id))
    return found


def _merge(found: list[Found], long: Found, short: Found, index: ActorIndex) -> None:
    """An acronym and its long form found as two unregistered organisations are one: the long form names it."""
    if long.actor_id == short.actor_id or long.actor_id in index.actors or short.actor_id in index.actors:
        return
    old = short.actor_id
    for g in found:
        if g.actor_id == old:
            g.actor_id = long.actor_id
