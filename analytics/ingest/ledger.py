"""Turning a ledger export's data rows into facts: year, period, ansvar, konto, measure, öre.

Pure: no database here. What the file says about the organisation (a nämnd column, names) and
the chart of accounts comes out beside the facts, for the importer to check against the
registers and to store in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analytics.common.text import normalise_header
from analytics.ingest.columns import AMOUNT_ROLES, MEASURE_VALUES, UNIT_WORDS
from analytics.ingest.grouping import all_distinct, key_codes, sum_by_key
from analytics.ingest.ledger_org import (
    ACCOUNT_COLUMNS,
    ORG_COLUMNS,
    accounts_from_file,
    org_from_file,
)
from analytics.ingest.ledger_skips import AmountFrames, no_key_of_its_own, skipped_rows
from analytics.ingest.options import ImportOptions
from analytics.ingest.problems import Problem
from analytics.ingest.reconcile import MergedRows, Reconciliation, SkippedRow, reconcile
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
    merged: MergedRows | None = None
    skipped: list[SkippedRow] = field(default_factory=list)
    reconciliation: list[Reconciliation] = field(default_factory=list)
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
        blank_rows=data.blank_rows,
    )


def parse_ledger(data: SheetData, options: ImportOptions) -> ParsedSheet:
    """Facts, organisation and accounts from a ledger sheet, with every problem located.

    Every row is accounted for: stored as a fact, or skipped as a proven subtotal, a text row
    or a row the user excluded (each listed with its amounts), and the sheet's reconciliation
    per measure closes to the öre.
    """
    out = started("ledger", data)
    problems = out.problems
    if not _has_structure(data, problems):
        return out
    ansvar_text, konto_text = data.text("ansvar"), data.text("konto")
    assert ansvar_text is not None and konto_text is not None
    ansvar, ansvar_from_cell = split_code_and_name(ansvar_text)
    konto, konto_from_cell = split_code_and_name(konto_text)
    frames = _amount_frames(data, options, problems)
    no_ansvar, no_konto = no_key_of_its_own(ansvar), no_key_of_its_own(konto)
    user_rows = pd.Series(np.isin(data.excel_rows, list(options.skip_rows)), index=data.rows.index)
    skips = skipped_rows(data, frames, no_ansvar | no_konto, user_rows, no_konto)
    out.skipped, out.subtotal_rows = skips.rows, int(skips.skipped.sum())
    problems.extend(skips.problems)
    kept_frames = frames
    if skips.skipped.any() or skips.unproven.any():  # unproven rows are errors already
        keep = ~(skips.skipped | skips.unproven)
        data = data.subset(keep.to_numpy())
        ansvar, ansvar_from_cell = ansvar[keep], ansvar_from_cell[keep]
        konto, konto_from_cell = konto[keep], konto_from_cell[keep]
        kept_frames = [(m, ore[keep], rows[keep]) for m, ore, rows in frames]
    if data.has("measure"):
        _check_measures(data, kept_frames, problems)
    _check_periods(data, options, kept_frames, problems)
    year, period = _years_and_periods(data, options, problems)
    if problems:
        return out
    keys = pd.DataFrame(
        {
            "year": year,
            "period": period,
            "ansvar": ansvar,
            "konto": konto,
            "projekt": _optional_code(data, "projekt"),
            "motpart": _optional_code(data, "motpart"),
        }
    )
    sign = -1 if options.sign == "result" else 1
    facts, stored, out.merged = _facts(data, options, keys, kept_frames, sign)
    out.facts = facts[FACT_COLUMNS]
    out.reconciliation = reconcile(data.sheet.name, frames, skips.skipped, stored)
    # what the facts hold (summed rows included) must be what was read: a bug, never the file
    held = int(facts["amount_ore"].sum()) * sign if len(facts) else 0
    if held != sum(stored.values()) or not all(r.closes for r in out.reconciliation):
        problems.append(data.problem("reconciliation_failed"))
    out.row_keys = pd.DataFrame(
        {"row": data.excel_rows, "year": year.to_numpy(), "ansvar": ansvar, "konto": konto}
    )
    out.org = org_from_file(data, year, ansvar, ansvar_from_cell, problems)
    out.accounts = accounts_from_file(data, konto, konto_from_cell)
    return out


def _has_structure(data: SheetData, problems: list[Problem]) -> bool:
    """Whether the sheet has the columns a ledger needs and any data rows (a problem if not)."""
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
        return False
    if not len(data.rows):
        problems.append(data.problem("no_data_rows"))
        return False
    return True


def _check_periods(
    data: SheetData, options: ImportOptions, frames: AmountFrames, problems: list[Problem]
) -> None:
    """Outcome and forecasts are monthly: without a period column or option, refuse them."""
    if data.has("period") or options.period is not None:
        return
    for measure, ore, rows in frames:
        has = ore.notna() & rows
        if measure != "budget" and has.any():
            problems.append(data.problem("period_required", has, measure, measure=measure))
            return


def _facts(
    data: SheetData,
    options: ImportOptions,
    keys: pd.DataFrame,
    frames: AmountFrames,
    sign: int,
) -> tuple[pd.DataFrame, dict[str, int], MergedRows | None]:
    """The facts (with their sheet row), the öre stored per measure in the file's sign, and
    which rows were summed because they share every key.

    Rows with equal keys are summed. When every row's key is distinct and no measure comes
    from two columns (an export's usual shape), no two facts can share a key: the costly
    grouping of eight columns at twice the rows is skipped.
    """
    distinct = all_distinct(keys, list(keys.columns))
    parts = []
    stored: dict[str, int] = {}
    for measure, ore, row_mask in frames:
        valid = ore.notna() & row_mask
        if not valid.any():
            continue
        stored[measure] = stored.get(measure, 0) + int(ore[valid].sum())
        part = keys.assign(
            measure=measure,
            version=_versions(data, options, keys["year"], ore.index)
            if measure == "budget"
            else pd.Series("", index=ore.index, dtype="string"),
            amount_ore=ore * sign,
            row=data.excel_rows,
        )
        parts.append(part[valid.to_numpy()])
    if not parts:
        return pd.DataFrame(columns=[*FACT_COLUMNS, "row"]), stored, None
    facts = pd.concat(parts, ignore_index=True)
    measures = [part["measure"].iat[0] for part in parts]
    merged = None
    if not distinct or len(set(measures)) < len(measures):
        merged = _merged(data, facts)
        facts = sum_by_key(facts, FACT_KEY, "amount_ore")
    return facts.astype({"amount_ore": "int64", "year": "int64", "period": "int64"}), stored, merged


def _versions(
    data: SheetData, options: ImportOptions, year: pd.Series, index: pd.Index
) -> pd.Series:
    """The budget version per row: the version column, else the option, else "Budget <year>"."""
    version_text = data.text("version")
    version = (
        version_text.copy()
        if version_text is not None
        else pd.Series(pd.NA, index=index, dtype="string")
    )
    if options.version:
        version = version.fillna(options.version)
    if version.isna().any():
        version = version.fillna(_budget_names(year))
    return version


def _check_measures(data: SheetData, frames: AmountFrames, problems: list[Problem]) -> None:
    """In a long layout, every stored row's measure must be known."""
    measure_text = data.text("measure")
    assert measure_text is not None
    known = pd.Series(False, index=data.rows.index)
    has = pd.Series(False, index=data.rows.index)
    for _, ore, rows in frames:
        known |= rows
        has |= ore.notna()
    unknown = ~known & has
    if unknown.any():
        problems.append(
            data.problem(
                "bad_measure",
                unknown,
                "measure",
                values=", ".join(sorted(set(measure_text[unknown].dropna()))[:5]) or "—",
            )
        )


def _merged(data: SheetData, facts: pd.DataFrame) -> MergedRows:
    """How many rows shared every key of a fact, and the sheet rows of the first such groups."""
    codes = key_codes(facts, FACT_KEY)
    _, inverse, counts = np.unique(codes, return_inverse=True, return_counts=True)
    shared = counts[inverse] > 1
    examples: list[tuple[int, ...]] = []
    if shared.any():
        rows = facts["row"].to_numpy()[shared]
        groups = inverse[shared]
        for g in list(dict.fromkeys(groups.tolist()))[:5]:
            examples.append(tuple(sorted({int(r) for r in rows[groups == g]})))
    merged_facts = int((counts > 1).sum())
    return MergedRows(data.sheet.name, int(shared.sum()), merged_facts, tuple(examples))


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
    else:  # an annual amount, or the period the user gave a year-end outcome
        period = pd.Series(options.period or 0, index=index, dtype="Int64")
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
) -> AmountFrames:
    """(measure, öre per row in the file's sign, rows of that measure) for every amount
    column; a long layout's one amount column serves every measure by its measure cell."""
    frames = []
    all_rows = pd.Series(True, index=data.rows.index)
    for role in AMOUNT_ROLES:
        col = data.column(role)
        if col is None:
            continue
        ore, bad = parse_amounts_ore(data.rows[col], _unit_factor(data, options, col))
        if bad.any():
            problems.append(data.problem("bad_amount", bad, col))
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
        for role in AMOUNT_ROLES:
            frames.append((role, ore, (measure == role).fillna(False).astype(bool)))
    return frames
