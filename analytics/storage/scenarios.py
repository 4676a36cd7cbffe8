"""Saved scenarios: name, author, notes, the budget they start from and their drivers."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd

from analytics.access import AccessDenied, sees_whole_region
from analytics.i18n import t
from analytics.scenarios.compute import Drivers, drivers_from_json, drivers_to_json
from analytics.storage.access import audited
from analytics.storage.database import insert_with_new_id


class NameTaken(ValueError):
    """Another user's scenario (or another of one's own) already has the name."""

    def __init__(self, name: str, author: str):
        super().__init__(name, author)
        self.name, self.author = name, author


@audited("scenario")
def save(
    con: duckdb.DuckDBPyConnection,
    *,
    name: str,
    notes: str,
    base_year: int,
    base_version: str,
    drivers: Drivers,
    author: str,
    scenario_id: int | None = None,
) -> int:
    """Store a scenario; returns its id. `scenario_id` is the scenario being edited: saving it
    under its own name updates it. A name another scenario has is refused (`NameTaken`) unless
    it is the author's own and no other one is being edited – nobody overwrites another's."""
    row = con.execute("SELECT id, author FROM scenario WHERE name = ?", [name]).fetchall()
    if row:
        found, owner = int(row[0][0]), str(row[0][1])
        if owner != author or (scenario_id is not None and scenario_id != found):
            raise NameTaken(name, owner)
        con.execute(
            """UPDATE scenario SET notes = ?, base_year = ?, base_version = ?, drivers_json = ?,
                 author = ?, updated_at = now() WHERE id = ?""",
            [notes, base_year, base_version, drivers_to_json(drivers), author, found],
        )
        return found
    if scenario_id is not None:  # renamed: the edited scenario takes the new name
        updated = con.execute(
            """UPDATE scenario SET name = ?, notes = ?, base_year = ?, base_version = ?,
                 drivers_json = ?, updated_at = now() WHERE id = ? AND author = ? RETURNING id""",
            [name, notes, base_year, base_version, drivers_to_json(drivers), scenario_id, author],
        ).fetchall()
        if updated:
            return scenario_id
    return insert_with_new_id(
        con,
        "scenario_id_seq",
        "scenario",
        {
            "name": name,
            "author": author,
            "notes": notes,
            "base_year": base_year,
            "base_version": base_version,
            "drivers_json": drivers_to_json(drivers),
        },
    )


def free_name(con: duckdb.DuckDBPyConnection, name: str) -> str:
    """`name`, or `name (2)`, `name (3)` … whichever no scenario has yet."""
    taken = {str(r[0]) for r in con.execute("SELECT name FROM scenario").fetchall()}
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name} ({n})"
    return candidate


def listing(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The saved scenarios; none for a user limited to some nämnder (a scenario is the whole
    region's result, its drivers name every nämnd's frames)."""
    where = "" if sees_whole_region() else " WHERE false"
    return con.execute(
        f"""SELECT id, name, author, notes, base_year, base_version, created_at, updated_at
            FROM scenario{where} ORDER BY name"""
    ).df()


@dataclass(frozen=True)
class SavedScenario:
    """What a stored scenario says about itself besides its drivers."""

    name: str
    notes: str
    base_year: int
    base_version: str
    author: str


def load(con: duckdb.DuckDBPyConnection, scenario_id: int) -> tuple[SavedScenario, Drivers]:
    """A scenario's facts (name, notes, base year and version, author) and its drivers.
    Refused (`AccessDenied`) for a user limited to some nämnder."""
    if not sees_whole_region():
        raise AccessDenied(t("scenario.region_only"))
    row = con.execute(
        """SELECT name, notes, base_year, base_version, author, drivers_json
           FROM scenario WHERE id = ?""",
        [scenario_id],
    ).fetchall()[0]
    name, notes, base_year, base_version, author, drivers = row
    meta = SavedScenario(
        str(name), str(notes or ""), int(base_year), str(base_version), str(author)
    )
    return meta, drivers_from_json(drivers)


def duplicate(con: duckdb.DuckDBPyConnection, scenario_id: int, name: str, author: str) -> int:
    """A copy under `name`, or the first free `name (n)`: a copy never overwrites another."""
    meta, drivers = load(con, scenario_id)
    return save(
        con,
        name=free_name(con, name),
        notes=meta.notes,
        base_year=meta.base_year,
        base_version=meta.base_version,
        drivers=drivers,
        author=author,
    )


@audited("scenario")
def delete(con: duckdb.DuckDBPyConnection, scenario_id: int) -> None:
    con.execute("DELETE FROM scenario WHERE id = ?", [scenario_id])
