"""Scale a database up for the benchmark: the same region, many times over.

A 10-million-row ledger is built from an imported one (the demo) by copying every ansvar
`copies` times under new codes in the same verksamhet, förvaltning and nämnd, with all of its
facts. The shape of the data (reorganisations, monthly profiles, accounts, versions) stays that
of the real import, only the volume grows, so the benchmark times what a large region would
see. Never used by the dashboard itself.
"""

from __future__ import annotations

import duckdb
import pyarrow as pa

from analytics.storage.ledger_source import REVENUE_LINES, UNKNOWN_UNIT
from analytics.storage.writes import refresh_summaries


def replicate_ansvar(con: duckdb.DuckDBPyConnection, copies: int) -> int:
    """Add `copies - 1` copies of every ansvar and its facts; return the ledger's row count.

    Copy k of ansvar A is named `A-k`. One transaction: all of it or nothing.
    """
    if copies < 1:
        raise ValueError("copies must be at least 1")
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(
            """INSERT INTO org_unit
               SELECT o.year, o.ansvar || '-' || k, o.ansvar_name || ' ' || k, o.verksamhet,
                      o.verksamhet_name, o.forvaltning, o.committee, o.import_id
               FROM org_unit o, range(1, ?) AS r(k)""",
            [copies],
        )
        con.execute(
            """INSERT INTO ledger_fact
               SELECT f.year, f.period, f.ansvar || '-' || k, f.konto, f.projekt, f.motpart,
                      f.measure, f.version, f.amount, f.import_id
               FROM ledger_fact f, range(1, ?) AS r(k)""",
            [copies],
        )
        refresh_summaries(con)
        con.execute("COMMIT")
    except duckdb.Error:
        con.execute("ROLLBACK")
        raise
    return ledger_rows(con)


def ledger_rows(con: duckdb.DuckDBPyConnection) -> int:
    """The number of facts in the ledger."""
    return int(con.execute("SELECT count(*) FROM ledger_fact").fetchall()[0][0])


def scan_ledger(con: duckdb.DuckDBPyConnection) -> int:
    """One aggregate pass over every fact (the benchmark's baseline: the cost of reading it)."""
    row = con.execute(
        "SELECT CAST(sum(amount) * 100 AS BIGINT) FROM ledger_fact WHERE measure <> 'prognos'"
    ).fetchall()[0]
    return int(row[0] or 0)


def ledger_table(con: duckdb.DuckDBPyConnection, years: list[int]) -> pa.Table:
    """Every fact of `years` with its organisation and account as one Arrow table, labelled as
    the dashboard labels units: the benchmark's plain-pandas baseline holds this in memory.

    Columns: year, period, measure, version, amount_ore, committee, forvaltning, verksamhet,
    ansvar, ansvar_code, kostnadsslag, konto, rr_line, revenue.
    """
    return con.execute(
        """SELECT f.year, f.period, f.measure, f.version,
                  CAST(-f.amount * 100 AS BIGINT) AS amount_ore,
                  coalesce(o.committee, ?) AS committee, coalesce(o.forvaltning, ?) AS forvaltning,
                  concat_ws(' ', o.verksamhet, o.verksamhet_name) AS verksamhet,
                  concat_ws(' ', f.ansvar, o.ansvar_name) AS ansvar, f.ansvar AS ansvar_code,
                  coalesce(a.kostnadsslag, ?) AS kostnadsslag,
                  concat_ws(' ', f.konto, a.konto_name) AS konto, a.rr_line,
                  list_contains(?, a.rr_line) AS revenue
           FROM ledger_fact f
           LEFT JOIN org_unit o ON o.year = f.year AND o.ansvar = f.ansvar
           LEFT JOIN account a ON a.konto = f.konto
           WHERE list_contains(?, f.year)""",
        [UNKNOWN_UNIT, UNKNOWN_UNIT, UNKNOWN_UNIT, list(REVENUE_LINES), years],
    ).to_arrow_table()
