"""Savings charts: realised savings against target, planned and decided."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analytics.common.charts import (
    BETTER_COLOUR,
    BUDGET_COLOUR,
    MONTH_LABELS,
    OUTCOME_COLOUR,
    WORSE_COLOUR,
    Scatter,
    chart,
)
from analytics.common.formatting import ORE_PER_MNKR, mnkr
from analytics.i18n import t


def burn_up_chart(
    burn_up: pd.DataFrame,
    target_ore: int,
    planned_ore: int,
    decided_ore: int,
    title: str,
    lang: str = "sv",
) -> go.Figure:
    """Realised savings accumulated through the year against the target, what is planned and
    what is decided (horizontal lines), and the even pace that would reach the target (mnkr)."""
    labels = MONTH_LABELS[lang]
    traces = []
    for value, key, colour, dash in (
        (target_ore, "savings.chart_target", WORSE_COLOUR, "solid"),
        (planned_ore, "savings.chart_planned", BUDGET_COLOUR, "dash"),
        (decided_ore, "savings.chart_decided", BETTER_COLOUR, "dot"),
    ):
        traces.append(
            Scatter(
                x=labels,
                y=[value / ORE_PER_MNKR] * 12,
                name=t(key, lang),
                mode="lines",
                line={"color": colour, "dash": dash, "width": 2},
                hovertext=[mnkr(value)] * 12,
                hoverinfo="text+name",
            )
        )
    pace = [target_ore * m / 12 for m in range(1, 13)]
    traces.append(
        Scatter(
            x=labels,
            y=[v / ORE_PER_MNKR for v in pace],
            name=t("savings.chart_pace", lang),
            mode="lines",
            line={"color": "#bbbbbb", "width": 1},
            hovertext=[mnkr(round(v)) for v in pace],
            hoverinfo="text+name",
        )
    )
    realised = burn_up["realised_acc_ore"]
    traces.append(
        Scatter(
            x=[labels[p - 1] for p in burn_up["period"]],
            y=realised / ORE_PER_MNKR,
            name=t("savings.chart_realised", lang),
            mode="lines+markers",
            line={"color": OUTCOME_COLOUR, "width": 3},
            hovertext=[mnkr(int(v)) for v in realised],
            hoverinfo="text+name",
        )
    )
    return chart(traces, title, "mnkr", xaxis={"categoryorder": "array", "categoryarray": labels})
