"""Fixtures shared by the browser tests: one headless Chromium and the served sample site per module."""

from __future__ import annotations

import pytest

from tests.e2e.browser import CHROMIUM_ARGS, chromium_path, serve_folder


@pytest.fixture(scope="module")
def browser():
    """Debian's headless Chromium driven by Playwright (skips, or fails in CI, when it is missing)."""
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def site_url(built_sample):
    """The built sample site, served over HTTP on a free local port."""
    with serve_folder(built_sample.site_dir) as url:
        yield url
