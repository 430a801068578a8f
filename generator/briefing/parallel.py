"""Analyse many input files on all cores, with the per-article cache in front.

Workers are started with "spawn", never "fork": vl-convert and other native libraries hang in
forked children, and spawn gives each worker a clean interpreter.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .analysis import Resources
from .cache import ArticleCache, dumps_fast
from .model import Article, Problem

# Below this many uncached files, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 24
CHUNK = 8


@dataclass(frozen=True, slots=True)
class Job:
    path: Path
    relpath: str
    articles_dir: Path


Outcome = Article | Problem
_worker_resources: Resources | None = None  # set once per worker process by _init_worker


def _init_worker(resources: Resources) -> None:
    global _worker_resources  # noqa: PLW0603 - one read-only value per worker process
    _worker_resources = resources


def _run_job(job: Job) -> bytes | Problem:
    """An article comes back pickled in the cache's fast format: the main process loads it faster and
    writes the same bytes to the cache instead of pickling the article a second time."""
    from .pipeline import analyse_or_problem

    assert _worker_resources is not None
    outcome = analyse_or_problem(job.path, job.relpath, job.articles_dir, _worker_resources)
    return dumps_fast(outcome) if isinstance(outcome, Article) else outcome


def default_jobs() -> int:
    """Worker count: the CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def analyse_all(
    jobs: Sequence[Job],
    keys: Sequence[str],
    resources: Resources,
    cache: ArticleCache | None,
    workers: int,
    on_progress: Callable[[int, int], None] | None = None,
) -> list[Outcome]:
    """Outcome per job, in job order; cached articles (by `keys`, one per job) are reused, new ones cached."""
    from .pipeline import analyse_or_problem

    outcomes: list[Outcome | None] = [None] * len(jobs)
    todo = []
    for i, job in enumerate(jobs):
        cached = cache.get(keys[i]) if cache else None
        if cached is not None:
            outcomes[i] = cached
        else:
            todo.append(i)
    done = len(jobs) - len(todo)
    if on_progress:
        on_progress(done, len(jobs))
    if workers > 1 and len(todo) >= PARALLEL_THRESHOLD:
        context_spawn = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(workers, mp_context=context_spawn, initializer=_init_worker,
                                 initargs=(resources,)) as pool:
            results = pool.map(_run_job, [jobs[i] for i in todo], chunksize=CHUNK)
            for i, result in zip(todo, results, strict=True):
                if isinstance(result, bytes):
                    outcomes[i] = pickle.loads(result)  # noqa: S301 - made by our own worker
                    if cache:  # as results arrive, while the workers go on
                        cache.put_bytes(keys[i], result)
                else:
                    outcomes[i] = result
                done += 1
                if on_progress:
                    on_progress(done, len(jobs))
    else:
        for i in todo:
            job = jobs[i]
            outcomes[i] = outcome = analyse_or_problem(job.path, job.relpath, job.articles_dir, resources)
            if cache and isinstance(outcome, Article):
                cache.put(keys[i], outcome)
            done += 1
            if on_progress:
                on_progress(done, len(jobs))
    return outcomes  # type: ignore[return-value]
