"""The cells of a display table: amounts in tkr and shares in per cent, formatted one way for
every page and export (`2 181 760`, `+34 006`, `−1,2 %`, `–` for none)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd
from pandas.io.formats.style import Styler

from analytics.common.formatting import format_number, percent, tkr_cell


def tkr_cells(values: Iterable[Any], with_sign: bool = False) -> list[str]:
    """Öre as whole tkr; `with_sign` puts + before a positive amount (a deviation)."""
    return [tkr_cell(v, with_sign) for v in values]


def pct_cells(values: Iterable[Any]) -> list[str]:
    """Shares in per cent with one decimal; a missing share (no base) as a dash."""
    return [percent(None if pd.isna(v) else float(v)) for v in values]


def swedish_numbers(frame: pd.DataFrame) -> Styler:
    """The table with its number columns kept as numbers (a click on the heading sorts them as
    numbers, not as text) and shown in Swedish format: `111 384`, `−2,5`."""
    numeric = [c for c in frame.columns if pd.api.types.is_numeric_dtype(frame[c])]
    whole = [c for c in numeric if pd.api.types.is_integer_dtype(frame[c])]
    styler = frame.style.format(lambda v: format_number(int(v)), subset=whole, na_rep="–")
    decimal = [c for c in numeric if c not in whole]
    return styler.format(lambda v: format_number(float(v), 1), subset=decimal, na_rep="–")
