"""The checks an import makes against what the database already knows: every ansvar and konto
known (from the registers or the file itself), one placement per ansvar across sheets, account
renames announced, and the accounts the facts need completed from the chart of accounts."""

from __future__ import annotations

import duckdb
import numpy as np
import pandas as pd

from analytics.ingest.grouping import distinct_rows
from analytics.ingest.ledger import ParsedSheet
from analytics.ingest.ledger_org import ACCOUNT_COLUMNS
from analytics.ingest.problems import Problem
from analytics.result.income_statement import line_for_account
from analytics.storage import import_log


def validate_codes(
    con: duckdb.DuckDBPyConnection,
    name: str,
    parsed: list[ParsedSheet],
    org: pd.DataFrame,
    accounts: pd.DataFrame,
) -> list[Problem]:
    """Every ansvar must be in the year's organisation, every konto must have a line."""
    problems: list[Problem] = []
    # Accounts a ledger merely names (a konto-name column) are not a chart of accounts: only
    # an account register's accounts or the Region-Bas classes give a line.
    registered = {k for p in parsed if p.kind == "accounts" for k in p.accounts["konto"].dropna()}
    known_accounts = import_log.known_accounts(con) | registered
    placed = org.dropna(subset=["committee"])
    for sheet in parsed:
        keys = sheet.row_keys
        if keys.empty:
            continue
        year_list = sorted(int(y) for y in keys["year"].dropna().unique())
        known = pd.concat(
            [import_log.known_ansvar(con, year_list), placed[["year", "ansvar"]]], ignore_index=True
        )
        known_pairs = set(zip(known["year"].astype(int), known["ansvar"], strict=True))
        # Each distinct (year, ansvar) is checked once; a million rows hold a few thousand.
        codes, first = distinct_rows(keys, ["year", "ansvar"])
        pairs = zip(
            keys["year"].to_numpy()[first].astype(int),
            keys["ansvar"].to_numpy()[first],
            strict=True,
        )
        unknown_pair = np.array([p not in known_pairs for p in pairs], dtype=bool)
        unknown = pd.Series(unknown_pair[codes], index=keys.index)
        for (year, code), group in keys[unknown].groupby(["year", "ansvar"], sort=True):
            problems.append(
                Problem(
                    "unknown_ansvar",
                    name,
                    sheet.sheet,
                    rows=tuple(int(r) for r in group["row"]),
                    params={"code": code, "year": int(year)},
                )
            )
        konto_codes, konto_uniques = pd.factorize(keys["konto"], use_na_sentinel=True)
        bad_code = np.array(
            [k not in known_accounts and line_for_account(k) is None for k in konto_uniques]
            + [False]
        )
        bad_konto = pd.Series(bad_code[konto_codes], index=keys.index)
        for code, group in keys[bad_konto].groupby("konto", sort=True):
            problems.append(
                Problem(
                    "unknown_konto",
                    name,
                    sheet.sheet,
                    rows=tuple(int(r) for r in group["row"]),
                    params={"code": code},
                )
            )
    return problems


def renamed_accounts(
    con: duckdb.DuckDBPyConnection, name: str, accounts: pd.DataFrame, authoritative: bool
) -> list[Problem]:
    """A ledger's account names that differ from the chart's: the chart's are kept, and said."""
    if authoritative or accounts.empty:
        return []
    known = import_log.account_names(con)
    differing = [
        (str(k), str(n), known[str(k)])
        for k, n in zip(accounts["konto"], accounts["konto_name"], strict=True)
        if isinstance(n, str) and known.get(str(k)) and known[str(k)] != n
    ]
    if not differing:
        return []
    listed = "; ".join(f"{k} ({n} / {kept})" for k, n, kept in differing[:5])
    return [
        Problem(
            "account_names_kept",
            name,
            params={"n": len(differing), "accounts": listed},
            severity="warning",
        )
    ]


def org_across_sheets(name: str, org: pd.DataFrame) -> list[Problem]:
    """Two sheets placing one ansvar under different parents in one year: refused."""
    problems = []
    for column in ("committee", "forvaltning", "verksamhet"):
        counts = org.dropna(subset=[column]).groupby(["year", "ansvar"])[column].nunique()
        for year, code in list(counts[counts > 1].index)[:10]:
            values = org[(org["year"] == year) & (org["ansvar"] == code)][column].dropna()
            problems.append(
                Problem(
                    "org_conflict_sheets",
                    name,
                    params={
                        "ansvar": code,
                        "year": int(year),
                        "role_name": column,
                        "values": ", ".join(dict.fromkeys(values.astype(str))),
                    },
                )
            )
    return problems


def complete_accounts(
    con: duckdb.DuckDBPyConnection, facts: pd.DataFrame, accounts: pd.DataFrame
) -> pd.DataFrame:
    """Accounts the ledger uses that no register has named: their line from Region-Bas."""
    known = import_log.known_accounts(con) | set(accounts["konto"])
    new = sorted(set(facts["konto"].unique()) - known) if len(facts) else []
    extra = pd.DataFrame({"konto": new, "konto_name": None, "kostnadsslag": None, "rr_line": None})
    frame = pd.concat([accounts, extra], ignore_index=True) if new else accounts.copy()
    if len(frame):
        derived = frame["konto"].map(line_for_account)
        frame["rr_line"] = frame["rr_line"].where(frame["rr_line"].notna(), derived)
        # an account without an income-statement line has no facts (validation refuses those)
        frame = frame[frame["rr_line"].notna()]
    return frame[ACCOUNT_COLUMNS]
