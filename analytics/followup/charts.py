"""Follow-up charts: the accumulated result, deviation per unit, deviation paths and a unit's monthly trend."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from analytics.common.charts import (
    BETTER_COLOUR,
    BUDGET_COLOUR,
    MONTH_LABELS,
    OUTCOME_COLOUR,
    WORSE_COLOUR,
    Bar,
    Scatter,
    bar_labels,
    chart,
    wrapped,
)
from analytics.common.formatting import (
    ORE_PER_MNKR,
    ChartUnit,
    chart_unit,
    mnkr,
    percent,
    signed,
)
from analytics.i18n import t


def accumulated_chart(
    region: pd.DataFrame, through_period: int, title: str, lang: str = "sv"
) -> go.Figure:
    """Accumulated outcome against accumulated periodised budget, month by month (mnkr).

    Outcome is drawn up to the follow-up month only; the budget line runs the whole year so the
    reader sees where the plan is heading.
    """
    months = MONTH_LABELS[lang]
    x = [months[p - 1] for p in region["period"]]
    budget = region["budget_acc_ore"] / ORE_PER_MNKR
    shown = region[region["period"] <= through_period]
    traces = [
        Scatter(
            x=x,
            y=budget,
            name=t("chart.budget_acc", lang),
            mode="lines+markers",
            line={"color": BUDGET_COLOUR, "dash": "dash"},
            hovertext=[mnkr(v) for v in region["budget_acc_ore"]],
            hoverinfo="text+name",
        ),
        Scatter(
            x=x[: len(shown)],
            y=shown["outcome_acc_ore"] / ORE_PER_MNKR,
            name=t("chart.outcome_acc", lang),
            mode="lines+markers",
            line={"color": OUTCOME_COLOUR, "width": 3},
            hovertext=[mnkr(v) for v in shown["outcome_acc_ore"]],
            hoverinfo="text+name",
        ),
    ]
    return chart(traces, title, "mnkr")


def deviation_bar_chart(table: pd.DataFrame, title: str, lang: str = "sv") -> go.Figure:
    """Deviation to date per unit: green is better than budget, red worse; in mnkr, or in tkr
    (kr) where the amounts are small (an account's −0,2 mnkr is −212 tkr, not a tick of 0)."""
    ordered = table.sort_values("deviation_ytd_ore")
    values = ordered["deviation_ytd_ore"]
    unit = chart_unit(values)
    labels = [signed(unit.text(v), v) for v in values]
    shown = [unit.value(v) for v in values]
    beside = bar_labels(shown, labels, ordered["unit"].tolist())
    bar = Bar(
        x=shown,
        y=ordered["unit"],
        orientation="h",
        marker={"color": [BETTER_COLOUR if v >= 0 else WORSE_COLOUR for v in values]},
        hovertext=labels,
        hoverinfo="text+y",
        customdata=ordered["unit"],
        text=beside["text"],
        textposition="inside",
        insidetextanchor="end",
    )
    return chart(
        [bar],
        title,
        "",
        xaxis={
            "title": {"text": wrapped(t("chart.deviation_axis", lang, unit=unit.name))},
            "tickformat": ",.0f"
            if unit.decimals == 0 or max(map(abs, shown), default=0) >= 5
            else ",.1f",
            "range": beside["range"],
            "zeroline": True,
            "zerolinecolor": "#555",
        },
        yaxis={"title": {"text": ""}, "automargin": True},
        annotations=beside["annotations"],
        hovermode="closest",
        height=max(300, 40 * len(ordered) + 120),
        showlegend=False,
    )


def _share(pct: float, amount: int) -> str:
    """`+2,3 % (+12,4 mnkr)`; the amount alone where there is no budget to divide by."""
    text = signed(mnkr(amount), amount)
    return text if math.isnan(pct) else f"{signed(percent(pct), round(pct, 1))} ({text})"


def deviation_paths_chart(paths: pd.DataFrame, title: str, lang: str = "sv") -> go.Figure:
    """One line per unit: the accumulated deviation month by month as a share of the
    accumulated budget (%, positive = better than budget), from `followup.deviation_paths`.

    On a relative scale a nämnd of 30 mnkr and one of 3 000 mnkr share one chart, so it shows
    at a glance which drifts from its budget and since when. One axis instead of a panel per
    unit: the browser draws it in a fraction of the time a grid of small charts takes.
    """
    labels = MONTH_LABELS[lang]
    traces = []
    for unit, data in paths.groupby("unit", sort=False):
        pct = data["deviation_acc_pct"].to_numpy()
        amounts = data["deviation_acc_ore"].to_numpy()
        traces.append(
            Scatter(
                x=[labels[p - 1] for p in data["period"]],
                y=pct,
                name=str(unit),
                mode="lines+markers",
                hovertext=[
                    f"{unit}: {_share(float(v), int(a))}" for v, a in zip(pct, amounts, strict=True)
                ],
                hoverinfo="text",
            )
        )
    return chart(
        traces,
        title,
        "",
        yaxis={"tickformat": None, "ticksuffix": " %", "zerolinecolor": "#555"},
        xaxis={"categoryorder": "array", "categoryarray": labels},
        hovermode="closest",
    )


def trend_chart(
    unit_months: pd.DataFrame, through_period: int, title: str, lang: str = "sv"
) -> go.Figure:
    """A unit's deviation month by month (bars) and accumulated (line), in mnkr or, for a
    small unit, in tkr or kr (`chart_unit` of the amounts shown)."""
    data = unit_months[unit_months["period"] <= through_period].sort_values("period")
    labels = [MONTH_LABELS[lang][p - 1] for p in data["period"]]
    monthly = data["deviation_ore"]
    accumulated = data["deviation_acc_ore"]
    unit = chart_unit([*monthly, *accumulated])
    decimals = unit.decimals + 1 if unit.name == "mnkr" else unit.decimals
    hover = ChartUnit(unit.name, unit.ore, decimals)
    traces = [
        Bar(
            x=labels,
            y=[unit.value(v) for v in monthly],
            name=t("chart.deviation_month", lang),
            marker={"color": [BETTER_COLOUR if v >= 0 else WORSE_COLOUR for v in monthly]},
            hovertext=[signed(hover.text(v), v) for v in monthly],
            hoverinfo="text+name",
        ),
        Scatter(
            x=labels,
            y=[unit.value(v) for v in accumulated],
            name=t("chart.deviation_acc", lang),
            mode="lines+markers",
            line={"color": OUTCOME_COLOUR, "width": 3},
            hovertext=[signed(hover.text(v), v) for v in accumulated],
            hoverinfo="text+name",
        ),
    ]
    return chart(traces, title, unit.name, yaxis={"tickformat": None})
