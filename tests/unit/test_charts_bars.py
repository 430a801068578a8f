"""Bar charts drawn in Python: geometry, labels, legend, escaping, and agreement with their Vega-Lite spec."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.charts import theme
from briefing.charts.bars import FONT_SIZE, Bars, bar_ticks, draw
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
    return kind_bars(rows, label="actor", value="mentions", value_title=T["mentions"],
                     kinds=["Person", "Land", "Organisation"], labels=T)


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
