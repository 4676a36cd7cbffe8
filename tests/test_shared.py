"""The shared mode on a real PostgreSQL (started by the tests, see conftest `pg_server`): every
write of the core reaches another server, imports are atomic and serialised by the database,
row-level security refuses another nämnd's rows even when the application's checks are
bypassed, and moving between the DuckDB file and PostgreSQL is checked to the krona."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

import duckdb
import psycopg
import pytest

from analytics.access import AccessDenied, Actor, acting_as
from analytics.storage import StorageError, open_database
from analytics.storage.shared import SharedDatabase
from analytics.storage.shared.move import dump, fingerprint, migrate_to
from analytics.storage.shared.schema import LIMITED_ROLE
from tests import files
from tests.conftest import ROOT, SharedCopies
from tests.test_access import HSN_CONTROLLER, WRITES

HSN, RS = "Hälso- och sjukvårdsnämnden", "Regionstyrelsen"


class Store:
    """One database in one of the two modes, as two servers see it: `writing()` is a change
    on the first, `reader()` what a second server (another process's copy) reads."""

    def __init__(self, mode: str, path: Path, copies: SharedCopies | None) -> None:
        self.mode = mode
        self.path = path
        self.url = copies.of(path) if copies else ""
        self.first = SharedDatabase(self.url) if copies else None
        self.con = self.first.con if self.first else open_database(path)

    @contextmanager
    def writing(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if self.first is None:
            yield self.con
        else:
            with self.first.writing() as cursor:
                yield cursor

    def reader(self) -> duckdb.DuckDBPyConnection:
        if not self.url:
            return self.con.cursor()
        return SharedDatabase(self.url).con

    def close(self) -> None:
        if self.first is not None:
            self.first.close()
        else:
            self.con.close()


@pytest.fixture(params=["embedded", "shared"])
def store(request: pytest.FixtureRequest, demo_copy: Path) -> Iterator[Store]:
    copies = request.getfixturevalue("shared_copies") if request.param == "shared" else None
    opened = Store(request.param, demo_copy, copies)
    yield opened
    opened.close()


def _contents(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, sorted (the ledger's as rows and sums: it is large)."""
    names = [
        r[0]
        for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
            "AND NOT temporary AND table_name NOT LIKE 'ledger%' AND table_name <> 'schema_info' "
            "ORDER BY 1"
        ).fetchall()
    ]
    found = {n: sorted(con.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    return found | {k: [v] for k, v in fingerprint(con, ["ledger_fact"]).items()}


# the writes in an order in which each can succeed (a measure before its realised saving)
ORDER = [n for n in WRITES if n not in ("report_approve", "report_reopen", "roles_remove")] + [
    "report_approve",
    "report_reopen",
    "roles_remove",
]


def test_every_write_of_the_core_is_read_back_by_another_server(store: Store) -> None:
    """Each write of the core (the access tests' list) as one change; some refuse their
    made-up arguments in the core (a change that raises keeps what it committed, in both
    modes alike); afterwards another server reads exactly what the writer holds."""
    taken = []
    for name in ORDER:
        try:
            with store.writing() as con:
                WRITES[name](con)
            taken.append(name)
        except (ValueError, duckdb.Error, KeyError):
            continue
    assert len(taken) >= 15, taken
    assert _contents(store.reader()) == _contents(store.con.cursor())
    audit = store.reader().execute("SELECT count(*) FROM audit_log").fetchall()[0][0]
    assert audit >= len(taken)


def test_a_limited_users_write_is_refused_by_postgresql_itself(shared_copies, demo_copy) -> None:
    """The application's check is bypassed (a raw UPDATE on the copy): PostgreSQL's row-level
    security refuses the rows of another nämnd, nothing is stored, the copy is restored."""
    url = shared_copies.of(demo_copy)
    with SharedDatabase(url) as server:
        before = _contents(server.con.cursor())
        with pytest.raises(StorageError, match="vägrade ändra"):  # noqa: SIM117
            with acting_as(HSN_CONTROLLER), server.writing() as con:
                con.execute("UPDATE saving_target SET amount = amount + 1")
        assert _contents(server.con.cursor()) == before
        with acting_as(HSN_CONTROLLER), server.writing() as con:  # their own nämnd: taken
            con.execute("UPDATE saving_target SET amount = amount + 1 WHERE committee = ?", [HSN])
    with psycopg.connect(url) as pg:
        pg.execute(f"SET ROLE {LIMITED_ROLE}")
        pg.execute("SELECT set_config('budget.committees', %s, false)", [HSN])
        seen = {r[0] for r in pg.execute("SELECT DISTINCT committee FROM forecast_entry")}
        assert seen <= {HSN}
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            pg.execute("INSERT INTO saving_target VALUES (2030, %s, 1, 'x', now(), 0)", [RS])


def test_the_applications_refusal_holds_in_the_shared_mode_too(shared_copies, demo_copy) -> None:
    with SharedDatabase(shared_copies.of(demo_copy)) as server:
        with pytest.raises(AccessDenied, match=f"för {RS}"):  # noqa: SIM117
            with acting_as(HSN_CONTROLLER), server.writing() as con:
                WRITES["forecast"](con)
        assert server.con.execute("SELECT count(*) FROM forecast_entry").fetchall() == [(0,)]


def _cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "analytics", *args, "--database-url", url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "BUDGET_DATABASE_URL": ""},
    )


def test_the_demo_in_the_shared_mode_gives_the_same_summary_and_result(
    shared_copies: SharedCopies, demo_db: Path, tmp_path: Path
) -> None:
    url = shared_copies.empty()
    made = _cli(url, "demo", "--folder", str(tmp_path / "files"))
    assert made.returncode == 0, made.stderr[-2000:]
    for command in ("summary", "result"):
        args = (command, "--year", "2020", "--period", "8", "--json")
        shared = _cli(url, *args)
        embedded = subprocess.run(
            [sys.executable, "-m", "analytics", *args, "--db", str(demo_db)],
            cwd=ROOT, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert shared.returncode == 0, shared.stderr
        assert json.loads(shared.stdout) == json.loads(embedded.stdout)
        assert shared.stdout == embedded.stdout


def test_moving_in_and_dumping_back_is_checked_to_the_krona(
    shared_copies: SharedCopies, demo_copy: Path, tmp_path: Path
) -> None:
    url = shared_copies.empty()
    moved = migrate_to(demo_copy, url)
    assert "lika i källa och mål" in moved.text()
    with duckdb.connect(str(demo_copy), read_only=True) as source:
        assert (
            moved.ledger_total
            == source.execute("SELECT sum(amount) FROM ledger_fact").fetchall()[0][0]
        )
        expected = _contents(source)
    with pytest.raises(StorageError, match="innehåller redan data"):
        migrate_to(demo_copy, url)
    back = tmp_path / "back.duckdb"
    dumped = dump(url, back)
    assert dumped == moved
    with duckdb.connect(str(back), read_only=True) as copy:
        assert _contents(copy) == expected
    result = _cli(url, "dump", "--out", str(tmp_path / "again.duckdb"))
    assert result.returncode == 0 and "kontrollerade" in result.stdout, result.stderr


def test_only_an_admin_dumps_and_a_refused_dump_leaves_no_file(
    shared_copies: SharedCopies, demo_copy: Path, tmp_path: Path
) -> None:
    from analytics.settings import os_user
    from analytics.storage import access as stored_access

    url = shared_copies.of(demo_copy)
    with SharedDatabase(url) as server, server.writing() as con:
        stored_access.set_user(con, "boss", "admin", None)
        stored_access.set_user(con, "vera", "viewer", None)
    target = tmp_path / "vera.duckdb"
    refused = subprocess.run(
        [sys.executable, "-m", "analytics", "dump", "--out", str(target), "--database-url", url],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
        env={**os.environ, "BUDGET_DATABASE_URL": "", "BUDGET_USER": "vera",
             "BUDGET_ADMINS": "", "BUDGET_SERVICE_USERS": os_user()},
    )  # fmt: skip
    assert refused.returncode == 4, refused.stderr
    assert not target.exists()


def test_an_import_from_the_cli_reaches_a_running_server_whole(
    shared_copies: SharedCopies, demo_copy: Path, tmp_path: Path
) -> None:
    url = shared_copies.of(demo_copy)
    with SharedDatabase(url) as server:
        before = server.con.execute("SELECT count(*), sum(amount) FROM ledger_fact").fetchall()
        ledger = files.csv(tmp_path / "l.csv", files.simple_ledger(year=2031))
        result = _cli(url, "import", str(ledger))
        assert result.returncode == 0, result.stderr
        assert server.refresh()
        after = server.con.execute("SELECT count(*), sum(amount) FROM ledger_fact").fetchall()
        assert after[0][0] > before[0][0]
        assert (
            server.con.execute(
                "SELECT count(*) FROM ledger_by_committee WHERE year = 2031"
            ).fetchall()[0][0]
            > 0
        )
        # a refused file leaves nothing, on this server or in PostgreSQL
        bad = files.csv(tmp_path / "bad.csv", [["År", "Period"], ["x", "y"]])
        assert _cli(url, "import", str(bad)).returncode == 1
        server.refresh()
        assert (
            server.con.execute("SELECT count(*), sum(amount) FROM ledger_fact").fetchall() == after
        )


def test_two_imports_at_once_are_serialised_by_the_database(
    shared_copies: SharedCopies, demo_copy: Path, tmp_path: Path
) -> None:
    """Two command-line imports started together (no lock file anywhere: each process has its
    own working copy): both land whole, one after the other."""
    url = shared_copies.of(demo_copy)
    started = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "analytics",
                "import",
                "--database-url",
                url,
                str(files.csv(tmp_path / f"l{year}.csv", files.simple_ledger(year=year))),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "BUDGET_DATABASE_URL": ""},
        )
        for year in (2032, 2033)
    ]
    for process in started:
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
    with SharedDatabase(url) as reader:
        assert reader.con.execute(
            "SELECT year, count(*), sum(amount) FROM ledger_fact WHERE year > 2031 GROUP BY 1 ORDER BY 1"
        ).fetchall() == [(2032, 8, Decimal("-650.00")), (2033, 8, Decimal("-650.00"))]
        logged = reader.con.execute(
            "SELECT count(DISTINCT id) FROM import_log WHERE file_name LIKE 'l203%'"
        ).fetchall()
        assert logged == [(2,)]


def test_a_change_waits_for_another_then_is_refused_in_words(
    shared_copies: SharedCopies, demo_copy: Path
) -> None:
    from analytics.storage.shared.mirror import WRITE_LOCK

    url = shared_copies.of(demo_copy)
    with SharedDatabase(url) as server, psycopg.connect(url) as other:
        other.execute("SELECT pg_advisory_xact_lock(%s)", [WRITE_LOCK])  # an import is running
        with pytest.raises(StorageError, match="En annan ändring pågår"):  # noqa: SIM117
            with server.writing(wait_s=0.5) as con:
                WRITES["comment"](con)
        other.rollback()  # the import ends: the next change goes through
        with server.writing(wait_s=0.5) as con:
            WRITES["comment"](con)
        assert server.con.execute("SELECT count(*) FROM deviation_comment").fetchall() == [(1,)]


def test_an_import_postgresql_refuses_leaves_nothing_on_any_side(
    shared_copies: SharedCopies, demo_copy: Path, tmp_path: Path
) -> None:
    """PostgreSQL fails while the import's ledger parts are written (a trigger stands for a
    full disk): the user is told in words, PostgreSQL holds none of it, and the server's copy,
    which had already imported the file, is back to PostgreSQL's state."""
    from analytics.imports.importer import import_file

    url = shared_copies.of(demo_copy)
    with psycopg.connect(url) as pg:
        pg.execute(
            """CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS
               $$ BEGIN RAISE EXCEPTION 'disken är full'; END $$"""
        )
        pg.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON shared_ledger_part "
            "FOR EACH ROW EXECUTE FUNCTION refuse()"
        )
    ledger = files.csv(tmp_path / "l.csv", files.simple_ledger(year=2031))
    with SharedDatabase(url) as server:
        before = _contents(server.con.cursor())
        with pytest.raises(StorageError, match="disken är full"):  # noqa: SIM117
            with server.writing() as con:
                import_file(con, ledger)
        assert _contents(server.con.cursor()) == before
        assert server.con.execute(
            "SELECT count(*) FROM ledger_fact WHERE year = 2031"
        ).fetchall() == [(0,)]
    with SharedDatabase(url) as other:
        assert _contents(other.con.cursor()) == before


def test_concurrent_writers_lose_nothing(shared_copies: SharedCopies, demo_copy: Path) -> None:
    """Four processes (as four servers) write comments and forecasts at once for 4 s."""
    url = shared_copies.of(demo_copy)
    started = [
        subprocess.Popen(
            [sys.executable, str(ROOT / "scripts" / "shared_writer.py"), url, str(worker), "4"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for worker in range(4)
    ]
    written = 0
    for process in started:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err[-2000:]
        written += int(out.strip().splitlines()[-1])
    with SharedDatabase(url) as reader:
        count = reader.con.execute(
            "SELECT (SELECT count(*) FROM deviation_comment) + (SELECT count(*) FROM forecast_entry)"
        ).fetchall()[0][0]
        ids = reader.con.execute("SELECT count(DISTINCT id) FROM audit_log").fetchall()[0][0]
        audits = reader.con.execute("SELECT count(*) FROM audit_log").fetchall()[0][0]
    assert written > 8 and count == written
    assert ids == audits


def test_an_unreachable_or_other_version_database_is_refused_in_words(
    shared_copies: SharedCopies,
) -> None:
    with pytest.raises(StorageError, match="kan inte nås"):
        SharedDatabase("postgresql://nobody@127.0.0.1:1/none")
    url = shared_copies.empty()
    SharedDatabase(url).close()
    with psycopg.connect(url) as pg:
        pg.execute("UPDATE schema_info SET version = version + 1")
    with pytest.raises(StorageError, match="schemaversion"):
        SharedDatabase(url)


def test_a_limited_user_is_not_in_the_shared_role_by_default(
    shared_copies: SharedCopies, demo_copy: Path
) -> None:
    """Without budget.committees the limited role sees no nämnd's rows (fails closed)."""
    url = shared_copies.of(demo_copy)
    with psycopg.connect(url) as pg:
        pg.execute(f"SET ROLE {LIMITED_ROLE}")
        assert pg.execute("SELECT count(*) FROM org_unit").fetchone() == (0,)
    assert Actor  # the actor type the limited role stands for
