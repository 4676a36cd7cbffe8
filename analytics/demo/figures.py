"""The public figures the demo reproduces, and the invented ones that fill the gaps.

Public (shared/domain.md, board papers of Region Jämtland Härjedalen): budgeted result 2019
−214 mnkr, outcome −171; budget 2020 −79,2 revised to +99,9, outcome ≈323, forecast after August
190 (90 better than budget); 2021 budget ≈72, outcome 361; 2022 budget 68; 2023 outcome −512
with the forecast moving −300 → −360 → −550; 2024 budget ≈−300, forecast −500 after September;
2025 budget −230 and RS net frame 2 181 760 tkr. Everything else here is invented but plausible
and marked as such.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

MNKR = 1_000_000  # kronor per mnkr


@dataclass(frozen=True)
class CentralItems:
    """Taxes, general grants and financial items of one budget or outcome, in mnkr.

    The pension portfolio's realised and unrealised gains are parts of the financial income
    (an unrealised loss, negative, is part of the financial costs): the balanskravsutredning
    takes them out again. Invented, like the split of every total here."""

    tax: Decimal
    grants: Decimal
    financial_income: Decimal
    financial_costs: Decimal
    realised_gains: Decimal = Decimal(0)
    unrealised: Decimal = Decimal(0)

    def financial_accounts(self, year: int) -> dict[str, Decimal]:
        """The financial items per account (mnkr, positive): interest income, the portfolio's
        return, its realised and unrealised gains; loan interest against loans of 433 → 360
        mnkr (Kommuninvest), bank costs, an unrealised loss, and the financial part of the
        pension costs (ränta och uppräkning av pensionsskulden) as the rest of the costs."""
        gain, loss = max(self.unrealised, Decimal(0)), max(-self.unrealised, Decimal(0))
        loans = LOAN_INTEREST[year]
        accounts = {
            INTEREST_INCOME_ACCOUNT: INTEREST_INCOME,
            PORTFOLIO_ACCOUNT: self.financial_income - INTEREST_INCOME - self.realised_gains - gain,
            REALISED_ACCOUNT: self.realised_gains,
            UNREALISED_GAIN_ACCOUNT: gain,
            LOAN_INTEREST_ACCOUNT: loans,
            PENSION_INTEREST_ACCOUNT: self.financial_costs - loans - BANK_COSTS - loss,
            BANK_COSTS_ACCOUNT: BANK_COSTS,
            UNREALISED_LOSS_ACCOUNT: loss,
        }
        assert all(v >= 0 for v in accounts.values()), (year, accounts)
        return accounts


# The financial accounts (Region-Bas 84 income, 85 costs); 8432, 8460 and 8560 are the accounts
# the settings `balance_realisation_accounts`/`balance_unrealised_accounts` name by default.
INTEREST_INCOME_ACCOUNT, PORTFOLIO_ACCOUNT = "8400", "8401"
REALISED_ACCOUNT, UNREALISED_GAIN_ACCOUNT = "8432", "8460"
LOAN_INTEREST_ACCOUNT, PENSION_INTEREST_ACCOUNT, BANK_COSTS_ACCOUNT = "8500", "8501", "8502"
UNREALISED_LOSS_ACCOUNT = "8560"
INCOME_ACCOUNTS = (INTEREST_INCOME_ACCOUNT, PORTFOLIO_ACCOUNT, REALISED_ACCOUNT,
                   UNREALISED_GAIN_ACCOUNT)  # fmt: skip
# Invented: interest income, bank costs, and interest on loans of 433 (2019) → 360 mnkr at
# 1–3,5 %.
INTEREST_INCOME = Decimal(2)
BANK_COSTS = Decimal(1)
LOAN_INTEREST = {2019: Decimal(6), 2020: Decimal(5), 2021: Decimal(4), 2022: Decimal(6),
                 2023: Decimal(12), 2024: Decimal(13), 2025: Decimal(10)}  # fmt: skip


@dataclass(frozen=True)
class BudgetVersion:
    """One decided budget of a year: its name, central items and result (mnkr)."""

    name: str
    central: CentralItems
    result: Decimal


@dataclass(frozen=True)
class YearFigures:
    """A year of the demo: its budget versions (oldest first), outcome and forecast anchors."""

    year: int
    versions: tuple[BudgetVersion, ...]
    outcome_central: CentralItems
    outcome_result: Decimal
    # month the forecast was made → the region's year-end result forecast (mnkr)
    forecast_anchors: dict[int, Decimal] = field(default_factory=dict)
    # committee → net cost outcome relative to budget (+0.02 = 2 % over budget); invented
    committee_overrun: dict[str, float] = field(default_factory=dict)

    @property
    def latest(self) -> BudgetVersion:
        return self.versions[-1]


def _c(
    tax: str, grants: str, fin_in: str, fin_cost: str, realised: str = "0", unrealised: str = "0"
) -> CentralItems:
    return CentralItems(Decimal(tax), Decimal(grants), Decimal(fin_in), Decimal(fin_cost),
                        Decimal(realised), Decimal(unrealised))  # fmt: skip


RS = "Regionstyrelsen"
HSN = "Hälso- och sjukvårdsnämnden"
RUN = "Regionala utvecklingsnämnden"
KTN = "Kollektivtrafiknämnden"
PN = "Patientnämnden"
FIN = "Finansförvaltning"
COMMITTEES = (RS, HSN, RUN, KTN, PN)  # with frames; FIN is the central line outside them

# RS's net frame 2025 is public: 2 181 760 tkr.
RS_FRAME_2025_KR = 2_181_760_000

YEARS: tuple[YearFigures, ...] = (
    YearFigures(
        2019,
        (BudgetVersion("Budget 2019", _c("3560", "1470", "35", "28"), Decimal("-214")),),
        _c("3575", "1482", "38", "27"),
        Decimal("-171"),
        {4: Decimal("-230"), 8: Decimal("-200")},
        {HSN: 0.004, RS: -0.02, RUN: -0.01, KTN: 0.01, PN: 0.0},
    ),
    YearFigures(
        2020,
        (
            BudgetVersion(
                "Budget 2020, RF 2019-10-16 §109", _c("3720", "1480", "40", "30"), Decimal("-79.2")
            ),
            BudgetVersion("Reviderad budget 2020", _c("3650", "1750", "40", "30"), Decimal("99.9")),
        ),
        _c("3702", "1905", "44", "29", "6", "9"),
        Decimal("323"),
        {8: Decimal("190")},
        {HSN: 0.004, RS: -0.03, RUN: -0.04, KTN: 0.02, PN: -0.05},
    ),
    YearFigures(
        2021,
        (BudgetVersion("Budget 2021", _c("3850", "1850", "45", "30"), Decimal("72")),),
        _c("4015", "1968.4", "52", "31", "8", "14"),  # net-cost growth 6,5 %
        Decimal("361"),
        {8: Decimal("240")},
        {HSN: 0.012, RS: -0.01, RUN: -0.02, KTN: 0.03, PN: 0.0},
    ),
    YearFigures(
        2022,
        (BudgetVersion("Budget 2022", _c("4050", "1820", "40", "45"), Decimal("68")),),
        _c("4172", "1842", "31", "78", "0", "-25"),
        Decimal("18"),  # invented
        {8: Decimal("30")},
        {HSN: 0.03, RS: 0.0, RUN: -0.01, KTN: 0.04, PN: 0.0},
    ),
    YearFigures(
        2023,
        (
            BudgetVersion("Budget 2023", _c("4300", "1840", "40", "90"), Decimal("-150")),
        ),  # invented
        _c("4335", "1851", "45", "112"),
        Decimal("-512"),
        {4: Decimal("-300"), 6: Decimal("-360"), 8: Decimal("-550")},
        {HSN: 0.06, RS: 0.01, RUN: 0.0, KTN: 0.05, PN: 0.0},
    ),
    YearFigures(
        2024,
        (BudgetVersion("Budget 2024", _c("4520", "1960", "45", "70"), Decimal("-300")),),
        _c("4498", "1985", "49", "72", "4", "7"),
        Decimal("-468"),  # invented
        {9: Decimal("-500")},
        {HSN: 0.025, RS: 0.005, RUN: -0.01, KTN: 0.03, PN: 0.0},
    ),
    YearFigures(
        2025,
        (BudgetVersion("Budget 2025", _c("4700", "2080", "45", "60"), Decimal("-230")),),
        _c("4731", "2092", "47", "58", "3", "5"),
        Decimal("-196"),  # invented
        {8: Decimal("-240")},
        {HSN: 0.006, RS: -0.008, RUN: -0.01, KTN: 0.02, PN: 0.0},
    ),
)

# Each committee's share of the committees' total net cost (invented, RJH-like). Regionservice
# moved from HSN to RS in 2020, which shifts about six percentage points.
SHARES_2019 = {RS: 0.255, HSN: 0.655, RUN: 0.035, KTN: 0.05, PN: 0.005}
SHARES_FROM_2020 = {RS: 0.31, HSN: 0.60, RUN: 0.035, KTN: 0.05, PN: 0.005}

# Share of gross cost covered by the committee's own revenue (invented).
REVENUE_RATIO = {RS: 0.22, HSN: 0.11, RUN: 0.38, KTN: 0.30, PN: 0.02}


def year_figures(year: int) -> YearFigures:
    """The figures of one demo year."""
    for figures in YEARS:
        if figures.year == year:
            return figures
    raise KeyError(year)
