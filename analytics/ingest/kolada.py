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

from analytics.common.text import normalise_header
from analytics.i18n import family
from analytics.ingest.problems import ImportRejected, Problem, excel_column
from analytics.ingest.readers import RawSheet, read_file
from analytics.ingest.template_sheets import cell_problem, cell_text, year_header
from analytics.ingest.values import parse_decimal

COLUMNS = ["kpi_id", "kpi_name", "organisation", "is_aggregate", "year", "value"]
KPI_HEADERS = ("kpi", "nyckeltal", "kpi id", "kpi-id", "kpi namn", "nyckeltalsnamn")
ORG_HEADERS = ("kommun", "region", "organisation", "kommun region", "kommun/region", "namn")
GENDER_HEADERS = ("kon", "kön")
TOTAL_GENDERS = ("totalt", "t", "alla", "")
GENDER_VALUES = (*TOTAL_GENDERS, "kvinnor", "man", "k", "m", "flickor", "pojkar")
AGGREGATE_WORDS = (
    "riket",
    "alla regioner",
    "alla kommuner",
    "medel",
    "genomsnitt",
    "samtliga",
    "lanet",
    "summa",
)
KPI_CODE = re.compile(r"^([A-Z]\d{4,6})\s*[:\-–]?\s*(.*)$")
# What a column of a Kolada sheet can be said to be (the page's role table, `--mapping`).
KOLADA_ROLES = ("kpi", "kpi_id", "organisation", "gender", "ignore")
family("kolada.role", KOLADA_ROLES)  # the texts `kolada.role.<value>` (analytics/i18n/)
_ROLE_ALIASES = {"org": "organisation", "kpi_name": "kpi", "kon": "gender"}


def _mapped_roles(values: list[object], mapping: dict[str, str]) -> dict[str, int]:
    """Role → column from a mapping whose keys are header texts or column letters ("A")."""
    roles: dict[str, int] = {}
    for key, role in mapping.items():
        role = _ROLE_ALIASES.get(role, role)
        if role not in KOLADA_ROLES or role == "ignore":
            continue
        wanted = key.strip()
        for col, value in enumerate(values):
            if wanted.upper() == excel_column(col) or (
                cell_text(value) and normalise_header(value) == normalise_header(wanted)
            ):
                roles.setdefault(role, col)
                break
    return roles


def _recognised_roles(values: list[object]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for col, value in enumerate(values):
        key = normalise_header(value)
        if key in KPI_HEADERS and "kpi" not in roles:
            roles["kpi"] = col
        elif key in ORG_HEADERS and "organisation" not in roles:
            roles["organisation"] = col
        elif key in GENDER_HEADERS:
            roles["gender"] = col
    return roles


def _by_content(sheet: RawSheet, row: int, years: dict[int, int]) -> dict[str, int]:
    """Blank header cells left of the years, as Kolada writes them: the column whose values
    are KPI codes ("N00945 …") is the KPI, the other text column the organisation."""
    first_year = min(years)
    below = sheet.cells.iloc[row + 1 : row + 41]
    text_columns = [c for c in range(first_year) if any(cell_text(v) for v in below.iloc[:, c])]
    kpi = [
        c
        for c in text_columns
        if sum(bool(KPI_CODE.match(cell_text(v))) for v in below.iloc[:, c]) > 0
    ]
    roles: dict[str, int] = {}
    if kpi:
        roles["kpi"] = kpi[0]
    genders = [
        c
        for c in text_columns
        if c not in roles.values()
        and all(
            normalise_header(cell_text(v)) in GENDER_VALUES
            for v in below.iloc[:, c]
            if cell_text(v)
        )
    ]
    if genders:
        roles["gender"] = genders[0]
    others = [c for c in text_columns if c not in roles.values()]
    if len(others) >= 1 and "kpi" in roles:
        roles["organisation"] = others[-1]
    return roles


def _header(
    sheet: RawSheet, mapping: dict[str, str] | None = None
) -> tuple[int, dict[str, int], dict[int, int]] | None:
    """(header row, role → column, column → year) of the first row that has year columns and
    a KPI and an organisation column, by the mapping, the header texts or, for blank header
    cells, by the cells below them."""
    for row in range(min(20, len(sheet.cells))):
        values = list(sheet.cells.iloc[row])
        years = {c: y for c, v in enumerate(values) if (y := year_header(v)) is not None}
        if not years:
            continue
        roles = _recognised_roles(values)
        if mapping:
            roles.update(_mapped_roles(values, mapping))
        if not {"kpi", "organisation"} <= set(roles) and not mapping:
            roles = {**_by_content(sheet, row, years), **roles}
        if ("kpi" in roles or "kpi_id" in roles) and "organisation" in roles:
            years = {c: y for c, y in years.items() if c not in roles.values()}
            return row, roles, years
    return None


def kolada_columns(path: Path, display_name: str | None = None) -> list[tuple[str, str, str, str]]:
    """(column letter, header text, suggested role, first value below the header) of a Kolada
    sheet's non-year columns, for the page's column-role table; the header row is the first
    with year columns."""
    name = display_name or path.name
    sheets = [s for s in read_file(path, name) if not s.hidden]
    for sheet in sheets:
        found = _header(sheet)
        row = (
            found[0]
            if found
            else next(
                (
                    r
                    for r in range(min(20, len(sheet.cells)))
                    if any(year_header(v) for v in sheet.cells.iloc[r])
                ),
                None,
            )
        )
        if row is None:
            continue
        values = list(sheet.cells.iloc[row])
        roles = {c: r for r, c in (found[1] if found else {}).items()}
        below = sheet.cells.iloc[row + 1 :]
        return [
            (
                excel_column(sheet.first_column + c),
                cell_text(v),
                roles.get(c, "ignore"),
                next((cell_text(x) for x in below.iloc[:, c] if cell_text(x)), ""),
            )
            for c, v in enumerate(values)
            if year_header(v) is None
        ]
    raise ImportRejected([Problem("kolada_no_header", name)])


def is_aggregate(name: str) -> bool:
    """Whether a row names an average or total rather than an organisation."""
    key = normalise_header(name)
    return any(word in key for word in AGGREGATE_WORDS)


def derived_kpi_id(name: str) -> str:
    """An id for a KPI the export gives no id: its name, normalised, so the same name gets
    the same id in every file."""
    return "namn:" + normalise_header(name).replace(" ", "-")[:60]


def _kpi(values: list[str], roles: dict[str, int]) -> tuple[str, str] | None:
    """(id, name) of the row's KPI: "N00945 Invånare …" in one cell, or an id column, or only a
    name (its id derived). None for an empty KPI cell, which repeats the one above (merged)."""
    kpi_text = values[roles["kpi"]] if "kpi" in roles else ""
    id_text = values[roles["kpi_id"]] if "kpi_id" in roles else ""
    if not (kpi_text or id_text):
        return None
    m = KPI_CODE.match(kpi_text)
    kpi_id, kpi_name = (m[1], m[2].strip()) if m else ("", kpi_text)
    kpi_id = id_text or kpi_id or derived_kpi_id(kpi_name)
    return kpi_id, kpi_name or kpi_id


def read_kolada(
    path: Path, display_name: str | None = None, mapping: dict[str, str] | None = None
) -> pd.DataFrame:
    """One row per KPI, organisation and year with a value (`COLUMNS`)."""
    name = display_name or path.name
    sheets = [s for s in read_file(path, name) if not s.hidden]
    found = next(((s, h) for s in sheets if (h := _header(s, mapping)) is not None), None)
    if found is None:
        raise ImportRejected([Problem("kolada_no_header", name)])
    sheet, (header_row, roles, years) = found
    problems: list[Problem] = []
    records = []
    seen: dict[tuple[str, str, int], int] = {}
    kpi_id = kpi_name = ""

    def problem(col: int, row: int, code: str, **params: object) -> None:
        problems.append(cell_problem(name, sheet, header_row, col, row, code, **params))

    for row in range(header_row + 1, len(sheet.cells)):
        values = [cell_text(v) for v in sheet.cells.iloc[row]]
        if not any(values):
            continue
        kpi_id, kpi_name = _kpi(values, roles) or (kpi_id, kpi_name)
        organisation = values[roles["organisation"]]
        if "gender" in roles and normalise_header(values[roles["gender"]]) not in TOTAL_GENDERS:
            continue  # women and men separately: the benchmark is the total
        if not organisation:
            problem(roles["organisation"], row, "kolada_missing")
            continue
        if not kpi_id:
            col = roles.get("kpi", roles.get("kpi_id", 0))
            problem(col, row, "kolada_no_kpi")
            continue
        for col, year in years.items():
            raw = values[col]
            if not raw or raw in ("-", "..", "–"):
                continue  # Kolada leaves years without data empty
            value = parse_decimal(raw)
            if value is None:
                problem(col, row, "kolada_bad_value", text=raw)
                continue
            key = (kpi_id, organisation, year)
            if key in seen:
                kpi = kpi_name or kpi_id
                where = roles["organisation"]
                at = {"organisation": organisation, "year": year, "first": seen[key]}
                problem(where, row, "kolada_duplicate", kpi=kpi, **at)
                continue
            seen[key] = row + 1
            records.append(
                (kpi_id, kpi_name, organisation, is_aggregate(organisation), year, float(value))
            )
    if problems:
        raise ImportRejected(problems)
    if not records:
        raise ImportRejected([Problem("kolada_empty", name, sheet.name)])
    return pd.DataFrame(records, columns=COLUMNS)
