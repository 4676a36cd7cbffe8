"""Periodised budget, accumulated figures and deviations, computed by hand."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analytics.followup import compute as followup


def monthly(rows: list[tuple[str, int, str, int]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["unit", "period", "measure", "amount_ore"])


def test_annual_budget_is_spread_in_twelfths_exactly() -> None:
    frame, spread = followup.periodised_budget(monthly([("RS", 0, "budget", -1_000_000_07)]))
    assert spread
    amounts = frame.sort_values("period")["amount_ore"].tolist()
    assert sum(amounts) == -1_000_000_07
    assert max(amounts) - min(amounts) <= 1
    assert frame["period"].tolist() == list(range(1, 13))


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_spreading_never_loses_an_ore(amount: int) -> None:
    frame, _ = followup.periodised_budget(monthly([("X", 0, "budget", amount)]))
    assert frame["amount_ore"].sum() == amount


def test_monthly_budget_rows_are_used_as_they_are() -> None:
    frame, spread = followup.periodised_budget(
        monthly([("RS", 1, "budget", -10), ("RS", 2, "budget", -30)])
    )
    assert not spread
    assert frame["amount_ore"].tolist() == [-10, -30]


def test_accumulated_deviation_by_hand() -> None:
    # Budget: −100 in Jan, −300 in Feb; outcome −90 in Jan, −350 in Feb (öre, result sign).
    months = followup.by_month(
        monthly(
            [
                ("HSN", 1, "budget", -100),
                ("HSN", 2, "budget", -300),
                ("HSN", 1, "utfall", -90),
                ("HSN", 2, "utfall", -350),
            ]
        )
    )
    feb = months[months["period"] == 2].iloc[0]
    assert (feb["budget_acc_ore"], feb["outcome_acc_ore"], feb["deviation_acc_ore"]) == (
        -400,
        -440,
        -40,
    )
    assert months[months["period"] == 12].iloc[0]["budget_acc_ore"] == -400  # no rows after Feb

    table = followup.deviation_table(months, through_period=1)
    row = table.iloc[0]
    assert (row["budget_ytd_ore"], row["outcome_ytd_ore"], row["deviation_ytd_ore"]) == (
        -100,
        -90,
        10,
    )
    assert row["deviation_ytd_pct"] == pytest.approx(10.0)  # 10 better on a budget of 100
    assert row["budget_year_ore"] == -400


def test_total_row_and_region_sum() -> None:
    months = followup.by_month(
        monthly(
            [
                ("RS", 1, "budget", -100),
                ("RS", 1, "utfall", -120),
                ("FIN", 1, "budget", 500),
                ("FIN", 1, "utfall", 530),
            ]
        )
    )
    table = followup.deviation_table(months, 1)
    total = followup.total_row(table, "Regionen").iloc[0]
    assert (total["budget_ytd_ore"], total["outcome_ytd_ore"], total["deviation_ytd_ore"]) == (
        400,
        410,
        10,
    )
    # costs and taxes net to a result: 10 of 400 would be a share of nothing meaningful
    assert pd.isna(total["deviation_ytd_pct"])
    one_sign = followup.total_row(table[table["unit"] == "RS"], "RS").iloc[0]
    assert one_sign["deviation_ytd_pct"] == pytest.approx(-20.0)  # 20 worse on a cost of 100
    region = followup.region_by_month(months)
    assert region.iloc[0]["outcome_acc_ore"] == 410


def test_zero_budget_gives_no_percentage() -> None:
    months = followup.by_month(monthly([("X", 1, "utfall", -5)]))
    assert pd.isna(followup.deviation_table(months, 1).iloc[0]["deviation_ytd_pct"])


def test_largest_deviations_in_size_either_way() -> None:
    table = pd.DataFrame({"unit": list("abc"), "deviation_ytd_ore": [5, -50, 20]})
    assert followup.largest_deviations(table, 2)["unit"].tolist() == ["b", "c"]


def cube(rows: list[tuple[int, str, str, int, str, int]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["year", "unit", "part", "period", "measure", "amount_ore"])


def test_annual_budget_spread_by_last_years_outcome() -> None:
    # Last year the unit spent 100 in January and 300 in February: this year's annual budget
    # of −1 000 is spread 1:3 over those months, nothing in the others.
    frame, used = followup.periodised_budget(
        cube(
            [
                (2024, "RS", "cost", 1, "utfall", -100),
                (2024, "RS", "cost", 2, "utfall", -300),
                (2025, "RS", "cost", 0, "budget", -1000),
            ]
        ),
        2025,
        "prior_year",
    )
    assert used == {"prior_year"}
    budget = frame[frame["measure"] == "budget"].set_index("period")["amount_ore"]
    assert budget[1] == -250 and budget[2] == -750 and budget.drop([1, 2]).eq(0).all()
    assert (frame["year"] == 2025).all()


def test_prior_year_profile_falls_back_to_twelfths_without_history() -> None:
    frame, used = followup.periodised_budget(
        cube([(2025, "NEW", "cost", 0, "budget", -1200)]), 2025
    )
    assert used == {"even"}
    assert frame["amount_ore"].tolist() == [-100] * 12


def test_cost_type_key_spreads_personnel_with_a_july_dip() -> None:
    rows = pd.DataFrame(
        [(2025, "RS", "Personalkostnader exkl. pensioner", "cost", 0, "budget", -1_200_000)],
        columns=["year", "unit", "kostnadsslag", "part", "period", "measure", "amount_ore"],
    )
    frame, used = followup.periodised_budget(rows, 2025, "cost_type")
    assert used == {"cost_type"}
    by_month = frame.set_index("period")["amount_ore"]
    assert by_month.sum() == -1_200_000
    assert by_month[7] > by_month[6]  # less cost (less negative) in July


def test_deviation_splits_into_revenue_and_cost_parts_and_the_month() -> None:
    # Revenue: budget +50, outcome +70 (20 better). Cost: budget −200, outcome −230 (30 worse).
    months = followup.by_month(
        cube(
            [
                (2025, "HSN", "revenue", 1, "budget", 50),
                (2025, "HSN", "revenue", 1, "utfall", 70),
                (2025, "HSN", "cost", 1, "budget", -200),
                (2025, "HSN", "cost", 1, "utfall", -230),
                (2025, "HSN", "cost", 2, "budget", -100),
                (2025, "HSN", "cost", 2, "utfall", -90),
            ]
        )
    )
    row = followup.deviation_table(months, 2).iloc[0]
    assert row["deviation_month_ore"] == 10 and row["deviation_month_pct"] == pytest.approx(10.0)
    assert row["deviation_ytd_ore"] == 0  # +20 revenue −30 cost +10 in February
    assert row["deviation_revenue_ytd_ore"] == 20 and row["deviation_cost_ytd_ore"] == -20
    assert (
        row["deviation_revenue_ytd_ore"] + row["deviation_cost_ytd_ore"] == row["deviation_ytd_ore"]
    )


def test_flags_need_either_threshold_or_both() -> None:
    table = pd.DataFrame(
        {
            "deviation_ytd_ore": [-60_000_000, -60_000_000, 1_000_000],
            "deviation_ytd_pct": [-5.0, -0.5, 50.0],
        }
    )
    # 500 tkr and 2 %: the first is both large and relative, the second only large in kronor,
    # the third only large in per cent
    assert followup.flagged(table, 500, 2, "both").tolist() == [True, False, False]
    assert followup.flagged(table, 500, 2).tolist() == [True, True, True]
    no_budget = pd.DataFrame(
        {"deviation_ytd_ore": [100, 90_000_000], "deviation_ytd_pct": [float("nan"), float("nan")]}
    )
    assert followup.flagged(no_budget, 500, 2).tolist() == [False, True]
    assert followup.flagged(no_budget, 500, 2, "both").tolist() == [False, True]


def test_net_cost_growth_against_tax_and_grants() -> None:
    lines = pd.DataFrame(
        [
            (2024, "intakter", 100),
            (2024, "kostnader", -1100),
            (2025, "intakter", 110),
            (2025, "kostnader", -1210),
            (2025, "avskrivningar", -10),
            (2024, "skatteintakter", 800),
            (2024, "statsbidrag", 200),
            (2025, "skatteintakter", 830),
            (2025, "statsbidrag", 200),
        ],
        columns=["year", "rr_line", "amount_ore"],
    )
    growth = followup.net_cost_growth(lines, 2025)
    assert (growth.net_cost_ore, growth.net_cost_prior_ore, growth.change_ore) == (1110, 1000, 110)
    assert growth.change_pct == pytest.approx(11.0)
    assert growth.tax_grants_change_pct == pytest.approx(3.0)


def test_deviation_paths_are_shares_of_the_accumulated_budget_in_the_units_order() -> None:
    months = pd.DataFrame(
        {
            "unit": ["Liten", "Liten", "Stor", "Stor", "Noll"],
            "period": [1, 2, 1, 2, 1],
            "budget_acc_ore": [-1_000, -2_000, -1_000_000, -2_000_000, 0],
            "deviation_acc_ore": [100, -50, 10_000, 40_000, 7],
        }
    )
    paths = followup.deviation_paths(months, ["Stor", "Liten", "Noll"], 1)
    assert paths["unit"].tolist() == ["Stor", "Liten", "Noll"]  # through January only
    assert paths["deviation_acc_pct"].tolist()[:2] == [
        1.0,
        10.0,
    ]  # 10 000 of 1 000 000, 100 of 1 000
    assert pd.isna(paths["deviation_acc_pct"].iloc[2])  # nothing to divide by
    both = followup.deviation_paths(months, ["Liten"], 2)
    assert both["deviation_acc_pct"].tolist() == [10.0, -2.5]
    assert both["deviation_acc_ore"].tolist() == [100, -50]
