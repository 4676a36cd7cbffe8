"""The main paths in a real browser: Debian's chromium driven by playwright, against the real
server started the way `make run` starts it, on a copy of the demo database."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import files
from tests.conftest import IN_CI, ROOT, chromium_path

pytestmark = pytest.mark.browser
SCREENSHOTS = Path(__file__).parent / "screenshots"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]  # fmt: skip


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def browser_path() -> str:
    path = chromium_path()
    if path is None:
        if IN_CI:
            pytest.fail("chromium is missing in CI: .ci/run must install it")
        pytest.skip("chromium is not installed (make test installs it when run as root)")
    return path


@pytest.fixture(scope="session")
def server(
    demo_db: Path, tmp_path_factory: pytest.TempPathFactory, browser_path: str
) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("server")
    db = folder / "budget.duckdb"
    shutil.copy(demo_db, db)
    port = _free_port()
    env = {**os.environ, "BUDGET_DB": str(db), "BUDGET_DEMO": "0"}
    process = subprocess.Popen(
        [
            sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
            "--server.port", str(port), "--server.address", "127.0.0.1",
            "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
        ],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            time.sleep(0.3)
    else:
        process.terminate()
        pytest.fail("the dashboard did not become healthy within 60 s")
    yield url
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture(scope="session")
def browser(browser_path: str):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=browser_path, headless=True, args=ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser, server: str):
    context = browser.new_context(viewport={"width": 1500, "height": 1000}, locale="sv-SE")
    # Only the dashboard itself may be reached; anything else (fonts, telemetry) is cut off.
    context.route(
        "**/*",
        lambda route: (
            route.continue_() if route.request.url.startswith("http://127.0.0.1") else route.abort()
        ),
    )
    tab = context.new_page()
    yield tab
    context.close()


def settle(tab) -> None:
    tab.wait_for_selector(
        '[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=90_000
    )
    tab.locator('[data-testid="stStatusWidget"]').wait_for(state="hidden", timeout=90_000)


def screenshot(tab, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    height = tab.evaluate("document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    tab.set_viewport_size({"width": 1500, "height": max(1000, int(height))})
    path = SCREENSHOTS / f"{name}.png"
    tab.screenshot(path=str(path), full_page=True)
    return path


def choose_year(tab, year: int) -> None:
    """Pick a year in the shared sidebar's year box."""
    tab.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').filter(
        has_text="År"
    ).click()
    tab.get_by_role("option", name=str(year), exact=True).click()


def test_overview_draws_the_chart_on_the_demo(page, server: str) -> None:
    from playwright.sync_api import expect

    page.goto(server)
    settle(page)
    expect(page.get_by_role("heading", name="Översikt 2025, till och med december")).to_be_visible()
    expect(page.locator(".js-plotly-plot .main-svg").first).to_be_visible()
    expect(page.get_by_text("−230,0 mnkr").first).to_be_visible()
    expect(page.get_by_text("Regionstyrelsen").first).to_be_visible()
    assert page.locator('[data-testid="stException"]').count() == 0
    assert screenshot(page, "overview").stat().st_size > 50_000


def test_changing_the_year_in_the_sidebar_redraws(page, server: str) -> None:
    from playwright.sync_api import expect

    page.goto(server)
    settle(page)
    page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').filter(
        has_text="År"
    ).click()
    page.get_by_role("option", name="2020", exact=True).click()
    expect(page.get_by_role("heading", name="Översikt 2020, till och med december")).to_be_visible()
    settle(page)
    expect(page.get_by_text("99,9 mnkr").first).to_be_visible()
    assert page.locator('[data-testid="stException"]').count() == 0


def test_import_through_the_upload_widget(page, server: str, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    page.goto(server)
    settle(page)
    page.get_by_role("link", name="Import").click()
    expect(page.get_by_role("heading", name="Importera data")).to_be_visible()
    settle(page)
    # the shared sidebar is there on this page too
    expect(
        page.locator('[data-testid="stSidebar"]').get_by_text("Uppföljningsmånad")
    ).to_be_visible()
    rows = [["Huvudbok 2026"], *files.simple_ledger(2026)]
    path = files.xlsx(tmp_path / "huvudbok_2026.xlsx", rows)
    page.locator('input[type="file"]').set_input_files(str(path))
    expect(page.get_by_text("Blad Huvudbok: Huvudboksexport, rubrikrad 2")).to_be_visible(
        timeout=30_000
    )
    settle(page)
    page.get_by_role("button", name="Importera").click()
    expect(page.get_by_text("Importen lyckades.")).to_be_visible(timeout=60_000)
    settle(page)
    expect(page.get_by_text("huvudbok_2026.xlsx").first).to_be_visible()
    assert page.locator('[data-testid="stException"]').count() == 0
    screenshot(page, "import")

    # the new year is there on the overview at once
    page.get_by_role("link", name="Översikt").click()
    settle(page)
    page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').filter(
        has_text="År"
    ).click()
    page.get_by_role("option", name="2026", exact=True).click()
    expect(page.get_by_role("heading", name="Översikt 2026, till och med februari")).to_be_visible()
    settle(page)
    expect(page.locator(".js-plotly-plot .main-svg").first).to_be_visible()
