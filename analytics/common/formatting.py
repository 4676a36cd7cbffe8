"""Swedish number formatting for tables, metrics and charts alike.

Users read `2 181 760 tkr` and `−79,2 mnkr`: a narrow no-break space between thousands, a decimal
comma and a real minus sign (U+2212). Amounts arrive as integer öre so nothing is rounded twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import SupportsInt

import pandas as pd

from analytics.i18n import family, t

THIN_SPACE = "\u202f"  # narrow no-break space: groups digits and never wraps
MINUS = "\u2212"
ORE_PER_TKR = 100_000
ORE_PER_MNKR = 100_000_000

# plotly's `separators` layout attribute: decimal mark first, then the thousands separator.
PLOTLY_SEPARATORS = "," + THIN_SPACE


def format_number(value: Decimal | float | int, decimals: int = 0) -> str:
    """Format a number the Swedish way: `−1 234,5`."""
    quantum = Decimal(1).scaleb(-decimals)
    rounded = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    if rounded == 0:
        rounded = abs(rounded)  # never show "−0"
    text = f"{abs(rounded):,.{decimals}f}"
    text = text.replace(",", THIN_SPACE).replace(".", ",")
    return (MINUS if rounded < 0 else "") + text


def ore_to_kr(ore: int) -> Decimal:
    """Öre as exact kronor, as DuckDB's DECIMAL columns store them."""
    return Decimal(int(ore)) / 100


def ore_to_tkr(ore: int) -> Decimal:
    """Exact conversion from öre to tkr."""
    return Decimal(int(ore)) / ORE_PER_TKR


def ore_to_mnkr(ore: int) -> Decimal:
    """Exact conversion from öre to mnkr."""
    return Decimal(int(ore)) / ORE_PER_MNKR


def tkr(ore: int, decimals: int = 0) -> str:
    """`2 181 760 tkr` from an amount in öre."""
    return f"{format_number(ore_to_tkr(ore), decimals)} tkr"


def mnkr(ore: int, decimals: int = 1) -> str:
    """`−79,2 mnkr` from an amount in öre."""
    return f"{format_number(ore_to_mnkr(ore), decimals)} mnkr"


def signed(text: str, value: float) -> str:
    """Prefix a plus sign to a formatted positive amount: deviations read better that way."""
    return "+" + text if value > 0 else text


def percent(value: float | None, decimals: int = 1) -> str:
    """`−3,4 %`, or an en dash when there is nothing to divide by."""
    if value is None:
        return "–"
    return f"{format_number(Decimal(str(round(value, 10))), decimals)} %"


def metric_mnkr(ore: int, with_sign: bool = False) -> str:
    """A metric's value: `315,5 mnkr` (or `+149,9 mnkr`)."""
    return signed(mnkr(ore), ore) if with_sign else mnkr(ore)


def tkr_cell(ore: object, with_sign: bool = False) -> str:
    """A table cell in tkr without the unit (the header says it): `2 181 760`, `+12`, or –
    where there is no amount."""
    if ore is None or pd.isna(ore):
        return "–"
    if not isinstance(ore, SupportsInt):
        raise TypeError(f"not an amount in öre: {ore!r}")
    value = int(ore)
    text = tkr(value).removesuffix(" tkr")
    return signed(text, value) if with_sign else text


family("month", range(1, 13))  # the texts `month.<value>` (analytics/i18n/)


def month_name(period: int, lang: str = "sv") -> str:
    """`augusti` for 8."""
    return t(f"month.{period}", lang)


@dataclass(frozen=True)
class ChartUnit:
    """The unit a chart shows its amounts in, chosen from the largest of them."""

    name: str  # "mnkr", "tkr" or "kr"
    ore: int  # öre per unit
    decimals: int

    def value(self, ore: int | float) -> float:
        """An amount in öre as a number in this unit (a chart coordinate, not money kept)."""
        return float(ore) / self.ore

    def text(self, ore: int) -> str:
        """`−0,2 mnkr` would say nothing at konto level: `−212 tkr` does."""
        return f"{format_number(Decimal(int(ore)) / self.ore, self.decimals)} {self.name}"


MNKR_UNIT = ChartUnit("mnkr", ORE_PER_MNKR, 1)
TKR_UNIT = ChartUnit("tkr", ORE_PER_TKR, 0)
KR_UNIT = ChartUnit("kr", 100, 0)


def chart_unit(values_ore: Iterable[int | float]) -> ChartUnit:
    """mnkr when the largest amount is at least 10 mnkr, tkr from 10 tkr, else kr: the axis
    then has several distinct ticks instead of a row of zeros."""
    largest = max((abs(float(v)) for v in values_ore if v == v), default=0.0)
    if largest >= 10 * ORE_PER_MNKR:
        return MNKR_UNIT
    if largest >= 10 * ORE_PER_TKR:
        return TKR_UNIT
    return KR_UNIT
