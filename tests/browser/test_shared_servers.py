"""Two dashboard servers on one PostgreSQL (the shared mode), in a real browser: a comment saved
on one is shown on the other, and an import from the command line while both serve appears on
both at their next interaction."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

from tests import files
from tests.browser.conftest import settle
from tests.browser.test_browser import _tab, screenshot
from tests.conftest import ROOT, SharedCopies
from ui import server as serving

pytestmark = pytest.mark.browser


@contextmanager
def two_servers(url: str, folder: Path) -> Iterator[tuple[str, str]]:
    """Two dashboards as `make run` starts them, each with BUDGET_DATABASE_URL = `url`."""
    with ExitStack() as stack, pytest.MonkeyPatch.context() as env:
        env.setenv("BUDGET_DATABASE_URL", url)
        addresses = []
        for name in ("a", "b"):
            try:
                served = stack.enter_context(
                    serving.running(folder / f"{name}.duckdb", 90, subprocess.PIPE)
                )
            except serving.NotHealthy as exc:
                pytest.fail(str(exc))
            addresses.append(served[0])
        yield addresses[0], addresses[1]


def test_two_servers_share_a_comment_and_a_command_line_import(
    browser, browser_path: str, demo_db: Path, shared_copies: SharedCopies, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    url = shared_copies.of(demo_db)
    with two_servers(url, tmp_path) as (first, second):
        context_a, tab_a = _tab(browser)
        context_b, tab_b = _tab(browser)
        try:
            tab_b.goto(f"{second}/deviations")  # the second server is serving before the change
            settle(tab_b)
            tab_a.goto(f"{first}/deviations")
            settle(tab_a)
            tab_a.get_by_label("Förklaring").fill("Delad kommentar från server A")
            tab_a.get_by_label("Planerad åtgärd").fill("Följs upp i september")
            tab_a.get_by_role("button", name="Spara kommentar").click()
            expect(tab_a.get_by_text("Kommentaren sparades.")).to_be_visible(timeout=30_000)
            tab_b.reload()
            settle(tab_b)
            # the comment history is a grid drawn on a canvas: its cells' accessible twins
            history = tab_b.locator('[data-testid="stDataFrame"]').filter(
                has=tab_b.locator("td", has_text="Delad kommentar från server A")
            )
            expect(history.first).to_be_attached(timeout=30_000)
            screenshot(tab_b, "shared_comment_on_second_server")

            ledger = files.csv(tmp_path / "ledger_2031.csv", files.simple_ledger(year=2031))
            imported = subprocess.run(
                [sys.executable, "-m", "analytics", "import", str(ledger), "--database-url", url],
                cwd=ROOT, capture_output=True, text=True, timeout=300,
                env={**os.environ, "BUDGET_DATABASE_URL": ""},
            )  # fmt: skip
            assert imported.returncode == 0, imported.stderr
            for tab, address in ((tab_a, first), (tab_b, second)):
                tab.goto(address)
                settle(tab)
                # a new session opens on the newest year: the imported one, with its figures
                expect(tab.get_by_role("heading", name=re.compile("Översikt 2031"))).to_be_visible(
                    timeout=30_000
                )
                expect(tab.get_by_text("ledger_2031.csv").first).to_be_attached()
                assert tab.locator('[data-testid="stException"]').count() == 0
            screenshot(tab_a, "shared_import_on_first_server")
        finally:
            context_a.close()
            context_b.close()
