"""Compare the import of one .xlsx by two checkouts of this project, alternating, on one machine.

    python scripts/compare_import.py BASE_CHECKOUT FILE.xlsx REGISTERS.duckdb [--runs 7]

Each run imports FILE into a fresh copy of REGISTERS (a database holding the organisation and
chart of accounts, as `make bench` builds in bench/work/) in a process of its own, first with
BASE_CHECKOUT's code, then with this checkout's; the medians and their ratio are printed. Made
to answer "is a change's import within N % of the code before it" on a shared, noisy machine:
alternating puts the machine's changing speed on both. A measurement, not a test.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ONE_RUN = r"""
import shutil, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from analytics.access import Actor, acting_as
from analytics.imports.importer import import_file
from analytics.storage.database import open_database
target = Path(sys.argv[4])
target.unlink(missing_ok=True)
Path(f"{target}.wal").unlink(missing_ok=True)
shutil.copy(sys.argv[3], target)
with acting_as(Actor("benchmark", "admin", None, "cli")):
    start = time.perf_counter()
    con = open_database(target)
    result = import_file(con, Path(sys.argv[2]))
    con.execute("CHECKPOINT")
    con.close()
    if not result.ok:
        raise SystemExit("\n".join(result.summary_lines()))
    print(time.perf_counter() - start)
"""


def _run(root: Path, xlsx: Path, registers: Path, target: Path) -> float:
    done = subprocess.run(
        [sys.executable, "-c", ONE_RUN, str(root), str(xlsx), str(registers), str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        raise SystemExit(done.stderr[-2000:] or done.stdout[-2000:])
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("base", type=Path, help="the other checkout (e.g. a git worktree)")
    parser.add_argument("xlsx", type=Path)
    parser.add_argument("registers", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    times: dict[str, list[float]] = {"base": [], "this": []}
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "target.duckdb"
        for run in range(args.runs):
            times["base"].append(_run(args.base.resolve(), args.xlsx, args.registers, target))
            times["this"].append(_run(ROOT, args.xlsx, args.registers, target))
            print(f"{run + 1}: base {times['base'][-1]:.2f} s, this {times['this'][-1]:.2f} s")
    base, this = statistics.median(times["base"]), statistics.median(times["this"])
    print(f"median base {base:.2f} s, this {this:.2f} s: {this / base:.2f}×")


if __name__ == "__main__":
    main()
