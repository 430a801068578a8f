"""Data export: stable columns, deterministic bytes, CSV and JSON agree, unknown stays empty/null."""

from __future__ import annotations

import csv
import io
import json

from briefing import export
from test_charts_builders import sample_corpus


def tables():
    return {t.name: t for t in export.export_tables(sample_corpus())}


def test_table_names_and_paths_are_stable() -> None:
    names = [t.name for t in export.export_tables(sample_corpus())]
    assert names == ["artikel", "akteure", "nennungen", "zitate", "zahlen", "ereignisse"]
    assert tables()["artikel"].csv_path == "daten/artikel.csv"
    assert tables()["artikel"].json_path == "daten/artikel.json"


def test_columns_are_the_documented_ones() -> None:
    # Changing these breaks users' scripts: add columns at the end, and update README "Data export".
    assert export.ARTICLE_COLUMNS == ("article", "title", "date", "source", "url", "authors", "language", "words",
                                      "file", "page")
    assert export.MENTION_COLUMNS == ("article", "actor", "sentence", "start", "end", "text", "role", "metonym",
                                      "footnote")
    assert export.EVENT_COLUMNS[:3] == ("date", "precision", "article")


def test_readme_documents_every_column() -> None:
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Data export", 1)[1].split("\n## ", 1)[0]
    for table in export.export_tables(sample_corpus()):
        assert f"daten/{table.name}" in section
        for column in table.columns:
            assert f"`{column}`" in section, (table.name, column)


def test_rows_carry_spans_and_text() -> None:
    t = tables()
    mention = t["nennungen"].rows[0]
    assert dict(zip(export.MENTION_COLUMNS, mention))["text"] in {"Mexiko", "USA", "Trump"}
    quotes = [dict(zip(export.QUOTE_COLUMNS, r)) for r in t["zitate"].rows]
    assert quotes == [{"article": "usmca", "kind": "direct", "speaker": "donald-trump", "sentence": 2,
                       "start": quotes[0]["start"], "end": quotes[0]["end"], "text": "Das ist der beste Deal",
                       "footnote": None, "speaker_text": "Trump"}]
    figures = [dict(zip(export.FIGURE_COLUMNS, r)) for r in t["zahlen"].rows]
    assert {(f["value"], f["unit"]) for f in figures} >= {(5.5e11, "USD"), (25.0, "%")}
    events = [dict(zip(export.EVENT_COLUMNS, r)) for r in t["ereignisse"].rows]
    assert [e["date"] for e in events] == ["2018", "2021-01-20", "2021-03"]  # chronological
    assert events[0]["precision"] == "year"


def test_csv_and_json_agree_and_unknown_is_empty_or_null() -> None:
    table = tables()["artikel"]
    rows = list(csv.DictReader(io.StringIO(export.to_csv(table.columns, table.rows).decode("utf-8"))))
    data = json.loads(export.to_json(table.columns, table.rows))
    assert [r["article"] for r in rows] == [d["article"] for d in data] == ["mexiko", "usmca", "japan"]
    japan_csv, japan_json = rows[2], data[2]
    assert japan_csv["date"] == "" and japan_json["date"] is None
    assert list(japan_json) == list(table.columns)
    assert japan_json["page"] == "artikel/japan/"


def test_booleans_and_hostile_text_survive() -> None:
    table = tables()["akteure"]
    text = export.to_csv(table.columns, table.rows).decode("utf-8")
    assert "<script>alert(1)</script>" in text  # data files keep the text as it is; only pages escape
    assert ",false," in text and ",true," in text
    data = json.loads(export.to_json(table.columns, table.rows))
    assert {d["registered"] for d in data} == {True, False}


def test_export_is_deterministic() -> None:
    def files() -> list[tuple[str, bytes]]:
        out = []
        for path, writer in export.export_files(export.export_tables(sample_corpus())):
            buffer = io.BytesIO()
            writer(buffer)  # streamed, as write_docs writes them
            out.append((path, buffer.getvalue()))
        return out

    first, second = files(), files()
    assert first == second
    assert first[1][1] == export.to_json(export.export_tables(sample_corpus())[0].columns,
                                         export.export_tables(sample_corpus())[0].rows)
    assert [p for p, _ in first][:2] == ["daten/artikel.csv", "daten/artikel.json"]


def test_empty_tables_are_valid_files() -> None:
    assert export.to_json(("a",), ()) == b"[]\n"
    assert export.to_csv(("a", "b"), ()) == b"a,b\n"


def test_footnote_items_are_exported_with_their_number(generated_sample) -> None:
    import json

    figures = json.loads((generated_sample.docs_dir / "daten" / "zahlen.json").read_text(encoding="utf-8"))
    in_notes = {(f["text"], f["value"], f["footnote"]) for f in figures if f["footnote"] is not None}
    assert ("560 Mrd. US$", 5.6e11, 3) in in_notes
    mentions = json.loads((generated_sample.docs_dir / "daten" / "nennungen.json").read_text(encoding="utf-8"))
    assert any(m["actor"] == "marta-barcena" and m["footnote"] == 7 for m in mentions)
    assert all(m["footnote"] is None for m in mentions if m["article"] == "japan-usa-allianz")
