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

import pandas as pd

MONTHS_SV = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4,
    "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augusti": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # English names, because some systems export them
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10, "oct": 10,
}  # fmt: skip

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
    """Strip, and turn empty strings into missing values."""
    s = series.astype("string").str.strip()
    return s.mask(s == "")


def _parse_unique(series: pd.Series, parse: Callable[[str], object]) -> pd.Series:
    """Apply `parse` once per distinct non-missing value and map the result back."""
    values = pd.Series(
        series.to_numpy(dtype=object, na_value=None), index=series.index, dtype=object
    )
    lookup = {value: parse(value) for value in values.dropna().unique()}
    return values.map(lookup)


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


def parse_amounts_ore(series: pd.Series, unit_factor: int = 1) -> tuple[pd.Series, pd.Series]:
    """Amounts as integer öre (kr × 100), and a mask of cells that are not numbers.

    `unit_factor` is 1 for kronor and 1000 for tkr. Missing cells stay missing (no amount);
    "-" is zero. Rounding to whole öre is half-up, as in the accounting systems.
    """
    factor = Decimal(unit_factor) * 100

    def to_ore(text: str) -> object:
        value = parse_decimal(text)
        if value is None:
            return "bad"
        return int((value * factor).quantize(Decimal(1), rounding=ROUND_HALF_UP))

    text = clean_text(series)
    parsed = _parse_unique(text, to_ore)
    bad = parsed.eq("bad").fillna(False).astype(bool)
    ore = pd.to_numeric(parsed.mask(bad), errors="coerce").astype("Int64")
    return ore, bad


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
    parsed = _parse_unique(text, lambda v: parse_period(v) or "bad")
    bad = parsed.eq("bad").fillna(False).astype(bool) | text.isna()
    good = parsed.where(~bad)
    year = good.map(lambda p: p[0] if isinstance(p, tuple) else None)
    month = good.map(lambda p: p[1] if isinstance(p, tuple) else None)
    return (
        pd.to_numeric(year, errors="coerce").astype("Int64"),
        pd.to_numeric(month, errors="coerce").astype("Int64"),
        bad,
    )


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

    parsed = _parse_unique(text, split)
    codes = parsed.map(lambda p: p[0] if isinstance(p, tuple) else None).astype("string")
    names = parsed.map(lambda p: p[1] if isinstance(p, tuple) else None).astype("string")
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
