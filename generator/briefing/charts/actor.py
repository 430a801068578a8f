"""Charts of one actor: mentions across articles over time, and who is named alongside."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

import altair as alt

from ..corpus import ActorProfile, Corpus
from ..formatting import format_date
from ..model import PartialDate
from . import theme
from .bars import Bars
from .common import count_axis, kind_bars, truncate, unique_labels, with_data

PER_ARTICLE_LIMIT = 25  # more appearances than this are summed per month instead of one bar each


def _chronological(profile: ActorProfile) -> list:
    # Oldest first reads like a timeline; undated articles go last, by title.
    def key(appearance):
        date = appearance.article.metadata.date
        return (date is None, date.sort_key() if date else (0, 0, 0),
                (appearance.article.metadata.title or "").lower(), appearance.article.slug)
    return sorted(profile.appearances, key=key)


def trend_rows(profile: ActorProfile, t: Mapping[str, str], language: str) -> tuple[list[dict], bool]:
    """Mentions per article (chronological), or per month when the actor is in many articles.

    Returns (rows, monthly).
    """
    appearances = _chronological(profile)
    if len(appearances) <= PER_ARTICLE_LIMIT:
        labels = unique_labels([
            f"{format_date(a.article.metadata.date, language, short=True, unknown=t['no_date'])} · "
            f"{truncate(a.article.metadata.title or a.article.slug, 36)}" for a in appearances])
        return [{"article": label, "mentions": len(a.mentions), "slug": a.article.slug}
                for label, a in zip(labels, appearances, strict=True)], False
    counts: Counter = Counter()
    undated = 0
    for a in appearances:
        date = a.article.metadata.date
        if date is None or date.month is None:
            undated += len(a.mentions)
        else:
            counts[(date.year, date.month)] += len(a.mentions)
    rows = [{"period": PartialDate(y, m, 1).iso(), "label": format_date(PartialDate(y, m), language, short=True),
             "mentions": counts[(y, m)]} for y, m in sorted(counts)]
    return rows, True


def trend_chart(rows: list[dict], monthly: bool, t: Mapping[str, str]) -> Bars | alt.Chart:
    """Per-article bars (few articles) or mentions per month on a time axis (many)."""
    if not monthly:
        return Bars(tuple(rows), "article", "mentions", t["mentions"])
    chart = alt.Chart().mark_bar(color=theme.PRIMARY, stroke=theme.BACKGROUND, strokeWidth=1).encode(
        x=alt.X("period:T", timeUnit="utcyearmonth", title=None,
                axis=alt.Axis(format="%b %Y", labelAngle=0, labelOverlap=True)),
        y=alt.Y("mentions:Q", axis=count_axis(t["mentions"], max((r["mentions"] for r in rows), default=1))),
    ).properties(width=theme.WIDTH, height=160)
    return with_data(chart, rows)


def co_actor_rows(profile: ActorProfile, corpus: Corpus, t: Mapping[str, str], n: int = 12) -> list[dict]:
    """The n actors most often named in the same articles: name, kind, shared articles, slug."""
    rows = []
    for co in profile.co_actors:
        other = corpus.profile(co.actor_id)
        if other is not None:
            rows.append((other, co.articles))
        if len(rows) == n:
            break
    labels = unique_labels([truncate(p.actor.name, 36) for p, _ in rows])
    return [{"actor": label, "kind": t[p.actor.kind.value], "articles": shared, "slug": p.slug}
            for label, (p, shared) in zip(labels, rows, strict=True)]


def co_actor_chart(rows: list[dict], t: Mapping[str, str]) -> Bars:
    """Horizontal bars: shared articles per co-occurring actor, coloured by kind."""
    return kind_bars(rows, label="actor", value="articles", value_title=t["shared_articles"], labels=t)
