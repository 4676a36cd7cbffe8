"""The Mål och nyckeltal page assembled: every indicator's status, counts per målområde, one
indicator's history against its path and its Kolada benchmarks; and the two imports."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from analytics.goals import compute as goals
from analytics.ingest.goal_sheet import read_goal_sheet
from analytics.ingest.kolada import read_kolada
from analytics.storage import goals as stored


def _indicator(row: Any) -> goals.Indicator:  # a DataFrame row tuple
    return goals.Indicator(
        row.direction,
        int(row.base_year),
        float(row.base_value),
        int(row.target_year),
        float(row.target_value),
    )


@dataclass
class GoalReport:
    """Every indicator with its latest outcome, status and trend, and the counts."""

    table: pd.DataFrame  # id, area, goal, indicator, unit, latest_year, latest_value, status, trend
    counts: dict[str, int]
    by_area: pd.DataFrame  # area, green, yellow, red, no_data
    outcomes: pd.DataFrame  # indicator_id, year, value

    @property
    def has_goals(self) -> bool:
        return not self.table.empty


def goal_report(
    con: duckdb.DuckDBPyConnection, tolerance: float, year: int | None = None
) -> GoalReport:
    """Every indicator's status on its latest outcome up to `year` (all years when None), so
    the tally follows the year a reader has chosen."""
    indicators, outcomes = stored.load_goals(con)
    if year is not None:
        outcomes = outcomes[outcomes["year"] <= year]
    rows = []
    for r in indicators.itertuples(index=False):
        indicator = _indicator(r)
        history = outcomes[outcomes["indicator_id"] == r.id].sort_values("year")
        latest = history.iloc[-1] if len(history) else None
        previous = history.iloc[-2] if len(history) > 1 else None
        latest_year = int(latest["year"]) if latest is not None else None
        value = float(latest["value"]) if latest is not None else None
        rows.append(
            {
                "id": int(r.id),
                "area": r.area,
                "goal": r.goal,
                "indicator": r.indicator,
                "unit": r.unit,
                "direction": r.direction,
                "base_year": int(r.base_year),
                "base_value": float(r.base_value),
                "target_year": int(r.target_year),
                "target_value": float(r.target_value),
                "latest_year": latest_year,
                "latest_value": value,
                "status": goals.status(
                    indicator, latest_year or indicator.base_year, value, tolerance
                ),
                "trend": goals.trend(
                    indicator, None if previous is None else float(previous["value"]), value
                ),
                "kolada_id": r.kolada_id,
            }
        )
    table = pd.DataFrame(rows)
    by_area = pd.DataFrame(
        [
            {"area": area, **goals.counts(list(group["status"]))}
            for area, group in table.groupby("area", sort=False)
        ]
        if len(table)
        else [],
        columns=["area", goals.GREEN, goals.YELLOW, goals.RED, goals.NO_DATA],
    )
    return GoalReport(
        table,
        goals.counts(list(table["status"])) if len(table) else goals.counts([]),
        by_area,
        outcomes,
    )


@dataclass
class IndicatorDetail:
    """One indicator: its outcomes, the path from base to target, and Kolada benchmarks."""

    row: pd.Series
    outcomes: pd.DataFrame  # year, value
    path: pd.DataFrame  # year, value: the straight way from base to target
    benchmarks: pd.DataFrame  # kolada columns (empty without a KPI link)


def indicator_detail(
    con: duckdb.DuckDBPyConnection, report: GoalReport, indicator_id: int
) -> IndicatorDetail:
    row = report.table.set_index("id").loc[indicator_id]
    outcomes = report.outcomes
    history = outcomes[outcomes["indicator_id"] == indicator_id][["year", "value"]]
    indicator = _indicator(row)
    years = range(indicator.base_year, indicator.target_year + 1)
    path = pd.DataFrame({"year": list(years), "value": [indicator.path(y) for y in years]})
    benchmarks = stored.load_kolada(con, row["kolada_id"]) if row["kolada_id"] else pd.DataFrame()
    return IndicatorDetail(row, history.reset_index(drop=True), path, benchmarks)


def import_goals(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    name: str | None = None,
    mapping: dict[str, str] | None = None,
) -> int:
    """Load a goal sheet in place of the stored goals, all or nothing; returns the count."""
    indicators, outcomes = read_goal_sheet(path, name, mapping)
    return stored.replace_goals(con, indicators, outcomes)


def import_kolada(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    name: str | None = None,
    mapping: dict[str, str] | None = None,
) -> list[str]:
    """Load a Kolada export, replacing the stored values of its KPIs; returns the KPI ids."""
    return stored.replace_kolada(con, read_kolada(path, name, mapping))
