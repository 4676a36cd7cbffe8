"""Goal and indicator sheets (Stratsys exports or hand-kept): målområde, goal, indicator,
unit, direction, base and target, and outcomes per year.

Columns are recognised by their header text (Swedish or English, case and accents aside);
where a sheet names them otherwise, a mapping (header text → role) says what each is, and it
can be saved as a named mapping profile like the ledger import's. Every problem names file,
sheet, row and column; nothing is returned unless the whole file is right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from analytics.common.text import normalise_header
from analytics.goals.compute import relative_target
from analytics.i18n import family
from analytics.ingest.problems import ImportRejected, Problem
from analytics.ingest.readers import RawSheet, read_file
from analytics.ingest.template_sheets import cell_problem, cell_text, year_header
from analytics.ingest.values import parse_decimal, parse_year

# role → header texts it is recognised by (normalised: lower case, no accents)
ROLES: dict[str, tuple[str, ...]] = {
    "area": ("malomrade", "omrade", "perspektiv", "strategi", "goal area"),
    "goal": ("mal", "resultatmal", "malformulering", "goal"),
    "indicator": ("indikator", "matetal", "nyckeltal", "indicator", "kpi namn"),
    "unit": ("enhet", "unit"),
    "direction": ("riktning", "onskad riktning", "direction", "hogre eller lagre"),
    "base_year": ("basar", "utgangsar", "base year"),
    "base_value": ("basvarde", "utgangsvarde", "utgangslage", "base value", "base"),
    "target_year": ("malar", "target year"),
    "target_value": ("malvarde", "target value", "target"),
    "kolada": ("kolada", "kolada id", "kpi id", "kpi"),
}
family("goals.role", ROLES)  # the texts `goals.role.<value>` (analytics/i18n/)
REQUIRED = (
    "area",
    "goal",
    "indicator",
    "direction",
    "base_year",
    "base_value",
    "target_year",
    "target_value",
)
HIGHER = ("hogre", "hogre ar battre", "oka", "okning", "higher", "up", "+", "stiga")
LOWER = ("lagre", "lagre ar battre", "minska", "minskning", "lower", "down", "-", "sjunka")
RELATIVE = re.compile(r"^\s*([+\-−]?\s*\d+(?:[.,]\d+)?)\s*%\s*$")
COLUMNS = [
    "area",
    "goal",
    "indicator",
    "unit",
    "direction",
    "base_year",
    "base_value",
    "target_year",
    "target_value",
    "target_pct",
    "kolada_id",
]


def recognise(headers: list[object], mapping: dict[str, str] | None = None) -> dict[str, int]:
    """Role → column for a header row: a mapping wins over recognition."""
    roles: dict[str, int] = {}
    wanted = {normalise_header(k): v for k, v in (mapping or {}).items()}
    for col, header in enumerate(headers):
        key = normalise_header(header)
        role = wanted.get(key) or next((r for r, names in ROLES.items() if key in names), None)
        if role and role != "ignore" and role not in roles:
            roles[role] = col
    return roles


def find_header(
    sheet: RawSheet, mapping: dict[str, str] | None = None
) -> tuple[int, dict[str, int]] | None:
    for row in range(min(20, len(sheet.cells))):
        roles = recognise(list(sheet.cells.iloc[row]), mapping)
        if len(set(REQUIRED) & set(roles)) >= 4:
            return row, roles
    return None


def header_candidates(path: Path, display_name: str | None = None) -> list[str]:
    """The header texts of a goal sheet for a person to map: the recognised header row, or
    else the row among the first 20 with the most filled cells."""
    name = display_name or path.name
    sheet = next((s for s in read_file(path, name) if not s.hidden), None)
    if sheet is None or sheet.cells.empty:
        raise ImportRejected([Problem("goals_no_header", name)])
    found = find_header(sheet)
    if found is not None:
        row = found[0]
    else:
        top = sheet.cells.head(20)
        row = int(top.apply(lambda r: sum(bool(cell_text(v)) for v in r), axis=1).idxmax())
    return [cell_text(v) for v in sheet.cells.iloc[row] if cell_text(v)]


def suggested_roles(headers: list[str]) -> dict[str, str]:
    """What each header is recognised as (only those that are)."""
    roles = recognise(list(headers))
    return {headers[col]: role for role, col in roles.items()}


def header_signature(sheet: RawSheet, row: int) -> str:
    """The header row as text, the key a saved mapping profile is found by."""
    return "|".join(normalise_header(v) for v in sheet.cells.iloc[row])


def read_goal_sheet(
    path: Path, display_name: str | None = None, mapping: dict[str, str] | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(indicators with `COLUMNS`, outcomes with indicator index, year, value)."""
    name = display_name or path.name
    reader = _located(path, name, mapping)
    sheet, header_row, roles = reader.sheet, reader.header_row, reader.roles
    year_columns = {
        c: y
        for c, v in enumerate(sheet.cells.iloc[header_row])
        if (y := year_header(v)) is not None and c not in roles.values()
    }
    indicators: list[tuple[Any, ...]] = []
    outcomes: list[tuple[int, int, float]] = []
    last = {"area": "", "goal": ""}
    for row in range(header_row + 1, len(sheet.cells)):
        values = [cell_text(v) for v in sheet.cells.iloc[row]]
        if not any(values):
            continue
        get = {role: values[col] for role, col in roles.items()}
        for key in ("area", "goal"):  # merged or left blank below the first: the one above
            get[key] = get[key] or last[key]
            last[key] = get[key]
        if not get["indicator"]:
            reader.problem("goals_missing", row, roles["indicator"])
            continue
        indicators.append(reader.indicator(row, get))
        outcomes.extend(reader.outcomes(row, values, len(indicators) - 1, year_columns))
    if reader.problems:
        raise ImportRejected(reader.problems)
    if not indicators:
        raise ImportRejected([Problem("kolada_empty", name, sheet.name)])
    return (
        pd.DataFrame(indicators, columns=COLUMNS),
        pd.DataFrame(outcomes, columns=["indicator", "year", "value"]),
    )


def _located(path: Path, name: str, mapping: dict[str, str] | None) -> _Reader:
    """The first visible sheet with a recognised header row holding every required column."""
    sheets = [s for s in read_file(path, name) if not s.hidden]
    found = next(((s, h) for s in sheets if (h := find_header(s, mapping)) is not None), None)
    if found is None:
        raise ImportRejected([Problem("goals_no_header", name)])
    sheet, (header_row, roles) = found
    missing = [r for r in REQUIRED if r not in roles]
    if missing:
        raise ImportRejected(
            [
                Problem(
                    "goals_missing_columns", name, sheet.name, params={"roles": ", ".join(missing)}
                )
            ]
        )
    return _Reader(name, sheet, header_row, roles)


@dataclass
class _Reader:
    """One goal sheet's rows read into values, every bad cell collected as a located problem."""

    name: str
    sheet: RawSheet
    header_row: int
    roles: dict[str, int]
    problems: list[Problem] = field(default_factory=list)

    def problem(self, code: str, row: int, col: int, **params: object) -> None:
        self.problems.append(
            cell_problem(self.name, self.sheet, self.header_row, col, row, code, **params)
        )

    def indicator(self, row: int, get: dict[str, str]) -> tuple[Any, ...]:
        """One indicator's values in `COLUMNS` order (None where a cell was bad)."""
        direction = self.direction(row, get["direction"])
        base_year, target_year = parse_year(get["base_year"]), parse_year(get["target_year"])
        for key, value in (("base_year", base_year), ("target_year", target_year)):
            if value is None:
                self.problem("frames_bad_year", row, self.roles[key], text=get[key])
        base = parse_decimal(get["base_value"]) if get["base_value"] else None
        if base is None:
            self.problem("goals_bad_value", row, self.roles["base_value"], text=get["base_value"])
        base_value = None if base is None else float(base)
        target, pct = self.target(row, get["target_value"], base_value)
        return (
            get["area"],
            get["goal"],
            get["indicator"],
            get.get("unit", ""),
            direction,
            base_year,
            base_value,
            target_year,
            target,
            pct,
            get.get("kolada", ""),
        )

    def direction(self, row: int, text: str) -> str | None:
        """ "higher" or "lower" is better, from the words people write ("+", "öka", "lägre")."""
        said = normalise_header(text)
        if said in HIGHER or text == "+":
            return "higher"
        if said in LOWER or text in ("-", "−"):
            return "lower"
        self.problem("goals_bad_direction", row, self.roles["direction"], text=text)
        return None

    def target(self, row: int, text: str, base: float | None) -> tuple[float | None, float | None]:
        """(target value, percent) from a value or a change relative to the base ("−10 %")."""
        relative = RELATIVE.match(text)
        pct = float(parse_decimal(relative[1].replace(" ", "")) or 0) if relative else None
        target = None
        if pct is not None and base is not None:
            target = relative_target(base, pct)
        elif pct is None:
            given = parse_decimal(text) if text else None
            target = float(given) if given is not None else None
        if target is None and (pct is None or base is not None):
            self.problem("goals_bad_value", row, self.roles["target_value"], text=text)
        return target, pct

    def outcomes(
        self, row: int, values: list[str], index: int, year_columns: dict[int, int]
    ) -> list[tuple[int, int, float]]:
        """(indicator index, year, value) for each filled year column ("-" and ".." are none)."""
        found = []
        for col, year in year_columns.items():
            if values[col] in ("", "-", ".."):
                continue
            outcome = parse_decimal(values[col])
            if outcome is None:
                self.problem("goals_bad_value", row, col, text=values[col])
            else:
                found.append((index, year, float(outcome)))
        return found
