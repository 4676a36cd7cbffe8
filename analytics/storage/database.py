"""Opening the DuckDB file: create, migrate (after a backup copy) or refuse.

This package is the only place with SQL. Everything above it passes DataFrames and plain values.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import duckdb

from analytics.i18n import t
from analytics.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from analytics.storage.summaries import rebuild_after_migration
from analytics.storage.views import VIEWS


class StorageError(Exception):
    """A database problem the user can act on; the message is in the user's language."""


def open_database(
    path: Path | str, read_only: bool = False, lang: str = "sv", backup_as: Path | None = None
) -> duckdb.DuckDBPyConnection:
    """A connection to the file at `path`, created and migrated as needed. The copy made
    before a migration is named after `backup_as` (default: `path`)."""
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except (duckdb.IOException, duckdb.ConnectionException) as exc:
        text = str(exc).lower()
        in_use = "lock" in text or "different configuration" in text
        key = "storage.locked" if in_use else "storage.not_a_database"
        raise StorageError(t(key, lang, path=path, detail=str(exc).splitlines()[0])) from exc
    except duckdb.Error as exc:
        raise StorageError(
            t("storage.not_a_database", lang, path=path, detail=str(exc).splitlines()[0])
        ) from exc
    try:
        found = schema_version(con)
        if found > SCHEMA_VERSION:
            raise StorageError(
                t("storage.newer_schema", lang, path=path, found=found, supported=SCHEMA_VERSION)
            )
        if found < SCHEMA_VERSION and not read_only:
            if existed and found > 0:
                con.close()
                backup_copy(path, found, backup_as)
                con = duckdb.connect(str(path))
            migrate(con, found)
        if not read_only:
            for view in VIEWS:
                con.execute(view)
    except BaseException:
        con.close()
        raise
    return con


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The file's schema version; 0 for an empty file."""
    has_table = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_info'"
    ).fetchall()[0]
    if not has_table or not has_table[0]:
        tables = con.execute("SELECT count(*) FROM information_schema.tables").fetchall()[0]
        if tables and tables[0]:
            raise StorageError(t("storage.not_a_database", path="", detail="schema_info saknas"))
        return 0
    row = con.execute("SELECT max(version) FROM schema_info").fetchall()[0]
    return int(row[0]) if row and row[0] is not None else 0


def migrate(
    con: duckdb.DuckDBPyConnection, from_version: int, to_version: int = SCHEMA_VERSION
) -> None:
    """Apply the migrations after `from_version` up to `to_version` in one transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        for version, _about, statements in MIGRATIONS:
            if from_version < version <= to_version:
                for statement in statements:
                    con.execute(statement)
                con.execute("INSERT INTO schema_info (version) VALUES (?)", [version])
        if from_version < to_version:  # then, as a step of its own, the summaries from the facts
            rebuild_after_migration(con, to_version)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def backup_copy(path: Path, version: int, named_as: Path | None = None) -> Path:
    """Copy the file aside before migrating it: `budget.duckdb.v1-20261124-193000.bak`."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    name = (named_as or path).name
    target = path.with_name(f"{name}.v{version}-{stamp}.bak")
    shutil.copy2(path, target)
    return target


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """All or nothing: commit when the block ends, roll back when it raises."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def insert_with_new_id(
    con: duckdb.DuckDBPyConnection, sequence: str, table: str, row: dict[str, object]
) -> int:
    """Insert one row under the next id of `sequence`, in a transaction of its own; return the
    id. The sequence, table and column names come from this package's code, never from users;
    the values are bound parameters."""
    columns = ", ".join(["id", *row])
    marks = ", ".join("?" * (len(row) + 1))
    with transaction(con):
        new_id = int(con.execute(f"SELECT nextval('{sequence}')").fetchall()[0][0])
        con.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", [new_id, *row.values()])
    return new_id
