"""Charts are data: assert on chart.to_dict() (fields, encodings, values), never on pixels."""

from __future__ import annotations

import json

import pytest

from briefing.charts import actor as actor_charts
from briefing.charts import article as article_charts
from briefing.charts import overview, theme
from briefing.charts.common import count_ticks, truncate, unique_labels
from briefing.charts.plan import plan_charts
from briefing.i18n import strings
from test_charts_builders import make_article, sample_corpus

T = strings("de")


@pytest.fixture(scope="module")
def corpus():
    return sample_corpus()


def layer_encodings(spec: dict) -> list[dict]:
    return [layer["encoding"] for layer in spec.get("layer", [spec])]


def test_top_actors_rows_are_ranked_and_exclude_treaties(corpus) -> None:
    rows = overview.top_actors_rows(corpus, T)
    assert [r["actor"] for r in rows[:2]] == ["Donald Trump", "Mexiko"]  # tie on 3 mentions: by name
    assert rows[0] == {"actor": "Donald Trump", "kind": "Personen", "mentions": 3, "articles": 2,
                       "slug": "donald-trump"}
    assert "USMCA" not in {r["actor"] for r in rows}  # a treaty is not an actor


def test_top_actors_chart_encodes_mentions_by_actor_coloured_by_kind(corpus) -> None:
    rows = overview.top_actors_rows(corpus, T)
    spec = overview.top_actors_chart(rows, T).to_dict()
    bars, text = layer_encodings(spec)
    assert bars["x"]["field"] == "mentions" and bars["x"]["type"] == "quantitative"
    assert bars["y"]["field"] == "actor" and bars["y"]["sort"] == [r["actor"] for r in rows]
    assert bars["color"]["scale"]["domain"] == ["Personen", "Länder", "Organisationen"]
    assert bars["color"]["scale"]["range"] == [theme.KIND_COLOURS[k] for k in ("Person", "Land", "Organisation")]
    assert text["text"]["field"] == "mentions"
    assert spec["data"]["values"] == rows
    assert bars["x"]["axis"]["values"] == [0, 1, 2, 3]  # integer ticks only
    assert bars["x"]["axis"]["format"] == ",d"


def test_every_chart_is_self_contained(corpus) -> None:
    for ref in plan_charts(corpus, "de"):
        assert "font" not in ref.spec.get("config", {})  # the theme is applied once, at render time
        assert "url" not in json.dumps(ref.spec["data"])  # inline values: nothing to fetch


def test_theme_uses_system_fonts_and_a_print_safe_card() -> None:
    config = theme.config()
    assert config["font"].startswith("Arial") and "sans-serif" in config["font"]
    assert config["background"] == "#ffffff"
    assert theme.time_format_locale("de")["shortMonths"][0] == "Jan."


def test_heatmap_has_every_actor_and_article_on_its_axes(corpus) -> None:
    cells, actors, articles = overview.heatmap_rows(corpus)
    assert articles == ["Mexiko und die USA", "Trump und Trudeau: USMCA", "Japan und USA"]  # newest first
    assert "USMCA" not in actors
    assert {"actor": "Mexiko", "article": "Mexiko und die USA", "mentions": 2} in cells
    assert all(c["mentions"] > 0 for c in cells)
    rect, text = layer_encodings(overview.heatmap_chart(cells, actors, articles, T).to_dict())
    assert rect["x"]["scale"]["domain"] == actors and rect["y"]["scale"]["domain"] == articles
    assert rect["color"]["field"] == "mentions"
    assert text["text"]["field"] == "mentions"


def test_timeline_rows_count_events_per_month_and_report_year_only_dates(corpus) -> None:
    rows, monthly, skipped, before = overview.timeline_rows(corpus, "de")
    assert before is None  # three years: drawn whole
    assert monthly  # the dated events span less than four years
    assert rows == [{"period": "2021-01-01", "label": "Jan. 2021", "events": 1},
                    {"period": "2021-03-01", "label": "März 2021", "events": 1}]
    assert skipped == 1  # "2018" is known only to the year
    spec = overview.timeline_chart(rows, monthly, T).to_dict()
    assert spec["encoding"]["x"]["timeUnit"] == "utcyearmonth"  # UTC: no local time zone shifts a month
    assert spec["encoding"]["x"]["axis"]["format"] == "%b %Y"


def test_cooccurrence_is_symmetric_and_keeps_actor_ids(corpus) -> None:
    cells, labels, _ = overview.cooccurrence_rows(corpus)
    pairs = {(c["a"], c["b"]): c["articles"] for c in cells}
    assert pairs[("Donald Trump", "Mexiko")] == pairs[("Mexiko", "Donald Trump")] == 2
    assert all(a != b for a, b in pairs)
    assert {"a_id", "b_id"} <= set(cells[0])
    spec = overview.cooccurrence_chart(cells, labels, T).to_dict()
    assert spec["layer"][0]["encoding"]["x"]["scale"]["domain"] == labels


def test_figure_rows_skip_percentages_and_format_german_amounts(corpus) -> None:
    article = next(a for a in corpus.articles if a.slug == "mexiko")
    rows = article_charts.figure_rows(article, "de")
    assert [(r["figure"], r["amount"]) for r in rows] == [("550 Milliarden Dollar", "550 Mrd. USD"),
                                                          ("3.000 Firmen", "3.000 Firmen")]
    spec = article_charts.figures_chart(rows, T, "de").to_dict()
    dots, text = layer_encodings(spec)
    assert dots["x"]["scale"]["type"] == "log"
    assert dots["x"]["axis"]["values"] == [1e3, 1e5, 1e7, 1e9, 1e11, 1e13]
    assert "Mrd." in dots["x"]["axis"]["labelExpr"]
    assert text["text"]["field"] == "amount"


def test_decade_ticks_cover_the_values_with_few_labels() -> None:
    assert article_charts.decade_ticks([5.0, 50.0]) == [1.0, 10.0, 100.0]
    assert article_charts.decade_ticks([7.0]) == [1.0, 10.0]
    assert len(article_charts.decade_ticks([1.0, 3e13])) <= 7


def test_article_mentions_rows(corpus) -> None:
    article = next(a for a in corpus.articles if a.slug == "usmca")
    rows = article_charts.article_mentions_rows(article, T)
    assert [(r["actor"], r["mentions"]) for r in rows][:2] == [("Donald Trump", 2), ("Justin Trudeau", 1)]
    spec = article_charts.article_mentions_chart(rows, T).to_dict()
    assert spec["layer"][0]["encoding"]["color"]["scale"]["domain"] == ["Personen", "Länder", "Vereinbarungen"]


def test_actor_trend_is_chronological_per_article(corpus) -> None:
    rows, monthly = actor_charts.trend_rows(corpus.profile("donald-trump"), T, "de")
    assert not monthly
    assert [r["article"] for r in rows] == ["1. Okt. 2018 · Trump und Trudeau: USMCA",
                                            "20. Jan. 2021 · Mexiko und die USA"]
    assert [r["mentions"] for r in rows] == [2, 1]


def test_actor_trend_sums_per_month_when_many_articles() -> None:
    from briefing.corpus import build_corpus

    articles = [make_article(f"a{i}", [f"Trump spricht {i}."], date=(2020, 1 + i % 3, 1 + i)) for i in range(30)]
    profile = build_corpus(articles, ()).profile("donald-trump")
    rows, monthly = actor_charts.trend_rows(profile, T, "de")
    assert monthly
    assert [r["period"] for r in rows] == ["2020-01-01", "2020-02-01", "2020-03-01"]
    assert sum(r["mentions"] for r in rows) == 30
    spec = actor_charts.trend_chart(rows, monthly, T).to_dict()
    assert spec["encoding"]["x"]["type"] == "temporal"


def test_co_actor_rows_link_to_profiles(corpus) -> None:
    rows = actor_charts.co_actor_rows(corpus.profile("donald-trump"), corpus, T)
    assert rows[0] == {"actor": "Mexiko", "kind": "Länder", "articles": 2, "slug": "mexiko"}


def test_labels_helpers() -> None:
    assert unique_labels(["Paris", "Rom", "Paris"]) == ["Paris", "Rom", "Paris (2)"]
    assert truncate("Ein sehr langer Titel über Handel", 16) == "Ein sehr langer…"
    assert count_ticks(3) == [0, 1, 2, 3] and count_ticks(0) == [0, 1] and count_ticks(500) is None


def test_plan_keys_paths_and_thresholds(corpus, monkeypatch) -> None:
    from briefing.charts import plan as plan_module

    # Trump is in two of the three articles: below the default threshold, above a lowered one.
    assert "akteure/donald-trump/verlauf" not in {ref.key for ref in plan_charts(corpus, "de")}
    monkeypatch.setattr(plan_module, "TREND_MIN_ARTICLES", 2)
    plan = plan_charts(corpus, "de")
    keys = {ref.key for ref in plan}
    assert {"start/akteure", "start/themen", "start/heatmap", "zeitleiste", "netzwerk",
            "artikel/mexiko/akteure", "artikel/mexiko/zahlen", "akteure/donald-trump/verlauf",
            "akteure/donald-trump/umfeld"} <= keys
    assert "artikel/usmca/zahlen" not in keys  # one figure: no chart
    assert "akteure/japan/verlauf" not in keys  # one article: no trend
    assert "akteure/japan/umfeld" not in keys  # every co-actor shares one article: no chart
    ref = plan.get("start/akteure")
    assert ref.svg_path == "grafiken/start/akteure.svg" and ref.csv_path == "grafiken/start/akteure.csv"
    assert plan.get("nope") is None


def test_plan_is_deterministic(corpus) -> None:
    first = [(r.key, json.dumps(r.spec, sort_keys=True)) for r in plan_charts(corpus, "de")]
    second = [(r.key, json.dumps(r.spec, sort_keys=True)) for r in plan_charts(sample_corpus(), "de")]
    assert first == second


def test_alt_text_and_table_escape_hostile_names(corpus) -> None:
    ref = plan_charts(corpus, "de").get("start/akteure")
    assert "<script>alert(1)</script>" in ref.alt  # plain text here; templates escape it
    assert ref.alt.startswith("Balkendiagramm: Meistgenannte Akteure. Donald Trump: 3; Mexiko: 3;")
    table = ref.table_markdown("de")
    assert "<script>" not in table and "&lt;script&gt;" in table
    assert table.splitlines()[1].strip() == "|---|---|---:|---:|"
    assert ref.csv_bytes().decode().splitlines()[0] == "actor,kind,mentions,articles"


def test_table_uses_german_number_format() -> None:
    from briefing.charts.model import ChartRef, constant

    ref = ChartRef("x", "X", "x", constant({}), ("n",), ("Zahl",), ({"n": 1234567.5},))
    assert ref.table("de").rows == (("1.234.567,5",),)
    assert ref.table("en").rows == (("1,234,567.5",),)


def test_svg_is_rendered_offline_with_german_locale_and_cached(tmp_path, corpus) -> None:
    from briefing.charts.svg import chart_key, render_cached

    ref = plan_charts(corpus, "de").get("artikel/mexiko/zahlen")
    svgs = render_cached({ref.key: ref.source}, tmp_path, "de")
    svg = svgs[ref.key].decode("utf-8")
    assert svg.startswith("<svg") and "550 Mrd. USD" in svg and "10 Mio." in svg
    assert 'fill="#ffffff"' in svg and "Arial" in svg  # the theme is applied at render time
    cached = tmp_path / f"{chart_key(ref.source, 'de')}.svg"
    assert cached.read_bytes() == svgs[ref.key]
    cached.write_text("<svg>from cache</svg>")
    assert render_cached({ref.key: ref.source}, tmp_path, "de")[ref.key] == b"<svg>from cache</svg>"


def test_svg_text_from_articles_cannot_become_markup(tmp_path, corpus) -> None:
    from briefing.charts.svg import render_cached

    ref = plan_charts(corpus, "de").get("start/akteure")
    svg = render_cached({ref.key: ref.source}, tmp_path, "de")[ref.key].decode("utf-8")
    assert "<script" not in svg
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in svg


def test_chart_key_changes_with_data_and_language(corpus) -> None:
    from briefing.charts.svg import chart_key

    plan = plan_charts(corpus, "de")
    ref = plan.get("start/themen")
    assert chart_key(ref.source, "de") == chart_key(plan_charts(sample_corpus(), "de").get("start/themen").source, "de")
    assert chart_key(ref.source, "de") != chart_key(ref.source, "en")
    assert chart_key(ref.source, "de") != chart_key(plan.get("start/akteure").source, "de")


def test_chart_files_already_in_docs_are_neither_rendered_nor_rewritten(tmp_path, corpus) -> None:
    from briefing.charts.views import ChartFileMemo, build_views, view_files
    from briefing.site import write_docs

    views = build_views(corpus, "de")
    docs, cache = tmp_path / "docs", tmp_path / "cache"

    def build() -> dict:
        memo = ChartFileMemo(cache, docs)
        files = list(view_files(views, cache / "charts", workers=1, memo=memo))
        memo.forget()
        write_docs([], docs, files)
        memo.save()
        return {path: data for path, data in files if path.startswith("grafiken/")}

    first = build()
    assert first and all(data is not None for data in first.values())
    second = build()
    assert second.keys() == first.keys() and all(data is None for data in second.values())
    victim = next(p for p in first if p.endswith(".svg"))
    (docs / victim).write_text("<svg/>", encoding="utf-8")  # touched by hand: no longer current
    third = build()
    assert third[victim] == first[victim] and (docs / victim).read_bytes() == first[victim]
    assert sum(data is not None for data in third.values()) == 2  # that chart's SVG and CSV only


def test_a_timeline_over_centuries_charts_the_recent_years_and_counts_the_rest() -> None:
    assert overview.first_charted_year([1066, 1492, *range(2000, 2025), *range(2000, 2025)] * 2) == 2000
    assert overview.first_charted_year([1871] + [2020] * 10 + [2021] * 9) == 2020
    assert overview.first_charted_year(list(range(2000, 2025))) is None  # a narrow span is drawn whole
    assert overview.first_charted_year([1900] * 99 + [2020]) is None  # nothing earlier to leave out
