"""Drawing the core's display models: one helper for every metric tile on every page.

A page asks the core for `Tile`s (label, value, remark, colour, arrow) and hands them here, so
the tiles look the same everywhere and no page repeats `column.metric(...)`.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from analytics.common.tiles import Tile


def tile(item: Tile, where: DeltaGenerator | None = None) -> None:
    """One bordered metric tile, in `where` (a column) or at the current place."""
    (where or st.container()).metric(
        item.label,
        item.value,
        delta=item.delta,
        delta_color=item.colour,
        delta_arrow=item.arrow,
        border=True,
        help=item.help,
    )


def tile_row(items: Sequence[Tile], per_row: int | None = None) -> None:
    """Tiles side by side, `per_row` to a row (all in one row without it)."""
    width = per_row or max(len(items), 1)
    for start in range(0, len(items), width):
        for column, item in zip(st.columns(width), items[start : start + width], strict=False):
            tile(item, column)
