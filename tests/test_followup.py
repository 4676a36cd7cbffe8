"""Periodised budget, accumulated figures and deviations, computed by hand."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analytics import followup


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
    region = followup.region_by_month(months)
    assert region.iloc[0]["outcome_acc_ore"] == 410


def test_zero_budget_gives_no_percentage() -> None:
    months = followup.by_month(monthly([("X", 1, "utfall", -5)]))
    assert pd.isna(followup.deviation_table(months, 1).iloc[0]["deviation_ytd_pct"])


def test_largest_deviations_in_size_either_way() -> None:
    table = pd.DataFrame({"unit": list("abc"), "deviation_ytd_ore": [5, -50, 20]})
    assert followup.largest_deviations(table, 2)["unit"].tolist() == ["b", "c"]
