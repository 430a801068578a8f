"""Charts of one article: mentions per actor and its key figures on a log scale."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping

import altair as alt

from ..formatting import format_amount
from ..model import Article, FigureKind
from . import theme
from .bars import Bars
from .dots import DOT_SIZE, TEXT_DX, Dots
from .common import ROW_HEIGHT, kind_bars, truncate, unique_labels, with_data


def article_mentions_rows(article: Article, t: Mapping[str, str], n: int = 15) -> list[dict]:
    """The n actors this article mentions most: name, kind, mentions."""
    actors = {a.id: a for a in article.analysis.actors}
    # Body and footnotes, like the actor list on the same page.
    counts = Counter(m.actor_id for m in (*article.analysis.mentions, *article.analysis.note_mentions())
                     if m.actor_id in actors)
    ranked = sorted(counts, key=lambda i: (-counts[i], actors[i].name.lower(), i))[:n]
    labels = unique_labels([truncate(actors[i].name, 36) for i in ranked])
    return [{"actor": label, "kind": t[actors[i].kind.value], "mentions": counts[i], "actor_id": i}
            for label, i in zip(labels, ranked, strict=True)]


def article_mentions_chart(rows: list[dict], t: Mapping[str, str]) -> Bars:
    """Horizontal bars: mentions per actor in one article, coloured by kind."""
    return kind_bars(rows, label="actor", value="mentions", value_title=t["mentions"], labels=t)


def figure_rows(article: Article, language: str, n: int = 20) -> list[dict]:
    """Amounts and quantities (not percentages: another scale) with a positive value, largest first."""
    rows = []
    for f in article.analysis.figures:
        if f.kind == FigureKind.PERCENT or f.value <= 0:
            continue
        rows.append({"figure": truncate(f.span.of(article.text), 40), "value": f.value, "unit": f.unit,
                     "amount": format_amount(f.value, f.unit, language), "sentence": f.sentence,
                     "refers_to": f.refers_to or ""})
    rows.sort(key=lambda r: (-r["value"], r["sentence"], r["figure"]))
    rows = rows[:n]
    for row, label in zip(rows, unique_labels([r["figure"] for r in rows]), strict=True):
        row["figure"] = label
    return rows


def decade_ticks(values: list[float], max_ticks: int = 7) -> list[float]:
    """Powers of ten spanning the values, every 1st, 2nd or 3rd decade so at most max_ticks labels."""
    lo = math.floor(math.log10(min(values)))
    hi = max(math.ceil(math.log10(max(values))), lo + 1)
    step = max(1, math.ceil((hi - lo) / (max_ticks - 1)))
    hi = lo + step * math.ceil((hi - lo) / step)
    return [10.0 ** e for e in range(lo, hi + 1, step)]


def figures_chart(rows: list[dict], t: Mapping[str, str], language: str) -> Dots:
    """Dots on a logarithmic axis (amounts span many magnitudes), labelled '550 Mrd. USD'."""
    ticks = decade_ticks([r["value"] for r in rows])
    return Dots(tuple(rows), tuple(ticks), t["value_log"], t["unit"], language)


def figures_spec(chart: Dots) -> alt.LayerChart:
    """The Vega-Lite (Altair) version of the figures chart that charts.dots draws directly."""
    rows = [dict(r) for r in chart.rows]
    ticks = list(chart.ticks)
    base = alt.Chart().encode(
        y=alt.Y("figure:N", sort=[r["figure"] for r in rows], title=None),
        x=alt.X("value:Q", title=chart.value_title, scale=alt.Scale(type="log", domain=[ticks[0], ticks[-1]]),
                axis=alt.Axis(values=ticks, labelExpr=theme.magnitude_label_expr(chart.language), labelFlush=False)),
    )
    dots = base.mark_point(size=DOT_SIZE, filled=True, opacity=1).encode(
        color=alt.Color("unit:N", title=chart.legend_title), shape=alt.Shape("unit:N", title=chart.legend_title))
    text = base.mark_text(align="left", dx=TEXT_DX, color=theme.INK).encode(text="amount:N")
    layered = alt.layer(dots, text).properties(width=theme.BAR_WIDTH - 80, height=max(1, len(rows)) * ROW_HEIGHT)
    return with_data(layered, rows)
