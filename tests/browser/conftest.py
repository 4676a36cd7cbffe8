"""The browser tests' shared set-up: Debian's chromium driven by playwright, against the real
server started the way `make run` starts it, on a copy of the demo database."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import IN_CI, chromium_path
from ui import server as serving

SCREENSHOTS = Path(__file__).parent / "screenshots"


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
    db = tmp_path_factory.mktemp("server") / "budget.duckdb"
    shutil.copy(demo_db, db)
    with served(db) as url:
        yield url


@contextmanager
def served(db: Path) -> Iterator[str]:
    """The dashboard on `db` as `make run` starts it; the test fails if it is not healthy."""
    try:
        with serving.running(db, 60, subprocess.PIPE) as (url, _):
            yield url
    except serving.NotHealthy as exc:
        pytest.fail(str(exc))


@pytest.fixture(scope="session")
def browser(browser_path: str):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(
            executable_path=browser_path, headless=True, args=serving.CHROMIUM_ARGS
        )
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
