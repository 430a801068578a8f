"""Every page of the hostile site in headless Chromium: no dialog, no content script, no active DOM."""

from __future__ import annotations

import asyncio

import pytest

from tests.e2e.browser import CHROMIUM_ARGS, chromium_path, serve_folder
from tests.security.scan import THEME_SCRIPT, html_pages

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Runs in the page after load: everything in the DOM that content could have made active.
DOM_CHECK = r"""
(themePattern) => {
  const bad = [];
  const themeScript = new RegExp(themePattern);  // scan.THEME_SCRIPT: one allow-list for both checks
  for (const el of document.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const value = attr.value.replace(/[\s\u0000-\u001f]+/g, "").toLowerCase();
      // Pagefind's own search form (suche.html) submits nowhere: the one javascript: URL we allow.
      if (name === "action" && attr.value === "javascript:void(0);" && el.closest("#pagefind-suche")) continue;
      if (name.startsWith("on")) bad.push(`<${el.localName} ${name}>`);
      if (["href", "src", "action", "formaction", "data", "xlink:href", "srcdoc", "poster"].includes(name)
          && (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:text/html")
              || value.startsWith("data:image/svg") || name === "srcdoc")) {
        bad.push(`<${el.localName} ${name}=${attr.value.slice(0, 60)}>`);
      }
    }
  }
  for (const s of document.querySelectorAll("script")) {
    const src = s.getAttribute("src");
    if (src !== null && !themeScript.test(src.replace(location.origin + "/", ""))) bad.push(`<script src=${src}>`);
    if (/pwned|alert\(/.test(s.textContent)) bad.push(`<script>${s.textContent.slice(0, 60)}`);
  }
  for (const tag of ["iframe", "object", "embed", "frame", "base", "math", "foreignObject", "noscript", "template"]) {
    if (document.getElementsByTagName(tag).length) bad.push(`<${tag}>`);
  }
  if (document.title.includes("pwned") && document.getElementsByTagName("title").length !== 1) bad.push("title broken");
  return bad;
}
"""


TABS = 2  # pages load in parallel tabs


async def _visit_all(base: str, paths: list[str], executable: str) -> list[str]:
    from playwright.async_api import async_playwright

    failures: list[str] = []
    queue: asyncio.Queue[str] = asyncio.Queue()
    for path in paths:
        queue.put_nowait(path)
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        context = await browser.new_context()

        # Anything leaving 127.0.0.1 would be content loading something (the network is closed anyway).
        context.on("request", lambda r: None if r.url.startswith((base, "data:", "blob:", "about:"))
                   else failures.append(f"request {r.url}"))

        async def tab() -> None:
            page = await context.new_page()
            page.on("dialog", lambda d: (failures.append(f"dialog on {page.url}: {d.message}"),
                                         asyncio.ensure_future(d.dismiss())))
            page.on("pageerror", lambda exc: failures.append(f"page error on {page.url}: {exc}"))
            while not queue.empty():
                url = base + queue.get_nowait()
                response = await page.goto(url, wait_until="load")
                if response is None or response.status != 200:
                    failures.append(f"{url}: status {response and response.status}")
                    continue
                if await page.evaluate("() => typeof window.__pwned") != "undefined":
                    failures.append(f"window.__pwned set on {url}")
                failures.extend(f"{url}: {item}" for item in await page.evaluate(DOM_CHECK, THEME_SCRIPT.pattern))
            await page.close()

        await asyncio.gather(*(tab() for _ in range(TABS)))
        await browser.close()
    return failures


def test_no_content_runs_in_any_page(hostile_site) -> None:
    executable = chromium_path()
    pages = html_pages(hostile_site)
    assert len(pages) > 60
    with serve_folder(hostile_site) as base:
        failures = asyncio.run(_visit_all(base, [p.relative_to(hostile_site).as_posix() for p in pages], executable))
    assert failures == [], "\n".join(failures)
