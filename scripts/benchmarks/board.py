"""The board report's build time: the demo's delårsrapport (August 2020) as PDF and as Word,
against the computation of the figures it shows (the same functions the pages call), measured
in the same run. Target: the PDF under 10 s here."""

from __future__ import annotations

import statistics
import time
from datetime import date
from pathlib import Path

from analytics.demo import build_demo
from analytics.report import render
from analytics.report.build import build_report
from analytics.report.sources import ReportChoice, gather
from analytics.storage.database import open_database

TARGET_S = 10.0


def demo_database(work: Path) -> Path:
    """The demo imported through the normal import path (built when missing)."""
    path = work / "demo_report.duckdb"
    if not path.exists():
        con = open_database(path)
        try:
            build_demo(con, work / "demo_report_files")
        finally:
            con.close()
    return path


def _median_ms(step: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        step()  # type: ignore[operator]
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 1)


def run(work: Path, repeat: int = 3) -> dict:
    con = open_database(demo_database(work))
    try:
        choice = ReportChoice(2020, 8, "interim", today=date.today())
        figures = _median_ms(lambda: gather(con, choice), repeat)
        document = build_report(con, choice)
        pdf = _median_ms(lambda: render.pdf_bytes(build_report(con, choice)), repeat)
        docx = _median_ms(lambda: render.docx_bytes(build_report(con, choice)), repeat)
        pages = render.page_count(render.pdf_bytes(document))
    finally:
        con.close()
    return {
        "kind": "delårsrapport 2020-08",
        "pages": pages,
        "figures_ms": figures,
        "pdf_ms": pdf,
        "docx_ms": docx,
        "pdf_vs_figures": round(pdf / figures, 1) if figures else None,
        "target_s": TARGET_S,
        "meets_target": pdf / 1000 < TARGET_S,
    }


def print_board(result: dict) -> None:
    print(
        f"  {result['kind']}: {result['pages']} sidor; PDF {result['pdf_ms'] / 1000:.1f} s, "
        f"Word {result['docx_ms'] / 1000:.1f} s, siffrorna ensamma {result['figures_ms'] / 1000:.2f} s "
        f"({result['pdf_vs_figures']}× dem) – PDF under {result['target_s']:.0f} s: "
        f"{'ja' if result['meets_target'] else 'nej'}"
    )


def markdown(result: dict) -> list[str]:
    return [
        "## Styrelserapporten",
        "",
        f"Demons {result['kind']} ({result['pages']} sidor): PDF **{result['pdf_ms'] / 1000:.1f} s**, "
        f"Word {result['docx_ms'] / 1000:.1f} s (median); att ta fram siffrorna ensamma, med samma "
        f"funktioner som sidorna, {result['figures_ms'] / 1000:.2f} s – PDF:en tar "
        f"{result['pdf_vs_figures']}× det. Mål under {result['target_s']:.0f} s: "
        f"{'ja' if result['meets_target'] else 'nej'}.",
        "",
    ]
