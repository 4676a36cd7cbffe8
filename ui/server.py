"""Starting the dashboard's server as `make run` does, for the browser tests and the benchmark."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def start(
    port: int, env: dict[str, str], output: int | None = subprocess.DEVNULL
) -> subprocess.Popen:
    """The dashboard (`ui.launch`) headless on 127.0.0.1:`port`, without telemetry or file
    watching."""
    return subprocess.Popen(
        [
            sys.executable, "-m", "ui.launch", "--server.headless", "true",
            "--server.port", str(port), "--server.address", "127.0.0.1",
            "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
        ],
        cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT,
    )  # fmt: skip


def wait_healthy(url: str, process: subprocess.Popen, timeout: float) -> bool:
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
