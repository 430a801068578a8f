"""Which charts the site has, where they go, and the data table and alt text of each."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from types import MappingProxyType

from ..corpus import Corpus
from ..formatting import format_number
from ..i18n import strings
from . import actor as actor_charts
from . import article as article_charts
from . import overview
from .model import ChartPlan, ChartRef, ChartSource

TREND_MIN_ARTICLES = 3  # an actor's trend chart needs this many articles


def describe(kind: str, title: str, rows: Sequence[Mapping], label: str, value: str, language: str,
             more: str = "") -> str:
    """Alt text: chart type, title and the first five values, so a reader without the image gets the gist."""
    top = "; ".join(f"{r[label]}: {format_number(r[value], language)}" for r in rows[:5])
    text = f"{kind}: {title}."
    if top:
        text += f" {top}{' …' if len(rows) > 5 else '.'}"
    return f"{text} {more}".strip()


def _ref(key: str, title: str, alt: str, source: ChartSource, columns: dict[str, str], rows: list[dict],
         note: str = "") -> ChartRef:
    return ChartRef(key, title, alt, source, tuple(columns), tuple(columns.values()), tuple(rows), note)


def _source(builder, *args) -> ChartSource:
    return ChartSource(builder, args)


def start_charts(corpus: Corpus, language: str) -> Iterator[ChartRef]:
    """Start page: top actors, topic distribution, actor x article heatmap."""
    t = strings(language)
    rows = overview.top_actors_rows(corpus, t)
    if rows:
        title = t["chart_top_actors"]
        yield _ref("start/akteure", title,
                   describe(t["bar_chart"], title, rows, "actor", "mentions", language),
                   _source(overview.top_actors_chart, rows, t),
                   {"actor": t["actor"], "kind": t["kind"], "mentions": t["mentions"], "articles": t["articles"]},
                   rows)
    rows = overview.topic_rows(corpus)
    if rows:
        title = t["chart_topics"]
        yield _ref("start/themen", title, describe(t["bar_chart"], title, rows, "topic", "articles", language),
                   _source(overview.topic_chart, rows, t), {"topic": t["topic"], "articles": t["articles"]}, rows)
    cells, actors, articles = overview.heatmap_rows(corpus)
    if len(actors) >= 2 and articles:
        title = t["chart_heatmap"]
        cells_sorted = sorted(cells, key=lambda c: -c["mentions"])
        more = t["heatmap_size"].format(actors=len(actors), articles=len(articles))
        yield _ref("start/heatmap", title,
                   describe(t["heatmap"], title, [{"label": f"{c['actor']} – {c['article']}", **c} for c in cells_sorted],
                            "label", "mentions", language, more),
                   _source(overview.heatmap_chart, cells, actors, articles, t),
                   {"article": t["article"], "actor": t["actor"], "mentions": t["mentions"]}, cells)


def timeline_chart(corpus: Corpus, language: str) -> Iterator[ChartRef]:
    """Zeitleiste: dated events per month or year."""
    t = strings(language)
    rows, monthly, skipped, before = overview.timeline_rows(corpus, language)
    if not rows:
        return
    title = t["chart_timeline_month" if monthly else "chart_timeline_year"]
    notes = [t["timeline_skipped"].format(n=skipped)] if skipped else []
    if before:
        notes.append(t["timeline_before"].format(n=format_number(before[0], language), year=before[1]))
    note = " ".join(notes)
    yield _ref("zeitleiste", title, describe(t["time_chart"], title, rows, "label", "events", language, note),
               _source(overview.timeline_chart, rows, monthly, t), {"label": t["period"], "events": t["events"]},
               rows, note)


def network_chart(corpus: Corpus, language: str) -> Iterator[ChartRef]:
    """Netzwerk: co-occurrence matrix of the actors found in most articles."""
    t = strings(language)
    cells, labels, _ = overview.cooccurrence_rows(corpus)
    if len(labels) < 2 or not cells:
        return
    title = t["chart_network"]
    pairs = sorted((c for c in cells if c["a"] < c["b"]), key=lambda c: (-c["articles"], c["a"], c["b"]))
    listed = [{"label": f"{c['a']} – {c['b']}", **c} for c in pairs]
    yield _ref("netzwerk", title, describe(t["matrix"], title, listed, "label", "articles", language),
               _source(overview.cooccurrence_chart, cells, labels, t),
               {"a": t["actor"], "b": t["actor"], "articles": t["shared_articles"]}, pairs)


def article_page_charts(corpus: Corpus, language: str) -> Iterator[ChartRef]:
    """Per article: mentions per actor (three actors or more), key figures (two or more)."""
    t = strings(language)
    for article in corpus.articles:
        rows = article_charts.article_mentions_rows(article, t)
        if len(rows) >= 3:  # two actors are compared at a glance in the actor list
            title = t["chart_article_actors"]
            yield _ref(f"artikel/{article.slug}/akteure", title,
                       describe(t["bar_chart"], title, rows, "actor", "mentions", language),
                       _source(article_charts.article_mentions_chart, rows, t),
                       {"actor": t["actor"], "kind": t["kind"], "mentions": t["mentions"]}, rows)
        rows = article_charts.figure_rows(article, language)
        if len(rows) >= 2:
            title = t["chart_figures"]
            alt = f"{t['log_chart']}: {title}. " + "; ".join(f"{r['figure']}: {r['amount']}" for r in rows[:5])
            yield _ref(f"artikel/{article.slug}/zahlen", title, alt,
                       _source(article_charts.figures_chart, rows, t, language),
                       {"figure": t["as_written"], "amount": t["value"], "value": t["value_raw"], "unit": t["unit"],
                        "refers_to": t["refers_to"]}, rows)


def actor_page_charts(corpus: Corpus, language: str) -> Iterator[ChartRef]:
    """Per actor in three or more articles: mentions across them, co-occurring actors (when some share 2+)."""
    t = strings(language)
    for profile in corpus.actors:
        # Two bars are read faster from the list of articles below; an archive has thousands of
        # such actors, and each chart costs rendering time on every cold build.
        if len(profile.appearances) >= TREND_MIN_ARTICLES:
            rows, monthly = actor_charts.trend_rows(profile, t, language)
            title = t["chart_trend_month" if monthly else "chart_trend"]
            label = "label" if monthly else "article"
            yield _ref(f"akteure/{profile.slug}/verlauf", title,
                       describe(t["time_chart" if monthly else "bar_chart"], title, rows, label, "mentions", language),
                       _source(actor_charts.trend_chart, rows, monthly, t),
                       {label: t["period" if monthly else "article"], "mentions": t["mentions"]}, rows)
        if len(profile.appearances) < TREND_MIN_ARTICLES:
            continue  # in one or two articles, co-actors share at most two: the linked list says it all
        rows = actor_charts.co_actor_rows(profile, corpus, t)
        # Bars that are all "1" say nothing the linked list above does not: only draw real contrasts.
        if len(rows) >= 2 and rows[0]["articles"] >= 2:
            title = t["co_actors"]
            yield _ref(f"akteure/{profile.slug}/umfeld", title,
                       describe(t["bar_chart"], title, rows, "actor", "articles", language),
                       _source(actor_charts.co_actor_chart, rows, t),
                       {"actor": t["actor"], "kind": t["kind"], "articles": t["shared_articles"]}, rows)


def plan_charts(corpus: Corpus, language: str) -> ChartPlan:
    """Every chart of the site, keyed by its place."""
    refs = [*start_charts(corpus, language), *timeline_chart(corpus, language), *network_chart(corpus, language),
            *article_page_charts(corpus, language), *actor_page_charts(corpus, language)]
    return ChartPlan(language, MappingProxyType({r.key: r for r in refs}))
