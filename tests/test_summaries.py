"""The ledger summaries: every import keeps them equal to the facts, and every query that reads
them gives exactly what reading the facts would give."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analytics.imports.importer import import_file
from analytics.storage import ledger_source, queries
from analytics.storage.summaries import SUMMARY_REFRESH, SUMMARY_TABLES
from tests import files

HSN = {"committee": "Hälso- och sjukvårdsnämnden"}


def _summary_sums(con) -> pd.DataFrame:
    """Per year, measure and version: the facts' sum and each summary's sum."""
    return con.execute(
        """SELECT year, measure, version, sum(amount) AS facts,
                  (SELECT sum(amount) FROM ledger_by_verksamhet v WHERE v.year = f.year
                     AND v.measure = f.measure AND v.version = f.version) AS by_verksamhet,
                  (SELECT sum(amount) FROM ledger_by_konto k WHERE k.year = f.year
                     AND k.measure = f.measure AND k.version = f.version) AS by_konto,
                  coalesce(sum(amount) FILTER (period BETWEEN 1 AND 12), 0) AS monthly_facts,
                  (SELECT coalesce(sum(ytd_12), 0) FROM ledger_ytd_by_ansvar s
                   WHERE s.year = f.year AND s.measure = f.measure AND s.version = f.version)
                    AS ytd_by_ansvar
           FROM ledger_fact f GROUP BY ALL ORDER BY ALL"""
    ).df()


def _assert_summaries_match_facts(con) -> None:
    sums = _summary_sums(con)
    assert not sums.empty
    assert (sums["facts"] == sums["by_verksamhet"]).all()
    assert (sums["facts"] == sums["by_konto"]).all()
    assert (sums["monthly_facts"] == sums["ytd_by_ansvar"]).all()


def test_the_demo_summaries_sum_to_the_facts(demo_con) -> None:
    _assert_summaries_match_facts(demo_con)


def test_every_import_refreshes_the_summaries(con, tmp_path: Path) -> None:
    ledger = [
        ["Period", "Ansvar", "Konto", "Budget", "Utfall"],
        ["202401", "0101", "4010", "100", "120"],
        ["202402", "0101", "3010", "-50", "-40"],
    ]
    files.import_one_unit(con, tmp_path, ledger)
    _assert_summaries_match_facts(con)
    newer = [["Period", "Ansvar", "Konto", "Utfall"], ["202402", "0101", "3010", "-75"]]
    assert import_file(con, files.csv(tmp_path / "newer.csv", newer)).ok
    _assert_summaries_match_facts(con)
    assert con.execute(
        "SELECT sum(amount) FROM ledger_by_konto WHERE measure = 'utfall'"
    ).fetchall() == [(45,)]


def _summary_tables(con) -> dict[str, list[tuple]]:
    return {
        table: con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
        for table in SUMMARY_TABLES
    }


def _assert_equal_to_a_full_rebuild(con) -> None:
    """The summaries as the imports left them equal the summaries rebuilt from scratch with
    the original statements of the migrations (every year, twelve filtered sums per fact)."""
    kept = _summary_tables(con)
    assert kept["ledger_by_verksamhet"] and kept["ledger_ytd_by_ansvar"]
    con.execute("BEGIN TRANSACTION")
    try:
        for statement in SUMMARY_REFRESH:
            con.execute(statement)
        rebuilt = _summary_tables(con)
    finally:
        con.execute("ROLLBACK")
    assert kept == rebuilt


def test_an_import_refreshes_its_years_and_every_year_when_an_account_moves(
    con, tmp_path: Path
) -> None:
    org = [
        ["År", "Ansvar", "Ansvarsnamn", "Nämnd"],
        *([str(y), "0101", "Ledning", "RS"] for y in (2023, 2024, 2025)),
        *([str(y), "0202", "Akuten", "HSN"] for y in (2023, 2024, 2025)),
    ]
    accounts = [
        ["Konto", "Kontonamn", "Kostnadsslag", "Resultaträkningsrad"],
        ["4010", "Lön", "Personalkostnader", "Verksamhetens kostnader"],
        ["4020", "Övertid", "Personalkostnader", "Verksamhetens kostnader"],
        ["3010", "Avgifter", "Avgifter", "Verksamhetens intäkter"],
    ]
    assert import_file(con, files.csv(tmp_path / "k.csv", accounts)).ok
    assert import_file(con, files.csv(tmp_path / "o.csv", org)).ok
    for year in (2023, 2024, 2025):
        rows = [["Period", "Ansvar", "Konto", "Budget", "Utfall"]]
        for month in (1, 2, 3):
            rows += [
                [f"{year}{month:02}", "0101", "4010", str(100 * month), str(90 * month + year)],
                [f"{year}{month:02}", "0202", "4020", "70", str(month)],
                [f"{year}{month:02}", "0202", "3010", "-40", "-45"],
            ]
        assert import_file(con, files.csv(tmp_path / f"l{year}.csv", rows)).ok
        _assert_equal_to_a_full_rebuild(con)
    # a newer March 2024 replaces its slice: only 2024 is re-summed
    newer = [["Period", "Ansvar", "Konto", "Utfall"], ["202403", "0101", "4010", "5"]]
    assert import_file(con, files.csv(tmp_path / "n.csv", newer)).ok
    _assert_equal_to_a_full_rebuild(con)
    # 0202 moves to RS in 2024: that year's organisation changes
    moved = [["År", "Ansvar", "Ansvarsnamn", "Nämnd"], ["2024", "0202", "Akuten", "RS"]]
    assert import_file(con, files.csv(tmp_path / "m.csv", moved)).ok
    _assert_equal_to_a_full_rebuild(con)
    # 4020 moves to another kostnadsslag: every year's summaries change
    regrouped = [
        ["Konto", "Kontonamn", "Kostnadsslag", "Resultaträkningsrad"],
        ["4020", "Övertid", "Övriga personalkostnader", "Verksamhetens kostnader"],
    ]
    assert import_file(con, files.csv(tmp_path / "r.csv", regrouped)).ok
    _assert_equal_to_a_full_rebuild(con)
    assert con.execute(
        "SELECT DISTINCT kostnadsslag FROM ledger_ytd_by_ansvar WHERE ansvar = '0202' "
        "AND kostnadsslag LIKE 'Övriga%'"
    ).fetchall() == [("Övriga personalkostnader",)]


@pytest.fixture
def facts_only(monkeypatch: pytest.MonkeyPatch):
    """Make every query read the facts themselves (asking for an ansvar forces that)."""
    original = ledger_source.smallest_source

    def from_facts(levels, org_year, years_read):
        return original({*levels, "ansvar"}, org_year, years_read)

    def read(call):
        with monkeypatch.context() as patch:
            patch.setattr(ledger_source, "smallest_source", from_facts)  # for every query
            patch.setattr(queries, "smallest_source", from_facts)
            return call()

    return read


def _same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    assert not a.empty
    key = list(a.columns)
    pd.testing.assert_frame_equal(
        a.sort_values(key).reset_index(drop=True), b.sort_values(key).reset_index(drop=True)
    )


@pytest.mark.parametrize("level", ["committee", "forvaltning", "verksamhet", "kostnadsslag"])
@pytest.mark.parametrize("scope", [{}, HSN])
@pytest.mark.parametrize("org_year", [2023, None])
def test_ledger_cube_from_summaries_equals_the_facts(
    demo_con, facts_only, level, scope, org_year
) -> None:
    def cube(prior: bool):
        return queries.ledger_cube(
            demo_con, 2023, "Budget 2023", level, scope, org_year=org_year, prior_year=prior
        )

    for prior in (False, True):
        _same(cube(prior), facts_only(lambda prior=prior: cube(prior)))


@pytest.mark.parametrize("level", ["committee", "verksamhet", "kostnadsslag"])
@pytest.mark.parametrize("scope", [{}, HSN])
def test_unit_totals_from_summaries_equal_the_facts(demo_con, facts_only, level, scope) -> None:
    def totals():
        return queries.unit_totals(demo_con, 2023, 8, "Budget 2023", level, scope, org_year=2023)

    _same(totals(), facts_only(totals))


@pytest.mark.parametrize("scope", [{}, HSN])
@pytest.mark.parametrize("org_year", [2023, None])
def test_lines_forecast_and_annual_check_from_summaries_equal_the_facts(
    demo_con, facts_only, scope, org_year
) -> None:
    def lines():
        return queries.results_by_line(demo_con, [2022, 2023], 8, scope, org_year=org_year)

    _same(lines(), facts_only(lines))

    def region():
        return queries.region_lines(demo_con)

    _same(region(), facts_only(region))

    prefixes = ("30", "841")  # patient fees and interest income: both booked in the demo
    oracle = demo_con.execute(
        """SELECT year, period, CAST(-sum(amount) * 100 AS BIGINT) AS amount_ore FROM ledger_fact
           WHERE measure = 'utfall' AND (konto LIKE '30%' OR konto LIKE '841%')
           GROUP BY ALL""",
    ).df()
    _same(queries.outcome_on_accounts(demo_con, prefixes), ledger_source.amounts_as_int(
        oracle, ["year", "period", "amount_ore"]))  # fmt: skip

    def annual():
        return queries.has_annual_budget(demo_con, 2023, "Budget 2023", scope, org_year)

    assert annual() == facts_only(annual)


def _largest_from_facts(con, period: int, scope: dict[str, str], org_year: int, count: int):
    """The same first pass written directly on the facts, as the oracle."""
    where = "".join(
        f" AND {'a' if level == 'kostnadsslag' else 'o'}.{level} = ?" for level in scope
    )
    rows = con.execute(
        f"""SELECT f.ansvar, a.kostnadsslag,
                   sum(CASE WHEN f.measure = 'budget' THEN f.amount ELSE -f.amount END) AS dev
            FROM ledger_fact f LEFT JOIN account a ON a.konto = f.konto
            LEFT JOIN org_unit o ON o.ansvar = f.ansvar AND o.year = ?
            WHERE f.year = 2023 AND f.period BETWEEN 1 AND ?
              AND ((f.measure = 'budget' AND f.version = 'Budget 2023') OR f.measure = 'utfall')
              {where}
            GROUP BY ALL ORDER BY abs(dev) DESC, f.ansvar, a.kostnadsslag LIMIT ?""",
        [org_year, period, *scope.values(), count],
    ).fetchall()
    return sorted({r[0] for r in rows})


@pytest.mark.parametrize("period", [1, 8, 12])
@pytest.mark.parametrize("scope", [{}, HSN, {**HSN, "kostnadsslag": "Läkemedel"}])
@pytest.mark.parametrize("org_year", [2023, None])
@pytest.mark.parametrize("count", [20, 400])
def test_largest_deviations_from_the_summary_equal_the_facts(
    demo_con, period, scope, org_year, count
) -> None:
    ours = queries.largest_deviation_ansvar(
        demo_con, 2023, period, "Budget 2023", scope, org_year, count
    )
    assert ours
    assert ours == _largest_from_facts(demo_con, period, scope, org_year or 2023, count)
