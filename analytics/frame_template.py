"""The Excel template for budget frames: offered for download (empty or filled with what the
database holds), filled in by hand, and read back with every problem pointing at its cell.

Two sheets, `Ramar` (one frame decision per year, nämnd and version) and `Ramförändringar`
(one change per row), amounts in tkr with at most three decimals (whole kronor). Lists of
allowed versions, change types and nämnder are offered in the cells as drop-downs.
"""

from __future__ import annotations

import io
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pandas as pd

from analytics.frames import CHANGE_COLUMNS, CHANGE_TYPES, DECISION_COLUMNS, VERSIONS
from analytics.i18n import t
from analytics.ingest.columns import normalise_header
from analytics.ingest.problems import ImportRejected, Problem, excel_column
from analytics.ingest.readers import RawSheet, read_file
from analytics.ingest.values import parse_decimal, parse_year

DECISIONS_SHEET, CHANGES_SHEET, LISTS_SHEET = "Ramar", "Ramförändringar", "Listor"
DECISION_HEADERS = ["År", "Nämnd", "Version", "Ram (tkr)", "Beslut", "Beslutsdatum"]
CHANGE_HEADERS = ["År", "Nämnd", "Version", "Typ", "Belopp (tkr)", "Text", "Motpart"]
ORE_PER_TKR = 100_000


def version_label(version: str) -> str:
    return t(f"frames.version.{version}", "sv")


def type_label(change_type: str) -> str:
    return t(f"frames.type.{change_type}", "sv")


def _tkr_number(ore: int) -> float | int:
    value = Decimal(int(ore)) / ORE_PER_TKR
    return int(value) if value == value.to_integral_value() else float(value)


def write_template(decisions: pd.DataFrame, changes: pd.DataFrame, committees: list[str]) -> bytes:
    """The template as an .xlsx, with the given decisions and changes filled in."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    guide = wb.active
    guide.title = "Instruktioner"
    for line in t("frames.template_help", "sv").split("\n"):
        guide.append([line])
    guide.column_dimensions["A"].width = 110

    lists = wb.create_sheet(LISTS_SHEET)
    columns = (
        [version_label(v) for v in VERSIONS],
        [type_label(c) for c in CHANGE_TYPES],
        list(committees),
    )
    for col, values in enumerate(columns, start=1):
        for row, value in enumerate(values, start=1):
            lists.cell(row, col, value)
    lists.sheet_state = "hidden"

    def sheet(title: str, headers: list[str], widths: list[int]):
        ws = wb.create_sheet(title)
        ws.append(headers)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.freeze_panes = "A2"
        for i, width in enumerate(widths):
            ws.column_dimensions[excel_column(i)].width = width
        return ws

    def choice(ws, column: str, source: str, count: int) -> None:
        rule = DataValidation(type="list", formula1=f"={LISTS_SHEET}!${source}$1:${source}${max(count, 1)}",
                              allow_blank=True)  # fmt: skip
        rule.add(f"{column}2:{column}2000")
        ws.add_data_validation(rule)

    ws = sheet(DECISIONS_SHEET, DECISION_HEADERS, [8, 34, 14, 16, 28, 14])
    for r in decisions.sort_values(["year", "committee", "version"]).itertuples(index=False):
        ws.append([int(r.year), r.committee, version_label(r.version), _tkr_number(r.amount_ore),
                   r.decision or None, r.decided if isinstance(r.decided, date) else None])  # fmt: skip
    for row in ws.iter_rows(min_row=2, min_col=4, max_col=4):
        row[0].number_format = "#,##0.###"
    for row in ws.iter_rows(min_row=2, min_col=6, max_col=6):
        row[0].number_format = "yyyy-mm-dd"
    choice(ws, "C", "A", len(VERSIONS))
    choice(ws, "B", "C", len(committees))

    ws = sheet(CHANGES_SHEET, CHANGE_HEADERS, [8, 34, 14, 28, 16, 60, 34])
    for r in changes.itertuples(index=False):
        ws.append([int(r.year), r.committee, version_label(r.version), type_label(r.change_type),
                   _tkr_number(r.amount_ore), r.text or None, r.counterpart or None])  # fmt: skip
    for row in ws.iter_rows(min_row=2, min_col=5, max_col=5):
        row[0].number_format = "#,##0.###"
    choice(ws, "C", "A", len(VERSIONS))
    choice(ws, "D", "B", len(CHANGE_TYPES))
    choice(ws, "B", "C", len(committees))
    choice(ws, "G", "C", len(committees))

    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


class _Sheet:
    """A template sheet being read: finds its columns and collects problems with places."""

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

    def problem(self, code: str, row: int, header: str, **params: object) -> None:
        column = f"{excel_column(self.sheet.first_column + self.columns[header])} ({header})"
        self.problems.append(
            Problem(code, self.file, self.sheet.name, (row + 1,), column, dict(params))
        )

    def rows(self):
        """(0-based row, {header: text or ""}) for every non-empty row under the header."""
        for row in range(self.header_row + 1, len(self.sheet.cells)):
            cells = {h: _text(self.sheet.cells.iat[row, c]) for h, c in self.columns.items()}
            if any(cells.values()):
                yield row, cells


def _text(value: object) -> str:
    return (
        ""
        if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA
        else str(value).strip()
    )


def _amount_ore(text: str) -> int | None:
    value = parse_decimal(text)
    if value is None:
        return None
    kronor = value * 1000  # frames are decided in whole kronor at the finest
    if kronor != kronor.to_integral_value() or abs(kronor) >= 10**15:
        return None
    return int(kronor) * 100


def _date(text: str) -> date | None:
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _choice(text: str, options: tuple[str, ...], label) -> str | None:
    key = normalise_header(text)
    for option in options:
        if key in (normalise_header(label(option)), option):
            return option
    return None


def read_template(path: Path, display_name: str | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Decisions and changes from a filled template (`frames` columns). Raises ImportRejected
    listing every problem with its place; nothing is returned unless the whole file is right."""
    name = display_name or path.name
    sheets = {s.name: s for s in read_file(path, name)}
    problems: list[Problem] = []
    parsed: list[pd.DataFrame | None] = []
    for title, headers in ((DECISIONS_SHEET, DECISION_HEADERS), (CHANGES_SHEET, CHANGE_HEADERS)):
        raw = sheets.get(title)
        if raw is None:
            problems.append(Problem("frames_missing_sheet", name, params={"sheet": title}))
            parsed.append(None)
            continue
        sheet = _Sheet(name, raw, headers)
        if sheet.header_row < 0:
            problems.append(
                Problem("frames_no_header", name, title, params={"headers": ", ".join(headers)})
            )
            parsed.append(None)
            continue
        parsed.append(_read_decisions(sheet) if title == DECISIONS_SHEET else _read_changes(sheet))
        problems += sheet.problems
    if problems:
        raise ImportRejected(problems)
    decisions, changes = parsed
    assert decisions is not None and changes is not None
    return decisions, changes


def _common(sheet: _Sheet, row: int, cells: dict[str, str]) -> tuple[int | None, str, str | None]:
    year = parse_year(cells["År"]) if cells["År"] else None
    if year is None:
        sheet.problem("frames_bad_year", row, "År", text=cells["År"])
    if not cells["Nämnd"]:
        sheet.problem("frames_missing", row, "Nämnd")
    version = _choice(cells["Version"], VERSIONS, version_label)
    if version is None:
        sheet.problem("frames_bad_choice", row, "Version", text=cells["Version"],
                      options=", ".join(version_label(v) for v in VERSIONS))  # fmt: skip
    return year, cells["Nämnd"], version


def _read_decisions(sheet: _Sheet) -> pd.DataFrame:
    records: list[tuple] = []
    seen: dict[tuple, int] = {}
    for row, cells in sheet.rows():
        year, committee, version = _common(sheet, row, cells)
        amount = _amount_ore(cells["Ram (tkr)"])
        if amount is None:
            sheet.problem("frames_bad_amount", row, "Ram (tkr)", text=cells["Ram (tkr)"])
        decided = _date(cells["Beslutsdatum"]) if cells["Beslutsdatum"] else None
        if cells["Beslutsdatum"] and decided is None:
            sheet.problem("frames_bad_date", row, "Beslutsdatum", text=cells["Beslutsdatum"])
        key = (year, committee, version)
        if key in seen:
            sheet.problem("frames_duplicate", row, "Nämnd", first=seen[key] + 1)
        seen[key] = row
        records.append((year, committee, version, amount, cells["Beslut"], decided))
    return pd.DataFrame(records, columns=DECISION_COLUMNS)


def _read_changes(sheet: _Sheet) -> pd.DataFrame:
    records = []
    for row, cells in sheet.rows():
        year, committee, version = _common(sheet, row, cells)
        change_type = _choice(cells["Typ"], CHANGE_TYPES, type_label)
        if change_type is None:
            sheet.problem("frames_bad_choice", row, "Typ", text=cells["Typ"],
                          options=", ".join(type_label(c) for c in CHANGE_TYPES))  # fmt: skip
        amount = _amount_ore(cells["Belopp (tkr)"])
        if amount is None:
            sheet.problem("frames_bad_amount", row, "Belopp (tkr)", text=cells["Belopp (tkr)"])
        if change_type in ("reallocation", "organisation") and not cells["Motpart"]:
            sheet.problem("frames_missing_counterpart", row, "Motpart")
        records.append((year, committee, version, change_type, amount, cells["Text"],
                        cells["Motpart"]))  # fmt: skip
    return pd.DataFrame(records, columns=CHANGE_COLUMNS)
