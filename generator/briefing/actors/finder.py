"""find_actors: registry matches, persons found by evidence, surnames, roles -> mentions with spans."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Actor, ActorKind, Mention, Registry, Sentence, Span
from ..slugs import slugify
from .builtin import first_names
from .cues import ORG_HEADS
from .discover import discover
from .found import Found, resolve_hit, unregistered
from .index import ActorIndex, build_index, longest_match, surname_trie
from .lexicon import STOP, compound_noun, is_particle, word_class
from .ordinary import lowercase_reading
from .persons import NameSpan, find_names, is_name_word
from .places import LOCATIVE, districts, place_names, place_trie
from .quoted import quoted
from .roles import attach_appositions, attach_roles, sentence_of
from .scan import initial, short_quote
from .spans import (agency_mentions, broken_hyphens, long_forms, long_places, org_tails, place_openers,
                    release_adjectives)
from .tokens import Token, compound_fragments, dateline_agencies, excluded_zones, hyphen_parts, in_zones, tokenize

# Last parts of compounds named after a person ("Goethe-Institut", "Karl-Marx-Straße"), besides organisation heads.
_NAMED_AFTER = ("institut", "instituts", "preis", "preises", "straße", "strasse", "platz", "allee", "schule",
                "gymnasium", "haus", "hauses", "gesellschaft", "stiftung", "denkmal", "museum", "jahr", "halle")
# A name ending like this is a street named after a person, which the place rules take ("Ben Jehudastraße").
_STREET_ENDS = ("straße", "strasse", "gasse", "allee")


@dataclass(frozen=True, slots=True)
class ActorFindings:
    """Actors mentioned in one article and every mention, sorted by span."""

    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()


def _match_pass(tokens: tuple[Token, ...], free: list[bool], trie: dict, found: list[Found],
                parts_too: bool = True, actors: dict[str, Actor] | None = None) -> None:
    """Greedy longest matches of `trie` over free tokens, then over parts of hyphenated tokens."""
    words = [t.text for t in tokens]
    i, n = 0, len(tokens)
    while i < n:
        if free[i]:
            m = longest_match(trie, words, i) if words[i] in trie else None
            if m and all(free[i:m[0]]):
                end, hit = m
                actor_id, metonym = resolve_hit(hit, words[i - 1] if i else None)
                found.append(Found(i, end - 1, tokens[i].start, tokens[end - 1].end, actor_id, metonym))
                for k in range(i, end):
                    free[k] = False
                i = end
                continue
            if parts_too and "-" in words[i]:
                before = len(found)
                _match_parts(tokens[i], i, trie, found, actors)
                free[i] = len(found) == before
        i += 1


def _match_parts(token: Token, index: int, trie: dict, found: list[Found], actors: dict[str, Actor] | None) -> None:
    """Registry names inside compounds: "US-Präsident", "NAFTA-Abkommens", "USA-Mexiko", "Trump-Regierung"; not
    persons in the name of what is named after them ("Goethe-Institut"). Without `actors` every hit is a person."""
    parts = hyphen_parts(token)
    words = [p.text for p in parts]
    institution = len(parts) > 1 and words[-1].lower().endswith(ORG_HEADS + _NAMED_AFTER)
    j = 0
    while j < len(parts):
        m = longest_match(trie, words, j)
        if m and (len(words[j]) > 1):
            end, hit = m
            actor_id, metonym = resolve_hit(hit, None)
            if institution and (actors is None or actor_id in actors and actors[actor_id].kind is ActorKind.PERSON):
                j = end  # "Goethe-Institut", "Max-Planck-Gesellschaft": named after the person, not about them
                continue
            last = found[-1] if found else None
            if last is not None and last.first == index and last.actor_id == actor_id:
                last.end = parts[end - 1].end  # "US-Amerikanischer": one mention, not two
                j = end
                continue
            found.append(Found(index, index, parts[j].start, parts[end - 1].end, actor_id, metonym))
            j = end
        else:
            j += 1


def _person_name(span: NameSpan, words: set[str]) -> str:
    """Display name of a found person; a genitive -s is dropped when the bare form occurs too."""
    names = list(span.words)
    last = names[-1]
    if len(names) > 1 and last.endswith("s") and last[:-1] in words:
        names[-1] = last[:-1]
    return " ".join(names)


def _surname_keys(name: str) -> list[tuple[str, ...]]:
    """Short forms of a full name used later in the text: "Trudeau", and "López Obrador" for 3+ words."""
    words = [w for w in name.split() if w[:1].isupper()]
    if len(words) < 2:
        return []
    keys = [(words[-1],)]
    if len(words) >= 3:
        keys.append(tuple(words[-2:]))
    return [k for k in keys if word_class(k[-1]) != "common" or len(k) > 1]


def _new_person(name: str, found: list[Found]) -> Actor:
    """An unregistered person, with the first role and country seen at its mentions."""
    pid = slugify(name)
    role = next((f.role for f in found if f.actor_id == pid and f.role), None)
    country = next((f.role_country for f in found if f.actor_id == pid and f.role_country), None)
    surname = name.split()[-1]
    aliases = (surname,) if " " in name else ()
    return Actor(id=pid, name=name, kind=ActorKind.PERSON, aliases=aliases, country=country, role=role,
                 registered=False)


def find_actors(text: str, sentences: tuple[Sentence, ...], registry: Registry, language: str = "de") -> ActorFindings:
    """Every actor mentioned in `text` (registered or discovered) and all mentions, sorted by span."""
    index = build_index(registry)
    tokens = tokenize(text)
    sources = dateline_agencies(text)
    zones = excluded_zones(text, sources)
    free = [not in_zones(t.start, t.end, zones) for t in tokens]
    found: list[Found] = []
    others: dict[str, Actor] = {}  # unregistered organisations and places
    for i in districts(tokens, free, index):
        found.append(Found(i, i, tokens[i].start, tokens[i].end,
                            unregistered(tokens[i].text, ActorKind.ORT, others, index)))
        free[i] = False
    broken_hyphens(tokens, text, free, found, index, others)
    long_places(tokens, free, found, index, others)
    _match_pass(tokens, free, index.trie, found, actors=index.actors)
    agency_mentions(tokens, sources, free, found, others, index)
    titles = index.titles
    for i, tok in enumerate(tokens):
        if free[i] and tok.text in titles and quoted(tokens, text, i):  # "dem „Spiegel“ zufolge"
            found.append(Found(i, i, tok.start, tok.end, titles[tok.text]))
            free[i] = False
    for i in compound_fragments(tokens, text):
        free[i] = False

    names_first = first_names()
    found = _release_name_parts(tokens, text, free, found, index, names_first)
    if language == "de":
        found = release_adjectives(tokens, text, free, found)
    if language == "de":
        _discovered(discover(tokens, text, free, "clubs"), tokens, found, others, index)
        # Place evidence beats the first-name cue: "in San Luis Potosí", "Santiago de Compostela".
        _place_pass(tokens, text, free, found, others, index, lambda k: tokens[k].text in names_first)
    words = {t.text for t in tokens}
    new_names: dict[str, str] = {}  # person id -> display name
    pending_single: list[NameSpan] = []
    for span in find_names(tokens, text, free, names_first, language):
        if _in_title(tokens, text, span) or text[tokens[span.end - 1].end :].lstrip().startswith("& ") \
                or len(span.words) > 1 and span.words[-1].lower().endswith(_STREET_ENDS) \
                or _named_after(tokens, text, span.end - 1):
            continue  # "Brandt & de Wulf": a partner's name in a firm's; "Ben Jehudastraße": a street's
        if len(span.words) == 1:
            pending_single.append(span)
            continue
        name = _person_name(span, words)
        pid = slugify(name)
        new_names.setdefault(pid, name)
        found.append(Found(span.start, span.end - 1, tokens[span.start].start, tokens[span.end - 1].end, pid))
        for k in range(span.start, span.end):
            free[k] = False

    # Later short forms ("Trudeau", "Pelosis", "López Obrador") of full names seen in this article.
    surnames: dict[tuple[str, ...], str] = {}
    clash: set[tuple[str, ...]] = set()
    for f in found:
        actor = index.actors.get(f.actor_id)
        if actor is not None and actor.kind is not ActorKind.PERSON:
            continue
        full = actor.name if actor is not None else new_names.get(f.actor_id, "")
        for key in _surname_keys(full):
            if surnames.get(key, f.actor_id) != f.actor_id:
                clash.add(key)
            surnames[key] = f.actor_id
    for key in clash:
        surnames.pop(key, None)
    for span in pending_single:
        key = (span.words[0],)
        if key in surnames:
            continue
        pid = slugify(span.words[0])
        new_names.setdefault(pid, span.words[0])
        found.append(Found(span.start, span.start, tokens[span.start].start, tokens[span.start].end, pid))
        free[span.start] = False
    if surnames:
        _match_pass(tokens, free, surname_trie(surnames), found)

    if language == "de":
        _discovered(discover(tokens, text, free, "organisations"), tokens, found, others, index)
        _place_pass(tokens, text, free, found, others, index)
        _discovered(discover(tokens, text, free, "rest", _token_kinds(found, index, others)), tokens, found, others,
                    index)
        for actor in others.values():
            if actor.kind is ActorKind.PERSON:
                new_names.setdefault(actor.id, actor.name)
    found = org_tails(tokens, text, found, index, others)
    found.sort(key=lambda f: (f.start, f.end))
    found = place_openers(tokens, text, found, index, others)
    found = long_forms(tokens, text, found, index, others)
    attach_roles(tokens, text, found, index, language)
    found.sort(key=lambda f: (f.start, f.end))
    attach_appositions(tokens, found, index, sentences)
    found = _drop_foreign_generic(found, tokens, index)
    return _findings(found, index, new_names, sentences, others)


def _in_title(tokens: tuple[Token, ...], text: str, span: NameSpan) -> bool:
    """ "der Song „Tim Walks Into The Night“": a name that a capitalised word continues inside a short quotation is
    part of a title; not "„Ich mag Peter Müller sehr“"."""
    if not span.evidence.startswith("first-name") or span.end >= len(tokens) \
            or not tokens[span.end].text[:1].isupper():
        return False
    quote = short_quote(text, tokens, span.start, span.end + 1)
    return quote is not None and len(quote.split()) > len(span.words) + 1


def _token_kinds(found: list[Found], index: ActorIndex, others: dict[str, Actor]) -> dict[int, ActorKind]:
    """Kind of the actor at every token a mention covers (persons found by name evidence too)."""
    out: dict[int, ActorKind] = {}
    for f in found:
        actor = index.actors.get(f.actor_id) or others.get(f.actor_id)
        # an id no registry or discovery holds is a person found by name evidence ("Karl Barl")
        for k in range(f.first, f.last + 1):
            out[k] = actor.kind if actor is not None else ActorKind.PERSON
    return out


def _release_name_parts(tokens: tuple[Token, ...], text: str, free: list[bool], found: list[Found],
                        index: ActorIndex, names: frozenset[str]) -> list[Found]:
    """ "Michael Dell", "Werner von Siemens": a one-word company after a first name, and "Victoria Beckham": a
    place that is a first name before a name word, are parts of a person's name; their tokens are freed."""
    def after_first_name(k: int) -> bool:
        j = k - 2 if k > 1 and is_particle(tokens[k - 1].text) else k - 1  # "Werner von Siemens"
        return j >= 0 and all(free[j:k]) and tokens[j].text in names \
            and all(text[tokens[m].end : tokens[m + 1].start] == " " for m in range(j, k))

    out: list[Found] = []
    for f in found:
        actor, k = index.actors.get(f.actor_id), f.first
        whole = f.first == f.last and f.start == tokens[k].start and f.end == tokens[k].end
        first_of_other = tokens[k].text in names and k + 1 < len(tokens) and free[k + 1] \
            and text[f.end : tokens[k + 1].start] == " " and is_name_word(tokens[k + 1].text)
        # "Michel Platini": the surname of a registered person ("Charles Michel") that is a first name here
        surname = actor is not None and actor.kind is ActorKind.PERSON and " " in actor.name \
            and tokens[k].text == actor.name.split()[-1]
        if actor is not None and actor.kind is ActorKind.PERSON and _named_after(tokens, text, f.last):
            # "Heinrich Böll Stiftung", "Goethe Institut": named after the person, the organisation rules take it
            for m in range(f.first, f.last + 1):
                free[m] = True
            continue
        if whole and actor is not None and (actor.kind is not ActorKind.PERSON or surname) and (
                actor.kind is ActorKind.ORGANISATION and after_first_name(k) or first_of_other):
            free[k] = True
            continue
        # "Neil Armstrong", "Victoria Beckham": a registered person's bare surname after another first name is
        # someone else of that name (a place that is the first name goes too); the person rules take the full name
        if whole and surname and _first_name_before(tokens, text, k, names):
            if out and out[-1].first == out[-1].last == k - 1 and not free[k - 1]:
                out.pop()
                free[k - 1] = True
            if free[k - 1]:
                free[k] = True
                continue
        # "Kurz darauf ...": an ordinary word opening a sentence, not Sebastian Kurz; "Brandt & Partner": a firm's
        if whole and surname and (_sentence_word(tokens, text, k) or text[f.end : f.end + 3] == " & "):
            free[k] = True
            continue

        out.append(f)
    return out


def _first_name_before(tokens: tuple[Token, ...], text: str, k: int, names: frozenset[str]) -> bool:
    """Token k follows a first name with one space between: "Neil Armstrong"."""
    return k > 0 and tokens[k - 1].text in names and text[tokens[k - 1].end : tokens[k].start] == " "


def _sentence_word(tokens: tuple[Token, ...], text: str, k: int) -> bool:
    """Token k opens a sentence, reads as an ordinary lower-case word and a lower-case word follows ("Kurz darauf")."""
    nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return initial(tokens, text, k) and nxt[:1].islower() and lowercase_reading(tokens[k].text.lower())


def _named_after(tokens: tuple[Token, ...], text: str, k: int) -> bool:
    """The name ending at token k names what follows it: "Heinrich Böll Stiftung", "Goethe Institut"."""
    nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return nxt[:1].isupper() and nxt.lower().endswith(ORG_HEADS + _NAMED_AFTER) \
        and text[tokens[k].end : tokens[k + 1].start] == " "


def _inside_name(tokens: tuple[Token, ...], text: str, i: int, end: int, after_locative: bool = False) -> bool:
    """ "Arena Wien", "Northampton Town", "Seine Mutter": a place word that belongs to something else; after a
    locative a word that is also a noun is the place ("in Lindenbrunn", "aus Eschwaldau")."""
    def joined(a: int) -> bool:
        return 0 <= a < len(tokens) - 1 and text[tokens[a].end : tokens[a + 1].start] == " "
    prev = tokens[i - 1].text if i else ""
    nxt = tokens[end].text if end < len(tokens) else ""
    # a compound noun HanTa lacks is no name either: "das Nichtraucherschutzgesetz Baden-Württembergs"
    if joined(i - 1) and prev[:1].isupper() and prev not in STOP and word_class(prev) != "common" \
            and not compound_noun(prev) and not (i > 1 and text[tokens[i - 2].end : tokens[i - 1].start].strip()):
        return True
    if joined(end - 1) and nxt[:1].isupper() and nxt not in STOP and word_class(nxt) != "common":
        return True
    return end == i + 1 and not after_locative and word_class(tokens[i].text) == "common" \
        and not _genitive_of_name(tokens[i].text)


def _genitive_of_name(word: str) -> bool:
    """ "des Atlantiks": the genitive of a place name HanTa knows as a name, though it reads this form as a noun."""
    return word.endswith("s") and len(word) > 4 and word[:-1] in place_names()[0] and word_class(word[:-1]) == "name"


def _discovered(items, tokens: tuple[Token, ...], found: list[Found], others: dict[str, Actor],
                index: ActorIndex) -> None:
    for d in items:
        aid = unregistered(d.name, d.kind, others, index)
        current = others.get(aid)
        if current is not None and {current.kind, d.kind} == {ActorKind.PERSON, ActorKind.ORT}:
            # "in Tuzla" once is place evidence for a bare "Tuzla" elsewhere in the article
            others[aid] = Actor(id=aid, name=current.name, kind=ActorKind.ORT, registered=False)
        elif d.kind is ActorKind.PERSON:
            others.pop(aid, None)  # persons are built by _new_person (role, surname alias)
            others[aid] = Actor(id=aid, name=d.name, kind=ActorKind.PERSON, registered=False)
        found.append(Found(d.first, d.end - 1, tokens[d.first].start, tokens[d.end - 1].end, aid))


def _place_pass(tokens: tuple[Token, ...], text: str, free: list[bool], found: list[Found], others: dict[str, Actor],
                index: ActorIndex, holds=None) -> None:
    """Gazetteer places over the free tokens; names that are also words need "in"/"nach" before them.
    With `holds`, only places with a token k for which holds(k) is true."""
    trie, words = place_trie(), [t.text for t in tokens]
    i = 0
    while i < len(tokens):
        m = longest_match(trie, words, i) if free[i] and words[i] in trie else None
        after_locative = i > 0 and words[i - 1] in LOCATIVE
        if m and all(free[i:m[0]]) and (not m[1].place or after_locative) \
                and (holds is None or any(holds(k) for k in range(i, m[0]))) \
                and not _inside_name(tokens, text, i, m[0], after_locative):
            end = m[0]
            aid = unregistered(m[1].actor_id, ActorKind.ORT, others, index)
            found.append(Found(i, end - 1, tokens[i].start, tokens[end - 1].end, aid))
            for k in range(i, end):
                free[k] = False
            i = end
            continue
        i += 1


def _drop_foreign_generic(found: list[Found], tokens: tuple[Token, ...], index: ActorIndex) -> list[Found]:
    """ "mexikanischen Bundesregierung" is not Germany's Bundesregierung: drop national institutions
    right after the adjective of another country."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        actor = index.actors.get(f.actor_id)
        if prev is not None and actor is not None and actor.country and prev.last == f.first - 1:
            prev_actor = index.actors.get(prev.actor_id)
            adjective = tokens[prev.first].text[:1].islower()
            if prev_actor is not None and prev_actor.kind is ActorKind.LAND and adjective and prev.actor_id != actor.country:
                continue
        out.append(f)
    return out


def _findings(found: list[Found], index: ActorIndex, new_names: dict[str, str],
              sentences: tuple[Sentence, ...], others: dict[str, Actor]) -> ActorFindings:
    starts = [s.span.start for s in sentences]
    mentions = tuple(
        Mention(f.actor_id, Span(f.start, f.end), sentence_of(starts, sentences, f.start), f.role, f.metonym)
        for f in found
    )
    actors: dict[str, Actor] = {}
    for f in found:
        if f.actor_id in actors:
            continue
        if f.actor_id in index.actors:
            actors[f.actor_id] = index.actors[f.actor_id]
        elif f.actor_id in others and others[f.actor_id].kind is not ActorKind.PERSON:
            actors[f.actor_id] = others[f.actor_id]
        else:
            actors[f.actor_id] = _new_person(new_names.get(f.actor_id, f.actor_id), found)
    return ActorFindings(actors=tuple(actors.values()), mentions=mentions)
