"""The balanskravsutredning and the three-year rule, with figures computed by hand."""

from __future__ import annotations

from analytics.result import balance as balance
from analytics.result.balance import Decision

MNKR = 100_000_000


def test_statement_subtracts_gains_and_adds_decisions_in_the_r15_order() -> None:
    decisions = [
        Decision(2024, "reserve", 20 * MNKR, "RF 2025-04-23 §40"),  # disponering +20
        Decision(2024, "other_adjustment", -3 * MNKR, "RF 2025-04-23 §40"),
        Decision(2023, "reserve", -99 * MNKR, "another year"),
    ]
    s = balance.statement(2024, -50 * MNKR, 12 * MNKR, -8 * MNKR, decisions)
    # −50 − 12 (realisation gains) + 8 (unrealised loss) − 3 = −57; + 20 from the reserve = −37
    assert s.after_adjustments_ore == -57 * MNKR
    assert s.balance_result_ore == -37 * MNKR
    lines = dict(s.lines())
    assert lines == {
        "arets_resultat": -50 * MNKR, "realisation": -12 * MNKR, "unrealised": 8 * MNKR,
        "other_adjustments": -3 * MNKR, "after_adjustments": -57 * MNKR,
        "reserve_rr": 20 * MNKR, "balanskravsresultat": -37 * MNKR,
    }  # fmt: skip
    assert "reserve_rur" in dict(balance.statement(2023, 0, 0, 0).lines())  # before 2024


def test_deficits_carry_their_year_and_are_restored_oldest_first() -> None:
    results = {2019: -171 * MNKR, 2020: 100 * MNKR, 2021: -30 * MNKR, 2022: 90 * MNKR}
    states = balance.deficits_by_year(results)
    after_2020 = states[2020]
    assert [(d.year, d.remaining_ore, d.restore_by) for d in after_2020] == [
        (2019, -71 * MNKR, 2022)
    ]
    after_2022 = states[2022]
    # 2022's +90 restores the rest of 2019 (71) first, then 19 of 2021's 30
    assert [(d.year, d.amount_ore, d.remaining_ore) for d in after_2022] == [
        (2019, -171 * MNKR, 0), (2021, -30 * MNKR, -11 * MNKR),
    ]  # fmt: skip
    assert balance.remaining_ore(after_2022) == -11 * MNKR
    assert not after_2022[1].overdue(2024) and after_2022[1].overdue(2025)
    assert [d.year for d in balance.listed(after_2022, 2023)] == [2021]


def test_special_reasons_waive_a_deficit_in_part_or_whole() -> None:
    results = {2023: -512 * MNKR, 2024: -468 * MNKR}
    decisions = [
        Decision(2023, "special_reasons", 200 * MNKR, "RF 2024-04-24 §50"),
        Decision(2024, "special_reasons", 0, "RF 2025-04-23 §41"),
    ]
    deficits = balance.deficits_by_year(results, decisions)[2024]
    assert [(d.year, d.remaining_ore, d.special_reasons) for d in deficits] == [
        (2023, -312 * MNKR, ("RF 2024-04-24 §50",)), (2024, 0, ("RF 2025-04-23 §41",)),
    ]  # fmt: skip


def test_a_negative_budget_breaks_the_rule_unless_special_reasons_are_given() -> None:
    assert balance.budget_breaks_rule(-230 * MNKR, 2025, [])
    assert not balance.budget_breaks_rule(0, 2025, [])
    excused = [Decision(2025, "budget_special_reasons", 0, "RF 2024-06-19 §95")]
    assert not balance.budget_breaks_rule(-230 * MNKR, 2025, excused)
    assert balance.budget_breaks_rule(-230 * MNKR, 2026, excused)
