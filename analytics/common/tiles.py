"""The model of a metric tile every page draws: label, value and a coloured remark.

Colours and arrows are the literal values Streamlit's `st.metric` accepts, so a tile built here
is drawn by one helper (`ui.widgets.tile`) with no cast and no `type: ignore`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from analytics.i18n import t

Colour = Literal["green", "red", "orange", "gray"]
Arrow = Literal["up", "down", "off"]


@dataclass(frozen=True)
class Indicator:
    """How a deviation is flagged on a metric: text, colour and arrow."""

    text: str
    colour: Colour
    arrow: Arrow


def deviation_indicator(deviation_ore: int, lang: str = "sv") -> Indicator:
    """Green and up when better than budget, red and down when worse."""
    if deviation_ore >= 0:
        return Indicator(t("overview.better", lang), "green", "up")
    return Indicator(t("overview.worse", lang), "red", "down")


@dataclass(frozen=True)
class Tile:
    """A metric tile: label, value, and a coloured remark below it."""

    label: str
    value: str
    delta: str | None
    colour: Colour
    arrow: Arrow
    help: str | None = None
