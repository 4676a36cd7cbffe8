"""Goal charts: an indicator against its path, its target and other organisations."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analytics.common.charts import (
    BUDGET_COLOUR,
    OUTCOME_COLOUR,
    WORSE_COLOUR,
    Scatter,
    chart,
)
from analytics.i18n import t


def _benchmark_traces(benchmarks: pd.DataFrame, own_name: str) -> list[go.Scatter]:
    """Other organisations from Kolada as thin lines, averages dashed, the region's own bold."""
    traces = []
    for organisation, rows in (
        benchmarks.groupby("organisation", sort=True) if len(benchmarks) else []
    ):
        aggregate = bool(rows["is_aggregate"].iloc[0])
        own = organisation == own_name
        traces.append(
            Scatter(
                x=rows["year"],
                y=rows["value"],
                name=str(organisation),
                mode="lines",
                line={
                    "color": "#6b9bd1" if own else "#9aa3b2" if aggregate else "#d5d9e0",
                    "width": 2 if own or aggregate else 1,
                    "dash": "dash" if aggregate else "solid",
                },
                showlegend=own or aggregate,
                opacity=1 if own or aggregate else 0.8,
            )
        )
    return traces


def indicator_chart(
    outcomes: pd.DataFrame,
    path: pd.DataFrame,
    base: tuple[int, float],
    target: tuple[int, float],
    benchmarks: pd.DataFrame,
    own_name: str,
    unit: str,
    title: str,
    lang: str = "sv",
) -> go.Figure:
    """An indicator's outcomes against the straight path from its base to its target, with the
    target marked, and other organisations from Kolada as thin lines (averages dashed)."""
    traces = _benchmark_traces(benchmarks, own_name)
    traces.append(
        Scatter(
            x=path["year"],
            y=path["value"],
            name=t("goals.chart_path", lang),
            mode="lines",
            line={"color": BUDGET_COLOUR, "dash": "dot", "width": 2},
        )
    )
    traces.append(
        Scatter(
            x=[base[0], target[0]],
            y=[base[1], target[1]],
            mode="markers+text",
            name=t("goals.chart_base_target", lang),
            text=[t("goals.chart_base", lang), t("goals.chart_target", lang)],
            textposition="top center",
            marker={"size": 11, "color": WORSE_COLOUR, "symbol": "diamond"},
        )
    )
    traces.append(
        Scatter(
            x=outcomes["year"],
            y=outcomes["value"],
            name=t("goals.chart_outcome", lang),
            mode="lines+markers",
            line={"color": OUTCOME_COLOUR, "width": 3},
        )
    )
    return chart(traces, title, unit, yaxis={"tickformat": None}, xaxis={"dtick": 1})
