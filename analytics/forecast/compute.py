"""Year-end forecasts (helårsprognos) per unit and month, by every method.

Pure functions on a monthly grid: one row per year, unit and month 1–12 with the periodised
budget and the outcome in öre, result sign (net cost negative), as `monthly_grid` builds it
from `storage.queries.history_cube`. The controllers' own forecasts come as a frame of year,
unit, period (the month the forecast was made) and forecast_ore (year-end, result sign).

Every method sees only what was known at the end of the forecast month (`known_at`): the
year's outcome up to that month, its budget (decided beforehand), earlier years' outcome and
the controllers' forecasts made up to that month. The backtest runs the same code on every
past year and month, so a method's track record (`forecast.track_record`) is what it would
really have said; the result the forecasts lead to is `forecast.result`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from analytics.followup import compute as followup
from analytics.i18n import family

MONTHS = list(range(1, 13))
# The methods computed from the ledger, and the controllers' own forecasts.
COMPUTED = ("budget_remaining", "run_rate", "seasonal")
CONTROLLER = "controller"
METHODS = (*COMPUTED, CONTROLLER)
family("method", METHODS)  # the texts `method.<value>` (analytics/i18n/)
# A closed year's figure is its outcome, not a method's forecast.
OUTCOME = "outcome"
GRID_COLUMNS = ["year", "unit", "period", "budget_ore", "outcome_ore"]
FORECAST_COLUMNS = ["year", "unit", "period", "forecast_ore"]


def monthly_grid(cube: pd.DataFrame, profile: str = "prior_year") -> pd.DataFrame:
    """Per year, unit and month 1–12: periodised budget and outcome (öre, result sign).

    `cube` has year, unit, period (0 = annual budget), measure (budget/utfall) and amount_ore
    for any number of years. Years whose budget has monthly rows are summed in one pass; only
    a year with annual budget rows goes through `followup.periodised_budget` (spread by
    default by the unit's outcome the year before).
    """
    cube = cube[cube["measure"].isin(("budget", "utfall"))]
    annual = cube[(cube["period"] == 0) & (cube["measure"] == "budget")]
    spread_years = sorted(int(y) for y in annual["year"].unique())
    if not spread_years:  # one pass, already in year, unit and month order
        return _summed_grid(cube)
    frames = [_summed_grid(cube[~cube["year"].isin(spread_years)])]
    for year in spread_years:
        year_cube = cube[cube["year"].isin([year - 1, year])]
        periodised, _ = followup.periodised_budget(year_cube, year, profile)
        frames.append(_summed_grid(periodised.assign(year=year)))
    grid = pd.concat(frames, ignore_index=True)
    return grid.sort_values(["year", "unit", "period"]).reset_index(drop=True)


def _summed_grid(cube: pd.DataFrame) -> pd.DataFrame:
    """Monthly rows summed to one row per year, unit and month 1–12 (zeros filled in)."""
    monthly = cube[cube["period"].between(1, 12)]
    if monthly.empty:
        return pd.DataFrame(columns=GRID_COLUMNS)
    year = monthly["year"].to_numpy(dtype=np.int64)
    unit = monthly["unit"].to_numpy(dtype=object)
    # (year, unit) pairs in sorted order, each with 12 month slots.
    pairs = sorted(set(zip(year.tolist(), unit.tolist(), strict=True)))
    slot = {pair: i for i, pair in enumerate(pairs)}
    row = np.fromiter(
        (slot[p] for p in zip(year.tolist(), unit.tolist(), strict=True)), np.int64, len(year)
    )
    column = monthly["period"].to_numpy(dtype=np.int64) - 1
    amount = monthly["amount_ore"].to_numpy(dtype=np.int64)
    measure = monthly["measure"].to_numpy(dtype=object)
    sums = {}
    for name in ("budget", "utfall"):
        out = np.zeros((len(pairs), 12), dtype=np.int64)
        mine = measure == name
        np.add.at(out, (row[mine], column[mine]), amount[mine])
        sums[name] = out.ravel()
    return pd.DataFrame(
        {
            "year": np.repeat(np.array([p[0] for p in pairs], dtype=np.int64), 12),
            "unit": pd.array(
                np.repeat(np.array([p[1] for p in pairs], dtype=object), 12),
                dtype=monthly["unit"].dtype,
            ),
            "period": np.tile(np.arange(1, 13, dtype=np.int64), len(pairs)),
            "budget_ore": sums["budget"],
            "outcome_ore": sums["utfall"],
        }
    )


def known_at(
    grid: pd.DataFrame, controllers: pd.DataFrame, year: int, month: int
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """What was known at the end of `month` of `year`: earlier years in full, this year's
    budget in full and its outcome up to the month (later months' outcome set to zero), and
    the controllers' forecasts made up to the month. Nothing of later years."""
    earlier = grid[grid["year"] < year]
    current = grid[grid["year"] == year].copy()
    current.loc[current["period"] > month, "outcome_ore"] = 0
    made = controllers[
        (controllers["year"] < year)
        | ((controllers["year"] == year) & (controllers["period"] <= month))
    ]
    return pd.concat([earlier, current], ignore_index=True), made


def forecasts_at(
    grid: pd.DataFrame, controllers: pd.DataFrame, year: int, month: int
) -> pd.DataFrame:
    """Every method's year-end forecast per unit at the end of `month` (1–12) of `year`,
    computed from what was known then.

    Columns: unit, method, forecast_ore (NaN where a method has nothing to go on: no earlier
    year for the seasonal share, no controllers' forecast yet).
    """
    known, made = known_at(grid, controllers, year, month)
    year_forecasts = _year_forecasts(known, made, year)
    at = year_forecasts[year_forecasts["month"] == month]
    return at.drop(columns="month").reset_index(drop=True)


def _year_forecasts(grid: pd.DataFrame, controllers: pd.DataFrame, year: int) -> pd.DataFrame:
    """Every method's forecast per unit at each month 1–12 of `year` (see `History`).

    Columns: month, unit, method, forecast_ore.
    """
    return History(grid, controllers).year_forecasts(year)


class History:
    """The grid and the controllers' forecasts as one (units × 12) matrix per year, built once,
    so that every year's and month's forecasts are array arithmetic.

    The forecast at month m of a year reads that year's outcome through m only (running sums),
    its budget, the controllers' forecasts made by m, and earlier years' outcome – never a
    later year's.
    """

    def __init__(self, grid: pd.DataFrame, controllers: pd.DataFrame):
        self.years: dict[int, tuple[list[str], np.ndarray, np.ndarray, np.ndarray]] = {}
        # Plain arrays once: per-year pandas selections would cost more than the arithmetic.
        g_year = grid["year"].to_numpy(dtype="int64")
        g_unit = grid["unit"].to_numpy(dtype=object)
        g_period = grid["period"].to_numpy(dtype="int64")
        g_budget = grid["budget_ore"].to_numpy(dtype="int64")
        g_outcome = grid["outcome_ore"].to_numpy(dtype="int64")
        c_year = controllers["year"].to_numpy(dtype="int64")
        c_unit = controllers["unit"].to_numpy(dtype=object)
        c_period = controllers["period"].to_numpy(dtype="int64")
        c_value = controllers["forecast_ore"].to_numpy(dtype="float64")
        for year in np.unique(g_year):
            rows = g_year == year
            units = sorted(set(g_unit[rows]))
            made = c_year == year
            self.years[int(year)] = (
                units,
                _matrix(units, g_unit[rows], g_period[rows], g_budget[rows]),
                _matrix(units, g_unit[rows], g_period[rows], g_outcome[rows]),
                _controller_matrix(units, c_unit[made], c_period[made], c_value[made]),
            )
        self._shares: dict[int, dict[str, np.ndarray]] = {}

    def _year_shares(self, year: int) -> dict[str, np.ndarray]:
        """Per unit of `year`: the share of the year's outcome reached by each month (only
        where the year's outcome is not zero)."""
        if year not in self._shares:
            units, _, outcome, _ = self.years[year]
            acc = np.cumsum(outcome, axis=1)
            total = acc[:, 11].astype("float64")
            self._shares[year] = {u: acc[i] / total[i] for i, u in enumerate(units) if total[i]}
        return self._shares[year]

    def seasonal_shares(self, year: int, units: list[str]) -> np.ndarray:
        """(units × 12): the average share reached by each month over the years before."""
        sums = np.zeros((len(units), 12))
        counts = np.zeros((len(units), 1))
        for earlier in (y for y in self.years if y < year):
            shares = self._year_shares(earlier)
            for i, unit in enumerate(units):
                if unit in shares:
                    sums[i] += shares[unit]
                    counts[i] += 1
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(counts > 0, sums / counts, np.nan)

    def method_matrices(self, year: int) -> tuple[list[str], dict[str, np.ndarray]]:
        """The year's units and, per method, a (units × 12) float matrix of the forecast made
        at the end of each month (NaN where the method has nothing to go on)."""
        units, budget, outcome, controller = self.years[year]
        outcome_acc = np.cumsum(outcome, axis=1)
        budget_acc = np.cumsum(budget, axis=1)
        share = self.seasonal_shares(year, units)
        with np.errstate(divide="ignore", invalid="ignore"):
            seasonal = np.where(share > 0, outcome_acc / share, np.nan)
        methods = {
            "budget_remaining": outcome_acc + (budget_acc[:, [11]] - budget_acc),
            "run_rate": outcome_acc * 12 / np.arange(1, 13),
            "seasonal": seasonal,
            CONTROLLER: controller,
        }
        return units, {m: np.round(v.astype("float64")) for m, v in methods.items()}

    def year_forecasts(self, year: int, months: range = range(1, 13)) -> pd.DataFrame:
        """Columns: month, unit, method, forecast_ore, for the given months of `year`."""
        if year not in self.years:
            return pd.DataFrame(columns=["month", "unit", "method", "forecast_ore"])
        units, methods = self.method_matrices(year)
        columns = [m - 1 for m in months]
        n = len(units) * len(columns)
        return pd.DataFrame(
            {
                "month": np.tile(np.array(list(months)), len(units) * len(methods)),
                "unit": np.tile(np.repeat(units, len(columns)), len(methods)),
                "method": np.repeat(list(methods), n),
                "forecast_ore": np.concatenate([v[:, columns].ravel() for v in methods.values()]),
            }
        )

    def final_outcome(self, year: int) -> np.ndarray:
        """Per unit of the year (in `years[year]` order): the outcome of the whole year."""
        return np.asarray(self.years[year][2].sum(axis=1))


def _matrix(
    units: list[str], unit: np.ndarray, period: np.ndarray, values: np.ndarray
) -> np.ndarray:
    """A (units × 12) int64 matrix of one year's monthly values."""
    out = np.zeros((len(units), 12), dtype=np.int64)
    np.add.at(out, (np.searchsorted(units, unit), period - 1), values)
    return out


def _controller_matrix(
    units: list[str], unit: np.ndarray, period: np.ndarray, value: np.ndarray
) -> np.ndarray:
    """(units × 12): the controllers' latest forecast made by each month (NaN before the first).

    Rows come in any order; within a month the last row wins, and each month carries the
    latest forecast made by then forward."""
    out = np.full((len(units), 12), np.nan)
    position = np.searchsorted(units, unit)
    inside = (position < len(units)) & (period >= 1) & (period <= 12)
    inside[inside] = np.asarray(units, dtype=object)[position[inside]] == unit[inside]
    order = np.argsort(period[inside], kind="stable")
    rows, months = position[inside][order], period[inside][order] - 1
    for r, m, v in zip(rows, months, value[inside][order], strict=True):
        out[r, m] = v  # in order, so a later row of the same month wins
    # Forward fill along the months: each cell takes the last month at or before it with a value.
    filled = np.where(np.isnan(out), 0, np.arange(12))
    np.maximum.accumulate(filled, axis=1, out=filled)
    carried = out[np.arange(len(units))[:, None], filled]
    return carried


@dataclass(frozen=True)
class UnitForecast:
    """One unit's forecasts at a month: every method, the recommended one and the change since
    the month before (öre, result sign; None where a method has nothing to go on)."""

    unit: str
    budget_ore: int
    methods: dict[str, int | None]
    recommended: str | None
    previous: dict[str, int | None]
    outcome_ore: int | None = None  # the whole year's outcome, once the year is closed

    @property
    def chosen_method(self) -> str | None:
        """The outcome of a closed year; else the controllers' forecast when there is one,
        otherwise the recommended method."""
        if self.outcome_ore is not None:
            return OUTCOME
        if self.methods.get(CONTROLLER) is not None:
            return CONTROLLER
        return self.recommended if self.recommended in self.methods else None

    @property
    def chosen_ore(self) -> int | None:
        """The unit's year-end figure: what every page, export and command shows."""
        if self.outcome_ore is not None:
            return self.outcome_ore
        method = self.chosen_method
        return self.methods.get(method) if method else None

    @property
    def deviation_ore(self) -> int | None:
        """The chosen forecast against the year's budget (positive = better than budget)."""
        chosen = self.chosen_ore
        return None if chosen is None else chosen - self.budget_ore

    @property
    def change_ore(self) -> int | None:
        """The chosen method's forecast now against the month before."""
        method = self.chosen_method
        now = self.chosen_ore
        before = self.previous.get(method) if method else None
        return None if now is None or before is None else now - before


def unit_forecasts(
    grid: pd.DataFrame,
    controllers: pd.DataFrame,
    year: int,
    month: int,
    recommended: dict[str, str],
    history: History | None = None,
    closed: bool = False,
) -> list[UnitForecast]:
    """Per unit of the year: budget, every method now and a month earlier, the recommended.
    Both months read only what was known at the end of each (`History`). In a `closed` year
    (outcome for all twelve months, read in December) each unit's figure is its outcome."""
    history = history or History(grid, controllers)
    if year not in history.years:
        return []
    units, methods = history.method_matrices(year)
    budgets = history.years[year][1].sum(axis=1)
    outcomes = history.final_outcome(year)

    def at(i: int, column: int) -> dict[str, int | None]:
        return {
            m: None if np.isnan(v[i, column]) else int(v[i, column]) for m, v in methods.items()
        }

    return [
        UnitForecast(
            unit=str(unit),
            budget_ore=int(budgets[i]),
            methods=at(i, month - 1),
            recommended=recommended.get(unit),
            previous=at(i, month - 2) if month > 1 else {},
            outcome_ore=int(outcomes[i]) if closed else None,
        )
        for i, unit in enumerate(units)
    ]


def forecast_path(
    budget_acc: list[int], outcome_acc: list[int], month: int, year_end: int
) -> list[int]:
    """The accumulated forecast from the month's outcome to the year-end forecast, shaped like
    the rest of the periodised budget (evenly where the budget has no shape left).

    Returns values for months `month`..12.
    """
    start = outcome_acc[month - 1]
    left = budget_acc[11] - budget_acc[month - 1]
    path = []
    for m in range(month, 13):
        if left:
            share = (budget_acc[m - 1] - budget_acc[month - 1]) / left
        else:
            share = (m - month) / (12 - month) if month < 12 else 1.0
        path.append(round(start + share * (year_end - start)))
    return path


@dataclass(frozen=True)
class Paths:
    """Accumulated values from the forecast month to December: the forecast and its band."""

    middle: list[int]
    lower: list[int]
    upper: list[int]


def forecast_paths(
    budget_acc: list[int], outcome_acc: list[int], month: int, year_end: int, band: int | None
) -> Paths:
    """The forecast path (`forecast_path`) with a band that opens from nothing at this month to
    ± `band` (öre) in December."""
    middle = forecast_path(budget_acc, outcome_acc, month, year_end)
    width = band or 0
    steps = len(middle) - 1 or 1
    spread = [round(width * i / steps) for i in range(len(middle))]
    return Paths(
        middle,
        [m - s for m, s in zip(middle, spread, strict=True)],
        [m + s for m, s in zip(middle, spread, strict=True)],
    )
