"""The region's result: the income statement (budget, outcome to date, year-end) and the
balanskravsutredning with every deficit still to restore.

One function (`result_report`) gives what the Prognos page, `result --json` and the coming board
report show, built on `forecast_report`'s year-end figure so no two of them can disagree. The
adjustments come from the accounts named in the settings (`balance_realisation_accounts`,
`balance_unrealised_accounts`: booked outcome, to date for an open year) and from the decisions
entered (reserve transfers, synnerliga skäl). Deficits are carried from every closed year before
the one asked for.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

import duckdb
import pandas as pd

from analytics import access
from analytics.forecast import result as forecast_result
from analytics.forecast.report import forecast_report
from analytics.result import balance as balance
from analytics.settings import account_prefixes
from analytics.storage import balance as stored
from analytics.storage import queries

ORE_PER_TKR = 100_000


class RegionOnly(PermissionError):
    """The result is the whole region's: a user limited to some nämnder does not get one."""


@dataclass(frozen=True)
class Adjustments:
    """Per year: realisation gains and unrealised gains (losses negative) booked on the
    adjustment accounts (öre, result sign), through a period."""

    realisation: dict[int, int]
    unrealised: dict[int, int]

    def statement(
        self, year: int, result_ore: int, decisions: list[balance.Decision]
    ) -> balance.BalanceStatement:
        return balance.statement(
            year,
            result_ore,
            self.realisation.get(year, 0),
            self.unrealised.get(year, 0),
            decisions,
        )


@dataclass(frozen=True)
class ResultReport:
    """The region's income statement and balanskravsutredning for a year at a period."""

    year: int
    period: int
    version: str
    forecast: forecast_result.ResultForecast  # the year-end statement (a closed year's outcome)
    budget_lines: dict[str, int]  # every statement line of the budget (öre)
    outcome_lines: dict[str, int]  # every statement line of the outcome to date (öre)
    statement: balance.BalanceStatement  # the year's balanskravsutredning (year-end)
    deficits: list[balance.Deficit]  # after the year, oldest first
    decisions: list[balance.Decision]  # every decision up to the year
    budget_breaks_rule: bool  # a negative budgeted result without synnerliga skäl

    @property
    def closed(self) -> bool:
        return self.forecast.closed

    @property
    def remaining_ore(self) -> int:
        """What is left to restore after the year (result sign: negative or 0)."""
        return balance.remaining_ore(self.deficits)

    def income_statement(self) -> list[tuple[str, int, int, int | None]]:
        """Per LKBR line: (code, budget, outcome to date, year-end); the year-end is None
        where the forecast does not split a line."""
        year_end = dict(self.forecast.lines())
        return [
            (code, self.budget_lines[code], self.outcome_lines[code], year_end[code])
            for code in forecast_result.STATEMENT_LINES
        ]

    @property
    def special_reasons(self) -> list[balance.Decision]:
        kinds = ("special_reasons", "budget_special_reasons")
        return [d for d in self.decisions if d.kind in kinds]


def adjustments(con: duckdb.DuckDBPyConnection, through: dict[int, int]) -> Adjustments:
    """The adjustment accounts' outcome per year through its period (`through`: year → last
    period counted; a year not in it is not read)."""

    def booked(name: str) -> dict[int, int]:
        rows = queries.outcome_on_accounts(con, account_prefixes(name))
        rows = rows[rows["year"].map(through).fillna(0) >= rows["period"]]
        return {int(y): int(v) for y, v in rows.groupby("year")["amount_ore"].sum().items()}

    return Adjustments(
        booked("balance_realisation_accounts"), booked("balance_unrealised_accounts")
    )


def closed_results(lines: pd.DataFrame, before: int) -> dict[int, int]:
    """Årets resultat of every year before `before` with outcome for all twelve months."""
    outcome = lines[(lines["measure"] == "utfall") & (lines["year"] < before)]
    closed = (
        outcome[outcome["period"] == 12]
        .groupby("year")["amount_ore"]
        .apply(lambda v: (v != 0).any())
    )
    years = [int(y) for y, ok in closed.items() if ok]
    sums = outcome[outcome["year"].isin(years)].groupby("year")["amount_ore"].sum()
    return {int(y): int(v) for y, v in sums.items()}


def history_balance(
    con: duckdb.DuckDBPyConnection,
    before: int,
    decisions: list[balance.Decision],
    lines: pd.DataFrame | None = None,
) -> dict[int, int]:
    """Balanskravsresultat of every closed year before `before`: where deficits come from."""
    lines = queries.region_lines(con) if lines is None else lines
    results = closed_results(lines, before)
    booked = adjustments(con, dict.fromkeys(results, 12))
    return {
        year: booked.statement(year, result, decisions).balance_result_ore
        for year, result in results.items()
    }


def result_report(
    con: duckdb.DuckDBPyConnection,
    year: int,
    period: int,
    version: str | None = None,
    central_source: str = "auto",
) -> ResultReport:
    """The year's income statement and balanskravsutredning at `period` (the year-end figure
    from `forecast_report`; with `version`, that budget version's lines and budgeted result).
    Raises `RegionOnly` for a user limited to some nämnder."""
    if not access.sees_whole_region():
        raise RegionOnly(year)
    versions = queries.budget_versions(con, year)
    chosen = version or (versions[-1] if versions else "")
    lines = queries.region_lines(con)
    mine = queries.line_amounts(lines, year)
    budget = (
        mine[mine["measure"] == "budget"].groupby("rr_line")["amount_ore"].sum()
        if version is None or (versions and version == versions[-1])
        else queries.budget_lines(con, year, version).groupby("rr_line")["amount_ore"].sum()
    )
    report = forecast_report(con, year, period, central_source=central_source, with_scope=False)
    if report.result is None:
        raise RegionOnly(year)
    year_end = replace(report.result, budget_result_ore=int(budget.sum()))
    to_date = mine[(mine["measure"] == "utfall") & mine["period"].between(1, period)]
    decisions = [d for d in stored.decisions(con) if d.year <= year]
    booked = adjustments(con, {year: 12 if year_end.closed else period})
    statement = booked.statement(year, year_end.result_ore, decisions)
    results = {**history_balance(con, year, decisions, lines), year: statement.balance_result_ore}
    deficits = balance.listed(balance.deficits_by_year(results, decisions)[year], year)
    return ResultReport(
        year=year,
        period=period,
        version=chosen,
        forecast=year_end,
        budget_lines=forecast_result.statement_by_line(budget),
        outcome_lines=forecast_result.statement_by_line(
            to_date.groupby("rr_line")["amount_ore"].sum()
        ),
        statement=statement,
        deficits=deficits,
        decisions=decisions,
        budget_breaks_rule=balance.budget_breaks_rule(int(budget.sum()), year, decisions),
    )


def tkr_value(ore: int | None) -> float | None:
    """öre → tkr for JSON and workbooks: exact to the krona (three decimals)."""
    return None if ore is None else float(Decimal(int(ore)) / ORE_PER_TKR)


def result_json(report: ResultReport) -> dict[str, object]:
    """`result --json`: every amount in tkr, in result sign (adjustments as they enter the
    sum, deficits and what is left of them negative)."""
    s = report.statement
    return {
        "year": report.year,
        "period": report.period,
        "version": report.version,
        "closed": report.closed,
        "income_statement": [
            {
                "line": code,
                "budget_tkr": tkr_value(budget),
                "outcome_ytd_tkr": tkr_value(outcome),
                "forecast_tkr": tkr_value(year_end),
            }
            for code, budget, outcome, year_end in report.income_statement()
        ],
        "balance_requirement": {
            "result_tkr": tkr_value(s.result_ore),
            "realisation_gains_tkr": tkr_value(s.realisation_ore),
            "unrealised_tkr": tkr_value(s.unrealised_ore),
            "other_adjustments_tkr": tkr_value(s.other_ore),
            "reserve_tkr": tkr_value(s.reserve_ore),
            "after_adjustments_tkr": tkr_value(s.after_adjustments_ore),
            "balance_result_tkr": tkr_value(s.balance_result_ore),
            "deficits": [
                {
                    "year": d.year,
                    "amount_tkr": tkr_value(d.amount_ore),
                    "restore_by": d.restore_by,
                    "remaining_tkr": tkr_value(d.remaining_ore),
                }
                for d in report.deficits
            ],
            "remaining_to_restore_tkr": tkr_value(report.remaining_ore),
            "special_reasons": [
                {
                    "year": d.year,
                    "kind": d.kind,
                    "amount_tkr": tkr_value(d.amount_ore),
                    "reference": d.reference,
                    "text": d.text,
                }
                for d in report.special_reasons
            ],
            "budget_breaks_rule": report.budget_breaks_rule,
        },
    }
