"""Year-end forecasts: each method by hand, no look-ahead, accuracy, the result forecast."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analytics.forecast import compute as forecast
from analytics.forecast import result as forecast_result
from analytics.forecast import track_record


def _grid(rows: dict[tuple[int, str], tuple[list[int], list[int]]]) -> pd.DataFrame:
    """{(year, unit): (budget per month, outcome per month)} → a monthly grid."""
    records = []
    for (year, unit), (budget, outcome) in rows.items():
        for period in range(1, 13):
            records.append((year, unit, period, budget[period - 1], outcome[period - 1]))
    return pd.DataFrame(records, columns=forecast.GRID_COLUMNS)


def _controllers(rows: list[tuple[int, str, int, int]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=forecast.FORECAST_COLUMNS)


@pytest.fixture
def simple():
    """Unit A: 2023 outcome −100 a month and −200 in December (−1 300); 2024 budget −110 a
    month, outcome −120, −100, −140 in January–March and (not yet known in March) −500 in
    April. Controllers forecast −1 400 in February and −1 500 in May 2024."""
    grid = _grid(
        {
            (2023, "A"): ([-100] * 12, [-100] * 11 + [-200]),
            (2024, "A"): ([-110] * 12, [-120, -100, -140, -500] + [0] * 8),
        }
    )
    controllers = _controllers([(2024, "A", 2, -1400), (2024, "A", 5, -1500)])
    return grid, controllers


def test_each_method_by_hand(simple) -> None:
    grid, controllers = simple
    made = forecast.forecasts_at(grid, controllers, 2024, 3).set_index("method")["forecast_ore"]
    # outcome to date −360; nine months of budget left at −110
    assert made["budget_remaining"] == -360 - 9 * 110 == -1350
    assert made["run_rate"] == -360 * 12 / 3 == -1440
    # 2023 reached −300 of −1 300 by March: share 3/13
    assert made["seasonal"] == pytest.approx(-360 / (300 / 1300)) == -1560
    assert made["controller"] == -1400  # May's forecast is not known in March


def test_seasonal_needs_an_earlier_year_and_controller_a_forecast(simple) -> None:
    grid, controllers = simple
    made = forecast.forecasts_at(grid, controllers, 2023, 1).set_index("method")["forecast_ore"]
    assert np.isnan(made["seasonal"]) and np.isnan(made["controller"])
    assert made["run_rate"] == -1200


def _perturbed_after(grid, controllers, year, month):
    """Every figure that was not known at the end of `month` of `year`, changed."""
    later = (grid["year"] > year) | ((grid["year"] == year) & (grid["period"] > month))
    grid = grid.copy()
    grid.loc[later, "outcome_ore"] = grid.loc[later, "outcome_ore"] * 3 + 7
    grid.loc[grid["year"] > year, "budget_ore"] += 1000
    made_later = (controllers["year"] > year) | (
        (controllers["year"] == year) & (controllers["period"] > month)
    )
    controllers = controllers.copy()
    controllers.loc[made_later, "forecast_ore"] -= 999
    return grid, controllers


def test_backtest_uses_nothing_after_the_forecast_month() -> None:
    rng = np.random.default_rng(7)
    rows = {}
    for year in (2021, 2022, 2023, 2024):
        for unit in ("A", "B"):
            budget = list(rng.integers(-2000, -1000, 12))
            outcome = [int(b * rng.uniform(0.9, 1.2)) for b in budget]
            rows[(year, unit)] = (budget, outcome)
    grid = _grid(rows)
    controllers = _controllers(
        [(y, u, m, int(rng.integers(-25000, -15000))) for y in (2021, 2022, 2023, 2024)
         for u in ("A", "B") for m in (2, 4, 8, 10)]
    )  # fmt: skip
    years = [2022, 2023]
    index = ["year", "month", "unit", "method"]
    full = track_record.backtest(grid, controllers, years).set_index(index).sort_index()
    for year, month in ((2022, 1), (2022, 8), (2023, 4), (2023, 11)):
        changed = track_record.backtest(*_perturbed_after(grid, controllers, year, month), years)
        changed = changed.set_index(index).sort_index()
        key = (year, month)
        pd.testing.assert_series_equal(
            full.loc[key, "forecast_ore"], changed.loc[key, "forecast_ore"]
        )
        # and the backtest's forecast is what forecasts_at says with only that knowledge
        at = forecast.forecasts_at(grid, controllers, year, month).dropna()
        at = at.set_index(["unit", "method"])["forecast_ore"].sort_index()
        assert at.to_dict() == full.loc[key, "forecast_ore"].sort_index().to_dict()
    # a perturbation that is known at the month does change the forecast: the test can fail
    grid_now = grid.copy()
    grid_now.loc[(grid_now["year"] == 2022) & (grid_now["period"] == 8), "outcome_ore"] -= 500
    moved = track_record.backtest(grid_now, controllers, years).set_index(
        ["year", "month", "unit", "method"]
    )
    assert (
        moved.loc[(2022, 8, "A", "run_rate"), "forecast_ore"]
        != full.loc[(2022, 8, "A", "run_rate"), "forecast_ore"]
    )


def test_backtest_error_is_outcome_minus_forecast_on_its_base(simple) -> None:
    grid, controllers = simple
    grid = grid[grid["year"] == 2023]
    own = track_record.backtest(grid, controllers.iloc[0:0], [2023]).set_index(["month", "method"])
    row = own.loc[(3, "run_rate")]
    # March 2023: −300 to date → run rate −1 200; the outcome −1 300 was 100 worse
    assert (row["forecast_ore"], row["final_ore"], row["error_ore"]) == (-1200, -1300, -100)
    assert row["ape"] == pytest.approx(100 / 1300)
    # the region's errors are a share of its taxes and grants, not of its (small) result
    taxed = track_record.backtest(grid, controllers.iloc[0:0], [2023], bases={2023: 50_000})
    assert taxed.set_index(["month", "method"]).loc[(3, "run_rate"), "ape"] == pytest.approx(
        100 / 50_000
    )


def test_prognossakerhet_is_outcome_minus_forecast_per_namnd_and_for_the_region() -> None:
    from analytics.forecast.display import august_display

    scored = pd.DataFrame(
        {"year": [2019], "month": [8], "unit": ["Regionen"], "method": [forecast.CONTROLLER],
         "forecast_ore": [-200 * 10**8], "final_ore": [-171 * 10**8],
         "error_ore": [29 * 10**8], "base_ore": [5000 * 10**8], "ape": [29 / 5000]}
    )  # fmt: skip
    region = august_display(scored, region=True).iloc[0]
    assert region["Avvikelse utfall − prognos, mnkr"] == "+29,0"  # the outcome was better
    assert region["Avvikelse, % av skatteintäkter och statsbidrag"] == "+0,6 %"
    nämnd = august_display(scored.assign(base_ore=[2000 * 10**8])).iloc[0]
    assert nämnd["Avvikelse utfall − prognos, tkr"] == "+29\u202f000"
    assert nämnd["Avvikelse, % av nettokostnaden"] == "+1,5 %"


def test_accuracy_by_hand() -> None:
    backtested = pd.DataFrame(
        {
            "year": [2022, 2023],
            "month": [8, 8],
            "unit": ["A", "A"],
            "method": ["run_rate", "run_rate"],
            "forecast_ore": [-90, -130],
            "final_ore": [-100, -100],
        }
    )
    backtested["error_ore"] = backtested["final_ore"] - backtested["forecast_ore"]
    backtested["ape"] = backtested["error_ore"].abs() / 100
    row = track_record.accuracy(backtested, ["unit", "method"]).iloc[0]
    assert row["mape_pct"] == pytest.approx(20.0)  # 10 % and 30 %
    # outcome − forecast: −10 % (2022 turned out worse) and +30 % (2023 better)
    assert row["bias_pct"] == pytest.approx(10.0)
    assert row["n"] == 2


def test_recommended_method_has_the_lowest_past_error() -> None:
    backtested = pd.DataFrame(
        {
            "year": [2022, 2022, 2023, 2023, 2024],
            "unit": ["A"] * 5,
            "method": ["run_rate", "seasonal", "run_rate", "seasonal", "seasonal"],
            "error_ore": [10, 5, 10, 5, 900],
            "final_ore": [-100] * 5,
            "ape": [0.1, 0.05, 0.1, 0.05, 9.0],
        }
    )
    assert track_record.recommended_methods(backtested, 2024) == {"A": "seasonal"}
    # 2024's huge miss is not looked at when recommending for 2024, but is for 2025
    assert track_record.recommended_methods(backtested, 2025) == {"A": "run_rate"}


def test_unit_forecast_chooses_controllers_then_recommended(simple) -> None:
    grid, controllers = simple
    [unit] = forecast.unit_forecasts(grid, controllers, 2024, 3, {"A": "run_rate"})
    assert unit.budget_ore == -1320
    assert unit.chosen_method == "controller" and unit.chosen_ore == -1400
    assert unit.deviation_ore == -80
    assert unit.change_ore == 0  # the same forecast as in February
    [early] = forecast.unit_forecasts(grid, controllers, 2024, 1, {"A": "run_rate"})
    assert early.chosen_method == "run_rate" and early.chosen_ore == -1440


def _lines() -> pd.DataFrame:
    rows = [
        ("kostnader", 0, "budget", -1000),
        ("skatteintakter", 0, "budget", 700),
        ("statsbidrag", 0, "budget", 300),
        ("finansiella_kostnader", 0, "budget", -20),
        ("skatteintakter", 4, "prognos", 710),
        ("statsbidrag", 4, "prognos", 305),
        ("finansiella_kostnader", 4, "prognos", -25),
        ("skatteintakter", 8, "prognos", 720),
        ("statsbidrag", 8, "prognos", 310),
        ("finansiella_kostnader", 8, "prognos", -30),
    ]
    return pd.DataFrame(rows, columns=["rr_line", "period", "measure", "amount_ore"])


def test_result_forecast_from_each_source() -> None:
    lines = _lines()
    controller = forecast_result.result_forecast(-1010, lines, 6)
    assert controller.central_source == "controller"
    # April's forecast is the latest made by June: −1 010 + 710 + 305 − 25
    assert controller.result_ore == -20
    assert controller.budget_result_ore == -20 and controller.deviation_ore == 0
    budget = forecast_result.result_forecast(-1010, lines, 6, "budget")
    assert budget.result_ore == -1010 + 700 + 300 - 20
    skr = forecast_result.result_forecast(-1010, lines, 9, "skr", (800, 320))
    assert skr.result_ore == -1010 + 800 + 320 - 30  # financial items from August's forecast
    assert forecast_result.result_forecast(-1010, lines, 2, "auto").central_source == "budget"
    assert forecast_result.result_forecast(-1010, lines, 9, "skr", None).central_source == "budget"


def test_financial_goal_on_either_base() -> None:
    lines = _lines()
    on_taxes = forecast_result.result_forecast(-1010, lines, 9, "budget", goal_pct=2.0)
    assert on_taxes.goal_ore == 20  # 2 % of 700 + 300
    assert on_taxes.result_ore == -30 and not on_taxes.goal_met
    on_cost = forecast_result.result_forecast(
        -900, lines, 9, "budget", goal_pct=5.0, goal_base="net_cost"
    )
    assert on_cost.goal_ore == 45 and on_cost.result_ore == 80 and on_cost.goal_met


def test_forecast_path_follows_the_remaining_budget_shape() -> None:
    budget_acc = [100 * m for m in range(1, 13)]
    outcome_acc = [110 * m for m in range(1, 13)]
    path = forecast.forecast_path(budget_acc, outcome_acc, 10, 1400)
    assert path == [1100, 1250, 1400]


def test_tax_forecasts_from_a_workbook_with_a_title_row(con, tmp_path) -> None:
    from decimal import Decimal

    from analytics.forecast.report import import_tax_forecasts
    from analytics.storage import forecasts as stored
    from tests import files

    rows = [
        ["Skatteprognos SKR cirkulär 20:32 (tkr)"],
        [],
        ["År", "Skatteintäkter", "Generella statsbidrag och utjämning", "Källa"],
        ["2020", "3 650 000", "1 750 000,5", "SKR 20:32"],
        [2021, "3 790 000", "1 800 000", None],
    ]
    path = files.xlsx(tmp_path / "skatteprognos.xlsx", rows)
    assert import_tax_forecasts(con, path, "controller") == [2020, 2021]
    assert stored.latest_tax_forecast(con, 2020) == (365_000_000_000, 175_000_050_000, "SKR 20:32")
    assert stored.latest_tax_forecast(con, 2021)[2] == "skatteprognos.xlsx"  # type: ignore[index]
    history = stored.tax_forecast_history(con, 2020)
    assert history.iloc[0]["author"] == "controller"
    assert Decimal(int(history.iloc[0]["statsbidrag_ore"])) / 100_000 == Decimal("1750000.5")


def test_a_wrong_tax_forecast_file_names_every_place_and_writes_nothing(con, tmp_path) -> None:
    from analytics.forecast.report import import_tax_forecasts
    from analytics.ingest.problems import ImportRejected
    from analytics.storage import forecasts as stored
    from tests import files

    rows = [
        ["År", "Skatteintäkter", "Statsbidrag"],
        ["2020", "3 650 000", "1 750 000"],
        ["20x1", "tre", "1 800 000"],
        ["2020", "3 700 000", "1 760 000"],
    ]
    path = files.xlsx(tmp_path / "fel.xlsx", rows)
    with pytest.raises(ImportRejected) as caught:
        import_tax_forecasts(con, path, "controller")
    rendered = [p.render() for p in caught.value.problems]
    assert any("rad 3" in r and "kolumn A (År)" in r for r in rendered)
    assert any("rad 3" in r and "kolumn B (Skatteintäkter)" in r and "”tre”" in r for r in rendered)
    assert any("rad 4" in r and "2020 finns redan på rad 2" in r for r in rendered)
    assert stored.latest_tax_forecast(con, 2020) is None  # all or nothing
    no_header = files.xlsx(tmp_path / "tom.xlsx", [["Namn", "Belopp"], ["a", "1"]])
    with pytest.raises(ImportRejected) as caught:
        import_tax_forecasts(con, no_header, "controller")
    assert "Ingen rubrikrad" in caught.value.problems[0].render()


def test_unit_forecasts_of_a_past_month_ignore_the_rest_of_that_year(simple) -> None:
    grid, controllers = simple
    [unit] = forecast.unit_forecasts(grid, controllers, 2024, 3, {"A": "run_rate"})
    # April's −500 and May's −1 500 forecast are in the data but not known in March
    assert unit.methods["run_rate"] == -1440 and unit.methods["controller"] == -1400
    later = grid.copy()
    later.loc[(later["year"] == 2024) & (later["period"] > 3), "outcome_ore"] = -9999
    [same] = forecast.unit_forecasts(later, controllers, 2024, 3, {"A": "run_rate"})
    assert same == unit


def test_every_source_of_taxes_and_grants_is_explained_on_the_page() -> None:
    from analytics.i18n import CATALOGUE

    used = {s for s in forecast_result.CENTRAL_SOURCES if s != "auto"} | {forecast.OUTCOME}
    assert all(f"source.used.{s}" in CATALOGUE for s in used)
