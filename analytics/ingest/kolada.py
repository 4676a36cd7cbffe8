"""Kolada's Excel export (RKA's public KPI database) read as benchmarks.

The export has a title row (or several) above a header with the KPI, the organisation
(region or municipality), sometimes the gender, and one column per year written as text;
values have decimal commas and empty cells. Rows such as the national or county average
("Riket", "Alla regioner (ovägt medel)") are not organisations: they are kept, marked as
aggregates, so a chart can show them as a reference line. Every problem names its cell and
nothing is returned unless the whole file is right.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from analytics.ingest.columns import normalise_header
from analytics.ingest.problems import ImportRejected, Problem
from analytics.ingest.readers import RawSheet, read_file
from analytics.ingest.template_sheets import cell_problem, cell_text, year_header
from analytics.ingest.values import parse_decimal

COLUMNS = ["kpi_id", "kpi_name", "organisation", "is_aggregate", "year", "value"]
KPI_HEADERS = ("kpi", "nyckeltal", "kpi id", "kpi-id", "kpi namn", "nyckeltalsnamn")
ORG_HEADERS = ("kommun", "region", "organisation", "kommun region", "kommun/region", "namn")
GENDER_HEADERS = ("kon", "kön")
TOTAL_GENDERS = ("totalt", "t", "alla", "")
AGGREGATE_WORDS = ("riket", "alla regioner", "alla kommuner", "medel", "genomsnitt", "samtliga",
                   "lanet", "summa")  # fmt: skip
KPI_CODE = re.compile(r"^([A-Z]\d{4,6})\s*[:\-–]?\s*(.*)$")


def _header(sheet: RawSheet) -> tuple[int, dict[str, int], dict[int, int]] | None:
    """(header row, role → column, column → year) of the first row that has a KPI column, an
    organisation column and at least one year column."""
    for row in range(min(20, len(sheet.cells))):
        values = list(sheet.cells.iloc[row])
        roles: dict[str, int] = {}
        years = {c: y for c, v in enumerate(values) if (y := year_header(v)) is not None}
        for col, value in enumerate(values):
            key = normalise_header(value)
            if key in KPI_HEADERS and "kpi" not in roles:
                roles["kpi"] = col
            elif key in ORG_HEADERS and "org" not in roles:
                roles["org"] = col
            elif key in GENDER_HEADERS:
                roles["gender"] = col
        if years and {"kpi", "org"} <= set(roles):
            return row, roles, years
    return None


def is_aggregate(name: str) -> bool:
    """Whether a row names an average or total rather than an organisation."""
    key = normalise_header(name)
    return any(word in key for word in AGGREGATE_WORDS)


def read_kolada(path: Path, display_name: str | None = None) -> pd.DataFrame:
    """One row per KPI, organisation and year with a value (`COLUMNS`)."""
    name = display_name or path.name
    sheets = [s for s in read_file(path, name) if not s.hidden]
    found = next(((s, h) for s in sheets if (h := _header(s)) is not None), None)
    if found is None:
        raise ImportRejected([Problem("kolada_no_header", name)])
    sheet, (header_row, roles, years) = found
    problems: list[Problem] = []
    records = []
    kpi_id = kpi_name = ""
    for row in range(header_row + 1, len(sheet.cells)):
        cells = sheet.cells.iloc[row]

        values = [cell_text(v) for v in cells]

        def text(col: int, values: list[str] = values) -> str:
            return values[col]

        if not any(text(c) for c in range(len(cells))):
            continue
        if text(roles["kpi"]):  # a KPI cell left empty repeats the one above (merged cells)
            m = KPI_CODE.match(text(roles["kpi"]))
            kpi_id, kpi_name = (m[1], m[2].strip()) if m else ("", text(roles["kpi"]))
        organisation = text(roles["org"])
        if "gender" in roles and normalise_header(text(roles["gender"])) not in TOTAL_GENDERS:
            continue  # women and men separately: the benchmark is the total
        if not organisation:
            problems.append(
                cell_problem(name, sheet, header_row, roles["org"], row, "kolada_missing")
            )
            continue
        for col, year in years.items():
            raw = text(col)
            if not raw or raw in ("-", "..", "–"):
                continue  # Kolada leaves years without data empty
            value = parse_decimal(raw)
            if value is None:
                problems.append(cell_problem(name, sheet, header_row, col, row, "kolada_bad_value",
                                         text=raw))  # fmt: skip
                continue
            records.append((kpi_id, kpi_name, organisation, is_aggregate(organisation), year,
                            float(value)))  # fmt: skip
    if problems:
        raise ImportRejected(problems)
    if not records:
        raise ImportRejected([Problem("kolada_empty", name, sheet.name)])
    return pd.DataFrame(records, columns=COLUMNS)
