"""Turning a ledger export's data rows into facts: year, period, ansvar, konto, measure, öre.

Pure: no database here. What the file says about the organisation (a nämnd column, names) and
the chart of accounts comes out beside the facts, for the importer to check against the
registers and to store in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analytics.common.formatting import format_number
from analytics.common.text import normalise_header
from analytics.ingest.columns import AMOUNT_ROLES, MEASURE_VALUES, UNIT_WORDS
from analytics.ingest.grouping import all_distinct, distinct_rows, key_codes, sum_by_key
from analytics.ingest.options import ImportOptions
from analytics.ingest.problems import Problem
from analytics.ingest.reconcile import (
    NO_MEASURE,
    MergedRows,
    Reconciliation,
    SkippedRow,
    reconcile,
)
from analytics.ingest.sheets import SUBTOTAL_WORDS, SheetData
from analytics.ingest.subtotals import SUBTOTAL, USER, classify_candidates, run_sum_above
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

    ansvar_text, konto_text = data.text("ansvar"), data.text("konto")
    assert ansvar_text is not None and konto_text is not None
    ansvar, ansvar_from_cell = split_code_and_name(ansvar_text)
    konto, konto_from_cell = split_code_and_name(konto_text)
    frames = _amount_frames(data, options, problems)
    no_ansvar, no_konto = _no_key_of_its_own(ansvar), _no_key_of_its_own(konto)
    candidate = no_ansvar | no_konto
    user_rows = pd.Series(np.isin(data.excel_rows, list(options.skip_rows)), index=data.rows.index)
    skipped_mask, unproven = _skipped_rows(data, frames, candidate, user_rows, no_konto, out)
    if skipped_mask.any() or unproven.any():  # unproven rows are errors already: not parsed on
        keep = ~(skipped_mask | unproven)
        data = data.subset(keep.to_numpy())
        ansvar, ansvar_from_cell = ansvar[keep], ansvar_from_cell[keep]
        konto, konto_from_cell = konto[keep], konto_from_cell[keep]
        kept_frames = [(m, ore[keep], rows[keep]) for m, ore, rows in frames]
    else:
        kept_frames = frames
    if data.has("measure"):
        _check_measures(data, kept_frames, problems)
    if not data.has("period") and options.period is None:
        for measure, ore, rows in kept_frames:
            has = ore.notna() & rows
            if measure != "budget" and has.any():
                problems.append(data.problem("period_required", has, measure, measure=measure))
                break
    year, period = _years_and_periods(data, options, problems)
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
    stored: dict[str, int] = {}  # öre per measure in the file's sign, as the facts will hold
    for measure, ore, row_mask in kept_frames:
        valid = ore.notna() & row_mask
        if not valid.any():
            continue
        stored[measure] = stored.get(measure, 0) + int(ore[valid].sum())
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
                "row": data.excel_rows,
            }
        )[valid.to_numpy()]
        parts.append(part)
    facts = (
        pd.concat(parts, ignore_index=True)
        if parts
        else pd.DataFrame(columns=[*FACT_COLUMNS, "row"])
    )
    measures = [part["measure"].iat[0] for part in parts]
    if len(facts):
        if not distinct or len(set(measures)) < len(measures):
            out.merged = _merged(data, facts)
            facts = sum_by_key(facts, FACT_KEY, "amount_ore")
        facts["amount_ore"] = facts["amount_ore"].astype("int64")
        facts["year"] = facts["year"].astype("int64")
        facts["period"] = facts["period"].astype("int64")
    out.facts = facts[FACT_COLUMNS]
    out.reconciliation = reconcile(data.sheet.name, frames, skipped_mask, stored)
    # what the facts hold (summed rows included) must be what was read: a bug, never the file
    held = int(facts["amount_ore"].sum()) * sign if len(facts) else 0
    if held != sum(stored.values()) or not all(r.closes for r in out.reconciliation):
        problems.append(data.problem("reconciliation_failed"))
    out.row_keys = pd.DataFrame(
        {"row": data.excel_rows, "year": year.to_numpy(), "ansvar": ansvar, "konto": konto}
    )
    out.org = _org_from_file(data, year, ansvar, ansvar_from_cell, problems)
    out.accounts = _accounts_from_file(data, konto, konto_from_cell)
    return out


def _no_key_of_its_own(codes: pd.Series) -> pd.Series:
    """Rows whose key cell is empty or a "Summa …"/"Totalt" label rather than a code. The
    word is looked for in the code part only: "4010 Löner totalt" has the code 4010."""
    found, uniques = pd.factorize(codes, use_na_sentinel=True)
    label = np.array([bool(SUBTOTAL_WORDS.search(str(u))) for u in uniques] + [True])
    return pd.Series(label[found], index=codes.index)


UNPROVEN_DETAILED = 20  # unproven rows explained one by one; the rest listed in one problem


def _skipped_rows(
    data: SheetData,
    frames: list[tuple[str, pd.Series, pd.Series]],
    candidate: pd.Series,
    user_rows: pd.Series,
    no_konto: pd.Series,
    out: ParsedSheet,
) -> tuple[pd.Series, pd.Series]:
    """The rows not stored, each listed in `out.skipped`, and the unproven subtotals (each a
    problem in `out.problems`). Linear in the rows: a file of a million keyless rows is
    refused as fast as it is read."""
    columns = _amount_columns(frames)
    if not (candidate.any() or user_rows.any()):
        none = pd.Series(False, index=data.rows.index)
        return none, none
    amounts = np.column_stack([ore.fillna(0).to_numpy(dtype=np.int64) for ore in columns])
    present = np.column_stack([ore.notna().to_numpy() for ore in columns])
    cand = candidate.to_numpy() | user_rows.to_numpy()
    verdicts = classify_candidates(amounts, present, cand)
    users = user_rows.to_numpy()
    reasons = [USER if users[v.position] else v.reason for v in verdicts]
    kept = [(v, r) for v, r in zip(verdicts, reasons, strict=True) if r is not None]
    unproven = [v.position for v, r in zip(verdicts, reasons, strict=True) if r is None]
    positions = [v.position for v, _ in kept]
    texts = _row_texts(data, positions)
    measures = _row_amounts(frames, positions)
    rows = data.excel_rows
    for k, (verdict, reason) in enumerate(kept):
        closes = (
            (int(rows[verdict.closes[0]]), int(rows[verdict.closes[1]]))
            if verdict.closes and reason == SUBTOTAL
            else None
        )
        out.skipped.append(
            SkippedRow(
                data.sheet.name, int(rows[verdict.position]), reason, texts[k], measures[k], closes
            )
        )
    unproven_texts = _row_texts(data, unproven[:UNPROVEN_DETAILED])
    for i, text in zip(unproven[:UNPROVEN_DETAILED], unproven_texts, strict=True):
        above = run_sum_above(amounts, cand, i)
        mask = pd.Series(False, index=data.rows.index)
        mask.iloc[i] = True
        missing = "konto" if no_konto.iat[i] else "ansvar"
        out.problems.append(
            data.problem(
                "unproven_subtotal",
                mask,
                missing,
                role_name=missing,
                text=text or "—",
                stated=_amounts_text(amounts[i], present[i]),
                summed=_amounts_text(above, present[i]),
                row=int(rows[i]),
            )
        )
    if len(unproven) > UNPROVEN_DETAILED:
        rest = pd.Series(False, index=data.rows.index)
        rest.iloc[unproven[UNPROVEN_DETAILED:]] = True
        out.problems.append(
            data.problem("unproven_subtotal_more", rest, n=len(unproven) - UNPROVEN_DETAILED)
        )
    skipped = np.zeros(len(data.rows), dtype=bool)
    skipped[positions] = True
    out.subtotal_rows = int(skipped.sum())
    unproven_mask = np.zeros(len(data.rows), dtype=bool)
    unproven_mask[unproven] = True
    index = data.rows.index
    return pd.Series(skipped, index=index), pd.Series(unproven_mask, index=index)


def _amounts_text(values: np.ndarray, used: np.ndarray) -> str:
    return ", ".join(
        format_number(Decimal(int(v)) / 100, 2) for v, u in zip(values, used, strict=True) if u
    )


def _amount_columns(frames: list[tuple[str, pd.Series, pd.Series]]) -> list[pd.Series]:
    """Each amount column once (a long layout's one column serves every measure)."""
    seen: dict[int, pd.Series] = {}
    for _, ore, _ in frames:
        seen.setdefault(id(ore), ore)
    return list(seen.values())


def _row_amounts(
    frames: list[tuple[str, pd.Series, pd.Series]], positions: list[int]
) -> list[dict[str, int]]:
    """Öre per measure of each row at `positions` (a long layout's row without a measure under
    NO_MEASURE)."""
    out: list[dict[str, int]] = [{} for _ in positions]
    taken = np.asarray(positions, dtype=np.int64)
    for measure, ore, rows in frames:
        values = ore.to_numpy(dtype=object, na_value=None)[taken]
        mine = rows.to_numpy(dtype=bool)[taken]
        for k, (value, is_mine) in enumerate(zip(values, mine, strict=True)):
            if value is not None and is_mine:
                out[k][measure] = out[k].get(measure, 0) + int(value)
    for column in _amount_columns(frames):  # a long layout's row without a measure
        values = column.to_numpy(dtype=object, na_value=None)[taken]
        for k, value in enumerate(values):
            if not out[k] and value is not None:
                out[k][NO_MEASURE] = int(value)
    return out


def _row_texts(data: SheetData, positions: list[int]) -> list[str]:
    """The text cells (not the amounts) of the rows at `positions`, as the user reads them."""
    if not positions:
        return []
    amount_cols = {c for c, r in data.guess.roles.items() if r in AMOUNT_ROLES or r == "amount"}
    cells = data.rows.iloc[
        positions, [c for c in range(data.rows.shape[1]) if c not in amount_cols]
    ]
    return [
        " · ".join(str(v).strip() for v in row if pd.notna(v) and str(v).strip())[:120]
        for row in cells.itertuples(index=False, name=None)
    ]


def _check_measures(
    data: SheetData, frames: list[tuple[str, pd.Series, pd.Series]], problems: list[Problem]
) -> None:
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
) -> list[tuple[str, pd.Series, pd.Series]]:
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


ORG_ROLES = ("ansvar_name", "verksamhet", "verksamhet_name", "forvaltning", "committee")
# Where an ansvar sits: two of these for one ansvar in one year cannot both be stored.
PARENTS = (("committee", "committee"), ("forvaltning", "forvaltning"), ("verksamhet", "verksamhet"))
NAMES = (("ansvar_name", "ansvar_name"), ("verksamhet_name", "verksamhet_name"))


def _org_from_file(
    data: SheetData,
    year: pd.Series,
    ansvar: pd.Series,
    ansvar_from_cell: pd.Series,
    problems: list[Problem],
) -> pd.DataFrame:
    """The organisation the file states, one row per year and ansvar.

    A ledger with a nämnd column places its ansvar; one with only names or a verksamhet column
    (committee empty) adds those to ansvar the registers already know. Nothing the rows give is
    dropped: conflicting parents are refused by `dedupe_org`.
    """
    if not any(data.has(r) for r in ORG_ROLES) and ansvar_from_cell.isna().all():
        return pd.DataFrame(columns=ORG_COLUMNS)
    if data.has("committee"):
        committee = data.text("committee")
        assert committee is not None
        if committee.isna().any():
            problems.append(data.problem("missing_committee", committee.isna(), "committee"))
    # The organisation of each distinct (year, ansvar cell, organisation cells) once: a
    # million rows hold a few thousand; a conflict names the first row of each value.
    texts = {r: data.text(r) for r in ("ansvar", *ORG_ROLES) if data.has(r)}
    _, first = distinct_rows(pd.DataFrame({"year": year, **texts}), ["year", *texts])
    once = np.zeros(len(data.rows), dtype=bool)
    once[first] = True
    org = _org_frame(data.subset(once), year[once], ansvar[once], ansvar_from_cell[once])
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
    """One row per (year, ansvar).

    An ansvar placed under two nämnder, förvaltningar or verksamheter in one year is refused,
    naming the rows: keeping one would put the other rows' money under the wrong parent. Two
    names for one ansvar are a warning naming the rows and the name kept.
    """
    org = org.dropna(subset=["year", "ansvar"])
    # each distinct combination once: a million rows hold a few thousand
    stated = ["year", "ansvar", *(c for c in ORG_COLUMNS[2:] if org[c].notna().any())]
    _, first = distinct_rows(org, stated)
    distinct = org.iloc[np.sort(first)]
    for column, role in PARENTS:
        _conflicts(data, org, distinct, column, role, "org_conflict", problems)
    for column, role in NAMES:
        _conflicts(data, org, distinct, column, role, "org_name_conflict", problems)
    org = distinct.groupby(["year", "ansvar"], sort=False, as_index=False).first()
    org["year"] = org["year"].astype("int64")
    return org[ORG_COLUMNS].reset_index(drop=True)


def _conflicts(
    data: SheetData,
    org: pd.DataFrame,
    distinct: pd.DataFrame,
    column: str,
    role: str,
    code: str,
    problems: list[Problem],
) -> None:
    """A problem per ansvar whose rows give `column` more than one value in one year (counted
    on the distinct rows; the sheet rows are looked up only for a conflict)."""
    counts = distinct.dropna(subset=[column]).groupby(["year", "ansvar"])[column].nunique()
    clashing = counts[counts > 1]
    if clashing.empty:
        return
    present = org.dropna(subset=[column])
    for year, code_value in list(clashing.index)[:20]:
        rows = present[(present["year"] == year) & (present["ansvar"] == code_value)]
        values = list(dict.fromkeys(rows[column].tolist()))
        mask = pd.Series(False, index=data.rows.index)
        mask[rows.index] = True
        problem = data.problem(
            code,
            mask,
            role,
            ansvar=code_value,
            year=int(year),
            role_name=role,
            values=", ".join(str(v) for v in values[:4]),
            kept=str(values[0]),
        )
        problems.append(problem if code == "org_conflict" else replace(problem, severity="warning"))
    if len(clashing) > 20:
        more = data.problem("org_conflict_more", n=len(clashing) - 20)
        problems.append(more if code == "org_conflict" else replace(more, severity="warning"))


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
