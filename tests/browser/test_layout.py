"""Every page at 1280×720, 1440×900 and 1920×1080: nothing cut, nothing pushed out of view.

The demo's August 2020 (the richest month: forecasts, measures, frames and goals) is opened
through a shared link on every page, and `layout.cuts` measures in the page what a person would
see cut: a tile's label or figure, a control's label, a heading, a chart's title, axis title,
tick or bar label outside its chart, or a page wider than the window. A screenshot of each page
at each size is kept in tests/browser/screenshots/ to be looked at.
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import SCREENSHOTS, settle
from tests.browser.layout import SIZES, cuts

pytestmark = pytest.mark.browser

PAGES = (
    "",
    "deviations",
    "forecast",
    "frames",
    "savings",
    "goals",
    "scenarios",
    "report_texts",
    "report",
    "data_import",
)
VIEW = "year=2020&period=8&version=Reviderad+budget+2020"


def _open(tab, url: str) -> None:
    tab.goto(url)
    tab.locator("h1").first.wait_for(timeout=60_000)
    settle(tab)
    tab.wait_for_timeout(800)  # plotly lays its labels out after the script has finished


def _local_only(context) -> None:
    """Only the dashboard may be reached; anything else (fonts, telemetry) is cut off."""
    context.route(
        "**/*",
        lambda route: (
            route.continue_() if route.request.url.startswith("http://127.0.0.1") else route.abort()
        ),
    )


@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_page_fits_the_window(browser, server: str, width: int, height: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": height}, locale="sv-SE")
    _local_only(context)
    tab = context.new_page()
    SCREENSHOTS.mkdir(exist_ok=True)
    found: dict[str, list[str]] = {}
    try:
        for path in (*PAGES, "admin"):
            _open(tab, f"{server}/{path}?{VIEW}")
            assert tab.locator('[data-testid="stException"]').count() == 0, path
            assert tab.locator("h1").count() >= 1, path  # the page drew, not a blank screen
            tab.screenshot(path=str(SCREENSHOTS / f"layout_{path or 'overview'}_{width}.png"))
            problems = [str(c) for c in cuts(tab)]
            if problems:
                found[path or "overview"] = problems
    finally:
        context.close()
    assert not found, f"cut or out of view at {width}×{height}: {found}"


def test_the_measurement_sees_a_cut_figure(browser, server: str) -> None:
    """The measurement itself can fail: a tile squeezed into a narrow window is reported."""
    context = browser.new_context(viewport={"width": 700, "height": 700}, locale="sv-SE")
    _local_only(context)
    tab = context.new_page()
    try:
        _open(tab, f"{server}/?{VIEW}")
        tab.locator('[data-testid="stMetric"]').first.wait_for()
        tab.locator(".js-plotly-plot .gtitle").first.wait_for()
        tab.add_style_tag(
            content="[data-testid=stMetricValue] {font-size: 6rem !important;}"
            ".js-plotly-plot .gtitle {font-size: 80px !important;}"
        )
        kinds = {c.kind for c in cuts(tab)}
    finally:
        context.close()
    assert {"metric", "chart"} <= kinds
