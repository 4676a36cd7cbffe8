"""Hostile and broken input: refused with a clear message, never a crash or a hang, nothing
written; text never reaches SQL as code; exports never carry a formula."""

from __future__ import annotations

import io
import random
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analytics.common import spreadsheet
from analytics.followup import report as reports
from analytics.imports import display as import_display
from analytics.imports.importer import import_file
from analytics.ingest import readers, worker
from analytics.scenarios.workbook import workbook as scenario_workbook
from analytics.storage import import_log, open_database
from tests import files
from tests.conftest import ROOT


def _codes(result) -> list[str]:
    return [p.code for p in result.errors]


def _valid_xlsx(path: Path) -> Path:
    return files.xlsx(path, [["Huvudbok 2024"], [], *files.simple_ledger()])


def _rewrite(source: Path, target: Path, part: str, content: bytes) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            new.writestr(item, content if item.filename == part else old.read(item.filename))
    return target


WORKER_LIMITS = worker.Limits(memory_bytes=1024**3, seconds=120)


def _refused(con, path: Path, code: str, name: str | None = None) -> str:
    """The file is refused in Swedish with `code`, nothing is written, and its worker stayed
    within a gigabyte while refusing it (unless the test runs the parser in-process)."""
    result = import_file(con, path, display_name=name)
    assert not result.ok
    assert _codes(result) == [code], result.problems
    assert import_log.data_state(con).fact_rows == 0
    if readers.ISOLATED:  # a refusal after reading (an amount) finds a readable file
        try:
            peak = worker.read_in_worker(path, name or path.name, None, None, WORKER_LIMITS)
            peak_bytes = peak.peak_bytes
        except worker.WorkerRejected as refused:
            assert [p.code for p in refused.errors] == [code]
            peak_bytes = refused.peak_bytes
        assert 0 < peak_bytes < WORKER_LIMITS.memory_bytes
    return result.errors[0].render()


def test_a_zip_bomb_is_refused(con, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<" + b"a" * 40_000_000 + b">")
    assert bomb.stat().st_size < 1_000_000
    assert "orimligt mycket data" in _refused(con, bomb, "zip_bomb")


def test_xml_entity_declarations_are_refused(con, tmp_path: Path) -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]><worksheet>&lol2;</worksheet>'
    )
    path = _rewrite(
        _valid_xlsx(tmp_path / "ok.xlsx"), tmp_path / "lol.xlsx", "xl/worksheets/sheet1.xml", laughs
    )
    assert "entitetsdeklarationer" in _refused(con, path, "xml_entities")


def test_an_encrypted_workbook_is_refused(con, tmp_path: Path) -> None:
    # What Excel writes for a password-protected workbook: an OLE container with the package
    # encrypted in a stream called EncryptedPackage.
    ole = tmp_path / "locked.xlsx"
    ole.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
        + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 2048
    )  # fmt: skip
    assert "lösenordsskyddad" in _refused(con, ole, "encrypted_workbook")


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"Period;Ansvar;Konto;Utfall\n2024-01;0101;4010;100\n", "text_named_workbook"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "not_a_workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000, "xls_named_xlsx"),
        (b"PK\x03\x04" + b"\x00" * 200, "corrupt_workbook"),
    ],
)
def test_wrong_content_with_an_xlsx_name_is_named(con, tmp_path: Path, content, code) -> None:
    path = tmp_path / "export.xlsx"
    path.write_bytes(content)
    _refused(con, path, code)


def test_a_truncated_workbook_is_refused(con, tmp_path: Path) -> None:
    whole = _valid_xlsx(tmp_path / "whole.xlsx").read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole[: len(whole) // 2])
    _refused(con, cut, "corrupt_workbook")


def test_the_upload_limit_is_a_setting(con, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("BUDGET_MAX_UPLOAD_MB", "1")
    big = tmp_path / "big.csv"
    big.write_bytes(b"Period;Ansvar;Konto;Utfall\n" + b"2024-01;0101;4010;100\n" * 100_000)
    message = _refused(con, big, "file_too_large")
    assert "största fil som tas emot är 1 MB" in message


def test_a_gigantic_csv_is_refused_by_its_rows(con, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(readers, "ISOLATED", False)  # the patched limit lives in this process
    monkeypatch.setattr(readers, "MAX_CSV_ROWS", 1000)
    path = tmp_path / "many.csv"
    path.write_text("Period;Ansvar;Konto;Utfall\n" + "2024-01;0101;4010;1\n" * 2000)
    assert "högst 1000 tas emot" in _refused(con, path, "too_many_rows")


def test_text_reaches_sql_only_as_bound_parameters(con, tmp_path: Path) -> None:
    hostile = "x'); DROP TABLE ledger_fact; --"
    ledger = [
        ["Period", "Ansvar", "Ansvar text", "Nämnd", "Konto", "Budget", "Utfall"],
        ["2024-01", "0101", hostile, hostile, "4010", "100", "90"],
    ]
    assert import_file(con, files.csv(tmp_path / "h.csv", ledger)).ok
    version = reports.latest_version(con, 2024)
    report = reports.follow_up(con, 2024, 1, version, "committee", filters={"committee": hostile})
    assert report.table["unit"].tolist() == [hostile]
    with pytest.raises(reports.NoData):  # a filter that matches nothing finds nothing
        reports.follow_up(con, 2024, 1, version, "committee", filters={"committee": "' OR 1=1"})
    assert import_log.data_state(con).fact_rows == 2  # the table is still there, with its rows


FORMULAS = ['=HYPERLINK("http://evil")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"]


@pytest.mark.parametrize("text", FORMULAS)
def test_exports_never_carry_a_formula(text: str) -> None:
    table = pd.DataFrame({"unit": [text], "budget_month_ore": [100], "outcome_month_ore": [90]})
    assert spreadsheet.safe_text(text) == "'" + text
    assert spreadsheet.safe_text(-5) == -5  # numbers stay numbers
    from analytics.scenarios.compute import Baseline, Drivers

    baseline = Baseline(2025, {text: 10**10}, 2 * 10**10, 10**9, 0)
    from analytics.followup import export

    scenario = scenario_workbook(text, baseline, Drivers(frames_mnkr=((text, 2025, 1.0),)), text)
    deviations = export.workbook(table, export.ReportContext(text, [text]))
    for book in (scenario, deviations):
        sheets = openpyxl.load_workbook(io.BytesIO(book))
        values = [c.value for ws in sheets for row in ws.iter_rows() for c in row if c.value]
        assert all(not (isinstance(v, str) and v[:1] in "=+-@\t\r") for v in values), values
        first = text[:1].replace("\r", "\n")  # a carriage return comes back from XML as \n
        assert any(isinstance(v, str) and v.startswith("'" + first) for v in values)


def test_the_validation_report_and_templates_are_safe(tmp_path: Path) -> None:
    from analytics.frames.template import write_template
    from analytics.ingest.problems import Problem

    report = import_display.problems_workbook(
        [Problem("unknown_ansvar", "=evil()", params={"code": "=1", "year": 2024})]
    )
    cells = [
        c.value
        for row in openpyxl.load_workbook(io.BytesIO(report)).active.iter_rows()
        for c in row
    ]
    assert "'=evil()" in cells
    decisions = pd.DataFrame(
        {"year": [2024], "committee": ["@evil"], "version": ["original"], "amount_ore": [100],
         "decision": ["=1+1"], "decided": [None]}
    )  # fmt: skip
    changes = pd.DataFrame(columns=["year", "committee", "version", "change_type", "amount_ore",
                                    "text", "counterpart"])  # fmt: skip
    book = openpyxl.load_workbook(io.BytesIO(write_template(decisions, changes, ["@evil"])))
    values = [
        c.value for ws in book for row in ws.iter_rows() for c in row if isinstance(c.value, str)
    ]
    assert "'@evil" in values and "'=1+1" in values
    assert not any(v.startswith(("=", "@")) and v != "=" for v in values if "!" not in v)


# ---- fuzzing: thousands of broken files, never an uncaught exception --------------------

SUFFIXES = [".xlsx", ".xls", ".xlsm", ".ods", ".csv", ".txt"]


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_never_crash_the_importer(tmp_path_factory, data: bytes, suffix: str) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / f"f{suffix}"
    path.write_bytes(data)
    con = open_database(folder / "f.duckdb")
    result = import_file(con, path)
    assert result.ok or result.errors
    con.close()


CELL = st.one_of(
    st.sampled_from(["2024-01", "202402", "mars", "0101", "0202", "4010", "3010", "RS", "HSN",
                     "1 000,50", "-12", "(5)", "abc", "", "Summa", "=1+1", "\"", ";", "13", "2024"]),
    st.text(max_size=8),
    st.integers(-10**12, 10**12).map(str),
)  # fmt: skip


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    rows=st.lists(st.lists(CELL, min_size=1, max_size=7), max_size=12),
    header=st.booleans(),
)
def test_malformed_csv_ledgers_are_refused_clearly_or_imported(
    tmp_path_factory, rows: list[list[str]], header: bool
) -> None:
    folder = tmp_path_factory.mktemp("csv")
    body = [files.HEADER, *rows] if header else rows
    path = files.csv(folder / "l.csv", body)
    con = open_database(folder / "f.duckdb")
    result = import_file(con, path)
    if result.ok:  # a correct import: what the file says is what the database holds
        state = import_log.data_state(con)
        assert state.fact_rows == sum(t.rows for t in result.totals)
    else:
        assert all(p.render() for p in result.errors)
        assert import_log.data_state(con).fact_rows == 0
    con.close()


def test_a_thousand_damaged_workbooks_never_crash_the_importer(tmp_path: Path) -> None:
    valid = _valid_xlsx(tmp_path / "valid.xlsx").read_bytes()
    rng = random.Random(2026)
    con = open_database(tmp_path / "f.duckdb")
    outcomes = {"ok": 0, "refused": 0}
    for i in range(1000):
        damaged = bytearray(valid)
        for _ in range(rng.randint(1, 8)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        if i % 5 == 0:
            damaged = damaged[: rng.randrange(len(damaged))]
        path = tmp_path / f"d{i % 10}.xlsx"
        path.write_bytes(bytes(damaged))
        result = import_file(con, path, display_name="skadad.xlsx")
        outcomes["ok" if result.ok else "refused"] += 1
        assert result.ok or all(p.render() for p in result.errors)
    con.close()
    assert outcomes["refused"] > 500  # most damage is found; the rest imported correctly


def _understate_sizes(path: Path, declared: int) -> None:
    """Make every header of the zip claim that each part inflates to `declared` bytes."""
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (found := data.find(signature, start)) >= 0:
            data[found + offset : found + offset + 4] = declared.to_bytes(4, "little")
            start = found + 4
    path.write_bytes(bytes(data))


def test_a_two_kilobyte_workbook_with_a_far_cell_is_refused_before_parsing(
    con, tmp_path: Path
) -> None:
    import openpyxl

    far = tmp_path / "far.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Konto"
    wb.active["XFD1048576"] = 1  # calamine would allocate 17 billion cells
    wb.save(far)
    assert far.stat().st_size < 10_000
    message = _refused(con, far, "sheet_too_large")
    assert "1\u202f048\u202f576 rader och 16384 kolumner" in message
    done = subprocess.run([sys.executable, "-m", "analytics", "import", str(far), "--db",
                           str(tmp_path / "cli.duckdb")], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)  # fmt: skip
    assert done.returncode == 1 and "sträcker sig över" in done.stderr  # words, not an abort


def test_a_zip_whose_headers_understate_its_size_is_measured_by_inflating(
    con, tmp_path: Path, monkeypatch
) -> None:
    from analytics.ingest import safety

    lying = tmp_path / "lying.xlsx"
    with zipfile.ZipFile(lying, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<!--" + b" " * 30_000_000 + b"-->")
    _understate_sizes(lying, 1_000)  # declared: a kilobyte each, so no ratio looks wrong
    monkeypatch.setattr(readers, "ISOLATED", False)  # the patched limit lives in this process
    monkeypatch.setattr(safety, "MAX_EXPANDED_BYTES", 20_000_000)
    assert "mer än" in _refused(con, lying, "zip_bomb")


def test_a_csv_with_a_hundred_thousand_columns_is_refused_in_words(con, tmp_path: Path) -> None:
    wide = tmp_path / "wide.csv"
    wide.write_text(";".join(f"k{i}" for i in range(100_000)) + "\n" + ";" * 99_999 + "\n")
    assert "100000 kolumner" in _refused(con, wide, "too_many_columns")


@pytest.mark.parametrize("amount", ["1e308", "12345678901234567890", "-1E+30", "inf"])
def test_an_absurd_amount_is_refused_naming_its_cell(con, tmp_path: Path, amount: str) -> None:
    rows = [["Period", "Ansvar", "Nämnd", "Konto", "Budget", "Utfall"],
            ["2024-01", "0101", "RS", "4010", amount, "1"]]  # fmt: skip
    message = _refused(con, files.csv(tmp_path / "absurd.csv", rows), "bad_amount")
    assert "rad 2, kolumn E (Budget)" in message and "orimligt stort" in message


def test_uploads_of_days_gone_by_are_swept(tmp_path: Path, monkeypatch) -> None:
    import os
    import time

    from ui import uploads

    monkeypatch.setattr(uploads, "UPLOAD_DIR", tmp_path / "uploads")
    old = uploads.stored_upload("huvudbok.csv", b"gammal")
    os.utime(old, (time.time() - 2 * 86400, time.time() - 2 * 86400))
    fresh = uploads.stored_upload("huvudbok2.csv", b"ny")  # storing sweeps
    assert not old.exists() and fresh.exists()
    assert uploads.sweep_uploads(now=time.time() + 2 * 86400) == 1 and not fresh.exists()


def _ods_variant(source: Path, target: Path, replace: dict[str, bytes | None]) -> Path:
    """`source` with some parts replaced (None: left out)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            content = replace.get(item.filename, old.read(item.filename))
            if content is not None:
                new.writestr(item.filename, content)
    return target


ENGLISH = re.compile(r"calamine|error|xml error|not found|failed|buffer|archive", re.IGNORECASE)


@pytest.mark.parametrize(
    "case",
    ["half_content", "no_manifest", "undeclared_entity", "no_content", "bad_mimetype", "cut"],
)
def test_a_broken_opendocument_file_is_refused_in_swedish(con, tmp_path: Path, case: str) -> None:
    good = files.ods(tmp_path / "bra.ods", files.simple_ledger())
    with zipfile.ZipFile(good) as archive:
        content = archive.read("content.xml")
    variants: dict[str, dict[str, bytes | None]] = {
        "half_content": {"content.xml": content[: len(content) // 2]},
        "no_manifest": {"META-INF/manifest.xml": None},
        "undeclared_entity": {
            "content.xml": content.replace(b"</office:body>", b"&okand;</office:body>")
        },
        "no_content": {"content.xml": None},
        "bad_mimetype": {"mimetype": b"text/plain"},
    }
    if case == "cut":
        path = tmp_path / "trasig.ods"
        path.write_bytes(good.read_bytes()[: good.stat().st_size * 2 // 3])
    else:
        path = _ods_variant(good, tmp_path / "trasig.ods", variants[case])
    result = import_file(con, path)
    if result.ok:  # a part calamine does not need: the file is simply read
        return
    message = " ".join(p.render() for p in result.errors)
    assert "trasig.ods" in message
    assert not ENGLISH.search(message), message
    assert import_log.data_state(con).fact_rows == 0
