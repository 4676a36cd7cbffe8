"""Reports across the database: reorganisations, comments, exports, the largest deviations."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from analytics.followup import compute as followup
from analytics.followup import drill, export
from analytics.followup import report as reports
from analytics.imports.importer import import_file
from analytics.storage import comments
from tests import files
from tests.test_demo_and_cli import run_cli


@pytest.fixture
def reorganised(con, tmp_path: Path):
    """Unit 2100 sits under HSN in 2024 and under RS in 2025; RS's 2025 budget has no months."""
    org = [
        ["År", "Ansvar", "Förvaltning", "Nämnd"],
        ["2024", "2100", "Regionservice", "HSN"],
        ["2025", "2100", "Regionservice", "RS"],
        ["2024", "0101", "Stab", "RS"],
        ["2025", "0101", "Stab", "RS"],
    ]
    assert import_file(con, files.csv(tmp_path / "org.csv", org)).ok
    ledger_2024 = [
        ["Period", "Ansvar", "Konto", "Utfall"],
        ["202401", "2100", "4010", "300"],
        ["202402", "2100", "4010", "100"],
        ["202401", "0101", "4010", "50"],
        ["202401", "0101", "8010", "-1000"],
    ]
    assert import_file(con, files.csv(tmp_path / "l24.csv", ledger_2024)).ok
    budget_2025 = [["Ansvar", "Konto", "Budget"], ["2100", "4010", "800"]]
    assert import_file(
        con, files.csv(tmp_path / "b25.csv", budget_2025), files_options(year=2025)
    ).ok
    ledger_2025 = [
        ["Period", "Ansvar", "Konto", "Utfall"],
        ["202501", "2100", "4010", "330"],
        ["202501", "0101", "4010", "60"],
        ["202501", "0101", "8010", "-1050"],
    ]
    assert import_file(con, files.csv(tmp_path / "l25.csv", ledger_2025)).ok
    return con


def files_options(**kwargs):
    from analytics.ingest.options import ImportOptions

    return ImportOptions(**kwargs)


def test_history_on_the_current_organisation_compares_a_moved_unit_with_itself(reorganised) -> None:
    rs = {"committee": "RS"}
    current = reports.net_cost_growth(reorganised, 2025, 1, rs, org_mode="current")
    historic = reports.net_cost_growth(reorganised, 2025, 1, rs, org_mode="historic")
    # January net cost of RS: 2025 = 330 + 60 kr; 2024 restated = 300 + 50, as it was = 50 only
    assert (current.net_cost_ore, current.net_cost_prior_ore) == (39000, 35000)
    assert historic.net_cost_prior_ore == 5000
    assert current.change_pct == pytest.approx(40 / 350 * 100)


def test_annual_budget_of_a_moved_unit_follows_its_own_history(reorganised) -> None:
    # Restated, last year's outcome of 2100 (300 in Jan, 100 in Feb) shapes RS's annual budget
    restated = reports.follow_up(
        reorganised, 2025, 2, level="ansvar", committee="RS", org_mode="current"
    )
    assert restated.profiles == {"prior_year"}
    budget = restated.months.set_index(["unit", "period"])["budget_ore"]
    assert budget[("2100", 1)] == -60000 and budget[("2100", 2)] == -20000
    # As it was, the unit had no history under RS... but its ansvar did: the profile is per unit
    historic = reports.follow_up(
        reorganised, 2025, 2, level="committee", committee="RS", org_mode="historic"
    )
    assert historic.profiles == {"prior_year"}
    assert (
        historic.months.set_index(["unit", "period"])["budget_ore"][("RS", 1)] == -80000
    )  # all of it in Jan (RS had only Jan outcome)


def test_even_profile_is_said(reorganised) -> None:
    report = reports.follow_up(reorganised, 2025, 1, level="committee", profile="even")
    assert report.profiles == {"even"}
    # −80 000 öre in twelfths: −6 667 each, and the four öre left over go to the first months
    assert report.table.set_index("unit").loc["RS", "budget_ytd_ore"] == -6666


def test_comments_keep_their_history(con) -> None:
    scope = drill.scope_key([("committee", "HSN")])
    where = {"year": 2025, "period": 3, "scope": scope, "level": "forvaltning"}
    for explanation, action, author in (
        ("Inhyrda läkare", "Rekrytera", "anna"),
        ("Inhyrda läkare och sjuksköterskor", "Rekrytera två", "bo"),
    ):
        comments.add_comment(
            con, **where, unit="Område Kirurgi", explanation=explanation, action=action,
            author=author,
        )  # fmt: skip
    latest = comments.latest_comments(con, 2025, 3, scope, "forvaltning")
    assert latest[["explanation", "author"]].values.tolist() == [
        ["Inhyrda läkare och sjuksköterskor", "bo"]
    ]
    history = comments.comment_history(con, 2025, scope, "forvaltning", "Område Kirurgi")
    assert history["author"].tolist() == ["bo", "anna"]
    assert comments.latest_comments(con, 2025, 4, scope, "forvaltning").empty  # per follow-up month


def test_drill_path_levels() -> None:
    assert drill.next_level([]) == "committee"
    path = drill.deeper([], "committee", "HSN")
    assert drill.next_level(path) == "forvaltning"
    assert drill.next_level(path, by_account=True) == "kostnadsslag"
    deep = [("committee", "HSN"), ("forvaltning", "K"), ("verksamhet", "V"), ("ansvar", "A")]
    assert drill.next_level(deep) == "kostnadsslag"
    assert drill.next_level([*deep, ("kostnadsslag", "Material")]) == "konto"
    assert drill.next_level([*deep, ("kostnadsslag", "Material"), ("konto", "5400")]) is None
    assert drill.back_to(deep, 1) == [("committee", "HSN")]


def test_exported_workbook_and_csv_give_the_same_totals(demo_con) -> None:
    report = reports.follow_up(demo_con, 2020, 8, level="committee")
    flags = followup.flagged(report.table, 500, 2)
    notes = pd.DataFrame(
        {"unit": ["Regionstyrelsen"], "explanation": ['=HYPERLINK("x")'], "action": ["Följa upp"]}
    )
    rows = export.report_rows(report.table, report.total, flags, notes)
    context = export.ReportContext(
        "Avvikelserapport 2020", ["Budgetversion: Reviderad budget 2020"]
    )
    book = openpyxl.load_workbook(io.BytesIO(export.workbook(rows, context)))
    sheet = book.active
    header = next(r for r in range(1, 20) if sheet.cell(r, 1).value == "Enhet")
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=header + 1)]
    units, total = values[:-1], values[-1]
    deviation_col = [k for k, _, _ in export.COLUMNS].index("deviation_ytd_ore")
    assert sum(r[deviation_col] for r in units) == pytest.approx(total[deviation_col], abs=1e-6)
    assert total[deviation_col] == pytest.approx(
        int(report.total.iloc[0]["deviation_ytd_ore"]) / 100_000, abs=1e-9
    )
    assert sheet.freeze_panes is not None and sheet.auto_filter.ref
    assert sheet._charts, "the report carries a native Excel chart"
    explanation_col = [k for k, _, _ in export.COLUMNS].index("explanation")
    assert any(r[explanation_col] == '\'=HYPERLINK("x")' for r in units)  # formula neutralised
    assert sheet.cell(header + 1, deviation_col + 1).number_format == "#,##0;[Red]-#,##0"

    text = export.csv_text(rows).decode("utf-8")
    assert text.startswith("\ufeff")
    parsed = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert parsed[0][0] == "Enhet"
    as_number = [float(r[deviation_col].replace(",", ".")) for r in parsed[1:]]
    assert sum(as_number[:-1]) == pytest.approx(as_number[-1], abs=0.01)


def test_top_deviations_on_the_demo(demo_con) -> None:
    top = reports.top_deviations(
        demo_con, 2023, 8, "Budget 2023", {"committee": "Hälso- och sjukvårdsnämnden"}
    )
    assert len(top) == 20
    sizes = top["deviation_ytd_ore"].abs().tolist()
    assert sizes == sorted(sizes, reverse=True)
    assert all(" · " in unit for unit in top["unit"])


@pytest.mark.parametrize("scope", [{}, {"committee": "Hälso- och sjukvårdsnämnden"}])
def test_top_deviations_summed_in_duckdb_match_the_month_by_month_path(demo_con, scope) -> None:
    fast = reports.top_deviations(demo_con, 2023, 8, "Budget 2023", scope)
    slow = reports._top_deviations_by_month(
        demo_con, 2023, 8, "Budget 2023", scope, "prior_year", "current", 20
    )
    key = ["deviation_ytd_ore", "unit"]
    pd.testing.assert_frame_equal(
        fast.sort_values(key).reset_index(drop=True), slow.sort_values(key).reset_index(drop=True)
    )


def test_unit_totals_by_hand(con, tmp_path: Path) -> None:
    from analytics.storage import queries

    ledger = [
        ["Period", "Ansvar", "Konto", "Budget", "Utfall"],
        ["202401", "0101", "4010", "100", "120"],
        ["202402", "0101", "4010", "100", "90"],
        ["202402", "0101", "3010", "-50", "-40"],
        ["202403", "0101", "4010", "100", "0"],
    ]
    files.import_one_unit(con, tmp_path, ledger)
    version = reports.latest_version(con, 2024)
    totals = queries.unit_totals(con, 2024, 2, version, "committee").iloc[0]
    assert totals["unit"] == "RS"
    # result sign, öre: cost −100 kr = −10 000 öre, revenue 50 kr = +5 000 öre
    assert totals["budget_month_ore"] == -10000 + 5000
    assert totals["outcome_month_ore"] == -9000 + 4000
    assert totals["budget_ytd_ore"] == -20000 + 5000
    assert totals["outcome_ytd_ore"] == -21000 + 4000
    assert totals["budget_revenue_ytd_ore"] == 5000
    assert totals["outcome_revenue_ytd_ore"] == 4000
    assert totals["budget_year_ore"] == -30000 + 5000
    assert totals["annual_budget_ore"] == 0
    table = followup.table_from_totals(queries.unit_totals(con, 2024, 2, version)).iloc[0]
    assert table["deviation_ytd_ore"] == -2000  # 20 kr worse: 10 kr less revenue, 10 kr more cost
    assert table["deviation_revenue_ytd_ore"] == -1000
    assert table["deviation_cost_ytd_ore"] == -1000


def test_the_deviation_workbook_styles_freezes_and_filters_its_heading_row(demo_db) -> None:
    """`python -m analytics export` writes the page's workbook: the heading style on the heading
    row, the freeze right under it, the filter on it and the chart over the data rows."""
    import io

    import openpyxl

    out = demo_db.parent / "avvikelser.xlsx"
    args = ("--db", str(demo_db), "--year", "2025", "--period", "6", "--out", str(out))
    assert run_cli("export", *args).returncode == 0
    ws = openpyxl.load_workbook(io.BytesIO(out.read_bytes())).active
    heading = next(r for r in range(1, 12) if ws.cell(row=r, column=1).value == "Enhet")
    assert ws.cell(row=heading, column=1).font.b and not ws.cell(row=heading - 1, column=1).font.b
    assert ws.freeze_panes == f"B{heading + 1}"
    assert ws.auto_filter.ref.startswith(f"A{heading}:")
    series = ws._charts[0].series[0]
    assert series.tx.strRef.f.endswith(f"!H{heading}")
    assert series.val.numRef.f.endswith(f"$H${heading + 1}:$H${ws.max_row - 1}")
    assert isinstance(ws.cell(row=heading + 1, column=2).value, float)
