"""Charts of the whole corpus: top actors, topics, actor x article heatmap, co-occurrence, timeline."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

import altair as alt

from ..corpus import Corpus
from ..formatting import format_date
from ..model import PartialDate
from . import theme
from .bars import Bars
from .common import count_axis, count_legend, kind_bars, truncate, unique_labels, with_data

ACTOR_KINDS = ("Person", "Land", "Organisation")


def _actor_profiles(corpus: Corpus) -> list:
    """Persons, countries and organisations (not treaties or places), most mentioned first."""
    profiles = [p for p in corpus.actors if p.actor.kind.value in ACTOR_KINDS]
    return sorted(profiles, key=lambda p: (-p.mention_count, p.actor.name.lower(), p.actor.id))


def top_actors_rows(corpus: Corpus, t: Mapping[str, str], n: int = 15) -> list[dict]:
    """The n most mentioned actors: name, kind, mentions, articles, slug."""
    top = _actor_profiles(corpus)[:n]
    labels = unique_labels([truncate(p.actor.name, 36) for p in top])
    return [
        {"actor": label, "kind": t[p.actor.kind.value], "mentions": p.mention_count,
         "articles": len(p.appearances), "slug": p.slug}
        for label, p in zip(labels, top, strict=True)
    ]


def top_actors_chart(rows: list[dict], t: Mapping[str, str]) -> Bars:
    """Horizontal bars: mentions per actor, coloured by kind."""
    return kind_bars(rows, label="actor", value="mentions", value_title=t["mentions"], labels=t)  # rows: ACTOR_KINDS


def topic_rows(corpus: Corpus) -> list[dict]:
    """Articles per topic, topics without articles left out, biggest first."""
    rows = [{"topic": p.topic.name, "articles": len(p.articles), "slug": p.slug} for p in corpus.topics if p.articles]
    rows.sort(key=lambda r: (-r["articles"], r["topic"].lower()))
    for row, label in zip(rows, unique_labels([truncate(r["topic"], 36) for r in rows]), strict=True):
        row["topic"] = label
    return rows


def topic_chart(rows: list[dict], t: Mapping[str, str]) -> Bars:
    """Horizontal bars: number of articles per topic."""
    return Bars(tuple(rows), "topic", "articles", t["articles"])


def heatmap_rows(corpus: Corpus, max_actors: int = 20, max_articles: int = 25) -> tuple[list[dict], list, list]:
    """Mentions per (actor, article) for the newest articles and their most mentioned actors.

    Returns (cells, actor labels in order, article labels in order); empty cells are left out.
    """
    articles = corpus.articles[:max_articles]
    counts: Counter = Counter()
    per_cell: dict[tuple[str, str], int] = Counter()
    for article in articles:
        for mention in (*article.analysis.mentions, *article.analysis.note_mentions()):
            counts[mention.actor_id] += 1
            per_cell[(mention.actor_id, article.slug)] += 1
    profiles = [corpus.profile(i) for i in counts]
    profiles = [p for p in profiles if p is not None and p.actor.kind.value in ACTOR_KINDS]
    profiles.sort(key=lambda p: (-counts[p.actor.id], p.actor.name.lower(), p.actor.id))
    profiles = profiles[:max_actors]
    actor_labels = unique_labels([truncate(p.actor.name, 36) for p in profiles])
    article_labels = unique_labels([truncate(a.metadata.title or a.slug, 44) for a in articles])
    cells = []
    for article, article_label in zip(articles, article_labels, strict=True):
        for profile, actor_label in zip(profiles, actor_labels, strict=True):
            n = per_cell.get((profile.actor.id, article.slug), 0)
            if n:
                cells.append({"actor": actor_label, "article": article_label, "mentions": n})
    return cells, actor_labels, article_labels


def heatmap_chart(cells: list[dict], actors: list[str], articles: list[str], t: Mapping[str, str]) -> alt.LayerChart:
    """Grid of articles (rows) x actors (columns); darker = more mentions, count printed in the cell."""
    step = 22
    base = alt.Chart().encode(
        x=alt.X("actor:N", sort=actors, scale=alt.Scale(domain=actors), title=None,
                axis=alt.Axis(orient="top", labelAngle=-45)),
        y=alt.Y("article:N", sort=articles, scale=alt.Scale(domain=articles), title=None),
    )
    rect = base.mark_rect(stroke="#ffffff", strokeWidth=1).encode(
        color=alt.Color("mentions:Q", scale=alt.Scale(range=list(theme.HEAT_RANGE)),
                        legend=count_legend(t["mentions"], [c["mentions"] for c in cells])))
    # Light text on dark cells: the threshold is half the largest count.
    top = max((c["mentions"] for c in cells), default=1)
    text = base.mark_text(fontSize=10).encode(
        text=alt.Text("mentions:Q", format=",d"),
        color=alt.condition(f"datum.mentions > {top / 2}", alt.value("#ffffff"), alt.value(theme.INK)))
    chart = alt.layer(rect, text).properties(width=step * max(1, len(actors)), height=step * max(1, len(articles)))
    return with_data(chart, cells)


def cooccurrence_rows(corpus: Corpus, n: int = 20) -> tuple[list[dict], list[str], list]:
    """Shared-article counts between the n actors found in most articles (both directions, no diagonal)."""
    profiles = [p for p in corpus.actors if p.actor.kind.value in ACTOR_KINDS]
    profiles.sort(key=lambda p: (-len(p.appearances), -p.mention_count, p.actor.name.lower(), p.actor.id))
    profiles = profiles[:n]
    labels = unique_labels([truncate(p.actor.name, 36) for p in profiles])
    label_of = {p.actor.id: label for p, label in zip(profiles, labels, strict=True)}
    cells = []
    for profile in profiles:
        for co in profile.co_actors:
            if co.actor_id in label_of:
                cells.append({"a": label_of[profile.actor.id], "b": label_of[co.actor_id], "articles": co.articles,
                              "a_id": profile.actor.id, "b_id": co.actor_id})
    return cells, labels, profiles


def cooccurrence_chart(cells: list[dict], labels: list[str], t: Mapping[str, str]) -> alt.LayerChart:
    """Symmetric matrix: how many articles name both actors."""
    step = 22
    base = alt.Chart().encode(
        x=alt.X("b:N", sort=labels, scale=alt.Scale(domain=labels), title=None,
                axis=alt.Axis(orient="top", labelAngle=-45)),
        y=alt.Y("a:N", sort=labels, scale=alt.Scale(domain=labels), title=None),
    )
    rect = base.mark_rect(stroke="#ffffff", strokeWidth=1).encode(
        color=alt.Color("articles:Q", scale=alt.Scale(range=list(theme.HEAT_RANGE)),
                        legend=count_legend(t["shared_articles"], [c["articles"] for c in cells])))
    top = max((c["articles"] for c in cells), default=1)
    text = base.mark_text(fontSize=10).encode(
        text=alt.Text("articles:Q", format=",d"),
        color=alt.condition(f"datum.articles > {top / 2}", alt.value("#ffffff"), alt.value(theme.INK)))
    size = step * max(1, len(labels))
    return with_data(alt.layer(rect, text).properties(width=size, height=size), cells)


def _period(date: PartialDate, monthly: bool) -> PartialDate | None:
    if monthly:
        return PartialDate(date.year, date.month) if date.month else None
    return PartialDate(date.year)


# A chart over centuries shows one bar per outlier and nothing of the years the archive is about: the
# earliest events (at most this share) are counted in a note instead, and stay in the timeline's table.
EARLY_SHARE = 0.05
WIDE_SPAN = 30  # years; a narrower timeline is drawn whole


def first_charted_year(years: list[int]) -> int | None:
    """The year a timeline chart starts at, or None to draw every year.

    When the dates span more than WIDE_SPAN years, the chart leaves out the earliest EARLY_SHARE of the
    events: a news archive dates mostly recent years, and a handful of historical dates would otherwise
    squeeze its years into hairlines.
    """
    if not years or max(years) - min(years) <= WIDE_SPAN:
        return None
    ordered = sorted(years)
    first = ordered[int(len(ordered) * EARLY_SHARE)]
    return first if first > ordered[0] else None


def timeline_rows(corpus: Corpus, language: str) -> tuple[list[dict], bool, int, tuple[int, int] | None]:
    """Dated events counted per month (span up to 4 years) or per year.

    Returns (rows, monthly, events left out because they are known only to the year in a monthly chart,
    (events left out as early outliers, first year charted) or None).
    """
    dates = [e.date_ref.date for e in corpus.timeline]
    first = first_charted_year([d.year for d in dates])
    before = None
    if first is not None:
        kept = [d for d in dates if d.year >= first]
        before, dates = (len(dates) - len(kept), first), kept
    fine = [d.year for d in dates if d.month]
    monthly = bool(fine) and max(fine) - min(fine) < 4
    counts: Counter = Counter()
    skipped = 0
    for date in dates:
        period = _period(date, monthly)
        if period is None:
            skipped += 1
        else:
            counts[period.sort_key()] += 1
    rows = []
    for key in sorted(counts):
        period = PartialDate(key[0], key[1] or None)
        start = PartialDate(key[0], key[1] or 1, 1)  # Vega-Lite wants a full date; the time unit rounds it
        rows.append({"period": start.iso(), "label": format_date(period, language, short=True),
                     "events": counts[key]})
    return rows, monthly, skipped, before


def timeline_chart(rows: list[dict], monthly: bool, t: Mapping[str, str]) -> alt.LayerChart:
    """Bars over a true time axis: how many dated events fall into each month or year."""
    unit, fmt = ("utcyearmonth", "%b %Y") if monthly else ("utcyear", "%Y")
    chart = alt.Chart().mark_bar(color=theme.PRIMARY, stroke=theme.BACKGROUND, strokeWidth=1).encode(
        x=alt.X("period:T", timeUnit=unit, title=None, axis=alt.Axis(format=fmt, labelAngle=0, labelOverlap=True)),
        y=alt.Y("events:Q", axis=count_axis(t["events"], max((r["events"] for r in rows), default=1))),
    ).properties(width=theme.WIDTH, height=140)
    return with_data(chart, rows)
