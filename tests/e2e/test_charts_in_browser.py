"""Charts in real headless Chromium: the SVG images load (naturalWidth > 0) and carry alt text."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest


pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHART_IMAGES = "article img[src*='grafiken/']"


def chart_images(browser, url: str) -> list[dict]:
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    response = page.goto(url, wait_until="networkidle")
    assert response is not None and response.status == 200, url
    images = page.eval_on_selector_all(
        CHART_IMAGES,
        "els => els.map(e => ({src: e.getAttribute('src'), alt: e.alt, width: e.naturalWidth, complete: e.complete}))",
    )
    page.close()
    assert errors == []
    origin = urlsplit(url).netloc
    assert all(urlsplit(r).netloc == origin for r in requests if r.startswith("http")), "fetched off-site"
    return images


def test_start_page_charts_load(browser, site_url) -> None:
    images = chart_images(browser, site_url)
    assert len(images) >= 2, images  # top actors and the actor x article heatmap at least
    for image in images:
        assert image["complete"] and image["width"] > 0, image
        assert image["alt"].strip(), image


def test_article_page_charts_load(browser, site_url) -> None:
    # With use_directory_urls: false the article is artikel/<slug>.html, else artikel/<slug>/.
    page = browser.new_page()
    page.goto(site_url, wait_until="networkidle")
    href = page.locator("article a[href*='artikel/japan-usa-allianz']").first.get_attribute("href")
    page.close()
    images = chart_images(browser, site_url + href.split("#")[0])
    assert images, "no chart on the article page"
    for image in images:
        assert image["complete"] and image["width"] > 0, image
        assert "<" not in image["src"]
