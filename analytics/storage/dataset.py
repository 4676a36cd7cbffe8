"""Notes on what a database holds besides the user's own data: that the built-in demo was
loaded into it, so every page can say that its figures are partly invented."""

from __future__ import annotations

import duckdb

DEMO = "demo"


def mark_demo(con: duckdb.DuckDBPyConnection, text: str) -> None:
    """Record that the demo was loaded (`text`: what of it is public and what invented)."""
    con.execute("INSERT OR REPLACE INTO dataset_note (name, text) VALUES (?, ?)", [DEMO, text])


def holds_demo(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the demo was ever loaded into this database."""
    return con.execute("SELECT count(*) FROM dataset_note WHERE name = ?", [DEMO]).fetchone() == (
        1,
    )
