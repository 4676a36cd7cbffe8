"""The cells of a display table: amounts in tkr and shares in per cent, formatted one way for
every page and export (`2 181 760`, `+34 006`, `−1,2 %`, `–` for none)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from analytics.common.formatting import percent, tkr_cell


def tkr_cells(values: Iterable[Any], with_sign: bool = False) -> list[str]:
    """Öre as whole tkr; `with_sign` puts + before a positive amount (a deviation)."""
    return [tkr_cell(v, with_sign) for v in values]


def pct_cells(values: Iterable[Any]) -> list[str]:
    """Shares in per cent with one decimal; a missing share (no base) as a dash."""
    return [percent(None if pd.isna(v) else float(v)) for v in values]
