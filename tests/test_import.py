"""Importing ledger exports and registers: messy real-world shapes, errors, all or nothing."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analytics.imports.importer import import_file
from analytics.imports.preview import order_for_import
from analytics.ingest.options import ImportOptions
from analytics.storage import import_log, mapping_profiles, queries
from tests import files
from tests.files import HEADER, simple_ledger


def facts(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return con.execute(
        """SELECT year, period, ansvar, konto, measure, version, CAST(amount * 100 AS BIGINT) AS ore,
                  import_id
           FROM ledger_fact ORDER BY ALL"""
    ).df()


def result_by_measure(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    rows = con.execute(
        "SELECT measure, CAST(-sum(amount) * 100 AS BIGINT) FROM ledger_fact GROUP BY measure"
    ).fetchall()
    return {m: int(v) for m, v in rows}


def test_plain_export_with_committee_column_imports_without_registers(con, tmp_path: Path) -> None:
    result = import_file(con, files.xlsx(tmp_path / "l.xlsx", simple_ledger()))
    assert result.ok, result.summary_lines()
    assert result.counts is not None and result.counts.added == 8
    assert result_by_measure(con) == {"budget": 30000, "utfall": 35000}
    org = con.execute("SELECT ansvar, committee FROM org_unit ORDER BY ansvar").fetchall()
    assert org == [("0101", "RS"), ("0202", "HSN")]
    lines = dict(con.execute("SELECT konto, rr_line FROM account").fetchall())
    assert lines == {"3010": "intakter", "4010": "kostnader", "8010": "skatteintakter"}
    assert queries.budget_versions(con, 2024) == ["Budget 2024"]


def test_title_rows_merged_cells_blank_rows_and_subtotals(con, tmp_path: Path) -> None:
    rows = [
        ["Huvudboksrapport Region Test"],
        ["Utskriven 2024-03-05"],
        [],
        HEADER,
        ["2024-01", "0101", "RS", "4010", "1 000", "900"],
        ["2024-01", "0102", None, "4010", "500", "400"],  # nämnd merged from the row above
        [None] * 6,
        ["Summa RS", None, None, None, "1 500", "1 300"],
        ["2024-01", "0202", "HSN", "4010", "2 000", "2 100"],
        ["Totalt", None, None, None, "3 500", "3 400"],
    ]
    path = files.xlsx(tmp_path / "m.xlsx", rows, merges=["A1:F1", "C5:C6"])
    result = import_file(con, path)
    assert result.ok, result.summary_lines()
    assert result.subtotal_rows == 2 and result.blank_rows == 1 and result.rows_read == 5
    assert not result.warnings  # the file's own total agrees with its rows
    org = dict(con.execute("SELECT ansvar, committee FROM org_unit").fetchall())
    assert org == {"0101": "RS", "0102": "RS", "0202": "HSN"}
    assert result_by_measure(con) == {"budget": -350000, "utfall": -340000}


def test_total_row_that_disagrees_is_refused_naming_it(con, tmp_path: Path) -> None:
    # a keyless row that is no sum of the rows it would close is neither data nor a subtotal
    rows = [*simple_ledger(), ["Totalt", None, None, None, "999", None]]
    result = import_file(con, files.xlsx(tmp_path / "t.xlsx", rows))
    assert not result.ok
    [error] = result.errors
    assert error.code == "unproven_subtotal" and error.rows == (6,)
    assert "999,00" in error.message() and "−300,00" in error.message()
    assert "--skip-rows 6" in error.message()
    # the user may say it is a subtotal: then it is skipped and listed with its amount
    said = import_file(
        con, files.xlsx(tmp_path / "t.xlsx", rows), ImportOptions(skip_rows=frozenset({6}))
    )
    assert said.ok and [(s.row, s.reason, s.amounts) for s in said.skipped] == [
        (6, "user", {"budget": 99900})
    ]


def test_hidden_sheets_are_skipped_and_said(con, tmp_path: Path) -> None:
    path = files.xlsx(
        tmp_path / "h.xlsx",
        simple_ledger(),
        extra={"Gammal": [HEADER, ["2024-01", "0101", "RS", "4010", "99999", "1"]]},
        hidden=["Gammal"],
    )
    result = import_file(con, path)
    assert result.ok
    assert "hidden_sheet_skipped" in [w.code for w in result.warnings]
    assert result_by_measure(con)["budget"] == 30000


@pytest.mark.parametrize(
    ("delimiter", "encoding"),
    [(";", "utf-8"), (";", "utf-8-sig"), (";", "cp1252"), (",", "utf-8"), ("\t", "utf-8")],
)
def test_csv_delimiters_and_encodings(con, tmp_path: Path, delimiter: str, encoding: str) -> None:
    rows = [["Huvudbok för Hälso- och sjukvårdsnämnden"], *simple_ledger()]
    result = import_file(con, files.csv(tmp_path / "l.csv", rows, delimiter, encoding))
    assert result.ok, result.summary_lines()
    assert result_by_measure(con) == {"budget": 30000, "utfall": 35000}
    names = {c for (c,) in con.execute("SELECT DISTINCT committee FROM org_unit").fetchall()}
    assert names == {"RS", "HSN"}


def test_windows_1252_text_survives(con, tmp_path: Path) -> None:
    rows = [
        ["Period", "Ansvar", "Nämnd", "Konto", "Kontonamn", "Utfall"],
        ["202401", "0101", "Hälso- och sjukvårdsnämnden", "4010", "Månadslön", "1 000"],
    ]
    result = import_file(con, files.csv(tmp_path / "w.csv", rows, ";", "cp1252"))
    assert result.ok, result.summary_lines()
    assert con.execute("SELECT committee FROM org_unit").fetchall() == [
        ("Hälso- och sjukvårdsnämnden",)
    ]
    assert con.execute("SELECT konto_name FROM account").fetchall() == [("Månadslön",)]


def test_xls_and_ods_workbooks(con, tmp_path: Path) -> None:
    rows = [
        ["Rapport"],
        HEADER,
        ["2024-01", "0101", "RS", "4010", 1000, 900],
        ["2024-02", "0101", "RS", "3010", -500.5, -520],
    ]
    for path in (files.xls(tmp_path / "l.xls", rows), files.ods(tmp_path / "l.ods", rows)):
        result = import_file(con, path)
        assert result.ok, result.summary_lines()
    assert result_by_measure(con) == {"budget": -49950, "utfall": -38000}


def test_measure_column_month_names_and_year_column(con, tmp_path: Path) -> None:
    rows = [
        ["År", "Månad", "Ansvar", "Nämnd", "Konto", "Mått", "Belopp"],
        ["2022", "mars", "0101", "RS", "4010", "Budget", "100"],
        ["2022", "mars", "0101", "RS", "4010", "Bokfört", "120"],
        ["2022", "april", "0101", "RS", "4010", "Redovisat", "80"],
    ]
    result = import_file(con, files.csv(tmp_path / "m.csv", rows))
    assert result.ok, result.summary_lines()
    got = facts(con)[["period", "measure", "ore"]].values.tolist()
    assert got == [[3, "budget", 10000], [3, "utfall", 12000], [4, "utfall", 8000]]


def test_unknown_measure_is_an_error(con, tmp_path: Path) -> None:
    rows = [
        ["År", "Period", "Ansvar", "Nämnd", "Konto", "Typ", "Belopp"],
        ["2022", "1", "0101", "RS", "4010", "Plan B", "1"],
    ]
    result = import_file(con, files.csv(tmp_path / "m.csv", rows))
    assert not result.ok and result.errors[0].code == "bad_measure"


def test_amounts_in_tkr_from_title_and_result_sign(con, tmp_path: Path) -> None:
    rows = [
        ["Belopp i tkr"],
        ["Period", "Ansvar", "Nämnd", "Konto", "Utfall"],
        ["2023-01", "0101", "RS", "4010", "-1 234,567"],
        ["2023-01", "0101", "RS", "3010", "(0,5)"],
    ]
    result = import_file(con, files.csv(tmp_path / "t.csv", rows), ImportOptions(sign="result"))
    assert result.ok
    assert facts(con)[["konto", "ore"]].values.tolist() == [["3010", 50000], ["4010", 123456700]]
    assert result.totals[0].amount_ore == -123506700  # in the file's own (result) sign


def test_unit_in_header_wins(con, tmp_path: Path) -> None:
    rows = [
        ["Period", "Ansvar", "Nämnd", "Konto", "Utfall (tkr)"],
        ["2023-01", "0101", "RS", "4010", "2"],
    ]
    assert import_file(con, files.csv(tmp_path / "u.csv", rows)).ok
    assert facts(con)["ore"].tolist() == [200000]


def test_excel_dates_as_periods_and_year_from_the_title(con, tmp_path: Path) -> None:
    rows = [
        ["Huvudbok 2021"],
        ["Datum", "Ansvar", "Nämnd", "Konto", "Utfall"],
        [datetime(2021, 5, 31), "0101", "RS", "4010", 10],
        ["5", "0101", "RS", "4010", "1"],
    ]
    # the second row has a bare month: its year comes from the title row
    result = import_file(con, files.xlsx(tmp_path / "d.xlsx", rows))
    assert result.ok, result.summary_lines()
    assert facts(con)[["year", "period", "ore"]].values.tolist() == [[2021, 5, 1100]]
    assert result.merged_rows == 2  # two rows with the same key were added together
    assert [(m.rows_in, m.facts_out, m.examples) for m in result.merged] == [(2, 1, ((3, 4),))]
    assert "2 rader har samma nycklar" in "\n".join(result.summary_lines())


def test_annual_budget_without_periods_is_stored_as_period_zero(con, tmp_path: Path) -> None:
    rows = [["Ansvar", "Nämnd", "Konto", "Budget 2020"], ["0101", "RS", "4010", "1200"]]
    result = import_file(
        con,
        files.csv(tmp_path / "a.csv", rows),
        ImportOptions(year=2020, version="Budget 2020, RF"),
    )
    assert result.ok, result.summary_lines()
    assert facts(con)[["period", "version"]].values.tolist() == [[0, "Budget 2020, RF"]]


def test_outcome_without_periods_is_refused(con, tmp_path: Path) -> None:
    rows = [["Ansvar", "Nämnd", "Konto", "Utfall"], ["0101", "RS", "4010", "1200"]]
    result = import_file(con, files.csv(tmp_path / "a.csv", rows), ImportOptions(year=2020))
    assert [e.code for e in result.errors] == ["period_required"]


def test_errors_name_file_sheet_row_and_column_and_write_nothing(con, tmp_path: Path) -> None:
    assert import_file(con, files.xlsx(tmp_path / "ok.xlsx", simple_ledger())).ok
    before = facts(con)
    rows = [
        ["Titel"],
        HEADER,
        ["2024-01", "0101", "RS", "4010", "12,3,4", "1"],
        ["2024-13", "0101", "RS", "4010", "1", "1"],
        ["2024-01", "0101", "RS", None, "1", "1"],
    ]
    result = import_file(con, files.xlsx(tmp_path / "bad.xlsx", rows, sheet="Blad1"))
    assert not result.ok
    by_code = {p.code: p for p in result.errors}
    assert by_code["bad_amount"].rows == (3,) and by_code["bad_amount"].column == "E (Budget)"
    assert by_code["bad_period"].rows == (4,) and by_code["bad_period"].column == "A (Period)"
    missing = by_code["unproven_subtotal"]  # no konto, and its amounts are no sum of rows
    assert missing.rows == (5,) and missing.column == "D (Konto)"
    assert missing.message().startswith("Raden saknar Konto")
    text = by_code["bad_amount"].render()
    assert text.startswith(
        "bad.xlsx, blad Blad1, rad 3, kolumn E (Budget): Beloppet är inte ett tal"
    )
    pd.testing.assert_frame_equal(facts(con), before)
    log = import_log.import_history(con)
    assert log.iloc[0]["result"] == "fel" and "Beloppet" in log.iloc[0]["message"]


def test_unknown_ansvar_and_konto_are_reported_with_rows(con, tmp_path: Path) -> None:
    org = [
        ["År", "Ansvar", "Ansvarsnamn", "Förvaltning", "Nämnd"],
        ["2024", "0101", "Ledning", "Staben", "RS"],
    ]
    assert import_file(con, files.xlsx(tmp_path / "org.xlsx", org, sheet="Org")).ok
    rows = [
        ["Period", "Ansvar", "Konto", "Utfall"],
        ["202401", "0101", "4010", "1"],
        ["202401", "0999", "4010", "1"],
        ["202402", "0999", "4010", "1"],
        ["202401", "0101", "9999", "1"],
    ]
    result = import_file(con, files.csv(tmp_path / "l.csv", rows))
    assert not result.ok
    unknown = {p.code: p for p in result.errors}
    assert (
        unknown["unknown_ansvar"].rows == (3, 4)
        and unknown["unknown_ansvar"].params["code"] == "0999"
    )
    assert unknown["unknown_konto"].rows == (5,)
    assert facts(con).empty


def test_registers_place_a_moved_unit_under_its_committee_per_year(con, tmp_path: Path) -> None:
    org = [
        ["Organisation per år"],
        ["År", "Ansvar", "Ansvarsnamn", "Verksamhet", "Förvaltning", "Nämnd"],
        ["2019", "2100", "Regionservice städ", "310", "Regionservice", "HSN"],
        ["2020", "2100", "Regionservice städ", "310", "Regionservice", "RS"],
    ]
    accounts = [
        ["Kontoplan"],
        ["Konto", "Kontonamn", "Kostnadsslag", "Resultaträkningsrad"],
        ["4010", "Lön", "Personalkostnader", "Verksamhetens kostnader"],
        ["8010", "Skatt", "Skatteintäkter", "Skatteintäkter"],
    ]
    ledger = [
        ["Period", "Ansvar", "Konto", "Utfall"],
        ["201901", "2100", "4010", "100"],
        ["202001", "2100", "4010", "200"],
    ]
    paths = [
        files.csv(tmp_path / "l.csv", ledger),
        files.xlsx(tmp_path / "k.xlsx", accounts),
        files.xlsx(tmp_path / "o.xlsx", org),
    ]
    ordered = order_for_import(paths)
    assert [p.name for p in ordered] == ["k.xlsx", "o.xlsx", "l.csv"]
    for path in ordered:
        result = import_file(con, path)
        assert result.ok, result.summary_lines()
    by_year = con.execute(
        "SELECT year, committee, amount_result FROM v_ledger ORDER BY year"
    ).fetchall()
    assert [(y, c) for y, c, _ in by_year] == [(2019, "HSN"), (2020, "RS")]
    assert con.execute("SELECT kostnadsslag FROM account WHERE konto = '4010'").fetchall() == [
        ("Personalkostnader",)
    ]


def test_register_with_unknown_line_is_refused(con, tmp_path: Path) -> None:
    accounts = [["Konto", "Kontonamn", "Resultaträkningsrad"], ["4010", "Lön", "Något annat"]]
    result = import_file(con, files.csv(tmp_path / "k.csv", accounts))
    assert [e.code for e in result.errors] == ["bad_rr_line"]


def test_reimport_changes_nothing_and_newer_export_replaces_its_slice(con, tmp_path: Path) -> None:
    path = files.xlsx(tmp_path / "l.xlsx", simple_ledger())
    assert import_file(con, path).ok
    first = facts(con)
    again = import_file(con, path)
    assert again.counts is not None
    assert (
        again.counts.added,
        again.counts.replaced,
        again.counts.removed,
        again.counts.unchanged,
    ) == (0, 0, 0, 8)
    pd.testing.assert_frame_equal(facts(con), first)

    # A newer export for January: one amount changed, one row gone; February untouched.
    newer = [HEADER, ["2024-01", "0101", "RS", "4010", "1 000,00", "950"]]
    result = import_file(con, files.xlsx(tmp_path / "n.xlsx", newer))
    assert result.counts is not None
    assert (
        result.counts.added,
        result.counts.replaced,
        result.counts.removed,
        result.counts.unchanged,
    ) == (0, 1, 2, 1)
    after = facts(con)
    assert len(after) == 6
    assert after[(after.period == 2)].shape[0] == 4


def test_totals_reconcile_to_the_krona_with_the_file(con, tmp_path: Path) -> None:
    amounts = [f"{i * 1234567 % 99991},{i % 100:02d}" for i in range(1, 400)]
    rows = [HEADER] + [
        [f"2024-{i % 12 + 1:02d}", f"0{i % 7}", "RS", f"4{i % 50:03d}", a, "-" + a]
        for i, a in enumerate(amounts)
    ]
    result = import_file(con, files.csv(tmp_path / "r.csv", rows))
    assert result.ok
    expected = sum(int(a.replace(",", "")) for a in amounts)
    totals = {t.measure: t.amount_ore for t in result.totals}
    assert totals == {"budget": expected, "utfall": -expected}
    assert result_by_measure(con) == {"budget": -expected, "utfall": expected}


def test_dry_run_writes_nothing(con, tmp_path: Path) -> None:
    result = import_file(
        con, files.xlsx(tmp_path / "l.xlsx", simple_ledger()), ImportOptions(dry_run=True)
    )
    assert result.ok and result.dry_run and result.totals
    assert facts(con).empty and import_log.import_history(con).empty


def test_unrecognised_columns_need_a_mapping_which_is_saved_as_a_profile(
    con, tmp_path: Path
) -> None:
    rows = [["Kst", "Konto", "Mån", "Summa kr"], ["0101", "4010", "2024-01", "10"]]
    path = files.csv(tmp_path / "x.csv", rows)
    assert [p.code for p in import_file(con, path).errors] == ["missing_role"]
    mapping = {"Kst": "ansvar", "Konto": "konto", "Mån": "period", "Summa kr": "utfall"}
    org = [["År", "Ansvar", "Nämnd"], ["2024", "0101", "RS"]]
    assert import_file(con, files.csv(tmp_path / "o.csv", org)).ok
    result = import_file(con, path, ImportOptions(mapping=mapping, profile="Min export"))
    assert result.ok, result.summary_lines()
    assert mapping_profiles.profiles_for_signature(con, result.signature) == ["Min export"]
    # the next file of that shape imports by the profile's name alone
    rows2 = [["Kst", "Konto", "Mån", "Summa kr"], ["0101", "4010", "2024-02", "20"]]
    again = import_file(
        con, files.csv(tmp_path / "y.csv", rows2), ImportOptions(profile="Min export")
    )
    assert again.ok and facts(con)["ore"].tolist() == [1000, 2000]


def test_missing_profile_is_a_clear_error(con, tmp_path: Path) -> None:
    result = import_file(
        con, files.csv(tmp_path / "x.csv", simple_ledger()), ImportOptions(profile="Finns inte")
    )
    assert result.errors[0].message() == "Mappningsprofilen Finns inte finns inte."


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("x.pdf", b"%PDF-1.4", "unsupported_type"),
        ("x.xlsx", b"this is not a zip file", "text_named_workbook"),
        ("x.csv", b"\x00\x01\x02\x03" * 100, "binary_as_csv"),
        ("x.csv", b"", "empty_file"),
        ("x.csv", b"bara;text\nutan;rubriker\n", "no_header"),
    ],
)
def test_broken_files_get_a_clear_message(
    con, tmp_path: Path, name: str, content: bytes, code: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = import_file(con, path)
    assert not result.ok
    assert result.errors[0].code == code
    assert result.errors[0].message()  # a Swedish sentence, not a traceback


def test_import_log_records_file_hash_sheet_rows_user_and_totals(con, tmp_path: Path) -> None:
    path = files.xlsx(tmp_path / "l.xlsx", simple_ledger())
    import_file(con, path, ImportOptions(user="controller@region.se"))
    log = import_log.import_history(con).iloc[0]
    assert log["file_name"] == "l.xlsx" and log["sheets"] == "Huvudbok" and log["rows_read"] == 4
    assert log["user_name"] == "controller@region.se" and len(log["content_hash"]) == 64
    totals = json.loads(con.execute("SELECT totals_json FROM import_log").fetchall()[0][0])
    assert totals == {"2024 budget Budget 2024": -30000, "2024 utfall": -35000}


ledger_rows = st.lists(
    st.tuples(
        st.integers(1, 12),
        st.sampled_from(["0101", "0102", "0202"]),
        st.sampled_from(["3010", "4010", "5410", "8010"]),
        st.integers(-(10**11), 10**11),
    ),
    min_size=1,
    max_size=40,
)
styles = st.sampled_from(["plain", "spaces", "parens", "tkr"])


def _text(ore: int, style: str) -> str:
    from decimal import Decimal

    from analytics.common.formatting import format_number

    value = Decimal(ore) / 100
    if style == "plain":
        return str(value)
    if style == "spaces":
        return format_number(value, 2).replace("\u2212", "-")
    if style == "parens":
        text = format_number(abs(value), 2)
        return f"({text})" if ore < 0 else text
    return format_number(value / 1000, 5)  # tkr with öre precision


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=ledger_rows, style=styles)
def test_property_totals_reconcile_and_reimport_is_idempotent(
    tmp_path_factory, rows, style
) -> None:
    from analytics.storage import open_database

    folder = tmp_path_factory.mktemp("prop")
    con = open_database(folder / "p.duckdb")
    unit = [["Belopp i tkr"]] if style == "tkr" else []
    body = [[f"2024-{p:02d}", a, "RS", k, _text(ore, style)] for p, a, k, ore in rows]
    path = files.csv(
        folder / "p.csv", [*unit, ["Period", "Ansvar", "Nämnd", "Konto", "Utfall"], *body]
    )
    first = import_file(con, path)
    assert first.ok, first.summary_lines()
    expected = sum(ore for *_, ore in rows)
    assert sum(t.amount_ore for t in first.totals) == expected
    stored = con.execute(
        "SELECT coalesce(CAST(sum(amount) * 100 AS BIGINT), 0) FROM ledger_fact"
    ).fetchall()[0][0]
    assert stored == expected
    before = facts(con)
    again = import_file(con, path)
    assert again.counts is not None and (
        again.counts.added,
        again.counts.replaced,
        again.counts.removed,
    ) == (0, 0, 0)
    pd.testing.assert_frame_equal(facts(con), before)
    con.close()


def test_xlsm_workbooks(con, tmp_path: Path) -> None:
    path = files.xlsx(tmp_path / "makro.xlsm", files.simple_ledger())
    result = import_file(con, path)
    assert result.ok, result.summary_lines()
    assert result_by_measure(con) == {"budget": 30000, "utfall": 35000}


def test_a_ledger_with_a_committee_column_keeps_the_registers_names(con, tmp_path: Path) -> None:
    org = [
        ["År", "Ansvar", "Ansvarsnamn", "Förvaltning", "Nämnd"],
        ["2024", "0101", "Ledning", "Staben", "RS"],
    ]
    assert import_file(con, files.csv(tmp_path / "o.csv", org)).ok
    ledger = [
        ["Period", "Ansvar", "Nämnd", "Konto", "Utfall"],
        ["202401", "0101", "RS", "4010", "5"],
    ]
    result = import_file(con, files.csv(tmp_path / "l.csv", ledger))
    assert result.ok and result.counts is not None and result.counts.org_rows == 0
    assert con.execute("SELECT ansvar_name, forvaltning, committee FROM org_unit").fetchall() == [
        ("Ledning", "Staben", "RS")
    ]


def test_the_summary_counts_rows_in_proper_swedish(
    con: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    rows = [HEADER, ["2024-03", "0101", "RS", "4010", "100", "90"],
            ["2024-03", "0202", "HSN", "4010", "100", "90"],
            ["Summa", None, None, None, "200", "180"]]  # fmt: skip
    one = import_file(con, files.csv(tmp_path / "en.csv", rows)).summary_lines()[0]
    assert "1 rad hoppades över (en summa eller rubrik, listad nedan) och 0 tomma rader" in one
    none = import_file(con, files.csv(tmp_path / "ingen.csv", rows[:3])).summary_lines()[0]
    assert "; ingen rad hoppades över och 0 tomma rader." in none
