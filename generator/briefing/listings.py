"""Index pages too long for one page, split into pages of their own: the timeline and the articles per year,
the actors A–Z.

An archive of 10,000 articles dates ~50,000 events and names ~50,000 actors. One page of either is
megabytes of HTML that no reader scrolls, no browser sorts, and every new article changes; split, a
new article re-renders only the years it dates and the letters of the actors it names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .corpus import ActorProfile, TimelineEvent
from .i18n import strings
from .model import Article

TIMELINE_PAGE_EVENTS = 500  # more dated events than this: one page per year
TIMELINE_FIRST_YEAR = 1900  # earlier years are few and far apart: they share one page
ACTOR_INDEX_SPLIT = 1000  # more actors than this: A–Z pages list them all, the index the most mentioned
ACTOR_INDEX_TOP = 100  # actors per kind on a split index page
KWIC_ARTICLES = 100  # an actor page quotes the sentences of its newest articles; older ones get one line each
KWIC_SENTENCES = 5  # sentences quoted per article on an actor page that quotes more than KWIC_PAGE in all
KWIC_PAGE = 300
ARTICLE_INDEX_SPLIT = 1000  # more articles than this: one page per year, the index the newest
ARTICLE_INDEX_TOP = 100


@dataclass(frozen=True, slots=True)
class ActorRow:
    """One line of an A–Z page: plain values, so an unchanged letter is recognised without the profiles."""

    actor_id: str
    name: str
    kind: str  # ActorKind value
    mentions: int
    articles: int


@dataclass(frozen=True, slots=True)
class ListingPage:
    """One page of a split listing: its docs path, its title and what it lists (events or actor rows)."""

    path: str
    title: str
    items: tuple


def timeline_pages(timeline: Sequence[TimelineEvent], language: str) -> tuple[ListingPage, ...]:
    """One page per year in chronological order (years before 1900 on one); none for a short timeline."""
    if len(timeline) <= TIMELINE_PAGE_EVENTS:
        return ()
    groups: dict[int, list[TimelineEvent]] = {}
    for event in timeline:
        year = event.date_ref.date.year
        groups.setdefault(year if year >= TIMELINE_FIRST_YEAR else 0, []).append(event)
    early = strings(language)["before_year"].format(year=TIMELINE_FIRST_YEAR)
    return tuple(ListingPage(f"zeitleiste/{year or f'vor-{TIMELINE_FIRST_YEAR}'}.md", str(year) if year else early,
                             tuple(events)) for year, events in sorted(groups.items()))


def actor_letter_pages(actors: Sequence[ActorProfile]) -> tuple[ListingPage, ...]:
    """One page per first letter of the actors' slugs ("0–9" for digits), names in alphabetical order."""
    if len(actors) <= ACTOR_INDEX_SPLIT:
        return ()
    groups: dict[str, list[ActorProfile]] = {}
    for profile in actors:
        first = profile.slug[:1]
        groups.setdefault(first if first.isalpha() else "0-9", []).append(profile)
    pages = []
    for letter in sorted(groups, key=lambda g: (g == "0-9", g)):
        profiles = sorted(groups[letter], key=lambda p: (p.actor.name.lower(), p.slug))
        rows = tuple(ActorRow(p.actor.id, p.actor.name, p.actor.kind.value, p.mention_count, len(p.appearances))
                     for p in profiles)
        pages.append(ListingPage(f"akteure/alle/{letter}.md", letter.upper() if letter != "0-9" else "0–9", rows))
    return tuple(pages)


def article_year_pages(articles: Sequence[Article], language: str) -> tuple[ListingPage, ...]:
    """One page per year of publication, newest year first, undated articles last; none for a small archive.

    The pages live in their own folder: an article's slug comes from its file path and could be any
    name inside artikel/.
    """
    if len(articles) <= ARTICLE_INDEX_SPLIT:
        return ()
    groups: dict[int | None, list[Article]] = {}
    for article in articles:  # corpus order: newest first, so each year keeps that order
        date = article.metadata.date
        groups.setdefault(date.year if date else None, []).append(article)
    undated = strings(language)["no_date"]
    return tuple(ListingPage(f"artikel-jahre/{year if year else 'ohne-datum'}.md", str(year) if year else undated,
                             tuple(groups[year])) for year in sorted(groups, key=lambda y: (y is None, -(y or 0))))


def kwic_limit(profile: ActorProfile) -> int:
    """Sentences an actor page quotes per article: all of them, unless the page would quote more than KWIC_PAGE."""
    total = sum(len({m.sentence for m in a.mentions}) for a in profile.appearances[:KWIC_ARTICLES])
    return KWIC_SENTENCES if total > KWIC_PAGE else total
