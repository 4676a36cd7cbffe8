"""Chart builders: plotly figures in Swedish number format, no streamlit here.

Amounts are shown in mnkr with a decimal comma, narrow spaces between thousands and a real minus
sign; hover texts are preformatted by `formatting` so a chart and a table never disagree.
"""

from __future__ import annotations

import math
import os
from functools import partial
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from analytics.formatting import ORE_PER_MNKR, PLOTLY_SEPARATORS, mnkr, percent, signed
from analytics.i18n import t

# Plotly validates every property as it is set: that was two thirds of the time it took to build
# a chart (a page draws several on every rerun). The dashboard builds figures without it; the
# test suite sets BUDGET_STRICT_CHARTS=1 (tests/conftest.py), so every chart a test draws, from
# the chart tests to each page in AppTest, is built with plotly's validation on.
_VALIDATE = os.environ.get("BUDGET_STRICT_CHARTS") == "1"
Bar = partial(go.Bar, _validate=_VALIDATE)
Figure = partial(go.Figure, _validate=_VALIDATE)
Sankey = partial(go.Sankey, _validate=_VALIDATE)
Scatter = partial(go.Scatter, _validate=_VALIDATE)
Waterfall = partial(go.Waterfall, _validate=_VALIDATE)

BUDGET_COLOUR = "#8c96a8"
OUTCOME_COLOUR = "#1f4e79"
BETTER_COLOUR = "#2e7d32"
WORSE_COLOUR = "#c62828"
MONTH_LABELS = {
    "sv": ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


# A light template with only what these charts use. Plotly copies a figure's template into
# every new figure; its built-in templates style every trace type there is, and copying them was
# most of the time it took to build a chart.
_TEMPLATE = go.layout.Template(
    layout={
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        "font": {"color": "#2a3f5f"},
        "hoverlabel": {"align": "left"},
        "xaxis": {"gridcolor": "#EBF0F8", "linecolor": "#EBF0F8", "zerolinecolor": "#EBF0F8",
                  "automargin": True, "ticks": ""},
        "yaxis": {"gridcolor": "#EBF0F8", "linecolor": "#EBF0F8", "zerolinecolor": "#EBF0F8",
                  "automargin": True, "ticks": ""},
    }
)  # fmt: skip


def _merged(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """`base` updated by `extra`, nested dictionaries merged key by key and None removing a
    key (as plotly's update_layout does)."""
    out = dict(base)
    for key, value in extra.items():
        if value is None:
            out.pop(key, None)
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merged(out[key], value)
        else:
            out[key] = value
    return out


def _chart(
    traces: list[Any], title: str, y_title: str | None = None, **layout: object
) -> go.Figure:
    """A figure on the light template in one constructor call: the house layout (title, number
    format, margins; with `y_title` also the y axis, legend and hover of the line and bar
    charts), updated by `layout`. Plotly's update_layout and add_trace dispatch every property
    path one at a time and cost more than building the whole figure."""
    base: dict[str, Any] = {
        "template": _TEMPLATE,
        "title": {"text": title, "x": 0, "xanchor": "left"},
        "separators": PLOTLY_SEPARATORS,
        "margin": {"l": 10, "r": 10, "t": 50, "b": 10},
    }
    if y_title is not None:
        base |= {
            "yaxis": {"title": {"text": y_title}, "tickformat": ",.0f", "zeroline": True},
            "legend": {"orientation": "h", "y": -0.18},
            "hovermode": "x unified",
        }
    return Figure(data=traces, layout=_merged(base, layout))


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
    return _chart(traces, title, "mnkr")


def _bar_labels(values: list[float], labels: list[str], names: list[Any]) -> dict[str, Any]:
    """How horizontal bars show their amounts: inside a long bar (as "text" of the trace), just
    right of a short one – or right of zero for a short bar going left – as an annotation. A
    short negative bar's label outside it would be cut at the plot's left edge, and one inside
    it shrunk to nothing. The x range leaves room for the labels beside the short bars."""
    low, high = min([0.0, *values]), max([0.0, *values])
    span = high - low or 1.0
    long = [abs(v) >= LONG_BAR * span for v in values]
    beside = [(max(v, 0.0), label, name) for v, label, name, is_long
              in zip(values, labels, names, long, strict=True) if not is_long]  # fmt: skip
    right = max([high, *(x + LABEL_ROOM * span for x, _, _ in beside)])
    return {
        "text": [label if is_long else "" for label, is_long in zip(labels, long, strict=True)],
        "annotations": [
            {
                "x": x,
                "y": name,
                "text": label,
                "showarrow": False,
                "xanchor": "left",
                "xshift": 4,
                "font": {"size": 12},
            }
            for x, label, name in beside
        ],
        "range": [low - 0.02 * span, right],
    }


LONG_BAR = 0.35  # of the axis' span: a bar this long holds its amount inside
LABEL_ROOM = 0.4  # of the span, right of a short bar for its amount


def deviation_bar_chart(table: pd.DataFrame, title: str, lang: str = "sv") -> go.Figure:
    """Deviation to date per unit (mnkr): green is better than budget, red worse."""
    ordered = table.sort_values("deviation_ytd_ore")
    values = ordered["deviation_ytd_ore"]
    labels = [signed(mnkr(v), v) for v in values]
    beside = _bar_labels((values / ORE_PER_MNKR).tolist(), labels, ordered["unit"].tolist())
    bar = Bar(
        x=values / ORE_PER_MNKR,
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
    return _chart(
        [bar], title, "",
        xaxis={"title": {"text": t("chart.deviation_axis", lang)}, "tickformat": ",.0f",
               "range": beside["range"]},
        yaxis={"title": {"text": ""}, "automargin": True},
        annotations=beside["annotations"],
        hovermode="closest",
        height=max(300, 40 * len(ordered) + 120),
        showlegend=False,
    )  # fmt: skip


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
    return _chart(
        traces, title, "", yaxis={"tickformat": None, "ticksuffix": " %", "zerolinecolor": "#555"},
        xaxis={"categoryorder": "array", "categoryarray": labels}, hovermode="closest",
    )  # fmt: skip


def trend_chart(
    unit_months: pd.DataFrame, through_period: int, title: str, lang: str = "sv"
) -> go.Figure:
    """A unit's deviation month by month (bars) and accumulated (line), in mnkr."""
    data = unit_months[unit_months["period"] <= through_period].sort_values("period")
    labels = [MONTH_LABELS[lang][p - 1] for p in data["period"]]
    monthly = data["deviation_ore"]
    traces = [
        Bar(
            x=labels,
            y=monthly / ORE_PER_MNKR,
            name=t("chart.deviation_month", lang),
            marker={"color": [BETTER_COLOUR if v >= 0 else WORSE_COLOUR for v in monthly]},
            hovertext=[signed(mnkr(v, 2), v) for v in monthly],
            hoverinfo="text+name",
        ),
        Scatter(
            x=labels,
            y=data["deviation_acc_ore"] / ORE_PER_MNKR,
            name=t("chart.deviation_acc", lang),
            mode="lines+markers",
            line={"color": OUTCOME_COLOUR, "width": 3},
            hovertext=[signed(mnkr(v, 2), v) for v in data["deviation_acc_ore"]],
            hoverinfo="text+name",
        ),
    ]
    return _chart(traces, title, "mnkr", yaxis={"tickformat": None})


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
    from analytics.forecast import compute as forecast

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
        paths = forecast.forecast_paths(budget_acc, outcome_acc, month, year_end_ore, band)
        x = labels[month - 1 :]
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
        traces.append(
            Scatter(
                x=x,
                y=[v / ORE_PER_MNKR for v in paths.middle],
                name=t("chart.forecast", lang),
                mode="lines+markers",
                line={"color": WORSE_COLOUR if year_end_ore < budget_acc[11] else BETTER_COLOUR,
                      "dash": "dot", "width": 3},
                hovertext=[mnkr(v) for v in paths.middle],
                hoverinfo="text+name",
            )
        )  # fmt: skip
    return _chart(traces, title, "mnkr")


def forecast_movement_chart(
    forecasts: pd.DataFrame, final_ore: int | None, title: str, lang: str = "sv"
) -> go.Figure:
    """How each method's year-end forecast moved month by month, against the final outcome.

    `forecasts`: month, method, forecast_ore for one year and unit.
    """
    labels = MONTH_LABELS[lang]
    traces = []
    colours = {"budget_remaining": BUDGET_COLOUR, "run_rate": "#b07d2b",
               "seasonal": "#6a51a3", "controller": OUTCOME_COLOUR}  # fmt: skip
    for method, rows in forecasts.dropna(subset=["forecast_ore"]).groupby("method", sort=False):
        rows = rows.sort_values("month")
        traces.append(
            Scatter(
                x=[labels[m - 1] for m in rows["month"]],
                y=rows["forecast_ore"] / ORE_PER_MNKR,
                name=t(f"method.{method}", lang),
                mode="lines+markers",
                line={"color": colours.get(str(method), OUTCOME_COLOUR),
                      "width": 3 if method == "controller" else 1.5},
                hovertext=[mnkr(int(v)) for v in rows["forecast_ore"]],
                hoverinfo="text+name",
            )
        )  # fmt: skip
    fig = _chart(traces, title, "mnkr", xaxis={"categoryorder": "array", "categoryarray": labels})
    if final_ore is not None:
        fig.add_hline(
            y=final_ore / ORE_PER_MNKR,
            line={"color": WORSE_COLOUR, "width": 2},
            annotation_text=t("chart.final_outcome", lang, amount=mnkr(final_ore)),
            annotation_position="top left",
        )
    return fig


def waterfall_chart(amounts: list[int], kinds: list[str], labels: list[str], title: str,
                    lang: str = "sv") -> go.Figure:  # fmt: skip
    """A frame's way from one total to the next (mnkr): totals as full bars, changes floating,
    increases red (more net cost), decreases green, what is unexplained grey."""
    measure = ["absolute" if k == "start" else "total" if k == "end" else "relative" for k in kinds]
    values = [a / ORE_PER_MNKR for a in amounts]
    waterfall = Waterfall(
        x=labels,
        y=[0 if k == "end" else v for k, v in zip(kinds, values, strict=True)],
        measure=measure,
        text=[
            mnkr(a) if k in ("start", "end") else signed(mnkr(a), a)
            for a, k in zip(amounts, kinds, strict=True)
        ],
        textposition="outside",
        increasing={"marker": {"color": WORSE_COLOUR}},
        decreasing={"marker": {"color": BETTER_COLOUR}},
        totals={"marker": {"color": OUTCOME_COLOUR}},
        connector={"line": {"color": "#999", "width": 1}},
        hoverinfo="text+x",
    )
    start_end = [v for v, k in zip(values, kinds, strict=True) if k in ("start", "end")]
    running = [sum(values[: i + 1]) for i in range(len(values) - 1)]
    low = min([*start_end, *running]) if start_end else 0
    high = max([*start_end, *running]) if start_end else 0
    pad = max((high - low) * 0.35, abs(high) * 0.01, 1)
    return _chart([waterfall], title, "mnkr", showlegend=False, hovermode="closest",
                  yaxis={"range": [max(0, low - pad), high + pad * 0.6]})  # fmt: skip


def flows_chart(flows: pd.DataFrame, title: str, lang: str = "sv") -> go.Figure:
    """Money moved between nämnder (mnkr): from the giving nämnd to the receiving one, one band
    per move and change type."""
    names = sorted(set(flows["source"]) | set(flows["target"]))
    index = {name: i for i, name in enumerate(names)}
    sankey = Sankey(
        node={"label": names, "pad": 24, "thickness": 14, "color": OUTCOME_COLOUR},
        textfont={"color": "#1b1b1b", "size": 13},
        link={
            "source": [index[s] for s in flows["source"]],
            "target": [index[t_] for t_ in flows["target"]],
            "value": (flows["amount_ore"] / ORE_PER_MNKR).tolist(),
            "label": [t(f"frames.type.{c}", lang) for c in flows["change_type"]],
            "customdata": [mnkr(int(v)) for v in flows["amount_ore"]],
            "hovertemplate": "%{label}: %{customdata}<extra></extra>",
            "color": "rgba(140, 150, 168, 0.5)",
        },
    )
    return _chart([sankey], title, height=max(260, 70 * len(names) + 80))


def burn_up_chart(
    burn_up: pd.DataFrame, target_ore: int, planned_ore: int, decided_ore: int, title: str,
    lang: str = "sv",
) -> go.Figure:  # fmt: skip
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
                x=labels, y=[value / ORE_PER_MNKR] * 12, name=t(key, lang), mode="lines",
                line={"color": colour, "dash": dash, "width": 2},
                hovertext=[mnkr(value)] * 12, hoverinfo="text+name",
            )
        )  # fmt: skip
    pace = [target_ore * m / 12 for m in range(1, 13)]
    traces.append(
        Scatter(
            x=labels, y=[v / ORE_PER_MNKR for v in pace], name=t("savings.chart_pace", lang),
            mode="lines", line={"color": "#bbbbbb", "width": 1},
            hovertext=[mnkr(round(v)) for v in pace], hoverinfo="text+name",
        )
    )  # fmt: skip
    realised = burn_up["realised_acc_ore"]
    traces.append(
        Scatter(
            x=[labels[p - 1] for p in burn_up["period"]], y=realised / ORE_PER_MNKR,
            name=t("savings.chart_realised", lang), mode="lines+markers",
            line={"color": OUTCOME_COLOUR, "width": 3},
            hovertext=[mnkr(int(v)) for v in realised], hoverinfo="text+name",
        )
    )  # fmt: skip
    return _chart(traces, title, "mnkr", xaxis={"categoryorder": "array", "categoryarray": labels})


def indicator_chart(
    outcomes: pd.DataFrame, path: pd.DataFrame, base: tuple[int, float], target: tuple[int, float],
    benchmarks: pd.DataFrame, own_name: str, unit: str, title: str, lang: str = "sv",
) -> go.Figure:  # fmt: skip
    """An indicator's outcomes against the straight path from its base to its target, with the
    target marked, and other organisations from Kolada as thin lines (averages dashed)."""
    traces = []
    for organisation, rows in (
        benchmarks.groupby("organisation", sort=True) if len(benchmarks) else []
    ):
        aggregate = bool(rows["is_aggregate"].iloc[0])
        own = organisation == own_name
        traces.append(
            Scatter(
                x=rows["year"], y=rows["value"], name=str(organisation), mode="lines",
                line={"color": "#6b9bd1" if own else "#9aa3b2" if aggregate else "#d5d9e0",
                      "width": 2 if own or aggregate else 1, "dash": "dash" if aggregate else "solid"},
                showlegend=own or aggregate, opacity=1 if own or aggregate else 0.8,
            )
        )  # fmt: skip
    traces.append(
        Scatter(x=path["year"], y=path["value"], name=t("goals.chart_path", lang), mode="lines",
                   line={"color": BUDGET_COLOUR, "dash": "dot", "width": 2})
    )  # fmt: skip
    traces.append(
        Scatter(x=[base[0], target[0]], y=[base[1], target[1]], mode="markers+text",
                   name=t("goals.chart_base_target", lang),
                   text=[t("goals.chart_base", lang), t("goals.chart_target", lang)],
                   textposition="top center", marker={"size": 11, "color": WORSE_COLOUR, "symbol": "diamond"})
    )  # fmt: skip
    traces.append(
        Scatter(x=outcomes["year"], y=outcomes["value"], name=t("goals.chart_outcome", lang),
                   mode="lines+markers", line={"color": OUTCOME_COLOUR, "width": 3})
    )  # fmt: skip
    return _chart(traces, title, unit, yaxis={"tickformat": None}, xaxis={"dtick": 1})


def scenario_chart(base: list[Any], scenario: list[Any], title: str, lang: str = "sv") -> go.Figure:
    """Årets resultat per year: the budget against the scenario, with the financial goal."""
    years = [str(r.year) for r in base]
    traces = [
        Bar(x=years, y=[r.result_ore / ORE_PER_MNKR for r in base], name=t("scenario.budget", lang),
               marker={"color": BUDGET_COLOUR}, text=[mnkr(r.result_ore) for r in base]),
        Bar(x=years, y=[r.result_ore / ORE_PER_MNKR for r in scenario], name=t("scenario.scenario", lang),
               marker={"color": [BETTER_COLOUR if r.result_ore >= 0 else WORSE_COLOUR for r in scenario]},
               text=[mnkr(r.result_ore) for r in scenario]),
        Scatter(x=years, y=[r.goal_ore / ORE_PER_MNKR for r in scenario], name=t("scenario.goal", lang),
                   mode="markers", marker={"symbol": "line-ew-open", "size": 40, "color": "#333"}),
    ]  # fmt: skip
    return _chart(traces, title, "mnkr", barmode="group", hovermode="closest",
                  xaxis={"type": "category"})  # fmt: skip


def tornado_chart(moved: dict[str, int], title: str, lang: str = "sv") -> go.Figure:
    """How far each driver change moves the result (mnkr), largest on top."""
    names = list(moved)[::-1]
    values = [moved[n] / ORE_PER_MNKR for n in names]
    labels = [signed(mnkr(moved[n]), moved[n]) for n in names]
    beside = _bar_labels(values, labels, names)
    bar = Bar(x=values, y=names, orientation="h", hovertext=labels, hoverinfo="text+y",
               text=beside["text"], textposition="inside", insidetextanchor="end",
               marker={"color": [BETTER_COLOUR if v >= 0 else WORSE_COLOUR for v in values]})  # fmt: skip
    return _chart([bar], title, "", showlegend=False, hovermode="closest", annotations=beside["annotations"],
                  xaxis={"title": {"text": "mnkr"}, "range": beside["range"]},
                  yaxis={"automargin": True}, height=max(260, 45 * len(names) + 100))  # fmt: skip
