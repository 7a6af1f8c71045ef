"""The explorer in a real browser (Debian's chromium through Playwright, as in test_viz.py): pages on
`kg serve` and the static site from file://. No console errors, no request to another host, and
hostile names and quotes stay text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page

from conftest import REPO, run_kg
from kg.base.folding import fold
from kg.serve.launch import kg_server
from test_viz import PageLog, browser, hostile  # noqa: F401 - fixtures, reused


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with kg_server(REPO, "--workers", "2", "--no-access-log") as url:
        yield url


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    res = run_kg(REPO, "site", "-o", str(out))
    assert res.exit_code == 0, res.output
    return out


def open_page(browser: Browser, url: str) -> tuple[Page, PageLog]:  # noqa: F811
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    log = PageLog(page)
    page.goto(url)
    page.wait_for_load_state("load")
    return page, log


def assert_clean(log: PageLog, allowed: str) -> None:
    """No errors, no dialogs, and every request to ALLOWED (the server, or file:)."""
    assert log.problems() == []
    assert log.dialogs == []
    assert [u for u in log.requests if not (u.startswith(allowed) or u.startswith("data:"))] == []


def wait_for_map(page: Page) -> None:
    frame = next(f for f in page.frames if f != page.main_frame)
    frame.wait_for_selector("body[data-ready=true]", state="attached")


# -- on the server -------------------------------------------------------------------------------


def test_actor_page_shows_relations_and_its_map(browser: Browser, base: str) -> None:  # noqa: F811
    page, log = open_page(browser, base + "actor/george-gascon")
    assert page.inner_text("h1") == "George Gascón"
    assert page.locator("article.entry").count() > 10
    wait_for_map(page)  # the ego map loads in its frame (same-origin framing only)
    assert_clean(log, base)
    page.close()


def test_a_quote_leads_to_its_highlighted_span(browser: Browser, base: str) -> None:  # noqa: F811
    page, log = open_page(browser, base + "actor/larry-krasner")
    link = page.locator("a.offsets").first
    href = link.get_attribute("href")
    assert href is not None and "#ev-" in href
    link.click()
    page.wait_for_url("**/document/**")
    anchor = href.split("#", 1)[1]
    assert urlsplit(page.url).fragment == anchor
    start, end = (int(x) for x in anchor[3:].split("-"))
    # The marks right after the anchor hold the quoted text, highlighted.
    marks = page.locator(f'mark[data-ev~="{anchor}"]')
    assert marks.count() >= 1
    assert marks.first.is_visible()
    text = "".join(marks.all_inner_texts())
    assert len(text) > 0.8 * (end - start)  # display drops only markdown escapes and the like
    bg = marks.first.evaluate("m => getComputedStyle(m).backgroundColor")
    assert bg not in ("rgba(0, 0, 0, 0)", "transparent")
    assert_clean(log, base)
    page.close()


def test_search_gascon_finds_george_gascon(browser: Browser, base: str) -> None:  # noqa: F811
    page, log = open_page(browser, base + "explore")
    page.fill("header.top input[name=q]", "gascon")
    page.press("header.top input[name=q]", "Enter")
    page.wait_for_url("**/search?q=gascon")
    first = page.locator("#hits li").first
    assert "George Gascón" in first.inner_text()
    first.locator("a").click()
    page.wait_for_url("**/actor/george-gascon")
    assert page.inner_text("h1") == "George Gascón"
    assert_clean(log, base)
    page.close()


def test_hostile_text_stays_text_on_the_server(browser: Browser, hostile: Path) -> None:  # noqa: F811
    with kg_server(hostile, "--workers", "1", "--no-access-log") as url:
        for path in ("actor/mallory", "actor/jane-roe", "document/a", "search?q=mallory", "explore"):
            page, log = open_page(browser, url + path)
            assert page.evaluate("() => window.__pwned === undefined")
            assert page.locator("img").count() == 0
            assert_clean(log, url)
            page.close()
        page, _ = open_page(browser, url + "actor/mallory")
        assert page.inner_text("h1") == "Mallory <img src=x onerror=window.__pwned=1>"
        page.close()


# -- the static site from file:// --------------------------------------------------------------------


def test_static_site_works_from_file_urls(browser: Browser, site: Path) -> None:  # noqa: F811
    index, log = open_page(browser, (site / "index.html").as_uri())
    assert "116 actors" in index.inner_text("#counts")
    wait_for_map(index)
    index.click("text=Larry Krasner")
    index.wait_for_url("**/actor/larry-krasner.html")
    wait_for_map(index)
    index.locator("a.offsets").first.click()
    index.wait_for_url("**/document/*.html#ev-*")
    assert index.locator("mark.ev").count() > 0
    assert_clean(log, "file://")
    index.close()


def test_static_search_finds_gascon_like_the_server(browser: Browser, site: Path) -> None:  # noqa: F811
    page, log = open_page(browser, (site / "search.html").as_uri() + "?q=gascon")
    page.wait_for_selector("body[data-ready=true]", state="attached")
    first = page.locator("#hits li").first
    assert "George Gascón" in first.inner_text() and first.get_attribute("data-rank") == "2"
    assert "3 actors" in page.inner_text("#search-counts")
    # The script folds typed text by the same rule as Python (kg.base.folding).
    samples = ["Gascón", "GASCÓN!", "D.A. George Gascón’s", "Ærøskøbing  co-op", "Krasner's “office”"]
    assert page.evaluate("(xs) => xs.map(window.kgFold)", samples) == [fold(s) for s in samples]
    first.locator("a").click()
    page.wait_for_url("**/actor/george-gascon.html")
    assert_clean(log, "file://")
    page.close()


def test_hostile_text_stays_text_in_the_static_site(browser: Browser, hostile: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "site"
    res = run_kg(hostile, "site", "-o", str(out))
    assert res.exit_code == 0, res.output
    for name in ("index.html", "actor/mallory.html", "document/a.html", "search.html"):
        url = (out / name).as_uri() + ("?q=mallory" if name == "search.html" else "")
        page, log = open_page(browser, url)
        if name == "search.html":
            page.wait_for_selector("body[data-ready=true]", state="attached")
            assert "Mallory <img src=x" in page.inner_text("#hits")
        assert page.evaluate("() => window.__pwned === undefined")
        assert page.locator("img").count() == 0
        assert_clean(log, "file://")
        page.close()
