"""The forecast page and `summary --json` assembled from storage and `forecast`'s computations.

One function (`forecast_report`) computes everything the Prognos page shows for a year, month
and scope, so the page and the CLI cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from analytics import forecast
from analytics.ingest.tax_forecast import read_tax_forecasts
from analytics.settings import setting
from analytics.storage import forecasts as stored
from analytics.storage import queries

REGION = queries.REGION_UNIT


@dataclass
class ForecastReport:
    """Year-end forecasts at one month for the units of a level within a scope."""

    year: int
    month: int
    level: str
    scope_label: str
    units: list[forecast.UnitForecast]
    backtest: pd.DataFrame  # per past year, month, unit and method (the table's units)
    scope_grid: pd.DataFrame  # the scope's budget and outcome per month of the year
    scope_backtest: pd.DataFrame  # the scope's own track record
    scope_method: str | None  # the method behind the scope's year-end forecast
    scope_forecast_ore: int | None  # the scope's year-end forecast
    band: int | None  # the method's past mean absolute error at this month (öre)
    result: forecast.ResultForecast | None  # the region's income statement (region scope)

    @property
    def operating_forecast_ore(self) -> int | None:
        """The sum of the units' chosen forecasts (None if any unit has none)."""
        chosen = [u.chosen_ore for u in self.units]
        return None if any(c is None for c in chosen) else sum(c for c in chosen if c is not None)


def _controllers(cube: pd.DataFrame) -> pd.DataFrame:
    """The controllers' forecasts in a history cube (already one row per year, unit and
    month the forecast was made)."""
    made = cube[cube["measure"] == "prognos"]
    return made.rename(columns={"amount_ore": "forecast_ore"})[forecast.FORECAST_COLUMNS]


def _with_entries(controllers: pd.DataFrame, entries: pd.DataFrame) -> pd.DataFrame:
    """Forecasts entered in the dashboard take the place of imported ones for the same nämnd
    and month."""
    if entries.empty:
        return controllers
    key = ["year", "unit", "period"]
    kept = controllers.merge(entries[key], on=key, how="left", indicator=True)
    kept = kept[kept["_merge"] == "left_only"].drop(columns="_merge")
    return pd.concat([kept, entries[[*key, "forecast_ore"]]], ignore_index=True)


def _scope_total(grid: pd.DataFrame, label: str) -> pd.DataFrame:
    """The grid as one unit named `label` (summed over its units when it has several)."""
    if grid["unit"].nunique() <= 1:
        return grid.assign(unit=label)[forecast.GRID_COLUMNS]
    summed = grid.groupby(["year", "period"], as_index=False)[["budget_ore", "outcome_ore"]].sum()
    summed.insert(1, "unit", label)
    return summed[forecast.GRID_COLUMNS]


def forecast_report(
    con: duckdb.DuckDBPyConnection,
    year: int,
    month: int,
    level: str = "committee",
    committee: str | None = None,
    central_source: str = "auto",
    with_scope: bool = True,
) -> ForecastReport:
    """Every method's forecast per unit, their track record, the scope's forecast with its
    error band, and (for the whole region) the result forecast.

    Each year is read on its own organisation: the controllers' forecasts were made for the
    nämnd as it was then, and a method's track record compares it with that year's outcome.
    Controllers' forecasts count per nämnd; below that level only the computed methods do.
    `with_scope=False` leaves out the scope's own chart, track record and band (what the page
    draws but `summary` does not need).
    """
    filters = {"committee": committee} if committee else {}
    entries = stored.latest_forecast_entries(con)

    cube = queries.history_cube(con, level, filters)
    grid = forecast.monthly_grid(cube)
    controllers = _controllers(cube)
    if level == "committee":
        controllers = _with_entries(controllers, entries)
    else:
        controllers = controllers.iloc[0:0]
    history = forecast.History(grid, controllers)
    complete = forecast.complete_years(grid, year)
    backtested = forecast.backtest(grid, controllers, complete, history)
    recommended = forecast.recommended_methods(backtested, year)
    units = forecast.unit_forecasts(grid, controllers, year, month, recommended, history)

    label = committee or REGION
    own = cube if level == "committee" else None  # a nämnd's own cube is the one just read
    # The region's lines: its own history (the scope) and this year's income statement.
    lines = queries.region_lines(con) if not committee else None
    scope = _scope(con, year, month, committee, entries, own, lines) if with_scope else None
    scope_grid, scope_backtest, scope_unit = scope or (
        pd.DataFrame(columns=forecast.GRID_COLUMNS),
        pd.DataFrame(columns=["year", "month", "unit", "method", "error_ore"]),
        None,
    )

    result = None
    scope_method = scope_unit.chosen_method if scope_unit else None
    scope_forecast = scope_unit.chosen_ore if scope_unit else None
    if not committee:
        operating = sum(u.chosen_ore or 0 for u in units) if level == "committee" else None
        if operating is not None and lines is not None:
            result = forecast.result_forecast(
                operating,
                queries.line_amounts(lines, year),
                month,
                central_source,
                _tax_forecast(con, year),
                float(setting("financial_goal_pct")),
                setting("financial_goal_base"),
            )
            scope_forecast = result.result_ore
    band = forecast.error_band(scope_backtest, label, scope_method, month) if scope_method else None
    return ForecastReport(
        year=year,
        month=month,
        level=level,
        scope_label=label,
        units=units,
        backtest=backtested,
        scope_grid=scope_grid,
        scope_backtest=scope_backtest,
        scope_method=scope_method,
        scope_forecast_ore=scope_forecast,
        band=band,
        result=result,
    )


def _scope(
    con: duckdb.DuckDBPyConnection, year: int, month: int, committee: str | None,
    entries: pd.DataFrame, committee_cube: pd.DataFrame | None,
    region_lines: pd.DataFrame | None,
) -> tuple[pd.DataFrame, pd.DataFrame, forecast.UnitForecast | None]:  # fmt: skip
    """The scope as one unit: its grid for the year, its own track record and its forecast now.
    A nämnd is read with its operating lines and its own (entered or imported) forecasts; the
    region with every line (`region_lines`, read by the caller), so its forecast is årets
    resultat."""
    label = committee or REGION
    if committee:
        own = committee_cube
        if own is None:
            own = queries.history_cube(con, "committee", {"committee": committee})
        grid = forecast.monthly_grid(own)
        controllers = _with_entries(_controllers(own), entries)
        controllers = controllers[controllers["unit"] == committee]
    else:
        assert region_lines is not None  # read once by forecast_report for the region
        everything = queries.region_history(region_lines)
        grid = forecast.monthly_grid(everything)
        controllers = _controllers(everything)
    grid = _scope_total(grid, label)
    history = forecast.History(grid, controllers)
    backtested = forecast.backtest(grid, controllers, forecast.complete_years(grid, year), history)
    units = forecast.unit_forecasts(
        grid, controllers, year, month, forecast.recommended_methods(backtested, year), history
    )
    return (
        grid[grid["year"] == year].reset_index(drop=True),
        backtested,
        units[0] if units else None,
    )


def _tax_forecast(con: duckdb.DuckDBPyConnection, year: int) -> tuple[int, int] | None:
    latest = stored.latest_tax_forecast(con, year)
    return (latest[0], latest[1]) if latest else None


def import_tax_forecasts(
    con: duckdb.DuckDBPyConnection, path: Path, author: str, display_name: str | None = None
) -> list[int]:
    """Read a tax-forecast sheet and store every year of it, all or nothing; return the years.
    Raises `ImportRejected` (nothing written) when anything in the file is wrong."""
    rows = read_tax_forecasts(path, display_name)
    stored.add_tax_forecasts(
        con, [(r.year, r.skatteintakter_kr, r.statsbidrag_kr, r.source) for r in rows], author
    )
    return [r.year for r in rows]
