"""Decisions behind the balanskravsutredning, and the plan's assumptions per year.

Both are entered (or loaded from a sheet), never derived: a transfer to the resultatreserv or a
decision citing synnerliga skäl is fullmäktige's, and a plan's tax rate or tax-base growth is
the plan's own. Nothing is overwritten: a decision is removed by marking it (it stays in the
history), and the newest assumption per plan, year and name is the one that counts.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import duckdb
import pandas as pd

from analytics.result.balance import Decision
from analytics.storage.access import audited
from analytics.storage.database import insert_with_new_id, transaction


@audited("balance")
def add_decision(
    con: duckdb.DuckDBPyConnection,
    *,
    year: int,
    kind: str,
    amount_kr: Decimal,
    reference: str,
    text: str,
    author: str,
) -> int:
    """Record one decision (kronor as it enters the result; see `balance.Decision`)."""
    row = {
        "year": year,
        "kind": kind,
        "amount": amount_kr,
        "reference": reference,
        "text": text,
        "author": author,
    }
    return insert_with_new_id(con, "balance_decision_id_seq", "balance_decision", row)


@audited("balance")
def remove_decision(con: duckdb.DuckDBPyConnection, *, decision_id: int) -> None:
    """Mark a decision removed; it stays in the history."""
    con.execute(
        "UPDATE balance_decision SET removed_at = ? WHERE id = ? AND removed_at IS NULL",
        [datetime.now(), decision_id],
    )


def decisions(con: duckdb.DuckDBPyConnection) -> list[Decision]:
    """Every decision in force, oldest first."""
    rows = con.execute(
        """SELECT year, kind, CAST(amount * 100 AS BIGINT), reference, text
           FROM balance_decision WHERE removed_at IS NULL ORDER BY year, id"""
    ).fetchall()
    return [Decision(int(y), str(k), int(a), str(r), str(x)) for y, k, a, r, x in rows]


def decision_table(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every decision with who entered it, newest first (removed ones marked)."""
    return con.execute(
        """SELECT id, year, kind, CAST(amount * 100 AS BIGINT) AS amount_ore, reference, text,
                  author, created_at, removed_at
           FROM balance_decision ORDER BY id DESC"""
    ).df()


@audited("balance")
def add_assumptions(
    con: duckdb.DuckDBPyConnection,
    *,
    rows: list[tuple[int, str, int, str, Decimal, str]],
    author: str,
) -> int:
    """Store plan assumptions (budget year, version, year, name, value, source) as the newest
    of their plans, all or nothing."""
    with transaction(con):
        for base_year, version, year, name, value, source in rows:
            con.execute(
                """INSERT INTO plan_assumption (id, base_year, version, year, name, value,
                                                source, author)
                   VALUES (nextval('plan_assumption_id_seq'), ?, ?, ?, ?, ?, ?, ?)""",
                [base_year, version, year, name, value, source, author],
            )
    return len(rows)


def assumptions(con: duckdb.DuckDBPyConnection, base_year: int, version: str) -> pd.DataFrame:
    """The newest value per year and name of a plan (a budget year and version), with its
    source. Columns: year, name, value (Decimal), source."""
    return con.execute(
        """SELECT year, name, value, source FROM plan_assumption
           WHERE base_year = ? AND version = ?
           QUALIFY row_number() OVER (PARTITION BY year, name ORDER BY id DESC) = 1
           ORDER BY year, name""",
        [base_year, version],
    ).df()
