"""Turning a ledger export's data rows into facts: year, period, ansvar, konto, measure, öre.

Pure: no database here. What the file says about the organisation (a nämnd column, names) and
the chart of accounts comes out beside the facts, for the importer to check against the
registers and to store in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analytics.formatting import format_number
from analytics.ingest.columns import AMOUNT_ROLES, MEASURE_VALUES, UNIT_WORDS, normalise_header
from analytics.ingest.grouping import all_distinct, sum_by_key
from analytics.ingest.options import ImportOptions
from analytics.ingest.problems import Problem
from analytics.ingest.sheets import SheetData
from analytics.ingest.values import (
    parse_amounts_ore,
    parse_periods,
    parse_years,
    split_code_and_name,
    years_in_text,
)

FACT_KEY = ["year", "period", "ansvar", "konto", "projekt", "motpart", "measure", "version"]
FACT_COLUMNS = [*FACT_KEY, "amount_ore"]
ORG_COLUMNS = [
    "year",
    "ansvar",
    "ansvar_name",
    "verksamhet",
    "verksamhet_name",
    "forvaltning",
    "committee",
]
ACCOUNT_COLUMNS = ["konto", "konto_name", "kostnadsslag", "rr_line"]


@dataclass
class ParsedSheet:
    """What one sheet contributes to an import."""

    kind: str
    file: str
    sheet: str
    facts: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=FACT_COLUMNS))
    org: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=ORG_COLUMNS))
    accounts: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=ACCOUNT_COLUMNS))
    rows_read: int = 0
    subtotal_rows: int = 0
    blank_rows: int = 0
    merged_rows: int = 0
    problems: list[Problem] = field(default_factory=list)
    # per data row: the sheet row number, year, ansvar and konto, to locate unknown codes later
    row_keys: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=["row", "year", "ansvar", "konto"])
    )


def started(kind: str, data: SheetData) -> ParsedSheet:
    """An empty result for a sheet, with the row counts its preparation found."""
    return ParsedSheet(
        kind,
        data.file,
        data.sheet.name,
        rows_read=len(data.rows),
        subtotal_rows=data.subtotal_rows,
        blank_rows=data.blank_rows,
    )


def parse_ledger(data: SheetData, options: ImportOptions) -> ParsedSheet:
    """Facts, organisation and accounts from a ledger sheet, with every problem located."""
    out = started("ledger", data)
    problems = out.problems
    for role, cols in data.guess.duplicates.items():
        problems.append(
            data.problem(
                "duplicate_role",
                role=cols[1],
                role_name=role,
                columns=", ".join(data.label(c) for c in cols),
            )
        )
    missing = [r for r in ("ansvar", "konto") if not data.has(r)]
    has_amount = any(data.has(r) for r in AMOUNT_ROLES) or (
        data.has("amount") and data.has("measure")
    )
    if data.has("amount") and not data.has("measure"):
        missing.append("measure")
    elif not has_amount:
        missing.append("amount")
    if missing:
        problems.append(data.problem("missing_role", roles=", ".join(missing)))
        return out
    if not len(data.rows):
        problems.append(data.problem("no_data_rows"))
        return out

    ansvar, ansvar_from_cell = split_code_and_name(data.text("ansvar"))
    konto, konto_from_cell = split_code_and_name(data.text("konto"))
    for role, codes in (("ansvar", ansvar), ("konto", konto)):
        if codes.isna().any():
            problems.append(data.problem("missing_code", codes.isna(), role, role_name=role))

    year, period = _years_and_periods(data, options, problems)
    frames = _amount_frames(data, options, problems)
    if problems:
        return out

    sign = -1 if options.sign == "result" else 1
    version_text = data.text("version")
    projekt, motpart = _optional_code(data, "projekt"), _optional_code(data, "motpart")
    # Rows with equal keys are summed. When every row's key is distinct and no measure comes
    # from two columns (an export's usual shape), no two facts can share a key: the costly
    # grouping of eight columns at twice the rows is skipped.
    distinct = all_distinct(
        pd.DataFrame({"y": year, "p": period, "a": ansvar, "k": konto, "j": projekt, "m": motpart}),
        ["y", "p", "a", "k", "j", "m"],
    )
    parts = []
    for measure, ore, row_mask in frames:
        valid = ore.notna() & row_mask
        if not valid.any():
            continue
        if measure == "budget":
            version = (
                version_text.copy()
                if version_text is not None
                else pd.Series(pd.NA, index=ore.index, dtype="string")
            )
            if options.version:
                version = version.fillna(options.version)
            if version.isna().any():
                version = version.fillna(_budget_names(year))
        else:
            version = pd.Series("", index=ore.index, dtype="string")
        part = pd.DataFrame(
            {
                "year": year,
                "period": period,
                "ansvar": ansvar,
                "konto": konto,
                "projekt": projekt,
                "motpart": motpart,
                "measure": measure,
                "version": version,
                "amount_ore": ore * sign,
            }
        )[valid.to_numpy()]
        parts.append(part)
    facts = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=FACT_COLUMNS)
    measures = [part["measure"].iat[0] for part in parts]
    if len(facts):
        if not distinct or len(set(measures)) < len(measures):
            before = len(facts)
            facts = sum_by_key(facts, FACT_KEY, "amount_ore")
            out.merged_rows = before - len(facts)
        facts["amount_ore"] = facts["amount_ore"].astype("int64")
        facts["year"] = facts["year"].astype("int64")
        facts["period"] = facts["period"].astype("int64")
    out.facts = facts[FACT_COLUMNS]
    out.row_keys = pd.DataFrame(
        {"row": data.excel_rows, "year": year.to_numpy(), "ansvar": ansvar, "konto": konto}
    )
    out.org = _org_from_file(data, year, ansvar, ansvar_from_cell, problems)
    out.accounts = _accounts_from_file(data, konto, konto_from_cell)
    if data.grand_total_row is not None:
        problems.extend(_check_grand_total(data, options, frames))
    return out


def _budget_names(year: pd.Series) -> pd.Series:
    """ "Budget 2025" per row, the name of a budget without a version column; built once per
    distinct year and taken per row (no string is concatenated a million times)."""
    codes, years = pd.factorize(year, use_na_sentinel=True)
    names = pa.array([f"Budget {y}" for y in years] + [None], type=pa.string())
    taken = pc.take(names, pa.array(np.where(codes < 0, len(years), codes)))
    return pd.Series(pd.arrays.ArrowStringArray(taken), index=year.index)


def _optional_code(data: SheetData, role: str) -> pd.Series:
    text = data.text(role)
    if text is None:
        return pd.Series("", index=data.rows.index, dtype="string")
    codes, _ = split_code_and_name(text)
    return codes.fillna("")


def _years_and_periods(
    data: SheetData, options: ImportOptions, problems: list[Problem]
) -> tuple[pd.Series, pd.Series]:
    """Year and period per row. Period 0 marks an annual amount (a budget without months)."""
    index = data.rows.index
    year = pd.Series(pd.NA, index=index, dtype="Int64")
    if data.has("period"):
        period_year, period, bad = parse_periods(data.text("period"))
        if bad.any():
            problems.append(data.problem("bad_period", bad, "period"))
        year = year.fillna(period_year)
    else:
        period = pd.Series(0, index=index, dtype="Int64")
    if data.has("year"):
        column_year, bad = parse_years(data.text("year"))
        if bad.any():
            problems.append(data.problem("bad_year", bad, "year"))
        conflict = year.notna() & column_year.notna() & (year != column_year)
        if conflict.any():
            problems.append(data.problem("year_conflict", conflict, "period"))
        year = column_year.fillna(year)
    if year.isna().any() and options.year:
        year = year.fillna(options.year)
    if year.isna().any():
        titled = years_in_text(data.titles)
        if len(titled) == 1:
            year = year.fillna(titled[0])
    if year.isna().any():
        problems.append(data.problem("year_unknown", year.isna()))
    return year, period


def _unit_factor(data: SheetData, options: ImportOptions, col: int) -> int:
    """kr per unit of an amount column: the header, then the option, then the title rows."""
    if col in data.guess.units:
        return data.guess.units[col]
    factor = options.unit_factor()
    if factor:
        return factor
    for title in data.titles:
        words = normalise_header(title).split()
        for word in ("mnkr", "msek", "tkr", "ksek"):
            if word in words:
                return UNIT_WORDS[word]
    return 1


def _amount_frames(
    data: SheetData, options: ImportOptions, problems: list[Problem]
) -> list[tuple[str, pd.Series, pd.Series]]:
    """(measure, öre per row, rows of that measure) for every amount column."""
    frames = []
    all_rows = pd.Series(True, index=data.rows.index)
    for role in AMOUNT_ROLES:
        col = data.column(role)
        if col is None:
            continue
        ore, bad = parse_amounts_ore(data.rows[col], _unit_factor(data, options, col))
        if bad.any():
            problems.append(data.problem("bad_amount", bad, col))
        if role != "budget" and not data.has("period"):
            has = ore.notna()
            if has.any():
                problems.append(data.problem("period_required", has, col, measure=role))
        frames.append((role, ore, all_rows))
    if data.has("amount") and data.has("measure"):
        col = data.column("amount")
        assert col is not None
        ore, bad = parse_amounts_ore(data.rows[col], _unit_factor(data, options, col))
        if bad.any():
            problems.append(data.problem("bad_amount", bad, col))
        measure_text = data.text("measure")
        assert measure_text is not None
        measure = measure_text.map(
            lambda v: MEASURE_VALUES.get(normalise_header(v)) if isinstance(v, str) else None
        )
        unknown = measure.isna() & ore.notna()
        if unknown.any():
            problems.append(
                data.problem(
                    "bad_measure",
                    unknown,
                    "measure",
                    values=", ".join(sorted(set(measure_text[unknown].dropna()))[:5]),
                )
            )
        for role in AMOUNT_ROLES:
            frames.append((role, ore, measure == role))
    return frames


def _org_from_file(
    data: SheetData,
    year: pd.Series,
    ansvar: pd.Series,
    ansvar_from_cell: pd.Series,
    problems: list[Problem],
) -> pd.DataFrame:
    """The organisation the file states (when it has a nämnd column), one row per year and ansvar."""
    if not data.has("committee"):
        return pd.DataFrame(columns=ORG_COLUMNS)
    org = _org_frame(data, year, ansvar, ansvar_from_cell)
    committee = org["committee"]
    if committee.isna().any():
        problems.append(data.problem("missing_committee", committee.isna(), "committee"))
    return dedupe_org(data, org, problems)


def _org_frame(
    data: SheetData, year: pd.Series, ansvar: pd.Series, ansvar_from_cell: pd.Series
) -> pd.DataFrame:
    """Organisation columns per data row, names split from "code name" cells where needed."""
    name_text = data.text("ansvar_name")
    verksamhet, verksamhet_from_cell = (
        split_code_and_name(data.text("verksamhet"))
        if data.has("verksamhet")
        else (pd.Series(pd.NA, index=data.rows.index, dtype="string"),) * 2
    )
    verksamhet_name = data.text("verksamhet_name")
    return pd.DataFrame(
        {
            "year": year,
            "ansvar": ansvar,
            "ansvar_name": name_text if name_text is not None else ansvar_from_cell,
            "verksamhet": verksamhet,
            "verksamhet_name": verksamhet_name
            if verksamhet_name is not None
            else verksamhet_from_cell,
            "forvaltning": data.text("forvaltning"),
            "committee": data.text("committee"),
        },
        index=data.rows.index,
    )


def dedupe_org(data: SheetData, org: pd.DataFrame, problems: list[Problem]) -> pd.DataFrame:
    """One row per (year, ansvar); an ansvar placed under two nämnder in one year is an error."""
    org = org.dropna(subset=["year", "ansvar", "committee"])
    counts = org.groupby(["year", "ansvar"])["committee"].nunique()
    clashing = counts[counts > 1]
    if len(clashing):
        keys = set(clashing.index)
        mask = pd.Series(
            [(y, a) in keys for y, a in zip(org["year"], org["ansvar"], strict=True)],
            index=org.index,
        )
        full = pd.Series(False, index=data.rows.index)
        full[mask[mask].index] = True
        problems.append(
            data.problem(
                "committee_conflict",
                full,
                "committee",
                codes=", ".join(sorted({a for _, a in keys})[:5]),
            )
        )
    org = org.drop_duplicates(subset=["year", "ansvar"], keep="first").copy()
    org["year"] = org["year"].astype("int64")
    return org[ORG_COLUMNS].reset_index(drop=True)


def _accounts_from_file(
    data: SheetData, konto: pd.Series, konto_from_cell: pd.Series
) -> pd.DataFrame:
    """Account names and cost types the file states, one row per konto."""
    name = data.text("konto_name")
    frame = pd.DataFrame(
        {
            "konto": konto,
            "konto_name": name if name is not None else konto_from_cell,
            "kostnadsslag": data.text("kostnadsslag"),
            "rr_line": pd.Series(pd.NA, index=data.rows.index, dtype="string"),
        }
    )
    frame = frame.dropna(subset=["konto"])
    frame = frame[frame[["konto_name", "kostnadsslag"]].notna().any(axis=1)]
    return frame.drop_duplicates(subset=["konto"], keep="first").reset_index(drop=True)


def _check_grand_total(
    data: SheetData, options: ImportOptions, frames: list[tuple[str, pd.Series, pd.Series]]
) -> list[Problem]:
    """Compare the file's own "Totalt" row with the sum of its data rows, per amount column."""
    row = data.grand_total_row
    assert row is not None
    problems = []
    for role in AMOUNT_ROLES:
        col = data.column(role)
        if col is None or pd.isna(row[col]):
            continue
        stated, bad = parse_amounts_ore(pd.Series([row[col]]), _unit_factor(data, options, col))
        if bad.any() or stated.isna().any():
            continue
        ore = next(o for r, o, _ in frames if r == role)
        summed = int(ore.fillna(0).sum())
        if int(stated.iloc[0]) != summed:
            problems.append(
                Problem(
                    "total_mismatch",
                    data.file,
                    data.sheet.name,
                    column=data.label(col),
                    params={
                        "stated": format_number(Decimal(int(stated.iloc[0])) / 100, 2),
                        "summed": format_number(Decimal(summed) / 100, 2),
                    },
                    severity="warning",
                )
            )
    return problems
