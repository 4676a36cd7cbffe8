"""Scenario charts: the result per year against the budget, and how far each driver moves it."""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go

from analytics.common.charts import (
    BETTER_COLOUR,
    BUDGET_COLOUR,
    WORSE_COLOUR,
    Bar,
    Scatter,
    chart,
)
from analytics.common.formatting import ORE_PER_MNKR, format_number, mnkr, signed
from analytics.i18n import t


def scenario_chart(base: list[Any], scenario: list[Any], title: str, lang: str = "sv") -> go.Figure:
    """Årets resultat per year: the budget against the scenario, with the financial goal."""
    years = [str(r.year) for r in base]
    traces = [
        Bar(
            x=years,
            y=[r.result_ore / ORE_PER_MNKR for r in base],
            name=t("scenario.budget", lang),
            marker={"color": BUDGET_COLOUR},
            text=[_amount(r.result_ore) for r in base],
            textposition="outside",
            textangle=0,
            cliponaxis=False,
        ),
        Bar(
            x=years,
            y=[r.result_ore / ORE_PER_MNKR for r in scenario],
            name=t("scenario.scenario", lang),
            marker={
                "color": [BETTER_COLOUR if r.result_ore >= 0 else WORSE_COLOUR for r in scenario]
            },
            text=[_amount(r.result_ore) for r in scenario],
            textposition="outside",
            textangle=0,
            cliponaxis=False,
        ),
        Scatter(
            x=years,
            y=[r.goal_ore / ORE_PER_MNKR for r in scenario],
            name=t("scenario.goal", lang),
            mode="markers",
            marker={"symbol": "line-ew-open", "size": 40, "color": "#333"},
        ),
    ]
    values = [r.result_ore / ORE_PER_MNKR for r in [*base, *scenario]]
    values += [r.goal_ore / ORE_PER_MNKR for r in scenario]  # the goal's markers stay in view
    return chart(
        traces,
        title,
        "mnkr",
        barmode="group",
        hovermode="closest",
        xaxis={"type": "category"},
        yaxis={"range": padded(values, 0.15)},
        uniformtext={"minsize": 11, "mode": "show"},
        height=380,
    )


def _amount(ore: int) -> str:
    """A bar's amount in mnkr without the unit (the axis names it), so it fits above the bar."""
    return format_number(ore / ORE_PER_MNKR, 1)


def padded(values: list[float], room: float) -> list[float]:
    """An axis range over the values and zero with `room` of the span on each side, for the
    amounts written beyond the bars' ends."""
    low, high = min([0.0, *values]), max([0.0, *values])
    span = high - low or 1.0
    return [low - room * span if low < 0 else 0.0, high + room * span if high > 0 else 0.0]


def tornado_chart(moved: dict[str, int], title: str, lang: str = "sv") -> go.Figure:
    """How far each driver change moves the result (mnkr), largest on top. Every amount is
    written beyond its bar's end, right of a bar going right and left of one going left, with
    the axis widened for it: never clipped at the edge, rotated or shrunk inside a thin bar."""
    names = list(moved)[::-1]
    values = [moved[n] / ORE_PER_MNKR for n in names]
    labels = [signed(mnkr(moved[n]), moved[n]) for n in names]
    bar = Bar(
        x=values,
        y=names,
        orientation="h",
        hovertext=labels,
        hoverinfo="text+y",
        marker={"color": [BETTER_COLOUR if v >= 0 else WORSE_COLOUR for v in values]},
    )
    annotations = [
        {
            "x": v,
            "y": n,
            "text": label,
            "showarrow": False,
            "xanchor": "left" if v >= 0 else "right",
            "xshift": 4 if v >= 0 else -4,
            "font": {"size": 12},
        }
        for v, n, label in zip(values, names, labels, strict=True)
    ]
    return chart(
        [bar],
        title,
        "",
        showlegend=False,
        hovermode="closest",
        annotations=annotations,
        xaxis={"title": {"text": "mnkr"}, "range": padded(values, 0.45), "zeroline": True},
        yaxis={"automargin": True},
        height=max(260, 45 * len(names) + 100),
    )
