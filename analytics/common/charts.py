"""Chart base: the house template, number format, colours and the one figure constructor
every feature's charts use; plotly only, no streamlit here.

Amounts are shown in mnkr with a decimal comma, narrow spaces between thousands and a real minus
sign; hover texts are preformatted by `formatting` so a chart and a table never disagree.
"""

from __future__ import annotations

import textwrap
from functools import partial
from typing import Any

import plotly.graph_objects as go

from analytics.common.formatting import PLOTLY_SEPARATORS
from analytics.settings import bool_setting

# Plotly validates every property as it is set: that was two thirds of the time it took to build
# a chart (a page draws several on every rerun). The dashboard builds figures without it; the
# test suite sets BUDGET_STRICT_CHARTS=1 (tests/conftest.py), so every chart a test draws, from
# the chart tests to each page in AppTest, is built with plotly's validation on.
_VALIDATE = bool_setting("strict_charts")
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
        "xaxis": {
            "gridcolor": "#EBF0F8",
            "linecolor": "#EBF0F8",
            "zerolinecolor": "#EBF0F8",
            "automargin": True,
            "ticks": "",
        },
        "yaxis": {
            "gridcolor": "#EBF0F8",
            "linecolor": "#EBF0F8",
            "zerolinecolor": "#EBF0F8",
            "automargin": True,
            "ticks": "",
        },
    }
)


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


TITLE_CHARS = 46  # a title's line: what a chart in a third of the page at 1280 px holds
TITLE_SIZE = 16
AXIS_CHARS = 24  # an axis title's line under a narrow bar chart at 1280 px


def title_lines(title: str, chars: int = TITLE_CHARS) -> list[str]:
    """A chart's title in lines that fit a narrow chart: plotly draws a title on one line and
    cuts what does not fit ("Avvikelse per månad och ackumulerat – Hälso- och sjukv…")."""
    return textwrap.wrap(title, chars, break_on_hyphens=False) or [""]


def wrapped(text: str, chars: int = AXIS_CHARS) -> str:
    """`text` broken into lines of at most `chars` characters for plotly (`<br>` between)."""
    return "<br>".join(title_lines(text, chars))


def chart(traces: list[Any], title: str, y_title: str | None = None, **layout: object) -> go.Figure:
    """A figure on the light template in one constructor call: the house layout (title, number
    format, margins; with `y_title` also the y axis, legend and hover of the line and bar
    charts), updated by `layout`. Plotly's update_layout and add_trace dispatch every property
    path one at a time and cost more than building the whole figure."""
    lines = title_lines(title)
    base: dict[str, Any] = {
        "template": _TEMPLATE,
        "title": {
            "text": "<br>".join(lines),
            "x": 0,
            "xanchor": "left",
            "font": {"size": TITLE_SIZE},
        },
        "separators": PLOTLY_SEPARATORS,
        "margin": {"l": 10, "r": 10, "t": 30 + 22 * len(lines), "b": 10},
        # plotly groups a 4-digit number only when asked: `−4 000`, not `−4000`
        "xaxis": {"separatethousands": True},
        "yaxis": {"separatethousands": True},
    }
    if y_title is not None:
        base |= {
            "yaxis": {
                "title": {"text": y_title},
                "tickformat": ",.0f",
                "zeroline": True,
                "separatethousands": True,
            },
            "legend": {"orientation": "h", "y": -0.18},
            "hovermode": "x unified",
        }
    return Figure(data=traces, layout=_merged(base, layout))


def bar_labels(values: list[float], labels: list[str], names: list[Any]) -> dict[str, Any]:
    """How horizontal bars show their amounts: inside a long bar (as "text" of the trace), just
    right of a short one – or right of zero for a short bar going left – as an annotation. A
    short negative bar's label outside it would be cut at the plot's left edge, and one inside
    it shrunk to nothing. The x range leaves room for the labels beside the short bars."""
    low, high = min([0.0, *values]), max([0.0, *values])
    span = high - low or 1.0
    long = [abs(v) >= LONG_BAR * span for v in values]
    beside = [
        (max(v, 0.0), label, name)
        for v, label, name, is_long in zip(values, labels, names, long, strict=True)
        if not is_long
    ]
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
