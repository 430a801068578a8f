"""Charts drawn in Python (bars, dots): geometry, labels, legend, escaping, and agreement with their Vega-Lite spec."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.charts import theme
from briefing.charts.bars import Bars, bar_ticks, draw
from briefing.charts.dots import SHAPES, Dots, magnitude_label, symbol
from briefing.charts.drawing import FONT_SIZE
from briefing.charts.common import kind_bars
from briefing.charts.textwidth import text_width
from briefing.i18n import strings

T = strings("de")
SVG = "{http://www.w3.org/2000/svg}"


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def bars_of(root: ET.Element) -> list[ET.Element]:
    """The data bars: rects inside the plot group, without the background card and legend swatches."""
    plot = root.find(f"{SVG}g")
    return [r for r in plot.findall(f"{SVG}rect")]


def texts(root: ET.Element) -> list[str]:
    return [t.text for t in root.iter(f"{SVG}text")]


def sample() -> Bars:
    rows = [{"actor": "Donald Trump", "kind": T["Person"], "mentions": 12},
            {"actor": "Mexiko", "kind": T["Land"], "mentions": 6},
            {"actor": "Weißes Haus", "kind": T["Organisation"], "mentions": 3}]
    return kind_bars(rows, label="actor", value="mentions", value_title=T["mentions"], labels=T)


def test_bars_are_proportional_and_in_row_order() -> None:
    root = parse(draw(sample(), "de"))
    bars = bars_of(root)
    widths = [float(b.get("width")) for b in bars]
    assert widths == sorted(widths, reverse=True)
    assert widths[0] == theme.BAR_WIDTH  # 12 is the last tick: the longest bar fills the plot
    assert abs(widths[1] / widths[0] - 6 / 12) < 0.01
    assert [float(b.get("y")) for b in bars] == [1, 21, 41]  # 20 px rows, 1 px gap like Vega's band padding
    labels = texts(root)
    assert labels.index("Donald Trump") < labels.index("Mexiko") < labels.index("Weißes Haus")


def test_bars_take_their_kind_colour_and_the_legend_lists_the_kinds_present() -> None:
    root = parse(draw(sample(), "de"))
    assert [b.get("fill") for b in bars_of(root)] == [theme.KIND_COLOURS[k] for k in ("Person", "Land", "Organisation")]
    legend = root.find(f"{SVG}g").find(f"{SVG}g[@transform]")
    assert [t.text for t in legend.iter(f"{SVG}text")] == ["Art", "Personen", "Länder", "Organisationen"]


def test_plain_bars_have_no_legend_and_the_primary_colour() -> None:
    chart = Bars(({"topic": "Handel", "articles": 4}, {"topic": "Energie", "articles": 1}), "topic", "articles",
                 T["articles"])
    root = parse(draw(chart, "de"))
    assert {b.get("fill") for b in bars_of(root)} == {theme.PRIMARY}
    assert "Art" not in texts(root)


def test_values_and_ticks_use_the_language_number_format() -> None:
    chart = Bars(({"label": "A", "n": 12345},), "label", "n", "Anzahl")
    assert "12.345" in texts(parse(draw(chart, "de")))
    assert "12,345" in texts(parse(draw(chart, "en")))


def test_hostile_labels_are_escaped_text() -> None:
    chart = Bars(({"label": '<script>alert(1)</script> & "x"', "n": 1},), "label", "n", "<b>Titel</b>")
    svg = draw(chart, "de")
    assert "<script>" not in svg and "<b>" not in svg
    assert '<script>alert(1)</script> & "x"' in texts(parse(svg))  # the parser reads back the very text


def test_the_label_column_fits_the_longest_label() -> None:
    svg = draw(sample(), "de")
    left = float(parse(svg).find(f"{SVG}g").get("transform").split("(")[1].split(",")[0])
    assert left >= theme.PADDING["left"] + text_width("Donald Trump", FONT_SIZE) + 7


def test_text_width_matches_vl_convert_measurement() -> None:
    # vl-convert measured the legend label "Personen" at 47.088 px (11 px Liberation Sans).
    assert abs(text_width("Personen", 11) - 47.08837890625) < 1e-9
    assert text_width("中国", 10) == 20  # wide characters: a full em each


def test_bar_ticks_are_integers_up_to_ten_then_nice_steps() -> None:
    assert bar_ticks(3) == [0, 1, 2, 3]
    assert bar_ticks(0) == [0, 1]
    assert bar_ticks(12) == list(range(13))
    assert bar_ticks(37) == [0, 5, 10, 15, 20, 25, 30, 35, 40]
    assert bar_ticks(81) == list(range(0, 91, 10))


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**9))
def test_bar_ticks_cover_the_maximum_evenly(maximum: int) -> None:
    ticks = bar_ticks(maximum)
    steps = {b - a for a, b in zip(ticks, ticks[1:])}
    assert ticks[0] == 0 and ticks[-1] >= maximum and len(steps) == 1 and len(ticks) <= 21
    assert ticks[-1] - next(iter(steps)) < max(maximum, 1)  # no empty step beyond the maximum


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.text(min_size=1, max_size=40), st.integers(min_value=0, max_value=10**6)),
                min_size=1, max_size=15))
def test_any_rows_give_well_formed_svg_with_one_bar_each(rows) -> None:
    chart = Bars(tuple({"label": label, "n": n} for label, n in rows), "label", "n", "Anzahl")
    root = parse(draw(chart, "de"))
    bars = bars_of(root)
    assert len(bars) == len(rows)
    assert all(0 <= float(b.get("width")) <= theme.BAR_WIDTH for b in bars)
    assert float(root.get("width")) >= theme.PADDING["left"] + theme.BAR_WIDTH


def test_the_vega_lite_spec_has_the_same_ticks_order_and_colours() -> None:
    chart = sample()
    spec = chart.to_dict()
    bars, text = (layer["encoding"] for layer in spec["layer"])
    assert bars["x"]["axis"]["values"] == bar_ticks(12) and bars["x"]["scale"]["domain"] == [0, 12]
    assert bars["y"]["sort"] == ["Donald Trump", "Mexiko", "Weißes Haus"]
    assert bars["color"]["scale"]["range"] == [theme.KIND_COLOURS[k] for k in ("Person", "Land", "Organisation")]
    assert text["text"]["format"] == ",d"


def figures() -> Dots:
    rows = [{"figure": "550 Milliarden Dollar", "value": 5.5e11, "unit": "USD", "amount": "550 Mrd. USD"},
            {"figure": "3000 Kilometer", "value": 3000.0, "unit": "km", "amount": "3.000 km"},
            {"figure": "<img src=x onerror=alert(1)>", "value": 10.0, "unit": "USD", "amount": "10 USD"}]
    return Dots(tuple(rows), (1.0, 1e3, 1e6, 1e9, 1e12), T["value_log"], T["unit"], "de")


def test_dots_sit_on_a_log_axis() -> None:
    root = parse(figures().svg("de"))
    plot = root.find(f"{SVG}g")
    usd = plot.findall(f"{SVG}circle")  # USD sorts first: circles in the first colour
    km = plot.findall(f"{SVG}rect")  # km second: squares
    assert len(usd) == 2 and len(km) == 1
    plot_w = theme.BAR_WIDTH - 80
    assert abs(float(usd[0].get("cx")) - plot_w * 11.74 / 12) < 0.5  # log10(5.5e11) = 11.74 of 12 decades
    assert abs(float(usd[1].get("cx")) - plot_w / 12) < 0.5
    assert {c.get("fill") for c in usd} == {theme.CATEGORY_RANGE[0]} and km[0].get("fill") == theme.CATEGORY_RANGE[1]


def test_dots_label_ticks_with_magnitudes_and_escape_labels() -> None:
    svg = figures().svg("de")
    labels = texts(parse(svg))
    assert {"1", "1.000", "1 Mio.", "1 Mrd.", "1 Bio."} <= set(labels)
    assert "550 Mrd. USD" in labels and "<img src=x onerror=alert(1)>" in labels
    assert "<img" not in svg
    legend = parse(svg).find(f"{SVG}g").find(f"{SVG}g[@transform]")
    assert [t.text for t in legend.iter(f"{SVG}text")] == ["Einheit", "USD", "km"]


def test_magnitude_labels_match_the_vega_expression() -> None:
    assert magnitude_label(1e13, "de") == "10 Bio." and magnitude_label(1e13, "en") == "10 trn"
    assert magnitude_label(100000.0, "de") == "100.000" and magnitude_label(2.5e9, "de") == "2,5 Mrd."
    assert "' Bio.'" in theme.magnitude_label_expr("de") and "' bn'" in theme.magnitude_label_expr("en")


@pytest.mark.parametrize("shape", SHAPES)
def test_every_shape_is_a_closed_filled_figure(shape) -> None:
    element = ET.fromstring(f'<svg xmlns="http://www.w3.org/2000/svg">{symbol(shape, 50, 50, "#000")}</svg>')[0]
    assert element.get("fill") == "#000"
    if element.tag.endswith("polygon"):
        xs = [float(p.split(",")[0]) for p in element.get("points").split()]
        assert len(xs) >= 3 and 40 < min(xs) < 50 < max(xs) < 60


def test_the_figures_spec_keeps_the_log_scale_and_ticks() -> None:
    spec = figures().to_dict()
    dots, text = (layer["encoding"] for layer in spec["layer"])
    assert dots["x"]["scale"] == {"type": "log", "domain": [1.0, 1e12]}
    assert dots["x"]["axis"]["values"] == [1.0, 1e3, 1e6, 1e9, 1e12]
    assert text["text"]["field"] == "amount"
