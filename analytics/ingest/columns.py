"""Recognising what each column of an export means, and where the header row is.

Every source system names its columns differently ("Ansvar", "Ansv", "Kostnadsställe", "Kst";
"Utfall", "Bokfört", "Redovisat"). A header cell is normalised (case, diacritics, punctuation,
unit hints such as "(tkr)") and matched against the aliases below; the header row is the row
among the first ones that names the most roles. When that fails the user maps the columns by
hand and the mapping is kept as a profile for the next file of the same shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from analytics.common.text import normalise_header
from analytics.i18n import family

HEADER_SEARCH_ROWS = 40

# Roles of a column. Amount roles carry money; the others describe a row.
AMOUNT_ROLES = ("budget", "utfall", "prognos")
ROLES = (
    "year",
    "period",
    "ansvar",
    "ansvar_name",
    "verksamhet",
    "verksamhet_name",
    "forvaltning",
    "committee",
    "konto",
    "konto_name",
    "kostnadsslag",
    "rr_line",
    "projekt",
    "motpart",
    "version",
    "measure",
    "amount",
    *AMOUNT_ROLES,
)
family("role", ROLES)  # the texts `role.<value>` (analytics/i18n/)
IGNORED = "ignore"

ALIASES: dict[str, tuple[str, ...]] = {
    "year": ("ar", "year", "bokforingsar", "rakenskapsar", "budgetar", "fiscal year", "fy",
             "budget year", "financial year"),
    "period": (
        "period", "per", "manad", "man", "month", "datum", "date", "bokforingsperiod",
        "redovisningsperiod", "arperiod", "ar period", "ar manad", "ar och manad", "period ar",
        "fiscal period", "accounting period", "posting period", "fiscal month", "period name",
        "posting date", "periodo", "mes",
    ),
    "ansvar": (
        "ansvar", "ansv", "ansvarskod", "ansvarsnummer", "ansvarsnr", "ansvar kod",
        "kostnadsstalle", "kst", "resultatenhet", "responsibility", "cost center", "cost centre",
        "costcenter", "costcentre", "cost center code", "cost centre code", "responsibility center",
        "responsibility centre", "centro de costo", "centro de costos",
    ),
    "ansvar_name": (
        "ansvarsnamn", "ansvar namn", "ansvar text", "ansvar txt", "ansvar benamning",
        "ansvarsbenamning", "kostnadsstalle namn", "kostnadsstallenamn", "kst namn", "kst text",
        "responsibility name", "cost center name",
    ),
    "verksamhet": ("verksamhet", "vht", "verks", "verksamhetskod", "verksamhet kod", "activity"),
    "verksamhet_name": (
        "verksamhetsnamn", "verksamhet namn", "verksamhet text", "vht namn", "vht text",
        "verksamhet benamning", "activity name",
    ),
    "forvaltning": (
        "forvaltning", "omrade", "forvaltningsomrade", "forvaltning omrade", "division",
        "verksamhetsomrade", "department", "dept", "department name", "departamento",
    ),
    "committee": ("namnd", "namnden", "committee", "namnd styrelse", "styrelse namnd"),
    "konto": ("konto", "kto", "kontonummer", "kontonr", "account", "baskonto", "konto kod",
              "account code", "account number", "account no", "gl account", "object code",
              "cuenta"),
    "konto_name": (
        "kontonamn", "konto namn", "konto text", "kto text", "kontobenamning", "konto benamning",
        "kontotext", "account name", "account description", "account text",
        "descripcion",
    ),
    "kostnadsslag": (
        "kostnadsslag", "kostnads intaktsslag", "intakts kostnadsslag", "kostnadsslag intaktsslag",
        "cost type", "kontogrupp", "kostnadsslagsgrupp",
    ),
    "rr_line": (
        "resultatrakningsrad", "resultatrakning", "rr rad", "rr", "income statement line",
        "rr post", "resultatrakningspost",
    ),
    # a fund (US budgets) is a financing dimension of its own: kept like a project code, so
    # rows that differ only in fund are never summed together
    "projekt": ("projekt", "proj", "projektnummer", "projektnr", "project", "project code",
                "fund", "fund code", "fondo"),
    "motpart": ("motpart", "mot", "motp", "motpartskod", "counterparty"),
    "version": ("budgetversion", "version", "budget version"),
    "measure": ("matt", "typ", "beloppstyp", "belopptyp", "measure", "dataserie", "serie"),
    "amount": ("belopp", "amount", "varde", "value", "summa belopp", "amt", "net amount",
               "monto", "importe"),
    "budget": ("budget", "bud", "budgetbelopp", "periodbudget", "budget period", "plan",
               "adopted budget", "approved budget", "original budget", "presupuesto"),
    "utfall": (
        "utfall", "bokfort", "redovisat", "utfall period", "actual", "actuals", "outcome",
        "verkligt", "bokfort belopp", "actual amount", "ejecutado", "ejecucion",
    ),
    "prognos": ("prognos", "helarsprognos", "forecast", "prognos helar", "arsprognos"),
}  # fmt: skip

# Headers with these words describe derived figures that would count money twice.
IGNORED_WORDS = {
    "ack", "ackumulerat", "ackumulerad", "avvikelse", "avv", "diff", "differens", "fg",
    "foregaende", "andel", "procent", "ytd", "helar", "arsbudget", "kvar",
}  # fmt: skip
UNIT_WORDS = {"tkr": 1000, "mnkr": 1_000_000, "kr": 1, "sek": 1, "ksek": 1000, "msek": 1_000_000}

MEASURE_VALUES = {
    alias: role for role in AMOUNT_ROLES for alias in (role, *ALIASES[role])
}  # "bokfort" -> "utfall"

_ALIAS_LOOKUP = {alias: role for role, aliases in ALIASES.items() for alias in aliases}
_MAX_ALIAS_WORDS = max(len(a.split()) for a in _ALIAS_LOOKUP)


@dataclass(frozen=True)
class ColumnMatch:
    """What one header cell means."""

    role: str | None  # a role, IGNORED, or None when unknown
    unit_factor: int | None = None  # 1000 when the header says tkr


def match_header(text: object) -> ColumnMatch:
    """The role a header text names, with a unit when it states one."""
    words = normalise_header(text).split()
    if not words:
        return ColumnMatch(None)
    unit = next((UNIT_WORDS[w] for w in words if w in UNIT_WORDS), None)
    core = [w for w in words if w not in UNIT_WORDS and w not in {"i"}]
    while len(core) > 1 and _LEADING_YEAR.fullmatch(core[0]):  # "2023 Actual", "FY2024 Budget"
        after_year = match_header(" ".join(core[1:]))
        if after_year.role in AMOUNT_ROLES:
            return ColumnMatch(after_year.role, unit or after_year.unit_factor)
        break
    if not core:
        return ColumnMatch(None, unit)
    # the longest alias the header starts with wins: "konto text" before "konto"
    for n in range(min(_MAX_ALIAS_WORDS, len(core)), 0, -1):
        role = _ALIAS_LOOKUP.get(" ".join(core[:n]))
        if role:
            rest = set(core[n:])
            if rest & IGNORED_WORDS or (role not in AMOUNT_ROLES and rest & {"ack"}):
                return ColumnMatch(IGNORED, unit)
            if role in AMOUNT_ROLES and rest and not rest <= _AMOUNT_QUALIFIERS:
                return ColumnMatch(IGNORED, unit)
            return ColumnMatch(role, unit)
    if set(core) & IGNORED_WORDS:
        return ColumnMatch(IGNORED, unit)
    return ColumnMatch(None, unit)


_LEADING_YEAR = re.compile(r"(?:fy)?(?:19|20)\d\d")

# Words that may follow an amount header without changing its meaning: "Budget 2020", "Utfall
# period", "Prognos helår" (a year-end forecast is what we store).
_AMOUNT_QUALIFIERS = {"period", "belopp", "manad", "helar", "ar"} | {
    str(y) for y in range(1990, 2101)
}


@dataclass
class HeaderGuess:
    """The header row and the role of each column (keys are positions in the sheet's cells)."""

    row: int
    roles: dict[int, str]
    units: dict[int, int] = field(default_factory=dict)
    headers: dict[int, str] = field(default_factory=dict)
    ignored: list[int] = field(default_factory=list)
    duplicates: dict[str, list[int]] = field(default_factory=dict)
    by_content: list[int] = field(default_factory=list)  # columns recognised by their values

    @property
    def score(self) -> int:
        return len(set(self.roles.values()))


_NAME_FOR_CODE = {"ansvar": "ansvar_name", "konto": "konto_name", "verksamhet": "verksamhet_name"}


def guess_header(cells: pd.DataFrame, search_rows: int = HEADER_SEARCH_ROWS) -> HeaderGuess | None:
    """The row among the first ones that names the most roles, or None when none names two."""
    best: HeaderGuess | None = None
    for row in range(min(search_rows, len(cells))):
        guess = header_from_row(cells, row)
        if guess.score >= 2 and (best is None or guess.score > best.score):
            best = guess
    if best is not None:
        roles_by_content(cells, best)
    return best


CONTENT_SAMPLE_ROWS = 200


def roles_by_content(cells: pd.DataFrame, guess: HeaderGuess) -> None:
    """Give a column under an unknown header the role its values show: periods ("2020M05",
    "2020-05", month names, dates) or years, when no column has that role yet."""
    from analytics.ingest.values import parse_period  # values imports nothing from here

    taken = set(guess.roles.values())
    sample = cells.iloc[guess.row + 1 : guess.row + 1 + CONTENT_SAMPLE_ROWS]
    for col in range(cells.shape[1]):
        if col in guess.roles or col in guess.ignored:
            continue
        values = [str(v).strip() for v in sample[col].dropna() if str(v).strip()]
        distinct = set(values)
        if len(values) < 1 or len(distinct) > 36:
            continue
        if "year" not in taken and all(_YEAR_VALUE.fullmatch(v) for v in distinct):
            role = "year"
        elif "period" not in taken and all(_looks_like_period(v, parse_period) for v in distinct):
            role = "period"
        else:
            continue
        guess.roles[col] = role
        guess.by_content.append(col)
        taken.add(role)


_YEAR_VALUE = re.compile(r"(?:19[9]\d|20\d\d)(?:\.0+)?")
_SERIAL = re.compile(r"\d{5}(?:\.0+)?")


def _looks_like_period(
    value: str, parse_period: Callable[[str], tuple[int | None, int] | None]
) -> bool:
    """A period with its year or a month name; never a bare 1–12 or a 5-digit number, which
    may as well be codes or amounts."""
    if _SERIAL.fullmatch(value) or (value.isdigit() and len(value) <= 2):
        return False
    found = parse_period(value)
    return found is not None and (found[0] is not None or not any(c.isdigit() for c in value))


def header_from_row(cells: pd.DataFrame, row: int) -> HeaderGuess:
    """Read one row as a header: roles, units, ignored and duplicated columns."""
    guess = HeaderGuess(row=row, roles={})
    seen: dict[str, list[int]] = {}
    for col in range(cells.shape[1]):
        raw = cells.iat[row, col]
        if raw is None or raw is pd.NA or (isinstance(raw, float) and pd.isna(raw)):
            continue
        guess.headers[col] = str(raw).strip()
        match = match_header(raw)
        if match.unit_factor:
            guess.units[col] = match.unit_factor
        if match.role == IGNORED:
            guess.ignored.append(col)
        elif match.role:
            seen.setdefault(match.role, []).append(col)
    for role, cols in seen.items():
        guess.roles[cols[0]] = role
        if len(cols) == 2 and role in _NAME_FOR_CODE and _NAME_FOR_CODE[role] not in seen:
            # "Konto | Konto": the second is the account's name, as many exports print it
            guess.roles[cols[1]] = _NAME_FOR_CODE[role]
        elif len(cols) > 1:
            guess.duplicates[role] = cols
    return guess


def header_signature(headers: list[str]) -> str:
    """A file shape's fingerprint: its normalised header texts in order."""
    return "|".join(normalise_header(h) for h in headers if normalise_header(h))


def apply_profile(cells: pd.DataFrame, mapping: dict[str, str]) -> HeaderGuess | None:
    """Find the header row by a saved profile (header text → role) and apply its roles."""
    wanted = {normalise_header(h): role for h, role in mapping.items() if role}
    best: HeaderGuess | None = None
    for row in range(min(HEADER_SEARCH_ROWS, len(cells))):
        guess = header_from_row(cells, row)
        roles = {
            col: wanted[normalise_header(text)]
            for col, text in guess.headers.items()
            if normalise_header(text) in wanted and wanted[normalise_header(text)] != IGNORED
        }
        if roles and (best is None or len(roles) > len(best.roles)):
            guess.roles = roles
            guess.duplicates = {}
            guess.ignored = [c for c in guess.headers if c not in roles]
            best = guess
    return best
