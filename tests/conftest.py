"""Shared fixtures: databases, the demo built once per session, and AppTest set-up."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# Every chart a test draws (also through AppTest and the browser tests' server) is built with
# plotly's validation on; the dashboard itself skips it (analytics/common/charts.py).
os.environ["BUDGET_STRICT_CHARTS"] = "1"
# ... and every message a test shows must exist with all its parameters (analytics/i18n/).
os.environ["BUDGET_STRICT_MESSAGES"] = "1"
# openpyxl's own XML path, whatever imports openpyxl first (see analytics/__init__.py).
os.environ["OPENPYXL_LXML"] = "False"

from analytics.storage import open_database  # noqa: E402


@pytest.fixture(autouse=True)
def acting_admin() -> Iterator[None]:
    """Tests act as an admin unless they say otherwise (`access.acting_as`); the dashboard and
    the CLI set their own user."""
    from analytics.access import Actor, acting_as

    with acting_as(Actor("test", "admin", None, "cli")):
        yield


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"


@pytest.fixture
def con(db_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    connection = open_database(db_path)
    yield connection
    connection.close()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo, built once through the CLI (`python -m analytics demo`), as a user would."""
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.duckdb"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "analytics",
            "demo",
            "--db",
            str(path),
            "--folder",
            str(folder / "files"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return path


@pytest.fixture
def demo_copy(demo_db: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database for a test that writes."""
    target = tmp_path / "demo.duckdb"
    shutil.copy(demo_db, target)
    wal = demo_db.with_name(demo_db.name + ".wal")
    if wal.exists():
        shutil.copy(wal, target.with_name(target.name + ".wal"))
    return target


@pytest.fixture
def demo_con(demo_db: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    connection = open_database(demo_db, read_only=True)
    yield connection
    connection.close()


# --- AppTest ---------------------------------------------------------------------------------
# Streamlit 1.67's AppTest re-detects a folder literally named `pages/` before every run and then
# executes the page file without the entrypoint (see shared/testing.md). The real server does
# this at most for the very first request; afterwards `st.navigation` switches it off. This
# subclass makes AppTest behave as the server does after that first request. The browser tests
# check the real server without any patch.


def _patch_pages_manager() -> None:
    import streamlit.testing.v1.app_test as app_test_module
    from streamlit.runtime.pages_manager import PagesManager

    if getattr(app_test_module.PagesManager, "_budget_patch", False):
        return

    class NavigationPagesManager(PagesManager):
        _budget_patch = True

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            PagesManager.uses_pages_directory = False

    app_test_module.PagesManager = NavigationPagesManager  # type: ignore[misc]


# --- the shared mode: a real PostgreSQL started by the tests --------------------------------


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test marked `both_modes` runs on the DuckDB file and in the shared mode."""
    if metafunc.definition.get_closest_marker("both_modes"):
        metafunc.parametrize("storage_mode", ["embedded", "shared"])


@pytest.fixture
def storage_mode() -> str:
    """The storage mode of a test not marked `both_modes`: the DuckDB file."""
    return "embedded"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A PostgreSQL server of our own for the whole session (Debian's package: initdb into a
    temporary folder, pg_ctl on a free port on 127.0.0.1), stopped at the end."""
    from scripts import pg_server as server

    if server.bin_dir() is None:
        if IN_CI:
            pytest.fail("PostgreSQL is missing in CI: .ci/run must install it")
        pytest.skip("PostgreSQL is not installed (make test installs it when run as root)")
    with server.running() as url:
        yield url


class SharedCopies:
    """New PostgreSQL databases holding a DuckDB file's content: each file is moved in once
    (`migrate-to`, checked) into a template, and each test gets a copy of the template."""

    def __init__(self, server: str) -> None:
        self.server = server
        self.templates: dict[str, str] = {}
        self.made = 0

    def _new(self, template: str | None = None) -> tuple[str, str]:
        from scripts import pg_server

        self.made += 1
        name = f"budget_{self.made}"
        return name, pg_server.create_database(self.server, name, template)

    def empty(self) -> str:
        return self._new()[1]

    def of(self, path: Path) -> str:
        """A shared database with the content of the DuckDB file at `path`."""
        import hashlib

        from analytics.storage.shared.move import migrate_to

        digest = hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
        if digest not in self.templates:
            name, url = self._new()
            migrate_to(path, url)
            self.templates[digest] = name
        return self._new(self.templates[digest])[1]


@pytest.fixture(scope="session")
def shared_copies(pg_server: str) -> SharedCopies:
    return SharedCopies(pg_server)


@pytest.fixture
def app_factory(
    monkeypatch: pytest.MonkeyPatch, storage_mode: str, request: pytest.FixtureRequest
) -> Callable[[Path], object]:
    """Build an AppTest of app.py on a given database file (in the shared mode: on a shared
    database holding that file's content)."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    _patch_pages_manager()
    st.cache_data.clear()
    st.cache_resource.clear()
    shared_urls: dict[Path, str] = {}

    def make(path: Path, demo: bool = False) -> AppTest:
        monkeypatch.setenv("BUDGET_DB", str(path))
        if storage_mode == "shared":  # one shared database per file for the whole test
            if path not in shared_urls:
                copies = request.getfixturevalue("shared_copies")
                shared_urls[path] = copies.of(path) if path.exists() else copies.empty()
            monkeypatch.setenv("BUDGET_DATABASE_URL", shared_urls[path])
        monkeypatch.setenv("BUDGET_DEMO", "1" if demo else "0")
        monkeypatch.setenv("BUDGET_DEMO_DIR", str(path.parent / "demo_files"))
        return AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)

    yield make
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture
def stored(storage_mode: str) -> Iterator[Callable[[Path], duckdb.DuckDBPyConnection]]:
    """What the database holds after a test's AppTest wrote to it, in either mode: the file
    at `path`, or (shared mode) a fresh copy of the shared database the AppTest used."""
    from analytics.storage.shared import SharedDatabase

    opened: list[SharedDatabase | duckdb.DuckDBPyConnection] = []

    def read(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
        url = os.environ.get("BUDGET_DATABASE_URL", "")
        if storage_mode == "shared" and url:
            shared = SharedDatabase(url)
            opened.append(shared)
            return shared.con
        con = open_database(path, read_only=read_only)
        opened.append(con)
        return con

    yield read
    for item in opened:
        item.close()


def open_page(at: object, url_path: str) -> None:
    """Switch an AppTest to a navigation page registered with a callable (by its url path).

    AppTest.switch_page() only resolves file-based pages; ours are callables.
    """
    pages = at._registered_pages  # type: ignore[attr-defined]
    for page_hash, info in pages.items():
        if info.get("url_pathname") == url_path:
            at._page_hash = page_hash  # type: ignore[attr-defined]
            return
    raise AssertionError(f"no page {url_path!r}: {list(pages.values())}")


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def enter_forecast(at: object, committee: str, amount: str, comment: str) -> None:
    """Fill in and send the Prognos page's controller-forecast form."""
    at.selectbox(key="entry_committee").set_value(committee)  # type: ignore[attr-defined]
    at.text_input(key="entry_amount").input(amount)  # type: ignore[attr-defined]
    at.text_area(key="entry_comment").input(comment)  # type: ignore[attr-defined]
    next(
        b
        for b in at.button
        if b.label == "Spara prognos" and "entry" in str(b.form_id)  # type: ignore[attr-defined]
    ).click().run()


def shown(element: object) -> object:
    """A table as the user reads it: where the page formats its numbers for display (the
    cells carry numbers, so a heading sorts them as numbers), the display text of every cell;
    otherwise the table's values."""
    from streamlit import dataframe_util

    styler = element.proto.arrow_data.styler  # type: ignore[attr-defined]
    if styler.display_values:
        table = dataframe_util.convert_arrow_bytes_to_pandas_df(styler.display_values)
        return table.astype(object).where(table.notna(), None)
    return element.value  # type: ignore[attr-defined]
