"""Saved scenarios: name, author, notes, the budget they start from and their drivers."""

from __future__ import annotations

import duckdb
import pandas as pd

from analytics.scenarios import Drivers, drivers_from_json, drivers_to_json
from analytics.storage.access import audited
from analytics.storage.database import insert_with_new_id


@audited("scenario")
def save(
    con: duckdb.DuckDBPyConnection, *, name: str, notes: str, base_year: int, base_version: str,
    drivers: Drivers, author: str,
) -> int:  # fmt: skip
    """Store a scenario under its name (a scenario of that name is updated); returns its id."""
    row = con.execute("SELECT id FROM scenario WHERE name = ?", [name]).fetchall()
    if row:
        con.execute(
            """UPDATE scenario SET notes = ?, base_year = ?, base_version = ?, drivers_json = ?,
                 author = ?, updated_at = now() WHERE id = ?""",
            [notes, base_year, base_version, drivers_to_json(drivers), author, row[0][0]],
        )
        return int(row[0][0])
    return insert_with_new_id(con, "scenario_id_seq", "scenario", {
        "name": name, "author": author, "notes": notes, "base_year": base_year,
        "base_version": base_version, "drivers_json": drivers_to_json(drivers),
    })  # fmt: skip


def listing(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return con.execute(
        """SELECT id, name, author, notes, base_year, base_version, created_at, updated_at
           FROM scenario ORDER BY name"""
    ).df()


def load(con: duckdb.DuckDBPyConnection, scenario_id: int) -> tuple[dict[str, object], Drivers]:
    """A scenario's facts (name, notes, base year and version, author) and its drivers."""
    row = con.execute(
        """SELECT name, notes, base_year, base_version, author, drivers_json
           FROM scenario WHERE id = ?""",
        [scenario_id],
    ).fetchall()[0]
    meta = dict(zip(("name", "notes", "base_year", "base_version", "author"), row[:5], strict=True))
    return meta, drivers_from_json(row[5])


def duplicate(con: duckdb.DuckDBPyConnection, scenario_id: int, name: str, author: str) -> int:
    meta, drivers = load(con, scenario_id)
    return save(con, name=name, notes=str(meta["notes"]), base_year=int(meta["base_year"]),  # type: ignore[call-overload]
                base_version=str(meta["base_version"]), drivers=drivers, author=author)  # fmt: skip


@audited("scenario")
def delete(con: duckdb.DuckDBPyConnection, scenario_id: int) -> None:
    con.execute("DELETE FROM scenario WHERE id = ?", [scenario_id])
