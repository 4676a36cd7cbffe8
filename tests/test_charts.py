"""Chart builders: what the dashboard draws without plotly's validation is exactly what the
validated build gives, and it passes validation."""

from __future__ import annotations

import base64
import importlib
import json
from types import SimpleNamespace

import duckdb
import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import pytest

from analytics.common import charts
from analytics.followup import charts as followup_charts
from analytics.followup import compute as followup
from analytics.followup import report as reports
from analytics.forecast import charts as forecast_charts
from analytics.frames import charts as frames_charts
from analytics.goals import charts as goals_charts
from analytics.savings import charts as savings_charts
from analytics.scenarios import charts as scenarios_charts

YEAR, PERIOD = 2024, 8


def _plain(spec: object) -> object:
    """A figure's JSON with plotly's typed arrays ({dtype, bdata}) decoded to plain lists: a
    validated figure sends numeric arrays that way, an unvalidated one as lists of the same
    numbers."""
    if isinstance(spec, dict):
        if set(spec) >= {"dtype", "bdata"}:
            return np.frombuffer(base64.b64decode(spec["bdata"]), dtype=spec["dtype"]).tolist()
        return {key: _plain(value) for key, value in spec.items()}
    if isinstance(spec, list):
        return [_plain(value) for value in spec]
    return spec


def _figures(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Figures of the overview and the deviation page, and a waterfall, as plotly JSON."""
    report = reports.follow_up(con, YEAR, PERIOD, reports.latest_version(con, YEAR), "committee")
    largest = followup.largest_units(report.table, 6)
    unit = largest[0]
    months = pd.DataFrame({"period": range(1, 13), "budget_ore": [10**8] * 12,
                           "outcome_ore": [11 * 10**7] * 12})  # fmt: skip
    result = SimpleNamespace(year=2025, result_ore=-5 * 10**8, goal_ore=10**8)
    figures = [
        forecast_charts.forecast_chart(months, 8, 13 * 10**8, 4 * 10**7, "Prognos"),
        forecast_charts.forecast_movement_chart(
            pd.DataFrame(
                {
                    "month": [1, 2, 1, 2],
                    "method": ["run_rate"] * 2 + ["controller"] * 2,
                    "forecast_ore": [1e9, 1.1e9, 1.2e9, None],
                }
            ),
            10**9,
            "Rörelse",
        ),
        frames_charts.flows_chart(
            pd.DataFrame(
                {
                    "source": ["RS"],
                    "target": ["HSN"],
                    "amount_ore": [5 * 10**8],
                    "change_type": ["reallocation"],
                }
            ),
            "Flöden",
        ),
        savings_charts.burn_up_chart(
            pd.DataFrame({"period": [1, 2], "realised_acc_ore": [10**7, 3 * 10**7]}),
            10**8,
            8 * 10**7,
            6 * 10**7,
            "Åtgärder",
        ),
        goals_charts.indicator_chart(
            pd.DataFrame({"year": [2020, 2021], "value": [3.0, 2.5]}),
            pd.DataFrame({"year": [2020, 2025], "value": [3.0, 1.0]}),
            (2020, 3.0),
            (2025, 1.0),
            pd.DataFrame(
                {
                    "organisation": ["Riket", "Region X"],
                    "is_aggregate": [True, False],
                    "year": [2020, 2020],
                    "value": [2.0, 2.2],
                }
            ),
            "Region X",
            "%",
            "Indikator",
        ),
        scenarios_charts.scenario_chart([result], [result], "Scenario"),
        scenarios_charts.tornado_chart({"Skatt": 10**8, "Lön": -2 * 10**8}, "Känslighet"),
        followup_charts.accumulated_chart(report.region, PERIOD, "Ackumulerat"),
        followup_charts.deviation_bar_chart(report.table, "Avvikelse"),
        followup_charts.deviation_paths_chart(
            followup.deviation_paths(report.months, largest, PERIOD), "Nämnder"
        ),
        followup_charts.trend_chart(report.months[report.months["unit"] == unit], PERIOD, unit),
        frames_charts.waterfall_chart(
            [5, -2, 3], ["absolute", "relative", "total"], list("abc"), "W"
        ),
    ]
    return [pio.to_json(f) for f in figures]


def test_unvalidated_figures_equal_validated_ones(
    demo_con: duckdb.DuckDBPyConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert charts._VALIDATE  # the test suite builds validated charts (conftest)
    strict = _figures(demo_con)
    monkeypatch.delenv("BUDGET_STRICT_CHARTS")
    try:
        assert not importlib.reload(charts)._VALIDATE  # as the dashboard loads it
        fast = _figures(demo_con)
    finally:
        monkeypatch.setenv("BUDGET_STRICT_CHARTS", "1")
        importlib.reload(charts)
    assert [_plain(json.loads(f)) for f in fast] == [_plain(json.loads(s)) for s in strict]
    for text in fast:
        go.Figure(pio.from_json(text, skip_invalid=False))  # raises on anything invalid


def test_a_long_bar_holds_its_amount_and_a_short_one_has_it_beside() -> None:
    """A short negative bar's label outside it would be cut at the plot's left edge: a short
    bar's amount starts right of it, or right of zero for a bar going left, and the axis leaves
    room for it; a long bar holds its amount inside."""
    table = pd.DataFrame(
        {
            "unit": ["Stor", "Liten", "Minus"],
            "deviation_ytd_ore": [240 * 10**8, 4 * 10**7, -3 * 10**7],
        }
    )
    figure = followup_charts.deviation_bar_chart(table, "Avvikelse")
    placed = {a.y: (a.x, a.xanchor, a.text) for a in figure.layout.annotations}
    assert placed == {"Liten": (0.4, "left", "+0,4 mnkr"), "Minus": (0.0, "left", "\u22120,3 mnkr")}
    assert dict(zip(figure.data[0].y, figure.data[0].text, strict=True)) == {
        "Minus": "", "Liten": "", "Stor": "+240,0 mnkr"
    }  # fmt: skip
    low, high = figure.layout.xaxis.range
    assert low < -0.3 and high == 240
    tornado = scenarios_charts.tornado_chart({"Skatt": -(10**7), "Lön": -2 * 10**8}, "Känslighet")
    # every amount beyond its bar's end: left of a bar going left, the axis widened for it
    assert [(a.x, a.y, a.xanchor) for a in tornado.layout.annotations] == [
        (-2.0, "Lön", "right"), (-0.1, "Skatt", "right")
    ]  # fmt: skip
    assert tornado.layout.xaxis.range == (pytest.approx(-2.0 - 0.45 * 2.0), 0.0)
    assert not any(trace.text for trace in tornado.data)  # nothing squeezed inside a bar


def test_charts_choose_their_unit_from_the_amounts_shown() -> None:
    from analytics.common.formatting import chart_unit

    assert chart_unit([-18_837_033_000, 79_000_000]).name == "mnkr"
    assert chart_unit([-21_200_000, -33_000_000]).name == "tkr"  # −212 and −330 tkr
    assert chart_unit([-450_000, 12_000]).name == "kr"
    accounts = pd.DataFrame(
        {"unit": ["4010", "4020", "5010"],
         "deviation_ytd_ore": [-21_200_000, -33_000_000, 4_500_000]}
    )  # fmt: skip
    figure = followup_charts.deviation_bar_chart(accounts, "Avvikelse per konto")
    assert figure.layout.xaxis.title.text.startswith("tkr")
    assert sorted(figure.data[0].x) == [-330.0, -212.0, 45.0]  # not −0,3 and −0,2 mnkr
    assert "−330 tkr" in (figure.data[0].hovertext or ())
    months = pd.DataFrame(
        {"period": [1, 2], "deviation_ore": [-1_000_000, -2_000_000],
         "deviation_acc_ore": [-1_000_000, -3_000_000]}
    )  # fmt: skip
    trend = followup_charts.trend_chart(months, 2, "Trend")
    assert trend.layout.yaxis.title.text == "tkr" and list(trend.data[1].y) == [-10.0, -30.0]


def test_a_long_title_wraps_and_the_chart_makes_room_for_it() -> None:
    from analytics.common.charts import TITLE_CHARS, chart

    title = "Avvikelse per månad och ackumulerat – Hälso- och sjukvårdsnämnden"
    figure = chart([], title)
    lines = figure.layout.title.text.split("<br>")
    assert len(lines) == 2 and all(len(line) <= TITLE_CHARS for line in lines)
    assert " ".join(lines) == title  # every word kept, in order
    assert figure.layout.margin.t > chart([], "Kort").layout.margin.t
