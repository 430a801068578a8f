"""Helpers shared by the chart modules: labels, the data table behind a chart, bar-chart building."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import altair as alt

from . import theme
from .bars import ROW_HEIGHT, Bars, bar_ticks


def truncate(text: str, limit: int = 48) -> str:
    """Cut a label at a word boundary so axis labels stay readable."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if text[limit - 1] != " ":  # mid-word: drop the partial word
        cut = cut.rsplit(" ", 1)[0] or cut
    return cut.rstrip() + "…"


def unique_labels(names: Sequence[str]) -> list[str]:
    """Make equal labels distinct ('Paris', 'Paris (2)'): Vega-Lite would merge equal categories."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


def with_data(chart, rows: list[dict]):
    """Attach the rows as inline data last: Altair deep-copies a chart's data on every
    .encode()/.mark_*()/.properties() call, which made planning 3,000 charts take 20 s."""
    chart.data = alt.Data(values=rows)
    return chart


def count_ticks(max_value: float) -> list[int] | None:
    """Integer tick values for small counts (Vega would draw 0,5 steps, shown as '0 1 1 2 2'); None = automatic."""
    top = int(max_value)
    if top <= 10:
        return list(range(0, max(top, 1) + 1))
    return None


def count_axis(title: str | None, max_value: float, **kwargs) -> alt.Axis:
    """Axis for counts: German-grouped integers, no fractional ticks."""
    values = count_ticks(max_value)
    extra = {"values": values} if values is not None else {"tickMinStep": 1}
    return alt.Axis(format=",d", title=title, **extra, **kwargs)


def count_legend(title: str, values: list[int]) -> alt.Legend:
    """Gradient legend for counts with integer labels only."""
    lo, hi = min(values, default=0), max(values, default=1)
    ticks = count_ticks(hi) if hi - lo <= 10 else None
    extra = {"values": [v for v in ticks if v >= lo]} if ticks else {}
    return alt.Legend(title=title, format=",d", **extra)


def kind_bars(rows: list[dict], *, label: str, value: str, value_title: str, labels: Mapping[str, str]) -> Bars:
    """Bars coloured by the kind label in each row's "kind" (fixed colour per kind, legend in KIND_COLOURS
    order, only the kinds the rows have)."""
    shown = {r["kind"] for r in rows}
    present = [k for k in theme.KIND_COLOURS if labels[k] in shown]
    return Bars(tuple(rows), label, value, value_title, "kind",
                tuple((labels[k], theme.KIND_COLOURS[k]) for k in present), labels["kind"])


def bars_chart(chart: Bars) -> alt.LayerChart:
    """The Vega-Lite (Altair) version of a bar chart that charts.bars draws directly."""
    rows = [dict(r) for r in chart.rows]
    order = [r[chart.label] for r in rows]
    ticks = bar_ticks(max((r[chart.value] for r in rows), default=1))
    base = alt.Chart().encode(
        y=alt.Y(f"{chart.label}:N", sort=order, title=None),
        x=alt.X(f"{chart.value}:Q", scale=alt.Scale(domain=[0, ticks[-1]]),
                axis=alt.Axis(format=",d", title=chart.value_title, values=ticks)),
    )
    if chart.colour_field:
        domain, colours = zip(*chart.colours, strict=True) if chart.colours else ((), ())
        color = alt.Color(f"{chart.colour_field}:N", title=chart.legend_title,
                          scale=alt.Scale(domain=list(domain), range=list(colours)))
        bars = base.mark_bar().encode(color=color)
    else:
        bars = base.mark_bar(color=theme.PRIMARY)
    text = base.mark_text(align="left", dx=3, color=theme.INK).encode(text=alt.Text(f"{chart.value}:Q", format=",d"))
    layered = alt.layer(bars, text).properties(width=theme.BAR_WIDTH, height=max(1, len(rows)) * ROW_HEIGHT)
    return with_data(layered, rows)
