"""Tax-base forecasts (for example from SKR's circular) read from a small sheet.

One row per year under a header found among the first rows of any visible sheet: `År`,
`Skatteintäkter`, `Generella statsbidrag och utjämning` (or `Statsbidrag`) and optionally
`Källa`, amounts in tkr. Every problem names file, sheet, row and column, and nothing is
returned unless the whole file is right, so a load is all or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd

from analytics.common.text import normalise_header
from analytics.ingest.problems import ImportRejected, Problem, excel_column
from analytics.ingest.readers import RawSheet, read_file
from analytics.ingest.values import parse_decimal, parse_year

HEADER_ROWS = 20
ROLES = {"year": ("ar", "year"), "tax": ("skatteintakter",), "source": ("kalla", "source")}


@dataclass(frozen=True)
class TaxForecastRow:
    """One year's forecast of skatteintäkter and generella statsbidrag och utjämning (kronor)."""

    year: int
    skatteintakter_kr: Decimal
    statsbidrag_kr: Decimal
    source: str


def _role(header: str) -> str | None:
    for role, names in ROLES.items():
        if header in names or (role == "tax" and header.startswith("skatteintakter")):
            return role
    if "statsbidrag" in header:
        return "grants"
    return None


def _header(sheet: RawSheet) -> tuple[int, dict[str, int]] | None:
    """The header row (0-based) and the column of each role, if the sheet has one."""
    for row in range(min(HEADER_ROWS, len(sheet.cells))):
        roles: dict[str, int] = {}
        for col, value in enumerate(sheet.cells.iloc[row]):
            role = _role(normalise_header(value))
            if role and role not in roles:
                roles[role] = col
        if {"year", "tax", "grants"} <= set(roles):
            return row, roles
    return None


def read_tax_forecasts(path: Path, display_name: str | None = None) -> list[TaxForecastRow]:
    """Every year's forecast in the file; raises ImportRejected listing every problem."""
    name = display_name or path.name
    sheets = [s for s in read_file(path, name) if not s.hidden]
    found = next(((s, h) for s in sheets if (h := _header(s)) is not None), None)
    if found is None:
        raise ImportRejected([Problem("tax_no_header", name)])
    sheet, (header_row, roles) = found
    rows: list[TaxForecastRow] = []
    problems: list[Problem] = []
    seen: dict[int, int] = {}

    def where(col: int, row: int) -> dict[str, Any]:  # Problem's place: file, sheet, rows, column
        label = str(sheet.cells.iat[header_row, col])
        column = f"{excel_column(sheet.first_column + col)} ({label})"
        return {"file": name, "sheet": sheet.name, "rows": (row + 1,), "column": column}

    for row in range(header_row + 1, len(sheet.cells)):
        cells = sheet.cells.iloc[row]
        if all(pd.isna(v) or not str(v).strip() for v in cells):
            continue
        year = parse_year(str(cells.iloc[roles["year"]] or ""))
        if year is None:
            problems.append(Problem("tax_bad_year", **where(roles["year"], row)))
        elif year in seen:
            first = {"year": year, "first": seen[year] + 1}
            problems.append(
                Problem("tax_duplicate_year", params=first, **where(roles["year"], row))
            )
        amounts = []
        for role in ("tax", "grants"):
            text = cells.iloc[roles[role]]
            value = parse_decimal(str(text)) if not pd.isna(text) else None
            if value is None:
                said = {"text": "" if pd.isna(text) else str(text)}
                problems.append(Problem("tax_bad_amount", params=said, **where(roles[role], row)))
            amounts.append(value)
        source = cells.iloc[roles["source"]] if "source" in roles else None
        if year is not None and year not in seen and None not in amounts:
            seen[year] = row
            rows.append(
                TaxForecastRow(
                    year,
                    (amounts[0] or Decimal(0)) * 1000,
                    (amounts[1] or Decimal(0)) * 1000,
                    str(source).strip() if source is not None and not pd.isna(source) else name,
                )
            )
    if not rows and not problems:
        problems.append(Problem("tax_empty", name, sheet.name))
    if problems:
        raise ImportRejected(problems)
    return rows
