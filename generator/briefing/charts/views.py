"""The cross-article views the templates get besides the corpus: charts, related articles, data export."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from ..incremental import read_json_object
from .model import EMPTY_PLAN, ChartPlan

CHART_MEMO = "chart-files.json"


@dataclass(frozen=True, slots=True)
class Views:
    charts: ChartPlan = EMPTY_PLAN
    related: Mapping[str, tuple] = field(default_factory=lambda: MappingProxyType({}))  # slug -> Related
    exports: tuple = ()  # ExportTable


EMPTY_VIEWS = Views()


def build_views(corpus, language: str) -> Views:
    """Plan every chart, index related articles and assemble the export tables (no rendering yet)."""
    from ..export import export_tables
    from ..related import related_index
    from .plan import plan_charts

    return Views(plan_charts(corpus, language), related_index(corpus), export_tables(corpus))


class ChartFileMemo:
    """Which chart files in build/docs are current: the chart key they were written for, their size and mtime.

    With it an unchanged chart is neither read from the SVG cache nor compared with its file again: an
    archive has 30,000 charts (60,000 files with their CSVs) and one new article changes a handful.
    """

    def __init__(self, cache_dir: Path, docs_dir: Path) -> None:
        self.file = cache_dir / CHART_MEMO
        self.docs_dir = docs_dir
        self._old = read_json_object(self.file)
        self._new: dict[str, str] = {}

    def current(self, path: str, key: str) -> bool:
        """True when docs/<path> is the file written for chart `key` and nobody touched it since."""
        record = self._old.get(path)
        if not isinstance(record, list) or len(record) != 3 or record[0] != key:
            return False
        try:
            stat = (self.docs_dir / path).stat()
        except OSError:
            return False
        return [stat.st_size, stat.st_mtime_ns] == record[1:]

    def record(self, path: str, key: str) -> None:
        """Note that docs/<path> holds chart `key` after this build's write."""
        self._new[path] = key

    def save(self) -> None:
        """Write the records (call after the docs are written)."""
        records = {}
        for path, key in self._new.items():
            try:
                stat = (self.docs_dir / path).stat()
            except OSError:
                continue
            records[path] = [key, stat.st_size, stat.st_mtime_ns]
        self.file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.file.with_name(f"{CHART_MEMO}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(records, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, self.file)

    def forget(self) -> None:
        """Drop the records (the docs folder is about to be written)."""
        self.file.unlink(missing_ok=True)


def view_files(views: Views, cache_dir: Path, *, workers: int | None = None,
               memo: ChartFileMemo | None = None) -> Iterator[tuple[str, bytes | None]]:
    """(docs path, bytes) of every chart SVG + CSV and every export file, for write_docs(extra_files=...).

    The charts are drawn now; the files are made one at a time as write_docs takes them, so an archive's
    SVGs, CSVs and data exports (hundreds of MB) are never all in memory. With a memo, files already
    current in build/docs come as (path, None): write_docs keeps them.
    """
    from .svg import chart_key, render_missing

    plan = views.charts
    keys = {ref.key: chart_key(ref.source, plan.language) for ref in plan}
    fresh = [ref for ref in plan if memo is None or not (memo.current(ref.svg_path, keys[ref.key])
                                                         and memo.current(ref.csv_path, keys[ref.key]))]
    svgs = render_missing({ref.key: ref.source for ref in fresh}, cache_dir, plan.language, workers=workers,
                          keys=keys)
    if memo is not None:
        for ref in plan:
            memo.record(ref.svg_path, keys[ref.key])
            memo.record(ref.csv_path, keys[ref.key])
    return _files(plan, svgs, views.exports)


def _files(plan: ChartPlan, svgs: Mapping[str, Path], exports: tuple) -> Iterator[tuple[str, bytes | None]]:
    from ..export import export_files

    for ref in plan:
        if ref.key in svgs:
            yield ref.svg_path, svgs[ref.key].read_bytes()
            yield ref.csv_path, ref.csv_bytes()
        else:
            yield ref.svg_path, None
            yield ref.csv_path, None
    yield from export_files(exports)
