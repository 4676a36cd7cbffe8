"""The benchmark suite: `make bench` (or `python scripts/bench.py [options]`).

Builds synthetic data of realistic shape once into `bench/work/` (the demo imported through the
normal import path and scaled to 1 M and 10 M ledger rows; a 1 M-row .xlsx ledger export), then
measures, each several times:

- import: the 1 M-row .xlsx end to end against `pandas.read_excel(engine="openpyxl")` and
  against the raw parse of fastexcel alone;
- pages: every page's server-side computation (each filter combination one click reaches) at
  1 M and 10 M rows against a plain-pandas implementation of the same numbers;
- report: the demo's delårsrapport as PDF and Word against computing its figures alone;
- shared: the shared mode on a PostgreSQL of its own: page computations at the largest size as
  a ratio to the file, two servers with ten sessions each, twenty concurrent writers;
- browser: server start to healthy, each page from opening to its chart drawn, a filter change
  redrawn, ten sessions at once for a minute, and the server's peak memory.

Targets are printed next to each figure; ratios against baselines measured in the same run
travel between machines, absolute times do not. Results go to `bench/results/` as JSON and as a
Markdown summary (`bench/results/latest.md`, quoted in the README). This is a measurement, not
a test: the exit code is 0 whatever the figures.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from benchmarks import board, browser, data, importing, pages, report, shared  # noqa: E402

from analytics import access  # noqa: E402
from analytics.storage.database import open_database  # noqa: E402
from analytics.storage.scale import ledger_rows  # noqa: E402

WORK = ROOT / "bench" / "work"
RESULTS = ROOT / "bench" / "results"
PARTS = ("import", "pages", "browser", "report", "shared")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--parts", default=",".join(PARTS), help="import,pages,browser,report,shared"
    )
    parser.add_argument("--writers", type=int, default=20, help="shared: concurrent writers")
    parser.add_argument("--sizes", default="1000000,10000000", help="ledger rows for pages")
    parser.add_argument("--xlsx-rows", type=int, default=1_000_000)
    parser.add_argument(
        "--repeat",
        type=int,
        default=20,
        help="runs per page computation (20: the 95th percentile is not simply the slowest)",
    )
    parser.add_argument("--import-repeat", type=int, default=5)
    parser.add_argument("--openpyxl-repeat", type=int, default=2, help="about 2 min per run")
    parser.add_argument("--browser-repeat", type=int, default=5)
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--user-seconds", type=float, default=60)
    parser.add_argument(
        "--think", default="2,6", help="seconds a user reads a page before the next click: min,max"
    )
    args = parser.parse_args(argv)
    parts = {p.strip() for p in args.parts.split(",") if p.strip()}
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    WORK.mkdir(parents=True, exist_ok=True)

    started = time.perf_counter()
    access.set_actor(access.SYSTEM)  # the benchmark builds and imports as the system
    demo = data.demo_files(WORK / "demo")
    databases = {n: data.ledger_database(WORK / f"bench_{n}.duckdb", n, demo) for n in sizes}
    results: dict = {
        "when": datetime.now().strftime("%Y-%m-%d %H:%M"),
        "machine": f"{platform.platform()}, {platform.processor() or platform.machine()}",
        "python": platform.python_version(),
        "cpus": _cpus(),
    }

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")

    def save() -> None:
        """Write what has been measured so far (a later part failing loses nothing)."""
        results["total_minutes"] = round((time.perf_counter() - started) / 60, 1)
        RESULTS.mkdir(parents=True, exist_ok=True)
        out = RESULTS / f"bench-{stamp}.json"
        out.write_text(json.dumps(results, ensure_ascii=False, indent=2))
        markdown = report.markdown(results)
        (RESULTS / f"bench-{stamp}.md").write_text(markdown)
        (RESULTS / "latest.md").write_text(markdown)

    if "import" in parts:
        xlsx = data.ledger_xlsx(WORK / f"huvudbok_{args.xlsx_rows}.xlsx", args.xlsx_rows)
        registers = data.registers_database(WORK / "registers.duckdb", demo)
        results["import"] = importing.run(
            xlsx, registers, WORK, args.import_repeat, args.openpyxl_repeat
        )
        report.print_import(results["import"])
        save()

    if "pages" in parts:
        results["pages"] = []
        for _rows, path in databases.items():
            con = open_database(path, read_only=True)
            try:
                print(f"\nSidberäkningar på {ledger_rows(con):,} rader ({path.name}) …", flush=True)
                measured = pages.run(con, args.repeat)
                measured["ledger_rows"] = ledger_rows(con)
            finally:
                con.close()
            results["pages"].append(measured)
            report.print_pages(measured)
            save()

    if "browser" in parts:
        biggest = databases[max(databases)]
        print(f"\nWebbläsaren mot servern på {biggest.name} …", flush=True)
        with browser.server(biggest, WORK) as served:
            opened, change = browser.page_timings(served.url, args.browser_repeat)
            print(f"  {args.users} användare samtidigt i {args.user_seconds:.0f} s …", flush=True)
            low, high = (float(x) for x in args.think.split(","))
            users = browser.many_users(
                served.url, args.users, args.user_seconds, (low, high), served.process.pid
            )
            results["browser"] = {
                "ledger_rows": max(databases),
                "start_to_healthy_ms": round(served.started_ms, 1),
                "pages": opened,
                "filter_change": change,
                "users": users,
                "peak_memory_mb": round(served.peak_rss_mb(), 1),
                "memory_target_mb": 2048,
            }
        print("  golvet: Streamlit med en rubrik och ett plotly-diagram …", flush=True)
        results["browser"]["framework_floor"] = browser.framework_floor(WORK, args.browser_repeat)
        browser.versus_floor(results["browser"])
        report.print_browser(results["browser"])

    if "report" in parts:
        print("\nStyrelserapporten (demons delårsrapport) …", flush=True)
        results["report"] = board.run(WORK)
        board.print_board(results["report"])

    if "shared" in parts:
        print("\nDelat läge på PostgreSQL …", flush=True)
        results["shared"] = shared.run(
            databases[max(databases)],
            databases[min(databases)],
            args.repeat,
            args.users,
            args.user_seconds,
            args.writers,
        )
        print("\n".join(shared.markdown(results["shared"])))

    save()
    print(f"\nResultat: bench/results/bench-{stamp}.json och bench/results/latest.md")
    return 0


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0))


if __name__ == "__main__":
    raise SystemExit(main())
