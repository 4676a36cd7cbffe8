"""Every table on every page keeps its first column (the unit, the line, the measure) in view:
drawn through `ui.widgets.table`, which pins it, so a table wider than the page at 1280 px
scrolls sideways under a fixed first column instead of taking the names out of view."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import open_page

PAGES = ("", "deviations", "forecast", "frames", "savings", "goals", "scenarios", "data_import")


def _first_column_pinned(element: object) -> bool:
    proto = element.proto  # type: ignore[attr-defined]
    config = json.loads(proto.columns or "{}")
    pinned = [name for name, c in config.items() if c.get("pinned")]
    return bool(pinned)


def test_every_table_pins_its_first_column(app_factory, demo_copy: Path) -> None:
    at = app_factory(demo_copy).run()
    at.sidebar.selectbox(key="f_year").set_value(2020).run()
    at.sidebar.selectbox(key="f_period").set_value(8).run()
    seen = 0
    for path in PAGES:
        open_page(at, path)
        at.run()
        assert not at.exception, path
        tables = [x for x in at.dataframe if not x.proto.editing_mode]  # the editors aside
        unpinned = [i for i, table in enumerate(tables) if not _first_column_pinned(table)]
        assert not unpinned, f"{path or 'overview'}: tables {unpinned} have no pinned column"
        seen += len(tables)
    assert seen >= 15  # the pages drew their tables (a test that sees none proves nothing)


def test_a_table_without_rows_is_said_in_words() -> None:
    """The grid would draw Streamlit's English "empty" in its one cell."""
    from streamlit.testing.v1 import AppTest

    def script() -> None:
        import pandas as pd

        from ui import widgets

        widgets.table(pd.DataFrame({"Enhet": [], "Avvikelse (tkr)": []}))

    at = AppTest.from_function(script, default_timeout=30).run()
    assert not at.exception
    assert not at.dataframe
    assert [c.value for c in at.caption] == ["Inga rader att visa."]
