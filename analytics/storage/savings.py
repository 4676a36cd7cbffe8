"""The cost-reduction programme in DuckDB: targets, measures, planned and realised savings.

A template load replaces the whole programme at once (all or nothing); measures and realised
savings can also be added one by one from the dashboard. Amounts in kronor (DECIMAL).
"""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd

from analytics.common.formatting import ore_to_kr
from analytics.savings.compute import (
    MEASURE_COLUMNS,
    PLAN_COLUMNS,
    REALISED_COLUMNS,
    TARGET_COLUMNS,
)
from analytics.storage.access import audited
from analytics.storage.database import transaction


def load(
    con: duckdb.DuckDBPyConnection,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(targets, measures, plans, realised) with amounts in öre (`savings` columns)."""
    targets = con.execute(
        """SELECT year, committee, CAST(amount * 100 AS BIGINT) AS amount_ore
           FROM saving_target ORDER BY year, committee"""
    ).df()
    measures = con.execute(
        f"SELECT {', '.join(MEASURE_COLUMNS)} FROM saving_measure ORDER BY code"
    ).df()
    plans = con.execute(
        """SELECT code, year, CAST(amount * 100 AS BIGINT) AS amount_ore
           FROM saving_plan ORDER BY code, year"""
    ).df()
    realised = con.execute(
        """SELECT code, year, CAST(period AS INTEGER) AS period,
                  CAST(amount * 100 AS BIGINT) AS amount_ore
           FROM saving_realised ORDER BY code, year, period"""
    ).df()
    ints = {"year": "int64", "amount_ore": "int64"}
    return (
        targets.astype(ints)[TARGET_COLUMNS],
        measures.astype({"needs_decision": bool})[MEASURE_COLUMNS],
        plans.astype(ints)[PLAN_COLUMNS],
        realised.astype({**ints, "period": "int64"})[REALISED_COLUMNS],
    )


@audited("measure")
def replace_all(
    con: duckdb.DuckDBPyConnection,
    targets: pd.DataFrame,
    measures: pd.DataFrame,
    plans: pd.DataFrame,
    realised: pd.DataFrame,
    author: str,
) -> None:
    """Replace the whole programme with the given one, in one transaction."""
    with transaction(con):
        for table in ("saving_realised", "saving_plan", "saving_measure", "saving_target"):
            con.execute(f"DELETE FROM {table}")
        for r in targets.itertuples(index=False):
            con.execute(
                "INSERT INTO saving_target VALUES (?, ?, ?, ?, now())",
                [int(r.year), r.committee, ore_to_kr(r.amount_ore), author],
            )
        for r in measures.itertuples(index=False):
            _insert_measure(con, r._asdict(), author)
        for r in plans.itertuples(index=False):
            con.execute(
                "INSERT INTO saving_plan VALUES (?, ?, ?)",
                [r.code, int(r.year), ore_to_kr(r.amount_ore)],
            )
        for r in realised.itertuples(index=False):
            con.execute(
                "INSERT INTO saving_realised VALUES (?, ?, ?, ?, ?, now())",
                [r.code, int(r.year), int(r.period), ore_to_kr(r.amount_ore), author],
            )


def _insert_measure(con: duckdb.DuckDBPyConnection, m: dict[str, Any], author: str) -> None:
    con.execute(
        """INSERT INTO saving_measure
             (code, title, committee, owner, status, needs_decision, decision, risk, author)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            m["code"],
            m["title"],
            m["committee"],
            m["owner"],
            m["status"],
            bool(m["needs_decision"]),
            m["decision"] or "",
            m["risk"],
            author,
        ],
    )


def next_code(con: duckdb.DuckDBPyConnection, year: int) -> str:
    """A new measure code for a year: Å-2025-07 after Å-2025-06."""
    prefix = f"Å-{year}-"
    rows = con.execute(
        "SELECT code FROM saving_measure WHERE starts_with(code, ?)", [prefix]
    ).fetchall()
    numbers = [int(c[len(prefix) :]) for (c,) in rows if c[len(prefix) :].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:02d}"


@audited("measure", lambda a: a["measure"].get("committee"))
def add_measure(
    con: duckdb.DuckDBPyConnection,
    measure: dict[str, Any],
    year: int,
    planned_ore: int,
    author: str,
) -> None:
    """Store a new measure and its planned saving for a year, together."""
    with transaction(con):
        _insert_measure(con, measure, author)
        con.execute(
            "INSERT INTO saving_plan VALUES (?, ?, ?)",
            [measure["code"], year, ore_to_kr(planned_ore)],
        )


@audited("measure")
def add_realised(
    con: duckdb.DuckDBPyConnection,
    code: str,
    year: int,
    period: int,
    amount_ore: int,
    author: str,
) -> None:
    """Record (or correct) what a measure saved in a month."""
    with transaction(con):
        con.execute(
            "DELETE FROM saving_realised WHERE code = ? AND year = ? AND period = ?",
            [code, year, period],
        )
        con.execute(
            "INSERT INTO saving_realised VALUES (?, ?, ?, ?, ?, now())",
            [code, year, period, ore_to_kr(amount_ore), author],
        )


@audited("measure", "committee")
def set_target(
    con: duckdb.DuckDBPyConnection, year: int, committee: str, amount_ore: int, author: str
) -> None:
    """Store the year's target for a nämnd ('' for the region), replacing one stored before."""
    con.execute(
        """INSERT INTO saving_target VALUES (?, ?, ?, ?, now())
           ON CONFLICT (year, committee) DO UPDATE SET amount = excluded.amount,
             author = excluded.author, created_at = now()""",
        [year, committee, ore_to_kr(amount_ore), author],
    )
