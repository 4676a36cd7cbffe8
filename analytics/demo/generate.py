"""Deterministic amounts for the demo region: budgets, outcome and forecasts to the krona.

Every total is hit exactly by splitting integers with the largest-remainder method, so the
region's budgeted and actual results equal the public figures in `figures.py` to the krona.
Bookkeeping sign throughout (costs positive, revenue negative), as real exports.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import numpy as np
import pandas as pd

from analytics.common.allocation import allocate
from analytics.common.allocation import allocate_rows as allocate_months
from analytics.demo import figures as F
from analytics.demo.structure import (
    COST_EQUALISATION,
    FORECAST_COST,
    FORECAST_REVENUE,
    INCOME_EQUALISATION,
    TAX,
    accounts,
    organisation,
)

PERSONNEL_PROFILE = np.array([1.0, 0.97, 1.02, 1.0, 1.02, 1.08, 0.72, 0.88, 1.0, 1.02, 1.0, 1.2])
FLAT = np.ones(12)

# Revenue families and extra cost families per committee (Region-Bas two-digit prefixes).
REVENUE_FAMILIES = {
    F.RS: ("39", "30", "32"),
    F.HSN: ("30", "31", "32"),
    F.RUN: ("32", "39"),
    F.KTN: ("34",),
    F.PN: ("39",),
}
COST_FAMILIES = {
    F.RS: ("50", "64", "69", "66", "57", "54", "78"),
    F.HSN: ("47", "54", "55", "56", "57", "59", "64", "50", "78"),
    F.RUN: ("69", "66", "50"),
    F.KTN: ("57",),
    F.PN: ("69",),
}


def kr(mnkr: Decimal) -> int:
    """mnkr as integer kronor."""
    return int(mnkr * F.MNKR)


@dataclass
class RowPlan:
    """The ansvar × konto rows a committee books on, with their weights."""

    ansvar: np.ndarray
    konto: np.ndarray
    committee_2019: np.ndarray
    committee: np.ndarray
    revenue: np.ndarray  # bool
    personnel: np.ndarray  # bool
    weight: np.ndarray


def row_plan(org: pd.DataFrame, chart: pd.DataFrame, rng: np.random.Generator) -> RowPlan:
    """About six accounts per ansvar: one revenue, salary, social fees, pension and extras."""
    by_family: dict[str, list[str]] = {}
    for konto in chart["konto"]:
        by_family.setdefault(konto[:2], []).append(konto)
    current = org[org["year"] == 2020].set_index("ansvar")
    first_year = org[org["year"] == 2019].set_index("ansvar")["committee"]
    rows: list[PlanRow] = []
    for ansvar, unit in current.iterrows():
        if unit["committee"] != F.FIN:
            rows += _unit_rows(str(ansvar), unit["committee"], first_year[ansvar], by_family, rng)
    frame = pd.DataFrame(
        rows, columns=["ansvar", "konto", "c2019", "committee", "revenue", "personnel", "weight"]
    )
    frame = frame.groupby(["ansvar", "konto"], as_index=False).agg(
        c2019=("c2019", "first"),
        committee=("committee", "first"),
        revenue=("revenue", "first"),
        personnel=("personnel", "first"),
        weight=("weight", "sum"),
    )
    return RowPlan(
        frame["ansvar"].to_numpy(),
        frame["konto"].to_numpy(),
        frame["c2019"].to_numpy(),
        frame["committee"].to_numpy(),
        frame["revenue"].to_numpy(dtype=bool),
        frame["personnel"].to_numpy(dtype=bool),
        frame["weight"].to_numpy(dtype=float),
    )


# ansvar, konto, nämnd in 2019, nämnd now, revenue?, personnel?, weight
PlanRow = tuple[str, str, str, str, bool, bool, float]


def _unit_rows(
    ansvar: str,
    committee: str,
    c2019: str,
    by_family: dict[str, list[str]],
    rng: np.random.Generator,
) -> list[PlanRow]:
    """One ansvar's rows: a revenue account, a salary with its social fees and pension, and
    two accounts of the nämnd's typical costs (drawn in a fixed order: the demo is seeded)."""
    size = float(rng.lognormal(0, 0.6))
    family = rng.choice(REVENUE_FAMILIES[committee])
    revenue = rng.choice(by_family[family])
    rows: list[PlanRow] = [
        (ansvar, revenue, c2019, committee, True, False, size * rng.lognormal(0, 0.5))
    ]
    salary = rng.choice(by_family["40"] + by_family["42"])
    for konto, weight, personnel in (
        (salary, 55.0, True),
        ("4500", 17.0, True),
        ("4600", 9.0, True),
    ):
        rows.append((ansvar, konto, c2019, committee, False, personnel, size * weight))
    for family in rng.choice(COST_FAMILIES[committee], size=2):
        weight = (
            150.0 if family == "57" and committee in (F.KTN,) else float(rng.lognormal(2.3, 0.6))
        )
        rows.append(
            (ansvar, rng.choice(by_family[family]), c2019, committee, False, False, size * weight)
        )
    return rows


def committee_net(
    year: int, total: int, weights: dict[str, float], fixed: dict[str, int]
) -> dict[str, int]:
    """Split the committees' total net cost over committees, some of them fixed (RS 2025)."""
    free = [c for c in F.COMMITTEES if c not in fixed]
    rest = total - sum(fixed.values())
    split = allocate(rest, np.array([weights[c] for c in free]))
    return {**fixed, **{c: int(v) for c, v in zip(free, split, strict=True)}}


@dataclass
class Booking:
    """One year's amounts for one measure (and budget version), rows × 12 months."""

    committee_net: dict[str, int]
    committee_revenue: dict[str, int]
    central: dict[str, int]  # account → annual amount in bookkeeping sign
    monthly: np.ndarray  # rows × 12, bookkeeping sign


def book(
    plan: RowPlan,
    year: int,
    central: F.CentralItems,
    result: Decimal,
    shares: dict[str, float],
    fixed: dict[str, int],
    rng: np.random.Generator,
    noise: float,
) -> Booking:
    """Amounts that hit the result exactly: committees' net cost = central items − result."""
    central_kr = {
        TAX: -kr(central.tax),
        INCOME_EQUALISATION: -kr(central.grants) * 7 // 10,
        COST_EQUALISATION: -kr(central.grants) + kr(central.grants) * 7 // 10,
        **{konto: -kr(v) if konto in F.INCOME_ACCOUNTS else kr(v)
           for konto, v in central.financial_accounts(year).items()},
    }  # fmt: skip
    total_net = -sum(central_kr.values()) - kr(result)
    net = committee_net(year, total_net, shares, fixed)
    committees = plan.committee_2019 if year == 2019 else plan.committee
    monthly = np.zeros((len(plan.ansvar), 12), dtype=np.int64)
    revenue_totals = {}
    for committee in F.COMMITTEES:
        in_committee = committees == committee
        ratio = F.REVENUE_RATIO[committee] * (1 + rng.normal(0, noise / 2))
        cost = round(net[committee] / (1 - ratio))
        revenue = cost - net[committee]
        revenue_totals[committee] = revenue
        for is_revenue, total in ((True, revenue), (False, cost)):
            rows = np.flatnonzero(in_committee & (plan.revenue == is_revenue))
            weights = plan.weight[rows] * rng.lognormal(0, noise, size=len(rows))
            annual = allocate(total, weights)
            profiles = np.where(plan.personnel[rows, None], PERSONNEL_PROFILE, FLAT)
            profiles = profiles * rng.lognormal(0, noise, size=profiles.shape)
            monthly[rows] = allocate_months(annual, profiles) * (-1 if is_revenue else 1)
    return Booking(net, revenue_totals, central_kr, monthly)


def shares_for(year: int) -> dict[str, float]:
    return F.SHARES_2019 if year == 2019 else F.SHARES_FROM_2020


@dataclass
class DemoData:
    """Everything the demo files are written from."""

    org: pd.DataFrame
    accounts: pd.DataFrame
    ledger: dict[int, pd.DataFrame]  # year → period, ansvar, konto, one column per version, utfall
    forecasts: pd.DataFrame  # year, period, ansvar, konto, committee, prognos


def generate(seed: int = 2020) -> DemoData:
    """The whole demo, deterministic for a seed."""
    rng = np.random.default_rng(seed)
    org = organisation(seed)
    chart = accounts()
    plan = row_plan(org, chart, rng)
    fin_ansvar = org.loc[org["committee"] == F.FIN, "ansvar"].iloc[0]
    first_ansvar = org[org["year"] == 2020].groupby("committee")["ansvar"].min().to_dict()
    ledger: dict[int, pd.DataFrame] = {}
    forecasts = []
    for figures in F.YEARS:
        year = figures.year
        shares = shares_for(year)
        columns: dict[str, np.ndarray] = {}
        bookings: dict[str, Booking] = {}
        for version in figures.versions:
            fixed = {F.RS: F.RS_FRAME_2025_KR} if year == 2025 else {}
            booking = book(plan, year, version.central, version.result, shares, fixed, rng, 0.0)
            bookings[version.name] = booking
            columns[version.name] = _with_central(booking)
        weights = {c: shares[c] * (1 + figures.committee_overrun.get(c, 0.0)) for c in F.COMMITTEES}
        outcome = book(
            plan, year, figures.outcome_central, figures.outcome_result, weights, {}, rng, 0.06
        )
        columns["utfall"] = _with_central(outcome)
        ansvar = np.concatenate([plan.ansvar, [fin_ansvar] * len(outcome.central)])
        konto = np.concatenate([plan.konto, list(outcome.central)])
        frame = pd.DataFrame(
            {
                "year": year,
                "period": np.tile(np.arange(1, 13), len(ansvar)),
                "ansvar": np.repeat(ansvar, 12),
                "konto": np.repeat(konto, 12),
                **{name: values.reshape(-1) for name, values in columns.items()},
            }
        )
        ledger[year] = frame
        forecasts.append(
            _forecasts(figures, bookings[figures.latest.name], outcome, first_ansvar, fin_ansvar)
        )
    return DemoData(org, chart, ledger, pd.concat(forecasts, ignore_index=True))


def _with_central(booking: Booking) -> np.ndarray:
    """Committee rows followed by the central accounts, spread evenly over the months."""
    central = np.array(list(booking.central.values()), dtype=np.int64)
    months = allocate_months(central, np.ones((len(central), 12)))
    return np.vstack([booking.monthly, months])


def _alphas(figures: F.YearFigures, budget: int, outcome: int) -> dict[int, float]:
    """How far the forecast has moved from budget toward the outcome, per month 2–11."""
    points = {0: 0.0, 12: 1.0}
    for month, value in figures.forecast_anchors.items():
        points[month] = (kr(value) - budget) / (outcome - budget)
    xs = sorted(points)
    return {m: float(np.interp(m, xs, [points[x] for x in xs])) for m in range(2, 12)}


def _forecasts(
    figures: F.YearFigures,
    budget: Booking,
    outcome: Booking,
    first_ansvar: dict[str, str],
    fin_ansvar: str,
) -> pd.DataFrame:
    """The controllers' year-end forecasts per nämnd and month, exact at the public anchors."""
    budget_result = -sum(budget.central.values()) - sum(budget.committee_net.values())
    outcome_result = -sum(outcome.central.values()) - sum(outcome.committee_net.values())
    rows = []
    for month, alpha in _alphas(figures, budget_result, outcome_result).items():
        anchor = figures.forecast_anchors.get(month)
        target = (
            kr(anchor)
            if anchor is not None
            else round(budget_result + alpha * (outcome_result - budget_result))
        )

        def move(b: int, o: int, a: float = alpha) -> int:
            return round(b + a * (o - b))

        net_total = 0
        for committee in F.COMMITTEES:
            net = move(budget.committee_net[committee], outcome.committee_net[committee])
            revenue = move(
                budget.committee_revenue[committee], outcome.committee_revenue[committee]
            )
            net_total += net
            ansvar = first_ansvar[committee]
            rows.append((month, ansvar, FORECAST_REVENUE, committee, -revenue))
            rows.append((month, ansvar, FORECAST_COST, committee, revenue + net))
        central = {k: move(budget.central[k], outcome.central[k]) for k in budget.central}
        # the tax line absorbs rounding so the region's forecast equals the target to the krona
        central[TAX] = -(target + net_total) - sum(v for k, v in central.items() if k != TAX)
        for konto, amount in central.items():
            rows.append((month, fin_ansvar, konto, F.FIN, amount))
    frame = pd.DataFrame(rows, columns=["period", "ansvar", "konto", "committee", "prognos"])
    frame.insert(0, "year", figures.year)
    return frame
