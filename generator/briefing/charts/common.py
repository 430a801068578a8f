"""Helpers shared by the chart modules: labels, the data table behind a chart, bar-chart building."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import altair as alt

from . import theme

ROW_HEIGHT = 20  # px per bar: room for an 11 px label in print


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


def kind_scale(kinds: Iterable[str], labels: Mapping[str, str]) -> alt.Scale:
    """Colour scale with a fixed colour per actor kind, so 'Land' is teal in every chart."""
    present = [k for k in theme.KIND_COLOURS if k in set(kinds)]
    return alt.Scale(domain=[labels[k] for k in present], range=[theme.KIND_COLOURS[k] for k in present])


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


def hbar(rows: list[dict], *, label: str, value: str, label_title: str, value_title: str,
         color: alt.Color | None = None) -> alt.LayerChart:
    """Horizontal bars in the order of `rows`, value printed at the bar end."""
    order = [r[label] for r in rows]
    base = alt.Chart().encode(
        y=alt.Y(f"{label}:N", sort=order, title=label_title),
        x=alt.X(f"{value}:Q", axis=count_axis(value_title, max((r[value] for r in rows), default=1))),
    )
    bars = base.mark_bar(color=theme.PRIMARY) if color is None else base.mark_bar().encode(color=color)
    text = base.mark_text(align="left", dx=3, color=theme.INK).encode(text=alt.Text(f"{value}:Q", format=",d"))
    chart = alt.layer(bars, text).properties(width=theme.BAR_WIDTH, height=max(1, len(rows)) * ROW_HEIGHT)
    return with_data(chart, rows)
