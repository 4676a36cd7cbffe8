"""The benchmark's report says what was measured: the figures of a run, targets met or not, the
fresh-tab floor and where the CPU went while ten users clicked (no timing is asserted here)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from benchmarks import browser, report
from benchmarks.measure import Timing


def _browser_result() -> dict:
    page = Timing("overview", [700.0, 800.0, 900.0]).row(
        page="overview",
        fresh_first_ms=6100.0,
        fresh_median_ms=5900.0,
        fresh_heading_median_ms=2100.0,
        fresh_chart_median_ms=5000.0,
        meets_target=True,
        fresh_meets_target=False,
    )
    interactions = Timing("10 användare", [1500.0, 2500.0, 4000.0])
    return {
        "ledger_rows": 10_000_000,
        "start_to_healthy_ms": 1300.0,
        "pages": [page],
        "filter_change": Timing("år", [950.0, 990.0]).row(meets_target=True),
        "users": {
            "users": 10,
            "seconds": 60,
            "think_seconds": [2.0, 6.0],
            "interactions": 3,
            "errors": 0,
            "error_samples": [],
            "overall": interactions.row(meets_target=False),
            "by_kind": [interactions.row()],
            "median_ms": interactions.median,
            "session_start": Timing("start", [9000.0]).row(),
            "cpu": browser._cpu_split(29.0, 290.0, 475.0, 72),
        },
        "peak_memory_mb": 300.0,
        "memory_target_mb": 2048,
        "framework_floor": {"fresh_first_ms": 4005.6, "fresh_median_ms": 4425.9},
    }


def test_the_report_shows_the_floor_the_heading_and_the_cpu_split() -> None:
    measured = _browser_result()
    browser.versus_floor(measured)
    text = report.markdown(
        {"when": "2026-11-29 19:00", "machine": "Linux", "cpus": 2, "python": "3.11",
         "browser": measured}
    )  # fmt: skip
    assert "| overview | 0.80 | 0.90 | ja | 6.10 | 5.90 | NEJ | 2.10 | 5.00 | 1.13× |" in text
    assert "Översiktens första diagram i en ny flik: **1.13× golvet** (mål ≤ 1.30×: ja)" in text
    assert "ny flik på 4.43 s (median; första 4.01 s)" in text
    assert "servern 29 s, allt annat – de 10 sessionernas chromium på samma kärnor – 261 s" in text
    assert "per interaktion servern 403 ms och webbläsarna 3625 ms" in text
    assert "median 2 500 ms" in text and "NEJ" in text


def test_the_cpu_split_needs_the_server_and_some_interactions() -> None:
    assert browser._cpu_split(None, 10.0, 20.0, 5) is None
    assert browser._cpu_split(1.0, 10.0, 20.0, 0) is None
    split = browser._cpu_split(2.0, 10.0, 20.0, 4)
    assert split == {
        "server_s": 2.0,
        "others_s": 8.0,
        "capacity_s": 20.0,
        "server_per_interaction_ms": 500,
        "others_per_interaction_ms": 2000,
    }


def test_the_report_shows_the_import_ratios_and_the_preview() -> None:
    timings = [
        Timing("Vår import", [14_000.0, 13_000.0, 15_000.0]).row(),
        Timing("Rå tolkning", [7_500.0, 7_000.0, 8_000.0]).row(),
        Timing("openpyxl", [350_000.0, 360_000.0]).row(),
    ]
    preview = [
        Timing("Förhandsgranskning, de första 60 raderna", [1_600.0, 1_700.0, 1_650.0]).row(),
        Timing("Samma rader när hela bladet tolkas", [7_600.0, 7_700.0]).row(),
    ]
    result = {
        "file": "huvudbok.xlsx",
        "rows": 1_000_000,
        "timings": timings,
        "speedup_vs_openpyxl": 25.5,
        "ratio_to_raw_parse": 1.87,
        "meets_target": False,
        "preview": preview,
    }
    text = report.markdown(
        {
            "when": "2026-11-29 21:00",
            "machine": "Linux",
            "cpus": 2,
            "python": "3.11",
            "import": result,
        }
    )
    assert "| Vår import | 14.0 s |" in text
    assert "**25.5×** snabbare än openpyxl (mål ≥ 10×), **1.87×** den råa tolkningen" in text
    assert "mål nått NEJ" in text
    assert "Förhandsgranskning, de första 60 raderna: 1.65 s (median)" in text
    assert "samma rader när hela bladet tolkas: 7.7 s" in text


def test_every_benchmark_module_imports() -> None:
    """The benchmarks call the product's functions by name: a rename must fail here, in the
    suite, not months later when someone runs `make bench`."""
    import importlib
    import pkgutil

    import benchmarks

    names = [m.name for m in pkgutil.iter_modules(benchmarks.__path__, "benchmarks.")]
    assert "benchmarks.pages" in names
    for name in names:
        importlib.import_module(name)
