"""What the database holds and where it came from: the import log, the data version caches key
on, and the codes an import is checked against (known ansvar, accounts and their names)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import duckdb
import pandas as pd

from analytics.access import sees_whole_region


@dataclass(frozen=True)
class DataState:
    """What the database holds right now; changes whenever an import commits."""

    last_import_id: int
    fact_rows: int


def data_state(con: duckdb.DuckDBPyConnection) -> DataState:
    """A cheap fingerprint used to invalidate caches after an import."""
    row = con.execute(
        """SELECT coalesce(max(id), 0), (SELECT count(*) FROM ledger_fact)
           FROM import_log"""
    ).fetchall()[0]
    assert row is not None
    return DataState(int(row[0]), int(row[1]))


def last_successful_import(con: duckdb.DuckDBPyConnection) -> tuple[datetime, str] | None:
    """When the latest successful import finished, and its file name."""
    rows = con.execute(
        """SELECT finished_at, file_name FROM import_log WHERE result = 'ok'
           ORDER BY id DESC LIMIT 1"""
    ).fetchall()
    return (rows[0][0], str(rows[0][1])) if rows else None


def data_version(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """(last import, last audited write): changes with every import and every entry, so one
    key invalidates every cached figure."""
    row = con.execute(
        "SELECT (SELECT coalesce(max(id), 0) FROM import_log), "
        "(SELECT coalesce(max(id), 0) FROM audit_log)"
    ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def import_history(con: duckdb.DuckDBPyConnection, limit: int = 50) -> pd.DataFrame:
    """The latest imports, newest first: region-wide (every nämnd's rows, who loaded what), so
    none for a user limited to some nämnder."""
    where = "" if sees_whole_region() else " WHERE false"
    return con.execute(
        f"""SELECT id, file_name, kind, sheets, rows_read, rows_added, rows_replaced,
                   rows_removed, rows_unchanged, subtotal_rows, user_name, started_at,
                   finished_at, result, message, content_hash
            FROM import_log{where} ORDER BY id DESC LIMIT ?""",
        [limit],
    ).df()


def known_ansvar(con: duckdb.DuckDBPyConnection, year_list: list[int]) -> pd.DataFrame:
    """(year, ansvar) pairs of the organisation for the given years."""
    return con.execute(
        "SELECT year, ansvar FROM org_unit WHERE list_contains(?, year)", [year_list]
    ).df()


def known_accounts(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Every account in the chart of accounts."""
    return {str(r[0]) for r in con.execute("SELECT konto FROM account").fetchall()}


def account_names(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """konto → name for every named account of the chart."""
    rows = con.execute("SELECT konto, konto_name FROM account WHERE konto_name IS NOT NULL")
    return {str(k): str(n) for k, n in rows.fetchall()}
