"""Plan against outcome: periodised budget, accumulated figures, deviations and growth.

Pure functions on the frames `storage.queries.ledger_cube` returns (year, unit, part, period,
measure, amount_ore in result sign; optionally kostnadsslag). Deviation is seen from the result:
outcome − budget, so positive means better than budget (revenue above or cost below budget),
and it splits exactly into a revenue part and a gross-cost part.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from analytics.common.allocation import allocate
from analytics.i18n import family

MONTHS = list(range(1, 13))
ORG_MODES = ("current", "historic")  # history on this year's organisation, or as it was
family("org", ORG_MODES)  # the texts `org.<value>` (analytics/i18n/)
family("dev.org_note", ORG_MODES)  # the texts `dev.org_note.<value>` (analytics/i18n/)
PROFILES = ("prior_year", "even", "cost_type")
family("profile", PROFILES)  # the texts `profile.<value>` (analytics/i18n/)
PARTS = ("revenue", "cost")

# A spreading key per kostnadsslag (relative weights per month), for budgets without months.
# Personnel costs dip in July (holidays) and rise in December (holiday pay adjustments).
PERSONNEL_KEY = (1.0, 0.97, 1.02, 1.0, 1.02, 1.08, 0.72, 0.88, 1.0, 1.02, 1.0, 1.2)
COST_TYPE_KEYS: dict[str, tuple[float, ...]] = {
    "Personalkostnader exkl. pensioner": PERSONNEL_KEY,
    "Pensionskostnader": PERSONNEL_KEY,
    "Inhyrd personal": (1.0, 1.0, 1.0, 1.0, 1.0, 1.3, 1.6, 1.3, 0.9, 0.9, 0.9, 0.9),
}


def _split_years(cube: pd.DataFrame, year: int | None) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """The year's rows and the year before's outcome (a frame without years is all current)."""
    if "year" not in cube.columns:
        return cube, cube.iloc[0:0], year or 0
    year = year if year is not None else (int(cube["year"].max()) if len(cube) else 0)
    prior = cube[(cube["year"] == year - 1) & (cube["measure"] == "utfall")]
    return cube[cube["year"] == year], prior, year


def _annual_budget_rows(cube: pd.DataFrame) -> pd.Series:
    return (cube["period"] == 0) & (cube["measure"] == "budget")


def has_annual_budget(cube: pd.DataFrame) -> bool:
    """Whether any budget row lacks a month (period 0) and so must be spread by a profile."""
    return bool(_annual_budget_rows(cube).any())


def periodised_budget(
    cube: pd.DataFrame,
    year: int | None = None,
    profile: str = "prior_year",
    keys: dict[str, tuple[float, ...]] | None = None,
) -> tuple[pd.DataFrame, set[str]]:
    """The year's facts with annual budget rows (period 0) spread over months 1–12, exactly.

    Profiles: `prior_year` spreads by the same unit's (and part's) monthly outcome the year
    before, `even` in twelfths, `cost_type` by a key per kostnadsslag (`COST_TYPE_KEYS`).
    Where a profile has nothing to go on (no outcome last year, no key), twelfths are used.
    Returns the frame and the profiles actually used (empty when every budget row had a month).
    """
    if profile not in PROFILES:
        raise ValueError(profile)
    keys = COST_TYPE_KEYS if keys is None else keys
    current, prior, year = _split_years(cube, year)
    annual_mask = _annual_budget_rows(current)
    rest = current[~annual_mask & (current["period"] > 0)]
    if not annual_mask.any():
        return rest.reset_index(drop=True), set()
    annual = current[annual_mask]

    group_cols = [c for c in ("unit", "kostnadsslag", "part") if c in annual.columns]
    prior_shape = (
        prior.assign(weight=prior["amount_ore"].abs())
        .groupby([*group_cols, "period"])["weight"]
        .sum()
        if len(prior)
        else pd.Series(dtype="float64")
    )
    used: set[str] = set()
    spread_rows = []
    for key, group in annual.groupby(group_cols, sort=False):
        key = key if isinstance(key, tuple) else (key,)
        total = int(group["amount_ore"].sum())
        weights, name = _weights(
            dict(zip(group_cols, key, strict=True)), profile, prior_shape, group_cols, keys
        )
        used.add(name)
        months = allocate(total, weights) if total else np.zeros(12, dtype=np.int64)
        for month, amount in zip(MONTHS, months, strict=True):
            spread_rows.append(
                {
                    **dict(zip(group_cols, key, strict=True)),
                    "period": month,
                    "amount_ore": int(amount),
                }
            )
    spread = pd.DataFrame(spread_rows)
    spread["measure"] = "budget"
    if "year" in current.columns:
        spread["year"] = year
    combined = pd.concat([rest, spread], ignore_index=True)
    keys_all = [c for c in combined.columns if c != "amount_ore"]
    return combined.groupby(keys_all, as_index=False, sort=False)["amount_ore"].sum(), used


def _weights(
    key: dict[str, object],
    profile: str,
    prior_shape: pd.Series,
    group_cols: list[str],
    keys: dict[str, tuple[float, ...]],
) -> tuple[np.ndarray, str]:
    """Twelve monthly weights for one annual amount, and the profile they came from."""
    if profile == "prior_year" and len(prior_shape):
        try:
            shape = prior_shape.loc[tuple(key[c] for c in group_cols)]
            weights = shape.reindex(MONTHS, fill_value=0).to_numpy(dtype="float64")
            if weights.sum() > 0:
                return weights, "prior_year"
        except KeyError:
            pass
    if profile == "cost_type" and key.get("kostnadsslag") in keys:
        return np.array(keys[str(key["kostnadsslag"])], dtype="float64"), "cost_type"
    return np.ones(12), "even"


def by_month(periodised: pd.DataFrame) -> pd.DataFrame:
    """Per unit and month 1–12: budget and outcome in total and per part, with running sums.

    Summed into one (units × 12) integer array per measure and part with numpy: this runs on
    every click, and the same in pandas column by column took several times longer.
    """
    units = np.array(sorted(periodised["unit"].unique()) if len(periodised) else [], dtype=object)
    unit_index = np.searchsorted(units, periodised["unit"].to_numpy(dtype=object))
    month_index = periodised["period"].to_numpy(dtype="int64") - 1
    amounts = periodised["amount_ore"].to_numpy(dtype="int64")
    measure = periodised["measure"].to_numpy(dtype=object)
    revenue = (
        periodised["part"].to_numpy(dtype=object) == "revenue"
        if "part" in periodised.columns
        else np.zeros(len(periodised), dtype=bool)
    )
    columns: dict[str, np.ndarray] = {}
    for name, source in (("budget", "budget"), ("outcome", "utfall")):
        for part, rows in (("revenue", revenue), ("cost", ~revenue)):
            grid = np.zeros((len(units), 12), dtype=np.int64)
            chosen = rows & (measure == source)
            np.add.at(grid, (unit_index[chosen], month_index[chosen]), amounts[chosen])
            columns[f"{name}_{part}"] = grid
        columns[name] = columns[f"{name}_revenue"] + columns[f"{name}_cost"]
    out = {"unit": np.repeat(units, 12), "period": np.tile(np.arange(1, 13), len(units))}
    for name in ("budget", "outcome"):
        out[f"{name}_revenue_ore"] = columns[f"{name}_revenue"].ravel()
        out[f"{name}_cost_ore"] = columns[f"{name}_cost"].ravel()
        out[f"{name}_ore"] = columns[name].ravel()
    for name in (
        "budget",
        "outcome",
        "budget_revenue",
        "budget_cost",
        "outcome_revenue",
        "outcome_cost",
    ):
        out[f"{name}_acc_ore"] = np.cumsum(columns[name], axis=1).ravel()
    out["deviation_ore"] = out["outcome_ore"] - out["budget_ore"]
    out["deviation_acc_ore"] = out["outcome_acc_ore"] - out["budget_acc_ore"]
    out["deviation_revenue_acc_ore"] = (
        out["outcome_revenue_acc_ore"] - out["budget_revenue_acc_ore"]
    )
    out["deviation_cost_acc_ore"] = out["outcome_cost_acc_ore"] - out["budget_cost_acc_ore"]
    return pd.DataFrame(out)


def region_by_month(months: pd.DataFrame) -> pd.DataFrame:
    """The sum over all units, per month."""
    columns = [c for c in months.columns if c.endswith("_ore")]
    return months.groupby("period", as_index=False)[columns].sum()


TABLE_COLUMNS = [
    "unit",
    "budget_month_ore",
    "outcome_month_ore",
    "deviation_month_ore",
    "deviation_month_pct",
    "budget_ytd_ore",
    "outcome_ytd_ore",
    "deviation_ytd_ore",
    "deviation_ytd_pct",
    "deviation_revenue_ytd_ore",
    "deviation_cost_ytd_ore",
    "budget_year_ore",
]


def deviation_table(months: pd.DataFrame, through_period: int) -> pd.DataFrame:
    """Per unit: the month's and the accumulated deviation (öre and %), split into revenue and
    gross cost, and the annual budget."""
    at = months[months["period"] == through_period]
    year_budget = months.groupby("unit", sort=False)["budget_ore"].sum()
    totals = {
        "unit": at["unit"].to_numpy(),
        "budget_month_ore": at["budget_ore"].to_numpy(),
        "outcome_month_ore": at["outcome_ore"].to_numpy(),
        "budget_ytd_ore": at["budget_acc_ore"].to_numpy(),
        "outcome_ytd_ore": at["outcome_acc_ore"].to_numpy(),
        "budget_revenue_ytd_ore": at["budget_revenue_acc_ore"].to_numpy(),
        "outcome_revenue_ytd_ore": at["outcome_revenue_acc_ore"].to_numpy(),
        "budget_year_ore": year_budget.reindex(at["unit"]).to_numpy(),
    }
    return table_from_totals(pd.DataFrame(totals))


def table_from_totals(totals: pd.DataFrame) -> pd.DataFrame:
    """The deviation table from per-unit totals (`storage.queries.unit_totals`' columns, or the
    same taken from `by_month`): deviations for the month and to date, in öre and %, and the
    to-date deviation split into its revenue part and its gross-cost part. Worst first: the
    rows are ordered by the accumulated deviation, most negative (worse than budget) on top and
    units with the same deviation by name, so every table, chart and export built from it opens
    on the unit that needs attention."""
    column = {c: totals[c].to_numpy(dtype="int64") for c in totals.columns if c.endswith("_ore")}
    month = column["outcome_month_ore"] - column["budget_month_ore"]
    ytd = column["outcome_ytd_ore"] - column["budget_ytd_ore"]
    revenue = column["outcome_revenue_ytd_ore"] - column["budget_revenue_ytd_ore"]
    table = {
        "unit": totals["unit"].to_numpy(),
        "budget_month_ore": column["budget_month_ore"],
        "outcome_month_ore": column["outcome_month_ore"],
        "deviation_month_ore": month,
        "deviation_month_pct": _percent(month, column["budget_month_ore"]),
        "budget_ytd_ore": column["budget_ytd_ore"],
        "outcome_ytd_ore": column["outcome_ytd_ore"],
        "deviation_ytd_ore": ytd,
        "deviation_ytd_pct": _percent(ytd, column["budget_ytd_ore"]),
        "deviation_revenue_ytd_ore": revenue,
        "deviation_cost_ytd_ore": ytd - revenue,
        "budget_year_ore": column["budget_year_ore"],
    }
    frame = pd.DataFrame(table, columns=TABLE_COLUMNS)
    return frame.sort_values(["deviation_ytd_ore", "unit"], kind="stable").reset_index(drop=True)


def _percent(deviation: np.ndarray, budget: np.ndarray) -> np.ndarray:
    """Deviation as a share of the budget's size; NaN where the budget is zero."""
    size = np.abs(budget).astype("float64")
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(size > 0, deviation.astype("float64") / size * 100, np.nan)


def total_row(table: pd.DataFrame, label: str) -> pd.DataFrame:
    """The table's sum as one row named `label`."""
    sums = {c: int(table[c].sum()) for c in table.columns if c.endswith("_ore")}
    row: dict[str, object] = {"unit": label, **sums}
    for scope in ("month", "ytd"):
        budgets = table[f"budget_{scope}_ore"]
        # Units of both signs (the nämnders' net costs and the finance unit's taxes): their sum
        # is a small result, no base for a percentage (−1 429,6 % says nothing), so none.
        netted = bool((budgets > 0).any() and (budgets < 0).any())
        row[f"deviation_{scope}_pct"] = (
            np.nan
            if netted
            else _percent(
                np.array([sums[f"deviation_{scope}_ore"]]), np.array([sums[f"budget_{scope}_ore"]])
            )[0]
        )
    return pd.DataFrame([row])[table.columns]


FLAG_RULES = ("either", "both")  # flag a row past either threshold (the default), or both
family("dev.flag_rule", FLAG_RULES)  # the texts `dev.flag_rule.<value>` (analytics/i18n/)
family("dev.flag_note", FLAG_RULES)  # the texts `dev.flag_note.<value>` (analytics/i18n/)


def flagged(
    table: pd.DataFrame, threshold_tkr: float, threshold_pct: float, rule: str = "either"
) -> pd.Series:
    """Rows whose accumulated deviation reaches the threshold in tkr or in per cent (`either`:
    a large nämnd far off in kronor is flagged though its percentage is small), or in both."""
    if rule not in FLAG_RULES:
        raise ValueError(f"unknown flag rule {rule!r}")
    large = table["deviation_ytd_ore"].abs() >= threshold_tkr * 100_000
    pct = table["deviation_ytd_pct"].abs()  # unknown (NaN) without a budget
    if rule == "both":
        return large & (pct.isna() | (pct >= threshold_pct))  # only the kronor can judge it
    return large | (pct >= threshold_pct)


def largest_units(table: pd.DataFrame, count: int) -> list[str]:
    """The `count` units with the largest annual budget in size, largest first."""
    order = table["budget_year_ore"].abs().sort_values(ascending=False).index
    return [str(u) for u in table.loc[order[:count], "unit"]]


def deviation_paths(months: pd.DataFrame, units: list[str], through_period: int) -> pd.DataFrame:
    """Per unit (in the order of `units`) and month up to `through_period`: the accumulated
    deviation in öre and as a share of the accumulated budget's size (NaN where that is zero),
    so that units a thousandfold apart in size can be read on one scale.
    Columns: unit, period, deviation_acc_ore, deviation_acc_pct."""
    shown = months[months["unit"].isin(units) & (months["period"] <= through_period)]
    order = {unit: i for i, unit in enumerate(units)}
    shown = shown.assign(_order=shown["unit"].map(order)).sort_values(["_order", "period"])
    return pd.DataFrame(
        {
            "unit": shown["unit"].to_numpy(),
            "period": shown["period"].to_numpy(),
            "deviation_acc_ore": shown["deviation_acc_ore"].to_numpy(),
            "deviation_acc_pct": _percent(
                shown["deviation_acc_ore"].to_numpy(), shown["budget_acc_ore"].to_numpy()
            ),
        }
    )


def largest_deviations(table: pd.DataFrame, count: int) -> pd.DataFrame:
    """The `count` rows whose accumulated deviation is largest in size, better or worse."""
    order = table["deviation_ytd_ore"].abs().sort_values(ascending=False, kind="stable").index
    return table.loc[order[:count]]


@dataclass(frozen=True)
class NetCostGrowth:
    """Nettokostnadsutveckling: net cost to date against the same period last year, set against
    the growth of skatteintäkter and generella statsbidrag och utjämning (öre, %)."""

    net_cost_ore: int  # this year, positive = cost
    net_cost_prior_ore: int
    tax_grants_ore: int
    tax_grants_prior_ore: int

    @property
    def change_ore(self) -> int:
        return self.net_cost_ore - self.net_cost_prior_ore

    @property
    def change_pct(self) -> float | None:
        return _growth(self.net_cost_ore, self.net_cost_prior_ore)

    @property
    def tax_grants_change_pct(self) -> float | None:
        return _growth(self.tax_grants_ore, self.tax_grants_prior_ore)


NET_COST_LINES = ("intakter", "kostnader", "avskrivningar")
TAX_GRANT_LINES = ("skatteintakter", "statsbidrag")


def _growth(now: int, before: int) -> float | None:
    return None if before == 0 else (now - before) / abs(before) * 100


def net_cost_growth(lines: pd.DataFrame, year: int) -> NetCostGrowth:
    """From outcome to date per year and income-statement line (result sign)."""

    def total(y: int, names: tuple[str, ...]) -> int:
        rows = lines[(lines["year"] == y) & lines["rr_line"].isin(names)]
        return int(rows["amount_ore"].sum())

    return NetCostGrowth(
        net_cost_ore=-total(year, NET_COST_LINES),
        net_cost_prior_ore=-total(year - 1, NET_COST_LINES),
        tax_grants_ore=total(year, TAX_GRANT_LINES),
        tax_grants_prior_ore=total(year - 1, TAX_GRANT_LINES),
    )


class NoData(LookupError):
    """The database holds nothing for the requested year or version."""
