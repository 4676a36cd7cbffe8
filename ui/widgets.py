"""Drawing the core's display models: one helper for every metric tile and coded choice.

A page asks the core for `Tile`s (label, value, remark, colour, arrow) and hands them here, so
the tiles look the same everywhere and no page repeats `column.metric(...)`.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import pandas as pd
import streamlit as st
from pandas.io.formats.style import Styler
from streamlit.delta_generator import DeltaGenerator

from analytics.common.formatting import format_number
from analytics.common.tables import sortable
from analytics.common.tiles import Tile
from analytics.i18n import t
from ui.shell import language


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


def table(
    data: pd.DataFrame | Styler, *, pin: int = 1, hide_index: bool = True, **options: Any
) -> Any:
    """Every table of every page, drawn one way: as wide as the page, its first `pin` columns
    (the unit, the line, the measure) pinned, so they stay in view when a wide table is scrolled
    sideways at 1280 px, and its amounts sorted as numbers when a heading is clicked
    (`common.tables.sortable`); `options` go to `st.dataframe` (key, height, on_select …).
    A table without rows is said in words instead of an empty grid. Returns what
    `st.dataframe` returns (the selection, with `on_select`)."""
    frame = data.data if isinstance(data, Styler) else data
    if frame.empty and "on_select" not in options:  # the grid would draw an English "empty"
        st.caption(t("table.empty", language()))
        return None
    pinned = {str(c): st.column_config.Column(pinned=True) for c in list(frame.columns)[:pin]}
    options.setdefault("width", "stretch")
    options.setdefault("placeholder", "–")  # a missing number, which the grid calls "None"
    shown = data if isinstance(data, Styler) else sortable(data)
    return st.dataframe(shown, hide_index=hide_index, column_config=pinned, **options)


_MARKDOWN = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()#+-.!|$~<>"})


def escaped(text: str) -> str:
    """A user's text for markdown: shown as typed, never interpreted."""
    return text.translate(_MARKDOWN)


def labelled_text(label: str, text: str) -> None:
    """A user's text under its label, wrapping at the page's width; what they typed is shown as
    typed (markdown and LaTeX characters escaped), never interpreted."""
    st.markdown(f"**{label.translate(_MARKDOWN)}:** {text.translate(_MARKDOWN)}")


def coded(
    where: DeltaGenerator | None,
    label: str,
    codes: Sequence[str],
    lang: str,
    *,
    family: str,
    key: str,
    index: int = 0,
    radio: bool = False,
    **params: object,
) -> str:
    """A choice among codes, each shown as the catalogue's `family.<code>`; returns the code.

    `where` is a column, or None for the current place (inside a form, say).

    Every coded choice (kinds, signs, versions, roles …) is drawn here, so a code's words come
    from one family of the catalogue (which the completeness test checks) and no page repeats
    the select box with its own label function.
    """
    host = st if where is None else where
    draw = host.radio if radio else host.selectbox
    chosen = draw(
        label,
        list(codes),
        index=index,
        format_func=lambda code: t(f"{family}.{code}", lang, **params),
        key=key,
    )
    return str(chosen)


def _css_text(text: str) -> str:
    """A text for a CSS `content` value: quotes and backslashes escaped."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# Figures that fit at 1280 px (with the sidebar open, four tiles to a row): a tile's value
# scales with the window between 1,3 and 2,1 rem instead of Streamlit's fixed 2,25 rem that cut
# "−196,0 mnkr" to "−196,0 …"; a tile's label and remark wrap instead of ending in an ellipsis;
# below 1 400 px the page's side margins shrink from 5 rem so the columns get the room.
# tests/browser/test_layout.py measures every page at three sizes for anything still cut.
_FIT = (
    "[data-testid=stMetricValue] {font-size: clamp(1.3rem, 1.85vw, 2.1rem);}"
    "[data-testid=stMetricLabel] *, [data-testid=stMetricDelta] * "
    "{white-space: normal !important; overflow: visible !important; text-overflow: clip !important;}"
    "@media (max-width: 1400px) {.stMainBlockContainer "
    "{padding-left: 1.5rem !important; padding-right: 1.5rem !important;}}"
)


def swedish_chrome(lang: str) -> None:
    """The house style sheet, drawn once per run (no space on the page): figures that fit
    (`_FIT`), and Streamlit's own words in the file uploader ("Upload", "200MB per file") and a
    multiselect's "Select all" in the user's language: the widgets take no texts of their own
    for these, so their words are hidden and drawn again from the catalogue. The limit and file
    types are said in words next to each uploader (`upload_note`)."""
    button = "[data-testid=stFileUploaderDropzone] [data-testid=stBaseButton-secondary] p"
    limits = "[data-testid=stFileUploaderDropzoneInstructions] span"
    # a multiselect's own first choices ("Select all", "Select 3 matches")
    every = "[data-key=__select_all__] [data-item-hl]"
    matches = "[data-key=__select_matches__] [data-item-hl]"
    st.html(
        "<style>"
        f"{_FIT}"
        f"{button}, {limits}, {every}, {matches} {{font-size: 0 !important;}}"
        f"{button}::after {{content: {_css_text(t('upload.button', lang))}; font-size: 0.95rem;}}"
        f"{limits}::after {{content: {_css_text(t('upload.drop', lang))}; font-size: 0.875rem;}}"
        f"{every}::after {{content: {_css_text(t('choice.select_all', lang))}; font-size: 0.875rem;}}"
        f"{matches}::after {{content: {_css_text(t('choice.select_matches', lang))}; "
        "font-size: 0.875rem;}"
        "</style>"
    )


def upload_note(types: list[str], lang: str) -> str:
    """`Högst 200 MB per fil: CSV, XLSX …` for an uploader's help text."""
    from analytics.settings import int_setting

    return t(
        "upload.limit",
        lang,
        mb=format_number(int_setting("max_upload_mb")),
        types=", ".join(x.upper() for x in types),
    )


def decimal_input(
    where: DeltaGenerator,
    label: str,
    default: Decimal,
    key: str,
    lang: str,
    *,
    maximum: Decimal | None = None,
    help: str | None = None,
) -> Decimal:
    """A number typed the Swedish way (`2,5`; a point is taken too), shown with a decimal comma,
    which Streamlit's number_input cannot do. What is not a number from zero up to `maximum` is
    said under the field, naming it, and the default is used meanwhile: nothing typed is lost."""
    shown = format_number(default, 1)
    typed = where.text_input(label, value=shown, key=key, help=help)
    text = typed.strip().replace(" ", "").replace("\u202f", "").replace(",", ".")
    text = text.replace("\u2212", "-")
    try:
        value = Decimal(text)
    except ArithmeticError:
        value = None
    if value is None or not value.is_finite() or value < 0:
        where.error(t("input.not_a_number", lang, label=label, value=typed, default=shown))
        return default
    if maximum is not None and value > maximum:
        top = format_number(maximum, 1)
        where.error(
            t("input.too_large", lang, label=label, value=typed, maximum=top, default=shown)
        )
        return default
    return value
