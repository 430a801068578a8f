"""The cross-article views the templates get besides the corpus: charts, related articles, data export."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from .model import EMPTY_PLAN, ChartPlan


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


def view_files(views: Views, cache_dir: Path, *, workers: int | None = None) -> list[tuple[str, bytes]]:
    """(docs path, bytes) of every chart SVG + CSV and every export file, for write_docs(extra_files=...)."""
    from ..export import export_files
    from .svg import render_cached

    plan = views.charts
    svgs = render_cached({ref.key: ref.source for ref in plan}, cache_dir, plan.language, workers=workers)
    files = []
    for ref in plan:
        files.append((ref.svg_path, svgs[ref.key]))
        files.append((ref.csv_path, ref.csv_bytes()))
    return [*files, *export_files(views.exports)]
