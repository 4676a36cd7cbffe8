"""One server's (or one command's) DuckDB in the shared mode: a working copy of the PostgreSQL
database that every query of the product runs on unchanged, brought up to date at each
interaction, and the one way changes reach PostgreSQL.

Why a working copy: every figure is computed by the same SQL and pandas code in both modes (one
function per figure), the ledger is queried at embedded speed, and a limited user's cursor is
limited by the same temp views (`storage.access`). PostgreSQL holds the truth and serialises
changes: a change takes the database's write lock (an advisory lock, held by its transaction, so
a killed server never leaves it held), brings the copy up to date under it, runs on the copy
exactly as in the embedded mode, and sends what it changed to PostgreSQL in that transaction.
What PostgreSQL refuses (row-level security, a constraint) leaves nothing: the copy re-reads
what the change touched and the user is told in words.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from urllib.parse import urlsplit

import duckdb
import psycopg

from analytics import access
from analytics.i18n import t
from analytics.ingest.reasons import detail_of
from analytics.storage.database import StorageError, open_database
from analytics.storage.migrations import SCHEMA_VERSION
from analytics.storage.shared import ledger, rows
from analytics.storage.shared.catalog import Table, quoted, row_tables
from analytics.storage.shared.schema import LEDGER, SEQUENCES, act_as, ensure_schema

WRITE_LOCK = 0x62756467  # the advisory lock every change holds ("budg")
WAIT_S = 5.0  # how long a change from the dashboard waits for another one (as on the file)


def where(url: str) -> str:
    """The database named for people: host, port and name, never the password."""
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    return f"{host}:{parts.port or 5432}{parts.path}"


def connect(url: str) -> psycopg.Connection:
    try:
        return psycopg.connect(url, connect_timeout=10, application_name="budget")
    except psycopg.Error as exc:
        raise failure("shared.unreachable", url, exc) from exc


def failure(key: str, url: str, exc: BaseException) -> StorageError:
    """What went wrong with the shared database at `url`, in words, with the driver's first
    line as the detail."""
    return StorageError(t(key, where=where(url), detail=detail_of(exc)))


class SharedDatabase:
    """PostgreSQL at `url` and this process's working copy of it (in a private temporary folder
    removed at exit). Thread-safe: one refresh or change at a time per process; readers
    take cursors of `con` and read committed states of the copy meanwhile."""

    def __init__(self, url: str, lang: str = "sv") -> None:
        self.url = url
        self.folder = Path(tempfile.mkdtemp(prefix="budget-shared-"))
        atexit.register(shutil.rmtree, self.folder, True)
        self.path = self.folder / "copy.duckdb"
        self.con = open_database(self.path, lang=lang)
        self.tables: tuple[Table, ...] = row_tables(self.con)
        self._by_name = {table.name: table for table in self.tables}
        self._lock = threading.RLock()
        self._seen: dict[str, int] = {}
        self._parts: ledger.Parts = {}
        self._sequences: dict[str, int] = {}
        try:
            self._pg = connect(url)
        except BaseException:
            self.con.close()
            raise
        try:
            ensure_schema(self._pg, self.tables, SCHEMA_VERSION)
            self.refresh()
        except BaseException:
            self.close()
            raise

    @property
    def where(self) -> str:
        return where(self.url)

    def __enter__(self) -> SharedDatabase:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            self._pg.close()
            self.con.close()

    def connection(self) -> psycopg.Connection:
        """The process's PostgreSQL connection, opened again after a failure."""
        if self._pg.closed or self._pg.broken:
            self._pg = connect(self.url)
        elif self._pg.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            self._pg.rollback()  # left open by an interrupted change: start clean
        return self._pg

    def refresh(self) -> bool:
        """Bring the copy up to date with PostgreSQL (one small query when nothing changed);
        skipped while this process is changing the database. True when something was read."""
        if not self._lock.acquire(blocking=False):
            return False
        try:
            pg = self.connection()
            pg.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ  # one consistent state
            try:
                with pg.transaction():
                    return self._pull(pg)
            except psycopg.Error as exc:
                raise failure("shared.unreachable", self.url, exc) from exc
        finally:
            self._lock.release()

    def _pull(self, pg: psycopg.Connection) -> bool:
        found = {
            str(n): (int(v), int(f))
            for n, v, f in pg.execute(
                "SELECT name, version, full_version FROM shared_version"
            ).fetchall()
        }
        stale = [n for n, (v, _) in found.items() if self._seen.get(n) != v]
        if not stale:
            return False
        cursor = self.con.cursor()
        try:
            cursor.execute("BEGIN TRANSACTION")
            for name in stale:
                _version, full = found[name]
                seen = self._seen.get(name)
                if name == LEDGER:
                    self._parts = ledger.fetch(pg, cursor, self._parts, self.folder)
                elif name == SEQUENCES:
                    self._sequences = _fetch_sequences(pg, cursor)
                elif name in self._by_name:
                    since = seen if seen is not None and full <= seen else None
                    rows.fetch(pg, cursor, self._by_name[name], since)
            cursor.execute("COMMIT")
        except BaseException:
            with suppress(duckdb.Error):
                cursor.execute("ROLLBACK")
            self._seen.clear()  # unsure what the copy holds: read everything next time
            self._parts.clear()
            raise
        finally:
            cursor.close()
        self._seen.update({name: found[name][0] for name in stale})
        return True

    @contextmanager
    def writing(self, wait_s: float = WAIT_S) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor for one change: under the database's write lock (waiting up to `wait_s`
        for another change, such as an import, to finish), on an up-to-date copy. What the
        block commits on the copy (as the embedded mode would keep it, even when the block then
        raises) is written to PostgreSQL in one transaction at its end."""
        with self._lock:
            pg = self.connection()
            pg.isolation_level = psycopg.IsolationLevel.READ_COMMITTED  # sees the last writer's
            cursor = self.con.cursor()
            try:
                pg.execute("SELECT set_config('lock_timeout', %s, true)", [f"{wait_s * 1000:.0f}"])
                pg.execute("SELECT pg_advisory_xact_lock(%s)", [WRITE_LOCK])
                pg.execute("SELECT set_config('lock_timeout', '0', true)")
                self._pull(pg)
                before = rows.keep_before(cursor, self.tables)
            except psycopg.errors.LockNotAvailable as exc:
                pg.rollback()
                cursor.close()
                raise StorageError(t("shared.busy", seconds=f"{wait_s:.0f}")) from exc
            except psycopg.Error as exc:
                pg.rollback()
                cursor.close()
                raise failure("shared.unreachable", self.url, exc) from exc
            try:
                yield cursor
            finally:  # what the block committed is sent even when it then raised
                self._send(pg, cursor, before)

    def _send(
        self, pg: psycopg.Connection, cursor: duckdb.DuckDBPyConnection, before: rows.Fingerprints
    ) -> None:
        try:
            actor = access.current()
            act_as(pg, actor.committees if actor else None, actor.name if actor else "?")
            change = int(pg.execute("SELECT nextval('shared_change')").fetchall()[0][0])
            written = self._send_rows(pg, cursor, change, before)
            years = ledger.touched_years(cursor)
            if years is None or years:
                self._parts = ledger.send(pg, cursor, years, self.folder)
                written[LEDGER] = False
            if _send_sequences(pg, cursor, self._sequences):
                written[SEQUENCES] = False
            for name, deleted in written.items():
                pg.execute(
                    """UPDATE shared_version SET version = %s,
                         full_version = CASE WHEN %s THEN %s ELSE full_version END
                       WHERE name = %s""",
                    [change, deleted, change, name],
                )
            pg.commit()
        except BaseException as exc:
            pg.rollback()
            self._forget()
            if isinstance(exc, psycopg.Error | rows.Refused | OSError | duckdb.Error):
                raise failure("shared.write_failed", self.url, exc) from exc
            raise
        finally:
            with suppress(duckdb.Error):
                rows.drop_before(cursor, self.tables)
                ledger.forget_touched(cursor)
            cursor.close()
        self._seen.update(dict.fromkeys(written, change))

    def _send_rows(
        self,
        pg: psycopg.Connection,
        cursor: duckdb.DuckDBPyConnection,
        change: int,
        before: rows.Fingerprints,
    ) -> dict[str, bool]:
        """Each changed row table's name, and whether rows were deleted or replaced in it."""
        after = rows.fingerprints(cursor, self.tables)
        written: dict[str, bool] = {}
        for table in self.tables:
            if after[table.name] == before[table.name]:
                continue
            counts = rows.send(pg, cursor, table, change)
            if counts is not None:
                written[table.name] = counts[0] > 0
        return written

    def _forget(self) -> None:
        """After a change PostgreSQL did not take: read everything again at the next refresh
        (the copy holds what PostgreSQL refused until then), and refresh now if we can."""
        self._seen.clear()
        self._parts.clear()
        self._sequences.clear()
        with suppress(StorageError, psycopg.Error, duckdb.Error):
            self.refresh()


def _local_sequences(cursor: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Each id sequence's last handed-out value (start - 1 when none was handed out)."""
    return {
        str(name): int(last if last is not None else start - 1)
        for name, last, start in cursor.execute(
            "SELECT sequence_name, last_value, start_value FROM duckdb_sequences() "
            "WHERE database_name = current_database()"
        ).fetchall()
    }


def _send_sequences(
    pg: psycopg.Connection, cursor: duckdb.DuckDBPyConnection, known: dict[str, int]
) -> bool:
    changed = {n: v for n, v in _local_sequences(cursor).items() if known.get(n, 0) < v}
    for name, value in changed.items():
        pg.execute(
            """INSERT INTO shared_sequence VALUES (%s, %s) ON CONFLICT (name)
               DO UPDATE SET last_value = greatest(shared_sequence.last_value, excluded.last_value)""",
            [name, value],
        )
    known.update(changed)
    return bool(changed)


def _fetch_sequences(pg: psycopg.Connection, cursor: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Move each local sequence past PostgreSQL's value, so new ids follow every server's."""
    shared = {str(n): int(v) for n, v in pg.execute("SELECT name, last_value FROM shared_sequence")}
    local = _local_sequences(cursor)
    for name, value in shared.items():
        if name in local and local[name] < value:
            # a name from duckdb_sequences(), quoted; the value an int
            cursor.execute(f"CREATE OR REPLACE SEQUENCE {quoted(name)} START WITH {int(value) + 1}")
    return shared
