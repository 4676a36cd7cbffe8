"""Goals and indicators: status by hand in both directions and with relative targets; the
Kolada export with its messy features."""

from __future__ import annotations

from pathlib import Path

import pytest

from analytics.goals import compute as goals
from analytics.ingest.kolada import read_kolada
from analytics.ingest.problems import ImportRejected
from tests import files


def test_lower_is_better_with_a_relative_target() -> None:
    # CO2 from business travel: −42 % against 2019 (base 1 000 t) by 2030 → target 580 t
    target = goals.relative_target(1000, -42)
    assert target == pytest.approx(580)
    co2 = goals.Indicator("lower", 2019, 1000, 2030, target)
    # the path in 2024 is 1 000 − 5/11 × 420 = 809,1; the way is 420, 10 % of it is 42
    assert co2.path(2024) == pytest.approx(1000 - 5 / 11 * 420)
    assert goals.status(co2, 2024, 800) == goals.GREEN  # ahead of the path
    assert goals.status(co2, 2024, 840) == goals.YELLOW  # 30,9 behind: within 42
    assert goals.status(co2, 2024, 860) == goals.RED  # 50,9 behind
    assert goals.status(co2, 2026, 570) == goals.GREEN  # the target reached early
    assert goals.status(co2, 2024, None) == goals.NO_DATA


def test_higher_is_better() -> None:
    # share of patients treated within 90 days: 60 % in 2020 → 80 % in 2024
    wait = goals.Indicator("higher", 2020, 60, 2024, 80)
    assert wait.path(2022) == pytest.approx(70)
    assert goals.status(wait, 2022, 71) == goals.GREEN
    assert goals.status(wait, 2022, 68.5) == goals.YELLOW  # 1,5 behind, 2 allowed
    assert goals.status(wait, 2022, 67) == goals.RED
    assert goals.status(wait, 2019, 60) == goals.GREEN  # before the base year: the base is the path
    assert goals.status(wait, 2022, 68.5, tolerance=0.05) == goals.RED  # configurable


def test_keeping_a_level() -> None:
    sick_leave = goals.Indicator("lower", 2020, 6.0, 2024, 6.0)
    assert goals.status(sick_leave, 2022, 5.9) == goals.GREEN
    assert goals.status(sick_leave, 2022, 6.5) == goals.YELLOW  # 0,5 above, 0,6 allowed
    assert goals.status(sick_leave, 2022, 6.7) == goals.RED


def test_trend_and_counts() -> None:
    co2 = goals.Indicator("lower", 2019, 1000, 2030, 580)
    assert goals.trend(co2, 900, 850) == "better"
    assert goals.trend(goals.Indicator("higher", 2019, 1, 2030, 2), 900, 850) == "worse"
    assert goals.trend(co2, None, 850) is None
    statuses = ["green"] * 12 + ["yellow"] * 8 + ["red"] * 13
    assert goals.counts(statuses) == {"green": 12, "yellow": 8, "red": 13, "no_data": 0}


def _kolada_rows() -> list[list[object]]:
    return [
        ["Kolada – Nyckeltal för regioner, hämtat 2026-11-20"],
        [],
        ["Kpi", "Region", "Kön", "2021", "2022", "2023"],
        ["N79028: Nettokostnad hälso- och sjukvård, kr/inv", "Region Jämtland Härjedalen", "Totalt",
         "31 245,6", "32 880,1", ""],
        [None, "Region Jämtland Härjedalen", "Kvinnor", "30 000", "31 000", "32 000"],
        [None, "Region Västernorrland", "Totalt", "29 876,2", "31 102,4", "33 001,9"],
        [None, "Alla regioner (ovägt medel)", "Totalt", "30 111", "31 500", "33 200"],
        [None, "Riket", "Totalt", "30 500,5", "31 800", ".."],
    ]  # fmt: skip


def test_kolada_export_with_title_rows_years_as_text_decimals_and_gaps(tmp_path: Path) -> None:
    path = files.xlsx(tmp_path / "kolada.xlsx", _kolada_rows())
    table = read_kolada(path)
    assert set(table["kpi_id"]) == {"N79028"}
    assert table["kpi_name"].iloc[0] == "Nettokostnad hälso- och sjukvård, kr/inv"
    rjh = table[table["organisation"] == "Region Jämtland Härjedalen"].set_index("year")["value"]
    assert rjh.to_dict() == {
        2021: pytest.approx(31245.6),
        2022: pytest.approx(32880.1),
    }  # 2023 empty
    aggregates = set(table.loc[table["is_aggregate"], "organisation"])
    assert aggregates == {"Alla regioner (ovägt medel)", "Riket"}
    assert not table.loc[table["organisation"] == "Region Västernorrland", "is_aggregate"].any()
    assert len(table) == 2 + 3 + 3 + 2  # women's row left out, empty and ".." cells skipped


def test_a_broken_kolada_export_names_the_cell(tmp_path: Path) -> None:
    rows = _kolada_rows()
    rows[5][4] = "n/a"
    with pytest.raises(ImportRejected) as caught:
        read_kolada(files.xlsx(tmp_path / "kolada.xlsx", rows))
    assert "rad 6, kolumn E (2022): ”n/a” är inte ett tal" in caught.value.problems[0].render()
    with pytest.raises(ImportRejected) as caught:
        read_kolada(files.csv(tmp_path / "other.csv", [["Namn", "Belopp"], ["a", "1"]]))
    assert "Kolada" in caught.value.problems[0].render()


def _goal_rows() -> list[list[object]]:
    return [
        ["Mål och mätetal 2025 (export från Stratsys)"],
        ["Målområde", "Mål", "Mätetal", "Enhet", "Riktning", "Basår", "Basvärde", "Målår",
         "Målvärde", "2023", "2024"],
        ["Hållbar utveckling", "Minskade utsläpp", "CO2 från tjänsteresor", "ton",
         "Lägre är bättre", "2019", "1 000", "2030", "−42 %", "850", "820,5"],
        [None, None, "Andel fossilfria fordon", "%", "Högre är bättre", 2019, 35, 2030, 90,
         "60", ""],
        ["Attraktiv arbetsgivare", "Friska medarbetare", "Sjukfrånvaro", "%", "Lägre", 2020,
         "6,8", 2025, "5,5", "6,1", "6,4"],
    ]  # fmt: skip


def test_goal_sheet_with_title_row_merged_areas_relative_target_and_years(tmp_path) -> None:
    from analytics.ingest.goal_sheet import read_goal_sheet

    indicators, outcomes = read_goal_sheet(files.xlsx(tmp_path / "mal.xlsx", _goal_rows()))
    assert indicators["area"].tolist() == [
        "Hållbar utveckling", "Hållbar utveckling", "Attraktiv arbetsgivare"
    ]  # fmt: skip
    assert indicators["goal"].tolist()[1] == "Minskade utsläpp"  # blank below: the one above
    co2 = indicators.iloc[0]
    assert co2["target_value"] == pytest.approx(580) and co2["target_pct"] == -42
    assert indicators["direction"].tolist() == ["lower", "higher", "lower"]
    assert outcomes.values.tolist() == [[0, 2023, 850], [0, 2024, 820.5], [1, 2023, 60],
                                        [2, 2023, 6.1], [2, 2024, 6.4]]  # fmt: skip


def test_goal_sheet_problems_name_their_cells(tmp_path) -> None:
    from analytics.ingest.goal_sheet import read_goal_sheet

    rows = _goal_rows()
    rows[2][4] = "Kanske"
    rows[3][6] = "trettiofem"
    with pytest.raises(ImportRejected) as caught:
        read_goal_sheet(files.xlsx(tmp_path / "mal.xlsx", rows))
    text = "\n".join(p.render() for p in caught.value.problems)
    assert "rad 3, kolumn E (Riktning): ”Kanske” är ingen riktning" in text
    assert "rad 4, kolumn G (Basvärde): ”trettiofem” är inte ett tal" in text


def test_a_mapping_names_columns_the_sheet_calls_otherwise(tmp_path) -> None:
    from analytics.ingest.goal_sheet import read_goal_sheet

    rows = _goal_rows()
    rows[1] = ["Fokusområde", "Ambition", "Indikatorns namn", "Enhet", "Riktning", "Basår",
               "Startvärde", "Målår", "Målnivå", "2023", "2024"]  # fmt: skip
    path = files.xlsx(tmp_path / "mal.xlsx", rows)
    with pytest.raises(ImportRejected):
        read_goal_sheet(path)
    mapping = {"Fokusområde": "area", "Ambition": "goal", "Indikatorns namn": "indicator",
               "Startvärde": "base_value", "Målnivå": "target_value"}  # fmt: skip
    indicators, _ = read_goal_sheet(path, mapping=mapping)
    assert indicators["indicator"].tolist()[0] == "CO2 från tjänsteresor"


def test_demo_goals_tally_like_the_report(demo_con) -> None:
    from analytics.goals import report as goal_reports

    report = goal_reports.goal_report(demo_con, 0.10)
    assert report.counts == {"green": 12, "yellow": 8, "red": 13, "no_data": 0}
    co2 = report.table[report.table["indicator"].str.startswith("CO2")].iloc[0]
    assert co2["target_value"] == pytest.approx(2400 * 0.58)
    detail = goal_reports.indicator_detail(demo_con, report, int(report.table.iloc[3]["id"]))
    assert {"Riket", "Region Jämtland Härjedalen"} <= set(detail.benchmarks["organisation"])


def test_the_tally_follows_the_chosen_year(demo_con) -> None:
    from analytics.goals import report as goal_reports

    by_year = {y: goal_reports.goal_report(demo_con, 0.10, y) for y in (2020, 2023, 2025)}
    assert by_year[2025].counts == goal_reports.goal_report(demo_con, 0.10).counts
    assert by_year[2020].counts != by_year[2025].counts != by_year[2023].counts
    # a year's tally reads no outcome after the year
    assert (by_year[2020].table["latest_year"].dropna() <= 2020).all()


def test_the_goal_mapping_refuses_a_hostile_or_empty_file_in_words(tmp_path: Path) -> None:
    import openpyxl

    from analytics.ingest.goal_sheet import header_candidates
    from analytics.ingest.problems import ImportRejected

    far = tmp_path / "far.xlsx"
    wb = openpyxl.Workbook()
    wb.active["XFD1048576"] = 1
    wb.save(far)
    empty = tmp_path / "tom.csv"
    empty.write_text("")
    for path, code in ((far, "sheet_too_large"), (empty, "empty_file")):
        with pytest.raises(ImportRejected) as refused:
            header_candidates(path)
        assert [p.code for p in refused.value.problems] == [code]
