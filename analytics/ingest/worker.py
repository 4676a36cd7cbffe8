"""Parsing a file in a worker process with a memory and a time limit.

A spreadsheet is a program for its parser: one cell at XFD1048576 made calamine ask for 512 GB
and abort the whole process, a sheet of six million shared strings took 2,9 GB. The size checks
in `safety` stop the known shapes before any parser runs; this module bounds the unknown ones.
Every read of a user's file (upload, preview, CLI import, templates, goal sheets) runs in a
child process whose address space is capped with `setrlimit` and whose time is bounded, so a
hostile file can at worst fail its own read with a Swedish message, while the dashboard and
every other session keep running.

The children come from a small helper process (`python -m analytics.ingest.worker`) that has
imported the readers once and forks one child per read: a read starts in milliseconds, and
never from a fork of the multi-threaded dashboard (forking a process with running threads can
deadlock the child). This is multiprocessing's fork-server idea without its habit of importing
the caller's main module (the whole Streamlit app) into every child. Each read gets its own
socket pair, handed to the helper over its control socket, so sessions read concurrently. The
worker sees the caller's `BUDGET_*` settings as they are at the call.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import types
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analytics.ingest.problems import ImportRejected, Problem
from analytics.ingest.reasons import params_of
from analytics.settings import PROJECT_ROOT, int_setting, number_setting

if TYPE_CHECKING:
    from analytics.ingest.readers import RawSheet

if sys.platform != "win32":  # the fork server's tools: POSIX only (see `_read_spawned`)
    import resource
    from multiprocessing.reduction import recvfds, sendfds

# Whether reads run in forked workers with a memory cap; without fork (Windows) each read runs
# in a spawned process with the time limit only (`_read_spawned`).
FORKS = hasattr(os, "fork")
GRACE_S = 5.0  # the worker's own alarm rings this long after the caller stopped waiting


@dataclass(frozen=True)
class Limits:
    """How much a worker may use: bytes of address space and seconds of wall-clock time."""

    memory_bytes: int
    seconds: float

    @classmethod
    def configured(cls) -> Limits:
        """The limits of the settings `parse_memory_mb` and `parse_seconds`."""
        return cls(
            memory_bytes=int_setting("parse_memory_mb") * 1024 * 1024,
            seconds=float(number_setting("parse_seconds")),
        )


class WorkerRejected(ImportRejected):
    """The file's problems, with the worker's peak memory in bytes (0: it died unmeasured)."""

    def __init__(self, problems: list[Problem], peak_bytes: int = 0) -> None:
        super().__init__(problems)
        self.peak_bytes = peak_bytes


@dataclass(frozen=True)
class WorkerRead:
    """What a worker read, and the most memory it held (resident, in bytes) while reading."""

    sheets: list[RawSheet]
    peak_bytes: int


def read_in_worker(
    path: Path, name: str, max_rows: int | None, strict: bool | None, limits: Limits | None = None
) -> WorkerRead:
    """`readers.parse_file` in a worker process within `limits`.

    Raises WorkerRejected with the reader's own problems, or with `parse_memory`,
    `parse_timeout` or `parse_crashed` when the worker ran out of memory, out of time or was
    stopped by its parser; the caller's process is never touched.
    """
    limits = limits or Limits.configured()
    if not FORKS:
        return _read_spawned(path, name, max_rows, strict, limits)
    ours, theirs = socket.socketpair()
    try:
        _HELPER.hand_over(theirs)
    except BaseException:
        ours.close()
        raise
    finally:
        theirs.close()
    conn = Connection(ours.detach())
    settings = {k: v for k, v in os.environ.items() if k.startswith("BUDGET_")}
    started = time.monotonic()
    message: tuple[Any, ...] | None = None
    pid: int | None = None
    with conn:
        try:
            conn.send((str(path), name, max_rows, strict, limits, settings))
            pid = conn.recv()
            if conn.poll(limits.seconds):
                message = conn.recv()
        except (EOFError, OSError):  # the worker died without a word
            message = None
        if message is None and pid is not None:
            _kill(pid)
    timed_out = message is None and time.monotonic() - started >= limits.seconds
    return _outcome(message, timed_out, name, limits)


_MAIN_SWAP = threading.Lock()


@contextmanager
def _without_main_module() -> Iterator[None]:
    """A spawned child imports the parent's `__main__` before it runs its target. In the
    dashboard (and under AppTest) Streamlit has made `app.py` the `__main__` module, so every
    spawned read would run the whole app again in the child – and, without the dashboard's
    settings, fill `data/budget.duckdb` with the demo. While the child starts, `__main__` is an
    empty module: the child imports nothing but this module, by name, for its target."""
    with _MAIN_SWAP:
        main = sys.modules.get("__main__")
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            yield
        finally:
            if main is not None:
                sys.modules["__main__"] = main


def _read_spawned(
    path: Path, name: str, max_rows: int | None, strict: bool | None, limits: Limits
) -> WorkerRead:
    """The read in a spawned process, stopped after `limits.seconds`: where there is no fork
    (Windows) and so no fork server and no address-space cap (the README says so)."""
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    settings = {k: v for k, v in os.environ.items() if k.startswith("BUDGET_")}
    process = context.Process(
        target=_spawned_work,
        args=(theirs, str(path), name, max_rows, strict, settings),
        daemon=True,
    )
    started = time.monotonic()
    with _without_main_module():
        process.start()
    theirs.close()
    message: tuple[Any, ...] | None = None
    with ours:
        try:
            if ours.poll(limits.seconds):
                message = ours.recv()
        except (EOFError, OSError):  # the process died without a word
            message = None
    if message is None:
        process.kill()
    process.join()
    timed_out = message is None and time.monotonic() - started >= limits.seconds
    return _outcome(message, timed_out, name, limits)


def _spawned_work(
    conn: Connection,
    path: str,
    name: str,
    max_rows: int | None,
    strict: bool | None,
    settings: dict[str, str],
) -> None:
    """A spawned worker's read (see `_read_spawned`); every outcome goes back as data."""
    for key in [k for k in os.environ if k.startswith("BUDGET_")]:
        del os.environ[key]
    os.environ.update(settings)
    _reply(conn, path, name, max_rows, strict)


def _outcome(
    message: tuple[Any, ...] | None, timed_out: bool, name: str, limits: Limits
) -> WorkerRead:
    memory_mb = limits.memory_bytes // (1024 * 1024)
    if message is not None:
        kind, payload, peak = message
        if kind == "ok":
            return WorkerRead(payload, peak)
        if kind == "rejected" and any(p.params.get("reason") == "memory" for p in payload):
            kind = "memory"  # a parser that said it could not allocate: the limit's words
        if kind == "rejected":
            raise WorkerRejected(payload, peak)
        if kind == "memory":
            raise WorkerRejected(
                [Problem("parse_memory", name, params={"limit_mb": memory_mb})], peak
            )
        raise WorkerRejected([Problem("unreadable_file", name, params=params_of(payload))], peak)
    if timed_out:
        raise WorkerRejected(
            [
                Problem(
                    "parse_timeout",
                    name,
                    params={"seconds": f"{limits.seconds:g}".replace(".", ",")},
                )
            ]
        )
    raise WorkerRejected([Problem("parse_crashed", name, params={"limit_mb": memory_mb})])


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):  # already gone
        os.kill(pid, signal.SIGKILL)


class _Helper:
    """The forking helper of this process, started at the first read (and again if it died)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._control: socket.socket | None = None
        self._owner = 0

    def hand_over(self, sock: socket.socket) -> None:
        """Give the helper one end of a read's socket pair; it forks a worker for it."""
        with self._lock:
            for attempt in (1, 2):
                control = self._running()
                try:
                    sendfds(control, [sock.fileno()])
                    return
                except OSError:
                    self._stop()
                    if attempt == 2:
                        raise

    def _running(self) -> socket.socket:
        alive = self._process is not None and self._process.poll() is None
        if self._control is None or not alive or self._owner != os.getpid():
            self._stop()
            ours, theirs = socket.socketpair()
            # few malloc arenas: the address-space limit then measures memory, not per-thread
            # reservations of 64 MB (a many-core server would otherwise reach it empty-handed)
            env = dict(os.environ, OPENBLAS_NUM_THREADS="1", MALLOC_ARENA_MAX="2")
            env["PYTHONPATH"] = os.pathsep.join(
                [str(PROJECT_ROOT), *filter(None, [env.get("PYTHONPATH")])]
            )
            self._process = subprocess.Popen(
                [sys.executable, "-m", "analytics.ingest.worker", str(theirs.fileno())],
                pass_fds=[theirs.fileno()],
                env=env,
                stdin=subprocess.DEVNULL,
                close_fds=True,
            )
            theirs.close()
            self._control, self._owner = ours, os.getpid()
        return self._control

    def _stop(self) -> None:
        if self._control is not None:
            self._control.close()
        if self._process is not None and self._owner == os.getpid():
            self._process.kill()
            self._process.wait()
        self._control, self._process = None, None


_HELPER = _Helper()


def _serve(control_fd: int) -> None:
    """The helper's loop: one forked worker per socket received; ends with its caller."""
    import analytics.ingest.readers  # noqa: F401 - imported once, before any fork

    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # workers are reaped by the kernel
    control = socket.socket(fileno=control_fd)
    while True:
        try:
            fds = recvfds(control, 1)
        except (EOFError, OSError, RuntimeError):  # the caller is gone
            return
        if os.fork() == 0:
            control.close()
            code = 0
            try:
                _work(Connection(fds[0]))
            except BaseException:  # noqa: BLE001 - a worker never returns into the loop
                code = 1
            os._exit(code)
        os.close(fds[0])


def _work(conn: Connection) -> None:
    """One worker: its pid, its limits, the read; every outcome goes back as data."""
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    conn.send(os.getpid())
    path, name, max_rows, strict, limits, settings = conn.recv()
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # an aborting parser leaves no core file
    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
    signal.alarm(int(limits.seconds + GRACE_S))  # ends the worker even if its caller is gone
    for key in [k for k in os.environ if k.startswith("BUDGET_")]:
        del os.environ[key]
    os.environ.update(settings)
    _reply(conn, path, name, max_rows, strict)


def _reply(
    conn: Connection, path: str, name: str, max_rows: int | None, strict: bool | None
) -> None:
    """Read the file and send what came of it: its sheets, its problems or how it failed."""
    from analytics.ingest.readers import parse_file

    try:
        try:
            reply: tuple[Any, ...] = ("ok", parse_file(Path(path), name, max_rows, strict), _peak())
        except ImportRejected as exc:
            reply = ("rejected", exc.problems, _peak())
        except MemoryError:
            reply = ("memory", None, _peak())
        except Exception as exc:  # noqa: BLE001 - any parser failure is this file's failure
            reply = ("failed", type(exc).__name__, _peak())
        conn.send(reply)
    except MemoryError:  # the reply itself did not fit
        conn.send(("memory", None, _peak()))
    finally:
        conn.close()


def _peak() -> int:
    """The process's peak resident memory in bytes (0 where it is not measured: Windows)."""
    if sys.platform == "win32":
        return 0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


if __name__ == "__main__":
    _serve(int(sys.argv[1]))
