"""Register files: the organisation per year and the chart of accounts.

Organisation: ansvar → verksamhet → förvaltning/område → nämnd, valid per year, so that a unit
that moved (Regionservice from HSN to RS in 2020) sits under the right nämnd in each year.
Accounts: konto → kostnadsslag → income-statement line; without a line column the line follows
from the Region-Bas account class.
"""

from __future__ import annotations

import pandas as pd

from analytics.ingest.ledger import ParsedSheet, started
from analytics.ingest.ledger_org import ACCOUNT_COLUMNS, dedupe_org, org_frame
from analytics.ingest.options import ImportOptions
from analytics.ingest.sheets import SheetData
from analytics.ingest.values import parse_years, split_code_and_name
from analytics.result.income_statement import line_for_account, line_from_text


def parse_org_register(data: SheetData, options: ImportOptions) -> ParsedSheet:
    """Organisation rows per year from a register sheet."""
    out = started("org", data)
    ansvar, ansvar_from_cell = split_code_and_name(data.text("ansvar"))
    if ansvar.isna().any():
        out.problems.append(
            data.problem("missing_code", ansvar.isna(), "ansvar", role_name="ansvar")
        )
    if data.has("year"):
        year, bad = parse_years(data.text("year"))
        if bad.any():
            out.problems.append(data.problem("bad_year", bad, "year"))
    elif options.year:
        year = pd.Series(options.year, index=data.rows.index, dtype="Int64")
    else:
        out.problems.append(data.problem("register_year_unknown"))
        return out
    org = org_frame(data, year, ansvar, ansvar_from_cell)
    if org["committee"].isna().any():
        out.problems.append(data.problem("missing_committee", org["committee"].isna(), "committee"))
    if out.problems:
        return out
    out.org = dedupe_org(data, org, out.problems)
    return out


def parse_account_register(data: SheetData, options: ImportOptions) -> ParsedSheet:
    """Accounts with name, cost type and income-statement line from a register sheet."""
    out = started("accounts", data)
    konto, konto_from_cell = split_code_and_name(data.text("konto"))
    if konto.isna().any():
        out.problems.append(data.problem("missing_code", konto.isna(), "konto", role_name="konto"))
    name = data.text("konto_name")
    rr_text = data.text("rr_line")
    if rr_text is not None:
        rr = rr_text.astype(object).map(lambda v: line_from_text(v) if isinstance(v, str) else None)
        bad = rr.isna() & rr_text.notna()
        if bad.any():
            out.problems.append(
                data.problem(
                    "bad_rr_line",
                    bad,
                    "rr_line",
                    values=", ".join(sorted(set(rr_text[bad].dropna()))[:5]),
                )
            )
    else:
        rr = pd.Series(None, index=data.rows.index, dtype="object")
    derived = konto.astype(object).map(
        lambda k: line_for_account(k) if isinstance(k, str) else None
    )
    rr = rr.where(rr.notna(), derived)
    no_line = rr.isna() & konto.notna()
    if no_line.any():
        out.problems.append(data.problem("konto_without_line", no_line, "konto"))
    if out.problems:
        return out
    frame = pd.DataFrame(
        {
            "konto": konto,
            "konto_name": name if name is not None else konto_from_cell,
            "kostnadsslag": data.text("kostnadsslag"),
            "rr_line": rr,
        }
    )
    out.accounts = frame.drop_duplicates(subset=["konto"], keep="last")[
        ACCOUNT_COLUMNS
    ].reset_index(drop=True)
    return out
