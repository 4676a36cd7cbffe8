"""Budget frames and their changes: stored per year, replaced a year at a time by an import of
the template, or added one by one in the dashboard. Amounts in kronor (DECIMAL)."""

from __future__ import annotations

import duckdb
import pandas as pd

from analytics.common.formatting import ore_to_kr
from analytics.frames.compute import CHANGE_COLUMNS, DECISION_COLUMNS
from analytics.storage.access import audited
from analytics.storage.database import insert_with_new_id, transaction


def load(con: duckdb.DuckDBPyConnection) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Every frame decision and change (`frames` columns, amounts in öre)."""
    decisions = con.execute(
        """SELECT year, committee, version, CAST(amount * 100 AS BIGINT) AS amount_ore,
                  decision, decided
           FROM frame_decision ORDER BY year, committee, version"""
    ).df()
    changes = con.execute(
        """SELECT year, committee, version, change_type, CAST(amount * 100 AS BIGINT) AS amount_ore,
                  text, counterpart
           FROM frame_change ORDER BY year, id"""
    ).df()
    decisions["decided"] = [d.date() if pd.notna(d) else None for d in decisions["decided"]]
    return (
        decisions.astype({"year": "int64", "amount_ore": "int64"})[DECISION_COLUMNS],
        changes.astype({"year": "int64", "amount_ore": "int64"})[CHANGE_COLUMNS],
    )


@audited("frame")
def replace_years(
    con: duckdb.DuckDBPyConnection, decisions: pd.DataFrame, changes: pd.DataFrame, author: str
) -> list[int]:
    """Replace everything stored for the years in the file with the file's content, all or
    nothing; return those years."""
    years = sorted({int(y) for y in [*decisions["year"], *changes["year"]]})
    with transaction(con):
        con.execute("DELETE FROM frame_decision WHERE list_contains(?, year)", [years])
        con.execute("DELETE FROM frame_change WHERE list_contains(?, year)", [years])
        for r in decisions.itertuples(index=False):
            con.execute(
                """INSERT INTO frame_decision
                     (id, year, committee, version, amount, decision, decided, author)
                   VALUES (nextval('frame_id_seq'), ?, ?, ?, ?, ?, ?, ?)""",
                [
                    int(r.year),
                    r.committee,
                    r.version,
                    ore_to_kr(r.amount_ore),
                    r.decision or "",
                    r.decided,
                    author,
                ],
            )
        for r in changes.itertuples(index=False):
            con.execute(
                """INSERT INTO frame_change
                     (id, year, committee, version, change_type, amount, text, counterpart, author)
                   VALUES (nextval('frame_id_seq'), ?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    int(r.year),
                    r.committee,
                    r.version,
                    r.change_type,
                    ore_to_kr(r.amount_ore),
                    r.text or "",
                    r.counterpart or "",
                    author,
                ],
            )
    return years


@audited("frame", "committee")
def add_change(
    con: duckdb.DuckDBPyConnection,
    *,
    year: int,
    committee: str,
    version: str,
    change_type: str,
    amount_ore: int,
    text: str,
    counterpart: str,
    author: str,
) -> int:
    """Store one frame change entered in the dashboard; returns its id."""
    row = {
        "year": year,
        "committee": committee,
        "version": version,
        "change_type": change_type,
        "amount": ore_to_kr(amount_ore),
        "text": text,
        "counterpart": counterpart,
        "author": author,
    }
    return insert_with_new_id(con, "frame_id_seq", "frame_change", row)


@audited("frame", "committee")
def set_decision(
    con: duckdb.DuckDBPyConnection,
    *,
    year: int,
    committee: str,
    version: str,
    amount_ore: int,
    decision: str,
    decided: object,
    author: str,
) -> None:
    """Store a nämnd's frame for a year and version, replacing one stored before."""
    con.execute(
        """INSERT INTO frame_decision
             (id, year, committee, version, amount, decision, decided, author)
           VALUES (nextval('frame_id_seq'), ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (year, committee, version) DO UPDATE SET amount = excluded.amount,
             decision = excluded.decision, decided = excluded.decided, author = excluded.author,
             created_at = now()""",
        [year, committee, version, ore_to_kr(amount_ore), decision, decided, author],
    )
