"""A forecast method's track record: what it would have said at every month of every complete
past year, made with only what was known then (`History`), against the year's final outcome;
the accuracy per method, the method each unit is best served by, and the error band.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analytics.forecast.compute import METHODS, History


def backtest(
    grid: pd.DataFrame,
    controllers: pd.DataFrame,
    years: list[int],
    history: History | None = None,
    bases: dict[int, int] | None = None,
) -> pd.DataFrame:
    """Every method's forecast at every month 1–11 of each complete year in `years`, against
    the year's final outcome, each made with only what was known then (`forecasts_at`).

    Columns: year, month, unit, method, forecast_ore, final_ore, error_ore (final − forecast,
    as Swedish reports give prognossäkerhet: positive = the outcome was better), base_ore (what
    the error is a share of), ape (absolute error as a share of the base; NaN when it is zero).
    The base is the unit's own final outcome (a nämnd's net cost) unless `bases` gives one per
    year: the region's result is scored against its skatteintäkter and generella statsbidrag
    och utjämning, since a % of a small result says nothing.
    """
    # Each year's forecasts read only that year (through each month) and the years before.
    history = history or History(grid, controllers)
    parts: dict[str, list[np.ndarray]] = {c: [] for c in BACKTEST_COLUMNS}
    months = np.arange(1, 12)
    for year in years:
        if year not in history.years:
            continue
        units, methods = history.method_matrices(year)
        finals = history.final_outcome(year).astype("float64")
        for method, values in methods.items():
            forecast = values[:, :11]  # months 1–11: December's is the outcome itself
            row, col = np.nonzero(~np.isnan(forecast))
            made = forecast[row, col]
            parts["year"].append(np.full(len(row), year, dtype=np.int64))
            parts["month"].append(months[col])
            parts["unit"].append(np.asarray(units, dtype=object)[row])
            parts["method"].append(np.full(len(row), method, dtype=object))
            parts["forecast_ore"].append(made)
            parts["final_ore"].append(finals[row])
    if not parts["year"]:
        return pd.DataFrame(columns=SCORED_COLUMNS)
    frame = pd.DataFrame({c: np.concatenate(v) for c, v in parts.items()})
    frame["final_ore"] = frame["final_ore"].astype("int64")
    frame["error_ore"] = frame["final_ore"] - frame["forecast_ore"]
    own = frame["final_ore"].abs()
    size = own if bases is None else frame["year"].map(bases).astype("float64").abs()
    frame["base_ore"] = size
    frame["ape"] = frame["error_ore"].abs() / size.where(size > 0)
    return frame.sort_values(["year", "method", "unit", "month"], kind="stable").reset_index(
        drop=True
    )


BACKTEST_COLUMNS = ["year", "month", "unit", "method", "forecast_ore", "final_ore"]


SCORED_COLUMNS = [*BACKTEST_COLUMNS, "error_ore", "base_ore", "ape"]


def complete_years(grid: pd.DataFrame, before: int) -> list[int]:
    """Years before `before` with outcome in December: the ones a backtest can score."""
    december = grid[(grid["period"] == 12) & (grid["outcome_ore"] != 0)]
    return sorted(int(y) for y in december["year"].unique() if y < before)


def accuracy(backtested: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Mean absolute % error and bias (mean error as % of its base; positive = the outcome
    turned out better than forecast) grouped by `by`, with the count."""
    if backtested.empty:
        return pd.DataFrame(columns=[*by, "mape_pct", "bias_pct", "n"])
    base = backtested["base_ore"] if "base_ore" in backtested else backtested["final_ore"].abs()
    scored = backtested.assign(pct_error=backtested["error_ore"] / base.where(base != 0))
    grouped = scored.groupby(by)
    return pd.DataFrame(
        {
            "mape_pct": grouped["ape"].mean() * 100,
            "bias_pct": grouped["pct_error"].mean() * 100,
            "n": grouped["ape"].count(),
        }
    ).reset_index()


def recommended_methods(backtested: pd.DataFrame, before: int) -> dict[str, str]:
    """Per unit: the method with the lowest mean absolute % error over the complete years
    before `before` (all months), so choosing uses nothing from the year being forecast."""
    past = backtested[backtested["year"] < before]
    if past.empty:
        return {}
    mape = past.groupby(["unit", "method"])["ape"].mean().dropna()
    # Ties go to the simplest method, in the order of METHODS.
    order = {m: i for i, m in enumerate(METHODS)}
    best: dict[str, tuple[tuple[float, int], str]] = {}
    for (unit, method), value in mape.items():
        key = (float(value), order.get(str(method), len(order)))
        if unit not in best or key < best[unit][0]:
            best[str(unit)] = (key, str(method))
    return {unit: method for unit, (_, method) in best.items()}


def error_band(backtested: pd.DataFrame, unit: str, method: str, month: int) -> int | None:
    """A unit's mean absolute error (öre) of a method at this month in past years: how far such
    a forecast has typically been from the final outcome."""
    rows = backtested[
        (backtested["unit"] == unit)
        & (backtested["method"] == method)
        & (backtested["month"] == month)
    ]
    value = rows["error_ore"].abs().mean()
    return None if pd.isna(value) else round(float(value))
