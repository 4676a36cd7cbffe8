"""Moving between the embedded file and the shared database, checked: every table's rows and the
sum of each money column must be equal on both sides, else the move is reported as failed.

`migrate_to` copies a DuckDB file into an empty PostgreSQL database (one change: all of it or
nothing); `dump` writes the shared database to a new DuckDB file that the embedded mode opens.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import duckdb
import psycopg

from analytics.common.formatting import format_number
from analytics.i18n import t
from analytics.storage.database import StorageError, open_database
from analytics.storage.shared.catalog import (
    LEDGER_TABLES,
    Figures,
    decimal_columns,
    figures,
    figures_query,
    quoted,
    table_names,
)
from analytics.storage.shared.mirror import SharedDatabase
from analytics.storage.summaries import mark_touched

Fingerprint = dict[str, Figures]  # table -> rows and the sum of each money column


@dataclass(frozen=True)
class Moved:
    tables: int
    rows: int
    ledger_total: Decimal

    def text(self, lang: str = "sv") -> str:
        return t(
            "shared.checked",
            lang,
            tables=self.tables,
            rows=format_number(self.rows),
            total=format_number(self.ledger_total, 2),
        )


def fingerprint(con: duckdb.DuckDBPyConnection, tables: list[str] | None = None) -> Fingerprint:
    """Rows and money sums of `tables` (every table) in a DuckDB database."""
    found: Fingerprint = {}
    for table in table_names(con) if tables is None else tables:
        columns = decimal_columns(con, table)
        found[table] = figures(con.execute(figures_query(table, columns)).fetchall()[0], columns)
    return found


def shared_fingerprint(shared: SharedDatabase) -> Fingerprint:
    """The same figures as PostgreSQL holds them: row tables summed by PostgreSQL, the ledger
    from its parts' own counts and sums (written when each part was made)."""
    found: Fingerprint = {}
    pg = shared.connection()
    with pg.transaction():
        for table in table_names(shared.con):
            columns = decimal_columns(shared.con, table)
            if table in LEDGER_TABLES:
                found[table] = _ledger_figures(pg, table, columns)
                continue
            row = pg.execute(figures_query(table, columns, schema="").encode()).fetchone()
            assert row is not None
            found[table] = figures(row, columns)
    return found


def _ledger_figures(pg: psycopg.Connection, table: str, columns: list[str]) -> Figures:
    rows, sums = 0, dict.fromkeys(columns, Decimal(0))
    for count, totals in pg.execute(
        "SELECT rows, totals FROM shared_ledger_part WHERE table_name = %s", [table]
    ):
        rows += int(count)
        for column in columns:
            sums[column] += Decimal(totals[column])
    return rows, sums


def compare(source: Fingerprint, target: Fingerprint) -> Moved:
    """Equal, or StorageError naming the first table that differs."""
    for table, (rows, sums) in source.items():
        other = target.get(table, (0, {}))
        if (rows, sums) != other:
            raise StorageError(t("shared.mismatch", table=table, source=(rows, sums), target=other))
    ledger_sums = source.get("ledger_fact", (0, {}))[1]
    return Moved(
        len(source), sum(r for r, _ in source.values()), ledger_sums.get("amount", Decimal(0))
    )


def migrate_to(source: Path, url: str, lang: str = "sv") -> Moved:
    """Copy the DuckDB file at `source` into the empty shared database at `url`, and check."""
    open_database(source, lang=lang).close()  # at the current schema version (migrated if older)
    shared = SharedDatabase(url, lang=lang)
    try:
        held = sum(rows for rows, _ in shared_fingerprint(shared).values())
        if held:
            raise StorageError(t("shared.not_empty", lang, where=shared.where, rows=held))
        with shared.writing() as cursor:
            _copy_in(cursor, source)
        with SharedDatabase(url, lang=lang) as fresh:  # what another server would read
            return _check(source, fresh)
    finally:
        shared.close()


def _copy_in(cursor: duckdb.DuckDBPyConnection, source: Path) -> None:
    path = str(source).replace("'", "''")
    cursor.execute(f"ATTACH '{path}' AS move_source (READ_ONLY)")
    try:
        cursor.execute("BEGIN TRANSACTION")
        for table in table_names(cursor):
            cursor.execute(
                f"INSERT INTO main.{quoted(table)} SELECT * FROM move_source.main.{quoted(table)}"
            )
        for name, last in cursor.execute(
            "SELECT sequence_name, last_value FROM duckdb_sequences() "
            "WHERE database_name = 'move_source' AND last_value IS NOT NULL"
        ).fetchall():
            quoted_name = quoted(str(name))
            cursor.execute(
                f"CREATE OR REPLACE SEQUENCE main.{quoted_name} START WITH {int(last) + 1}"
            )
        mark_touched(cursor, None)
        cursor.execute("COMMIT")
    finally:
        cursor.execute("DETACH move_source")


def _check(source: Path, shared: SharedDatabase) -> Moved:
    with duckdb.connect(str(source), read_only=True) as original:
        expected = fingerprint(original)
    compare(expected, shared_fingerprint(shared))
    return compare(expected, fingerprint(shared.con))


def dump(
    url: str,
    target: Path,
    lang: str = "sv",
    authorise: Callable[[duckdb.DuckDBPyConnection], None] | None = None,
) -> Moved:
    """Write the shared database to a new DuckDB file at `target`, and check it. The copy is
    made in this process's private folder and `authorise` (the command's role check) is given
    it before anything reaches `target`; then the file is copied there and checked."""
    if target.exists():
        raise StorageError(t("storage.not_a_database", lang, path=target, detail="finns redan"))
    with SharedDatabase(url, lang=lang) as shared:
        if authorise is not None:
            authorise(shared.con)
        expected = shared_fingerprint(shared)
        shared.con.execute("CHECKPOINT")  # the whole database in the file, none in its log
        try:
            shutil.copyfile(shared.path, target)
            with duckdb.connect(str(target), read_only=True) as copy:
                return compare(expected, fingerprint(copy))
        except BaseException:  # never half a file: what could not be written whole is removed
            target.unlink(missing_ok=True)
            raise
