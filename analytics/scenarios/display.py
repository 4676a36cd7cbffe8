"""The Scenarier page's tables as users read and edit them, and the scenario workbook."""

from __future__ import annotations

from decimal import Decimal

import pandas as pd

from analytics.common.formatting import format_number, mnkr, signed
from analytics.common.tiles import Tile
from analytics.i18n import family, t
from analytics.scenarios.changes import Change
from analytics.scenarios.compute import (
    ASSUMPTIONS,
    DEFAULT_SOURCE,
    DRIVER_SCOPE,
    ONE_OFF,
    YEAR_DRIVERS,
    Baseline,
    Drivers,
    YearResult,
    assumption_values,
    cumulative_rate_ore,
    drivers_from_table,
    drivers_table,
)


def driver_frame(drivers: Drivers, years: list[int]) -> pd.DataFrame:
    """Rows: drivers (codes), columns: years as text; values to edit."""
    table = drivers_table(drivers, years)
    table[ONE_OFF] = [sum(m for y2, m, _ in drivers.one_offs_mnkr if y2 == y) for y in years]
    return pd.DataFrame(table, index=[str(y) for y in years]).T


def drivers_from_frames(table: pd.DataFrame, changes: list[Change], years: list[int]) -> Drivers:
    """Drivers from the edited drivers table (rows by code) and the checked changes."""
    values = {name: [float(table.loc[name, str(y)] or 0) for y in years] for name in YEAR_DRIVERS}
    one_offs = {y: float(table.loc[ONE_OFF, str(y)] or 0) for y in years}
    return drivers_from_table(values, years, changes, one_offs)


def label_drivers(frame: pd.DataFrame, lang: str = "sv") -> pd.DataFrame:
    """The drivers table as shown: each driver in words with how a typed value applies."""
    scope = [t(f"scenario.scope.{DRIVER_SCOPE[code]}", lang) for code in frame.index]
    shown = frame.assign(**{t("scenario.applies", lang): scope})
    return shown.rename(index=lambda code: t(f"scenario.driver.{code}", lang))


def rate_note(drivers: Drivers, years: list[int], lang: str = "sv") -> str | None:
    """The tax-rate change in force each year, when the scenario changes the rate: a value
    typed in several years adds up, and the note says what that makes."""
    if not any(drivers.tax_rate_ore.values()):
        return None
    in_force = cumulative_rate_ore(drivers, years)
    parts = [
        f"{y} {signed(format_number(v, 0 if v == int(v) else 1), v)} öre"
        for y, v in zip(years, in_force, strict=True)
    ]
    return t("scenario.rate_note", lang, years="; ".join(parts))


def frames_display(
    base: list[YearResult], scenario: list[YearResult], lang: str = "sv"
) -> pd.DataFrame:
    """Net cost per nämnd and year in the scenario (mnkr) and how far it moved from the budget
    (frames, reallocations and indexation), with the sum of the nämnder last."""
    names = sorted({c for r in scenario for c in r.committees})
    columns: dict[str, list[str]] = {
        t("col.committee", lang): [*names, t("scenario.committees_total", lang)]
    }
    for b, s in zip(base, scenario, strict=True):
        after = [s.committees.get(c, 0) for c in names]
        before = [b.committees.get(c, 0) for c in names]
        after, before = [*after, sum(after)], [*before, sum(before)]
        columns[str(s.year)] = [mnkr(v) for v in after]
        columns[f"{s.year} ±"] = [
            signed(mnkr(a - b), a - b) if a != b else "–"
            for a, b in zip(after, before, strict=True)
        ]
    return pd.DataFrame(columns)


LINES = (
    "net_cost",
    "tax",
    "grants",
    "operating_result",
    "financial_income",
    "financial_costs",
    "after_financial",
    "extraordinary",
    "result",
    "balance",
    "to_restore",
    "goal",
)
family("scenario.line", LINES)  # the texts `scenario.line.<value>` (analytics/i18n/)


def _line(r: YearResult, line: str) -> int:
    return {
        "net_cost": -r.net_cost_ore,
        "tax": r.tax_ore,
        "grants": r.grants_ore,
        "operating_result": r.operating_result_ore,
        "financial_income": r.financial_income_ore,
        "financial_costs": r.financial_costs_ore,
        "after_financial": r.after_financial_ore,
        "extraordinary": r.extraordinary_ore,
        "result": r.result_ore,
        "balance": r.balance_result_ore,
        "to_restore": r.to_restore_ore,
        "goal": r.goal_ore,
    }[line]


def results_display(
    base: list[YearResult], scenario: list[YearResult], lang: str = "sv"
) -> pd.DataFrame:
    """Per LKBR line and year: the scenario (mnkr) and its difference from the budget, then
    the balanskravsresultat, what is left to restore after the year and the financial goal."""
    columns: dict[str, list[str]] = {
        t("col.line", lang): [t(f"scenario.line.{x}", lang) for x in LINES]
    }
    for b, s in zip(base, scenario, strict=True):
        columns[str(s.year)] = [mnkr(_line(s, x)) for x in LINES]
        columns[f"{s.year} ±"] = [
            signed(mnkr(d), d) if (d := _line(s, x) - _line(b, x)) else "–" for x in LINES
        ]
    return pd.DataFrame(columns)


COMPARED = ("result", "balance", "to_restore", "goal_met")


def compare_display(runs: dict[str, list[YearResult]], lang: str = "sv") -> pd.DataFrame:
    """Per scenario and measure (årets resultat, balanskravsresultat, what is left to restore,
    the financial goal met), one column per calendar year: scenarios built on different budget
    years line up under the years they cover ("–" where a scenario does not reach)."""
    years = sorted({r.year for results in runs.values() for r in results})
    rows = []
    for name, results in runs.items():
        by_year = {r.year: r for r in results}
        for measure in COMPARED:
            row = {
                t("col.scenario", lang): name,
                t("scenario.compare_measure", lang): t(f"scenario.line.{measure}", lang),
            }
            for year in years:
                r = by_year.get(year)
                row[str(year)] = (
                    "–"
                    if r is None
                    else t("yes" if r.goal_met else "no", lang)
                    if measure == "goal_met"
                    else mnkr(_line(r, measure))
                )
            rows.append(row)
    return pd.DataFrame(rows)


def breaking_years(results: list[YearResult]) -> list[int]:
    """The years whose budgeted result breaks the balanced-budget rule."""
    return [r.year for r in results if r.breaks_budget_rule]


def _source(baseline: Baseline, name: str, year: int, lang: str) -> str:
    found = baseline.sources.get(f"{name}:{year}")
    if found and found != DEFAULT_SOURCE:
        return found
    if name == "tax_rate":
        return t("scenario.source_setting", lang)
    if year == baseline.year and name in ("grants_mnkr", "financial_mnkr"):
        return t("scenario.source_budget", lang)
    return t("scenario.source_default", lang)


def _number(value: float | None, decimals: int) -> str:
    if value is None:
        return "–"
    return f"{value:,.{decimals}f}".replace(",", "\u202f").replace(".", ",").replace("-", "−")


_DECIMALS = {
    "tax_rate": 2,
    "tax_base_growth_pct": 1,
    "indexation_pct": 1,
    "grants_mnkr": 1,
    "financial_mnkr": 1,
}


def assumptions_display(baseline: Baseline, lang: str = "sv") -> pd.DataFrame:
    """The plan's assumptions per year with their sources: one source column that names the
    years a source covers when they differ ("2025: budgetversionen; 2026–2027: SKR …")."""
    values = assumption_values(baseline)
    rows = []
    for name in ASSUMPTIONS:
        row = {t("scenario.assumption", lang): t(f"scenario.assumption.{name}", lang)}
        for k, year in enumerate(baseline.years):
            row[str(year)] = _number(values[name][k], _DECIMALS[name])
        spans: list[tuple[int, int, str]] = []  # (first year, last year, source)
        for k, year in enumerate(baseline.years):
            if values[name][k] is None:
                continue
            source = _source(baseline, name, year, lang)
            if spans and spans[-1][2] == source and spans[-1][1] == year - 1:
                spans[-1] = (spans[-1][0], year, source)
            else:
                spans.append((year, year, source))
        row[t("scenario.sources", lang)] = (
            spans[0][2]
            if len(spans) == 1
            else "; ".join(f"{a}{'' if a == b else f'–{b}'}: {source}" for a, b, source in spans)
        )
        rows.append(row)
    return pd.DataFrame(rows)


def assumptions_editor_frame(baseline: Baseline, lang: str = "sv") -> pd.DataFrame:
    """The plan years' assumptions as numbers to edit: rows are assumptions, columns years."""
    values = assumption_values(baseline)
    plan_years = baseline.years[1:]
    return pd.DataFrame(
        {str(y): [values[name][k + 1] for name in ASSUMPTIONS] for k, y in enumerate(plan_years)},
        index=[t(f"scenario.assumption.{name}", lang) for name in ASSUMPTIONS],
    )


def changed_assumptions(baseline: Baseline, edited: pd.DataFrame) -> list[tuple[int, str, Decimal]]:
    """(year, name, value) for every plan-year value the user changed in the editor frame
    (rows in ASSUMPTIONS order). Raises ValueError naming the cell that is not a number."""
    values = assumption_values(baseline)
    changed = []
    for k, year in enumerate(baseline.years[1:]):
        for i, name in enumerate(ASSUMPTIONS):
            cell = edited.iloc[i][str(year)]
            if cell is None or pd.isna(cell):
                raise ValueError(name, year, "")
            try:
                entered = Decimal(str(cell).replace(",", ".").replace("\u202f", "").strip())
            except ArithmeticError as error:
                raise ValueError(name, year, cell) from error
            if not entered.is_finite():
                raise ValueError(name, year, cell)
            old = values[name][k + 1]
            if old is None or abs(entered - Decimal(str(round(old, 6)))) > Decimal("0.00005"):
                changed.append((year, name, entered.quantize(Decimal("0.0001"))))
    return changed


def standard_steps(drivers: Drivers, year: int, lang: str = "sv") -> dict[str, Drivers]:
    """One-at-a-time changes for the sensitivity chart, each added to the scenario."""

    def add(name: str, value: float) -> Drivers:
        current = dict(getattr(drivers, name))
        current[year] = current.get(year, 100.0 if name == "savings_realised_pct" else 0.0) + value
        return drivers.with_(**{name: current})

    return {
        t("scenario.step.tax", lang): add("tax_base_pp", -1.0),
        t("scenario.step.rate", lang): add("tax_rate_ore", 10.0),
        t("scenario.step.grants", lang): add("grants_mnkr", 50.0),
        t("scenario.step.pension", lang): add("pension_mnkr", 40.0),
        t("scenario.step.index", lang): add("indexation_pp", 1.0),
        t("scenario.step.savings", lang): add("savings_realised_pct", -50.0),
    }


def result_tiles(
    base: list[YearResult], scenario: list[YearResult], lang: str = "sv"
) -> list[Tile]:
    """Årets resultat per year in the scenario and how far it moved from the budget."""
    tiles = []
    for b, r in zip(base, scenario, strict=True):
        delta = r.result_ore - b.result_ore
        tiles.append(
            Tile(
                t("scenario.result_year", lang, year=r.year),
                mnkr(r.result_ore),
                t("scenario.delta", lang, amount=signed(mnkr(delta), delta)),
                "green" if delta >= 0 else "red",
                "off",
            )
        )
    return tiles
