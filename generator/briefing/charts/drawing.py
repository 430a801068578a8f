"""SVG pieces shared by the charts drawn in Python (bars, dots): text, a labelled row frame, x axis, legend.

Laid out like Vega-Lite draws the same charts in our theme (charts.theme), so a drawn chart and a
vl-convert chart sit side by side without a visible seam. Every text is escaped: labels come from
untrusted articles.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from . import theme
from .textwidth import text_width

ROW_HEIGHT = 20  # px per row: room for an 11 px label in print
FONT_SIZE = 11
TICK = 5
LABEL_PAD = 2
BASELINE = 3  # a text's baseline this far below the row centre reads as vertically centred (Vega's "middle")
AXIS_EXTENT = 33  # below the plot: tick, labels (baseline 16) and title (baseline 31) with descenders
LEGEND_OFFSET = 18
LEGEND_HEIGHT = 27

# Characters XML 1.0 forbids (C0 controls, lone surrogates, U+FFFE/U+FFFF): one would make the file unreadable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def num(value: float) -> str:
    """A coordinate to 2 decimals: shorter files, no visible difference."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def text(x: float, y: float, content: str, anchor: str = "start", fill: str = theme.INK) -> str:
    """An escaped <text> element."""
    return (f"<text x={quoteattr(num(x))} y={quoteattr(num(y))} text-anchor={quoteattr(anchor)} "
            f"fill={quoteattr(fill)}>{escape(_NOT_XML.sub('', content))}</text>")


def width_of(content: str) -> float:
    """Width in px of a label in the chart font."""
    return text_width(content, FONT_SIZE)


@dataclass(frozen=True, slots=True)
class LegendEntry:
    name: str
    swatch: str  # SVG of the symbol, drawn around (6, 22) of the entry
    x: float = 0.0


def place_legend(entries: Sequence[tuple[str, str]]) -> list[LegendEntry]:
    """Entries in one row: swatch, label, Vega's 10 px column padding, rounded up like Vega."""
    placed, x = [], 0.0
    for name, swatch in entries:
        placed.append(LegendEntry(name, swatch, x))
        x = math.ceil(x + 16 + width_of(name) + 10)
    return placed


def visible_labels(xs: Sequence[float], labels: Sequence[str], anchors: Sequence[str]) -> list[int]:
    """Indices of the tick labels to print: every one, or every 2nd, 4th … until none overlap (Vega's parity)."""
    keep = list(range(len(xs)))
    while len(keep) > 2:
        boxes = []
        for i in keep:
            width = width_of(labels[i])
            left = {"start": xs[i], "end": xs[i] - width}.get(anchors[i], xs[i] - width / 2)
            boxes.append((left, left + width))
        if all(a[1] + 1 <= b[0] for a, b in zip(boxes, boxes[1:])):
            break
        keep = keep[::2]
    return keep


def x_axis(xs: Sequence[float], labels: Sequence[str], plot_w: float, plot_h: float, rows: int, title: str,
           *, flush: bool = True) -> list[str]:
    """Grid, axis lines, ticks (x and one per row on y), tick labels and title of a row chart."""
    out = [f'<g stroke="{theme.GRID}">'
           + "".join(f'<line x1="{num(x + .5)}" x2="{num(x + .5)}" y1="0" y2="{plot_h}"/>' for x in xs) + "</g>"]
    lines = [f'<line x1="{num(x + .5)}" x2="{num(x + .5)}" y1="{plot_h + .5}" y2="{plot_h + TICK + .5}"/>'
             for x in xs]
    lines.append(f'<line x1="0.5" x2="{plot_w + .5}" y1="{plot_h + .5}" y2="{plot_h + .5}"/>')
    lines.append(f'<line x1="0.5" x2="0.5" y1="0" y2="{plot_h + .5}"/>')
    for i in range(rows):
        y = i * ROW_HEIGHT + ROW_HEIGHT / 2 + .5
        lines.append(f'<line x1="0.5" x2="{.5 - TICK}" y1="{y}" y2="{y}"/>')
    out.append(f'<g stroke="{theme.MUTED}">' + "".join(lines) + "</g>")
    # labelFlush: the first and last label stay inside the plot's width.
    anchors = [("start" if i == 0 else "end" if i == len(xs) - 1 else "middle") if flush else "middle"
               for i in range(len(xs))]
    for i in visible_labels(xs, labels, anchors):
        out.append(text(xs[i], plot_h + 16, labels[i], anchors[i]))
    out.append(text(plot_w / 2, plot_h + 31, title, "middle", theme.MUTED))
    return out


def row_labels(labels: Sequence[str]) -> list[str]:
    """The row labels right-aligned left of the y axis, one per row."""
    return [text(-TICK - LABEL_PAD, i * ROW_HEIGHT + ROW_HEIGHT / 2 + BASELINE, label, "end")
            for i, label in enumerate(labels)]


def label_column(labels: Sequence[str]) -> int:
    """x of the plot: left padding, the widest row label, label padding and tick."""
    return theme.PADDING["left"] + math.ceil(max((width_of(s) for s in labels), default=0) + TICK + LABEL_PAD)


def document(body: Sequence[str], *, left: int, right: float, rows: int, legend: Sequence[LegendEntry],
             legend_title: str | None) -> str:
    """A whole SVG: background card, the plot group at `left`, the legend below; sized like Vega's autosize pad."""
    plot_h = max(1, rows) * ROW_HEIGHT
    if legend:
        right = max(right, legend[-1].x + 16 + width_of(legend[-1].name))
    width = math.ceil(left + right + theme.PADDING["right"])
    height = theme.PADDING["top"] + plot_h + AXIS_EXTENT + theme.PADDING["bottom"]
    height += LEGEND_OFFSET + LEGEND_HEIGHT if legend else 0
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family={quoteattr(theme.FONT)} font-size="{FONT_SIZE}px">',
           f'<rect width="{width}" height="{height}" fill="{theme.BACKGROUND}"/>',
           f'<g transform="translate({left},{theme.PADDING["top"]})">', *body]
    if legend:
        out.append(f'<g transform="translate(0,{plot_h + AXIS_EXTENT + LEGEND_OFFSET})">')
        if legend_title:
            out.append(text(0, 9, legend_title, fill=theme.MUTED))
        for entry in legend:
            out.append(f'<g transform="translate({num(entry.x)},0)">{entry.swatch}</g>')
            out.append(text(entry.x + 16, 25, entry.name))
        out.append("</g>")
    out.append("</g></svg>")
    return "".join(out)
