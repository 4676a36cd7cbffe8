"""One writer at a time, and imports that replace the database file in one step.

DuckDB lets one process write a file. The dashboard keeps its file open all day; the nightly
load runs as a separate command. They meet through a lock file next to the database
(`budget.duckdb.lock`, taken with `filelock`: `flock` on POSIX, `msvcrt.locking` on Windows):

- every change the dashboard makes takes the lock, writes, and checkpoints, so the database
  file is complete and its write-ahead log empty whenever the lock is free;
- a command-line import takes the lock, copies the file, imports into the copy, checkpoints and
  closes it, and renames the copy over the database (atomic on one file system). Readers keep
  answering from the file they have open during all of it and open the new one on their next
  interaction. A killed import leaves only a stray copy; the database is exactly as before.

A second writer waits for the lock up to a given time, then gets a clear message naming the
holder. A full disk or a read-only place is reported in words and changes nothing.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import duckdb
from filelock import FileLock, Timeout

from analytics.i18n import t
from analytics.storage.database import StorageError, open_database


class Busy(StorageError):
    """Another writer holds the database."""


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


def holder_path(db: Path) -> Path:
    """Who holds the lock, in words, for the message a waiting writer gets. A file of its own:
    on Windows the locked file cannot be read by anyone else."""
    return db.with_name(db.name + ".lock.holder")


@contextmanager
def writer_lock(db: Path, wait_s: float = 0.0, holder: str = "") -> Iterator[None]:
    """Hold the database's writer lock for the block (waiting up to `wait_s` seconds)."""
    lock = FileLock(lock_path(db), mode=0o664)
    try:
        lock.acquire(timeout=max(wait_s, 0.0), poll_interval=0.1)
    except Timeout:
        raise Busy(t("storage.busy", holder=_holder(db))) from None
    except OSError as exc:
        raise StorageError(_os_message(exc, db)) from exc
    try:
        stamp = datetime.now().strftime("%Y-%m-%d %H:%M:%S")
        with contextlib.suppress(OSError):  # the lock holds without the words
            holder_path(db).write_text(
                f"{holder or 'okänd'}, process {os.getpid()}, sedan {stamp}", encoding="utf-8"
            )
        yield
    finally:
        with contextlib.suppress(OSError):
            holder_path(db).unlink(missing_ok=True)
        lock.release()


def _holder(db: Path) -> str:
    try:
        return holder_path(db).read_text(encoding="utf-8").strip()[:300] or "okänd"
    except OSError:
        return "okänd"


@contextmanager
def replacing(db: Path, holder: str, wait_s: float = 0.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """A writable copy of the database that replaces it when the block ends without an error.

    Everything the block writes becomes visible at once, or not at all: on an error (or a kill)
    the copy is dropped and the database is untouched."""
    db = Path(db)
    with writer_lock(db, wait_s, holder):
        _remove_stale_copies(db)
        _refuse_foreign_writer(db)
        copy = db.with_name(f".{db.name}.{os.getpid()}.ny")
        _remove(copy)
        try:
            log = unfinished_log(db)
            if db.exists():
                shutil.copyfile(db, copy)
                if log is not None:  # a writer died before its checkpoint: carry its log along
                    shutil.copyfile(log, Path(f"{copy}.wal"))
            con = open_database(copy, backup_as=db)
        except OSError as exc:
            _remove(copy)
            raise StorageError(_os_message(exc, db)) from exc
        except BaseException:
            _remove(copy)
            raise
        try:
            yield con
            con.execute("CHECKPOINT")
        except duckdb.IOException as exc:
            con.close()
            _remove(copy)
            raise StorageError(_os_message(OSError(errno.EIO, str(exc)), db)) from exc
        except BaseException:
            con.close()
            _remove(copy)
            raise
        con.close()
        try:
            _fsync(copy)
            os.replace(copy, db)
            Path(f"{db}.wal").unlink(missing_ok=True)  # belonged to the file just replaced
            if log is not None:  # folded into the new file
                log.unlink(missing_ok=True)
            _fsync(db.parent)
        except OSError as exc:
            _remove(copy)
            raise StorageError(_os_message(exc, db)) from exc


def alias_name(db: Path, inode: int) -> Path:
    """The name under which a dashboard opens the file with `inode` (see `ui.shell`): DuckDB
    names a database's write-ahead log after the path it was opened by."""
    return db.with_name(f".{db.name}.{inode}.open")


def unfinished_log(db: Path) -> Path | None:
    """The write-ahead log that a writer killed between its commit and its checkpoint left for
    the file as it is now: a dashboard's (named after its alias) or a program's that opened
    the file by its own name. Its commits are part of the database and must be carried into
    every copy that replaces the file. Two such logs cannot both be replayed: refused."""
    if not db.exists():
        return None
    logs = [Path(f"{db}.wal"), Path(f"{alias_name(db, db.stat().st_ino)}.wal")]
    found = [log for log in logs if log.exists() and log.stat().st_size > 0]
    if len(found) > 1:
        raise StorageError(t("storage.two_logs", path=db, logs=", ".join(p.name for p in found)))
    return found[0] if found else None


def publish(db: Path, target: Path, wait_s: float = 0.0, holder: str = "") -> None:
    """Copy the database to `target` (a replica that read-only dashboards serve) in one step:
    a consistent copy taken under the writer lock, renamed over the replica, so its readers
    open the new file on their next interaction."""
    db, target = Path(db), Path(target)
    partial = target.with_name(f".{target.name}.{os.getpid()}.ny")
    with writer_lock(db, wait_s, holder or "publicering"):
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(db, partial)
            log = unfinished_log(db)
            if log is not None:  # fold a killed writer's commits in: a replica has no log
                shutil.copyfile(log, Path(f"{partial}.wal"))
                folding = duckdb.connect(str(partial))
                folding.execute("CHECKPOINT")
                folding.close()
            _fsync(partial)
            os.replace(partial, target)
            _fsync(target.parent)
        except OSError as exc:
            _remove(partial)
            raise StorageError(_os_message(exc, target)) from exc


def remove_stale_copies(db: Path) -> None:
    """Remove what killed command-line writes left, unless a writer is at work right now (its
    copy is not stale; the next write cleans up)."""
    with contextlib.suppress(StorageError), writer_lock(db, 0.0, "städning av kopior"):
        _remove_stale_copies(db)


def _remove_stale_copies(db: Path) -> None:
    """Copies left by killed imports. Called under the writer lock: only its holder makes a
    copy, so every copy found then is a dead writer's."""
    for stray in db.parent.glob(f".{db.name}.*.ny"):
        _remove(stray)


def _remove(copy: Path) -> None:
    copy.unlink(missing_ok=True)
    Path(f"{copy}.wal").unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    if path.is_dir() and os.name == "nt":  # Windows opens no folder as a file (NTFS needs none)
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _os_message(exc: OSError, db: Path) -> str:
    detail = exc.strerror or str(exc)
    if exc.errno == errno.ENOSPC or "no space left" in str(exc).lower():
        return t("storage.disk_full", path=db, detail=detail)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return t("storage.read_only", path=db, detail=detail)
    return t("storage.not_a_database", path=db, detail=detail)


def serving_marker(db: Path) -> Path:
    """The mark a dashboard process leaves while it has the database open."""
    return db.with_name(f".{db.name}.serving.{os.getpid()}")


def mark_serving(db: Path) -> None:
    serving_marker(db).touch()


def _refuse_foreign_writer(db: Path) -> None:
    """Stop when a program other than a dashboard has the database open for writing: replacing
    the file under it would lose what it writes."""
    if not db.exists():
        return
    try:
        duckdb.connect(str(db), read_only=True).close()
        return
    except duckdb.Error as exc:
        message = str(exc)
    found = re.search(r"\(PID (\d+)\)", message)
    pid = int(found.group(1)) if found else None
    if pid is not None and db.with_name(f".{db.name}.serving.{pid}").exists():
        return  # our own dashboard: it reopens the new file on its next interaction
    raise StorageError(t("storage.locked", path=db, detail=message.splitlines()[0]))
