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
    """Taxes, general grants and financial items of one budget or outcome, in mnkr."""

    tax: Decimal
    grants: Decimal
    financial_income: Decimal
    financial_costs: Decimal


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


def _c(tax: str, grants: str, fin_in: str, fin_cost: str) -> CentralItems:
    return CentralItems(Decimal(tax), Decimal(grants), Decimal(fin_in), Decimal(fin_cost))


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
        _c("3702", "1905", "44", "29"),
        Decimal("323"),
        {8: Decimal("190")},
        {HSN: 0.004, RS: -0.03, RUN: -0.04, KTN: 0.02, PN: -0.05},
    ),
    YearFigures(
        2021,
        (BudgetVersion("Budget 2021", _c("3850", "1850", "45", "30"), Decimal("72")),),
        _c("3975", "1960", "52", "31"),
        Decimal("361"),
        {8: Decimal("240")},
        {HSN: 0.012, RS: -0.01, RUN: -0.02, KTN: 0.03, PN: 0.0},
    ),
    YearFigures(
        2022,
        (BudgetVersion("Budget 2022", _c("4050", "1820", "40", "45"), Decimal("68")),),
        _c("4172", "1842", "31", "78"),
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
        _c("4498", "1985", "49", "72"),
        Decimal("-468"),  # invented
        {9: Decimal("-500")},
        {HSN: 0.025, RS: 0.005, RUN: -0.01, KTN: 0.03, PN: 0.0},
    ),
    YearFigures(
        2025,
        (BudgetVersion("Budget 2025", _c("4700", "2080", "45", "60"), Decimal("-230")),),
        _c("4731", "2092", "47", "58"),
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
