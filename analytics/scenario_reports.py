"""Scenarios assembled from the database: the baseline a scenario starts from."""

from __future__ import annotations

import duckdb

from analytics.scenarios import Baseline
from analytics.settings import setting
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
    return Baseline(
        year=year,
        committees={str(c): int(v) for c, v in committees.items() if v},
        tax_ore=int(by_line.get("skatteintakter", 0)),
        grants_ore=int(by_line.get("statsbidrag", 0)),
        financial_ore=int(sum(by_line.get(k, 0) for k in
                              ("finansiella_intakter", "finansiella_kostnader", "extraordinara"))),
        pension_ore=int(-costs.get(PENSIONS, 0)),
        cost_types={str(k): int(-v) for k, v in costs.items()},
        planned_savings_ore={int(y): int(v) for y, v in planned.items()
                             if year <= y <= year + 2},
        goal_pct=float(setting("financial_goal_pct")),
        goal_base=setting("financial_goal_base"),
    )  # fmt: skip
