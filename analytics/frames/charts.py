"""Frame charts: a frame's way from one total to the next, and money moved between nämnder."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analytics.common.charts import (
    BETTER_COLOUR,
    OUTCOME_COLOUR,
    WORSE_COLOUR,
    Sankey,
    Waterfall,
    chart,
)
from analytics.common.formatting import ORE_PER_MNKR, mnkr, signed
from analytics.i18n import t


def waterfall_chart(
    amounts: list[int], kinds: list[str], labels: list[str], title: str, lang: str = "sv"
) -> go.Figure:
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
    return chart(
        [waterfall],
        title,
        "mnkr",
        showlegend=False,
        hovermode="closest",
        yaxis={"range": [max(0, low - pad), high + pad * 0.6]},
    )


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
    return chart([sankey], title, height=max(260, 70 * len(names) + 80))
