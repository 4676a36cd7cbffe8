"""Every exported workbook's tables written one way: a bold heading and context lines, a
styled heading row with the freeze directly under it and the filter on it, numbers as numbers
with format codes, Swedish headings given by the caller.

Money arrives as öre (int) and is written as an exact Decimal in the column's unit (tkr, mnkr,
kr); shares arrive in per cent and are written as fractions under a per-cent format. Format
codes are stored in Excel's invariant syntax (`,` groups, `.` decimals) and shown in the
reader's locale: a Swedish Excel displays `−1 234`, `2 181 760,0` and `−2,5 %`. Rows are placed
by number, so an empty context line still takes its row and the styles, the freeze, the filter
and any chart point at the same rows.
"""

from __future__ import annotations

import io
import math
import numbers
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from pandas import NA as _NA

from analytics.common.spreadsheet import safe_text

Kind = Literal["text", "tkr", "mnkr", "kr", "pct", "number", "count", "int", "year"]
ORE_PER = {"tkr": 100_000, "mnkr": 100_000_000, "kr": 100}
FORMATS: dict[str, str] = {
    "tkr": "#,##0;-#,##0",
    "mnkr": "#,##0.0;-#,##0.0",
    "kr": "#,##0.00;-#,##0.00",
    "pct": "0.0%;-0.0%",
    "number": "#,##0.0#;-#,##0.0#",
    "count": "#,##0",
    "int": "0",  # a row number: no thousands group
    "year": "0",
}
WIDTHS: dict[str, int] = {"tkr": 14, "mnkr": 13, "kr": 16, "pct": 10, "number": 12, "count": 10}
HEADING_FONT = Font(bold=True, color="FFFFFF")
HEADING_FILL = PatternFill("solid", fgColor="1F4E79")
WRAP = Alignment(wrap_text=True, vertical="top")


@dataclass(frozen=True)
class Column:
    """One column: its heading, how its values are written, and a width (None: from the text)."""

    label: str
    kind: Kind = "text"
    width: float | None = None
    wrap: bool = False  # long texts (explanations) wrap in their cells
    red: bool = False  # negatives in red (deviations)

    @property
    def number_format(self) -> str | None:
        found = FORMATS.get(self.kind)
        if found is None or not self.red:
            return found
        positive, negative = found.split(";")
        return f"{positive};[Red]{negative}"


@dataclass(frozen=True)
class Sheet:
    """One table with what it is about above it."""

    title: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[object]]
    heading: str = ""
    lines: Sequence[str] = field(default_factory=tuple)
    total_last: bool = False  # the last row is a total: bold, outside the filter
    freeze_first_column: bool = True


@dataclass(frozen=True)
class Placed:
    """Where a table landed: its heading row and its first and last data rows."""

    header_row: int
    first: int
    last: int


def cell_value(kind: str, value: object) -> object:
    """The value as Excel stores it: money exact in its unit, shares as fractions, text safe."""
    if value is None or value is _NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if kind in ORE_PER and isinstance(value, numbers.Real):
        return Decimal(str(value)) / ORE_PER[kind]
    if kind == "pct" and isinstance(value, numbers.Real | Decimal):
        return Decimal(str(value)) / 100
    if kind == "number" and isinstance(value, numbers.Real) and not isinstance(value, bool):
        return Decimal(str(value))
    if kind in ("count", "int", "year") and isinstance(value, numbers.Integral):
        return int(value)
    return safe_text(value)


def write_table(ws: Worksheet, sheet: Sheet) -> Placed:
    """The sheet's heading, lines and table on `ws`, styled, frozen and filtered."""
    row = 1
    if sheet.heading:
        ws.cell(row=1, column=1, value=safe_text(sheet.heading)).font = Font(bold=True, size=14)
        row = 2
    for offset, line in enumerate(sheet.lines):
        ws.cell(row=row + offset, column=1, value=safe_text(line))
    header_row = row + len(sheet.lines) + (1 if sheet.heading or sheet.lines else 0)
    for index, column in enumerate(sheet.columns, start=1):
        cell = ws.cell(row=header_row, column=index, value=safe_text(column.label))
        cell.font, cell.fill, cell.alignment = HEADING_FONT, HEADING_FILL, WRAP
        ws.column_dimensions[get_column_letter(index)].width = _width(column, sheet.rows, index)
    first = header_row + 1
    for number, values in enumerate(sheet.rows, start=first):
        for index, column in enumerate(sheet.columns, start=1):
            value = values[index - 1] if index <= len(values) else None
            cell = ws.cell(row=number, column=index, value=cell_value(column.kind, value))
            if column.number_format and not isinstance(cell.value, str):
                cell.number_format = column.number_format
            if column.wrap:
                cell.alignment = WRAP
    last = first + len(sheet.rows) - 1
    if sheet.total_last and sheet.rows:
        for cell in ws[last]:
            cell.font = Font(bold=True)
    ws.freeze_panes = ws.cell(row=first, column=2 if sheet.freeze_first_column else 1)
    filtered_last = max(first, last - 1 if sheet.total_last else last)
    ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(sheet.columns))}{filtered_last}"
    return Placed(header_row, first, last)


def _width(column: Column, rows: Sequence[Sequence[object]], index: int) -> float:
    if column.width is not None:
        return column.width
    if column.kind in WIDTHS:
        return max(WIDTHS[column.kind], min(24, len(column.label) / 2 + 2))
    longest = max([len(str(r[index - 1])) for r in rows if index <= len(r)] or [8])
    return min(60, max(12, longest + 2, len(column.label) / 2 + 2))


def workbook_bytes(sheets: Sequence[Sheet]) -> bytes:
    """A workbook with one sheet per table, in order."""
    wb = Workbook()
    wb.remove(wb.active)
    for sheet in sheets:
        write_table(wb.create_sheet(safe_sheet_title(sheet.title)), sheet)
    return saved(wb)


def saved(wb: Workbook) -> bytes:
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def safe_sheet_title(title: str) -> str:
    """An Excel sheet title: at most 31 characters, none of []:*?/\\."""
    return "".join(c for c in title if c not in "[]:*?/\\")[:31]
