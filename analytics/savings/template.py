"""The Excel template for the cost-reduction programme: targets, measures, planned and
realised savings, written (filled with what the database holds) and read back all or nothing.

Sheets: `Mål` (År, Nämnd – empty for the region –, Mål in tkr), `Åtgärder` (Kod, Titel,
Nämnd, Ansvarig, Status, Politiskt beslut krävs, Beslut, Risk), `Plan` (Kod, År, Planerad
besparing in tkr) and `Realiserat` (Kod, År, Månad, Realiserat in tkr).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pandas as pd

from analytics.common.spreadsheet import safe_row
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
    tkr_number,
)
from analytics.ingest.values import parse_year
from analytics.savings.compute import (
    MEASURE_COLUMNS,
    PLAN_COLUMNS,
    REALISED_COLUMNS,
    REGION,
    RISKS,
    STATUSES,
    TARGET_COLUMNS,
)

SHEETS = {
    "Mål": ["År", "Nämnd", "Mål (tkr)"],
    "Åtgärder": [
        "Kod",
        "Titel",
        "Nämnd",
        "Ansvarig",
        "Status",
        "Politiskt beslut krävs",
        "Beslut",
        "Risk",
    ],
    "Plan": ["Kod", "År", "Planerad besparing (tkr)"],
    "Realiserat": ["Kod", "År", "Månad", "Realiserat (tkr)"],
}
YES_NO = ("ja", "nej")


def status_label(status: str) -> str:
    return t(f"savings.status.{status}", "sv")


def risk_label(risk: str) -> str:
    return t(f"savings.risk.{risk}", "sv")


def write_template(
    targets: pd.DataFrame,
    measures: pd.DataFrame,
    plans: pd.DataFrame,
    realised: pd.DataFrame,
    committees: list[str],
) -> bytes:
    """The template as an .xlsx, filled with the given programme."""
    wb = new_workbook(t("savings.template_help", "sv"))
    list_sheet(
        wb,
        [
            [status_label(s) for s in STATUSES],
            [risk_label(r) for r in RISKS],
            list(YES_NO),
            list(committees),
        ],
    )

    ws = header_sheet(wb, "Mål", SHEETS["Mål"], [8, 34, 16])
    for r in targets.itertuples(index=False):
        ws.append(safe_row([int(r.year), r.committee or None, tkr_number(r.amount_ore)]))
    number_format(ws, 3, "#,##0.###")
    drop_down(ws, "B", "D", len(committees))

    ws = header_sheet(wb, "Åtgärder", SHEETS["Åtgärder"], [12, 50, 34, 24, 14, 12, 24, 10])
    for r in measures.itertuples(index=False):
        ws.append(
            safe_row(
                [
                    r.code,
                    r.title,
                    r.committee,
                    r.owner or None,
                    status_label(r.status),
                    "ja" if r.needs_decision else "nej",
                    r.decision or None,
                    risk_label(r.risk),
                ]
            )
        )
    drop_down(ws, "C", "D", len(committees))
    drop_down(ws, "E", "A", len(STATUSES))
    drop_down(ws, "F", "C", 2)
    drop_down(ws, "H", "B", len(RISKS))

    ws = header_sheet(wb, "Plan", SHEETS["Plan"], [12, 8, 24])
    for r in plans.itertuples(index=False):
        ws.append(safe_row([r.code, int(r.year), tkr_number(r.amount_ore)]))
    number_format(ws, 3, "#,##0.###")

    ws = header_sheet(wb, "Realiserat", SHEETS["Realiserat"], [12, 8, 8, 20])
    for r in realised.itertuples(index=False):
        ws.append(safe_row([r.code, int(r.year), int(r.period), tkr_number(r.amount_ore)]))
    number_format(ws, 4, "#,##0.###")

    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def read_template(
    path: Path, display_name: str | None = None
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(targets, measures, plans, realised) from a filled template; raises ImportRejected
    listing every problem with its place, and returns nothing unless the whole file is right."""
    name = display_name or path.name
    raw = {s.name: s for s in read_file(path, name)}
    problems: list[Problem] = []
    sheets: dict[str, TemplateSheet] = {}
    for title, headers in SHEETS.items():
        if title not in raw:
            problems.append(Problem("frames_missing_sheet", name, params={"sheet": title}))
            continue
        sheet = TemplateSheet(name, raw[title], headers)
        if not sheet.found:
            problems.append(
                Problem("frames_no_header", name, title, params={"headers": ", ".join(headers)})
            )
            continue
        sheets[title] = sheet
    if problems:
        raise ImportRejected(problems)
    measures = _measures(sheets["Åtgärder"])
    codes = set(measures["code"])
    frames = (
        _targets(sheets["Mål"]),
        measures,
        _plans(sheets["Plan"], codes),
        _realised(sheets["Realiserat"], codes),
    )
    for sheet in sheets.values():
        problems += sheet.problems
    if problems:
        raise ImportRejected(problems)
    return frames


def _year(sheet: TemplateSheet, row: int, text: str) -> int | None:
    year = parse_year(text) if text else None
    if year is None:
        sheet.problem("frames_bad_year", row, "År", text=text)
    return year


def _amount(sheet: TemplateSheet, row: int, header: str, text: str) -> int | None:
    ore = amount_ore(text)
    if ore is None or ore < 0:
        sheet.problem("savings_bad_amount", row, header, text=text)
        return None
    return ore


def _targets(sheet: TemplateSheet) -> pd.DataFrame:
    records: list[tuple[Any, ...]] = []
    seen: dict[tuple[int | None, str], int] = {}
    for row, c in sheet.rows():
        year = _year(sheet, row, c["År"])
        committee = "" if c["Nämnd"].lower() in ("", "hela regionen", "regionen") else c["Nämnd"]
        if (year, committee) in seen:
            sheet.problem("frames_duplicate", row, "Nämnd", first=seen[(year, committee)] + 1)
        seen[(year, committee)] = row
        records.append(
            (year, committee or REGION, _amount(sheet, row, "Mål (tkr)", c["Mål (tkr)"]))
        )
    return pd.DataFrame(records, columns=TARGET_COLUMNS)


def _measures(sheet: TemplateSheet) -> pd.DataFrame:
    records: list[tuple[Any, ...]] = []
    seen: dict[str, int] = {}
    for row, c in sheet.rows():
        for header in ("Kod", "Titel", "Nämnd"):
            if not c[header]:
                sheet.problem("frames_missing", row, header)
        if c["Kod"] in seen:
            sheet.problem("savings_duplicate_code", row, "Kod", first=seen[c["Kod"]] + 1)
        seen[c["Kod"]] = row
        status = sheet.choice(row, "Status", c["Status"], STATUSES, status_label)
        risk = sheet.choice(row, "Risk", c["Risk"], RISKS, risk_label)
        needs = c["Politiskt beslut krävs"].lower()
        if needs not in YES_NO:
            sheet.problem(
                "frames_bad_choice", row, "Politiskt beslut krävs", text=needs, options="ja, nej"
            )
        records.append(
            (
                c["Kod"],
                c["Titel"],
                c["Nämnd"],
                c["Ansvarig"],
                status,
                needs == "ja",
                c["Beslut"],
                risk,
            )
        )
    return pd.DataFrame(records, columns=MEASURE_COLUMNS)


def _known(sheet: TemplateSheet, row: int, code: str, codes: set[str]) -> None:
    if code not in codes:
        sheet.problem("savings_unknown_code", row, "Kod", measure=code)


def _plans(sheet: TemplateSheet, codes: set[str]) -> pd.DataFrame:
    records = []
    for row, c in sheet.rows():
        _known(sheet, row, c["Kod"], codes)
        header = "Planerad besparing (tkr)"
        records.append(
            (c["Kod"], _year(sheet, row, c["År"]), _amount(sheet, row, header, c[header]))
        )
    return pd.DataFrame(records, columns=PLAN_COLUMNS)


def _realised(sheet: TemplateSheet, codes: set[str]) -> pd.DataFrame:
    records = []
    for row, c in sheet.rows():
        _known(sheet, row, c["Kod"], codes)
        month = int(c["Månad"]) if c["Månad"].isdigit() and 1 <= int(c["Månad"]) <= 12 else None
        if month is None:
            sheet.problem("savings_bad_month", row, "Månad", text=c["Månad"])
        header = "Realiserat (tkr)"
        records.append(
            (c["Kod"], _year(sheet, row, c["År"]), month, _amount(sheet, row, header, c[header]))
        )
    return pd.DataFrame(records, columns=REALISED_COLUMNS)
