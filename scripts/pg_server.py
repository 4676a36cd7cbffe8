"""A throw-away PostgreSQL server for the tests and the benchmark: Debian's `postgresql`
package, `initdb` into a temporary folder, `pg_ctl start` on a free port on 127.0.0.1 (and a
Unix socket in the same folder), stopped and removed at the end.

`initdb` refuses to run as root; as root the cluster is made and run as the `postgres` account
the Debian package creates (`runuser`), in a folder that account owns.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SUPERUSER = "budget"  # the cluster's own superuser: the tests connect as it


def bin_dir() -> Path | None:
    """The newest installed PostgreSQL's programs, or None when none is installed."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if found:
        return found[-1].parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_owner(command: list[str]) -> list[str]:
    """Run as the `postgres` account when we are root (initdb and postgres refuse root)."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@contextmanager
def running() -> Iterator[str]:
    """A fresh server; yields the URL of its `postgres` database as the superuser."""
    programs = bin_dir()
    if programs is None:
        raise RuntimeError("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    folder = Path(tempfile.mkdtemp(prefix="budget-pg-"))
    if os.geteuid() == 0:
        account = pwd.getpwnam("postgres")
        os.chown(folder, account.pw_uid, account.pw_gid)
    data, port = folder / "data", free_port()
    try:
        subprocess.run(
            [
                *_as_owner(
                    [str(programs / "initdb"), "-D", str(data), "-A", "trust", "-U", SUPERUSER]
                ),
                "--no-sync",
                "-E",
                "UTF8",
                "--locale",
                "C",
            ],
            check=True,
            capture_output=True,
        )
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(
            [
                *_as_owner([str(programs / "pg_ctl"), "-D", str(data), "-o", options]),
                "-l",
                str(folder / "log"),
                "start",
                "-w",
                "-t",
                "60",
            ],
            check=True,
            capture_output=True,
        )
        try:
            yield f"postgresql://{SUPERUSER}@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run(
                _as_owner([str(programs / "pg_ctl"), "-D", str(data), "stop", "-m", "fast"]),
                check=False,
                capture_output=True,
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def create_database(url: str, name: str, template: str | None = None) -> str:
    """A new database on the server at `url`, empty or a copy of `template`; returns its URL."""
    import psycopg

    source = f' TEMPLATE "{template}"' if template else ""
    with psycopg.connect(url, autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"{source}'.encode())
    return url.rsplit("/", 1)[0] + f"/{name}"
