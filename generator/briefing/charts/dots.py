"""Dot charts on a logarithmic axis drawn straight to SVG: an article's key figures, '550 Mrd. USD' each.

A third of the articles have one; like the bar charts (charts.bars) they are drawn in well under a
millisecond instead of vl-convert's ~40 ms, in the layout Vega-Lite gives the same spec (Dots.to_dict).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from ..formatting import MAGNITUDES, format_number
from . import theme
from .drawing import BASELINE, ROW_HEIGHT, document, label_column, num, place_legend, row_labels, text, width_of, x_axis

DOT_SIZE = 70  # px², Vega's symbol size: the area of the mark
LEGEND_SIZE = 100  # Vega's legend symbols are a little larger than the marks
TEXT_DX = 8
# Vega's default symbol shapes, in the order its shape scale hands them out.
SHAPES = ("circle", "square", "cross", "diamond", "triangle-up", "triangle-down", "triangle-right", "triangle-left")


@dataclass(frozen=True, slots=True)
class Dots:
    """Figures as dots on a log axis, coloured and shaped by unit, each labelled with its amount."""

    rows: tuple[Mapping, ...]  # figure (label), value (> 0), unit, amount (display text)
    ticks: tuple[float, ...]  # powers of ten; the first and last bound the axis
    value_title: str
    legend_title: str
    language: str

    def units(self) -> list[str]:
        """The units in the order of the colour and shape scales (sorted, like Vega's nominal domain)."""
        return sorted({str(r["unit"]) for r in self.rows})

    def to_dict(self, validate: bool = True) -> dict:
        """The same chart as a Vega-Lite spec (built with Altair)."""
        from .article import figures_spec

        return figures_spec(self).to_dict(validate=validate)

    def svg(self, language: str) -> str:
        """The chart as a standalone SVG document."""
        return draw(self)


def magnitude_label(value: float, language: str) -> str:
    """'10 Mrd.', '1 Bio.', '100.000': the tick labels of the log axis (theme.magnitude_label_expr in Vega)."""
    for factor, name in MAGNITUDES["en" if language == "en" else "de"]:
        if value >= factor:
            return f"{format_number(value / factor, language, 3)} {name}"
    return format_number(value, language, 3)


def symbol(shape: str, x: float, y: float, fill: str, size: float = DOT_SIZE) -> str:
    """A filled symbol of `size` px² centred on (x, y)."""
    if shape == "circle":
        return f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(math.sqrt(size / math.pi))}" fill="{fill}"/>'
    half = math.sqrt(size) / 2
    if shape == "square":
        return f'<rect x="{num(x - half)}" y="{num(y - half)}" width="{num(2 * half)}" height="{num(2 * half)}" ' \
               f'fill="{fill}"/>'
    if shape == "cross":
        r, a = half * 1.2, half * 0.4
        points = [(-a, -r), (a, -r), (a, -a), (r, -a), (r, a), (a, a), (a, r), (-a, r), (-a, a), (-r, a), (-r, -a),
                  (-a, -a)]
    elif shape == "diamond":
        r = half * math.sqrt(2)
        points = [(0, -r), (r, 0), (0, r), (-r, 0)]
    else:  # triangles: the direction is the last word
        r = half * 1.3
        tip = {"up": (0, -1), "down": (0, 1), "right": (1, 0), "left": (-1, 0)}[shape.rsplit("-", 1)[1]]
        base = (-tip[1], tip[0])
        points = [(tip[0] * r, tip[1] * r), (-tip[0] * r + base[0] * r, -tip[1] * r + base[1] * r),
                  (-tip[0] * r - base[0] * r, -tip[1] * r - base[1] * r)]
    coords = " ".join(f"{num(x + dx)},{num(y + dy)}" for dx, dy in points)
    return f'<polygon points="{coords}" fill="{fill}"/>'


def draw(chart: Dots) -> str:
    """SVG of the figures chart: one row per figure in row order, its dot on the log axis, the amount beside."""
    lo, hi = math.log10(chart.ticks[0]), math.log10(chart.ticks[-1])
    plot_w = theme.BAR_WIDTH - 80
    plot_h = max(1, len(chart.rows)) * ROW_HEIGHT

    def x_of(value: float) -> float:
        return min(max((math.log10(value) - lo) / (hi - lo), 0.0), 1.0) * plot_w

    units = chart.units()
    style = {u: (theme.CATEGORY_RANGE[i % len(theme.CATEGORY_RANGE)], SHAPES[i % len(SHAPES)])
             for i, u in enumerate(units)}
    labels = [str(r["figure"]) for r in chart.rows]
    body = x_axis([x_of(t) for t in chart.ticks], [magnitude_label(t, chart.language) for t in chart.ticks],
                  plot_w, plot_h, len(chart.rows), chart.value_title, flush=False)
    right = plot_w + width_of(magnitude_label(chart.ticks[-1], chart.language)) / 2
    for i, row in enumerate(chart.rows):
        x, y = x_of(float(row["value"])), i * ROW_HEIGHT + ROW_HEIGHT / 2
        colour, shape = style[str(row["unit"])]
        body.append(symbol(shape, x, y, colour))
        body.append(text(x + TEXT_DX, y + BASELINE, str(row["amount"])))
        right = max(right, x + TEXT_DX + width_of(str(row["amount"])))
    body += row_labels(labels)
    legend = place_legend([(u, symbol(style[u][1], 6, 22, style[u][0], LEGEND_SIZE)) for u in units])
    return document(body, left=label_column(labels), right=right, rows=len(chart.rows), legend=legend,
                    legend_title=chart.legend_title)
