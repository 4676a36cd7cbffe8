"""Faults: a killed import, two imports at once, a database held by another program, a full
disk or a read-only place – each leaves the database exactly as it was, with a clear message."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from analytics.storage import StorageError, import_log, locking, open_database, queries
from tests import files
from tests.conftest import ROOT


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _big_ledger(path: Path, rows: int) -> Path:
    """A ledger with a Nämnd column (no registers needed) and `rows` rows."""
    lines = ["Period;Ansvar;Nämnd;Konto;Budget;Utfall"]
    for i in range(rows):
        lines.append(
            f"2024-{i % 12 + 1:02d};{1000 + i // 240:05d};N{(i // 240) % 7};{4000 + i % 20};{i % 997};{i % 991}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _cli(*args: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "analytics", *args],
        cwd=ROOT, env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


@pytest.fixture
def loaded(tmp_path: Path) -> Path:
    db = tmp_path / "budget.duckdb"
    con = open_database(db)
    from analytics.imports.importer import import_file

    assert import_file(con, files.csv(tmp_path / "first.csv", files.simple_ledger())).ok
    con.execute("CHECKPOINT")
    con.close()
    return db


def test_an_import_killed_at_any_moment_leaves_the_database_as_before(
    loaded: Path, tmp_path: Path
) -> None:
    from analytics.imports.importer import import_file
    from analytics.ingest.options import ImportOptions

    ledger = _big_ledger(tmp_path / "big.csv", 400_000)
    shutil.copy(loaded, tmp_path / "check.duckdb")
    check = open_database(tmp_path / "check.duckdb")
    whole = import_file(check, ledger, ImportOptions(dry_run=True))
    check.close()
    assert whole.ok and whole.counts is not None
    complete = 8 + whole.counts.added - whole.counts.removed  # what the planned import leaves
    before = _digest(loaded)
    killed_while_running = 0
    for delay in (0.3, 1.0, 2.0, 3.5, 5.0):
        process = _cli("import", str(ledger), "--db", str(loaded))
        time.sleep(delay)
        if process.poll() is None:
            killed_while_running += 1
            process.send_signal(signal.SIGKILL)
        process.wait(timeout=120)
        con = open_database(loaded, read_only=True)
        rows = import_log.data_state(con).fact_rows
        con.close()
        if _digest(loaded) != before:
            # the kill came after the rename that commits the import: then all of it is there
            assert rows == complete, f"half an import after a kill at {delay} s"
            break
        assert rows == 8  # readable, and exactly as before
        if process.returncode == 0:
            break
    assert killed_while_running >= 2
    # stray copies of killed imports are removed by the next command
    done = _cli(
        "import", str(files.csv(tmp_path / "s.csv", files.simple_ledger(2023))), "--db", str(loaded)
    )
    assert done.wait(timeout=120) == 0, done.stderr.read() if done.stderr else ""
    assert not list(loaded.parent.glob(f".{loaded.name}.*.ny"))


def test_a_second_import_waits_or_gets_a_clear_message(loaded: Path, tmp_path: Path) -> None:
    ledger = files.csv(tmp_path / "l.csv", files.simple_ledger(2023))
    before = _digest(loaded)
    with locking.writer_lock(loaded, holder="nattlig import av test"):
        refused = _cli("import", str(ledger), "--db", str(loaded))
        _, err = refused.communicate(timeout=120)
        assert refused.returncode == 3
        assert "En annan ändring av databasen pågår (nattlig import av test" in err
        assert _digest(loaded) == before
        waiting = _cli("--wait", "60", "import", str(ledger), "--db", str(loaded))
        time.sleep(1.5)
        assert waiting.poll() is None  # it waits for the lock
    assert waiting.wait(timeout=120) == 0
    con = open_database(loaded, read_only=True)
    assert queries.years(con) == [2024, 2023]
    con.close()


def test_a_database_held_by_another_program_is_not_replaced(loaded: Path, tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c",
         f"import duckdb, time; c = duckdb.connect({str(loaded)!r}); print('open', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = _digest(loaded)
        ledger = files.csv(tmp_path / "l.csv", files.simple_ledger(2023))
        refused = _cli("import", str(ledger), "--db", str(loaded))
        _, err = refused.communicate(timeout=120)
        assert refused.returncode == 3
        assert "används av ett annat program" in err
        assert _digest(loaded) == before
    finally:
        holder.kill()


@pytest.mark.parametrize(
    ("where", "code", "words"),
    [
        ("shutil.copyfile", errno.ENOSPC, "Disken är full"),
        ("os.replace", errno.ENOSPC, "Disken är full"),
        ("os.replace", errno.EROFS, "skrivskyddad"),
        ("shutil.copyfile", errno.EACCES, "skrivskyddad"),
    ],
)
def test_a_full_disk_or_read_only_place_changes_nothing(
    loaded: Path, tmp_path: Path, monkeypatch, where: str, code: int, words: str
) -> None:
    from analytics.imports.importer import import_file

    module, name = where.split(".")
    target = shutil if module == "shutil" else os

    def fail(*_args, **_kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(locking, module, _Patched(target, name, fail))
    before = _digest(loaded)
    with pytest.raises(StorageError, match=words), locking.replacing(loaded, "test") as con:
        assert import_file(con, files.csv(tmp_path / "l.csv", files.simple_ledger(2023))).ok
    assert _digest(loaded) == before
    assert not list(loaded.parent.glob(f".{loaded.name}.*.ny*"))


class _Patched:
    """A module with one function replaced (for the module the lock code sees)."""

    def __init__(self, module, name: str, function) -> None:
        self._module, self._name, self._function = module, name, function

    def __getattr__(self, attribute: str):
        return self._function if attribute == self._name else getattr(self._module, attribute)


def test_a_migration_keeps_a_backup_copy(tmp_path: Path) -> None:
    import duckdb

    from analytics.storage.database import migrate

    old = tmp_path / "old.duckdb"
    con = duckdb.connect(str(old))
    migrate(con, 0, 9)  # a database as version 9 left it
    con.close()
    open_database(old).close()
    backups = list(tmp_path.glob("old.duckdb.v9-*.bak"))
    assert len(backups) == 1
    con = duckdb.connect(str(backups[0]), read_only=True)
    assert con.execute("SELECT max(version) FROM schema_info").fetchall()[0][0] == 9
    con.close()


_DIE_BEFORE_CHECKPOINT = """
import os, signal, sys
from pathlib import Path

from analytics.access import Actor, acting_as
from analytics.storage import comments
from ui import shell


class DiesAtCheckpoint:
    '''The dashboard's cursor, except that the process is killed when its write is committed
    and the checkpoint is due: the kill point between commit and checkpoint.'''

    def __init__(self, cursor):
        self._cursor = cursor

    def execute(self, sql, *args):
        if sql.strip().upper() == "CHECKPOINT":
            print("committed", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
        return self._cursor.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._cursor, name)


opened = shell._database
shell._database = lambda alias: type("C", (), {"cursor": lambda s: DiesAtCheckpoint(opened(alias).cursor())})()
with acting_as(Actor("hc", "controller", None, "header")), shell.writing() as con:
    comments.add_comment(con, year=2024, period=1, scope="region", level="committee",
                         unit="Hälso- och sjukvårdsnämnden", explanation="Sparad före dödsstöten",
                         action="", author="hc")
"""


def _comment_texts(db: Path) -> list[str]:
    con = open_database(db, read_only=True)
    try:
        return [r[0] for r in con.execute("SELECT explanation FROM deviation_comment").fetchall()]
    finally:
        con.close()


def test_a_comment_committed_by_a_dashboard_killed_before_its_checkpoint_survives_an_import(
    loaded: Path, tmp_path: Path
) -> None:
    """The dashboard opens the file under an alias, so a commit not yet checkpointed lives in
    the alias's write-ahead log; the next command-line import carries it into its copy."""
    died = subprocess.run(
        [sys.executable, "-c", _DIE_BEFORE_CHECKPOINT],
        cwd=ROOT, env={**os.environ, "BUDGET_DB": str(loaded)},
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert died.returncode == -signal.SIGKILL and "committed" in died.stdout, died.stderr
    log = locking.unfinished_log(loaded)
    assert log is not None and log.name.endswith(".open.wal")  # only in the alias's log
    ledger = files.csv(tmp_path / "l.csv", files.simple_ledger(2023))
    done = _cli("import", str(ledger), "--db", str(loaded))
    assert done.wait(timeout=120) == 0, done.stderr.read() if done.stderr else ""
    assert _comment_texts(loaded) == ["Sparad före dödsstöten"]
    assert locking.unfinished_log(loaded) is None and not log.exists()
    # and a replica published afterwards has it too, as does one published from the log
    locking.publish(loaded, tmp_path / "replica" / "budget.duckdb")
    assert _comment_texts(tmp_path / "replica" / "budget.duckdb") == ["Sparad före dödsstöten"]


def test_a_replica_published_while_a_killed_dashboard_s_log_remains_has_its_commits(
    loaded: Path, tmp_path: Path
) -> None:
    died = subprocess.run(
        [sys.executable, "-c", _DIE_BEFORE_CHECKPOINT],
        cwd=ROOT, env={**os.environ, "BUDGET_DB": str(loaded)},
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert died.returncode == -signal.SIGKILL, died.stderr
    replica = tmp_path / "replica" / "budget.duckdb"
    locking.publish(loaded, replica)
    assert _comment_texts(replica) == ["Sparad före dödsstöten"]
    assert not Path(f"{replica}.wal").exists()


def test_two_unfinished_logs_are_refused_in_words(loaded: Path) -> None:
    Path(f"{loaded}.wal").write_bytes(b"x" * 10)
    Path(f"{locking.alias_name(loaded, loaded.stat().st_ino)}.wal").write_bytes(b"y" * 10)
    with pytest.raises(StorageError, match="två ofullbordade transaktionsloggar"):
        locking.unfinished_log(loaded)
    before = _digest(loaded)
    done = _cli("import", str(files.csv(loaded.parent / "l.csv", files.simple_ledger(2023))),
                "--db", str(loaded))  # fmt: skip
    assert done.wait(timeout=120) != 0
    assert "två ofullbordade" in (done.stderr.read() if done.stderr else "")
    assert _digest(loaded) == before
