"""Parallel analysis: spawn workers give the same articles as one process, and fill the cache."""

from __future__ import annotations

from briefing import parallel
from briefing.cache import ArticleCache
from briefing.config import Settings
from briefing.model import Article, Problem
from briefing.pipeline import load_resources


def _jobs(settings: Settings, n: int) -> list[parallel.Job]:
    folder = settings.articles_dir
    for i in range(n):
        (folder / f"artikel-{i:02d}.txt").write_text(
            f"Meldung {i}\n\nAngela Merkel sagte am {i % 28 + 1}. März 2021 in Berlin, der Handel mit "
            f"Kanada wachse um {i},5 Prozent. „Wir bleiben dran“, sagte sie.\n", encoding="utf-8")
    (folder / "kaputt.txt").write_bytes(b"")  # an empty file is a Problem, not an Article
    paths = sorted(folder.glob("*.txt"))
    return [parallel.Job(p, p.relative_to(folder).as_posix(), folder) for p in paths]


def test_workers_match_one_process_and_fill_the_cache(empty_project: Settings, tmp_path) -> None:
    jobs = _jobs(empty_project, parallel.PARALLEL_THRESHOLD + 4)
    resources, _ = load_resources(empty_project)
    keys = [f"{i:064x}" for i in range(len(jobs))]
    cache = ArticleCache(tmp_path / "cache")
    spawned = parallel.analyse_all(jobs, keys, resources, cache, 2)
    serial = parallel.analyse_all(jobs, keys, resources, None, 1)
    assert spawned == serial
    assert sum(isinstance(o, Problem) for o in spawned) == 1
    for key, outcome in zip(keys, spawned):
        assert cache.get(key) == (outcome if isinstance(outcome, Article) else None)
    again = parallel.analyse_all(jobs, keys, resources, cache, 2)  # all but the bad file from the cache
    assert again == spawned and cache.hits >= len(jobs) - 1
