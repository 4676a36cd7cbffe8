"""Writing an import: organisation, accounts, budget versions, facts and the log, all or nothing.

A newer export replaces exactly what it covers: in each year × period × measure × budget
version it holds, the ansvar it holds (`replace="ansvar"`, the default), or the whole region
(`replace="period"`, an explicit choice). What will be added, replaced and removed is planned
first by one read-only query (`plan_replacement`), which the dry run and the import page show
and the write then reports, so the preview and the real run cannot disagree. Only rows that
really change are deleted and inserted, so re-importing a file leaves the table as it was, down
to which import each row came from.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import duckdb
import pandas as pd
import pyarrow as pa

from analytics.i18n import family
from analytics.storage.access import audited
from analytics.storage.database import transaction
from analytics.storage.replace_plan import (
    INCOMING,
    ON_KEY,
    ReplacePlan,
    plan_replacement,
    slice_key,
)
from analytics.storage.summaries import mark_touched, summary_refresh

RESULTS = ("ok", "fel")  # an import's outcome in the import log
family("result", RESULTS)  # the texts `result.<value>` (analytics/i18n/)


@dataclass(frozen=True)
class WriteCounts:
    """How an import changed the ledger."""

    import_id: int
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    removed: int = 0
    org_rows: int = 0
    accounts: int = 0
    plan: ReplacePlan | None = None


@dataclass(frozen=True)
class ImportRecord:
    """What the import log keeps of one file."""

    file_name: str
    content_hash: str
    sheets: str
    kind: str
    rows_read: int
    subtotal_rows: int
    user: str
    started_at: datetime
    totals: dict[str, int]


@audited("import")
def write_import(
    con: duckdb.DuckDBPyConnection,
    record: ImportRecord,
    facts: pd.DataFrame,
    org: pd.DataFrame,
    accounts: pd.DataFrame,
    accounts_authoritative: bool,
    scope: str = "ansvar",
) -> WriteCounts:
    """Store one file's content in a single transaction and log it."""
    with transaction(con):
        import_id = _next_import_id(con)
        # As an Arrow table DuckDB scans the columns without converting them row by row.
        incoming = pa.Table.from_pandas(facts, preserve_index=False)
        plan = plan_replacement(con, facts, org, scope, incoming)
        # the summaries of every year when an account moves to another line or kostnadsslag
        every_year = _accounts_regroup(con, accounts, accounts_authoritative)
        org_rows = _upsert_org(con, org, import_id)
        account_rows = _upsert_accounts(con, accounts, import_id, accounts_authoritative)
        _register_versions(con, facts, import_id)
        _replace_facts(con, incoming, import_id, scope, plan)
        counts = {k: plan.total(k) for k in ("added", "replaced", "unchanged", "removed")}
        years = {int(y) for y in facts["year"].unique()} | {int(y) for y in org["year"].unique()}
        refresh_summaries(con, None if every_year else sorted(years))
        _log(con, import_id, record, RESULTS[0], None, counts)
    return WriteCounts(
        import_id=import_id, org_rows=org_rows, accounts=account_rows, plan=plan, **counts
    )


def refresh_summaries(con: duckdb.DuckDBPyConnection, years: list[int] | None = None) -> None:
    """Rebuild the ledger summaries of `years` (all when None) from the facts; call inside the
    transaction that changed those years' facts or organisation, or the accounts, so readers
    never see them disagree."""
    for statement in summary_refresh(years):
        con.execute(statement)
    mark_touched(con, years)


def _accounts_regroup(
    con: duckdb.DuckDBPyConnection, accounts: pd.DataFrame, authoritative: bool
) -> bool:
    """Whether storing `accounts` (as `_upsert_accounts` will) moves a known account to
    another income-statement line or kostnadsslag, which changes every year's summaries."""
    if accounts.empty:
        return False
    con.register("regroup_accounts", accounts)
    try:
        row = con.execute(
            """SELECT count(*) FROM regroup_accounts i JOIN account a ON a.konto = i.konto
               WHERE CASE WHEN ? THEN i.rr_line IS DISTINCT FROM a.rr_line
                               OR coalesce(i.kostnadsslag, a.kostnadsslag)
                                  IS DISTINCT FROM a.kostnadsslag
                          ELSE a.kostnadsslag IS NULL AND i.kostnadsslag IS NOT NULL END""",
            [authoritative],
        ).fetchall()[0]
    finally:
        con.unregister("regroup_accounts")
    return bool(row[0])


def log_failed_import(con: duckdb.DuckDBPyConnection, record: ImportRecord, message: str) -> None:
    """Keep a line in the import log for a refused file (its content was not written)."""
    with transaction(con):
        _log(con, _next_import_id(con), record, RESULTS[1], message[:4000], None)


def _log(
    con: duckdb.DuckDBPyConnection,
    import_id: int,
    record: ImportRecord,
    result: str,
    message: str | None,
    counts: dict[str, int] | None,
) -> None:
    """One line of the import log: the file, what happened, who and when."""
    counts = counts or {}
    con.execute(
        """INSERT INTO import_log (id, file_name, content_hash, sheets, kind, rows_read,
               rows_added, rows_replaced, rows_unchanged, rows_removed, subtotal_rows,
               user_name, started_at, finished_at, result, message, totals_json)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            import_id,
            record.file_name,
            record.content_hash,
            record.sheets,
            record.kind,
            record.rows_read,
            counts.get("added"),
            counts.get("replaced"),
            counts.get("unchanged"),
            counts.get("removed"),
            record.subtotal_rows,
            record.user,
            record.started_at,
            datetime.now(),
            result,
            message,
            json.dumps(record.totals) if counts else None,
        ],
    )


def _next_import_id(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT nextval('import_id_seq')").fetchall()[0]
    assert row is not None
    return int(row[0])


def _upsert_org(con: duckdb.DuckDBPyConnection, org: pd.DataFrame, import_id: int) -> int:
    """Add or update organisation rows; a file's empty name or förvaltning keeps what is known.

    A ledger export with only a nämnd column must not wipe the names a register gave; one
    without a nämnd column (committee empty) adds its names and verksamhet to the ansvar the
    organisation already has (the import has checked that every such ansvar is known).
    """
    if org.empty:
        return 0
    con.register("incoming_org", org)
    try:
        changed = con.execute(
            """SELECT count(*) FROM incoming_org i
               WHERE NOT EXISTS (
                 SELECT 1 FROM org_unit o
                 WHERE o.year = CAST(i.year AS INTEGER) AND o.ansvar = i.ansvar
                   AND (i.committee IS NULL OR o.committee = i.committee)
                   AND (i.ansvar_name IS NULL OR o.ansvar_name = i.ansvar_name)
                   AND (i.verksamhet IS NULL OR o.verksamhet = i.verksamhet)
                   AND (i.verksamhet_name IS NULL OR o.verksamhet_name = i.verksamhet_name)
                   AND (i.forvaltning IS NULL OR o.forvaltning = i.forvaltning))"""
        ).fetchall()[0][0]
        con.execute(
            """UPDATE org_unit SET
                 ansvar_name = coalesce(i.ansvar_name, org_unit.ansvar_name),
                 verksamhet = coalesce(i.verksamhet, org_unit.verksamhet),
                 verksamhet_name = coalesce(i.verksamhet_name, org_unit.verksamhet_name),
                 forvaltning = coalesce(i.forvaltning, org_unit.forvaltning),
                 import_id = ?
               FROM incoming_org i
               WHERE i.committee IS NULL AND org_unit.year = CAST(i.year AS INTEGER)
                 AND org_unit.ansvar = i.ansvar
                 AND (i.ansvar_name IS NOT NULL OR i.verksamhet IS NOT NULL
                      OR i.verksamhet_name IS NOT NULL OR i.forvaltning IS NOT NULL)""",
            [import_id],
        )
        con.execute(
            """INSERT INTO org_unit
               SELECT CAST(year AS INTEGER), ansvar, ansvar_name, verksamhet, verksamhet_name,
                      forvaltning, committee, ?
               FROM incoming_org WHERE committee IS NOT NULL
               ON CONFLICT (year, ansvar) DO UPDATE SET
                 committee = excluded.committee,
                 ansvar_name = coalesce(excluded.ansvar_name, org_unit.ansvar_name),
                 verksamhet = coalesce(excluded.verksamhet, org_unit.verksamhet),
                 verksamhet_name = coalesce(excluded.verksamhet_name, org_unit.verksamhet_name),
                 forvaltning = coalesce(excluded.forvaltning, org_unit.forvaltning),
                 import_id = excluded.import_id""",
            [import_id],
        )
    finally:
        con.unregister("incoming_org")
    return int(changed)


def _upsert_accounts(
    con: duckdb.DuckDBPyConnection, accounts: pd.DataFrame, import_id: int, authoritative: bool
) -> int:
    """A register overwrites; a ledger only adds accounts and fills in missing names."""
    if accounts.empty:
        return 0
    con.register("incoming_accounts", accounts)
    try:
        new = con.execute(
            "SELECT count(*) FROM incoming_accounts WHERE konto NOT IN (SELECT konto FROM account)"
        ).fetchall()[0][0]
        con.execute(
            """INSERT INTO account
               SELECT konto, konto_name, kostnadsslag, rr_line, ? FROM incoming_accounts
               ON CONFLICT (konto) DO UPDATE SET
                 konto_name = CASE WHEN ? THEN coalesce(excluded.konto_name, account.konto_name)
                                   ELSE coalesce(account.konto_name, excluded.konto_name) END,
                 kostnadsslag = CASE WHEN ? THEN coalesce(excluded.kostnadsslag, account.kostnadsslag)
                                     ELSE coalesce(account.kostnadsslag, excluded.kostnadsslag) END,
                 rr_line = CASE WHEN ? THEN excluded.rr_line ELSE account.rr_line END,
                 import_id = CASE WHEN ? THEN excluded.import_id ELSE account.import_id END""",
            [import_id, authoritative, authoritative, authoritative, authoritative],
        )
    finally:
        con.unregister("incoming_accounts")
    return len(accounts) if authoritative else int(new)


def _register_versions(con: duckdb.DuckDBPyConnection, facts: pd.DataFrame, import_id: int) -> None:
    """New budget versions get the next sequence number: the latest imported is the current."""
    budget = facts.loc[facts["measure"] == "budget", ["year", "version"]].drop_duplicates()
    for year, version in sorted(zip(budget["year"], budget["version"], strict=True)):
        exists = con.execute(
            "SELECT count(*) FROM budget_version WHERE year = ? AND name = ?", [int(year), version]
        ).fetchall()[0]
        if exists and exists[0]:
            continue
        con.execute(
            """INSERT INTO budget_version (year, name, seq, import_id)
               SELECT ?, ?, coalesce(max(seq), 0) + 1, ? FROM budget_version""",
            [int(year), version, import_id],
        )


def _replace_facts(
    con: duckdb.DuckDBPyConnection,
    facts: pa.Table,
    import_id: int,
    scope: str,
    plan: ReplacePlan,
) -> None:
    """Replace the file's slices (year, period, measure, version, and ansvar unless the scope
    is whole periods) as `plan` says."""
    if not facts.num_rows:
        return
    on_slice = " AND ".join(f"f.{k} = s.{k}" for k in slice_key(scope))
    con.register("incoming_facts", facts)
    try:
        if plan.total("added") == facts.num_rows and not plan.total("removed"):
            # none of the file's rows is there yet: insert without staging or comparing
            con.execute(
                f"INSERT INTO ledger_fact SELECT {INCOMING}, ? FROM incoming_facts", [import_id]
            )
            return
        if not (plan.total("added") or plan.total("replaced") or plan.total("removed")):
            return  # the same file again: nothing changes, not even which import a row is from
        con.execute(
            f"""CREATE OR REPLACE TEMP TABLE current_slice AS
                SELECT f.* FROM ledger_fact f
                SEMI JOIN (SELECT DISTINCT {", ".join(slice_key(scope))} FROM incoming_facts) s
                  ON {on_slice}"""
        )
        con.execute(f"CREATE OR REPLACE TEMP TABLE staged AS SELECT {INCOMING} FROM incoming_facts")
    finally:
        con.unregister("incoming_facts")
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE changed AS
            SELECT a.* FROM current_slice a
            ANTI JOIN (SELECT * FROM staged) b ON {ON_KEY} AND a.amount = b.amount"""
    )
    con.execute(f"""DELETE FROM ledger_fact a USING changed b WHERE {ON_KEY}""")
    con.execute(
        f"""INSERT INTO ledger_fact
            SELECT a.*, ? FROM staged a
            ANTI JOIN current_slice b ON {ON_KEY} AND a.amount = b.amount""",
        [import_id],
    )
    for table in ("staged", "current_slice", "changed"):
        con.execute(f"DROP TABLE IF EXISTS {table}")
