"""Parsing the values of real exports: Swedish numbers, periods in many shapes, and codes.

Every parser works on a pandas Series of strings and parses each distinct value once, because an
export of a million rows repeats the same periods, codes and often amounts. Amounts become exact
integer öre through Decimal: a float never touches money.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

MONTHS_SV = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "mars": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "maj": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "augusti": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    # English names, because some systems export them
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "october": 10,
    "oct": 10,
}

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007']")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_UNIT_SUFFIX = re.compile(r"(tkr|mnkr|kr|sek)\.?$", re.IGNORECASE)
_CODE_FLOAT = re.compile(r"^(\d+)\.0+$")
_CODE_AND_NAME = re.compile(r"^(\w*\d\w*)\s*(?:[-–—:]\s*|\s)(\S.*)$")

# Periods: "3", "03", "2020-03", "2020-3", "202003", "2020M03", "2020 03", "2020-03-31",
# "2020-03-01 00:00:00" (an Excel date read as text), "3/2020", "mars", "mars 2020".
_PERIOD_PATTERNS: list[
    tuple[re.Pattern[str], Callable[[re.Match[str]], tuple[int | None, int]]]
] = [
    (re.compile(r"^(\d{1,2})$"), lambda m: (None, int(m[1]))),
    (re.compile(r"^(\d{4})\s*[-/.mMpP ]\s*(\d{1,2})$"), lambda m: (int(m[1]), int(m[2]))),
    (re.compile(r"^(\d{4})(\d{2})$"), lambda m: (int(m[1]), int(m[2]))),
    (
        re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"),
        lambda m: (int(m[1]), int(m[2])),
    ),
    (re.compile(r"^(\d{1,2})\s*[-/.]\s*(\d{4})$"), lambda m: (int(m[2]), int(m[1]))),
]

EXCEL_EPOCH = date(1899, 12, 30)


def clean_text(series: pd.Series) -> pd.Series:
    """Strip, and turn empty strings into missing values (in Arrow: one pass per step, no
    Python object per cell)."""
    trimmed = pc.utf8_trim_whitespace(_arrow_strings(series))
    cleaned = pc.if_else(pc.equal(trimmed, ""), pa.scalar(None, trimmed.type), trimmed)
    return pd.Series(pd.arrays.ArrowStringArray(cleaned), index=series.index)


def _distinct(
    series: pd.Series, parse: Callable[[str], tuple[Any, ...]]
) -> tuple[np.ndarray, list[tuple[Any, ...]]]:
    """(code per row, `parse` of each distinct non-missing value); code −1 marks a missing cell.

    `pd.factorize` finds the distinct values in C, so a million rows with a few thousand
    distinct codes cost a few thousand Python calls, not a million.
    """
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    return codes, [parse(str(value)) for value in uniques]


def _per_unique(
    series: pd.Series, parse: Callable[[str], tuple[Any, ...]], width: int
) -> list[np.ndarray]:
    """Apply `parse` once per distinct non-missing value; return its `width` outputs as one
    object array per output, row-aligned with `series` (None where the cell is missing)."""
    codes, parsed = _distinct(series, parse)
    outputs = []
    for i in range(width):
        # One slot more for the missing cells (code −1 takes the last slot).
        column = np.empty(len(parsed) + 1, dtype=object)
        column[:-1] = [p[i] for p in parsed]
        column[-1] = None
        outputs.append(column[codes])
    return outputs


def _texts_per_unique(
    series: pd.Series, parse: Callable[[str], tuple[Any, ...]], width: int
) -> list[pd.Series]:
    """As `_per_unique` for outputs that are text (or None): built as Arrow arrays, so no
    Python object is made per row."""
    codes, parsed = _distinct(series, parse)
    positions = pa.array(np.where(codes < 0, len(parsed), codes))
    outputs = []
    for i in range(width):
        values = pa.array([p[i] for p in parsed] + [None], type=pa.string())
        taken = pc.take(values, positions)
        outputs.append(pd.Series(pd.arrays.ArrowStringArray(taken), index=series.index))
    return outputs


def _parse_unique(series: pd.Series, parse: Callable[[str], object]) -> pd.Series:
    """Apply `parse` once per distinct non-missing value and map the result back."""
    (values,) = _per_unique(series, lambda v: (parse(v),), 1)
    return pd.Series(values, index=series.index, dtype=object)


def parse_decimal(text: str) -> Decimal | None:
    """A Swedish or machine number as Decimal; None when it is not a number.

    Accepts "1 234,5", "−12", "-1 362 250", "(12)", "12 kr", "1.234,50", "1234.5" and "-" (zero).
    A lone dot is a decimal point (that is how Excel numbers arrive); several dots, or dots
    together with a comma, are thousands separators.
    """
    s = _SPACES.sub("", text)
    s = s.replace("\u2212", "-").replace("\u2013", "-").replace("\u2014", "-")
    if s in {"-", "--", ""}:
        return Decimal(0)
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1]
    s = _UNIT_SUFFIX.sub("", s)
    if s.endswith("-") and not s.startswith("-"):  # trailing minus, as some ledgers print it
        negative, s = not negative, s[:-1]
    if "," in s:
        if s.count(",") > 1:
            return None
        s = s.replace(".", "").replace(",", ".")
    elif s.count(".") > 1:
        s = s.replace(".", "")
    if not _NUMBER.match(s):
        return None
    try:
        value = Decimal(s)
    except InvalidOperation:
        return None
    return -value if negative else value


# The largest amount one row may carry: what the database holds, 16 digits of kronor before
# the decimal point (a region's whole turnover is a few billion).
MAX_AMOUNT_ORE = 10**16 * 100


def parse_amounts_ore(series: pd.Series, unit_factor: int = 1) -> tuple[pd.Series, pd.Series]:
    """Amounts as integer öre (kr × 100), and a mask of cells that are not numbers.

    `unit_factor` is 1 for kronor and 1000 for tkr. Missing cells stay missing (no amount);
    "-" is zero. Rounding to whole öre is half-up, as in the accounting systems.
    """
    factor = Decimal(unit_factor) * 100

    def to_ore(text: str) -> object:
        value = parse_decimal(text)
        if value is None or not value.is_finite() or abs(value * factor) >= MAX_AMOUNT_ORE:
            return "bad"  # not a number, or larger than any amount a ledger row can hold
        return int((value * factor).quantize(Decimal(1), rounding=ROUND_HALF_UP))

    text = clean_text(series)
    plain = _plain_numbers_ore(text, unit_factor)
    if plain is not None:
        return plain, pd.Series(False, index=series.index)
    parsed = _parse_unique(text, to_ore)
    bad = parsed.eq("bad").fillna(False).astype(bool)
    ore = pd.to_numeric(parsed.mask(bad), errors="coerce").astype("Int64")
    return ore, bad


def _plain_numbers_ore(text: pd.Series, unit_factor: int) -> pd.Series | None:
    """Öre of a column whose every cell is a plain machine number ("-1234.5", as Excel numbers
    arrive), computed in bulk; None when any cell needs the full Swedish parser.

    Exact: a number of at most 15 significant digits with no more decimals than the unit
    leaves after öre (2 for kr, 5 for tkr) is an integer number of öre N < 10^15, and
    float64 gets within N · 2^-52 < 0.25 of it, so rounding to the nearest integer is exact.
    """
    decimals = 2 + len(str(unit_factor)) - 1
    arrow = _arrow_strings(text)
    # At most 15 digits in all: 15 − decimals before the point, `decimals` after it.
    pattern = rf"^-?\d{{1,{15 - decimals}}}(?:\.\d{{1,{decimals}}})?$"
    matches = pc.match_substring_regex(arrow, pattern)
    if pc.any(pc.and_kleene(pc.is_valid(arrow), pc.invert(matches))).as_py():
        return None
    values = pc.cast(arrow, pa.float64()).to_numpy(zero_copy_only=False)
    scaled = np.rint(values * (unit_factor * 100))
    ore = pd.array(np.where(np.isnan(scaled), 0, scaled).astype("int64"), dtype="Int64")
    ore[np.isnan(scaled)] = pd.NA
    return pd.Series(ore, index=text.index)


def parse_period(text: str) -> tuple[int | None, int] | None:
    """(year or None, month 1–12) from any of the usual shapes, or None."""
    s = text.strip().lower().rstrip(".")
    for pattern, build in _PERIOD_PATTERNS:
        m = pattern.match(s)
        if m:
            year, month = build(m)
            return (year, month) if 1 <= month <= 12 else None
    # Swedish month name, optionally with a year: "mars", "mars 2020", "2020 mars"
    words = re.split(r"[\s\-/]+", s)
    months = [MONTHS_SV[w] for w in words if w in MONTHS_SV]
    years = [int(w) for w in words if re.fullmatch(r"\d{4}", w)]
    if len(months) == 1 and len(words) == len(months) + len(years) and len(years) <= 1:
        return (years[0] if years else None, months[0])
    # An Excel serial date (days since 1899-12-30) that arrived as a number
    if re.fullmatch(r"\d{5}(\.0+)?", s):
        d = EXCEL_EPOCH + timedelta(days=int(float(s)))
        if 1990 <= d.year <= 2100:
            return (d.year, d.month)
    return None


def parse_periods(series: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Year (may be missing), month and a mask of unreadable cells, for a period column."""
    text = clean_text(series)

    def parse(value: str) -> tuple[int | None, int | None, bool]:
        found = parse_period(value)
        return (found[0], found[1], False) if found else (None, None, True)

    year, month, bad = _per_unique(text, parse, 3)
    bad_mask = pd.Series(bad == True, index=text.index) | text.isna()  # noqa: E712
    return _ints(year, text.index), _ints(month, text.index), bad_mask


def _ints(values: np.ndarray, index: pd.Index) -> pd.Series:
    """An object array of ints and Nones as a nullable Int64 series."""
    missing = pd.isna(values)
    data = np.where(missing, 0, values).astype(np.int64)
    return pd.Series(pd.arrays.IntegerArray(data, missing.astype(bool)), index=index)


def _arrow_strings(text: pd.Series) -> pa.Array:
    """The column as one Arrow string array (without a copy when it is Arrow-backed)."""
    if isinstance(text.array, pd.arrays.ArrowStringArray):
        return pa.array(text.array)
    return pa.array(text.astype("string").to_numpy(dtype=object, na_value=None), type=pa.string())


def parse_year(text: str) -> int | None:
    """A year such as "2020", "2020.0" or an Excel date in that year."""
    s = text.strip()
    m = re.fullmatch(r"(\d{4})(\.0+)?", s)
    if m and 1990 <= int(m[1]) <= 2100:
        return int(m[1])
    m = re.match(r"^(\d{4})-\d{2}-\d{2}", s)
    return int(m[1]) if m else None


def parse_years(series: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Years and a mask of unreadable cells."""
    text = clean_text(series)
    parsed = _parse_unique(text, lambda v: parse_year(v) or "bad")
    bad = parsed.eq("bad").fillna(False).astype(bool) | text.isna()
    return pd.to_numeric(parsed.mask(bad), errors="coerce").astype("Int64"), bad


def normalise_code(text: str) -> str:
    """A code as text: "4010.0" (a number cell) becomes "4010"; leading zeros stay."""
    s = text.strip()
    m = _CODE_FLOAT.match(s)
    return m[1] if m else s


def split_code_and_name(series: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Codes, and names where a cell holds both ("1010 Ledning", "4010 - Löner")."""
    text = clean_text(series)

    def split(value: str) -> tuple[str, str | None]:
        m = _CODE_AND_NAME.match(value)
        if m and " " not in m[1]:
            return normalise_code(m[1]), m[2].strip()
        return normalise_code(value), None

    codes, names = _texts_per_unique(text, split, 2)
    return codes, names


def years_in_text(texts: list[str]) -> list[int]:
    """Distinct plausible years mentioned in title rows ("Huvudbok 2020")."""
    found: set[int] = set()
    for text in texts:
        for m in re.finditer(r"(?<!\d)(19[9]\d|20\d{2})(?!\d)", text):
            found.add(int(m[1]))
    return sorted(found)


__all__ = [
    "MONTHS_SV",
    "clean_text",
    "normalise_code",
    "parse_amounts_ore",
    "parse_decimal",
    "parse_period",
    "parse_periods",
    "parse_year",
    "parse_years",
    "split_code_and_name",
    "years_in_text",
]
