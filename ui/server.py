"""Starting the dashboard's server as `make run` does, for the browser tests and the benchmark."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Headless chromium as the browser tests and the benchmark run it (no GPU, no network extras).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(
    port: int,
    env: dict[str, str],
    output: int | None = subprocess.DEVNULL,
    script: Path | None = None,
) -> subprocess.Popen[bytes]:
    """The dashboard (`ui.launch`) headless on 127.0.0.1:`port`, without telemetry or file
    watching; or, for the benchmark's comparison, another Streamlit `script` the same way."""
    program = ["ui.launch"] if script is None else ["streamlit", "run", str(script)]
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            *program,
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--browser.gatherUsageStats",
            "false",
            "--server.fileWatcherType",
            "none",
        ],
        cwd=ROOT,
        env=env,
        stdout=output,
        stderr=subprocess.STDOUT,
    )


def wait_healthy(url: str, process: subprocess.Popen[bytes], timeout: float) -> bool:
    """True once `/_stcore/health` answers 200; False after `timeout` s or if the server died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return True
        except OSError:
            time.sleep(0.05)
    return False


class NotHealthy(RuntimeError):
    """The server did not answer its health check in time."""


@contextmanager
def running(
    db: Path, timeout: float, output: int | None = subprocess.DEVNULL, script: Path | None = None
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """The dashboard on the database file `db` (no demo) at a free port: (url, process) once
    healthy, stopped afterwards. Raises NotHealthy when it is not healthy within `timeout` s."""
    port = free_port()
    env = {**os.environ, "BUDGET_DB": str(db), "BUDGET_DEMO": "0"}
    process = start(port, env, output, script)
    url = f"http://127.0.0.1:{port}"
    try:
        if not wait_healthy(url, process, timeout):
            raise NotHealthy(f"the dashboard did not become healthy within {timeout:.0f} s")
        yield url, process
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
