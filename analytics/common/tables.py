"""The cells of a display table: amounts in tkr and shares in per cent, formatted one way for
every page and export (`2 181 760`, `+34 006`, `−1,2 %`, `–` for none)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import pandas as pd
from pandas.io.formats.style import Styler

from analytics.common.formatting import MINUS, THIN_SPACE, format_number, percent, tkr_cell


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


# A number as `format_number`, `tkr_cell` and `percent` write it: a sign, groups of three
# digits (a number of four digits or more is always grouped, so a code or a year never matches),
# a decimal comma, and a per cent sign.
_SHOWN_NUMBER = re.compile(
    rf"^(?P<sign>[+{MINUS}-]?)(?P<whole>(?:0|[1-9]\d{{0,2}}(?:[{THIN_SPACE}\u00a0 ]\d{{3}})*))"
    r"(?:,(?P<decimals>\d+))?(?: ?%)?$"
)
_NONE = ("–", "")


def _shown_value(text: str) -> Decimal | None:
    """The number a cell shows, or None when the text is not one of our numbers."""
    match = _SHOWN_NUMBER.match(text)
    if match is None:
        return None
    digits = re.sub(r"\D", "", match["whole"]) + "." + (match["decimals"] or "0")
    value = Decimal(digits)
    return -value if match["sign"] in (MINUS, "-") else value


def _number_column(values: pd.Series) -> list[Decimal | None] | None:
    """The numbers of a column of shown numbers (None for `–` or empty), or None when any cell
    is something else (a name, a code, a comment)."""
    out: list[Decimal | None] = []
    for cell in values:
        if not isinstance(cell, str):
            return None
        if cell in _NONE:
            out.append(None)
            continue
        number = _shown_value(cell)
        if number is None:
            return None
        out.append(number)
    return out if any(v is not None for v in out) else None


# Where a cell shows no number (`–`): the grid draws a missing value as its own "None", whatever
# the text, so such a cell carries minus infinity instead (it sorts to one end) under its text.
NO_NUMBER = float("-inf")


def sortable(frame: pd.DataFrame) -> pd.DataFrame | Styler:
    """The table as shown, each column of shown numbers (`2 181 760`, `+12`, `−1,2 %`, `–`)
    carrying its numbers underneath, so a click on its heading sorts by amount and not as text
    ("−9" before "−10"). What the cell shows is the text it had, character for character; the
    number only orders the rows. A table without such columns is returned as it is."""
    numbers: dict[str, pd.Series] = {}
    for column in frame.columns:
        parsed = _number_column(frame[column])
        if parsed is None:
            continue
        if all(v is not None and v == v.to_integral_value() for v in parsed):
            numbers[column] = pd.Series([int(v) for v in parsed if v is not None], dtype="Int64")
        else:
            values = [NO_NUMBER if v is None else float(v) for v in parsed]
            numbers[column] = pd.Series(values, dtype="Float64")
        numbers[column].index = frame.index
    if not numbers:
        return frame
    styler = frame.assign(**numbers).style
    for column, series in numbers.items():
        styler = _show_as(styler, column, series, frame[column])
    return styler


def _show_as(styler: Styler, column: str, numbers: pd.Series, texts: pd.Series) -> Styler:
    """`column` displays `texts` over its `numbers`: by number in one pass, then, where one
    number is written two ways in the column (`0` and `+0` for a few öre), cell by cell."""
    by_number: dict[object, str] = {}
    twice: set[object] = set()
    for number, text in zip(numbers.tolist(), texts.tolist(), strict=True):
        if by_number.setdefault(number, str(text)) != text:
            twice.add(number)
    styler = styler.format(lambda v: by_number.get(v, ""), subset=[column])
    for number in twice:
        same = numbers.eq(number)
        for text in set(texts[same]):
            rows = texts.index[same & texts.eq(text)]
            styler = styler.format(lambda _v, text=text: text, subset=pd.IndexSlice[rows, [column]])
    return styler
