"""Forecast charts: the year's path with its band, and how each method's forecast moved."""

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
from analytics.forecast import compute as forecast
from analytics.i18n import t

BAND_COLOUR = "rgba(31, 78, 121, 0.15)"


def forecast_chart(
    grid: pd.DataFrame,
    month: int,
    year_end_ore: int | None,
    band: int | None,
    title: str,
    lang: str = "sv",
) -> go.Figure:
    """Accumulated outcome so far, the periodised budget, and the forecast from this month to
    the year end, with a band as wide as the method's past mean error at this month (mnkr)."""
    labels = MONTH_LABELS[lang]
    ordered = grid.sort_values("period")
    budget_acc = ordered["budget_ore"].cumsum().tolist()
    outcome_acc = ordered["outcome_ore"].cumsum().tolist()
    traces = [
        Scatter(
            x=labels,
            y=[v / ORE_PER_MNKR for v in budget_acc],
            name=t("chart.budget_acc", lang),
            mode="lines",
            line={"color": BUDGET_COLOUR, "dash": "dash"},
            hovertext=[mnkr(v) for v in budget_acc],
            hoverinfo="text+name",
        ),
        Scatter(
            x=labels[:month],
            y=[v / ORE_PER_MNKR for v in outcome_acc[:month]],
            name=t("chart.outcome_acc", lang),
            mode="lines+markers",
            line={"color": OUTCOME_COLOUR, "width": 3},
            hovertext=[mnkr(v) for v in outcome_acc[:month]],
            hoverinfo="text+name",
        ),
    ]
    if year_end_ore is not None and month < 12:
        traces += _forecast_traces(labels, budget_acc, outcome_acc, month, year_end_ore, band, lang)
    return chart(traces, title, "mnkr")


def _forecast_traces(
    labels: list[str],
    budget_acc: list[int],
    outcome_acc: list[int],
    month: int,
    year_end_ore: int,
    band: int | None,
    lang: str,
) -> list[go.Scatter]:
    """The forecast from this month to the year end, and its band when there is one."""
    paths = forecast.forecast_paths(budget_acc, outcome_acc, month, year_end_ore, band)
    x = labels[month - 1 :]
    traces = []
    if band:
        traces.append(
            Scatter(
                x=[*x, *x[::-1]],
                y=[v / ORE_PER_MNKR for v in [*paths.upper, *paths.lower[::-1]]],
                fill="toself",
                mode="lines",
                fillcolor=BAND_COLOUR,
                line={"width": 0},
                name=t("chart.forecast_band", lang),
                hoverinfo="skip",
            )
        )
    colour = WORSE_COLOUR if year_end_ore < budget_acc[11] else BETTER_COLOUR
    traces.append(
        Scatter(
            x=x,
            y=[v / ORE_PER_MNKR for v in paths.middle],
            name=t("chart.forecast", lang),
            mode="lines+markers",
            line={"color": colour, "dash": "dot", "width": 3},
            hovertext=[mnkr(v) for v in paths.middle],
            hoverinfo="text+name",
        )
    )
    return traces


def forecast_movement_chart(
    forecasts: pd.DataFrame, final_ore: int | None, title: str, lang: str = "sv"
) -> go.Figure:
    """How each method's year-end forecast moved month by month, against the final outcome.

    `forecasts`: month, method, forecast_ore for one year and unit.
    """
    labels = MONTH_LABELS[lang]
    traces = []
    colours = {
        "budget_remaining": BUDGET_COLOUR,
        "run_rate": "#b07d2b",
        "seasonal": "#6a51a3",
        "controller": OUTCOME_COLOUR,
    }
    for method, rows in forecasts.dropna(subset=["forecast_ore"]).groupby("method", sort=False):
        rows = rows.sort_values("month")
        traces.append(
            Scatter(
                x=[labels[m - 1] for m in rows["month"]],
                y=rows["forecast_ore"] / ORE_PER_MNKR,
                name=t(f"method.{method}", lang),
                mode="lines+markers",
                line={
                    "color": colours.get(str(method), OUTCOME_COLOUR),
                    "width": 3 if method == "controller" else 1.5,
                },
                hovertext=[mnkr(int(v)) for v in rows["forecast_ore"]],
                hoverinfo="text+name",
            )
        )
    fig = chart(traces, title, "mnkr", xaxis={"categoryorder": "array", "categoryarray": labels})
    if final_ore is not None:
        fig.add_hline(
            y=final_ore / ORE_PER_MNKR,
            line={"color": WORSE_COLOUR, "width": 2},
            annotation_text=t("chart.final_outcome", lang, amount=mnkr(final_ore)),
            annotation_position="top left",
        )
    return fig
