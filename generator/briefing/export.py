"""Data export: articles, actors, mentions, quotes, figures and events as CSV and JSON under daten/.

Column names are a stable interface (documented in README "Data export"): add columns at the
end, never rename or reorder. Output is deterministic: rows in corpus order, no timestamps.
"""

from __future__ import annotations

import csv
import functools
import io
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO

from .corpus import Corpus
from .markup import csv_text
from .model import Article

EXPORT_DIR = "daten"


@dataclass(frozen=True, slots=True)
class ExportTable:
    """One exported table: written as daten/<name>.csv and daten/<name>.json."""

    name: str  # file stem, e.g. "artikel"
    columns: tuple[str, ...]
    rows: tuple[tuple, ...]

    @property
    def csv_path(self) -> str:
        return f"{EXPORT_DIR}/{self.name}.csv"

    @property
    def json_path(self) -> str:
        return f"{EXPORT_DIR}/{self.name}.json"


ARTICLE_COLUMNS = ("article", "title", "date", "source", "url", "authors", "language", "words", "file", "page")
ACTOR_COLUMNS = ("actor", "name", "kind", "role", "country", "registered", "mentions", "articles", "first_seen",
                 "last_seen", "page")
# "footnote" (appended, so older columns keep their place): the footnote number for items found in a
# footnote, whose sentence/start/end then count within that footnote's text; empty for the body.
MENTION_COLUMNS = ("article", "actor", "sentence", "start", "end", "text", "role", "metonym", "footnote")
# "speaker_text" (appended): the speaker phrase as written ("ein Sprecher des Ministeriums"), also without an actor.
QUOTE_COLUMNS = ("article", "kind", "speaker", "sentence", "start", "end", "text", "footnote", "speaker_text")
FIGURE_COLUMNS = ("article", "kind", "value", "unit", "qualifier", "refers_to", "sentence", "start", "end", "text",
                  "footnote")
EVENT_COLUMNS = ("date", "precision", "article", "sentence", "start", "end", "text", "sentence_text")


def _date(value) -> str | None:
    return value.iso() if value is not None else None


def _sentence_text(article: Article, index: int) -> str:
    sentences = article.analysis.sentences
    return sentences[index].span.of(article.text) if 0 <= index < len(sentences) else ""


def article_rows(corpus: Corpus) -> Iterator[tuple]:
    """One row per article, newest first (the corpus order)."""
    for a in corpus.articles:
        m = a.metadata
        yield (a.slug, m.title, _date(m.date), m.source, m.url, "; ".join(m.authors), m.language, a.word_count,
               a.document.raw.relpath, f"artikel/{a.slug}/")


def actor_rows(corpus: Corpus) -> Iterator[tuple]:
    """One row per actor with a page, in the order of the actors index."""
    for p in corpus.actors:
        actor = p.actor
        yield (actor.id, actor.name, actor.kind.value, actor.role, actor.country, actor.registered,
               p.mention_count, len(p.appearances), _date(p.first_seen), _date(p.last_seen), f"akteure/{p.slug}/")


def mention_rows(corpus: Corpus) -> Iterator[tuple]:
    """Every mention, by article then position in the text."""
    for a in corpus.articles:
        for m in sorted(a.analysis.mentions, key=lambda m: (m.span, m.actor_id)):
            yield (a.slug, m.actor_id, m.sentence, m.span.start, m.span.end, m.span.of(a.text), m.role, m.metonym,
                   None)
        for note, text in _notes(a):
            for m in sorted(note.mentions, key=lambda m: (m.span, m.actor_id)):
                yield (a.slug, m.actor_id, m.sentence, m.span.start, m.span.end, m.span.of(text), m.role, m.metonym,
                       note.number)


def quote_rows(corpus: Corpus) -> Iterator[tuple]:
    """Every quote, by article then position."""
    for a in corpus.articles:
        for q in sorted(a.analysis.quotes, key=lambda q: q.span):
            yield (a.slug, q.kind.value, q.speaker_id, q.sentence, q.span.start, q.span.end, q.span.of(a.text), None,
                   q.speaker_span.of(a.text) if q.speaker_span else None)
        for note, text in _notes(a):
            for q in sorted(note.quotes, key=lambda q: q.span):
                yield (a.slug, q.kind.value, q.speaker_id, q.sentence, q.span.start, q.span.end, q.span.of(text),
                       note.number, q.speaker_span.of(text) if q.speaker_span else None)


def figure_rows(corpus: Corpus) -> Iterator[tuple]:
    """Every figure with its normalised value, by article then position."""
    for a in corpus.articles:
        for f in sorted(a.analysis.figures, key=lambda f: f.span):
            yield (a.slug, f.kind.value, f.value, f.unit, f.qualifier, f.refers_to, f.sentence, f.span.start,
                   f.span.end, f.span.of(a.text), None)
        for note, text in _notes(a):
            for f in sorted(note.figures, key=lambda f: f.span):
                yield (a.slug, f.kind.value, f.value, f.unit, f.qualifier, f.refers_to, f.sentence, f.span.start,
                       f.span.end, f.span.of(text), note.number)


def _notes(article) -> Iterator[tuple]:
    """(NoteAnalysis, footnote text) of an article's analysed footnotes, in footnote order."""
    footnotes = article.document.footnotes
    for note in article.analysis.notes:
        if note.index < len(footnotes):
            yield note, footnotes[note.index].text


def event_rows(corpus: Corpus) -> Iterator[tuple]:
    """Every dated event, chronological (the timeline order)."""
    for e in corpus.timeline:
        d, a = e.date_ref, e.article
        yield (d.date.iso(), d.date.precision.value, a.slug, d.sentence, d.span.start, d.span.end, d.span.of(a.text),
               _sentence_text(a, d.sentence))


def export_tables(corpus: Corpus) -> tuple[ExportTable, ...]:
    """All exported tables, in the order the Daten page lists them."""
    return (
        ExportTable("artikel", ARTICLE_COLUMNS, tuple(article_rows(corpus))),
        ExportTable("akteure", ACTOR_COLUMNS, tuple(actor_rows(corpus))),
        ExportTable("nennungen", MENTION_COLUMNS, tuple(mention_rows(corpus))),
        ExportTable("zitate", QUOTE_COLUMNS, tuple(quote_rows(corpus))),
        ExportTable("zahlen", FIGURE_COLUMNS, tuple(figure_rows(corpus))),
        ExportTable("ereignisse", EVENT_COLUMNS, tuple(event_rows(corpus))),
    )


def _csv_cell(value: object) -> object:
    # Empty for unknown; booleans as true/false like the JSON; text that a spreadsheet would run as a
    # formula gets a leading "'"; everything else as Python prints it.
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return csv_text(value)


def write_csv(columns: Sequence[str], rows: Iterable[tuple], handle: IO[bytes]) -> None:
    """RFC 4180 CSV, UTF-8, comma-separated, header row of the column names, LF line ends, row by row."""
    text = io.TextIOWrapper(handle, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_cell(v) for v in row])
    text.detach()  # the caller closes the file


_JSON = json.JSONEncoder(ensure_ascii=False)


def write_json(columns: Sequence[str], rows: Iterable[tuple], handle: IO[bytes]) -> None:
    """A JSON array of objects (keys in column order, null for unknown), UTF-8, one object per line."""
    first = True
    encode = _JSON.encode  # json.dumps(..., ensure_ascii=False) builds a new encoder for each of 500,000 rows
    for row in rows:
        line = encode(dict(zip(columns, row, strict=True)))
        handle.write((("[\n" if first else ",\n") + line).encode("utf-8"))
        first = False
    handle.write(b"[]\n" if first else b"\n]\n")


def to_csv(columns: Sequence[str], rows: Sequence[tuple]) -> bytes:
    """The CSV file as bytes (write_csv)."""
    out = io.BytesIO()
    write_csv(columns, rows, out)
    return out.getvalue()


def to_json(columns: Sequence[str], rows: Sequence[tuple]) -> bytes:
    """The JSON file as bytes (write_json)."""
    out = io.BytesIO()
    write_json(columns, rows, out)
    return out.getvalue()


def export_files(tables: Sequence[ExportTable]) -> Iterator[tuple[str, Callable[[IO[bytes]], None]]]:
    """(docs path, writer) of every CSV and JSON file for site.write_docs(extra_files=...): the files are
    written row by row, so the largest (every mention of every actor) is never whole in memory."""
    for table in tables:
        yield table.csv_path, functools.partial(write_csv, table.columns, table.rows)
        yield table.json_path, functools.partial(write_json, table.columns, table.rows)
