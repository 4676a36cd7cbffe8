"""Controllers' year-end forecasts entered in the dashboard, and tax-base forecasts (SKR).

Nothing is overwritten: saving again adds a new entry, the newest per nämnd and month is the
one that counts, and the history stays visible. Amounts are kronor in result sign (a nämnd's
net cost is negative), DECIMAL like the ledger.
"""

from __future__ import annotations

from decimal import Decimal

import duckdb
import pandas as pd

from analytics.storage.access import audited
from analytics.storage.database import insert_with_new_id, transaction


@audited("forecast", "committee")
def add_forecast_entry(
    con: duckdb.DuckDBPyConnection,
    *,
    year: int,
    period: int,
    committee: str,
    amount_kr: Decimal,
    comment: str,
    author: str,
) -> int:
    """Store a controller's year-end forecast for a nämnd, made in `period`; returns its id."""
    row = {
        "year": year,
        "period": period,
        "committee": committee,
        "amount": amount_kr,
        "comment": comment,
        "author": author,
    }
    return insert_with_new_id(con, "forecast_entry_id_seq", "forecast_entry", row)


def latest_forecast_entries(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The newest entry per year, month and nämnd: year, unit, period, forecast_ore."""
    frame = con.execute(
        """SELECT year, committee AS unit, CAST(period AS INTEGER) AS period,
                  CAST(amount * 100 AS BIGINT) AS forecast_ore
           FROM forecast_entry
           QUALIFY row_number() OVER (PARTITION BY year, period, committee ORDER BY id DESC) = 1
           ORDER BY year, period, unit"""
    ).df()
    return frame.astype({"year": "int64", "period": "int64", "forecast_ore": "int64"})


def forecast_entry_history(
    con: duckdb.DuckDBPyConnection, year: int, committee: str | None = None
) -> pd.DataFrame:
    """Every entry of a year (of one nämnd, or all), newest first."""
    return con.execute(
        """SELECT CAST(period AS INTEGER) AS period, committee,
                  CAST(amount * 100 AS BIGINT) AS forecast_ore, comment, author, created_at
           FROM forecast_entry
           WHERE year = ? AND (? IS NULL OR committee = ?)
           ORDER BY id DESC""",
        [year, committee, committee],
    ).df()


@audited("tax_forecast")
def add_tax_forecast(
    con: duckdb.DuckDBPyConnection,
    *,
    year: int,
    skatteintakter_kr: Decimal,
    statsbidrag_kr: Decimal,
    source: str,
    author: str,
) -> int:
    """Store a forecast of skatteintäkter and generella statsbidrag och utjämning for a year."""
    row = {
        "year": year,
        "skatteintakter": skatteintakter_kr,
        "statsbidrag": statsbidrag_kr,
        "source": source,
        "author": author,
    }
    return insert_with_new_id(con, "tax_forecast_id_seq", "tax_forecast", row)


@audited("tax_forecast")
def add_tax_forecasts(
    con: duckdb.DuckDBPyConnection, rows: list[tuple[int, Decimal, Decimal, str]], author: str
) -> int:
    """Store several years' tax forecasts (year, skatteintäkter, statsbidrag in kronor,
    source) all or nothing; returns how many."""
    with transaction(con):
        for year, tax, grants, source in rows:
            con.execute(
                """INSERT INTO tax_forecast (id, year, skatteintakter, statsbidrag, source, author)
                   VALUES (nextval('tax_forecast_id_seq'), ?, ?, ?, ?, ?)""",
                [year, tax, grants, source, author],
            )
    return len(rows)


def latest_tax_forecast(con: duckdb.DuckDBPyConnection, year: int) -> tuple[int, int, str] | None:
    """(skatteintäkter öre, statsbidrag öre, source) of the newest tax forecast for a year."""
    rows = con.execute(
        """SELECT CAST(skatteintakter * 100 AS BIGINT), CAST(statsbidrag * 100 AS BIGINT), source
           FROM tax_forecast WHERE year = ? ORDER BY id DESC LIMIT 1""",
        [year],
    ).fetchall()
    return (int(rows[0][0]), int(rows[0][1]), str(rows[0][2])) if rows else None


def tax_forecast_history(con: duckdb.DuckDBPyConnection, year: int) -> pd.DataFrame:
    """Every tax forecast entered for a year, newest first."""
    return con.execute(
        """SELECT CAST(skatteintakter * 100 AS BIGINT) AS skatteintakter_ore,
                  CAST(statsbidrag * 100 AS BIGINT) AS statsbidrag_ore, source, author, created_at
           FROM tax_forecast WHERE year = ? ORDER BY id DESC""",
        [year],
    ).df()
