"""Helpers for browser tests: serve a folder on 127.0.0.1 and find Debian's Chromium."""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import threading
import time
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    # Without these Chromium tries to reach Google services, which this closed network refuses.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    """Path of Debian's chromium; skip (or fail in CI) when it is missing."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path:
        return path
    if os.environ.get("BRIEFING_REQUIRE_BROWSER"):
        pytest.fail("chromium is required (BRIEFING_REQUIRE_BROWSER is set): apt-get install chromium")
    pytest.skip("chromium not installed (apt-get install chromium)")


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


@contextlib.contextmanager
def serve_folder(folder: Path, prefix: str = "/") -> Iterator[str]:
    """Serve `folder` at http://127.0.0.1:PORT{prefix}; yields the base URL (ending in /)."""
    root = folder
    if prefix != "/":
        # Mimic GitHub Pages' project sites: the site lives below /<repo>/.
        root = folder.parent / "_served"
        if root.exists():
            shutil.rmtree(root)
        (root / prefix.strip("/")).parent.mkdir(parents=True, exist_ok=True)
        (root / prefix.strip("/")).symlink_to(folder, target_is_directory=True)
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()


def search_until_found(page, box: str, query: str, results: str, timeout_s: float = 45.0) -> None:
    """Type `query` into the search `box` until `results` appear.

    Typed key by key: Material's search reacts to key events, which `fill` does not always send.
    Its worker may still be loading the index when the query is typed (slow CI machines), and a
    query typed too early is not re-run: type it again until results show.
    """
    deadline = time.monotonic() + timeout_s
    while True:
        page.locator(box).click()
        page.locator(box).fill("")
        page.keyboard.type(query, delay=50)
        try:
            page.wait_for_selector(results, timeout=3_000)
            return
        except Exception:  # playwright's TimeoutError; retry until the deadline
            if time.monotonic() > deadline:
                raise
