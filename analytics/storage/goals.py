"""Goals, indicators and their outcomes, and Kolada benchmark values.

A goal sheet replaces the whole goal tree at once; a Kolada export replaces the values of
the KPIs it holds. Both all or nothing. Indicator values are measures, not money: DOUBLE.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from analytics.ingest import goal_sheet, kolada
from analytics.storage.access import audited
from analytics.storage.database import transaction


@audited("goals")
def replace_goals(
    con: duckdb.DuckDBPyConnection, indicators: pd.DataFrame, outcomes: pd.DataFrame
) -> int:
    """Replace every goal and indicator (and their outcomes); returns how many indicators."""
    with transaction(con):
        con.execute("DELETE FROM indicator_outcome")
        con.execute("DELETE FROM goal_indicator")
        for i, r in enumerate(indicators.itertuples(index=False), start=1):
            con.execute(
                "INSERT INTO goal_indicator VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    i,
                    r.area,
                    r.goal,
                    r.indicator,
                    r.unit or "",
                    r.direction,
                    int(r.base_year),
                    float(r.base_value),
                    int(r.target_year),
                    float(r.target_value),
                    None if pd.isna(r.target_pct) else float(r.target_pct),
                    r.kolada_id or "",
                ],
            )
        for r in outcomes.itertuples(index=False):
            con.execute(
                "INSERT INTO indicator_outcome VALUES (?, ?, ?)",
                [int(r.indicator) + 1, int(r.year), float(r.value)],
            )
    return len(indicators)


def load_goals(con: duckdb.DuckDBPyConnection) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(indicators with id and `goal_sheet.COLUMNS`, outcomes: indicator_id, year, value)."""
    indicators = con.execute(
        f"SELECT id, {', '.join(goal_sheet.COLUMNS)} FROM goal_indicator ORDER BY id"
    ).df()
    outcomes = con.execute(
        "SELECT indicator_id, year, value FROM indicator_outcome ORDER BY indicator_id, year"
    ).df()
    return indicators, outcomes


@audited("goals")
def replace_kolada(con: duckdb.DuckDBPyConnection, values: pd.DataFrame) -> list[str]:
    """Replace the stored values of the KPIs in `values`; returns those KPI ids."""
    kpis = sorted(set(values["kpi_id"]))
    with transaction(con):
        con.execute("DELETE FROM kolada_value WHERE list_contains(?, kpi_id)", [kpis])
        con.register("kolada_upload", values[kolada.COLUMNS])
        try:
            con.execute("INSERT INTO kolada_value SELECT * FROM kolada_upload")
        finally:
            con.unregister("kolada_upload")
    return kpis


def load_kolada(con: duckdb.DuckDBPyConnection, kpi_id: str) -> pd.DataFrame:
    """Every stored value of one KPI (`kolada.COLUMNS`)."""
    return con.execute(
        f"SELECT {', '.join(kolada.COLUMNS)} FROM kolada_value WHERE kpi_id = ? ORDER BY ALL",
        [kpi_id],
    ).df()
