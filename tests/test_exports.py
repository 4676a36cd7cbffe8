"""Every workbook the product writes, against a checked-in expectation (tests/golden/*.json):
cells, number formats, heading styles, freeze, filter, column widths, drop-downs and chart
references. A change to an export shows as a diff; `UPDATE_GOLDEN=1` rewrites them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analytics.followup import export
from analytics.followup import report as reports
from analytics.imports import display as import_display
from analytics.imports.importer import import_file
from analytics.ingest.problems import Problem
from tests import files
from tests.golden_workbooks import GOLDEN, check, updating

HEADING_FILL = "001F4E79"


def _heading(sheet: dict, row: int) -> list[str]:
    cells = sheet["cells"]
    return [v["v"] for k, v in sorted(cells.items()) if k[1:] == str(row) and k[:1].isalpha()]


def test_the_deviation_report_is_its_golden_file(demo_con) -> None:
    rows, context = reports.deviation_export(demo_con, 2020, 8, None, reports.ExportChoice())
    found = check("deviations_2020_08", export.workbook(rows, context))
    sheet = found["content"]["Avvikelser"]
    header = next(int(k[1:]) for k, v in sheet["cells"].items() if v["v"] == "Enhet")
    assert sheet["cells"][f"A{header}"].get("fill") == HEADING_FILL  # styled on the heading row
    assert sheet["freeze"] == f"B{header + 1}" and sheet["filter"].startswith(f"A{header}:")
    assert sheet["charts"][0]["series"][0]["title"].endswith(f"!H{header}")
    # CSV: the same rows in Swedish Excel's dialect
    text = export.csv_text(rows).decode("utf-8-sig")
    expected = GOLDEN / "deviations_2020_08.csv"
    if updating():
        expected.write_text(text, encoding="utf-8", newline="")
    assert text == expected.read_bytes().decode("utf-8")


def test_the_scenario_workbook_is_its_golden_file(demo_con) -> None:
    from analytics.scenarios import report as scenario_reports
    from analytics.scenarios import workbook as scenario_workbook
    from analytics.storage import scenarios as stored

    meta, drivers = stored.load(demo_con, 1)  # the demo's revision of 2020
    baseline = scenario_reports.baseline(demo_con, meta.base_year, meta.base_version)
    data = scenario_workbook.workbook(meta.name, baseline, drivers, meta.base_version)
    found = check("scenario_revision_2020", data)
    assert found["sheets"] == ["Resultat", "Nämnder", "Antaganden", "Förändringar"]
    result = found["content"]["Resultat"]
    assert not any(isinstance(c["v"], str) and "mnkr" in c["v"] for k, c in result["cells"].items()
                   if k[:1] != "A")  # fmt: skip


def test_the_result_workbook_is_its_golden_file(demo_con) -> None:
    from analytics.result import display as result_display
    from analytics.result import report as result_reports

    report = result_reports.result_report(demo_con, 2025, 6)
    found = check("result_2025_06", result_display.workbook(report))
    balance = found["content"]["Balanskravsutredning"]["cells"]
    last = max(int(k[1:]) for k in balance if k.startswith("B"))
    requirement = result_reports.result_json(report)["balance_requirement"]
    assert balance[f"B{last}"]["v"] == pytest.approx(requirement["remaining_to_restore_tkr"])  # type: ignore[index]
    assert balance[f"B{last}"]["format"] == "#,##0;-#,##0"


def test_the_import_report_is_its_golden_file(con, tmp_path: Path) -> None:
    ledger = [
        ["Period", "Ansvar", "Ansvar text", "Nämnd", "Konto", "Budget", "Utfall"],
        ["2024-01", "0101", "Akuten", "HSN", "4010", "100,50", "90"],
        ["2024-01", "0101", "Akuten", "HSN", "4010", "1", "2"],
        ["Summa", None, None, None, None, "101,50", "92"],
        ["2024-02", "0102", "Kirurgi", "HSN", "4010", "1 234 567,89", "1 000 000"],
    ]
    path = files.csv(tmp_path / "ledger.csv", ledger)
    result = import_file(con, path, display_name="huvudbok.csv")
    assert result.ok
    found = check("import_report", import_display.report_workbook(result))
    skipped = found["content"]["Överhoppade rader"]
    assert skipped["cells"]["B2"] == {"v": 4, "format": "0"}  # the file's row, as a number
    reconciliation = found["content"]["Avstämning"]["cells"]
    assert all(reconciliation[f"{c}1"].get("fill") == HEADING_FILL for c in "ABCDEFG")


def test_the_validation_report_is_its_golden_file() -> None:
    problems = [
        Problem(
            "unknown_ansvar",
            "huvudbok.xlsx",
            sheet="Blad1",
            rows=(12, 13),
            column="Ansvar",
            params={"code": "9999", "year": 2024},
        ),
    ]
    check("validation_report", import_display.problems_workbook(problems))


def test_the_templates_are_their_golden_files(demo_con) -> None:
    from analytics.frames import report as frame_reports
    from analytics.frames.template import write_template as frames_template
    from analytics.savings import report as savings_reports
    from analytics.savings.template import write_template as savings_template
    from analytics.scenarios import report as scenario_reports
    from analytics.scenarios.assumptions import write_template as assumptions_template
    from analytics.storage import queries

    frames = frame_reports.frames_report(demo_con, 2025, None)
    decisions = frames.decisions[frames.decisions["year"] == 2025]
    changes = frames.changes[frames.changes["year"] == 2025]
    committees = queries.committees(demo_con, 2025)
    found = check("template_frames_2025", frames_template(decisions, changes, committees))
    assert any(c.get("format") == "#,##0.###" for s in found["content"].values()
               for c in s["cells"].values())  # fmt: skip
    savings = savings_reports.savings_report(demo_con, 2025, 6, None)
    check("template_savings_2025", savings_template(*savings.everything, committees))
    baseline = scenario_reports.baseline(demo_con, 2025, "Budget 2025")
    rows = scenario_reports.assumption_rows(baseline, "Budget 2025")
    check("template_assumptions_2025", assumptions_template(rows))


def test_golden_files_are_plain_json() -> None:
    for path in GOLDEN.glob("*.json"):
        assert isinstance(json.loads(path.read_text("utf-8")), dict), path
