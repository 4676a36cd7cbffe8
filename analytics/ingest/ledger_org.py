"""The organisation and chart of accounts a ledger file states beside its amounts.

A ledger with a nämnd column places its ansvar; names and cost types add to what the registers
know. Two parents for one ansvar in one year are refused here, naming the rows, because keeping
one would put the other rows' money under the wrong parent.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from analytics.ingest.grouping import distinct_rows
from analytics.ingest.problems import Problem
from analytics.ingest.sheets import SheetData
from analytics.ingest.values import split_code_and_name

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


ORG_ROLES = ("ansvar_name", "verksamhet", "verksamhet_name", "forvaltning", "committee")
# Where an ansvar sits: two of these for one ansvar in one year cannot both be stored.
PARENTS = (("committee", "committee"), ("forvaltning", "forvaltning"), ("verksamhet", "verksamhet"))
NAMES = (("ansvar_name", "ansvar_name"), ("verksamhet_name", "verksamhet_name"))


def org_from_file(
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
    org = org_frame(data.subset(once), year[once], ansvar[once], ansvar_from_cell[once])
    return dedupe_org(data, org, problems)


def org_frame(
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


def accounts_from_file(
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
