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
    bar_labels,
    chart,
)
from analytics.common.formatting import ORE_PER_MNKR, mnkr, signed
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
            text=[mnkr(r.result_ore) for r in base],
        ),
        Bar(
            x=years,
            y=[r.result_ore / ORE_PER_MNKR for r in scenario],
            name=t("scenario.scenario", lang),
            marker={
                "color": [BETTER_COLOUR if r.result_ore >= 0 else WORSE_COLOUR for r in scenario]
            },
            text=[mnkr(r.result_ore) for r in scenario],
        ),
        Scatter(
            x=years,
            y=[r.goal_ore / ORE_PER_MNKR for r in scenario],
            name=t("scenario.goal", lang),
            mode="markers",
            marker={"symbol": "line-ew-open", "size": 40, "color": "#333"},
        ),
    ]
    return chart(
        traces, title, "mnkr", barmode="group", hovermode="closest", xaxis={"type": "category"}
    )


def tornado_chart(moved: dict[str, int], title: str, lang: str = "sv") -> go.Figure:
    """How far each driver change moves the result (mnkr), largest on top."""
    names = list(moved)[::-1]
    values = [moved[n] / ORE_PER_MNKR for n in names]
    labels = [signed(mnkr(moved[n]), moved[n]) for n in names]
    beside = bar_labels(values, labels, names)
    bar = Bar(
        x=values,
        y=names,
        orientation="h",
        hovertext=labels,
        hoverinfo="text+y",
        text=beside["text"],
        textposition="inside",
        insidetextanchor="end",
        marker={"color": [BETTER_COLOUR if v >= 0 else WORSE_COLOUR for v in values]},
    )
    return chart(
        [bar],
        title,
        "",
        showlegend=False,
        hovermode="closest",
        annotations=beside["annotations"],
        xaxis={"title": {"text": "mnkr"}, "range": beside["range"]},
        yaxis={"automargin": True},
        height=max(260, 45 * len(names) + 100),
    )
