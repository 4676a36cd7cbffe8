"""The result forecast: the nämnder's year-end forecasts rolled into the region's income
statement with taxes, grants and financial items, against the budget and the financial goal.

Pure: the lines' amounts and the tax forecasts come in as frames (`forecast.report` reads
them); a closed year's statement is its outcome, line by line.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd

from analytics.forecast.compute import OUTCOME
from analytics.i18n import family
from analytics.result.income_statement import Subtotals

# Where taxes and grants come from in the result forecast.
CENTRAL_SOURCES = ("auto", "controller", "budget", "skr")
family("source", CENTRAL_SOURCES)  # the texts `source.<value>` (analytics/i18n/)
family("source.used", (*CENTRAL_SOURCES[1:], OUTCOME))  # the texts `source.used.<value>`
CENTRAL_LINES = ("skatteintakter", "statsbidrag")
FINANCIAL_LINES = ("finansiella_intakter", "finansiella_kostnader", "extraordinara")
GOAL_BASES = ("tax_grants", "net_cost")
family("is.goal", GOAL_BASES)  # the texts `is.goal.<value>` (analytics/i18n/)


@dataclass(frozen=True)
class ResultForecast(Subtotals):
    """The region's year-end income statement (LKBR layout): operations' forecasts rolled into
    it with taxes, grants and financial items (öre, result sign). A closed year's is its
    outcome, line by line."""

    operating_ore: int  # verksamhetens nettokostnader (negative)
    tax_ore: int
    grants_ore: int
    financial_income_ore: int
    financial_costs_ore: int  # negative
    extraordinary_ore: int
    budget_result_ore: int
    central_source: str  # where taxes and grants came from: controller, budget, skr or outcome
    goal_pct: float
    goal_base: str
    # intäkter, kostnader, avskrivningar: known line by line only for a closed year (the
    # methods forecast each nämnd's net cost)
    operating_lines: dict[str, int] | None = None

    @property
    def net_operating_ore(self) -> int:
        return self.operating_ore

    @property
    def deviation_ore(self) -> int:
        """Against the budgeted result (positive = better than budget)."""
        return self.result_ore - self.budget_result_ore

    @property
    def closed(self) -> bool:
        return self.central_source == OUTCOME

    @property
    def goal_ore(self) -> int:
        """The financial goal in öre: `goal_pct` % of taxes and grants, or of net cost."""
        return goal_amount(
            self.tax_ore + self.grants_ore, self.operating_ore, self.goal_pct, self.goal_base
        )

    @property
    def goal_met(self) -> bool:
        return self.result_ore >= self.goal_ore

    def lines(self) -> list[tuple[str, int | None]]:
        """Every LKBR line as (line code, öre); None where a line is not forecast on its own."""
        split = self.operating_lines or {}
        return [
            *(
                (code, split.get(code) if self.operating_lines else None)
                for code in ("intakter", "kostnader", "avskrivningar")
            ),
            ("verksamhetens_nettokostnader", self.operating_ore),
            ("skatteintakter", self.tax_ore),
            ("statsbidrag", self.grants_ore),
            ("verksamhetens_resultat", self.operating_result_ore),
            ("finansiella_intakter", self.financial_income_ore),
            ("finansiella_kostnader", self.financial_costs_ore),
            ("resultat_efter_finansiella", self.after_financial_ore),
            ("extraordinara", self.extraordinary_ore),
            ("arets_resultat", self.result_ore),
        ]


def goal_amount(tax_grants_ore: int, operating_ore: int, pct: float, base: str) -> int:
    """The financial goal in öre: `pct` % of taxes and grants (`tax_grants`) or of the net
    cost (`net_cost`): one rule for the forecast and every scenario year."""
    amount = tax_grants_ore if base == "tax_grants" else operating_ore
    return round(abs(amount) * pct / 100)


# The income statement's lines in order, as `ResultForecast.lines` and every table list them.
STATEMENT_LINES = (
    "intakter",
    "kostnader",
    "avskrivningar",
    "verksamhetens_nettokostnader",
    "skatteintakter",
    "statsbidrag",
    "verksamhetens_resultat",
    "finansiella_intakter",
    "finansiella_kostnader",
    "resultat_efter_finansiella",
    "extraordinara",
    "arets_resultat",
)
family("is", STATEMENT_LINES)  # the texts `is.<value>` (analytics/i18n/)


OPERATING = ("intakter", "kostnader", "avskrivningar")


def statement_by_line(amounts: pd.Series) -> dict[str, int]:
    """Every statement line (sums included) from amounts per account line (rr_line → öre)."""
    get = {
        code: int(amounts.get(code, 0)) for code in (*OPERATING, *CENTRAL_LINES, *FINANCIAL_LINES)
    }
    net = sum(get[c] for c in OPERATING)
    operating_result = net + get["skatteintakter"] + get["statsbidrag"]
    after = operating_result + get["finansiella_intakter"] + get["finansiella_kostnader"]
    return {
        **get,
        "verksamhetens_nettokostnader": net,
        "verksamhetens_resultat": operating_result,
        "resultat_efter_finansiella": after,
        "arets_resultat": after + get["extraordinara"],
    }


def result_forecast(
    operating_ore: int,
    lines: pd.DataFrame,
    month: int,
    central_source: str = "auto",
    tax_forecast: tuple[int, int] | None = None,
    goal_pct: float = 2.0,
    goal_base: str = "tax_grants",
    closed: bool = False,
    budget: pd.Series | None = None,
) -> ResultForecast:
    """Roll the operations' year-end forecast into the income statement.

    `lines` are the region's amounts per income-statement line, period and measure
    (`storage.queries.line_amounts`). Taxes and grants come from `central_source`: the
    controllers' latest forecast made by `month` (`controller`), the budget, or a tax-base
    forecast (`skr`, `tax_forecast` = (skatteintäkter, statsbidrag) in öre); `auto` takes the
    controllers' when there is one, else the budget. Financial and extraordinary items come from
    the controllers' forecast when there is one (and the source is not the budget), else from
    the budget. A `closed` year takes every line from its outcome. `budget` (öre per line)
    replaces the latest version's budget when another version is asked for.
    """
    if central_source not in CENTRAL_SOURCES or goal_base not in GOAL_BASES:
        raise ValueError(central_source if central_source not in CENTRAL_SOURCES else goal_base)
    if budget is None:
        budget = lines[lines["measure"] == "budget"].groupby("rr_line")["amount_ore"].sum()
    if closed:
        outcome = lines[lines["measure"] == "utfall"].groupby("rr_line")["amount_ore"].sum()
        return _from_lines(
            outcome,
            int(budget.sum()),
            OUTCOME,
            goal_pct,
            goal_base,
            {code: int(outcome.get(code, 0)) for code in OPERATING},
        )
    made = lines[(lines["measure"] == "prognos") & lines["period"].between(1, month)]
    latest = made[made["period"] == made["period"].max()] if len(made) else made
    controller = latest.groupby("rr_line")["amount_ore"].sum()
    source = central_source
    if source == "auto":
        source = "controller" if len(controller) else "budget"
    if (source == "controller" and not len(controller)) or (source == "skr" and not tax_forecast):
        source = "budget"
    if source == "skr":
        assert tax_forecast is not None
        tax, grants = tax_forecast
    else:
        central = controller if source == "controller" else budget
        tax, grants = (int(central.get(line, 0)) for line in CENTRAL_LINES)
    financial_from = controller if len(controller) and source != "budget" else budget
    amounts = pd.Series(
        {
            "skatteintakter": tax,
            "statsbidrag": grants,
            **{line: int(financial_from.get(line, 0)) for line in FINANCIAL_LINES},
        }
    )
    forecast = _from_lines(amounts, int(budget.sum()), source, goal_pct, goal_base, None)
    return replace(forecast, operating_ore=operating_ore)


def _from_lines(
    amounts: pd.Series,
    budget_result: int,
    source: str,
    goal_pct: float,
    goal_base: str,
    operating_lines: dict[str, int] | None,
) -> ResultForecast:
    by_line = statement_by_line(amounts)
    return ResultForecast(
        operating_ore=by_line["verksamhetens_nettokostnader"],
        tax_ore=by_line["skatteintakter"],
        grants_ore=by_line["statsbidrag"],
        financial_income_ore=by_line["finansiella_intakter"],
        financial_costs_ore=by_line["finansiella_kostnader"],
        extraordinary_ore=by_line["extraordinara"],
        budget_result_ore=budget_result,
        central_source=source,
        goal_pct=goal_pct,
        goal_base=goal_base,
        operating_lines=operating_lines,
    )
