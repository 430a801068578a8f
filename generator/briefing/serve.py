"""Live preview: regenerate the Markdown when content/ or templates/ change; MkDocs serves and reloads."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
import time

from .config import Settings
from .errors import BriefingError

log = logging.getLogger("briefing")
DEBOUNCE_SECONDS = 0.5


def _regenerate(settings: Settings) -> None:
    from .pipeline import generate

    try:
        result = generate(settings)
        print(f"neu erzeugt: {result.articles} Artikel, {len(result.problems)} Problem(e)", file=sys.stderr)
    except BriefingError as exc:
        # Keep serving the last good pages; the message tells the user what to fix.
        print(f"Fehler: {exc}", file=sys.stderr)


def _watch(settings: Settings, stop: threading.Event) -> None:
    from watchdog.events import FileSystemEventHandler
    from watchdog.observers import Observer

    changed = threading.Event()

    class Handler(FileSystemEventHandler):
        def on_any_event(self, event) -> None:  # noqa: ANN001 - watchdog's API
            if not event.is_directory:
                changed.set()

    observer = Observer()
    for folder in (settings.content_dir, settings.templates_dir):
        if folder.is_dir():
            observer.schedule(Handler(), str(folder), recursive=True)
    observer.start()
    try:
        while not stop.is_set():
            if changed.wait(0.2):
                time.sleep(DEBOUNCE_SECONDS)  # editors save in bursts; rebuild once
                changed.clear()
                _regenerate(settings)
    finally:
        observer.stop()
        observer.join()


def serve(settings: Settings, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Generate once, start `mkdocs serve` (which reloads on docs changes) and watch the content."""
    _regenerate(settings)
    stop = threading.Event()
    watcher = threading.Thread(target=_watch, args=(settings, stop), daemon=True)
    watcher.start()
    cmd = [sys.executable, "-m", "mkdocs", "serve", "--config-file", str(settings.mkdocs_file),
           "--dev-addr", f"{host}:{port}"]
    try:
        subprocess.run(cmd, cwd=settings.root, check=False)
    finally:
        stop.set()
        watcher.join(timeout=5)
