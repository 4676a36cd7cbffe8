"""Plan against outcome: periodised budget, accumulated figures and deviations.

Pure functions on the frames `storage.queries.monthly_amounts` returns (unit, period, measure,
amount_ore in result sign). Deviation is seen from the result: outcome − budget, so positive means
better than budget (revenue above or cost below budget).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

MONTHS = list(range(1, 13))


def periodised_budget(monthly: pd.DataFrame) -> tuple[pd.DataFrame, bool]:
    """Annual budget rows (period 0) spread over twelve months, exactly to the öre.

    Returns the frame with periods 1–12 only, and whether any annual amount had to be spread
    evenly (the screen must then say so: the export had no monthly budget rows).
    """
    annual = monthly[(monthly["period"] == 0) & (monthly["measure"] == "budget")]
    rest = monthly[monthly["period"] != 0]
    if annual.empty:
        return rest.reset_index(drop=True), False
    grouped = annual.groupby("unit", as_index=False)["amount_ore"].sum()
    amounts = grouped["amount_ore"].to_numpy(dtype=np.int64)
    base = np.floor_divide(amounts, 12)
    remainder = amounts - base * 12  # 0..11, also for negative amounts (floor division)
    spread = base[:, None] + (np.arange(12)[None, :] < remainder[:, None])
    spread_frame = pd.DataFrame(
        {
            "unit": np.repeat(grouped["unit"].to_numpy(), 12),
            "period": np.tile(np.arange(1, 13), len(grouped)),
            "measure": "budget",
            "amount_ore": spread.reshape(-1).astype(np.int64),
        }
    )
    combined = pd.concat([rest, spread_frame], ignore_index=True)
    combined = combined.groupby(["unit", "period", "measure"], as_index=False)["amount_ore"].sum()
    return combined, True


def by_month(monthly: pd.DataFrame) -> pd.DataFrame:
    """Budget and outcome per unit and month (1–12, missing months as 0), with running sums."""
    periodised, _ = periodised_budget(monthly)
    units = sorted(periodised["unit"].unique()) if len(periodised) else []
    grid = pd.MultiIndex.from_product([units, MONTHS], names=["unit", "period"])
    wide = (
        periodised.pivot_table(
            index=["unit", "period"], columns="measure", values="amount_ore", aggfunc="sum"
        )
        .reindex(grid)
        .fillna(0)
    )
    frame = pd.DataFrame(
        {
            "budget_ore": wide.get("budget", pd.Series(0, index=grid)).astype("int64"),
            "outcome_ore": wide.get("utfall", pd.Series(0, index=grid)).astype("int64"),
        },
        index=grid,
    ).reset_index()
    frame["budget_acc_ore"] = frame.groupby("unit")["budget_ore"].cumsum()
    frame["outcome_acc_ore"] = frame.groupby("unit")["outcome_ore"].cumsum()
    frame["deviation_acc_ore"] = frame["outcome_acc_ore"] - frame["budget_acc_ore"]
    return frame


def region_by_month(months: pd.DataFrame) -> pd.DataFrame:
    """The whole region's monthly and accumulated figures: the sum over all units."""
    columns = [
        "budget_ore",
        "outcome_ore",
        "budget_acc_ore",
        "outcome_acc_ore",
        "deviation_acc_ore",
    ]
    return months.groupby("period", as_index=False)[columns].sum()


def deviation_table(months: pd.DataFrame, through_period: int) -> pd.DataFrame:
    """Per unit: budget and outcome to date, deviation in öre and %, and the annual budget."""
    ytd = months[months["period"] <= through_period].groupby("unit")
    table = (
        pd.DataFrame(
            {
                "budget_ytd_ore": ytd["budget_ore"].sum(),
                "outcome_ytd_ore": ytd["outcome_ore"].sum(),
                "budget_year_ore": months.groupby("unit")["budget_ore"].sum(),
            }
        )
        .fillna(0)
        .astype("int64")
    )
    table["deviation_ytd_ore"] = table["outcome_ytd_ore"] - table["budget_ytd_ore"]
    table["deviation_ytd_pct"] = deviation_percent(
        table["deviation_ytd_ore"], table["budget_ytd_ore"]
    )
    return table.reset_index()[
        [
            "unit",
            "budget_ytd_ore",
            "outcome_ytd_ore",
            "deviation_ytd_ore",
            "deviation_ytd_pct",
            "budget_year_ore",
        ]
    ]


def deviation_percent(deviation: pd.Series, budget: pd.Series) -> pd.Series:
    """Deviation as a share of the budget's size; missing where the budget is zero."""
    size = budget.abs().astype("float64")
    return (deviation.astype("float64") / size.where(size > 0)) * 100


def total_row(table: pd.DataFrame, label: str) -> pd.DataFrame:
    """The table's sum as one row named `label` (the region when units are nämnder)."""
    sums = table[
        ["budget_ytd_ore", "outcome_ytd_ore", "deviation_ytd_ore", "budget_year_ore"]
    ].sum()
    row = {"unit": label, **{k: int(v) for k, v in sums.items()}}
    row["deviation_ytd_pct"] = deviation_percent(
        pd.Series([row["deviation_ytd_ore"]]), pd.Series([row["budget_ytd_ore"]])
    ).iloc[0]
    return pd.DataFrame([row])[table.columns]


def largest_units(table: pd.DataFrame, count: int) -> list[str]:
    """The `count` units with the largest annual budget in size, largest first."""
    order = table["budget_year_ore"].abs().sort_values(ascending=False).index
    return table.loc[order[:count], "unit"].tolist()


def largest_deviations(table: pd.DataFrame, count: int) -> pd.DataFrame:
    """The `count` units whose deviation to date is largest in size, better or worse."""
    order = table["deviation_ytd_ore"].abs().sort_values(ascending=False).index
    return table.loc[order[:count]]
