"""What the app's own Excel templates share: writing a sheet with a bold frozen header and
drop-down lists, and reading one back with every problem pointing at its cell.

Used by the frames template and the savings template, so both read and report alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pandas as pd

from analytics.common.spreadsheet import safe_text
from analytics.common.text import normalise_header
from analytics.ingest.problems import Problem, excel_column
from analytics.ingest.readers import RawSheet
from analytics.ingest.values import parse_decimal

LISTS_SHEET = "Listor"
ORE_PER_TKR = 100_000


def new_workbook(instructions: str) -> Any:
    """A workbook whose first sheet, Instruktioner, explains how to fill it in."""
    from openpyxl import Workbook

    wb = Workbook()
    guide = wb.active
    guide.title = "Instruktioner"
    for line in instructions.split("\n"):
        guide.append([line])
    guide.column_dimensions["A"].width = 110
    return wb


def header_sheet(wb: Any, title: str, headers: list[str], widths: list[int]) -> Any:
    """A new sheet with the exports' heading style on its frozen header row and the given
    column widths (the header stays row 1: the reader finds it there)."""
    from analytics.common.workbook import HEADING_FILL, HEADING_FONT, WRAP

    ws = wb.create_sheet(title)
    ws.append(headers)
    for cell in ws[1]:
        cell.font, cell.fill, cell.alignment = HEADING_FONT, HEADING_FILL, WRAP
    ws.freeze_panes = "A2"
    for i, width in enumerate(widths):
        ws.column_dimensions[excel_column(i)].width = width
    return ws


def list_sheet(wb: Any, columns: list[list[str]]) -> None:
    """A hidden sheet holding the allowed values, one list per column (A, B, C, …)."""
    lists = wb.create_sheet(LISTS_SHEET)
    for col, values in enumerate(columns, start=1):
        for row, value in enumerate(values, start=1):
            lists.cell(row, col, safe_text(value))
    lists.sheet_state = "hidden"


def drop_down(ws: Any, column: str, source: str, count: int) -> None:
    """Offer the values of list column `source` in the cells of `column` (rows 2–2000)."""
    from openpyxl.worksheet.datavalidation import DataValidation

    rule = DataValidation(
        type="list",
        formula1=f"={LISTS_SHEET}!${source}$1:${source}${max(count, 1)}",
        allow_blank=True,
    )
    rule.add(f"{column}2:{column}2000")
    ws.add_data_validation(rule)


def number_format(ws: Any, column: int, fmt: str) -> None:
    """Format the cells of a 1-based column below the header."""
    for row in ws.iter_rows(min_row=2, min_col=column, max_col=column):
        row[0].number_format = fmt


def tkr_number(ore: int) -> float | int:
    """An amount in öre as the tkr number a cell holds (an int when it is whole)."""
    from decimal import Decimal

    value = Decimal(int(ore)) / ORE_PER_TKR
    return int(value) if value == value.to_integral_value() else float(value)


def cell_text(value: object) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value).strip()


def year_header(value: object) -> int | None:
    """The year a header cell names ("2024", 2024, "2024.0"), or None."""
    m = re.fullmatch(r"((?:19|20)\d{2})(?:\.0+)?", cell_text(value))
    return int(m[1]) if m else None


def cell_problem(
    file: str, sheet: RawSheet, header_row: int, col: int, row: int, code: str, **params: object
) -> Problem:
    """A problem at a cell: row as Excel numbers it, column as letter and header text."""
    label = cell_text(sheet.cells.iat[header_row, col])
    column = f"{excel_column(sheet.first_column + col)} ({label})"
    return Problem(code, file, sheet.name, (row + 1,), column, dict(params))


class TemplateSheet:
    """A template sheet being read: finds its header among the first rows and collects
    problems that name file, sheet, row and column."""

    def __init__(self, file: str, sheet: RawSheet, headers: list[str]):
        self.file, self.sheet = file, sheet
        self.problems: list[Problem] = []
        wanted = {normalise_header(h): h for h in headers}
        self.header_row, self.columns = -1, {}
        for row in range(min(20, len(sheet.cells))):
            found = {}
            for col, value in enumerate(sheet.cells.iloc[row]):
                key = normalise_header(value)
                if key in wanted:
                    found[wanted[key]] = col
            if len(found) == len(headers):
                self.header_row, self.columns = row, found
                break

    @property
    def found(self) -> bool:
        return self.header_row >= 0

    def problem(self, code: str, row: int, header: str, **params: object) -> None:
        col = self.columns[header]
        self.problems.append(
            cell_problem(self.file, self.sheet, self.header_row, col, row, code, **params)
        )

    def choice(
        self,
        row: int,
        header: str,
        text: str,
        options: tuple[str, ...],
        label: Callable[[str], str],
    ) -> str | None:
        """The option `text` names (code or label), or None with a problem listing them all."""
        chosen = choice(text, options, label)
        if chosen is None:
            listed = ", ".join(label(o) for o in options)
            self.problem("frames_bad_choice", row, header, text=text, options=listed)
        return chosen

    def rows(self) -> Iterator[tuple[int, dict[str, str]]]:
        """(0-based row, {header: text}) for every non-empty row under the header."""
        for row in range(self.header_row + 1, len(self.sheet.cells)):
            cells = {h: cell_text(self.sheet.cells.iat[row, c]) for h, c in self.columns.items()}
            if any(cells.values()):
                yield row, cells


def amount_ore(text: str) -> int | None:
    """An amount in tkr as öre, whole kronor at the finest; None if it is not one."""
    value = parse_decimal(text)
    if value is None:
        return None
    kronor = value * 1000
    if kronor != kronor.to_integral_value() or abs(kronor) >= 10**15:
        return None
    return int(kronor) * 100


def parse_date(text: str) -> date | None:
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def choice(text: str, options: tuple[str, ...], label: Callable[[str], str]) -> str | None:
    """The option whose label (or code) the text is, ignoring case and accents."""
    key = normalise_header(text)
    for option in options:
        if key in (normalise_header(label(option)), option):
            return option
    return None
