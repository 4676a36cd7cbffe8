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
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> None:
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.web import cli

    from analytics.settings import SettingError, check_settings

    try:
        check_settings()  # a bad environment stops `make run` here, naming the variable
    except SettingError as exc:
        sys.exit(str(exc))
    PagesManager.uses_pages_directory = False  # navigation only, from the first session on
    cli.main(["run", str(ROOT / "app.py"), *argv], prog_name="streamlit")


if __name__ == "__main__":
    main(sys.argv[1:])
