"""Parsing Swedish numbers, periods and codes; formatting round trips."""

from __future__ import annotations

from decimal import Decimal

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analytics.common.formatting import format_number, mnkr, tkr
from analytics.ingest.values import (
    parse_amounts_ore,
    parse_decimal,
    parse_period,
    parse_periods,
    split_code_and_name,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 234,5", "1234.5"),
        ("−12", "-12"),
        ("-1 362 250", "-1362250"),
        ("(12)", "-12"),
        ("12 kr", "12"),
        ("1\u00a0234\u00a0567,00", "1234567.00"),
        ("1\u202f234,50", "1234.50"),
        ("1.234,50", "1234.50"),
        ("1234.5", "1234.5"),
        ("1.234.567", "1234567"),
        ("-", "0"),
        ("12-", "-12"),
        ("(1 234,56 tkr)", "-1234.56"),
        ("0,1", "0.1"),
        ("1e3", "1E+3"),
    ],
)
def test_parse_decimal_accepts_swedish_and_machine_numbers(text: str, expected: str) -> None:
    assert parse_decimal(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["abc", "1,2,3", "12 äpplen", "--5", "1 234,5,6"])
def test_parse_decimal_refuses_what_is_not_a_number(text: str) -> None:
    assert parse_decimal(text) is None


def test_amounts_become_exact_ore_with_unit_and_rounding() -> None:
    ore, bad = parse_amounts_ore(
        pd.Series(["1 234,567", "0,0005", None, "x", "-"]), unit_factor=1000
    )
    assert ore.tolist()[:2] == [123456700, 50]
    assert pd.isna(ore.iloc[2])
    assert bad.tolist() == [False, False, False, True, False]
    assert ore.iloc[4] == 0


def test_float_artefacts_round_half_up_to_the_ore() -> None:
    ore, _ = parse_amounts_ore(pd.Series(["0.30000000000000004", "2.675", "-2.675"]))
    assert ore.tolist() == [30, 268, -268]


@given(st.integers(min_value=-(10**13), max_value=10**13))
def test_formatted_amount_parses_back_to_the_same_value(ore: int) -> None:
    value = Decimal(ore) / 100
    text = format_number(value, 2)
    assert parse_decimal(text) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3", (None, 3)),
        ("03", (None, 3)),
        ("2020-03", (2020, 3)),
        ("2020-3", (2020, 3)),
        ("202003", (2020, 3)),
        ("2020M03", (2020, 3)),
        ("2020m3", (2020, 3)),
        ("2020-03-31", (2020, 3)),
        ("2020-03-01 00:00:00", (2020, 3)),
        ("mars", (None, 3)),
        ("Mars 2020", (2020, 3)),
        ("okt", (None, 10)),
        ("3/2020", (2020, 3)),
        ("43891", (2020, 3)),  # an Excel serial date read as a number: 2020-03-01
    ],
)
def test_periods_in_every_usual_shape(text: str, expected: tuple[int | None, int]) -> None:
    assert parse_period(text) == expected


@pytest.mark.parametrize("text", ["13", "2020-13", "0", "marsipan", "Q1"])
def test_unreadable_periods_are_refused(text: str) -> None:
    assert parse_period(text) is None


def test_period_series_marks_missing_and_bad_cells() -> None:
    year, month, bad = parse_periods(pd.Series(["202001", None, "xx", "februari"]))
    assert year.tolist()[0] == 2020
    assert month.tolist()[0] == 1 and month.tolist()[3] == 2
    assert bad.tolist() == [False, True, True, False]


def test_codes_keep_leading_zeros_and_split_names() -> None:
    codes, names = split_code_and_name(
        pd.Series(["0101", "4010 - Löner", "4010.0", "1010 Ledning RS", None])
    )
    assert codes.tolist()[:4] == ["0101", "4010", "4010", "1010"]
    assert names.tolist()[1] == "Löner" and names.tolist()[3] == "Ledning RS"
    assert pd.isna(codes.iloc[4])


def test_swedish_amount_formats() -> None:
    assert tkr(218_176_000_000) == "2\u202f181\u202f760 tkr"
    assert mnkr(-7_920_000_000) == "\u221279,2 mnkr"
    assert mnkr(9_990_000_000) == "99,9 mnkr"
    assert format_number(Decimal("-0.01"), 1) == "0,0"


@given(
    st.lists(
        st.decimals(min_value=-(10**12), max_value=10**12, places=5, allow_nan=False),
        min_size=1,
        max_size=40,
    ),
    st.sampled_from([1, 1000]),
)
def test_bulk_amounts_equal_the_decimal_parser_to_the_ore(values, unit) -> None:
    """The vectorised path for machine numbers gives exactly what Decimal half-up gives,
    and hands anything it cannot do exactly to the Decimal parser."""
    from decimal import ROUND_HALF_UP

    texts = pd.Series([format(v, "f") for v in values], dtype="string")
    ore, bad = parse_amounts_ore(texts, unit)
    assert not bad.any()
    expected = [int((v * unit * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)) for v in values]
    assert ore.tolist() == expected


def test_sum_by_key_is_exact_and_keeps_first_appearance() -> None:
    from analytics.ingest.grouping import sum_by_key

    big = 9_000_000_000_000_000  # öre beyond float64's exact integers
    frame = pd.DataFrame(
        {
            "a": pd.Series(["x", "y", "x", None, None], dtype="string"),
            "b": [1, 1, 1, 2, 2],
            "amount_ore": pd.array([big, 5, 3, 1, 2], dtype="Int64"),
        }
    )
    out = sum_by_key(frame, ["a", "b"], "amount_ore")
    assert out["a"].tolist() == ["x", "y", pd.NA]
    assert out["amount_ore"].tolist() == [big + 3, 5, 3]
    assert out["amount_ore"].dtype == frame["amount_ore"].dtype


def test_key_codes_of_integers_group_as_pandas_does() -> None:
    """Small integers are coded by arithmetic, wide ones factorised; missing values are a
    group of their own and never equal to a present value."""
    from analytics.ingest.grouping import all_distinct, key_codes

    frame = pd.DataFrame(
        {
            "year": pd.array([2024, 2024, None, 2025, None, 2024], dtype="Int64"),
            "period": pd.array([1, 1, 1, 0, 1, 12], dtype="Int64"),
            "wide": pd.array([-(10**12), -(10**12), 5, 10**12, 5, 7], dtype="Int64"),
        }
    )
    codes = key_codes(frame, ["year", "period", "wide"])
    expected = frame.groupby(["year", "period", "wide"], dropna=False).ngroup().to_numpy()
    assert pd.factorize(codes)[0].tolist() == pd.factorize(expected)[0].tolist()
    assert not all_distinct(frame, ["year", "period", "wide"])
    assert all_distinct(frame.iloc[[0, 2, 3, 5]], ["year", "period", "wide"])


def test_table_cells_are_tkr_and_percent_as_every_page_shows_them() -> None:

    from analytics.common.tables import pct_cells, tkr_cells

    ore = pd.Series([218_176_000_000, -120_000, 3_400_000, None], dtype="Int64")
    assert tkr_cells(ore) == ["2\u202f181\u202f760", "\u22121", "34", "–"]
    assert tkr_cells(ore, with_sign=True)[2] == "+34"
    assert pct_cells([-1.25, None, float("nan")]) == ["\u22121,3 %", "–", "–"]
