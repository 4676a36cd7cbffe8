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

import pandas as pd
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from analytics.common.formatting import month_name
from analytics.common.workbook import (
    Column,
    Sheet,
    cell_value,
    safe_sheet_title,
    saved,
    write_table,
)
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


WIDTHS = {"text": 34, "tkr": 14, "pct": 11, "flag": 7}


def _column(key: str, label: str, kind: str, lang: str) -> Column:
    wide = key in ("explanation", "action")
    return Column(
        t(label, lang),
        "text"
        if kind == "flag"
        else "tkr"
        if kind == "tkr"
        else "pct"
        if kind == "pct"
        else "text",
        60 if wide else WIDTHS[kind],
        wrap=wide,
        red=kind in ("tkr", "pct"),
    )


def workbook(rows: pd.DataFrame, context: ReportContext, lang: str = "sv") -> bytes:
    """An Excel report: title, context, a styled heading row with the freeze directly under it
    and the filter on it, number formats on the data and a chart over the data rows (the
    shared writer places the rows; the chart points at the rows it reports)."""
    sheet = Sheet(
        t("export.sheet", lang),
        [_column(key, label, kind, lang) for key, label, kind in COLUMNS],
        [
            [_cell(kind, record.get(key)) for key, _, kind in COLUMNS]
            for record in rows.to_dict("records")
        ],
        context.title,
        context.lines,
        total_last=True,
    )
    wb = Workbook()
    ws = wb.active
    ws.title = safe_sheet_title(sheet.title)
    placed = write_table(ws, sheet)
    if placed.last > placed.first:  # a chart needs at least one unit above the total
        ws.add_chart(
            _chart(ws, placed.header_row, placed.last - 1, lang),
            f"{get_column_letter(len(COLUMNS) + 2)}{placed.header_row}",
        )
    return saved(wb)


def _cell(kind: str, value: object) -> object:
    """A value as the shared writer takes it: öre and per cent as they are, a flag as "!"."""
    if kind == "flag":
        return "!" if value is True or value == 1 else ""
    return value


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
    """`;`-separated with decimal comma and a BOM, so Swedish Excel opens it as numbers: the
    same values as the workbook (`common.workbook.cell_value`), tkr exact to the krona."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([t(key, lang) for _, key, _ in COLUMNS])
    for record in rows.to_dict("records"):
        cells: list[object] = []
        for key, _, kind in COLUMNS:
            value = cell_value(kind, _cell(kind, record.get(key)))
            if isinstance(value, Decimal):
                value = _csv_number(value * 100 if kind == "pct" else value, kind)
            cells.append("" if value is None else value)
        writer.writerow(cells)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _csv_number(value: Decimal, kind: str) -> str:
    text = f"{value:.1f}" if kind == "pct" else f"{value:.3f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")
