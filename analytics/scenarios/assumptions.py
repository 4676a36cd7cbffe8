"""The plan-assumptions template: the tax rate, tax-base growth, indexation, general grants and
net financial items per plan year of a budget version, each with its source (e.g. SKR's
circular), offered for download filled with what the plan holds and read back with every
problem pointing at its cell.

One sheet, `Planantaganden`, one row per budget year, version, year and assumption. The
values are as people state them: kronor per hundred for the tax rate, per cent for growth and
indexation, mnkr for grants and financial items. Loading a sheet adds the values as the newest
of the plan (the earlier ones stay in the history); nothing is written unless the whole file
is right.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd

from analytics.common.spreadsheet import safe_row
from analytics.i18n import t
from analytics.ingest.problems import ImportRejected, Problem
from analytics.ingest.readers import read_file
from analytics.ingest.template_sheets import (
    TemplateSheet,
    drop_down,
    header_sheet,
    list_sheet,
    new_workbook,
    number_format,
)
from analytics.ingest.values import parse_decimal, parse_year
from analytics.scenarios.compute import ASSUMPTIONS

SHEET = "Planantaganden"
HEADERS = ["Budgetår", "Budgetversion", "År", "Antagande", "Värde", "Källa"]
COLUMNS = ["base_year", "version", "year", "name", "value", "source"]
# What a value may be, per assumption: a tax rate in kronor, a growth rate in per cent, mnkr.
LIMITS = {
    "tax_rate": (Decimal(0), Decimal(40)),
    "tax_base_growth_pct": (Decimal(-50), Decimal(50)),
    "indexation_pct": (Decimal(-50), Decimal(50)),
    "grants_mnkr": (Decimal(-(10**9)), Decimal(10**9)),
    "financial_mnkr": (Decimal(-(10**9)), Decimal(10**9)),
}


def label(name: str) -> str:
    return t(f"scenario.assumption.{name}", "sv")


def write_template(rows: pd.DataFrame) -> bytes:
    """The template as an .xlsx with the given rows (`COLUMNS`) filled in."""
    wb = new_workbook(t("assumptions.template_help", "sv"))
    list_sheet(wb, [[label(n) for n in ASSUMPTIONS]])
    ws = header_sheet(wb, SHEET, HEADERS, [10, 34, 8, 44, 12, 40])
    for r in rows.itertuples(index=False):
        ws.append(
            safe_row(
                [
                    int(r.base_year),
                    r.version,
                    int(r.year),
                    label(str(r.name)),
                    Decimal(str(r.value)),
                    r.source,
                ]
            )
        )
    number_format(ws, 5, "#,##0.0###")
    drop_down(ws, "D", "A", len(ASSUMPTIONS))
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def read_template(path: Path, display_name: str | None = None) -> pd.DataFrame:
    """The rows of a filled template (`COLUMNS`, value a Decimal). Raises ImportRejected
    listing every problem with its place; nothing is returned unless the whole file is right."""
    name = display_name or path.name
    sheets = {s.name: s for s in read_file(path, name)}
    raw = sheets.get(SHEET) or (next(iter(sheets.values())) if len(sheets) == 1 else None)
    if raw is None:
        raise ImportRejected([Problem("assumptions_missing_sheet", name, params={"sheet": SHEET})])
    sheet = TemplateSheet(name, raw, HEADERS)
    if not sheet.found:
        raise ImportRejected(
            [Problem("frames_no_header", name, raw.name, params={"headers": ", ".join(HEADERS)})]
        )
    records = []
    seen: dict[tuple[Any, ...], int] = {}
    for row, cells in sheet.rows():
        record = _record(sheet, row, cells)
        key = record[:4]  # base year, budget version, year, assumption
        if key in seen:
            sheet.problem("assumptions_duplicate", row, "Antagande", first=seen[key] + 1)
        seen[key] = row
        records.append(record)
    if not records:
        sheet.problems.append(Problem("assumptions_empty", name, raw.name))
    if sheet.problems:
        raise ImportRejected(sheet.problems)
    return pd.DataFrame(records, columns=COLUMNS)


def _record(sheet: TemplateSheet, row: int, cells: dict[str, str]) -> tuple[Any, ...]:
    """One row's values in `COLUMNS` order, each bad cell a problem on the sheet."""
    base_year = parse_year(cells["Budgetår"]) if cells["Budgetår"] else None
    if base_year is None:
        sheet.problem("frames_bad_year", row, "Budgetår", text=cells["Budgetår"])
    if not cells["Budgetversion"]:
        sheet.problem("frames_missing", row, "Budgetversion")
    year = parse_year(cells["År"]) if cells["År"] else None
    if year is None:
        sheet.problem("frames_bad_year", row, "År", text=cells["År"])
    elif base_year is not None and not base_year <= year <= base_year + 2:
        sheet.problem(
            "assumptions_outside_plan", row, "År", year=year, first=base_year, last=base_year + 2
        )
    assumption = sheet.choice(row, "Antagande", cells["Antagande"], ASSUMPTIONS, label)
    value = _value(sheet, row, cells["Värde"], assumption)
    if not cells["Källa"]:
        sheet.problem("frames_missing", row, "Källa")
    return (base_year, cells["Budgetversion"], year, assumption, value, cells["Källa"])


def _value(sheet: TemplateSheet, row: int, text: str, assumption: str | None) -> Decimal | None:
    """The value, within the assumption's limits and to at most four decimals."""
    value = parse_decimal(text) if text else None
    if value is None:
        sheet.problem("assumptions_bad_value", row, "Värde", text=text)
    elif assumption is not None:
        low, high = LIMITS[assumption]
        if not low <= value <= high or value != value.quantize(Decimal("0.0001")):
            sheet.problem("assumptions_out_of_range", row, "Värde", text=text, low=low, high=high)
    return value
