"""The Mål och nyckeltal page's tables and labels as users read them."""

from __future__ import annotations

import pandas as pd

from analytics.common.formatting import format_number
from analytics.goals import compute as goals
from analytics.i18n import family, t, tn

COLOURS = {
    goals.GREEN: "#c8e6c9",
    goals.YELLOW: "#fff3b0",
    goals.RED: "#ffcdd2",
    goals.NO_DATA: "#eeeeee",
}
ARROWS = {"better": "↗", "worse": "↘", "same": "→", None: ""}


def value_text(value: float | None, unit: str = "") -> str:
    """An indicator value in Swedish format with at most one decimal, and its unit."""
    if value is None or pd.isna(value):
        return "–"
    decimals = 0 if float(value).is_integer() else 1
    text = format_number(round(float(value), decimals), decimals)
    return f"{text} {unit}".strip()


def status_text(status: str, lang: str = "sv") -> str:
    return t(f"goals.status.{status}", lang)


def status_colours(frame: pd.DataFrame, lang: str = "sv") -> object:
    """The tree with each status cell in its colour (a pandas Styler st.dataframe draws)."""
    background = {t(f"goals.status.{s}", lang): c for s, c in COLOURS.items()}
    column = t("col.status", lang)
    return frame.style.map(lambda v: f"background-color: {background.get(v, '')}", subset=[column])


def tree_display(table: pd.DataFrame, lang: str = "sv") -> pd.DataFrame:
    """The goal tree: målområde, goal, indicator, latest outcome, target, status and trend."""
    return pd.DataFrame(
        {
            t("col.area", lang): table["area"],
            t("col.goal", lang): table["goal"],
            t("col.indicator", lang): table["indicator"],
            t("col.latest", lang): [
                f"{value_text(v, u)} ({y})" if y is not None and not pd.isna(y) else "–"
                for v, u, y in zip(
                    table["latest_value"], table["unit"], table["latest_year"], strict=True
                )
            ],
            t("col.target", lang): [
                f"{value_text(v, u)} ({y})"
                for v, u, y in zip(
                    table["target_value"], table["unit"], table["target_year"], strict=True
                )
            ],
            t("col.status", lang): [status_text(s, lang) for s in table["status"]],
            t("col.trend", lang): [ARROWS[tr] for tr in table["trend"]],
        }
    )


def area_display(by_area: pd.DataFrame, lang: str = "sv") -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("col.area", lang): by_area["area"],
            **{
                status_text(s, lang): by_area[s]
                for s in (goals.GREEN, goals.YELLOW, goals.RED, goals.NO_DATA)
            },
        }
    )


COUNTED = (goals.GREEN, goals.YELLOW, goals.RED)  # the statuses a count line names
family("goals.count", (f"{status}.{form}" for status in COUNTED for form in ("one", "other")))


def counts_text(counts: dict[str, int], lang: str = "sv") -> str:
    """ "12 gröna, 8 gula, 13 röda" as the region's reports put it."""
    return ", ".join(tn(f"goals.count.{status}", counts[status], lang) for status in COUNTED)


def imported_text(file: str, count: int, lang: str = "sv") -> str:
    """`mal.xlsx: 1 indikator inläst.` / `… 33 indikatorer inlästa.`, for the page and the CLI."""
    return tn("goals.imported", count, lang, file=file, shown=format_number(count))
