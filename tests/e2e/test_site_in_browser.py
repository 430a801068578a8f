"""The built sample site in real headless Chromium: content visible, no console errors, no broken link."""

from __future__ import annotations

import pytest

from tests.e2e.crawl import crawl

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def visit(browser, url: str):
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("dialog", lambda dialog: (errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    response = page.goto(url, wait_until="networkidle")
    assert response is not None and response.status == 200, url
    return page, errors


def test_home_lists_all_articles(browser, site_url) -> None:
    page, errors = visit(browser, site_url)
    body = page.inner_text("article")
    assert "Japan und USA stärken Allianz" in body
    assert body.count("unbekannt") >= 1  # unknown dates are shown as unknown, not invented
    assert page.locator("article a[href*='artikel/']").count() >= 3
    assert errors == []
    page.close()


def test_article_page_shows_text_and_actor_links(browser, site_url) -> None:
    page, errors = visit(browser, site_url + "artikel/japan-usa-allianz.html")
    text = page.inner_text("article")
    assert "Volltext" in text and "Sanae Takaichi" in text
    assert "showPaywall" not in text and "console.debug" not in text
    assert page.locator("a[href*='akteure/donald-trump.html']").count() >= 1
    assert errors == []
    page.close()


def test_actor_page_lists_every_article(browser, site_url) -> None:
    page, errors = visit(browser, site_url + "akteure/donald-trump.html")
    links = page.locator("article a[href*='artikel/']")
    targets = {links.nth(i).get_attribute("href").split("#")[0] for i in range(links.count())}
    assert len({t.rstrip("/").split("/")[-1] for t in targets}) == 3, targets
    assert errors == []
    page.close()


def test_every_internal_link_works(site_url) -> None:
    result = crawl(site_url)
    assert result.pages >= 10
    assert result.broken == []
    assert result.missing_anchors == []


def test_actor_index_sorts_by_a_clicked_column(browser, site_url) -> None:
    page, errors = visit(browser, site_url + "akteure/index.html")
    table = page.locator("article table").first

    def column(index: int) -> list[str]:
        return [c.strip() for c in table.locator(f"tbody tr td:nth-child({index})").all_inner_texts()]

    counts = table.locator("th", has_text="Artikel")
    counts.click()
    first = [int(v.replace(".", "")) for v in column(3)]  # German thousands: "1.234"
    counts.click()
    second = [int(v.replace(".", "")) for v in column(3)]
    assert len(set(first)) > 1  # the sample has actors in one, two and three articles
    assert first in (sorted(first), sorted(first, reverse=True)) and second == sorted(first, reverse=first[0] < first[-1])
    names = table.locator("th").first
    names.click()
    assert column(1) in (sorted(column(1), key=str.casefold), sorted(column(1), key=str.casefold, reverse=True))
    assert errors == []
    page.close()
