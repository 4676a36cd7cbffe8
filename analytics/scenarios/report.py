"""Scenarios assembled from the database: the baseline a scenario starts from, with the
plan's assumptions (as entered or loaded, with their sources) and the deficits of the years
before it."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import duckdb
import pandas as pd

from analytics.ingest.problems import ImportRejected, Problem
from analytics.result.report import history_balance
from analytics.scenarios.assumptions import COLUMNS as TEMPLATE_COLUMNS
from analytics.scenarios.assumptions import read_template
from analytics.scenarios.compute import (
    ASSUMPTIONS,
    DEFAULT_SOURCE,
    ORE_PER_MNKR,
    Baseline,
    assumption_values,
)
from analytics.settings import number_setting, text_setting
from analytics.storage import balance as stored_balance
from analytics.storage import queries
from analytics.storage import savings as stored_savings

OPERATING = set(queries.OPERATING_LINES)
PENSIONS = "Pensionskostnader"


def baseline(con: duckdb.DuckDBPyConnection, year: int, version: str) -> Baseline:
    """The budget version's income statement as the scenario's starting point, with the
    nämnders' net cost, pension costs and costs per kostnadsslag, and the planned savings of
    the cost-reduction programme for the three years."""
    lines = queries.budget_lines(con, year, version)
    operating = lines[lines["rr_line"].isin(OPERATING)]
    by_line = lines.groupby("rr_line")["amount_ore"].sum()
    costs = operating[operating["amount_ore"] < 0].groupby("kostnadsslag")["amount_ore"].sum()
    committees = -operating.groupby("committee")["amount_ore"].sum()
    _, measures, plans, _ = stored_savings.load(con)
    active = set(measures.loc[measures["status"] != "dropped", "code"])
    planned = plans[plans["code"].isin(active)].groupby("year")["amount_ore"].sum()
    financial = int(
        sum(by_line.get(k, 0) for k in ("finansiella_intakter", "finansiella_kostnader"))
    )
    grants = int(by_line.get("statsbidrag", 0))
    plan = _plan(stored_balance.assumptions(con, year, version), year, grants, financial)
    decisions = stored_balance.decisions(con)
    budget = Baseline(
        year=year,
        committees={str(c): int(v) for c, v in committees.items() if v},
        tax_ore=int(by_line.get("skatteintakter", 0)),
        grants_ore=grants,
        financial_ore=financial,
        pension_ore=int(-costs.get(PENSIONS, 0)),
        cost_types={str(k): int(-v) for k, v in costs.items()},
        planned_savings_ore={int(y): int(v) for y, v in planned.items() if year <= y <= year + 2},
        goal_pct=float(number_setting("financial_goal_pct")),
        goal_base=text_setting("financial_goal_base"),
        financial_income_ore=int(by_line.get("finansiella_intakter", 0)),
        extraordinary_ore=int(by_line.get("extraordinara", 0)),
        history_balance_ore=history_balance(con, year, decisions),
        decisions=tuple(decisions),
    )
    # the plan's fields by name (each checked against its type where `_plan` builds it)
    return replace(budget, **plan)  # type: ignore[arg-type]


def _plan(rows: pd.DataFrame, year: int, grants_ore: int, financial_ore: int) -> dict[str, object]:
    """The Baseline's assumption fields from a plan's stored assumptions: the tax rate of the
    budget year and each plan year (else the `tax_rate` setting), growth and indexation per
    plan year (else 0, the budget year's level), grants and financial items per plan year
    (else as in the budget year); `sources` says which is which."""
    values = {
        (int(r.year), str(r.name)): (Decimal(str(r.value)), str(r.source))
        for r in rows.itertuples(index=False)
    }
    sources: dict[str, str] = {}

    def get(name: str, y: int) -> Decimal | None:
        found = values.get((y, name))
        if found is None:
            sources.setdefault(f"{name}:{y}", DEFAULT_SOURCE)
            return None
        sources[f"{name}:{y}"] = found[1]
        return found[0]

    plan_years = (year + 1, year + 2)
    default_rate = number_setting("tax_rate")
    rate = get("tax_rate", year) or default_rate
    rates = [get("tax_rate", y) for y in plan_years]
    growth = [get("tax_base_growth_pct", y) for y in plan_years]
    index = [get("indexation_pct", y) for y in plan_years]
    grants = [get("grants_mnkr", y) for y in plan_years]
    financial = [get("financial_mnkr", y) for y in plan_years]

    def ore(values: list[Decimal | None], budget_year: int) -> tuple[int, int]:
        first, second = (budget_year if v is None else int(v * ORE_PER_MNKR) for v in values)
        return first, second

    return {
        "tax_rate_kr": float(rate),
        "plan_tax_rate_kr": tuple(float(r if r is not None else rate) for r in rates),
        "tax_base_growth_pct": tuple(float(g or 0) for g in growth),
        "indexation_pct": tuple(float(i or 0) for i in index),
        "plan_grants_ore": ore(grants, grants_ore),
        "plan_financial_ore": ore(financial, financial_ore),
        "sources": sources,
    }


def import_assumptions(
    con: duckdb.DuckDBPyConnection, path: Path, author: str, display_name: str | None = None
) -> int:
    """Load a filled plan-assumptions template (`scenarios.assumptions`), all or nothing: every
    row's plan must be a budget version the database holds. Returns the rows stored; raises
    `ImportRejected` naming every problem (nothing written)."""
    rows = read_template(path, display_name)
    problems = []
    for (year, version), _ in rows.groupby(["base_year", "version"], sort=True):
        known = queries.budget_versions(con, int(year))
        if version not in known:
            problems.append(
                Problem(
                    "assumptions_unknown_plan",
                    display_name or path.name,
                    params={
                        "version": version,
                        "year": int(year),
                        "known": ", ".join(known) or "–",
                    },
                )
            )
    if problems:
        raise ImportRejected(problems)
    return stored_balance.add_assumptions(
        con,
        author=author,
        rows=[
            (int(r.base_year), str(r.version), int(r.year), str(r.name), r.value, str(r.source))
            for r in rows.itertuples(index=False)
        ],
    )


def assumption_rows(baseline: Baseline, version: str) -> pd.DataFrame:
    """The plan's assumptions as the template's rows (what a download is filled with): every
    value that applies, with its source ("default" where the plan states none)."""
    values = assumption_values(baseline)
    rows = [
        (
            baseline.year,
            version,
            year,
            name,
            Decimal(str(round(v, 4))),
            baseline.sources.get(f"{name}:{year}", DEFAULT_SOURCE),
        )
        for name in ASSUMPTIONS
        for year, v in zip(baseline.years, values[name], strict=True)
        if v is not None
    ]
    return pd.DataFrame(rows, columns=TEMPLATE_COLUMNS)
