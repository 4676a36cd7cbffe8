"""The plan-assumptions template both ways, its problems named by cell, and the demo's plan."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from analytics.ingest.problems import ImportRejected
from analytics.scenarios import report as scenario_reports
from analytics.scenarios.assumptions import HEADERS, SHEET, read_template, write_template
from analytics.scenarios.compute import Drivers, run
from analytics.storage import open_database
from tests import files
from tests.test_demo_and_cli import run_cli

M = 100_000_000


def test_the_template_reads_back_what_it_was_written_with(tmp_path: Path, demo_con) -> None:
    baseline = scenario_reports.baseline(demo_con, 2025, "Budget 2025")
    rows = scenario_reports.assumption_rows(baseline, "Budget 2025")
    path = tmp_path / "plan.xlsx"
    path.write_bytes(write_template(rows))
    back = read_template(path)
    assert back.drop(columns="value").values.tolist() == rows.drop(columns="value").values.tolist()
    assert [Decimal(v) for v in back["value"]] == [Decimal(v) for v in rows["value"]]
    # the demo's plan: loaded from its sheet, with the sources shown on the page
    growth = back[(back["name"] == "tax_base_growth_pct") & (back["year"] == 2026)].iloc[0]
    assert (growth["value"], growth["source"]) == (Decimal("3.9"), "SKR cirkulär 24:21 (demo)")


def test_every_problem_is_named_by_its_cell_and_nothing_is_stored(demo_copy: Path) -> None:
    rows = [
        ["Planantaganden för 2025–2027"],
        HEADERS,
        [2025, "Budget 2025", 2026, "Skatteunderlagets tillväxt, %", "3,5", "SKR 25:12"],
        [2025, "Budget 2025", 2029, "Skattesats, kr", "11,9", "RF"],
        [2025, "Budget 2025", 2026, "Skatteintäkternas färg", "3", "x"],
        [2025, "Budget 2025", 2027, "Löne- och prisuppräkning, %", "tre", ""],
        [2025, "Budget 2025", 2026, "Skatteunderlagets tillväxt, %", "3,6", "SKR 25:13"],
        [2025, "Budget 2025", 2027, "Skattesats, kr", "117", "RF"],
    ]
    path = files.xlsx(demo_copy.parent / "bad.xlsx", rows, sheet=SHEET)
    with pytest.raises(ImportRejected) as refused:
        read_template(path)
    messages = [p.render("sv") for p in refused.value.problems]
    # the header is on row 2: rows 4–8 of the sheet are wrong, each where it is wrong
    assert any("rad 4" in m and "År" in m and "2029 ligger utanför planen 2025–2027" in m
               for m in messages)  # fmt: skip
    assert any(
        "rad 5" in m and "Antagande" in m and "Skatteintäkternas färg" in m for m in messages
    )
    assert any("rad 6" in m and "Värde" in m and "”tre” är inte ett tal" in m for m in messages)
    assert any("rad 6" in m and "Källa" in m for m in messages)
    assert any("rad 7" in m and "redan på rad 3" in m for m in messages)
    assert any("rad 8" in m and "utanför 0–40" in m for m in messages)
    con = open_database(demo_copy)
    before = scenario_reports.baseline(con, 2025, "Budget 2025")
    with pytest.raises(ImportRejected):
        scenario_reports.import_assumptions(con, path, "test")
    assert scenario_reports.baseline(con, 2025, "Budget 2025") == before
    con.close()


def test_a_sheet_for_a_plan_the_database_does_not_hold_is_refused(demo_copy: Path) -> None:
    rows = [HEADERS, [2025, "Budget 2052", 2026, "Skattesats, kr", "11,9", "RF 2025-06-18 §80"]]
    path = files.xlsx(demo_copy.parent / "other.xlsx", rows, sheet=SHEET)
    done = run_cli("assumptions", str(path), "--db", str(demo_copy))
    assert done.returncode == 1
    assert "Budgetversionen ”Budget 2052” för 2025 finns inte i databasen" in done.stderr
    assert "Budget 2025" in done.stderr  # what it could have been


def test_a_sheet_loaded_on_the_command_line_drives_the_scenario(demo_copy: Path) -> None:
    rows = [HEADERS,
            [2025, "Budget 2025", 2026, "Skattesats, kr", "11,90", "RF 2025-06-18 §80"],
            [2025, "Budget 2025", 2026, "Generella statsbidrag och utjämning, mnkr", "2 200",
             "SKR cirkulär 25:12"]]  # fmt: skip
    path = files.xlsx(demo_copy.parent / "plan.xlsx", rows, sheet=SHEET)
    con = open_database(demo_copy, read_only=True)
    before = scenario_reports.baseline(con, 2025, "Budget 2025")
    con.close()
    done = run_cli("assumptions", str(path), "--db", str(demo_copy))
    assert done.returncode == 0, done.stderr
    assert "2 planantaganden inlästa" in done.stdout
    con = open_database(demo_copy, read_only=True)
    after = scenario_reports.baseline(con, 2025, "Budget 2025")
    con.close()
    assert after.sources["tax_rate:2026"] == "RF 2025-06-18 §80"
    assert after.sources["grants_mnkr:2026"] == "SKR cirkulär 25:12"
    b, a = run(before, Drivers())[1], run(after, Drivers())[1]
    assert a.grants_ore == 2200 * M and b.grants_ore == 2150 * M  # the demo's 2 150 replaced
    assert a.tax_ore == round(b.tax_ore * 11.90 / 11.70)  # the same base at 20 öre more


def test_the_demo_plan_has_sources_and_its_plan_years_grow(demo_con) -> None:
    baseline = scenario_reports.baseline(demo_con, 2025, "Budget 2025")
    assert baseline.tax_base_growth_pct == (3.9, 4.1) and baseline.indexation_pct == (3.0, 2.8)
    assert baseline.sources["tax_rate:2025"] == "Regionens skattesats 11,70 kr"
    years = run(baseline, Drivers())
    # 2026: 4 700 × 1,039 in taxes, grants 2 150, financial items −20
    assert years[1].tax_ore == round(4700 * M * 1.039)
    assert years[1].grants_ore == 2150 * M and years[1].financial_ore == -20 * M
