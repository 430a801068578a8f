"""build(settings): the whole flow, top-down — ingest, clean, analyze, corpus, render, site."""

from __future__ import annotations

import ctypes
import functools
import gc
import hashlib
import itertools
import logging
import os
import pickle
import resource
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from .actors import load_registry
from .actors.index import ActorIndex, build_index, remember_index
from .analysis import Resources, analyze_document
from .cache import ArticleCache, article_key, context_fingerprint, file_digest, folder_digest
from .analyze.topics import load_taxonomy
from .clean import clean_document
from .config import Settings
from .corpus import Corpus, build_corpus
from .errors import BuildFailed, ContentError
from .incremental import DocsChange
from .isolated import generate_isolated, should_isolate
from .ingest import find_inputs, read_document
from .model import Article, Problem, Registry, Severity, Topic
from .pagememo import PageMemo, article_token
from .parallel import Job, analyse_all, default_jobs
from .charts.views import EMPTY_VIEWS, ChartFileMemo, Views, build_views, view_files
from .render import Renderer, searches_full_text
from . import incremental, publish, uptodate
from .site import build_site, write_docs
from .slugs import SlugAllocator
from .unify import unify_articles

log = logging.getLogger("briefing")


@dataclass(frozen=True, slots=True)
class BuildResult:
    inputs: int
    articles: int
    actors: int
    problems: tuple[Problem, ...]
    timings: dict[str, float] = field(default_factory=dict)
    peak_rss_mb: dict[str, float] = field(default_factory=dict)  # per stage: this process, largest worker
    docs_change: DocsChange | None = None  # what the page-writing step changed
    incremental: bool = False  # MkDocs rebuilt only the changed pages
    pages_reused: int = 0  # pages not rendered again: their inputs were unchanged (pagememo.py)
    up_to_date: bool = False  # skipped: nothing the build reads changed since the last one (uptodate.py)

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == Severity.ERROR)


@dataclass(frozen=True, slots=True)
class Analysed:
    """Outcome of gathering: the articles that became pages, and every problem on the way."""

    inputs: int
    articles: tuple[Article, ...]
    problems: tuple[Problem, ...]
    registry: Registry
    taxonomy: tuple[Topic, ...]
    source_keys: Mapping[str, str] = field(default_factory=dict)  # slug -> analysis cache key of its input


def _peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory so far of this process and of its largest finished child, in MB (Linux: KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return round(own, 1), round(children, 1)


class _Timer:
    """Wall time per stage, and the peak memory reached by the end of each stage (for `--json`)."""

    def __init__(self) -> None:
        self.timings: dict[str, float] = {}
        self.peak_rss_mb: dict[str, float] = {}

    def stage(self, name: str, fn: Callable, *args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - start
            # ru_maxrss only grows, so the value after a stage is the peak up to and including it.
            self.peak_rss_mb[name] = max(_peak_rss_mb())


def cached_registry(actors_file: Path | None, cache_dir: Path | None) -> Registry:
    """load_registry, from build/cache when neither the code, its built-in data nor actors.yml changed."""
    if cache_dir is None:
        return load_registry(actors_file)
    # Parsing the built-in registry's YAML costs about half a second on every build, compiling its
    # name index another 1.5 s: both are kept, so one changed article is analysed without either.
    key = context_fingerprint(file_digest(actors_file), str(actors_file))[:32]
    path = cache_dir / f"registry-{key}.pickle"
    try:
        with path.open("rb") as handle:
            registry, index = pickle.load(handle)  # noqa: S301 - written by this tool into its own cache
        if isinstance(registry, Registry) and isinstance(index, ActorIndex):
            remember_index(registry, index)
            return registry
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass
    registry = load_registry(actors_file)
    for stale in cache_dir.glob("registry-*.pickle"):
        stale.unlink(missing_ok=True)
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(pickle.dumps((registry, build_index(registry)), protocol=pickle.HIGHEST_PROTOCOL))
    os.replace(tmp, path)
    return registry


def load_resources(settings: Settings) -> tuple[Resources, list[Problem]]:
    """Registry and taxonomy; bad entries are reported and skipped, defaults used where a file is broken."""
    problems: list[Problem] = []
    actors_file = settings.actors_file if settings.actors_file.exists() else None
    registry = cached_registry(actors_file, settings.build_dir / "cache" if settings.cache else None)
    problems.extend(registry.problems)
    topics_file = settings.topics_file if settings.topics_file.exists() else None
    topic_errors: list[ContentError] = []
    try:
        taxonomy = load_taxonomy(topics_file, settings.language, topic_errors)
    except ContentError as exc:
        topic_errors.append(exc)
        taxonomy = ()
    problems.extend(Problem(e.path, e.message, Severity.ERROR, e.line, e.key) for e in topic_errors)
    if not taxonomy:  # the whole file is broken (or every entry is): topics from the defaults, not none
        taxonomy = load_taxonomy(None, settings.language)
    resources = Resources(registry, taxonomy, settings.summary_sentences, settings.language)
    return resources, problems


def _problem_from(exc: Exception, relpath: str) -> Problem:
    if isinstance(exc, ContentError):
        if exc.path != relpath:
            # The fault is in the sidecar next to the article: name it, and keep its line off the article.
            name = Path(exc.path).name
            where = name if exc.line is None else f"{name}:{exc.line}"
            return Problem(relpath, f"{where}: {exc.message}", Severity.ERROR, None, exc.key)
        return Problem(relpath, exc.message, Severity.ERROR, exc.line, exc.key)
    # An analyzer bug must not take the other articles down with it; report and go on.
    return Problem(relpath, f"interner Fehler ({type(exc).__name__}): {exc}", Severity.ERROR)


def report_path(path: str, settings: Settings) -> str:
    """A problem's path as the report shows it: relative to the project root (content/articles/x.txt)."""
    if path.startswith("<"):  # "<built-in topics_de.yml>"
        return path
    full = Path(path) if Path(path).is_absolute() else settings.articles_dir / path
    try:
        return full.relative_to(settings.root).as_posix()
    except ValueError:  # content_dir outside the project: absolute is the only unambiguous name
        return full.as_posix()


def _shown(problems: Iterable[Problem], settings: Settings) -> tuple[Problem, ...]:
    """Problems with report paths; article paths are relative to the articles folder before this."""
    return tuple(replace(p, path=report_path(p.path, settings)) for p in problems)


# Input limits. An article, even a long think-tank report, is far below them; a file above them
# is a mistake (a log, a dump, a book) that would stall cleanup and analysis for minutes.
MAX_FILE_BYTES = 200 * 1024 * 1024  # PDFs with many images are large; their text is not
MAX_TEXT_CHARS = 1_000_000  # about 150,000 words, a 500-page report


def _check_size(path: Path, articles_dir: Path) -> None:
    relpath = path.relative_to(articles_dir).as_posix() if path.is_relative_to(articles_dir) else path.as_posix()
    try:
        size = path.stat().st_size
    except OSError:
        return  # the reader reports unreadable files itself
    if size > MAX_FILE_BYTES:
        raise ContentError(relpath, f"Datei zu groß ({size // 2**20} MB, höchstens {MAX_FILE_BYTES // 2**20} MB)")


def analyse_file(path: Path, articles_dir: Path, resources: Resources) -> Article:
    """Read, clean and analyse one input file (slug assigned later)."""
    _check_size(path, articles_dir)
    raw = read_document(path, articles_dir)
    if len(raw.text) > MAX_TEXT_CHARS:
        count = f"{len(raw.text):_} Zeichen, höchstens {MAX_TEXT_CHARS:_}".replace("_", ".")
        raise ContentError(raw.relpath, f"Text zu lang ({count}): bitte in einzelne Artikel teilen")
    document = clean_document(raw)
    metadata = document.detected.overridden_by(raw.metadata)
    analysis = analyze_document(document, metadata, resources)
    return Article(slug="", metadata=metadata, document=document, analysis=analysis)


def analyse_or_problem(path: Path, relpath: str, articles_dir: Path, resources: Resources) -> Article | Problem:
    """The article made from one file, or the problem that stopped it."""
    try:
        return analyse_file(path, articles_dir, resources)
    except Exception as exc:  # noqa: BLE001 - see _problem_from
        log.debug("failed on %s", relpath, exc_info=True)
        return _problem_from(exc, relpath)


def analysis_context(settings: Settings) -> str:
    """Fingerprint of everything besides the file itself that shapes an article's analysis."""
    return context_fingerprint(
        file_digest(settings.actors_file), file_digest(settings.topics_file),
        f"{settings.language}/{settings.summary_sentences}",
    )


Inputs = tuple[tuple[Path, ...], tuple[Problem, ...]]  # what find_inputs returns


def gather(settings: Settings, *, on_progress: Callable[[int, int], None] | None = None,
           inputs: Inputs | None = None) -> Analysed:
    """Read and analyse every input; each file becomes an article or a problem, never both, never neither.

    `inputs` is find_inputs' result when the caller has already walked the articles folder."""
    resources, problems = load_resources(settings)
    paths, input_problems = inputs if inputs is not None else find_inputs(settings.articles_dir)
    problems.extend(input_problems)
    jobs = [Job(p, p.relative_to(settings.articles_dir).as_posix(), settings.articles_dir) for p in paths]
    cache = ArticleCache(settings.build_dir / "cache" / "articles") if settings.cache else None
    context = analysis_context(settings)
    keys = [article_key(job.path, job.relpath, context) for job in jobs]
    outcomes = analyse_all(jobs, keys, resources, cache, settings.jobs or default_jobs(), on_progress)
    source_keys: dict[str, str] = {}
    articles: list[Article] = []
    seen_text: dict[str, str] = {}
    slugs = SlugAllocator()
    for job, key, outcome in zip(jobs, keys, outcomes, strict=True):
        relpath = job.relpath
        if isinstance(outcome, Problem):
            problems.append(outcome)
            continue
        article = outcome
        problems.extend(article.document.raw.warnings)  # kept in the article, so cached builds report them too
        if not article.text.strip():
            problems.append(Problem(relpath, "kein Text nach der Bereinigung", Severity.ERROR))
            continue
        digest = hashlib.sha256(" ".join(article.text.split()).encode("utf-8")).hexdigest()
        if digest in seen_text:
            original = report_path(seen_text[digest], settings)
            problems.append(Problem(relpath, f"Duplikat von {original}: nur einmal gebaut", Severity.WARNING))
            continue
        seen_text[digest] = relpath
        slug = slugs.allocate(Path(relpath).with_suffix("").as_posix(), fallback="artikel")
        articles.append(_with_slug(article, slug))
        source_keys[slug] = key
    return Analysed(len(paths) + len(input_problems), tuple(articles), _shown(problems, settings),
                    resources.registry, resources.taxonomy, source_keys)


def _with_slug(article: Article, slug: str) -> Article:
    return replace(article, slug=slug)


def render_pages(settings: Settings, corpus: Corpus, problems: Iterable[Problem], inputs: int,
                 views: Views = EMPTY_VIEWS, memo: PageMemo | None = None):
    """All Markdown pages of the site as an iterator (with a memo: unchanged pages as markdown=None)."""
    renderer = Renderer(settings.templates_dir, corpus, site_name=settings.site_name, language=settings.language,
                        problems=tuple(problems), inputs=inputs, views=views, memo=memo)
    return renderer.pages()


def page_memo(settings: Settings, corpus: Corpus, source_keys: Mapping[str, str]) -> PageMemo | None:
    """The record of unchanged pages (None with --no-cache: every page is rendered)."""
    if not settings.cache:
        return None
    environment = context_fingerprint(folder_digest(settings.templates_dir), analysis_context(settings),
                                      settings.site_name, settings.language, f"full-text:{searches_full_text(corpus)}")
    tokens = {a.slug: article_token(a, source_keys.get(a.slug, "")) for a in corpus.articles}
    return PageMemo(settings.build_dir / "cache", settings.docs_dir, environment, tokens)


def generate(settings: Settings, *, on_progress: Callable[[int, int], None] | None = None,
             timer: _Timer | None = None, inputs: Inputs | None = None) -> BuildResult:
    """Analyse the content and write the Markdown docs tree (everything but MkDocs)."""
    timer = timer or _Timer()
    gathered = timer.stage("analyze", gather, settings, on_progress=on_progress, inputs=inputs)
    for problem in gathered.problems:
        log.warning("%s", problem.describe())
    if settings.strict and gathered.problems:
        raise BuildFailed(f"--strict: {len(gathered.problems)} problem(s) in the input; site/ left unchanged")
    articles = timer.stage("corpus", unify_articles, gathered.articles)
    corpus = timer.stage("corpus", build_corpus, articles, gathered.taxonomy)
    # Charts, related articles and data export (issue 6): planned from the corpus, SVGs cached by spec hash.
    views = timer.stage("views", build_views, corpus, settings.language)
    chart_memo = ChartFileMemo(settings.build_dir / "cache", settings.docs_dir) if settings.cache else None
    files = timer.stage("charts", view_files, views, settings.build_dir / "cache" / "charts",
                        workers=settings.jobs or None, memo=chart_memo)
    # Feed and search page (issue 7); also records what `briefing pdf --mappe` prints.
    files = itertools.chain(files, timer.stage("publish", publish.prepare, settings, corpus))
    memo = timer.stage("render", page_memo, settings, corpus, gathered.source_keys)
    pages = render_pages(settings, corpus, gathered.problems, gathered.inputs, views, memo)
    for record in (memo, chart_memo):
        if record is not None:
            record.forget()  # until the files are written, the records do not describe build/docs
    incremental.begin_docs_change(settings.build_dir)
    stats = timer.stage("render", write_docs, pages, settings.docs_dir, files)
    if chart_memo is not None:
        timer.stage("charts", chart_memo.save)
    if memo is not None:
        timer.stage("render", memo.save)
        log.info("pages: %d kept without rendering (inputs unchanged)", memo.reused)
    log.info("pages: %d written, %d unchanged, %d deleted", stats.written, stats.unchanged, stats.deleted)
    return BuildResult(gathered.inputs, len(corpus.articles), len(corpus.actors), gathered.problems, timer.timings,
                       timer.peak_rss_mb, stats.change, pages_reused=memo.reused if memo is not None else 0)


def _release_memory() -> None:
    """Hand memory freed by Python back to the OS (glibc keeps it otherwise), so peaks do not add up."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (macOS, musl): nothing to do
        pass


def build(settings: Settings, *, on_progress: Callable[[int, int], None] | None = None,
          isolate: bool | None = None) -> BuildResult:
    """Build the whole site; the previous site/ survives any failure.

    `isolate` runs the Markdown generation in a child process (None: for large content folders only),
    so that MkDocs gets back all the memory analysis and rendering used.
    """
    timer = _Timer()
    inputs = paths, input_problems = find_inputs(settings.articles_dir)  # walked once, used by all below
    fingerprint = None
    if settings.cache:
        fingerprint = timer.stage("check", uptodate.build_fingerprint, settings, paths, input_problems,
                                  analysis_context(settings))
        previous = uptodate.previous_result(settings, fingerprint)
        if previous is not None:
            return _unchanged(previous, timer)
        uptodate.forget(settings)
    if isolate is None:
        isolate = should_isolate(len(paths))
    if isolate:
        result = generate_isolated(settings, on_progress, inputs)
        timer.timings.update(result.timings)
        timer.peak_rss_mb.update(result.peak_rss_mb)
    else:
        result = generate(settings, on_progress=on_progress, timer=timer, inputs=inputs)
        _release_memory()  # the corpus is gone; MkDocs (a second process) needs the memory now
    index_search = functools.partial(timer.stage, "search", publish.after_mkdocs, settings=settings)
    fast = timer.stage("mkdocs", build_site, settings.mkdocs_file, settings.build_dir, settings.site_dir,
                       strict=settings.strict, after=index_search, change=result.docs_change,
                       theme_dir=settings.templates_dir, workers=settings.jobs or default_jobs())
    log.info("MkDocs: %s", "only changed pages rebuilt" if fast else "full build")
    # The search index is built inside the MkDocs stage (on the staging folder); report it apart.
    if "search" in timer.timings:
        timer.timings["mkdocs"] -= timer.timings["search"]
    result = replace(result, timings=dict(timer.timings), peak_rss_mb=dict(timer.peak_rss_mb), incremental=fast)
    if fingerprint is not None:
        uptodate.remember(settings, fingerprint, _as_unchanged(result))
    return result


def _as_unchanged(result: BuildResult) -> BuildResult:
    """What a later build of the same inputs reports: the same counts and problems, every page kept."""
    pages = sum(1 for path in result.docs_change.files if path.endswith(".md")) if result.docs_change else 0
    return replace(result, timings={}, peak_rss_mb={}, docs_change=None, incremental=True, pages_reused=pages,
                   up_to_date=True)


def _unchanged(previous: BuildResult, timer: _Timer) -> BuildResult:
    """The result of a build skipped because nothing it reads changed (uptodate.py)."""
    for problem in previous.problems:
        log.warning("%s", problem.describe())
    log.info("nothing changed since the last build: site/ is up to date")
    return replace(previous, timings=dict(timer.timings), peak_rss_mb=dict(timer.peak_rss_mb))
