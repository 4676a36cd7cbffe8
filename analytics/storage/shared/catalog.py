"""The shared mode's view of the embedded schema: which tables hold rows users and imports write
(kept as rows in PostgreSQL) and which hold the ledger (kept as Parquet parts per year), with
their columns, keys and checks, read from DuckDB's own catalog.

The DuckDB migrations stay the one definition of the schema: PostgreSQL's tables are generated
from the catalog of a database migrated to the current version, so the two can never drift.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import duckdb

from analytics.storage.summaries import SUMMARY_TABLES

LEDGER_TABLES = ("ledger_fact", *SUMMARY_TABLES)  # large, written only by imports, by year
LOCAL_ONLY = ("schema_info",)  # each side's own migration bookkeeping

# DuckDB's column types and PostgreSQL's for them (money is DECIMAL on both sides: exact)
_TYPES = {
    "VARCHAR": "text",
    "INTEGER": "integer",
    "BIGINT": "bigint",
    "TINYINT": "smallint",
    "SMALLINT": "smallint",
    "DOUBLE": "double precision",
    "BOOLEAN": "boolean",
    "DATE": "date",
    "TIMESTAMP": "timestamp",
    "VARCHAR[]": "text[]",
}


@dataclass(frozen=True)
class Column:
    name: str
    duck_type: str
    not_null: bool

    @property
    def pg_type(self) -> str:
        if self.duck_type.startswith("DECIMAL("):
            return "numeric" + self.duck_type.removeprefix("DECIMAL")
        if self.duck_type not in _TYPES:
            raise ValueError(f"no PostgreSQL type for DuckDB's {self.duck_type}")
        return _TYPES[self.duck_type]


@dataclass(frozen=True)
class Table:
    """One table of the embedded schema as PostgreSQL will hold it."""

    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]  # the primary key: how a changed row is found on the other side
    unique: tuple[tuple[str, ...], ...]
    checks: tuple[str, ...]

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def has_committee(self) -> bool:
        """Rows of one nämnd each: limited by row-level security in PostgreSQL."""
        return "committee" in self.column_names


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def table_names(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Every table of the database's main schema but its own bookkeeping, by name."""
    return [
        str(r[0])
        for r in con.execute(
            """SELECT table_name FROM duckdb_tables()
               WHERE database_name = current_database() AND schema_name = 'main'
                 AND NOT temporary ORDER BY table_name"""
        ).fetchall()
        if r[0] not in LOCAL_ONLY
    ]


def row_tables(con: duckdb.DuckDBPyConnection) -> tuple[Table, ...]:
    """Every table whose rows live in PostgreSQL: all but the ledger and the bookkeeping."""
    return tuple(_table(con, name) for name in table_names(con) if name not in LEDGER_TABLES)


def _table(con: duckdb.DuckDBPyConnection, name: str) -> Table:
    columns = tuple(
        Column(str(n), str(t), not bool(nullable))
        for n, t, nullable in con.execute(
            """SELECT column_name, data_type, is_nullable FROM duckdb_columns()
               WHERE database_name = current_database() AND schema_name = 'main'
                 AND table_name = ? ORDER BY column_index""",
            [name],
        ).fetchall()
    )
    constraints = con.execute(
        """SELECT constraint_type, constraint_column_names, expression FROM duckdb_constraints()
           WHERE database_name = current_database() AND schema_name = 'main'
             AND table_name = ? ORDER BY constraint_index""",
        [name],
    ).fetchall()
    keys = [tuple(cols) for kind, cols, _ in constraints if kind == "PRIMARY KEY"]
    if not keys:
        raise ValueError(f"table {name} has no primary key: the shared mode cannot follow it")
    return Table(
        name,
        columns,
        keys[0],
        tuple(tuple(cols) for kind, cols, _ in constraints if kind == "UNIQUE"),
        tuple(str(expr) for kind, _, expr in constraints if kind == "CHECK"),
    )


def create_statement(table: Table) -> str:
    """PostgreSQL's CREATE TABLE for `table`: columns, NOT NULL, keys and checks; `_v` is the
    change (see `shared_version`) that last wrote the row, so a server can fetch only new rows."""
    parts = [
        f"{quoted(c.name)} {c.pg_type}{' NOT NULL' if c.not_null else ''}" for c in table.columns
    ]
    parts.append("_v bigint NOT NULL DEFAULT 0")
    parts.append(f"PRIMARY KEY ({', '.join(map(quoted, table.key))})")
    parts += [f"UNIQUE ({', '.join(map(quoted, cols))})" for cols in table.unique]
    parts += [f"CHECK {expression}" for expression in table.checks]
    return f"CREATE TABLE {quoted(table.name)} (\n  " + ",\n  ".join(parts) + "\n)"


def decimal_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    """The money columns of a table (DECIMAL), in their order."""
    return [
        str(r[0])
        for r in con.execute(
            """SELECT column_name FROM duckdb_columns()
               WHERE database_name = current_database() AND schema_name = 'main'
                 AND table_name = ? AND data_type LIKE 'DECIMAL%' ORDER BY column_index""",
            [table],
        ).fetchall()
    ]


Figures = tuple[int, dict[str, Decimal]]  # rows, and the exact sum of each money column


def figures_query(table: str, columns: list[str], schema: str = "main.", where: str = "") -> str:
    """The query of a table's `Figures` (DuckDB's `main.` schema, or PostgreSQL's with "")."""
    sums = "".join(f", coalesce(sum({quoted(c)}), 0)" for c in columns)
    return f"SELECT count(*){sums} FROM {schema}{quoted(table)}{where}"


def figures(row: tuple[object, ...], columns: list[str]) -> Figures:
    """A `figures_query` row as `Figures`."""
    return int(str(row[0])), {c: Decimal(str(v)) for c, v in zip(columns, row[1:], strict=True)}
