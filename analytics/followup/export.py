"""The deviation view as a file: a formatted Excel report with a native chart, and a CSV that
opens correctly in Swedish Excel (semicolons, decimal comma, UTF-8 with BOM).

Numbers are written as numbers in tkr, formatted by Excel's own format codes, so a Swedish Excel
shows `1 234` and sums still work. Text that Excel would run as a formula is neutralised.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal
from typing import SupportsFloat, SupportsInt

import pandas as pd
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from analytics.common.formatting import ORE_PER_TKR, month_name
from analytics.common.spreadsheet import safe_text
from analytics.followup.display import total_labelled
from analytics.i18n import t


@dataclass(frozen=True)
class ReportContext:
    """What the report is about, printed above the table."""

    title: str
    lines: list[str]


# (column key in the deviation table or comments, header key, kind)
COLUMNS: list[tuple[str, str, str]] = [
    ("unit", "col.unit", "text"),
    ("budget_month_ore", "col.budget_month", "tkr"),
    ("outcome_month_ore", "col.outcome_month", "tkr"),
    ("deviation_month_ore", "col.deviation_month", "tkr"),
    ("deviation_month_pct", "col.deviation_month_pct", "pct"),
    ("budget_ytd_ore", "col.budget_ytd", "tkr"),
    ("outcome_ytd_ore", "col.outcome_ytd", "tkr"),
    ("deviation_ytd_ore", "col.deviation_ytd", "tkr"),
    ("deviation_ytd_pct", "col.deviation_pct", "pct"),
    ("deviation_revenue_ytd_ore", "col.deviation_revenue", "tkr"),
    ("deviation_cost_ytd_ore", "col.deviation_cost", "tkr"),
    ("budget_year_ore", "col.budget_year", "tkr"),
    ("flag", "col.flag", "flag"),
    ("explanation", "col.explanation", "text"),
    ("action", "col.action", "text"),
]


def report_rows(
    table: pd.DataFrame,
    total: pd.DataFrame,
    flags: pd.Series,
    comments: pd.DataFrame,
    lang: str = "sv",
) -> pd.DataFrame:
    """The rows of the report: units with flag and latest comment, then the total."""
    rows = table.assign(flag=flags.to_numpy())
    if len(comments):
        rows = rows.merge(comments[["unit", "explanation", "action"]], on="unit", how="left")
    else:
        rows = rows.assign(explanation=None, action=None)
    total_row = total_labelled(total, lang).assign(flag=False, explanation=None, action=None)
    return pd.concat([rows, total_row], ignore_index=True)


def _value(kind: str, value: object) -> object:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if kind == "tkr" and isinstance(value, SupportsInt):
        return float(Decimal(int(value)) / ORE_PER_TKR)
    if kind == "pct" and isinstance(value, SupportsFloat):
        return float(value) / 100
    if kind == "flag":
        return "!" if value else ""
    return safe_text(value)


def report_context(
    year: int,
    period: int,
    version: str,
    scope: list[str],
    level: str,
    org_mode: str,
    lang: str = "sv",
) -> ReportContext:
    """What is printed above the table: the month, the version, the drill path with its level
    and the notes on organisation and sign (the page's download and `export` alike)."""
    breadcrumb = " › ".join([t("dev.region", lang), *scope])
    level_name = t(f"level.{level}", lang).lower()
    return ReportContext(
        t("export.title", lang, year=year, month=month_name(period, lang)),
        [
            f"{t('app.version', lang)}: {version}",
            f"{t('dev.breadcrumb', lang)}: {breadcrumb} ({level_name})",
            t(f"dev.org_note.{org_mode}", lang, year=year),
            t("overview.sign_note", lang),
        ],
    )


HEADING_FONT = Font(bold=True, color="FFFFFF")
HEADING_FILL = PatternFill("solid", fgColor="1F4E79")
# Format codes are stored in Excel's invariant syntax (`,` groups, `.` decimals) and shown in the
# reader's locale: a Swedish Excel displays `-1 234` and `-2,5 %`.
NUMBER_FORMATS = {"tkr": "#,##0;[Red]-#,##0", "pct": "0.0%;[Red]-0.0%"}


def workbook(rows: pd.DataFrame, context: ReportContext, lang: str = "sv") -> bytes:
    """An Excel report: title, context, a styled heading row with the freeze directly under it
    and the filter on it, number formats on the data and a chart over the data rows.

    Rows are placed by number, never by `max_row`: an empty context line still takes its row,
    so the heading style, the freeze, the filter and the chart all point at the same row.
    """
    wb = Workbook()
    ws = wb.active
    ws.title = t("export.sheet", lang)
    ws.cell(row=1, column=1, value=context.title).font = Font(bold=True, size=14)
    for offset, line in enumerate(context.lines, start=2):
        ws.cell(row=offset, column=1, value=safe_text(line))
    header_row = len(context.lines) + 3  # one blank row between the context and the table
    first = header_row + 1
    for index, (key, label, kind) in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=header_row, column=index, value=t(label, lang))
        cell.font, cell.fill = HEADING_FONT, HEADING_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        width = {"text": 34, "tkr": 14, "pct": 11, "flag": 7}[kind]
        ws.column_dimensions[get_column_letter(index)].width = (
            60 if key in ("explanation", "action") else width
        )
    records = rows.to_dict("records")
    for row, record in enumerate(records, start=first):
        for index, (key, _, kind) in enumerate(COLUMNS, start=1):
            cell = ws.cell(row=row, column=index, value=_value(kind, record.get(key)))
            if kind in NUMBER_FORMATS:
                cell.number_format = NUMBER_FORMATS[kind]
            if kind == "text" and key != "unit":
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    last = first + len(records) - 1  # the total row
    for cell in ws[last]:
        cell.font = Font(bold=True)
    ws.freeze_panes = ws.cell(row=first, column=2)
    ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(COLUMNS))}{last - 1}"
    if last > first:  # a chart needs at least one unit above the total
        ws.add_chart(
            _chart(ws, header_row, last - 1, lang),
            f"{get_column_letter(len(COLUMNS) + 2)}{header_row}",
        )
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _chart(ws: Worksheet, header_row: int, last_unit: int, lang: str) -> BarChart:
    """The accumulated deviation per unit: series title the heading cell, data the units."""
    chart = BarChart()
    chart.type = "bar"
    chart.title = t("col.deviation_ytd", lang)
    chart.y_axis.title = "tkr"
    deviation_col = [k for k, _, _ in COLUMNS].index("deviation_ytd_ore") + 1
    chart.add_data(
        Reference(ws, min_col=deviation_col, min_row=header_row, max_row=last_unit),
        titles_from_data=True,
    )
    chart.set_categories(Reference(ws, min_col=1, min_row=header_row + 1, max_row=last_unit))
    chart.height = max(7.5, 0.6 * (last_unit - header_row))
    chart.width = 18
    chart.legend = None
    return chart


def csv_text(rows: pd.DataFrame, lang: str = "sv") -> bytes:
    """`;`-separated with decimal comma and a BOM, so Swedish Excel opens it as numbers."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([t(key, lang) for _, key, _ in COLUMNS])
    for record in rows.to_dict("records"):
        cells = []
        for key, _, kind in COLUMNS:
            value = _value(kind, record.get(key))
            if isinstance(value, float):
                value = (
                    f"{value:.3f}".rstrip("0").rstrip(".").replace(".", ",")
                    if kind == "tkr"
                    else f"{value * 100:.1f}".replace(".", ",")
                )
            cells.append("" if value is None else value)
        writer.writerow(cells)
    return ("\ufeff" + out.getvalue()).encode("utf-8")
