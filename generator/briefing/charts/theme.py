"""One look for every chart: system fonts, print-safe colours, German number and date locale."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from ..formatting import MAGNITUDES, MONTHS, MONTHS_SHORT

# vl-convert measures labels with its Liberation Sans, metric-compatible with Arial and Helvetica,
# so readers with any of these see the widths it measured. A reader without them (a bare Linux
# falls back to DejaVu Sans, ~10 % wider) gets labels that grow leftwards from the axis: the extra
# left padding (PADDING) gives them that room instead of clipping the first letters. Measuring with
# DejaVu itself would fit exactly but makes vl-convert's font look-up 3-10x slower per chart.
# All are system fonts, nothing is fetched.
FONT = 'Arial, "Liberation Sans", Helvetica, "Helvetica Neue", sans-serif'
PADDING = {"left": 24, "right": 14, "top": 8, "bottom": 8}
INK = "#2b2b2b"
MUTED = "#5f6368"
GRID = "#e3e3e8"
PRIMARY = "#3949ab"  # Material indigo 600: the site's primary colour, dark enough for print
# A light card: readable on the light and the dark (slate) theme alike, and on paper.
BACKGROUND = "#ffffff"

KIND_COLOURS: Mapping[str, str] = MappingProxyType({
    "Person": "#3949ab",
    "Land": "#00897b",
    "Organisation": "#ef6c00",
    "Vereinbarung": "#8e24aa",
    "Ort": "#6d4c41",
})
# Sequential scheme for heatmaps: from near-white to the primary colour (no yellow that vanishes in print).
HEAT_RANGE = ("#e8eaf6", "#1a237e")
CATEGORY_RANGE = ("#3949ab", "#00897b", "#ef6c00", "#8e24aa", "#6d4c41", "#c2185b", "#546e7a", "#7cb342",
                  "#0288d1", "#fbc02d")

WIDTH = 600  # fits the Material content column on desktop and an A4 page in print
BAR_WIDTH = 380  # plot width of horizontal bar charts; their labels take the rest


def config() -> dict:
    """Vega-Lite config shared by every chart, applied by vl-convert at render time (part of the cache key).

    labelLimit 0: labels are already cut in Python (common.truncate); Vega's own truncation measures
    text over and over and makes a chart with long labels four times slower to render.
    """
    return {
        "background": BACKGROUND,
        "padding": dict(PADDING),
        "font": FONT,
        "view": {"stroke": None},
        "axis": {"labelColor": INK, "titleColor": MUTED, "gridColor": GRID, "domainColor": MUTED,
                 "tickColor": MUTED, "labelFontSize": 11, "titleFontSize": 11, "titleFontWeight": "normal",
                 "labelLimit": 0},
        "legend": {"labelColor": INK, "titleColor": MUTED, "labelFontSize": 11, "titleFontSize": 11,
                   "titleFontWeight": "normal", "orient": "bottom", "labelLimit": 0},
        "title": {"color": INK, "fontSize": 13, "anchor": "start"},
        "text": {"color": INK, "fontSize": 11},
        "bar": {"color": PRIMARY},
        "point": {"color": PRIMARY, "filled": True},
        "range": {"category": list(CATEGORY_RANGE)},
    }


def format_locale(language: str) -> str:
    """d3-format locale: 1.000,5 in German, 1,000.5 in English."""
    return "de-DE" if language == "de" else "en-US"


def time_format_locale(language: str) -> dict:
    """d3-time-format locale built from briefing.formatting, so charts say 'Jan.' like the pages."""
    if language != "de":
        return "en-US"  # type: ignore[return-value]
    return {
        "dateTime": "%A, %e. %B %Y, %X",
        "date": "%d.%m.%Y",
        "time": "%H:%M:%S",
        "periods": ["AM", "PM"],
        "days": ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
        "shortDays": ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"],
        "months": list(MONTHS["de"]),
        "shortMonths": list(MONTHS_SHORT["de"]),
    }


def magnitude_label_expr(language: str) -> str:
    """Vega expression labelling a log axis with long-scale magnitudes: '10 Mrd.', '1 Bio.'."""
    parts = []
    for factor, name in MAGNITUDES["en" if language == "en" else "de"]:
        parts.append(f"datum.value >= {factor:g} ? format(datum.value / {factor:g}, ',.3~f') + ' {name}' : ")
    return "".join(parts) + "format(datum.value, ',.3~f')"
