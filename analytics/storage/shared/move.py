"""Moving between the embedded file and the shared database, checked: every table's rows and the
sum of each money column must be equal on both sides, else the move is reported as failed.

`migrate_to` copies a DuckDB file into an empty PostgreSQL database (one change: all of it or
nothing); `dump` writes the shared database to a new DuckDB file that the embedded mode opens.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import duckdb
import psycopg

from analytics.i18n import t
from analytics.storage.database import StorageError, open_database
from analytics.storage.shared.catalog import LEDGER_TABLES, decimal_columns, quoted
from analytics.storage.shared.mirror import SharedDatabase
from analytics.storage.summaries import mark_touched

Fingerprint = dict[str, tuple[int, dict[str, Decimal]]]  # table -> (rows, sum per money column)


@dataclass(frozen=True)
class Moved:
    tables: int
    rows: int
    ledger_total: Decimal

    def text(self, lang: str = "sv") -> str:
        total = f"{self.ledger_total:,.2f}".replace(",", " ").replace(".", ",")
        return t("shared.checked", lang, tables=self.tables, rows=self.rows, total=total)


def fingerprint(con: duckdb.DuckDBPyConnection, tables: list[str]) -> Fingerprint:
    """Rows and money sums of `tables` in a DuckDB database."""
    found: Fingerprint = {}
    for table in tables:
        columns = decimal_columns(con, table)
        sums = "".join(f", coalesce(sum({quoted(c)}), 0)" for c in columns)
        row = con.execute(f"SELECT count(*){sums} FROM main.{quoted(table)}").fetchall()[0]
        found[table] = (int(row[0]), dict(zip(columns, map(Decimal, row[1:]), strict=True)))
    return found


def shared_fingerprint(pg: psycopg.Connection, duck: duckdb.DuckDBPyConnection) -> Fingerprint:
    """The same figures as PostgreSQL holds them: row tables summed by PostgreSQL, the ledger
    from its parts' own counts and sums (written when each part was made)."""
    found: Fingerprint = {}
    for table in _tables(duck):
        columns = decimal_columns(duck, table)
        if table in LEDGER_TABLES:
            rows, sums = 0, dict.fromkeys(columns, Decimal(0))
            for count, totals in pg.execute(
                "SELECT rows, totals FROM shared_ledger_part WHERE table_name = %s", [table]
            ):
                rows += int(count)
                for column in columns:
                    sums[column] += Decimal(totals[column])
            found[table] = (rows, sums)
            continue
        selected = "".join(f", coalesce(sum({quoted(c)}), 0)" for c in columns)
        row = pg.execute(f"SELECT count(*){selected} FROM {quoted(table)}".encode()).fetchone()
        assert row is not None
        found[table] = (int(row[0]), dict(zip(columns, map(Decimal, row[1:]), strict=True)))
    return found


def _tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [
        str(r[0])
        for r in con.execute(
            """SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()
               AND schema_name = 'main' AND NOT temporary AND table_name <> 'schema_info'
               ORDER BY table_name"""
        ).fetchall()
    ]


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
        held = sum(rows for rows, _ in shared_fingerprint(shared.connection(), shared.con).values())
        shared.connection().rollback()
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
        for table in _tables(cursor):
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
        expected = fingerprint(original, _tables(original))
    pg = shared.connection()
    try:
        compare(expected, shared_fingerprint(pg, shared.con))
    finally:
        pg.rollback()
    return compare(expected, fingerprint(shared.con, _tables(shared.con)))


def dump(url: str, target: Path, lang: str = "sv") -> Moved:
    """Write the shared database to a new DuckDB file at `target`, and check it."""
    if target.exists():
        raise StorageError(t("storage.not_a_database", lang, path=target, detail="finns redan"))
    try:
        with SharedDatabase(url, path=target, lang=lang) as shared:
            pg = shared.connection()
            try:
                expected = shared_fingerprint(pg, shared.con)
            finally:
                pg.rollback()
            return compare(expected, fingerprint(shared.con, _tables(shared.con)))
    except BaseException:  # never half a file: what could not be written whole is removed
        target.unlink(missing_ok=True)
        Path(f"{target}.wal").unlink(missing_ok=True)
        raise
