"""Imports that never guess silently: every row of a file is stored or listed as skipped, and
stored + skipped = the file's own total, to the öre (issue 18)."""

from __future__ import annotations

import json
import zipfile
from decimal import Decimal
from pathlib import Path

import duckdb
import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analytics.imports.importer import import_file
from analytics.ingest.columns import guess_header
from analytics.ingest.kolada import read_kolada
from analytics.ingest.options import ImportOptions
from analytics.ingest.problems import ImportRejected
from analytics.ingest.readers import read_file
from tests import files
from tests.files import HEADER, simple_ledger
from tests.test_demo_and_cli import run_cli


def stored_ore(con: duckdb.DuckDBPyConnection, measure: str) -> int:
    row = con.execute(
        "SELECT CAST(coalesce(sum(amount), 0) * 100 AS BIGINT) FROM ledger_fact WHERE measure = ?",
        [measure],
    ).fetchall()[0]
    return int(row[0])


def reconciled(result, measure: str) -> tuple[int, int, int]:
    lines = [r for r in result.reconciliation if r.measure == measure]
    return (
        sum(r.file_ore for r in lines),
        sum(r.stored_ore for r in lines),
        sum(r.skipped_ore for r in lines),
    )


# ---- subtotal rows: proven by arithmetic, never by a word ----------------------------------


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_rows_with_keys_are_data_whatever_their_texts_say(con, tmp_path: Path, kind: str) -> None:
    rows = [
        ["Period", "Ansvar", "Ansvarsnamn", "Nämnd", "Konto", "Kontotext", "Motpart", "Kommentar",
         "Utfall"],
        ["2024-01", "0101", "Sum felles inntekter og utgifter", "RS", "8010", "Skatteintäkter",
         "", "", "-6 100 000 000"],
        ["2024-01", "0101", "Sum felles inntekter og utgifter", "RS", "4010",
         "Löner Offset Project Total", "Total AB", "totalt fel i mars", "20 800 000"],
        ["2024-01", "0202", "Vård", "HSN", "4010", "Löner", "", "summa enligt avtal", "1 000"],
        ["2024-01", "0202", "Vård", "HSN", "4020 Personal totalt", "", "", "", "5"],
    ]  # fmt: skip
    write = files.csv if kind == "csv" else files.xlsx
    result = import_file(con, write(tmp_path / f"sum.{kind}", rows))
    assert result.ok, result.summary_lines()
    assert result.skipped == [] and result.rows_read == 4
    assert stored_ore(con, "utfall") == (-6_100_000_000 + 20_800_000 + 1_005) * 100
    motpart = con.execute(
        "SELECT motpart FROM ledger_fact WHERE konto = '4010' AND ansvar = '0101'"
    )
    assert motpart.fetchall() == [("Total AB",)]
    assert reconciled(result, "utfall") == (-6_079_198_995 * 100, -6_079_198_995 * 100, 0)


def test_keyless_rows_are_skipped_only_when_they_are_sums_and_are_listed(
    con, tmp_path: Path
) -> None:
    rows = [
        ["Huvudbok 2024"],
        HEADER,
        ["Regionstyrelsen", None, None, None, None, None],  # a heading without amounts
        ["2024-01", "0101", "RS", "4010", "1 000", "900"],
        ["2024-01", "0102", "RS", "4010", "500", "400"],
        ["Summa 0101–0102", None, None, None, "1 500", "1 300"],
        ["Summa HSN (överst)", None, None, None, "2 000", "2 100"],  # closes the rows below
        ["2024-01", "0202", "HSN", "4010", "1 200", "1 100"],
        ["2024-01", "0203", "HSN", "4010", "800", "1 000"],
        ["Delsumma", None, None, None, "2 000", "2 100"],
        ["Totalt", None, None, None, "3 500", "3 400"],
    ]
    result = import_file(con, files.xlsx(tmp_path / "s.xlsx", rows))
    assert result.ok, result.summary_lines()
    listed = [(s.row, s.reason, s.amounts, s.closes) for s in result.skipped]
    assert listed == [
        (3, "text", {}, None),
        (6, "subtotal", {"budget": 150000, "utfall": 130000}, (4, 5)),
        (7, "subtotal", {"budget": 200000, "utfall": 210000}, (8, 9)),
        (10, "subtotal", {"budget": 200000, "utfall": 210000}, (8, 9)),
        (11, "subtotal", {"budget": 350000, "utfall": 340000}, (4, 9)),
    ]
    assert stored_ore(con, "budget") == 350000 and stored_ore(con, "utfall") == 340000
    # stored + skipped = the file's own total, per measure
    for measure in ("budget", "utfall"):
        file_total, stored, skipped = reconciled(result, measure)
        assert file_total == stored + skipped
    assert reconciled(result, "budget") == (1_250_000, 350_000, 900_000)
    text = "\n".join(result.summary_lines())
    assert "Överhoppad: Huvudbok rad 6, summarad (summan av rad 4–5)" in text
    assert (
        "Avstämning Budget (Huvudbok): filen 12\u202f500,00 kr = lagrat 3\u202f500,00 + "
        "överhoppat 9\u202f000,00 ✓" in text
    )


def test_a_keyed_subtotal_row_is_data_unless_the_user_says_so(con, tmp_path: Path) -> None:
    files.import_one_unit(
        con, tmp_path, [HEADER[:2] + HEADER[3:], ["2024-01", "0101", "4010", "1", "1"]]
    )
    rows = [
        ["Period", "Ansvar", "Konto", "Text", "Budget"],
        ["2024-02", "0101", "4010", "Löner", "100"],
        ["2024-02", "0101", "4020", "Pensioner", "50"],
        ["2024-02", "0101", "4090", "Summa personal", "150"],  # a sum, but with keys: data
    ]
    path = files.csv(tmp_path / "k.csv", rows)
    stored = import_file(con, path, ImportOptions(dry_run=True))
    assert stored.ok and stored.skipped == [] and stored.counts and stored.counts.added == 3
    said = import_file(con, path, ImportOptions(skip_rows=frozenset({4})))
    assert said.ok and [(s.row, s.reason) for s in said.skipped] == [(4, "user")]
    assert reconciled(said, "budget") == (30000, 15000, 15000)


# ---- dimensions -----------------------------------------------------------------------------


def test_facts_of_two_sheets_with_every_key_equal_are_summed_and_said(con, tmp_path) -> None:
    rows = [HEADER, ["2024-01", "0101", "RS", "4010", "100", None]]
    path = files.xlsx(tmp_path / "two.xlsx", rows, extra={"Blad2": rows})
    result = import_file(con, path)
    assert result.ok and stored_ore(con, "budget") == 20000
    assert [(m.rows_in, m.facts_out) for m in result.merged] == [(2, 1)]
    assert "Huvudbok, Blad2: 2 rader har samma nycklar" in "\n".join(result.summary_lines())


def test_one_ansvar_under_two_verksamheter_is_refused_naming_the_rows(con, tmp_path) -> None:
    rows = [
        ["Period", "Ansvar", "Verksamhet", "Nämnd", "Konto", "Utfall"],
        ["2024-01", "0101", "100 Primärvård", "HSN", "4010", "10"],
        ["2024-01", "0102", "100 Primärvård", "HSN", "4010", "10"],
        ["2024-02", "0101", "200 Specialistvård", "HSN", "4010", "10"],
    ]
    result = import_file(con, files.csv(tmp_path / "v.csv", rows))
    assert not result.ok
    [error] = result.errors
    assert error.code == "org_conflict" and error.rows == (2, 4)
    assert "100, 200" in error.message() and "Verksamhet" in error.message()
    assert con.execute("SELECT count(*) FROM ledger_fact").fetchall() == [(0,)]


def test_one_ansvar_under_two_nämnder_is_refused(con, tmp_path) -> None:
    rows = [HEADER, ["2024-01", "0101", "RS", "4010", "1", "1"],
            ["2024-02", "0101", "HSN", "4010", "1", "1"]]  # fmt: skip
    result = import_file(con, files.csv(tmp_path / "n.csv", rows))
    assert [(e.code, e.rows) for e in result.errors] == [("org_conflict", (2, 3))]


def test_names_and_verksamhet_without_a_nämnd_column_are_kept(con, tmp_path) -> None:
    files.import_one_unit(con, tmp_path, simple_ledger()[:3])
    rows = [
        ["Period", "Ansvar", "Ansvarsnamn", "Verksamhet", "Konto", "Utfall"],
        ["2024-03", "0101", "Ledningsstaben", "110 Ledning", "4010", "5"],
    ]
    result = import_file(con, files.csv(tmp_path / "n.csv", rows))
    assert result.ok, result.summary_lines()
    org = con.execute(
        "SELECT ansvar_name, verksamhet, verksamhet_name, committee FROM org_unit"
    ).fetchall()
    assert org == [("Ledningsstaben", "110", "Ledning", "RS")]


def test_account_names_that_differ_from_the_chart_are_said(con, tmp_path) -> None:
    accounts = [["Konto", "Kontonamn", "Resultaträkningsrad"], ["4010", "Löner", "kostnader"]]
    assert import_file(con, files.csv(tmp_path / "k.csv", accounts)).ok
    rows = [["Period", "Ansvar", "Nämnd", "Konto", "Kontonamn", "Utfall"],
            ["2024-01", "0101", "RS", "4010", "Löner tillsvidare", "5"]]  # fmt: skip
    result = import_file(con, files.csv(tmp_path / "l.csv", rows))
    assert result.ok
    [note] = result.warnings
    assert (
        note.code == "account_names_kept" and "4010 (Löner tillsvidare / Löner)" in note.message()
    )


def test_every_account_is_checked_even_with_a_name_column(con, tmp_path) -> None:
    rows = [["Period", "Ansvar", "Nämnd", "Konto", "Kontonamn", "Utfall"],
            ["2024-01", "0101", "RS", "1510", "Kundfordringar", "5"],
            ["2024-01", "0101", "RS", "4010", "Löner", "5"]]  # fmt: skip
    result = import_file(con, files.csv(tmp_path / "b.csv", rows))
    assert [(e.code, e.rows) for e in result.errors] == [("unknown_konto", (2,))]


# ---- cells without a real value ------------------------------------------------------------


def _with_cell(path: Path, old: bytes, new: bytes) -> Path:
    out = path.with_name("e_" + path.name)
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.startswith("xl/worksheets/sheet"):
                data = data.replace(old, new)
            zout.writestr(info, data)
    return out


@pytest.mark.parametrize("error", ["#REF!", "#DIV/0!", "#N/A"])
def test_error_cells_are_refused_naming_the_cell(con, tmp_path, error: str) -> None:
    rows = [HEADER, ["2024-01", "0101", "RS", "4010", "=1/0", "1"]]
    path = files.xlsx(tmp_path / "e.xlsx", rows)
    bad = _with_cell(
        path, b'<c r="E2"><f>1/0</f><v /></c>',
        f'<c r="E2" t="e"><f>1/0</f><v>{error}</v></c>'.encode(),
    )  # fmt: skip
    result = import_file(con, bad)
    assert [(e.code, e.sheet, e.rows, e.column) for e in result.errors] == [
        ("error_cell", "Huvudbok", (2,), "E")
    ]
    assert error in result.errors[0].message()
    assert con.execute("SELECT count(*) FROM ledger_fact").fetchall() == [(0,)]


def test_formulas_without_values_are_refused(con, tmp_path) -> None:
    rows = [HEADER, ["2024-01", "0101", "RS", "4010", "=1/0", "1"]]
    result = import_file(con, files.xlsx(tmp_path / "f.xlsx", rows))  # openpyxl stores no value
    assert [(e.code, e.rows, e.column) for e in result.errors] == [
        ("formula_without_value", (2,), "E")
    ]
    assert "=1/0" in result.errors[0].message()


def test_error_cells_in_xls_and_ods(tmp_path) -> None:
    import xlwt

    wb = xlwt.Workbook()
    ws = wb.add_sheet("Huvudbok")
    for c, v in enumerate(HEADER):
        ws.write(0, c, v)
    ws.row(1).set_cell_error(4, "#REF!")
    wb.save(str(tmp_path / "e.xls"))
    with pytest.raises(ImportRejected) as caught:
        read_file(tmp_path / "e.xls")
    assert caught.value.problems[0].render().startswith("e.xls, blad Huvudbok, rad 2, kolumn E")

    ods = files.ods(tmp_path / "e.ods", [HEADER, ["2024-01", "0101", "RS", "4010", "1", "1"]])
    with zipfile.ZipFile(ods) as zin:
        entries = {i.filename: zin.read(i) for i in zin.infolist()}
    content = entries["content.xml"].decode()
    first_cell = content.index("<table:table-cell", content.index("0101"))
    cell_end = content.index("</table:table-cell>", first_cell) + len("</table:table-cell>")
    entries["content.xml"] = (
        content[:first_cell]
        + '<table:table-cell table:formula="of:=1/0" office:value-type="string" '
        'calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>'
        + content[cell_end:]
    ).encode()
    if "xmlns:calcext" not in content:
        entries["content.xml"] = entries["content.xml"].replace(
            b"<office:document-content ",
            b'<office:document-content xmlns:calcext="urn:org:documentfoundation:names:'
            b'experimental:calc:xmlns:calcext:1.0" ',
            1,
        )
    with zipfile.ZipFile(ods, "w") as zout:
        for name, data in entries.items():
            zout.writestr(name, data)
    with pytest.raises(ImportRejected) as caught:
        read_file(ods)
    [problem] = caught.value.problems
    assert (problem.code, problem.rows, problem.column) == ("error_cell", (2,), "C")


def test_templates_goal_sheets_kolada_and_tax_forecasts_refuse_formulas_without_values(
    con, tmp_path
) -> None:
    from analytics.forecast.report import import_tax_forecasts
    from analytics.frames.report import import_template

    tax = files.xlsx(tmp_path / "skr.xlsx", [["År", "Skatteintäkter", "Statsbidrag"],
                                            ["2026", "=1/0", "2 100 000"]])  # fmt: skip
    with pytest.raises(ImportRejected) as caught:
        import_tax_forecasts(con, tax, "test")
    assert caught.value.problems[0].code == "formula_without_value"

    frames = files.xlsx(tmp_path / "ramar.xlsx", [["År", "Nämnd", "Version", "Ram (tkr)"],
                                                 ["2025", "RS", "Ursprunglig", "=1/0"]],
                        sheet="Ramar")  # fmt: skip
    with pytest.raises(ImportRejected) as caught:
        import_template(con, frames, "test")
    assert [(p.code, p.rows, p.column) for p in caught.value.problems] == [
        ("formula_without_value", (2,), "D")
    ]
    kolada = files.xlsx(tmp_path / "k.xlsx", [["Kpi", "Kommun", "2023"], ["N1 x", "Region", "=A1"]])
    with pytest.raises(ImportRejected):
        read_kolada(kolada)


# ---- what a re-import replaces -------------------------------------------------------------


def _two_units(con, tmp_path: Path) -> None:
    rows = [HEADER] + [
        [f"2024-{p:02d}", a, c, "4010", "100", "90"]
        for p in (3, 4)
        for a, c in (("0101", "RS"), ("0202", "HSN"))
    ]
    assert import_file(con, files.csv(tmp_path / "all.csv", rows)).ok


def test_a_one_ansvar_reimport_keeps_every_other_ansvar(con, tmp_path) -> None:
    _two_units(con, tmp_path)
    before = con.execute("SELECT count(*) FROM ledger_fact").fetchall()[0][0]
    rows = [HEADER, ["2024-03", "0101", "RS", "4010", "110", "95"],
            ["2024-03", "0101", "RS", "4020", None, "7"]]  # fmt: skip
    path = files.csv(tmp_path / "one.csv", rows)
    planned = import_file(con, path, ImportOptions(dry_run=True))
    done = import_file(con, path)
    assert planned.ok and done.ok
    assert planned.counts and done.counts
    assert (planned.counts.added, planned.counts.replaced, planned.counts.removed) == (1, 2, 0)
    assert (done.counts.added, done.counts.replaced, done.counts.removed) == (1, 2, 0)
    assert planned.plan == done.plan
    after = con.execute("SELECT count(*) FROM ledger_fact").fetchall()[0][0]
    assert after == before + 1
    hsn = con.execute("SELECT count(*) FROM ledger_fact WHERE ansvar = '0202' AND period = 3")
    assert hsn.fetchall() == [(2,)]


def test_replacing_a_whole_period_is_an_explicit_choice_and_planned_per_nämnd(
    con, tmp_path
) -> None:
    _two_units(con, tmp_path)
    rows = [HEADER, ["2024-03", "0101", "RS", "4010", "100", "90"]]
    path = files.csv(tmp_path / "one.csv", rows)
    options = ImportOptions(replace="period", dry_run=True)
    planned = import_file(con, path, options)
    assert planned.ok and planned.plan is not None
    plan = planned.plan
    assert (plan.total("removed", "HSN"), plan.total("removed_ore", "HSN")) == (2, 19000)
    assert (plan.total("unchanged", "RS"), plan.total("removed", "RS")) == (2, 0)
    text = "\n".join(planned.summary_lines())
    assert "0 tillagda, 0 ersatta, 2 borttagna, 2 oförändrade" in text
    assert "HSN, Utfall: 0 tillagda (0 tkr), 0 ersatta (ändring 0 tkr), 1 borttagna" in text
    done = import_file(con, path, ImportOptions(replace="period"))
    assert done.plan == planned.plan and done.counts and done.counts.removed == 2
    left = con.execute("SELECT count(*) FROM ledger_fact WHERE ansvar = '0202' AND period = 3")
    assert left.fetchall() == [(0,)]


# ---- recognising columns, periods and years --------------------------------------------------


def test_english_headers_and_columns_recognised_by_their_values(con, tmp_path) -> None:
    rows = [
        ["When", "Cost center", "Department", "Fund", "Account", "Actual", "Adopted Budget"],
        ["2024M05", "0101", "RS", "10", "4010", "1 000", "900"],
        ["2024M06", "0101", "RS", "20", "4010", "500", "900"],
    ]
    guess = guess_header(pd.DataFrame(rows))
    assert guess is not None
    assert guess.roles == {0: "period", 1: "ansvar", 2: "forvaltning", 3: "projekt",
                           4: "konto", 5: "utfall", 6: "budget"}  # fmt: skip
    years = pd.DataFrame(
        [["Räkenskapår?", "Ansvar", "Konto", "Budget"], ["2024", "1", "4010", "1"]]
    )
    assert guess_header(years).roles[0] == "year"


def test_a_year_end_outcome_without_periods_loads_with_a_period(con, tmp_path) -> None:
    rows = [["Ansvar", "Nämnd", "Konto", "Utfall"], ["0101", "RS", "4010", "1200"]]
    path = files.csv(tmp_path / "a.csv", rows)
    assert [e.code for e in import_file(con, path, ImportOptions(year=2023)).errors] == [
        "period_required"
    ]
    result = import_file(con, path, ImportOptions(year=2023, period=12))
    assert result.ok
    assert con.execute("SELECT year, period FROM ledger_fact").fetchall() == [(2023, 12)]


# ---- the CLI --------------------------------------------------------------------------------


def test_cli_per_file_mapping_report_and_help(tmp_path: Path) -> None:
    db = tmp_path / "cli.duckdb"
    org = files.csv(tmp_path / "org.csv", [["År", "Enhet", "Styrelse"], ["2024", "0101", "RS"]])
    (tmp_path / "org.json").write_text(
        json.dumps({"År": "year", "Enhet": "ansvar", "Styrelse": "committee"}), encoding="utf-8"
    )
    ledger = files.csv(
        tmp_path / "l.csv",
        [HEADER[:2] + HEADER[3:], ["2024-01", "0101", "4010", "1", "2"],
         ["Summa", None, None, "1", "2"]],
    )  # fmt: skip
    report = tmp_path / "rapport.xlsx"
    done = run_cli("import", f"{org}={tmp_path / 'org.json'}", str(ledger), "--db", str(db),
                   "--report", str(report))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Överhoppad: CSV rad 3, summarad" in done.stdout
    wb = openpyxl.load_workbook(report.with_name("rapport-2.xlsx"))
    assert wb.sheetnames == ["Sammanfattning", "Avstämning", "Överhoppade rader",
                             "Summerade rader", "Ändringar per nämnd", "Fel och noteringar"]  # fmt: skip
    skipped = [[c.value for c in row] for row in wb["Överhoppade rader"].iter_rows()]
    assert skipped[1][:3] == ["CSV", 3, "summarad (summan av rad 2–2)"]
    help_text = run_cli("import", "--help").stdout
    for option in (
        "--db",
        "--mapping",
        "--period",
        "--replace",
        "--skip-rows",
        "--report",
        "--dry-run",
        "--profile",
        "--sign",
        "--unit",
        "--year",
        "--version",
        "--kind",
    ):
        assert option in help_text, option
    refused = run_cli("import", str(ledger), "--db", str(db), "--skip-rows", "x")
    assert refused.returncode == 2 and "radnummer" in refused.stderr


# ---- Kolada ---------------------------------------------------------------------------------


def test_kolada_with_blank_headers_ids_from_names_and_duplicates(tmp_path) -> None:
    rows = [
        ["Kolada: Nyckeltal för regioner"],
        [None, None, "2022", "2023"],
        ["N79028 Nettokostnad hälso- och sjukvård, kr/inv", "Region Jämtland Härjedalen",
         "32 880,1", "33 001"],
        [None, "Riket", "30 000", "31 000"],
        ["Väntetid i dagar", "Region Jämtland Härjedalen", "12", "11"],
    ]  # fmt: skip
    table = read_kolada(files.xlsx(tmp_path / "k.xlsx", rows))
    assert set(table["kpi_id"]) == {"N79028", "namn:vantetid-i-dagar"}
    # a blank-headed gender column is told from the organisation by its values
    with_gender = [[*r[:2], None if i < 1 else ("Totalt" if i != 3 else "Kvinnor"), *r[2:]]
                   for i, r in enumerate(rows)]  # fmt: skip
    by_gender = read_kolada(files.xlsx(tmp_path / "g.xlsx", with_gender))
    assert set(by_gender["organisation"]) == {"Region Jämtland Härjedalen"}  # Riket: women only
    mapped = read_kolada(files.xlsx(tmp_path / "k.xlsx", rows), mapping={"A": "kpi", "B": "org"})
    assert len(mapped) == len(table) == 6
    rows.append(["Väntetid i dagar", "Region Jämtland Härjedalen", "13", None])
    with pytest.raises(ImportRejected) as caught:
        read_kolada(files.xlsx(tmp_path / "d.xlsx", rows))
    [problem] = caught.value.problems
    assert problem.code == "kolada_duplicate" and problem.rows == (6,)
    assert "första gången på rad 5" in problem.message()


def test_cli_kolada_mapping(tmp_path: Path) -> None:
    rows = [[None, None, "2023"], ["Antal", "Region X", "5"]]  # neither code nor header
    path = files.xlsx(tmp_path / "k.xlsx", rows)
    db = tmp_path / "k.duckdb"
    refused = run_cli("kolada", str(path), "--db", str(db))
    assert refused.returncode == 1 and "--mapping" in refused.stderr
    (tmp_path / "m.json").write_text('{"A": "kpi", "B": "organisation"}', encoding="utf-8")
    done = run_cli("kolada", str(path), "--db", str(db), "--mapping", str(tmp_path / "m.json"))
    assert done.returncode == 0, done.stderr
    assert "namn:antal" in done.stdout


# ---- the property: stored + skipped = the file's total ------------------------------------

WORDS = st.sampled_from(["Summa", "Totalt", "Total AB", "Sum felles", "Delsumma", "totalsumma",
                         "Vård", "Drift"])  # fmt: skip
AMOUNT = st.integers(min_value=-(10**11), max_value=10**11)  # öre


@st.composite
def export(draw) -> tuple[list[list[object]], int]:
    """Rows of an export (with random keyed rows whose texts have sum words and random true
    subtotal rows) and the file's own total of the Utfall column in öre."""
    rows: list[list[object]] = [["Period", "Ansvar", "Nämnd", "Konto", "Text", "Utfall"]]
    total = 0
    run = 0
    for i in range(draw(st.integers(min_value=1, max_value=25))):
        if draw(st.booleans()) and i:
            rows.append([draw(WORDS), None, None, None, draw(WORDS), _kr(run)])  # a true sum
            total += run
            run = 0
            continue
        ore = draw(AMOUNT)
        unit = draw(st.sampled_from(["0101", "0202"]))
        committee = "RS" if unit == "0101" else "HSN"
        rows.append([f"2024-{draw(st.integers(1, 12)):02d}", unit, committee,
                     draw(st.sampled_from(["4010", "3010", "8010"])), draw(WORDS), _kr(ore)])  # fmt: skip
        total += ore
        run += ore
    return rows, total


def _kr(ore: int) -> str:
    return str(Decimal(ore) / 100).replace(".", ",")


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(export())
def test_property_stored_plus_skipped_is_the_file_total(tmp_path_factory, data) -> None:
    from analytics.storage import open_database

    rows, file_total = data
    folder = tmp_path_factory.mktemp("p")
    con = open_database(folder / "p.duckdb")
    try:
        result = import_file(con, files.csv(folder / "p.csv", rows))
        assert result.ok, result.summary_lines()
        skipped = sum(s.amounts.get("utfall", 0) for s in result.skipped)
        assert stored_ore(con, "utfall") + skipped == file_total
        assert reconciled(result, "utfall") == (file_total, stored_ore(con, "utfall"), skipped)
    finally:
        con.close()
