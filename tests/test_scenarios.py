"""The scenario engine by hand, and its invariants."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analytics.scenarios.compute import Baseline, Drivers, YearResult, run, sensitivity

M = 100_000_000  # öre per mnkr


def _baseline(**changes) -> Baseline:
    values = dict(
        year=2025, committees={"A": 1000 * M, "B": 500 * M}, tax_ore=1200 * M,
        grants_ore=300 * M, financial_ore=-10 * M, pension_ore=100 * M,
        cost_types={"Inhyrd personal": 80 * M}, tax_rate_kr=11.50,
        tax_base_growth_pct=(4.0, 4.0), indexation_pct=(3.0, 3.0),
        planned_savings_ore={2025: 50 * M},
    )  # fmt: skip
    values.update(changes)
    return Baseline(**values)  # type: ignore[arg-type]


def _results(drivers: Drivers | None = None) -> dict[int, YearResult]:
    return {r.year: r for r in run(_baseline(), drivers or Drivers())}


def test_the_baseline_by_hand() -> None:
    years = _results()
    # 2025: 1 200 + 300 − 10 − 1 500; 2026: 1 248 + 300 − 10 − 1 545; 2027: 1 297,92 + 290 − 1 591,35
    assert [years[y].result_ore / M for y in (2025, 2026, 2027)] == pytest.approx([-10, -7, -3.43])
    assert years[2026].committees == {"A": 1030 * M, "B": 515 * M}
    assert years[2025].goal_ore == 30 * M and not years[2025].goal_met  # 2 % of 1 500
    # nothing is restored: every year adds to what must be restored
    assert [years[y].to_restore_ore / M for y in (2025, 2026, 2027)] == pytest.approx(
        [10, 17, 20.43]
    )


def test_tax_base_and_rate_drivers() -> None:
    years = _results(Drivers(tax_base_pp={2025: -1.0}, tax_rate_ore={2026: 10}))
    assert years[2025].tax_ore == 1188 * M  # 1 % less growth in the budget year
    # 2026: 1 200 × 0,99 × 1,04, then ten öre more on a rate of 11,50 kr
    assert years[2026].tax_ore == pytest.approx(1200 * M * 0.99 * 1.04 * 11.60 / 11.50, abs=1)


def test_pension_savings_one_off_frames_and_cost_types() -> None:
    drivers = Drivers(
        pension_mnkr={2025: 40}, pension_pct={2026: 10}, savings_realised_pct={2025: 60},
        one_offs_mnkr=((2027, 15, "Sanering"),), frames_mnkr=(("B", 2026, 20),),
        cost_type_pct=(("Inhyrd personal", 2025, -10),),
    )  # fmt: skip
    years = _results(drivers)
    base = _results()
    # 2025: +40 pension, 40 % of 50 planned savings not realised = +20, hired staff −8
    assert (years[2025].net_cost_ore - base[2025].net_cost_ore) / M == pytest.approx(52)
    # 2026: pension +10 % of 100 × 1,03, frame B +20, hired staff −10 % of 80 × 1,03
    assert (years[2026].net_cost_ore - base[2026].net_cost_ore) / M == pytest.approx(
        10.3 + 20 - 8.24
    )
    assert years[2026].committees["B"] == 535 * M
    assert (years[2027].net_cost_ore - base[2027].net_cost_ore) / M == pytest.approx(
        15 + 20 - 8.487, abs=0.001
    )


def test_a_surplus_restores_the_oldest_deficit_first() -> None:
    baseline = _baseline(tax_base_growth_pct=(0.0, 0.0), indexation_pct=(0.0, 0.0))
    drivers = Drivers(grants_mnkr={2026: 17, 2027: 15})  # −10, then +7, then +5
    years = {r.year: r for r in run(baseline, drivers)}
    assert [years[y].result_ore / M for y in (2025, 2026, 2027)] == [-10, 7, 5]
    assert [years[y].to_restore_ore / M for y in (2025, 2026, 2027)] == [10, 3, 0]


@given(
    amount=st.floats(min_value=-500, max_value=500, allow_nan=False),
    year=st.sampled_from([2025, 2026, 2027]),
)
def test_a_pure_reallocation_leaves_the_region_result_unchanged(amount: float, year: int) -> None:
    moved = _results(Drivers(reallocations_mnkr=(("A", "B", year, amount),)))
    base = _results()
    for y in (2025, 2026, 2027):
        assert moved[y].result_ore == base[y].result_ore
    if round(amount * M):  # a move of at least an öre shows in the nämnder's net cost
        assert moved[2027].committees != base[2027].committees


def test_sensitivity_orders_drivers_by_their_effect() -> None:
    baseline = _baseline()
    steps = {
        "Skatteunderlag −1 %": Drivers(tax_base_pp={2025: -1}),
        "Pension +40 mnkr": Drivers(pension_mnkr={2025: 40}),
        "Omfördelning 45 mnkr": Drivers(reallocations_mnkr=(("A", "B", 2025, 45),)),
    }
    moved = sensitivity(baseline, Drivers(), steps, 2025)
    assert list(moved) == ["Pension +40 mnkr", "Skatteunderlag −1 %", "Omfördelning 45 mnkr"]
    assert moved["Pension +40 mnkr"] == -40 * M and moved["Omfördelning 45 mnkr"] == 0


def test_the_2020_revision_turns_minus_79_2_into_99_9(demo_con) -> None:
    from analytics.demo import scenarios as demo
    from analytics.scenarios import report as scenario_reports

    baseline = scenario_reports.baseline(demo_con, 2020, demo.ORIGINAL_2020.name)
    before = run(baseline, Drivers())[0]
    assert before.result_ore == pytest.approx(-79.2 * M, abs=1)
    after = run(baseline, demo.revision_2020(demo_con))[0]
    assert after.result_ore == pytest.approx(99.9 * M, abs=1)


def test_the_rejected_motion_costs_22_mnkr_a_year(demo_con) -> None:
    from analytics.demo import scenarios as demo
    from analytics.scenarios import report as scenario_reports

    baseline = scenario_reports.baseline(demo_con, 2020, demo.REVISED_2020.name)
    base = run(baseline, Drivers())
    motion = run(baseline, demo.MOTION)
    # +20 HSN and +2 RUN cost the result; the 45 moved from HSN to RS do not
    assert [(m.result_ore - b.result_ore) / M for m, b in zip(motion, base, strict=True)] == [
        -22, -22, -22,
    ]  # fmt: skip
    rs = "Regionstyrelsen"
    assert (motion[0].committees[rs] - base[0].committees[rs]) / M == 45


def test_scenarios_are_saved_updated_duplicated_and_deleted(con) -> None:
    from analytics.storage import scenarios as stored

    drivers = Drivers(grants_mnkr={2025: 50.0}, reallocations_mnkr=(("A", "B", 2026, 45.0),))
    first = stored.save(con, name="Skatt −1 %", notes="SKR april", base_year=2025,
                        base_version="Budget 2025", drivers=drivers, author="anna")  # fmt: skip
    meta, loaded = stored.load(con, first)
    assert loaded == drivers and meta.author == "anna" and meta.notes == "SKR april"
    changed = drivers.with_(pension_mnkr={2025: 40.0})
    # another user's scenario is never overwritten by saving under its name
    with pytest.raises(stored.NameTaken) as taken:
        stored.save(con, name="Skatt −1 %", notes="ny", base_year=2025,
                    base_version="Budget 2025", drivers=changed, author="bo")  # fmt: skip
    assert taken.value.author == "anna" and stored.load(con, first)[1] == drivers
    assert stored.save(con, name="Skatt −1 %", notes="ny", base_year=2025, scenario_id=first,
                       base_version="Budget 2025", drivers=changed, author="anna") == first  # fmt: skip
    assert stored.load(con, first)[1] == changed
    copy = stored.duplicate(con, first, "Kopia", "bo")
    again = stored.duplicate(con, first, "Kopia", "bo")  # the first copy stays as it is
    assert set(stored.listing(con)["name"]) == {"Skatt −1 %", "Kopia", "Kopia (2)"}
    # renaming the edited scenario keeps its id; another of one's own name is refused
    assert stored.save(con, name="Kopia B", notes="", base_year=2025, scenario_id=again,
                       base_version="Budget 2025", drivers=drivers, author="bo") == again  # fmt: skip
    with pytest.raises(stored.NameTaken):
        stored.save(con, name="Kopia", notes="", base_year=2025, scenario_id=again,
                    base_version="Budget 2025", drivers=drivers, author="bo")  # fmt: skip
    stored.delete(con, first)
    assert sorted(stored.listing(con)["id"].tolist()) == sorted([copy, again])


def test_the_scenario_workbook_holds_numbers_under_swedish_headings(tmp_path) -> None:
    import io

    import openpyxl

    from analytics.scenarios import workbook as scenario_workbook

    drivers = Drivers(grants_mnkr={2025: 50.0}, frames_mnkr=(("B", 2026, 20.0),))
    data = scenario_workbook.workbook("Test", _baseline(), drivers, "Budget 2025")
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Resultat", "Nämnder", "Antaganden", "Förändringar"]
    sheet = book["Resultat"]
    assert sheet["A1"].value == "Test: Scenarier 2025–2027"
    header = [c.value for c in sheet[5]]
    assert header[:4] == ["Post", "2025 budget", "2025 scenario", "2025 ±"]
    assert (
        sheet["A5"].font.bold
        and sheet.freeze_panes == "B6"
        and sheet.auto_filter.ref.startswith("A5:")
    )
    rows = {r[0]: r for r in sheet.iter_rows(min_row=6, values_only=True)}
    assert rows["Årets resultat"][1:4] == (-10, 40, 50)  # −10 + 50, as numbers
    assert sheet.cell(6, 2).number_format == "#,##0.0;-#,##0.0"
    changes = [c.value for c in book["Förändringar"][6]]
    assert changes == ["Ramförändring", "B", None, 2026, 20]
    frames = {r[0]: r for r in book["Nämnder"].iter_rows(min_row=6, values_only=True)}
    assert frames["B"][4:7] == (frames["B"][4], frames["B"][4] + 20, 20)  # 2026: +20 from the year
    assert "Summa nämnder" in frames


def test_a_change_row_that_cannot_be_counted_is_named_with_its_row_not_dropped() -> None:
    import pandas as pd

    from analytics.scenarios import changes

    baseline = _baseline(cost_types={"Personalkostnader": 100 * M})
    typed = pd.DataFrame(
        [
            ["Ramförändring", "A", None, 2025, 10.0],  # counted
            [None, None, None, None, None],  # an empty new row: nothing to say
            ["Omfördelning", "A", None, 2026, 5.0],  # no receiver
            ["Omfördelning", "A", "A", 2026, 5.0],  # to itself
            ["Ramförändring", "Okänd nämnd", None, 2025, 1.0],
            ["Kostnadsslag %", "Personalkostnader", None, 2027, -2.0],  # counted
            ["Kostnadsslag %", "Lokaler", None, 2027, 3.0],
            ["Ramförändring", "B", None, 2031, 1.0],  # outside the plan
            ["Ramförändring", "B", None, None, 1.0],  # no year
            ["frame", "B", None, 2025, 2.0],  # a stored code still counts
        ],
        columns=changes.COLUMNS,
    )
    found = changes.checked(typed, baseline)
    assert found.changes == [
        ("frame", "A", "", 2025, 10.0),
        ("cost_type", "Personalkostnader", "", 2027, -2.0),
        ("frame", "B", "", 2025, 2.0),
    ]
    assert [p.split(":")[0] for p in found.problems] == [
        "Rad 3 räknas inte", "Rad 4 räknas inte", "Rad 5 räknas inte", "Rad 7 räknas inte",
        "Rad 8 räknas inte", "Rad 9 räknas inte",
    ]  # fmt: skip
    assert "mottagande nämnd" in found.problems[0]
    assert "”Okänd nämnd” är ingen nämnd" in found.problems[2]
    assert "(det finns: Personalkostnader)" in found.problems[3]
    assert "utanför planen 2025–2027" in found.problems[4]
    assert "År saknas" in found.problems[5]


def test_the_drivers_say_how_a_typed_value_applies_and_the_rate_adds_up() -> None:
    from analytics.scenarios import display

    years = _baseline().years
    drivers = Drivers(tax_rate_ore={2025: 10.0, 2026: 10.0, 2027: 10.0})
    shown = display.label_drivers(display.driver_frame(drivers, years))
    applies = shown["Gäller"]
    assert applies["Skattesats, ± öre (från året)"] == "från året och framåt; åren läggs ihop"
    assert applies["Generella statsbidrag och utjämning, ± mnkr"] == "bara det året"
    note = display.rate_note(drivers, years)
    assert note is not None and "2025 +10 öre; 2026 +20 öre; 2027 +30 öre" in note
    assert display.rate_note(Drivers(), years) is None


def test_deficits_of_closed_years_carry_into_the_plan_with_their_deadline() -> None:
    from analytics.result.balance import Decision

    baseline = _baseline(history_balance_ore={2023: -512 * M, 2024: -468 * M})
    years = {r.year: r for r in run(baseline, Drivers())}
    # −10 in 2025 on top of 512 + 468: nothing is restored
    assert years[2025].to_restore_ore == (512 + 468 + 10) * M
    deficit_2023 = next(d for d in years[2025].deficits if d.year == 2023)
    assert (deficit_2023.restore_by, deficit_2023.remaining_ore) == (2026, -512 * M)
    assert years[2025].breaks_budget_rule  # −10 budgeted
    excused = _baseline(decisions=(Decision(2025, "budget_special_reasons", 0, "RF §1"),))
    assert not run(excused, Drivers())[0].breaks_budget_rule
    # a surplus restores 2023's deficit before 2024's
    rich = {r.year: r for r in run(baseline, Drivers(grants_mnkr={2025: 610}))}
    remaining = {d.year: d.remaining_ore for d in rich[2025].deficits}
    assert remaining == {2023: 0, 2024: -(468 - 88) * M}


def test_the_income_statement_lines_add_up() -> None:
    baseline = _baseline(financial_income_ore=15 * M, extraordinary_ore=-2 * M)
    r = run(baseline, Drivers())[0]
    assert r.operating_result_ore == (1200 + 300 - 1500) * M
    assert (r.financial_income_ore, r.financial_costs_ore) == (15 * M, -25 * M)
    assert r.after_financial_ore == r.operating_result_ore - 10 * M
    assert r.result_ore == r.after_financial_ore - 2 * M


def test_the_2020_revision_leaves_71_1_mnkr_of_the_2019_deficit(demo_con) -> None:
    from analytics.demo import scenarios as demo
    from analytics.scenarios import report as scenario_reports

    baseline = scenario_reports.baseline(demo_con, 2020, demo.REVISED_2020.name)
    first = run(baseline, Drivers())[0]
    # 2019's balanskravsresultat −171 mnkr, the revised budget's +99,9 restores part of it
    assert first.to_restore_ore == 711 * M // 10
    assert [(d.year, d.restore_by) for d in first.deficits] == [(2019, 2022)]


def test_one_ore_on_the_2025_tax_rate_is_4_017_094_kronor(demo_con) -> None:
    from analytics.scenarios import report as scenario_reports

    baseline = scenario_reports.baseline(demo_con, 2025, "Budget 2025")
    assert baseline.tax_rate_kr == 11.70  # the demo region's rate (the setting's default)
    base = run(baseline, Drivers())[0]
    up = run(baseline, Drivers(tax_rate_ore={2025: 1}))[0]
    # 4 700 mnkr of tax revenue at 11,70 kr: one öre is 4 700 000 000 × 0,01 / 11,70 kr
    assert round((up.tax_ore - base.tax_ore) / 100) == 4_017_094
    # 2023 (−512) and 2024 (−468 less 11 mnkr of portfolio gains: −479) with 2025's budgeted
    # −230: 1 221 mnkr to restore
    assert base.to_restore_ore == 1221 * M and base.breaks_budget_rule


def test_stored_plan_assumptions_drive_the_plan_years_with_their_source(demo_copy) -> None:
    from decimal import Decimal

    from analytics.scenarios import report as scenario_reports
    from analytics.storage import balance as stored_balance
    from analytics.storage.database import open_database

    con = open_database(demo_copy)
    try:
        before = scenario_reports.baseline(con, 2025, "Budget 2025")
        plan = (2025, "Budget 2025")
        rows = [(*plan, 2026, "tax_base_growth_pct", Decimal("3.5"), "SKR cirkulär 25:12"),
                (*plan, 2026, "grants_mnkr", Decimal("1900"), "SKR cirkulär 25:12"),
                (*plan, 2027, "tax_rate", Decimal("11.90"), "RF 2025-06-18 §80")]  # fmt: skip
        stored_balance.add_assumptions(con, rows=rows, author="test")
        after = scenario_reports.baseline(con, 2025, "Budget 2025")
    finally:
        con.close()
    # the newest value counts: 3,5 % replaces the demo plan's 3,9 % for 2026
    assert before.sources["tax_base_growth_pct:2026"] == "SKR cirkulär 24:21 (demo)"
    assert after.sources["tax_base_growth_pct:2026"] == "SKR cirkulär 25:12"
    assert after.sources["indexation_pct:2026"] == before.sources["indexation_pct:2026"]
    b, a = run(before, Drivers()), run(after, Drivers())
    assert a[0].result_ore == b[0].result_ore  # the budget year is the budget's own
    assert a[1].tax_ore == round(before.tax_ore * 1.035)
    assert a[1].grants_ore == 1900 * M
    # 2027: the demo plan's 4,1 % growth on top, and 20 öre more on 11,70
    assert a[2].tax_ore == round(before.tax_ore * 1.035 * 1.041 * 11.90 / 11.70)


def test_scenarios_on_different_budget_years_line_up_by_calendar_year() -> None:
    from analytics.scenarios.display import compare_display

    early = run(_baseline(year=2020), Drivers())
    late = run(_baseline(), Drivers())
    table = compare_display({"2020": early, "2025": late}).set_index(["Scenario", "Mått"])
    assert list(table.columns) == [str(y) for y in (2020, 2021, 2022, 2025, 2026, 2027)]
    assert table.loc[("2020", "Årets resultat"), "2025"] == "–"
    assert table.loc[("2025", "Årets resultat"), "2025"] == "−10,0 mnkr"
    assert table.loc[("2025", "Att återställa"), "2025"] == "10,0 mnkr"
    assert table.loc[("2025", "Finansiella målet nås"), "2025"] == "nej"
    assert set(table.index.get_level_values("Mått")) == {
        "Årets resultat", "Balanskravsresultat", "Att återställa", "Finansiella målet nås",
    }  # fmt: skip


def test_changed_plan_assumptions_are_read_from_the_editor() -> None:
    from decimal import Decimal

    from analytics.scenarios.display import assumptions_editor_frame, changed_assumptions

    baseline = _baseline()
    frame = assumptions_editor_frame(baseline)
    assert changed_assumptions(baseline, frame) == []
    frame.iloc[0, 1] = 11.9  # the tax rate of 2027
    frame.iloc[1, 0] = 3.2  # tax-base growth 2026
    assert changed_assumptions(baseline, frame) == [
        (2026, "tax_base_growth_pct", Decimal("3.2000")), (2027, "tax_rate", Decimal("11.9000")),
    ]  # fmt: skip
    frame.iloc[3, 0] = None  # a cleared cell
    with pytest.raises(ValueError) as refused:
        changed_assumptions(baseline, frame)
    assert refused.value.args[:2] == ("grants_mnkr", 2026)


def test_the_assumptions_table_names_each_source_with_the_years_it_covers() -> None:
    from analytics.scenarios.display import assumptions_display

    baseline = _baseline(sources={"tax_base_growth_pct:2026": "SKR 24:21",
                                  "tax_base_growth_pct:2027": "SKR 24:21",
                                  "grants_mnkr:2027": "SKR 24:21"})  # fmt: skip
    table = assumptions_display(baseline).set_index("Antagande")
    assert table.loc["Skatteunderlagets tillväxt, %", "Källa"] == "SKR 24:21"
    assert table.loc["Skatteunderlagets tillväxt, %", "2025"] == "–"  # growth is from 2025
    assert table.loc["Skatteunderlagets tillväxt, %", "2026"] == "4,0"
    assert table.loc["Generella statsbidrag och utjämning, mnkr", "Källa"] == (
        "2025: budgetversionen; 2026: standard (budgetårets nivå); 2027: SKR 24:21"
    )
    assert table.loc["Skattesats, kr", "2025"] == "11,50"
