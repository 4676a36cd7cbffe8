"""Cells written to a workbook or CSV that a user's Excel never runs as a formula.

Every export (the deviation report, the result workbook, the templates, the import report)
passes its text through here: a nämnd or account text starting like a formula would otherwise
be run by Excel when the file is opened (CSV/formula injection).
"""

from __future__ import annotations

import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_text(value: object) -> object:
    """Text starting like a formula (=, +, −, @, tab, carriage return) gets a leading
    apostrophe, so Excel shows it instead of running it; numbers pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def safe_row(values: list[object]) -> list[object]:
    """A row for a workbook or CSV export with every text cell made safe (`safe_text`)."""
    return [safe_text(v) for v in values]


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A table for `to_excel`/`to_csv` with every text cell (and column name) made safe."""
    out = frame.map(safe_text)
    out.columns = [safe_text(c) for c in frame.columns]
    return out
