"""Benchmark: each dashboard interaction's server-side computation on a 10-million-row ledger.

    make bench                       # or: python scripts/bench.py [--rows N] [--repeat N]

The database is the demo (imported through the normal import path) with every ansvar copied
until the ledger holds at least `--rows` facts; it is built once into `bench/work/` and reused
(`--rebuild` builds it again). Every interaction runs cold, i.e. without the dashboard's cache:
the core calls a page makes for that click, from the DuckDB query to the finished table, chart
or workbook. Reported per interaction: median and 95th percentile in ms, the median as a ratio
of the baseline (one aggregate pass over the whole ledger, measured in the same run, so that
ratios compare across machines), and whether the median meets the 150 ms target. Results are
also written as JSON to `bench/results/`.

This is a measurement, not a test: nothing fails on a slow machine; the exit code is 0.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analytics import (  # noqa: E402  # noqa: E402
    charts,
    export,
    followup,
    forecast_reports,
    presentation,
    reports,
    scenario_reports,
    scenarios,
    scenarios_display,
)
from analytics.demo import build_demo  # noqa: E402
from analytics.storage import scale  # noqa: E402
from analytics.storage.database import open_database  # noqa: E402
from analytics.storage.queries import latest_forecast  # noqa: E402

TARGET_MS = 150.0
WORK = ROOT / "bench" / "work"
RESULTS = ROOT / "bench" / "results"
YEAR, PERIOD = 2023, 8  # a year with a reorganisation behind it and a forecast in it


def build(path: Path, rows: int) -> None:
    """The demo, imported as a user's files are, then scaled to at least `rows` facts."""
    path.unlink(missing_ok=True)
    con = open_database(path)
    try:
        print("Bygger demodatabasen via importen …", flush=True)
        build_demo(con, WORK / "demo")
        base = scale.ledger_rows(con)
        copies = max(1, math.ceil(rows / base))
        print(f"Kopierar varje ansvar {copies} gånger ({base:,} → ≥ {rows:,} rader) …", flush=True)
        scale.replicate_ansvar(con, copies)
        con.execute("CHECKPOINT")
    finally:
        con.close()


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds of `repeat` runs after one warm-up (which loads the file's pages)."""
    action()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


def interactions(con) -> dict[str, Callable[[], object]]:
    """What each click asks of the core, in the order a controller drills."""
    version = reports.latest_version(con, YEAR)

    def page(level: str, filters: dict[str, str], **kw) -> reports.FollowUp:
        report = reports.follow_up(con, YEAR, PERIOD, version, level, filters=filters, **kw)
        flags = followup.flagged(report.table, 500, 2)
        presentation.deviation_detail_display(report.table, report.total, flags, _no_notes())
        charts.deviation_bar_chart(report.table, "")
        return report

    def biggest(report: reports.FollowUp) -> str:
        return followup.largest_units(report.table, 1)[0]

    # The drill path follows the largest unit at each level, as found on this data.
    path: list[tuple[str, str]] = []
    for level in ("committee", "forvaltning", "verksamhet", "ansvar", "kostnadsslag"):
        path.append((level, biggest(page(level, dict(path)))))
    scopes = {level: dict(path[:i]) for i, (level, _) in enumerate(path)}

    def overview() -> None:
        report = reports.follow_up(con, YEAR, PERIOD, version, "committee")
        presentation.deviation_display(report.table, report.total)
        charts.accumulated_chart(report.region, PERIOD, "")
        charts.deviation_bar_chart(report.table, "")
        charts.unit_panels_chart(report.months, followup.largest_units(report.table, 6), PERIOD, "")
        reports.net_cost_growth(con, YEAR, PERIOD)
        latest_forecast(con, YEAR, PERIOD)

    def export_excel() -> None:
        report = reports.follow_up(
            con, YEAR, PERIOD, version, "forvaltning", filters=scopes["forvaltning"]
        )
        flags = followup.flagged(report.table, 500, 2)
        rows = export.report_rows(report.table, report.total, flags, _no_notes())
        export.workbook(rows, export.ReportContext("Avvikelser", []))

    def trend() -> None:
        report = reports.follow_up(
            con, YEAR, PERIOD, version, "forvaltning", filters=scopes["forvaltning"]
        )
        unit = biggest(report)
        charts.trend_chart(report.months[report.months["unit"] == unit], PERIOD, unit)

    baseline = scenario_reports.baseline(con, YEAR, version)  # cached by the page per version
    driver_step = [0.0]

    def scenario_change() -> None:
        driver_step[0] += 1.0  # a different value every run, as a person typing
        drivers = scenarios.Drivers(grants_mnkr={YEAR: driver_step[0]})
        base, result = (
            scenarios.run(baseline, scenarios.Drivers()),
            scenarios.run(baseline, drivers),
        )
        scenarios.sensitivity(
            baseline, drivers, scenarios_display.standard_steps(drivers, YEAR), YEAR
        )
        scenarios_display.results_display(base, result)
        charts.scenario_chart(base, result, "")

    return {
        "Översikt (nämnder, prognos, nettokostnad)": overview,
        "Avvikelser: regionen per nämnd": lambda: page("committee", {}),
        "  → nämnd per förvaltning": lambda: page("forvaltning", scopes["forvaltning"]),
        "  → förvaltning per verksamhet": lambda: page("verksamhet", scopes["verksamhet"]),
        "  → verksamhet per ansvar": lambda: page("ansvar", scopes["ansvar"]),
        "  → ansvar per kostnadsslag": lambda: page("kostnadsslag", scopes["kostnadsslag"]),
        "  → kostnadsslag per konto": lambda: page("konto", dict(path)),
        "Regionen per kostnadsslag": lambda: page("kostnadsslag", {}),
        "Dåvarande organisation": lambda: page("committee", {}, org_mode="historic"),
        "Jämn periodisering": lambda: page("committee", {}, profile="even"),
        "20 största avvikelser, regionen": lambda: reports.top_deviations(
            con, YEAR, PERIOD, version, {}
        ),
        "20 största avvikelser, nämnd": lambda: reports.top_deviations(
            con, YEAR, PERIOD, version, scopes["forvaltning"]
        ),
        "Trend för en enhet": trend,
        "Export till Excel (förvaltningar)": export_excel,
        "summary --json, uppföljningen": lambda: json.dumps(
            reports.summary_of(
                reports.follow_up(con, YEAR, PERIOD, version, "committee", org_mode="historic")
            )
        ),
        "summary --json med helårsprognoser": lambda: json.dumps(
            reports.summary(con, YEAR, PERIOD)
        ),
        "Prognos: regionen per nämnd": lambda: forecast_reports.forecast_report(con, YEAR, PERIOD),
        "Scenario: en drivrutin ändras (mål < 300 ms)": scenario_change,
    }


def _no_notes() -> pd.DataFrame:
    return pd.DataFrame(columns=["unit", "explanation", "action"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)

    WORK.mkdir(parents=True, exist_ok=True)
    db = WORK / f"bench_{args.rows}.duckdb"
    if args.rebuild or not db.exists():
        build(db, args.rows)
    open_database(db).close()  # a database built by an older version is migrated first
    con = open_database(db, read_only=True)
    rows = scale.ledger_rows(con)
    print(f"Huvudbok: {rows:,} rader i {db.relative_to(ROOT)}; {args.repeat} körningar per steg\n")

    baseline = statistics.median(timed(lambda: scale.scan_ledger(con), args.repeat))
    results = []
    for name, action in interactions(con).items():
        times = timed(action, args.repeat)
        median = statistics.median(times)
        results.append(
            {
                "interaction": name.strip(" →"),
                "median_ms": round(median, 1),
                "p95_ms": round(p95(times), 1),
                "ratio_to_baseline": round(median / baseline, 2),
                "meets_target": median < TARGET_MS,
            }
        )

    width = max(len(r["interaction"]) for r in results) + 2
    print(f"Baslinje (en summering över hela huvudboken): {baseline:.1f} ms\n")
    print(f"{'Interaktion':<{width}}{'median':>9}{'p95':>9}{'× bas':>8}  mål < {TARGET_MS:.0f} ms")
    for r in results:
        mark = "ja" if r["meets_target"] else "NEJ"
        print(
            f"{r['interaction']:<{width}}{r['median_ms']:>9.1f}{r['p95_ms']:>9.1f}"
            f"{r['ratio_to_baseline']:>8.2f}  {mark}"
        )
    met = sum(r["meets_target"] for r in results)
    print(f"\n{met} av {len(results)} interaktioner under {TARGET_MS:.0f} ms i median.")

    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    out = RESULTS / f"bench-{stamp}.json"
    out.write_text(
        json.dumps(
            {
                "when": stamp,
                "machine": platform.platform(),
                "python": platform.python_version(),
                "ledger_rows": rows,
                "repeat": args.repeat,
                "baseline_ms": round(baseline, 1),
                "target_ms": TARGET_MS,
                "results": results,
            },
            ensure_ascii=False,
            indent=2,
        )
    )
    print(f"Resultat: {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
