"""The ledger in the shared mode: Parquet parts per table and year, kept in PostgreSQL.

Each server's DuckDB loads the parts into its own tables and queries them at embedded speed. An
import writes new parts for the years it touched (every ledger table of those years) and
swaps them in the transaction that also writes its rows, so every server sees all of an import
or none of it; parts no longer used are deleted in that transaction (a server still reading
them reads in a snapshot of its own, which PostgreSQL keeps whole).

Which years an import touched is marked in the importing cursor's temp table `ledger_touched`
(see `summaries.mark_touched`), inside the import's own transaction, so a refused import marks
nothing.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import psycopg
from psycopg.types.json import Jsonb

from analytics.storage.shared.catalog import (
    LEDGER_TABLES,
    decimal_columns,
    figures,
    figures_query,
    quoted,
)

Parts = dict[tuple[str, int], int]  # (table, year) -> blob id


def touched_years(duck: duckdb.DuckDBPyConnection) -> set[int] | None:
    """The years the change's imports touched; every year when one touched all (None); an
    empty set when it touched none."""
    exists = duck.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE temporary AND table_name = 'ledger_touched'"
    ).fetchall()[0][0]
    if not exists:
        return set()
    years = [
        r[0] for r in duck.execute("SELECT DISTINCT year FROM temp.main.ledger_touched").fetchall()
    ]
    return None if any(y is None for y in years) else {int(y) for y in years}


def forget_touched(duck: duckdb.DuckDBPyConnection) -> None:
    duck.execute("DROP TABLE IF EXISTS temp.main.ledger_touched")


def current_parts(pg: psycopg.Connection) -> Parts:
    rows = pg.execute("SELECT table_name, year, blob_id FROM shared_ledger_part").fetchall()
    return {(str(n), int(y)): int(b) for n, y, b in rows}


def send(
    pg: psycopg.Connection, duck: duckdb.DuckDBPyConnection, years: set[int] | None, folder: Path
) -> Parts:
    """Write the parts of `years` (None: every year) from DuckDB to PostgreSQL; return the
    parts now current."""
    parts = current_parts(pg)
    local = {
        int(r[0]) for r in duck.execute("SELECT DISTINCT year FROM main.ledger_fact").fetchall()
    }
    chosen = (local | {y for _, y in parts}) if years is None else years
    for table in LEDGER_TABLES:
        columns = decimal_columns(duck, table)
        for year in sorted(chosen):
            file = folder / f"send-{table}-{year}.parquet"
            query = figures_query(table, columns, where=f" WHERE year = {int(year)}")
            rows, sums = figures(duck.execute(query).fetchall()[0], columns)
            if not rows:
                pg.execute(
                    "DELETE FROM shared_ledger_part WHERE table_name = %s AND year = %s",
                    [table, year],
                )
                parts.pop((table, year), None)
                continue
            duck.execute(
                f"COPY (SELECT * FROM main.{quoted(table)} WHERE year = {int(year)}) "
                f"TO '{file}' (FORMAT parquet, COMPRESSION zstd)"
            )
            blob = pg.execute(
                "INSERT INTO shared_ledger_blob (data) VALUES (%s) RETURNING id",
                [file.read_bytes()],
            ).fetchone()
            file.unlink()
            assert blob is not None
            pg.execute(
                """INSERT INTO shared_ledger_part VALUES (%s, %s, %s, %s, %s)
                   ON CONFLICT (table_name, year) DO UPDATE SET blob_id = excluded.blob_id,
                     rows = excluded.rows, totals = excluded.totals""",
                [table, year, blob[0], rows, Jsonb({c: str(v) for c, v in sums.items()})],
            )
            parts[(table, year)] = int(blob[0])
    pg.execute(
        """DELETE FROM shared_ledger_blob b
           WHERE NOT EXISTS (SELECT FROM shared_ledger_part p WHERE p.blob_id = b.id)"""
    )
    return parts


def fetch(
    pg: psycopg.Connection, duck: duckdb.DuckDBPyConnection, known: Parts, folder: Path
) -> Parts:
    """Bring DuckDB's ledger tables to PostgreSQL's parts, changing only the parts that differ
    from `known`; inside the caller's DuckDB transaction. Returns the parts now loaded."""
    parts = current_parts(pg)
    if not known:  # a new copy, or one that forgot what it holds (a refused change): all anew
        for table in LEDGER_TABLES:
            duck.execute(f"DELETE FROM main.{quoted(table)}")
    for (table, year), blob_id in sorted(parts.items()):
        if known.get((table, year)) == blob_id:
            continue
        row = pg.execute("SELECT data FROM shared_ledger_blob WHERE id = %s", [blob_id]).fetchone()
        assert row is not None
        file = folder / f"fetch-{table}-{year}.parquet"
        file.write_bytes(bytes(row[0]))
        duck.execute(f"DELETE FROM main.{quoted(table)} WHERE year = {int(year)}")
        duck.execute(f"INSERT INTO main.{quoted(table)} SELECT * FROM read_parquet('{file}')")
        file.unlink()
    for table, year in set(known) - set(parts):
        duck.execute(f"DELETE FROM main.{quoted(table)} WHERE year = {int(year)}")
    return parts
