"""The forecast page and `summary --json` assembled from storage and `forecast`'s computations.

One function (`forecast_report`) computes everything the Prognos page shows for a year, month
and scope, so the page and the CLI cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from analytics import access
from analytics.forecast import compute as forecast
from analytics.forecast import result as forecast_result
from analytics.forecast import track_record
from analytics.ingest.tax_forecast import read_tax_forecasts
from analytics.settings import number_setting, text_setting
from analytics.storage import forecasts as stored
from analytics.storage import queries

REGION = queries.REGION_UNIT
OWN_COMMITTEES = "Dina nämnder"


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
    result: forecast_result.ResultForecast | None  # the region's income statement (region scope)
    closed: bool = False  # outcome for all twelve months, read in December: figures are outcome
    whole_region: bool = True  # False: a limited user's nämnder, never called the region

    @property
    def year_end_ore(self) -> int | None:
        """The scope's year-end figure: årets resultat for the region, the net cost for a
        nämnd or a limited user's nämnder. The one figure every page, export and command
        shows as the forecast (a closed year's outcome)."""
        return self.scope_forecast_ore

    @property
    def budget_year_ore(self) -> int:
        """The scope's budget for the year (the budgeted result for the region)."""
        if self.result is not None:
            return self.result.budget_result_ore
        return int(self.scope_grid["budget_ore"].sum())

    @property
    def deviation_ore(self) -> int | None:
        """The year-end figure against the budget (positive = better)."""
        year_end = self.year_end_ore
        return None if year_end is None else year_end - self.budget_year_ore


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


# what `with_scope=False` gives: no grid, track record or forecast of the scope itself
NO_SCOPE: tuple[pd.DataFrame, pd.DataFrame, forecast.UnitForecast | None] = (
    pd.DataFrame(columns=forecast.GRID_COLUMNS),
    pd.DataFrame(columns=["year", "month", "unit", "method", "error_ore"]),
    None,
)


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
    `with_scope=False` leaves out the scope's own chart, track record and band (what the page
    draws but `summary` does not need).
    """
    entries = stored.latest_forecast_entries(con)
    closed = month == 12 and queries.last_outcome_period(con, year) == 12
    whole_region = access.sees_whole_region()
    filters = {"committee": committee} if committee else {}
    cube = queries.history_cube(con, level, filters)
    backtested, units = _units(cube, level, entries, year, month, closed)
    label = committee or (REGION if whole_region else OWN_COMMITTEES)
    own = cube if level == "committee" else None  # a nämnd's own cube is the one just read
    # The region's lines: its own history (the scope) and this year's income statement.
    lines = queries.region_lines(con) if not committee and whole_region else None
    scope_grid, scope_backtest, scope_unit = (
        _scope(con, year, month, committee, entries, own, lines, closed, label)
        if with_scope
        else NO_SCOPE
    )
    method = scope_unit.chosen_method if scope_unit else None
    scope_forecast = scope_unit.chosen_ore if scope_unit else None
    result = None
    if level == "committee" and not committee:
        operating = sum(u.chosen_ore or 0 for u in units)
        if lines is not None:
            result = _result(con, year, month, operating, lines, central_source, closed)
            scope_forecast = result.result_ore
        elif not whole_region:
            scope_forecast = operating
    band = track_record.error_band(scope_backtest, label, method, month) if method else None
    return ForecastReport(
        year=year,
        month=month,
        level=level,
        scope_label=label,
        units=units,
        backtest=backtested,
        scope_grid=scope_grid,
        scope_backtest=scope_backtest,
        scope_method=method,
        scope_forecast_ore=scope_forecast,
        band=band,
        result=result,
        closed=closed,
        whole_region=whole_region,
    )


def _units(
    cube: pd.DataFrame, level: str, entries: pd.DataFrame, year: int, month: int, closed: bool
) -> tuple[pd.DataFrame, list[forecast.UnitForecast]]:
    """Every method's track record and each unit's forecasts at `level` (controllers' own
    forecasts, entered or imported, count per nämnd only)."""
    grid = forecast.monthly_grid(cube)
    controllers = _controllers(cube)
    if level == "committee":
        controllers = _with_entries(controllers, entries)
    else:
        controllers = controllers.iloc[0:0]
    history = forecast.History(grid, controllers)
    complete = track_record.complete_years(grid, year)
    backtested = track_record.backtest(grid, controllers, complete, history)
    recommended = track_record.recommended_methods(backtested, year)
    units = forecast.unit_forecasts(grid, controllers, year, month, recommended, history, closed)
    return backtested, units


def _result(
    con: duckdb.DuckDBPyConnection,
    year: int,
    month: int,
    operating_ore: int,
    lines: pd.DataFrame,
    central_source: str,
    closed: bool,
) -> forecast_result.ResultForecast:
    """The region's result forecast from the nämnder's forecasts and the central lines."""
    return forecast_result.result_forecast(
        operating_ore,
        queries.line_amounts(lines, year),
        month,
        central_source,
        _tax_forecast(con, year),
        float(number_setting("financial_goal_pct")),
        text_setting("financial_goal_base"),
        closed=closed,
    )


def _scope(
    con: duckdb.DuckDBPyConnection,
    year: int,
    month: int,
    committee: str | None,
    entries: pd.DataFrame,
    committee_cube: pd.DataFrame | None,
    region_lines: pd.DataFrame | None,
    closed: bool,
    label: str,
) -> tuple[pd.DataFrame, pd.DataFrame, forecast.UnitForecast | None]:
    """The scope as one unit: its grid for the year, its own track record and its forecast now.
    A nämnd is read with its operating lines and its own (entered or imported) forecasts; the
    region with every line (`region_lines`, read by the caller), so its forecast is årets
    resultat, and its errors are scored against each year's skatteintäkter and generella
    statsbidrag; a limited user's nämnder (no region lines) together, on their net cost."""
    bases = None
    if committee:
        own = committee_cube
        if own is None:
            own = queries.history_cube(con, "committee", {"committee": committee})
        grid = forecast.monthly_grid(own)
        controllers = _with_entries(_controllers(own), entries)
        controllers = controllers[controllers["unit"] == committee]
    elif region_lines is not None:
        everything = queries.region_history(region_lines)
        grid = forecast.monthly_grid(everything)
        controllers = _controllers(everything)
        bases = tax_and_grants(region_lines)
    else:
        own = committee_cube
        if own is None:
            own = queries.history_cube(con, "committee", {})
        grid = forecast.monthly_grid(own)
        # the nämnder's forecasts count one by one (each unit's chosen forecast), not summed
        # here, where a month that only some of them forecast would be read as the whole
        controllers = _controllers(own).iloc[0:0]
    grid = _scope_total(grid, label)
    history = forecast.History(grid, controllers)
    backtested = track_record.backtest(
        grid, controllers, track_record.complete_years(grid, year), history, bases
    )
    units = forecast.unit_forecasts(
        grid,
        controllers,
        year,
        month,
        track_record.recommended_methods(backtested, year),
        history,
        closed,
    )
    return (
        grid[grid["year"] == year].reset_index(drop=True),
        backtested,
        units[0] if units else None,
    )


def tax_and_grants(lines: pd.DataFrame) -> dict[int, int]:
    """Per year: the outcome of skatteintäkter and generella statsbidrag och utjämning (öre),
    the base the region's prognossäkerhet and financial goal are measured on."""
    central = lines[
        (lines["measure"] == "utfall") & lines["rr_line"].isin(forecast_result.CENTRAL_LINES)
    ]
    return {int(y): int(v) for y, v in central.groupby("year")["amount_ore"].sum().items()}


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
