"""What a chart is to the rest of the site: spec, file paths, data table, alt text (no Altair import here)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from ..formatting import format_number
from ..markup import Md, csv_text, escape


@dataclass(frozen=True, slots=True)
class Table:
    """The data behind a chart as display strings: shown collapsed under it and written as CSV."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _plain(value: object) -> object:
    """JSON fallback for the arguments of a chart builder (read-only mappings, tuples)."""
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"not JSON-able: {type(value).__name__}")


@dataclass(frozen=True, slots=True)
class ChartSource:
    """How to draw a chart: a builder function and its (JSON-able) arguments.

    Building an Altair chart costs milliseconds; thousands of actor pages make that minutes.
    The builder runs only when the SVG is not cached: the cache key is the recipe, not the spec.
    """

    builder: Callable[..., object]  # returns charts.bars.Bars, an Altair chart or a Vega-Lite dict
    args: tuple = ()

    def build(self) -> object:
        """The chart object the builder makes (builds it now)."""
        return self.builder(*self.args)

    def spec(self) -> Mapping:
        """The Vega-Lite spec (builds the chart now)."""
        return spec_of(self.build())

    def recipe(self) -> str:
        """Stable text naming the builder and its arguments (the chart code itself is hashed elsewhere)."""
        name = f"{self.builder.__module__}.{self.builder.__qualname__}"
        return json.dumps([name, self.args], sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                          default=_plain)


def spec_of(chart: object) -> Mapping:
    """The Vega-Lite spec of a built chart (a dict already, or anything with Altair's to_dict)."""
    # validate=False: the specs are built by our own tested functions; validation costs ~10 ms a chart.
    return chart if isinstance(chart, Mapping) else chart.to_dict(validate=False)


def constant(spec: Mapping) -> ChartSource:
    """A source for a ready-made spec (tests, hand-written charts)."""
    return ChartSource(_identity, (spec,))


def _identity(spec: Mapping) -> Mapping:
    return spec


@dataclass(frozen=True, slots=True)
class ChartRef:
    """One chart: its spec, where its SVG and CSV live, and what a reader without the image gets."""

    key: str  # e.g. "artikel/japan-usa-allianz/akteure"; files grafiken/<key>.svg and .csv
    title: str
    alt: str  # plain text; templates escape it
    source: ChartSource
    columns: tuple[str, ...]  # row keys shown in the table and written to the CSV, in order
    header: tuple[str, ...]  # display names of those columns
    rows: tuple[Mapping, ...]
    note: str = ""

    @property
    def spec(self) -> Mapping:
        """The Vega-Lite spec (built on each access; the build pipeline only needs it for uncached SVGs)."""
        return self.source.spec()

    @property
    def svg_path(self) -> str:
        return f"grafiken/{self.key}.svg"

    @property
    def csv_path(self) -> str:
        return f"grafiken/{self.key}.csv"

    def table(self, language: str) -> Table:
        """Display strings of the data behind the chart (numbers in the site's format)."""
        def cell(value: object) -> str:
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return format_number(value, language)
            return str(value)
        return Table(self.header, tuple(tuple(cell(r[c]) for c in self.columns) for r in self.rows))

    def table_markdown(self, language: str, indent: int = 4) -> Md:
        """The data table as escaped Markdown, indented to sit inside a collapsed admonition."""
        table = self.table(language)
        pad = " " * indent
        numeric = [all(_is_number(r[c]) for r in self.rows) and bool(self.rows) for c in self.columns]
        lines = ["| " + " | ".join(escape(h) for h in table.header) + " |",
                 "|" + "|".join("---:" if n else "---" for n in numeric) + "|"]
        lines += ["| " + " | ".join(escape(v) for v in row) + " |" for row in table.rows]
        return Md("\n".join(pad + line for line in lines))

    def csv_bytes(self) -> bytes:
        """The rows as CSV (UTF-8, comma, header = the column keys, numbers as Python writes them)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.columns)
        for row in self.rows:
            writer.writerow([csv_text(row[c]) for c in self.columns])
        return out.getvalue().encode("utf-8")


@dataclass(frozen=True, slots=True)
class ChartPlan:
    language: str
    charts: Mapping[str, ChartRef]

    def get(self, key: str) -> ChartRef | None:
        """The chart with this key, or None when the page has no such chart (too little data)."""
        return self.charts.get(key)

    def __iter__(self) -> Iterator[ChartRef]:
        return iter(self.charts[k] for k in sorted(self.charts))

    def __len__(self) -> int:
        return len(self.charts)


EMPTY_PLAN = ChartPlan("de", MappingProxyType({}))
