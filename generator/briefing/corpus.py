"""Cross-article indexes: actor -> articles, co-occurrence, topics, timeline.

First gather all data from all articles, so every page sees the same consistent picture.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from operator import itemgetter
from types import MappingProxyType

from .model import Actor, Article, DateRef, Mention, NoteAnalysis, PartialDate, Quote, Topic
from .slugs import SlugAllocator


@dataclass(frozen=True, slots=True)
class NoteMentions:
    """Mentions of one actor in one footnote; their spans point into `text`, the footnote's text."""

    note: NoteAnalysis
    text: str
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class Appearance:
    """All mentions of one actor in one article: in the body text and in its footnotes."""

    article: Article
    mentions: tuple[Mention, ...]  # body text only (spans into article.text)
    notes: tuple[NoteMentions, ...] = ()

    @property
    def count(self) -> int:
        """Mentions in body and footnotes."""
        return len(self.mentions) + sum(len(n.mentions) for n in self.notes)


@dataclass(frozen=True, slots=True)
class QuoteRef:
    article: Article
    quote: Quote
    note: NoteAnalysis | None = None  # set when the quote stands in a footnote (span into its text)


@dataclass(frozen=True, slots=True)
class CoActor:
    actor_id: str
    articles: int  # number of articles both appear in


@dataclass(frozen=True, slots=True)
class ActorProfile:
    actor: Actor
    slug: str  # page lives at akteure/<slug>/
    appearances: tuple[Appearance, ...]  # newest article first
    roles: tuple[str, ...]  # distinct roles/titles seen at mentions, most frequent first
    surface_forms: tuple[str, ...]  # how the texts name the actor, most frequent first
    co_actors: tuple[CoActor, ...]  # ranked
    quotes: tuple[QuoteRef, ...]
    first_seen: PartialDate | None
    last_seen: PartialDate | None

    @property
    def mention_count(self) -> int:
        return sum(a.count for a in self.appearances)


@dataclass(frozen=True, slots=True)
class TopicProfile:
    topic: Topic
    slug: str
    articles: tuple[Article, ...]


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    article: Article
    date_ref: DateRef


@dataclass(frozen=True, slots=True)
class Corpus:
    articles: tuple[Article, ...]  # newest first; unknown dates last, then by title
    actors: tuple[ActorProfile, ...]  # by kind, then mention count, then name
    topics: tuple[TopicProfile, ...]
    timeline: tuple[TimelineEvent, ...]  # chronological
    actor_by_id: Mapping[str, ActorProfile]

    def profile(self, actor_id: str) -> ActorProfile | None:
        """Profile of an actor id, or None if it is not in the corpus."""
        return self.actor_by_id.get(actor_id)


def article_sort_key(article: Article) -> tuple:
    """Newest first, unknown dates last, ties by title then slug."""
    date = article.metadata.date
    known = date is not None
    key = tuple(-part for part in date.sort_key()) if date else (0, 0, 0)
    return (not known, key, (article.metadata.title or "").lower(), article.slug)


def apply_actor_mapping(article: Article, mapping: Mapping[str, str], actors: Mapping[str, Actor]) -> Article:
    """Rewrite an article's actor ids (body and footnotes) through the corpus-wide mapping."""
    analysis = article.analysis
    mentions = _remap_mentions(analysis.mentions, mapping)
    quotes = _remap_quotes(analysis.quotes, mapping)
    notes = tuple(
        replace(n, mentions=_remap_mentions(n.mentions, mapping), quotes=_remap_quotes(n.quotes, mapping))
        for n in analysis.notes
    )
    note_mentions = tuple(m for n in notes for m in n.mentions)
    note_quotes = tuple(q for n in notes for q in n.quotes)
    ids = sorted({m.actor_id for m in (*mentions, *note_mentions)}
                 | {q.speaker_id for q in (*quotes, *note_quotes) if q.speaker_id})
    article_actors = tuple(actors[i] for i in ids if i in actors)
    return replace(article, analysis=replace(analysis, mentions=mentions, quotes=quotes, actors=article_actors,
                                             notes=notes))


def _remap_mentions(mentions: tuple[Mention, ...], mapping: Mapping[str, str]) -> tuple[Mention, ...]:
    return tuple(replace(m, actor_id=mapping.get(m.actor_id, m.actor_id)) for m in mentions)


def _remap_quotes(quotes: tuple[Quote, ...], mapping: Mapping[str, str]) -> tuple[Quote, ...]:
    return tuple(replace(q, speaker_id=mapping.get(q.speaker_id, q.speaker_id)) if q.speaker_id else q for q in quotes)


def _by_count(counter: Counter) -> list[tuple]:
    """(key, count) pairs, most frequent first, ties by key."""
    # Two C-level sorts instead of a Python key function (a country has thousands of co-actors);
    # the second sort is stable, so equal counts keep the key order.
    items = sorted(counter.items())
    items.sort(key=itemgetter(1), reverse=True)
    return items


def _ranked(counter: Counter) -> tuple:
    return tuple(k for k, _ in _by_count(counter))


def _profile(actor: Actor, slug: str, articles: Sequence[Article], co: Counter,
             co_actors: dict[tuple[str, int], CoActor]) -> ActorProfile:
    appearances, roles, forms, quotes, dates = [], Counter(), Counter(), [], []
    for article in articles:
        mentions = tuple(m for m in article.analysis.mentions if m.actor_id == actor.id)
        notes = _note_mentions(article, actor.id)
        if mentions or notes:
            appearances.append(Appearance(article, mentions, notes))
            if article.metadata.date:
                dates.append(article.metadata.date)
        located = [(m, article.text) for m in mentions] + [(m, n.text) for n in notes for m in n.mentions]
        for m, text in located:
            forms[m.span.of(text)] += 1
            if m.role:
                roles[m.role] += 1
        quotes.extend(QuoteRef(article, q) for q in article.analysis.quotes if q.speaker_id == actor.id)
        quotes.extend(QuoteRef(article, q, n) for n in article.analysis.notes for q in n.quotes
                      if q.speaker_id == actor.id)
    dates.sort(key=PartialDate.sort_key)
    return ActorProfile(
        actor=actor,
        slug=slug,
        appearances=tuple(appearances),
        roles=_ranked(roles),
        surface_forms=_ranked(forms),
        co_actors=tuple(_co_actor(pair, co_actors) for pair in _by_count(co)),
        quotes=tuple(quotes),
        first_seen=dates[0] if dates else None,
        last_seen=dates[-1] if dates else None,
    )


def _co_actor(pair: tuple[str, int], shared: dict[tuple[str, int], CoActor]) -> CoActor:
    # The same (actor, count) pairs recur in thousands of profiles; frozen, so one object serves all.
    found = shared.get(pair)
    if found is None:
        found = shared[pair] = CoActor(*pair)
    return found


def _note_mentions(article: Article, actor_id: str) -> tuple[NoteMentions, ...]:
    """The footnotes of an article that mention `actor_id`, with those mentions."""
    footnotes = article.document.footnotes
    found = []
    for note in article.analysis.notes:
        mentions = tuple(m for m in note.mentions if m.actor_id == actor_id)
        if mentions and note.index < len(footnotes):
            found.append(NoteMentions(note, footnotes[note.index].text, mentions))
    return tuple(found)


def _kind_order(profile: ActorProfile) -> tuple:
    kinds = ("Person", "Land", "Organisation", "Vereinbarung", "Ort")
    kind = profile.actor.kind.value
    return (kinds.index(kind) if kind in kinds else len(kinds), -profile.mention_count, profile.actor.name.lower())


def build_corpus(articles: Iterable[Article], taxonomy: Sequence[Topic]) -> Corpus:
    """Build all cross-article indexes from analysed articles."""
    ordered = tuple(sorted(articles, key=article_sort_key))
    actors: dict[str, Actor] = {}
    for article in ordered:
        for actor in article.analysis.actors:
            actors.setdefault(actor.id, actor)
    co: dict[str, Counter] = defaultdict(Counter)
    for article in ordered:
        present = sorted({m.actor_id for m in (*article.analysis.mentions, *article.analysis.note_mentions())})
        # Counter.update counts in C: the pairs of an article with 100 actors are 10,000 updates.
        for a in present:
            co[a].update(present)
    for a, counter in co.items():
        del counter[a]  # counted with itself above; an actor is not its own co-actor
    # Each actor's profile looks only at the articles that involve it: scanning every article for
    # every actor is actors x articles (3,400 x 1,000 on a small archive: seconds wasted).
    involved: dict[str, list[Article]] = defaultdict(list)
    for article in ordered:
        analysis = article.analysis
        ids = {m.actor_id for m in (*analysis.mentions, *analysis.note_mentions())}
        ids.update(q.speaker_id for q in analysis.quotes if q.speaker_id)
        ids.update(q.speaker_id for n in analysis.notes for q in n.quotes if q.speaker_id)
        for actor_id in ids:
            involved[actor_id].append(article)
    slugs = SlugAllocator()
    shared_co_actors: dict[tuple[str, int], CoActor] = {}
    profiles = []
    for actor_id in sorted(actors):
        actor = actors[actor_id]
        profile = _profile(actor, slugs.allocate(actor.id, fallback="akteur"), involved[actor_id], co[actor_id],
                           shared_co_actors)
        if profile.appearances:
            profiles.append(profile)
    profiles.sort(key=_kind_order)
    topic_slugs = SlugAllocator()
    topics = tuple(
        TopicProfile(
            topic,
            topic_slugs.allocate(topic.id, fallback="thema"),
            tuple(a for a in ordered if any(h.topic_id == topic.id for h in a.analysis.topics)),
        )
        for topic in taxonomy
    )
    events = [TimelineEvent(a, d) for a in ordered for d in a.analysis.dates]
    events.sort(key=lambda e: (e.date_ref.date.sort_key(), e.article.slug, e.date_ref.span.start))
    return Corpus(
        articles=ordered,
        actors=tuple(profiles),
        topics=topics,
        timeline=tuple(events),
        actor_by_id=MappingProxyType({p.actor.id: p for p in profiles}),
    )
