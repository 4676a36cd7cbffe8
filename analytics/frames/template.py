"""The Excel template for budget frames: offered for download (empty or filled with what the
database holds), filled in by hand, and read back with every problem pointing at its cell.

Two sheets, `Ramar` (one frame decision per year, nämnd and version) and `Ramförändringar`
(one change per row), amounts in tkr with at most three decimals (whole kronor). Lists of
allowed versions, change types and nämnder are offered in the cells as drop-downs.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from analytics.common.spreadsheet import safe_row
from analytics.frames.compute import CHANGE_COLUMNS, CHANGE_TYPES, DECISION_COLUMNS, VERSIONS
from analytics.i18n import t
from analytics.ingest.problems import ImportRejected, Problem
from analytics.ingest.readers import read_file
from analytics.ingest.template_sheets import (
    TemplateSheet,
    amount_ore,
    drop_down,
    header_sheet,
    list_sheet,
    new_workbook,
    number_format,
    parse_date,
    tkr_number,
)
from analytics.ingest.values import parse_year

DECISIONS_SHEET, CHANGES_SHEET = "Ramar", "Ramförändringar"
DECISION_HEADERS = ["År", "Nämnd", "Version", "Ram (tkr)", "Beslut", "Beslutsdatum"]
CHANGE_HEADERS = ["År", "Nämnd", "Version", "Typ", "Belopp (tkr)", "Text", "Motpart"]


def version_label(version: str) -> str:
    return t(f"frames.version.{version}", "sv")


def type_label(change_type: str) -> str:
    return t(f"frames.type.{change_type}", "sv")


def write_template(decisions: pd.DataFrame, changes: pd.DataFrame, committees: list[str]) -> bytes:
    """The template as an .xlsx, with the given decisions and changes filled in."""
    wb = new_workbook(t("frames.template_help", "sv"))
    list_sheet(
        wb,
        [
            [version_label(v) for v in VERSIONS],
            [type_label(c) for c in CHANGE_TYPES],
            list(committees),
        ],
    )

    ws = header_sheet(wb, DECISIONS_SHEET, DECISION_HEADERS, [8, 34, 14, 16, 28, 14])
    for r in decisions.sort_values(["year", "committee", "version"]).itertuples(index=False):
        ws.append(
            safe_row(
                [
                    int(r.year),
                    r.committee,
                    version_label(r.version),
                    tkr_number(r.amount_ore),
                    r.decision or None,
                    r.decided if isinstance(r.decided, date) else None,
                ]
            )
        )
    number_format(ws, 4, "#,##0.###")
    number_format(ws, 6, "yyyy-mm-dd")
    drop_down(ws, "C", "A", len(VERSIONS))
    drop_down(ws, "B", "C", len(committees))

    ws = header_sheet(wb, CHANGES_SHEET, CHANGE_HEADERS, [8, 34, 14, 28, 16, 60, 34])
    for r in changes.itertuples(index=False):
        ws.append(
            safe_row(
                [
                    int(r.year),
                    r.committee,
                    version_label(r.version),
                    type_label(r.change_type),
                    tkr_number(r.amount_ore),
                    r.text or None,
                    r.counterpart or None,
                ]
            )
        )
    number_format(ws, 5, "#,##0.###")
    drop_down(ws, "C", "A", len(VERSIONS))
    drop_down(ws, "D", "B", len(CHANGE_TYPES))
    drop_down(ws, "B", "C", len(committees))
    drop_down(ws, "G", "C", len(committees))

    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


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
        sheet = TemplateSheet(name, raw, headers)
        if not sheet.found:
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


def _common(
    sheet: TemplateSheet, row: int, cells: dict[str, str]
) -> tuple[int | None, str, str | None]:
    year = parse_year(cells["År"]) if cells["År"] else None
    if year is None:
        sheet.problem("frames_bad_year", row, "År", text=cells["År"])
    if not cells["Nämnd"]:
        sheet.problem("frames_missing", row, "Nämnd")
    version = sheet.choice(row, "Version", cells["Version"], VERSIONS, version_label)
    return year, cells["Nämnd"], version


def _read_decisions(sheet: TemplateSheet) -> pd.DataFrame:
    records: list[tuple[Any, ...]] = []
    seen: dict[tuple[Any, ...], int] = {}
    for row, cells in sheet.rows():
        year, committee, version = _common(sheet, row, cells)
        amount = amount_ore(cells["Ram (tkr)"])
        if amount is None:
            sheet.problem("frames_bad_amount", row, "Ram (tkr)", text=cells["Ram (tkr)"])
        decided = parse_date(cells["Beslutsdatum"]) if cells["Beslutsdatum"] else None
        if cells["Beslutsdatum"] and decided is None:
            sheet.problem("frames_bad_date", row, "Beslutsdatum", text=cells["Beslutsdatum"])
        key = (year, committee, version)
        if key in seen:
            sheet.problem("frames_duplicate", row, "Nämnd", first=seen[key] + 1)
        seen[key] = row
        records.append((year, committee, version, amount, cells["Beslut"], decided))
    return pd.DataFrame(records, columns=DECISION_COLUMNS)


def _read_changes(sheet: TemplateSheet) -> pd.DataFrame:
    records = []
    for row, cells in sheet.rows():
        year, committee, version = _common(sheet, row, cells)
        change_type = sheet.choice(row, "Typ", cells["Typ"], CHANGE_TYPES, type_label)
        amount = amount_ore(cells["Belopp (tkr)"])
        if amount is None:
            sheet.problem("frames_bad_amount", row, "Belopp (tkr)", text=cells["Belopp (tkr)"])
        if change_type in ("reallocation", "organisation") and not cells["Motpart"]:
            sheet.problem("frames_missing_counterpart", row, "Motpart")
        records.append(
            (year, committee, version, change_type, amount, cells["Text"], cells["Motpart"])
        )
    return pd.DataFrame(records, columns=CHANGE_COLUMNS)
