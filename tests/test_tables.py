"""Display tables: amounts shown the Swedish way, sorted as numbers."""

from __future__ import annotations

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from analytics.common.tables import pct_cells, sortable, tkr_cells


def _shown(styler) -> list[list[str]]:
    """What each cell displays, as the dashboard draws it."""
    styler._compute()
    body = styler._translate(False, False)["body"]
    return [[cell["display_value"] for cell in row[1:]] for row in body]


def test_amount_columns_carry_their_numbers_and_show_their_text() -> None:
    frame = pd.DataFrame(
        {
            "Enhet": ["HSN", "RS", "RUN"],
            "Avvikelse (tkr)": tkr_cells([-900_000, -1_000_000_000, None], with_sign=True),
            "Avvikelse (%)": pct_cells([-1.25, None, 3.0]),
        }
    )
    styled = sortable(frame)
    assert styled.data["Avvikelse (tkr)"].tolist() == [-9, -10_000, float("-inf")]
    assert str(styled.data["Avvikelse (%)"].dtype) == "Float64"
    # a cell without a number (–) carries one all the same: the grid would draw a missing
    # value as "None" whatever the text
    assert not styled.data.isna().any().any()
    whole = pd.DataFrame({"Enhet": ["A", "B"], "Budget": tkr_cells([100_000, 2_500_000_000])})
    assert str(sortable(whole).data["Budget"].dtype) == "Int64"
    assert _shown(styled) == frame.astype(object).values.tolist()  # the text, to the character
    order = styled.data.sort_values("Avvikelse (tkr)")["Enhet"].tolist()
    assert order == ["RUN", "RS", "HSN"]  # –, then −10 000 before −9 (text would not give it)


def test_codes_years_and_words_stay_text() -> None:
    frame = pd.DataFrame(
        {
            "Konto": ["4011", "0023", "5000"],  # never grouped: a code, not an amount
            "År": ["2020", "2021", "2022"],
            "Kommentar": ["1 200 i snitt", "12", "–"],  # a sentence among numbers
        }
    )
    assert sortable(frame) is frame


@given(st.lists(st.integers(-(10**15), 10**15) | st.none(), min_size=1, max_size=20))
def test_every_amount_shows_exactly_as_tkr_cells_writes_it(amounts: list[int | None]) -> None:
    cells = tkr_cells(amounts, with_sign=True)
    frame = pd.DataFrame({"Enhet": [f"E{i}" for i in range(len(cells))], "tkr": cells})
    result = sortable(frame)
    shown = _shown(result) if result is not frame else frame.values.tolist()
    assert [row[1] for row in shown] == cells
