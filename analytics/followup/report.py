"""Follow-up reports assembled from storage and the pure computations.

The overview page and `python -m analytics summary` both call `follow_up`, so what a script
reads and what a person sees cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

import duckdb
import pandas as pd

from analytics.common.formatting import ORE_PER_TKR
from analytics.followup import compute as followup
from analytics.followup import drill, export
from analytics.followup.compute import NoData
from analytics.storage import comments, queries

if TYPE_CHECKING:
    from analytics.forecast.report import ForecastReport


@dataclass
class FollowUp:
    """Plan against outcome for one year up to a month, at one level of a drill path."""

    year: int
    period: int
    version: str
    level: str
    filters: dict[str, str]
    months: pd.DataFrame  # per unit and month
    region: pd.DataFrame  # summed over units, per month
    table: pd.DataFrame  # per unit, the month and to date
    total: pd.DataFrame  # one row: the sum of the table
    profiles: set[str]  # how annual budget rows were spread ({} when all had months)
    org_mode: str  # "current": history on this year's organisation; "historic": as it was

    @property
    def spread_evenly(self) -> bool:
        return "even" in self.profiles


def latest_version(con: duckdb.DuckDBPyConnection, year: int) -> str:
    """The budget version imported last for the year."""
    versions = queries.budget_versions(con, year)
    if not versions:
        raise NoData(f"Ingen budget för {year}")
    return versions[0]


def _cube(
    con: duckdb.DuckDBPyConnection,
    year: int,
    version: str,
    level: str,
    filters: dict[str, str],
    profile: str,
    org_mode: str,
    with_cost_type: bool = False,
) -> pd.DataFrame:
    """The year's budget and outcome, plus last year's outcome only when a profile needs it.

    Last year is read only if the budget has annual rows to spread by last year's months: with
    monthly budget rows (the usual export) it would double the rows read for nothing.
    """
    org_year = year if org_mode == "current" else None
    cube = queries.ledger_cube(
        con, year, version, level, filters, org_year=org_year, with_cost_type=with_cost_type
    )
    if profile == "prior_year" and followup.has_annual_budget(cube):
        prior = queries.ledger_cube(
            con,
            year,
            version,
            level,
            filters,
            org_year=org_year,
            prior_year=True,
            with_cost_type=with_cost_type,
            current=False,
        )
        cube = pd.concat([cube, prior], ignore_index=True)
    return cube


def follow_up(
    con: duckdb.DuckDBPyConnection,
    year: int,
    period: int,
    version: str | None = None,
    level: str = "committee",
    committee: str | None = None,
    filters: dict[str, str] | None = None,
    profile: str = "prior_year",
    org_mode: str = "current",
    total_label: str | None = None,
) -> FollowUp:
    """Everything a follow-up screen shows at one level, computed once."""
    version = version or latest_version(con, year)
    filters = dict(filters or {})
    if committee:
        filters["committee"] = committee
    cube = _cube(con, year, version, level, filters, profile, org_mode)
    if cube[cube["year"] == year].empty:
        raise NoData(f"Inga belopp för {year}")
    periodised, profiles = followup.periodised_budget(cube, year, profile)
    months = followup.by_month(periodised)
    table = followup.deviation_table(months, period)
    label = total_label or (list(filters.values())[-1] if filters else "Regionen")
    return FollowUp(
        year=year,
        period=period,
        version=version,
        level=level,
        filters=filters,
        months=months,
        region=followup.region_by_month(months),
        table=table,
        total=followup.total_row(table, label),
        profiles=profiles,
        org_mode=org_mode,
    )


def top_deviations(
    con: duckdb.DuckDBPyConnection,
    year: int,
    period: int,
    version: str,
    filters: dict[str, str],
    profile: str = "prior_year",
    org_mode: str = "current",
    count: int = 20,
) -> pd.DataFrame:
    """The largest accumulated deviations per ansvar and kostnadsslag within a drill scope.

    Over a whole region that is tens of thousands of pairs. When the budget has monthly rows,
    DuckDB first finds the ansvar of the `count` largest pairs with one sum per pair, then sums
    every column for just those ansvar: the largest pairs among them are the largest overall.
    Only a budget with annual rows to spread by a profile goes through the month-by-month
    computation.
    """
    org_year = year if org_mode == "current" else None
    if queries.has_annual_budget(con, year, version, filters, org_year):
        return _top_deviations_by_month(
            con, year, period, version, filters, profile, org_mode, count
        )
    ansvar = queries.largest_deviation_ansvar(con, year, period, version, filters, org_year, count)
    totals = queries.unit_totals(
        con,
        year,
        period,
        version,
        "ansvar",
        filters,
        org_year,
        with_cost_type=True,
        ansvar=ansvar,
    )
    totals = totals.assign(unit=totals["unit"] + " · " + totals["kostnadsslag"])
    table = followup.table_from_totals(totals)
    return followup.largest_deviations(table, count).reset_index(drop=True)


def _top_deviations_by_month(
    con: duckdb.DuckDBPyConnection,
    year: int,
    period: int,
    version: str,
    filters: dict[str, str],
    profile: str,
    org_mode: str,
    count: int,
) -> pd.DataFrame:
    cube = _cube(con, year, version, "ansvar", filters, profile, org_mode, with_cost_type=True)
    periodised, _ = followup.periodised_budget(cube, year, profile)
    periodised = periodised.assign(unit=periodised["unit"] + " · " + periodised["kostnadsslag"])
    table = followup.deviation_table(
        followup.by_month(periodised.drop(columns="kostnadsslag")), period
    )
    return followup.largest_deviations(table, count).reset_index(drop=True)


def net_cost_growth(
    con: duckdb.DuckDBPyConnection,
    year: int,
    period: int,
    filters: dict[str, str] | None = None,
    org_mode: str = "current",
) -> followup.NetCostGrowth:
    """Nettokostnadsutveckling to date against the same period last year."""
    lines = queries.results_by_line(
        con, [year - 1, year], period, filters, org_year=year if org_mode == "current" else None
    )
    return followup.net_cost_growth(lines, year)


def _tkr(ore: int) -> float:
    """öre → tkr for JSON: exact to the krona (three decimals)."""
    return float(Decimal(int(ore)) / ORE_PER_TKR)


def summary(
    con: duckdb.DuckDBPyConnection,
    year: int,
    period: int,
    version: str | None = None,
    org_mode: str = "current",
) -> dict[str, object]:
    """The machine-readable monthly summary per nämnd and for the region, in result sign, on
    the organisation Översikt shows unless `org_mode` says otherwise."""
    from analytics.forecast.report import forecast_report

    report = follow_up(con, year, period, version, "committee", org_mode=org_mode)
    return summary_of(report, forecast_report(con, year, period, with_scope=False), org_mode)


def summary_of(
    report: FollowUp, forecasts: ForecastReport | None = None, org_mode: str = "current"
) -> dict[str, object]:
    """`summary`'s dictionary from an already computed follow-up (at nämnd level), with the
    year-end figures of the Prognos page: per nämnd its chosen forecast of the operating net
    (null where it has none; a closed year's outcome), for the region årets resultat (for a
    user limited to some nämnder: their net cost, never called the region's result)."""
    chosen = {u.unit: u.chosen_ore for u in forecasts.units} if forecasts else {}
    region = forecasts.year_end_ore if forecasts else None

    def forecast_tkr(ore: int | None) -> dict[str, float | None]:
        return {"forecast_year_tkr": None if ore is None else _tkr(ore)} if forecasts else {}

    def amounts(row: pd.Series) -> dict[str, float]:
        return {
            "budget_ytd_tkr": _tkr(row["budget_ytd_ore"]),
            "outcome_ytd_tkr": _tkr(row["outcome_ytd_ore"]),
            "deviation_ytd_tkr": _tkr(row["deviation_ytd_ore"]),
            "budget_year_tkr": _tkr(row["budget_year_ore"]),
        }

    return {
        "year": report.year,
        "period": report.period,
        "version": report.version,
        "org": org_mode,
        "closed": bool(forecasts.closed) if forecasts else None,
        "committees": [
            {"committee": row["unit"], **amounts(row), **forecast_tkr(chosen.get(row["unit"]))}
            for _, row in report.table.iterrows()
        ],
        "total": {**amounts(report.total.iloc[0]), **forecast_tkr(region)},
    }


@dataclass(frozen=True)
class ExportChoice:
    """What a deviation export shows: the page's choices, or the `export` command's options."""

    level: str | None = None  # None: the level below the nämnd (or nämnder for the region)
    committee: str | None = None
    profile: str = "prior_year"
    org_mode: str = "current"
    threshold_tkr: float = 500
    threshold_pct: float = 2.0
    flag_rule: str = "either"


def deviation_export(
    con: duckdb.DuckDBPyConnection,
    year: int,
    period: int,
    version: str | None,
    choice: ExportChoice,
    lang: str = "sv",
) -> tuple[pd.DataFrame, export.ReportContext]:
    """The rows and the heading lines of the Avvikelser export for `python -m analytics export`,
    through the same functions the page calls (`follow_up`, `flagged`, the latest comments,
    `report_rows`, `report_context`), so the file a script writes is the page's download."""
    path = [("committee", choice.committee)] if choice.committee else []
    level = choice.level or drill.next_level(path) or "konto"
    scope = path if level != "committee" else []
    report = follow_up(
        con,
        year,
        period,
        version,
        level,
        filters=dict(scope),
        profile=choice.profile,
        org_mode=choice.org_mode,
    )
    flags = followup.flagged(
        report.table, choice.threshold_tkr, choice.threshold_pct, choice.flag_rule
    )
    notes = comments.latest_comments(con, year, period, drill.scope_key(scope), level)
    rows = export.report_rows(report.table, report.total, flags, notes, lang)
    context = export.report_context(
        year, period, report.version, [unit for _, unit in scope], level, choice.org_mode, lang
    )
    return rows, context
