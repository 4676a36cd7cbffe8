"""`python -m ui.launch [options of streamlit run]`: the dashboard's server, as `make run`, the
browser tests and the benchmark start it.

Streamlit decides once per server process, when it creates the first session, whether the app
is of the old kind that lists a `pages/` folder next to the main script (ours holds the page
modules that `st.navigation` registers). Left to itself it says yes, runs the first session in
that old mode and switches to navigation during its first run; the switch dropped the first
visitor's widget state, so their first filter change after a restart was lost. Deciding it here,
before the server starts, makes the first session run like every later one. A plain
`streamlit run app.py` still works: the page modules then hand over to navigation themselves
(`ui.app_main.redirect`).

On a first start (an empty or missing database, the demo setting on) the demo is loaded here,
in the terminal with its progress, before the server listens: the first visitor then finds the
data instead of a blank page for half a minute. It goes through `python -m analytics demo`, the
same import path a user's files take. Should that fail, the dashboard still starts and offers the
load on the page.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def needs_demo(path: Path) -> bool:
    """True when the dashboard would otherwise start on an empty database and the demo setting
    is on. A database that cannot be looked at here (held by another server) is left alone."""
    from analytics.settings import bool_setting

    if not bool_setting("demo_on_first_start") or bool_setting("read_only"):
        return False
    if not path.exists() or path.stat().st_size == 0:
        return True
    import duckdb

    from analytics.storage import StorageError, import_log, open_database

    try:
        con = open_database(path, read_only=True)
    except (StorageError, OSError, duckdb.Error):
        return False
    try:
        return import_log.data_state(con).fact_rows == 0
    except duckdb.Error:  # a file the server will have to migrate first: the page decides
        return False
    finally:
        con.close()


def first_start(path: Path) -> None:
    """Load the demo before the server starts, saying so in the terminal."""
    from analytics.cli import main as cli_main
    from analytics.i18n import t
    from analytics.settings import text_setting

    lang = text_setting("language")
    print(t("app.first_start", lang, path=path), flush=True)
    code = cli_main(["demo", "--db", str(path)])
    done = "app.first_start_done" if code == 0 else "app.first_start_failed"
    print(t(done, lang), flush=True)


def main(argv: list[str]) -> None:
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.web import cli

    from analytics.settings import SettingError, check_settings

    try:
        check_settings()  # a bad environment stops `make run` here, naming the variable
    except SettingError as exc:
        sys.exit(str(exc))
    from analytics.settings import database_url, db_path

    path = db_path()
    if not database_url() and needs_demo(path):  # the shared mode loads it from the page
        first_start(path)
    PagesManager.uses_pages_directory = False  # navigation only, from the first session on
    cli.main(["run", str(ROOT / "app.py"), *argv], prog_name="streamlit")


if __name__ == "__main__":
    main(sys.argv[1:])
