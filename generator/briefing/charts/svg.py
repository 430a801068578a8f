"""Charts -> SVG, offline, cached by the hash of the chart's recipe: bar charts drawn in Python
(charts.bars), everything else from its Vega-Lite spec with vl-convert.

vl-convert embeds a JavaScript engine that does not survive fork(); many charts are rendered in
spawn-started worker processes, a handful in-process (starting a worker costs more than ~20 charts).
"""

from __future__ import annotations

import functools
import hashlib
import json
import multiprocessing
import os
from collections.abc import Mapping
from pathlib import Path

import vl_convert

from . import theme
from .model import ChartSource, spec_of

# Below this many uncached charts, worker start-up (~1 s each) costs more than it saves.
PARALLEL_THRESHOLD = 60


# The code that turns a recipe into a drawing: the chart builders and the number/label formatting
# they use. Analyzer changes do not touch it, so they do not throw thousands of SVGs away.
_DRAWING_CODE = ("charts", "formatting.py", "i18n.py", "markup.py")


@functools.cache
def _environment() -> str:
    """What every chart depends on besides its recipe: drawing code, theme and renderer version."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for name in _DRAWING_CODE:
        path = package / name
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.relative_to(package).as_posix().encode())
            digest.update(file.read_bytes())
    payload = json.dumps({"code": digest.hexdigest(), "config": theme.config(), "vl_convert": vl_convert.__version__},
                         sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def chart_key(source: ChartSource, language: str) -> str:
    """Cache key of a chart: its recipe, the language, the code, theme and renderer version."""
    payload = "\0".join((_environment(), language, source.recipe()))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def render_svg(spec: Mapping, language: str) -> str:
    """Render one Vega-Lite spec to SVG in the site's theme; no URL may be fetched (allowed_base_urls=[])."""
    # The theme is applied here rather than with chart.configure(): Altair validates a config
    # on every chart (~6 ms each), and one place keeps every chart alike.
    return vl_convert.vegalite_to_svg(
        dict(spec), config=theme.config(), allowed_base_urls=[], format_locale=theme.format_locale(language),
        time_format_locale=theme.time_format_locale(language))


def _render_job(job: tuple[str, Mapping, str]) -> tuple[str, str]:
    key, spec, language = job
    return key, render_svg(spec, language)


def _store(cache_dir: Path, key: str, svg: str) -> None:
    target = cache_dir / f"{key}.svg"
    tmp = target.with_name(f"{key}.{os.getpid()}.tmp")
    tmp.write_bytes(svg.encode("utf-8"))
    os.replace(tmp, target)


def render_missing(sources: Mapping[str, ChartSource], cache_dir: Path, language: str, *,
                   workers: int | None = None, keys: Mapping[str, str] | None = None) -> dict[str, Path]:
    """Draw every chart not yet in build/cache/charts; the cached SVG file of each (keyed like `sources`).

    Nothing is kept in memory: an archive's 30,000 SVGs are read one at a time when they are written.
    `keys` are the chart keys when the caller has them already.
    """
    cache_dir.mkdir(parents=True, exist_ok=True)
    paths = {name: cache_dir / f"{keys[name] if keys else chart_key(source, language)}.svg"
             for name, source in sources.items()}
    jobs = {}
    for name in sorted(sources):
        path = paths[name]
        if path.stem in jobs or path.exists():  # a chart drawn a moment ago for an equal key exists too
            continue
        chart = sources[name].build()  # only uncached charts are built
        if hasattr(chart, "svg"):  # drawn in Python (charts.bars, charts.dots): no renderer needed
            _store(cache_dir, path.stem, chart.svg(language))
        else:
            jobs[path.stem] = (path.stem, spec_of(chart), language)
    workers = workers if workers is not None else min(4, os.cpu_count() or 1)
    if len(jobs) >= PARALLEL_THRESHOLD and workers > 1:
        # spawn, never fork: a forked vl-convert (Deno/V8) hangs.
        with multiprocessing.get_context("spawn").Pool(workers) as pool:
            for digest, svg in pool.imap_unordered(_render_job, jobs.values(), chunksize=8):
                _store(cache_dir, digest, svg)
    else:
        for job in jobs.values():
            _store(cache_dir, *_render_job(job))
    return paths


def render_cached(sources: Mapping[str, ChartSource], cache_dir: Path, language: str, *,
                  workers: int | None = None) -> dict[str, bytes]:
    """SVG bytes for every chart (keyed like `sources`), from build/cache/charts or freshly rendered."""
    paths = render_missing(sources, cache_dir, language, workers=workers)
    return {name: path.read_bytes() for name, path in paths.items()}
