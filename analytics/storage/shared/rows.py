"""Rows between PostgreSQL and a server's DuckDB: fetch a table (whole, or only the rows of
newer changes) into DuckDB, and send what a change did to DuckDB's tables to PostgreSQL.

Values cross as Python objects both ways (Decimal, date, datetime, lists), typed by DuckDB's own
Arrow schema of the table on the way in: money never passes through a float.
"""

from __future__ import annotations

import duckdb
import psycopg
import pyarrow as pa

from analytics.i18n import t
from analytics.storage.shared.catalog import Table, quoted

BEFORE = "shared_before_"  # temp copies of the row tables as they were when a change began


def fetch(
    pg: psycopg.Connection, duck: duckdb.DuckDBPyConnection, table: Table, since: int | None
) -> None:
    """Replace DuckDB's `table` with PostgreSQL's (since None), or add the rows written by
    changes after `since`; inside the caller's DuckDB transaction."""
    columns = ", ".join(map(quoted, table.column_names))
    query = f"SELECT {columns} FROM {quoted(table.name)}"
    with pg.cursor() as cursor:
        if since is None:
            cursor.execute(query.encode())
        else:
            cursor.execute(f"{query} WHERE _v > %s".encode(), [since])
        rows = cursor.fetchall()
    name = quoted(table.name)
    if since is None:
        duck.execute(f"DELETE FROM main.{name}")
    if rows:
        schema = duck.sql(f"SELECT * FROM main.{name} LIMIT 0").to_arrow_table().schema
        values = list(zip(*rows, strict=True))
        incoming = pa.table(
            [pa.array(list(v), type=f.type) for v, f in zip(values, schema, strict=True)],
            schema=schema,
        )
        duck.register("shared_incoming", incoming)
        try:
            duck.execute(f"INSERT INTO main.{name} SELECT * FROM shared_incoming")
        finally:
            duck.unregister("shared_incoming")


Fingerprints = dict[str, tuple[int, int]]  # table -> (rows, sum of the rows' hashes)


def fingerprints(duck: duckdb.DuckDBPyConnection, tables: tuple[Table, ...]) -> Fingerprints:
    """Every row table's rows and the sum of their hashes, in one query: a change compares
    them before and after to compare rows only in the tables it changed."""
    query = " UNION ALL ".join(
        f"SELECT '{table.name}', count(*), coalesce(sum(hash(x)::HUGEINT), 0) "
        f"FROM main.{quoted(table.name)} x"
        for table in tables
    )
    return {str(n): (int(c), int(h)) for n, c, h in duck.execute(query).fetchall()}


def keep_before(duck: duckdb.DuckDBPyConnection, tables: tuple[Table, ...]) -> Fingerprints:
    """Copy every row table aside (temp tables of this cursor) before a change runs; return
    their fingerprints."""
    for table in tables:
        duck.execute(
            f"CREATE OR REPLACE TEMP TABLE {BEFORE}{table.name} AS "
            f"SELECT * FROM main.{quoted(table.name)}"
        )
    return fingerprints(duck, tables)


def drop_before(duck: duckdb.DuckDBPyConnection, tables: tuple[Table, ...]) -> None:
    for table in tables:
        duck.execute(f"DROP TABLE IF EXISTS temp.main.{BEFORE}{table.name}")


class Refused(Exception):
    """PostgreSQL did not change the rows the change needed (row-level security, or rows that
    are not what this server saw); the message is in the user's language."""


def send(
    pg: psycopg.Connection, duck: duckdb.DuckDBPyConnection, table: Table, change: int
) -> tuple[int, int] | None:
    """Write to PostgreSQL what the change did to `table` in DuckDB: the rows it removed or
    replaced are deleted by key, the rows it added or replaced are copied in with `_v = change`.
    Returns (deleted, added), None when the table did not change."""
    name, before = quoted(table.name), f"temp.main.{BEFORE}{table.name}"
    key = ", ".join(map(quoted, table.key))
    removed = duck.execute(
        f"SELECT DISTINCT {key} FROM (SELECT * FROM {before} EXCEPT ALL SELECT * FROM main.{name})"
    ).fetchall()
    added = duck.execute(f"SELECT * FROM main.{name} EXCEPT ALL SELECT * FROM {before}").fetchall()
    if not removed and not added:
        return None
    if removed:
        _delete(pg, table, removed)
    if added:
        _insert(pg, table, added, change)
    return len(removed), len(added)


def _insert(
    pg: psycopg.Connection, table: Table, added: list[tuple[object, ...]], change: int
) -> None:
    """COPY into a staging table, then INSERT: row-level security checks an INSERT (COPY into
    a table with policies is refused for a limited role)."""
    name = quoted(table.name)
    columns = ", ".join(map(quoted, table.column_names))
    pg.execute(b"DROP TABLE IF EXISTS pg_temp.shared_rows")
    pg.execute(
        f"CREATE TEMP TABLE shared_rows AS SELECT {columns} FROM {name} WITH NO DATA".encode()
    )
    with pg.cursor() as cursor:
        with cursor.copy(f"COPY shared_rows ({columns}) FROM STDIN".encode()) as copy:
            for row in added:
                copy.write_row(row)
        cursor.execute(
            f"INSERT INTO {name} ({columns}, _v) SELECT {columns}, %s FROM shared_rows".encode(),
            [change],
        )
    pg.execute(b"DROP TABLE pg_temp.shared_rows")


def _delete(pg: psycopg.Connection, table: Table, keys: list[tuple[object, ...]]) -> None:
    name = quoted(table.name)
    key = ", ".join(map(quoted, table.key))
    pg.execute(b"DROP TABLE IF EXISTS pg_temp.shared_keys")
    pg.execute(f"CREATE TEMP TABLE shared_keys AS SELECT {key} FROM {name} WITH NO DATA".encode())
    with pg.cursor() as cursor:
        with cursor.copy(f"COPY shared_keys ({key}) FROM STDIN".encode()) as copy:
            for row in keys:
                copy.write_row(row)
        on = " AND ".join(f"t.{quoted(c)} = k.{quoted(c)}" for c in table.key)
        cursor.execute(f"DELETE FROM {name} t USING shared_keys k WHERE {on}".encode())
        deleted = cursor.rowcount
    pg.execute(b"DROP TABLE pg_temp.shared_keys")
    if deleted != len(keys):
        raise Refused(t("shared.refused_rows", count=len(keys) - deleted, table=table.name))
