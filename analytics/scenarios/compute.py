"""What-if scenarios over the budget year and the two plan years: the engine.

A baseline is the budget year's income statement (the nämnders' net cost, taxes, grants,
financial items, and the pension costs and cost types inside the net cost) plus the plan's own
assumptions for the plan years (tax-base growth and indexation). A scenario is a set of
drivers that change it; `run` gives per year the income statement, årets resultat,
balanskravsresultat with what is still to be restored under the three-year rule, and the
financial goal. Amounts are öre, result sign for results (net cost positive where named so).

Pure arithmetic on small dataclasses: a driver change recomputes in microseconds, and the
same function serves the page, the comparison of scenarios and the sensitivity chart.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from analytics.forecast.result import goal_amount
from analytics.i18n import family
from analytics.result import balance as balance
from analytics.result.income_statement import Subtotals

ORE_PER_MNKR = 100_000_000
# The plan's assumptions a budget version stores per plan year (`storage.balance`): tax rate
# (kr), tax-base growth and indexation (%), general grants and net financial items (mnkr).
ASSUMPTIONS = ("tax_rate", "tax_base_growth_pct", "indexation_pct", "grants_mnkr", "financial_mnkr")
family(
    "scenario.assumption", ASSUMPTIONS
)  # the texts `scenario.assumption.<value>` (analytics/i18n/)
# Where an assumption comes from when the plan states none.
DEFAULT_SOURCE = "default"


@dataclass(frozen=True)
class Baseline:
    """The budget year and the plan's assumptions for the years after it."""

    year: int
    committees: dict[str, int]  # net cost per nämnd, positive öre
    tax_ore: int
    grants_ore: int
    financial_ore: int  # financial income less costs, result sign
    pension_ore: int = 0  # pension costs inside the net cost (positive)
    cost_types: dict[str, int] = field(default_factory=dict)  # cost per kostnadsslag (positive)
    tax_rate_kr: float = 11.70  # the budget year's tax rate, kronor per 100 kr of income
    # The plan years' assumptions (the two years after the budget year), as the plan states
    # them (`scenario_reports.baseline` reads them with their sources): tax rate, tax-base
    # growth, indexation, grants and net financial items (None: as in the budget year).
    plan_tax_rate_kr: tuple[float, float] | None = None
    tax_base_growth_pct: tuple[float, float] = (0.0, 0.0)
    indexation_pct: tuple[float, float] = (0.0, 0.0)
    plan_grants_ore: tuple[int, int] | None = None
    plan_financial_ore: tuple[int, int] | None = None
    financial_income_ore: int = 0  # the part of `financial_ore` that is income
    extraordinary_ore: int = 0
    planned_savings_ore: dict[int, int] = field(default_factory=dict)  # per year, positive
    goal_pct: float = 2.0
    goal_base: str = "tax_grants"
    # Balanskravsresultat of the closed years before the budget year (their deficits carry
    # into the plan) and the decisions behind the balanskravsutredning.
    history_balance_ore: dict[int, int] = field(default_factory=dict)
    decisions: tuple[balance.Decision, ...] = ()
    sources: dict[str, str] = field(default_factory=dict)  # assumption name → its source

    def tax_rate(self, k: int) -> float:
        """The tax rate of year `k` (0 = the budget year) as the plan states it."""
        return (
            self.tax_rate_kr
            if k == 0 or self.plan_tax_rate_kr is None
            else (self.plan_tax_rate_kr[k - 1])
        )

    def planned(self, values: tuple[int, int] | None, k: int, budget_year: int) -> int:
        return budget_year if k == 0 or values is None else values[k - 1]

    @property
    def years(self) -> list[int]:
        return [self.year, self.year + 1, self.year + 2]


@dataclass(frozen=True)
class Drivers:
    """What a scenario changes. Per-year values apply to that year; changes of level (tax rate,
    frames, reallocations) apply from their year on. Money in mnkr as people say it."""

    tax_base_pp: dict[int, float] = field(default_factory=dict)  # change in growth, points
    tax_rate_ore: dict[int, float] = field(default_factory=dict)  # change of the rate, öre
    grants_mnkr: dict[int, float] = field(default_factory=dict)
    pension_mnkr: dict[int, float] = field(default_factory=dict)
    pension_pct: dict[int, float] = field(default_factory=dict)
    indexation_pp: dict[int, float] = field(default_factory=dict)
    frames_mnkr: tuple[tuple[str, int, float], ...] = ()  # (nämnd, from year, mnkr)
    reallocations_mnkr: tuple[tuple[str, str, int, float], ...] = ()  # (from, to, year, mnkr)
    savings_realised_pct: dict[int, float] = field(default_factory=dict)  # of planned savings
    one_offs_mnkr: tuple[tuple[int, float, str], ...] = ()  # (year, mnkr cost, text)
    cost_type_pct: tuple[tuple[str, int, float], ...] = ()  # (kostnadsslag, from year, %)

    def with_(self, **changes: object) -> Drivers:
        # keyword changes by name: each caller passes a driver with its own type
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class YearResult(Subtotals):
    """One year of a scenario (öre)."""

    year: int
    committees: dict[str, int]  # net cost per nämnd, positive
    net_cost_ore: int  # every nämnd plus pension, cost-type, savings and one-off changes
    tax_ore: int
    grants_ore: int
    financial_income_ore: int
    financial_costs_ore: int  # negative
    extraordinary_ore: int
    goal_ore: int
    statement: balance.BalanceStatement | None = None  # the year's balanskravsutredning
    deficits: tuple[balance.Deficit, ...] = ()  # after the year, history included
    breaks_budget_rule: bool = False  # a negative result without synnerliga skäl

    @property
    def net_operating_ore(self) -> int:
        return -self.net_cost_ore

    @property
    def balance_result_ore(self) -> int:
        """Balanskravsresultat: årets resultat with the year's decided reserve transfers and
        adjustments (a plan year books no realisation or unrealised gains)."""
        return self.statement.balance_result_ore if self.statement else self.result_ore

    @property
    def to_restore_ore(self) -> int:
        """What is left to restore after the year, deficits from history included (positive)."""
        return -balance.remaining_ore(self.deficits)

    @property
    def goal_met(self) -> bool:
        return self.result_ore >= self.goal_ore


def assumption_values(baseline: Baseline) -> dict[str, list[float | None]]:
    """Each plan assumption per year of the plan (None where it does not apply: growth and
    indexation are changes from the budget year, so the budget year has none)."""
    k_years = range(3)
    return {
        "tax_rate": [baseline.tax_rate(k) for k in k_years],
        "tax_base_growth_pct": [None, *baseline.tax_base_growth_pct],
        "indexation_pct": [None, *baseline.indexation_pct],
        "grants_mnkr": [
            baseline.planned(baseline.plan_grants_ore, k, baseline.grants_ore) / ORE_PER_MNKR
            for k in k_years
        ],
        "financial_mnkr": [
            baseline.planned(baseline.plan_financial_ore, k, baseline.financial_ore) / ORE_PER_MNKR
            for k in k_years
        ],
    }


def _mnkr(value: float) -> int:
    return round(value * ORE_PER_MNKR)


def _growth(base: tuple[float, float], changes: dict[int, float], first: int, k: int) -> float:
    """The factor from the budget year's level to year `first + k`: the plan's growth for the
    plan years times the scenario's changes for every year up to and including it."""
    factor = 1.0
    for j in range(k + 1):
        planned = base[j - 1] if j > 0 else 0.0
        factor *= 1 + (planned + changes.get(first + j, 0.0)) / 100
    return factor


def run(baseline: Baseline, drivers: Drivers) -> list[YearResult]:
    """The scenario year by year over the budget year and the two plan years, with the
    balanskravsutredning of each and the deficits carried from the closed years before."""
    results: list[YearResult] = []
    balances = dict(baseline.history_balance_ore)
    for k, year in enumerate(baseline.years):
        tax_factor = _growth(baseline.tax_base_growth_pct, drivers.tax_base_pp, baseline.year, k)
        rate_change = cumulative_rate_ore(drivers, [year])[0] / 100
        tax = round(
            baseline.tax_ore
            * tax_factor
            * (baseline.tax_rate(k) + rate_change)
            / baseline.tax_rate_kr
        )
        grants = baseline.planned(baseline.plan_grants_ore, k, baseline.grants_ore)
        grants += _mnkr(drivers.grants_mnkr.get(year, 0.0))
        financial = baseline.planned(baseline.plan_financial_ore, k, baseline.financial_ore)
        index = _growth(baseline.indexation_pct, drivers.indexation_pp, baseline.year, k)
        committees = {c: round(v * index) for c, v in baseline.committees.items()}
        for committee, start, mnkr in drivers.frames_mnkr:
            if start <= year:
                committees[committee] = committees.get(committee, 0) + _mnkr(mnkr)
        for giver, taker, start, mnkr in drivers.reallocations_mnkr:
            if start <= year:
                committees[giver] = committees.get(giver, 0) - _mnkr(mnkr)
                committees[taker] = committees.get(taker, 0) + _mnkr(mnkr)
        other = _mnkr(drivers.pension_mnkr.get(year, 0.0))
        other += round(baseline.pension_ore * index * drivers.pension_pct.get(year, 0.0) / 100)
        for cost_type, start, pct in drivers.cost_type_pct:
            if start <= year:
                other += round(baseline.cost_types.get(cost_type, 0) * index * pct / 100)
        planned = baseline.planned_savings_ore.get(year, 0)
        realised = drivers.savings_realised_pct.get(year, 100.0)
        other += round(planned * (100 - realised) / 100)  # unrealised savings stay as cost
        other += sum(_mnkr(m) for y, m, _ in drivers.one_offs_mnkr if y == year)
        net_cost = sum(committees.values()) + other
        draft = YearResult(
            year,
            committees,
            net_cost,
            tax,
            grants,
            baseline.financial_income_ore,
            financial - baseline.financial_income_ore,
            baseline.extraordinary_ore,
            goal_amount(tax + grants, -net_cost, baseline.goal_pct, baseline.goal_base),
        )
        statement = balance.statement(year, draft.result_ore, 0, 0, baseline.decisions)
        balances[year] = statement.balance_result_ore
        deficits = balance.deficits_by_year(balances, baseline.decisions)[year]
        breaks = balance.budget_breaks_rule(draft.result_ore, year, baseline.decisions)
        results.append(
            replace(draft, statement=statement, deficits=tuple(deficits), breaks_budget_rule=breaks)
        )
    return results


def sensitivity(
    baseline: Baseline, drivers: Drivers, steps: dict[str, Drivers], year: int
) -> dict[str, int]:
    """How much the result of `year` moves (öre) when each named driver change is added to
    the scenario on its own: the bars of a tornado chart."""
    base = next(r for r in run(baseline, drivers) if r.year == year).result_ore
    moved = {}
    for name, step in steps.items():
        changed = next(r for r in run(baseline, step) if r.year == year).result_ore
        moved[name] = changed - base
    return dict(sorted(moved.items(), key=lambda item: -abs(item[1])))


# Drivers as a table people edit: one row per driver, one column per year.
YEAR_DRIVERS = (
    "tax_base_pp",
    "tax_rate_ore",
    "grants_mnkr",
    "pension_mnkr",
    "pension_pct",
    "indexation_pp",
    "savings_realised_pct",
)
ONE_OFF = "one_off_mnkr"  # the one-off costs' row of the drivers table
family(
    "scenario.driver", (*YEAR_DRIVERS, ONE_OFF)
)  # the texts `scenario.driver.<value>` (analytics/i18n/)
NEUTRAL = {"savings_realised_pct": 100.0}
# How a value typed in a year applies, stated next to every driver: to that year only; as a
# change of growth (the level of the years after follows it); or from that year on, the values
# of several years added up (+10 öre in each of three years is +30 öre in the third).
SCOPES = ("year", "growth", "from_year")
family("scenario.scope", SCOPES)  # the texts `scenario.scope.<value>` (analytics/i18n/)
DRIVER_SCOPE = {
    "tax_base_pp": "growth",
    "tax_rate_ore": "from_year",
    "grants_mnkr": "year",
    "pension_mnkr": "year",
    "pension_pct": "year",
    "indexation_pp": "growth",
    "savings_realised_pct": "year",
    ONE_OFF: "year",
}
# The changes listed below the drivers: a nämnd's frame, money moved between two nämnder and a
# change in per cent of one kostnadsslag, each from its year on.
CHANGE_KINDS = ("frame", "reallocation", "cost_type")
family("scenario.change_kind", CHANGE_KINDS)  # `scenario.change_kind.<value>` (analytics/i18n/)


def cumulative_rate_ore(drivers: Drivers, years: list[int]) -> list[float]:
    """The tax-rate change in force each year (öre): the changes of every year up to it."""
    return [sum(v for y, v in drivers.tax_rate_ore.items() if y <= year) for year in years]


def drivers_table(drivers: Drivers, years: list[int]) -> dict[str, list[float]]:
    """driver → its value per year (the neutral value where the scenario sets none)."""
    return {
        name: [float(getattr(drivers, name).get(y, NEUTRAL.get(name, 0.0))) for y in years]
        for name in YEAR_DRIVERS
    }


def drivers_from_table(
    table: dict[str, list[float]],
    years: list[int],
    changes: list[tuple[str, str, str, int, float]],
    one_offs: dict[int, float],
) -> Drivers:
    """Drivers from the edited table, the list of frame changes, reallocations and cost-type
    changes (kind, nämnd or kostnadsslag, counterpart, year, amount) and one-off items."""
    per_year = {
        name: {
            y: float(v)
            for y, v in zip(years, table[name], strict=True)
            if float(v) != NEUTRAL.get(name, 0.0)
        }
        for name in YEAR_DRIVERS
    }
    frames = tuple((who, year, amount) for kind, who, _, year, amount in changes if kind == "frame")
    moves = tuple(
        (who, to, year, amount) for kind, who, to, year, amount in changes if kind == "reallocation"
    )
    cost_types = tuple(
        (who, year, amount) for kind, who, _, year, amount in changes if kind == "cost_type"
    )
    return Drivers(
        **per_year,
        frames_mnkr=frames,
        reallocations_mnkr=moves,
        cost_type_pct=cost_types,
        one_offs_mnkr=tuple((y, float(v), "") for y, v in one_offs.items() if v),
    )


def drivers_to_json(drivers: Drivers) -> str:
    """The drivers as JSON for storage (years as text keys, lists for tuples)."""
    import json
    from dataclasses import asdict

    return json.dumps(asdict(drivers), ensure_ascii=False, sort_keys=True)


def drivers_from_json(text: str) -> Drivers:
    import json

    raw = json.loads(text)
    values: dict[str, object] = {}
    for name, value in raw.items():
        if isinstance(value, dict):
            values[name] = {int(k): float(v) for k, v in value.items()}
        else:
            values[name] = tuple(tuple(item) for item in value)
    # the fields by name, each rebuilt above as a dict of years or a tuple of tuples
    return Drivers(**values)  # type: ignore[arg-type]
