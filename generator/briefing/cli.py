"""Command line: briefing build | serve | check | actors suggest | pdf. Errors become one clean message."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from . import __version__
from .config import Settings, describe_schema, load_settings
from .errors import BriefingError
from .model import Severity

log = logging.getLogger("briefing")

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(Path(args.config), strict=getattr(args, "strict", False), jobs=getattr(args, "jobs", 0),
                         cache=not getattr(args, "no_cache", False))


def cmd_build(args: argparse.Namespace) -> int:
    """Build the site into site/."""
    from .pipeline import build

    settings = _settings(args)
    start = time.perf_counter()
    show_progress = not (args.quiet or args.json) and sys.stderr.isatty()
    with _progress_bar(show_progress) as on_progress:
        result = build(settings, on_progress=on_progress)
    elapsed = time.perf_counter() - start
    if args.json:
        print(json.dumps({
            "inputs": result.inputs, "articles": result.articles, "actors": result.actors,
            "problems": [p.describe() for p in result.problems],
            "timings": {k: round(v, 3) for k, v in result.timings.items()}, "seconds": round(elapsed, 3),
            "incremental": result.incremental,
            "up_to_date": result.up_to_date,
            "pages_reused": result.pages_reused,
            "peak_rss_mb": result.peak_rss_mb,
        }, ensure_ascii=False, indent=2))
    elif not args.quiet:
        unchanged = " (nichts geändert, site/ ist aktuell)" if result.up_to_date else ""
        print(f"{result.articles} Artikel, {result.actors} Akteure aus {result.inputs} Dateien "
              f"in {elapsed:.1f} s{unchanged} -> {settings.site_dir}", file=sys.stderr)
        if result.problems:
            print(f"{len(result.problems)} Problem(e), siehe Build-Bericht (bericht.md)", file=sys.stderr)
    return EXIT_OK


@contextlib.contextmanager
def _progress_bar(enabled: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A rich progress bar with count and ETA on a terminal; nothing otherwise."""
    if not enabled:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("analysiere"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  transient=True) as progress:
        task = progress.add_task("analyse", total=None)

        def update(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        yield update


def cmd_check(args: argparse.Namespace) -> int:
    """Validate configuration, registries and every article without building."""
    from .pipeline import gather

    settings = _settings(args)
    gathered = gather(settings)
    for problem in gathered.problems:
        print(problem.describe())
    errors = [p for p in gathered.problems if p.severity == Severity.ERROR]
    print(f"{len(gathered.articles)} Artikel in Ordnung, {len(errors)} Fehler, "
          f"{len(gathered.problems) - len(errors)} Warnungen", file=sys.stderr)
    return EXIT_ERROR if errors or (args.strict and gathered.problems) else EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    """Live preview: build, serve, and rebuild when content or templates change."""
    from .serve import serve

    serve(_settings(args), host=args.host, port=args.port)
    return EXIT_OK


def cmd_actors_suggest(args: argparse.Namespace) -> int:
    """Print frequent unregistered names as YAML ready for content/actors.yml."""
    from .actors import format_suggestions, suggest_names
    from .pipeline import gather

    settings = _settings(args)
    gathered = gather(settings)
    pairs = [(a.text, a.analysis) for a in gathered.articles]
    print(format_suggestions(suggest_names(pairs, gathered.registry, limit=args.limit)))
    return EXIT_OK


def cmd_pdf(args: argparse.Namespace) -> int:
    """PDF of one built page, or the whole Briefing-Mappe, via headless Chromium."""
    from .publish import pdf

    settings = _settings(args)
    if args.mappe == bool(args.page):
        raise pdf.PdfError("entweder eine Seite (z. B. artikel/<name>) oder --mappe angeben")
    if args.mappe:
        plan = pdf.load_plan(settings.build_dir, with_actors=args.mit_akteuren)
        output = Path(args.output) if args.output else settings.build_dir / "pdf" / "briefing-mappe.pdf"
        pages = pdf.mappe_pdf(settings.site_dir, plan, output, work_dir=settings.build_dir / "pdf" / "mappe")
        print(f"{output} ({pages} Seiten)", file=sys.stderr)
    else:
        output = Path(args.output) if args.output else pdf.default_output(settings.build_dir, args.page)
        pdf.page_pdf(settings.site_dir, args.page, output)
        print(output, file=sys.stderr)
    return EXIT_OK


def make_parser() -> argparse.ArgumentParser:
    """The argument parser with every command and its help text."""
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Turn a folder of articles (content/articles) into a cross-linked briefing website.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="show debug messages")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-f", "--config", default="mkdocs.yml", help="site configuration (default: mkdocs.yml)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    build = sub.add_parser("build", parents=[common], help="build the site into site/",
                           description="Analyse content/articles and build the static site into site/. "
                                       "The previous site/ is replaced only when the build succeeds.")
    build.add_argument("--strict", action="store_true", help="fail if any input file has a problem")
    build.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    build.add_argument("--json", action="store_true", help="print a machine-readable summary")
    build.add_argument("-j", "--jobs", type=int, default=0, help="analysis processes (default: one per CPU)")
    build.add_argument("--no-cache", action="store_true", help="re-analyse every article, ignoring build/cache")
    build.set_defaults(func=cmd_build)

    serve = sub.add_parser("serve", parents=[common], help="live preview that rebuilds on changes",
                           description="Build, serve on http://HOST:PORT/ and rebuild when content/ or "
                                       "templates/ change.")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.set_defaults(func=cmd_serve)

    check = sub.add_parser("check", parents=[common], help="validate content and configuration",
                           description="Validate mkdocs.yml, content/actors.yml, content/topics.yml and every "
                                       "article; print problems as FILE:LINE: message; exit 1 on errors.\n\n"
                                       "Settings (mkdocs.yml, extra.briefing):\n" + describe_schema(),
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    check.add_argument("--strict", action="store_true", help="warnings count as errors")
    check.set_defaults(func=cmd_check)

    actors = sub.add_parser("actors", help="work with the actor registry",
                            description="Commands for the actor registry (content/actors.yml).")
    actors_sub = actors.add_subparsers(dest="actors_command", metavar="ACTION", required=True)
    suggest = actors_sub.add_parser("suggest", parents=[common], help="list frequent unregistered names",
                                    description="List names found in the articles that are in no registry, "
                                                "with counts and example sentences, as YAML for actors.yml.")
    suggest.add_argument("--limit", type=int, default=30, help="how many names (default 30)")
    suggest.set_defaults(func=cmd_actors_suggest)

    pdf = sub.add_parser("pdf", parents=[common], help="PDF of a page or of the whole briefing",
                         description="Print a page of the built site (e.g. artikel/japan-usa-allianz) or, with "
                                     "--mappe, the whole briefing (cover, contents, every article) to PDF with "
                                     "headless Chromium (apt-get install chromium). Run `briefing build` first.")
    pdf.add_argument("page", nargs="?", help="page path, e.g. artikel/<name>, akteure/<name> or index")
    pdf.add_argument("--mappe", action="store_true", help="one PDF of the whole briefing (Briefing-Mappe)")
    pdf.add_argument("--mit-akteuren", action="store_true", help="with --mappe: add every actor page")
    pdf.add_argument("-o", "--output", help="PDF file (default: build/pdf/<page>.pdf or build/pdf/briefing-mappe.pdf)")
    pdf.set_defaults(func=cmd_pdf)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `briefing` command."""
    parser = make_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s: %(message)s", stream=sys.stderr)
    # pypdf logs every repair of an odd PDF; the reader turns what matters into a build-report warning.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        return args.func(args)
    except BriefingError as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
