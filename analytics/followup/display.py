"""Follow-up tables and tiles as users read them: Swedish headers and formatted amounts.

Pages hold no arithmetic; everything the Översikt and Avvikelser pages show is formatted here.
"""

from __future__ import annotations

import pandas as pd

from analytics.common.formatting import (
    metric_mnkr,
    mnkr,
    month_name,
    percent,
    signed,
)
from analytics.common.tables import pct_cells, tkr_cells
from analytics.common.tiles import Tile, deviation_indicator
from analytics.followup.compute import NetCostGrowth
from analytics.i18n import t


def outcome_label(period: int, whole_region: bool, lang: str = "sv") -> str:
    """The outcome tile's label: at December the region's total is årets resultat; a nämnd's
    (or a limited user's nämnder') total is their net cost, never a "result"."""
    if period != 12:
        return t("overview.outcome_ytd", lang)
    return t("overview.result_year" if whole_region else "overview.net_cost_year", lang)


def headline_tiles(
    total: pd.Series, period: int, whole_region: bool, lang: str = "sv"
) -> list[Tile]:
    """The Översikt page's four headline tiles from a follow-up's total row: outcome to date,
    periodised budget to date, the deviation (flagged green or red) and the annual budget."""
    deviation = int(total["deviation_ytd_ore"])
    flag = deviation_indicator(deviation, lang)

    def plain(label: str, ore: int) -> Tile:
        return Tile(label, metric_mnkr(ore), None, "gray", "off")

    return [
        plain(outcome_label(period, whole_region, lang), int(total["outcome_ytd_ore"])),
        plain(t("overview.budget_ytd", lang), int(total["budget_ytd_ore"])),
        Tile(
            t("overview.deviation_ytd", lang),
            metric_mnkr(deviation, with_sign=True),
            flag.text,
            flag.colour,
            flag.arrow,
        ),
        plain(t("overview.budget_year", lang), int(total["budget_year_ore"])),
    ]


def forecast_tile(
    year_end_ore: int | None, budget_year_ore: int, period: int, lang: str = "sv"
) -> Tile:
    """The year-end forecast after a month (`ForecastReport.year_end_ore`, the figure the
    Prognos page shows) and how far it is from the annual budget."""
    if year_end_ore is None:
        return Tile(
            t("overview.forecast", lang), "–", t("overview.no_forecast", lang), "gray", "off"
        )
    amount = year_end_ore
    deviation = amount - budget_year_ore
    flag = deviation_indicator(deviation, lang)
    label = t("overview.forecast_after", lang, month=month_name(period, lang))
    delta = t("overview.forecast_delta", lang, amount=signed(mnkr(deviation), deviation))
    return Tile(label, mnkr(amount), delta, flag.colour, flag.arrow)


def net_cost_tile(growth: NetCostGrowth, lang: str = "sv") -> Tile:
    """Net cost growth to date against last year, beside the growth of taxes and grants.

    Green when net costs grow no faster than taxes and grants, red otherwise.
    """
    change, tax = growth.change_pct, growth.tax_grants_change_pct
    value = "–" if change is None else signed(percent(change), 1 if change > 0 else 0)
    delta = t(
        "overview.net_cost_delta",
        lang,
        pct="–" if tax is None else signed(percent(tax), 1 if tax > 0 else 0),
    )
    sustainable = change is not None and tax is not None and change <= tax
    return Tile(
        t("overview.net_cost", lang),
        value,
        delta,
        "green" if sustainable else "red",
        "off",
        help=f"{signed(mnkr(growth.change_ore), growth.change_ore)}",
    )


def deviation_display(table: pd.DataFrame, total: pd.DataFrame, lang: str = "sv") -> pd.DataFrame:
    """Units and the total, with budget, outcome, deviation (tkr and %) and the annual budget."""
    rows = pd.concat([table, total_labelled(total, lang)], ignore_index=True)
    return pd.DataFrame(
        {
            t("col.unit", lang): rows["unit"],
            t("col.budget_ytd", lang): tkr_cells(rows["budget_ytd_ore"]),
            t("col.outcome_ytd", lang): tkr_cells(rows["outcome_ytd_ore"]),
            t("col.deviation_ytd", lang): tkr_cells(rows["deviation_ytd_ore"], with_sign=True),
            t("col.deviation_pct", lang): pct_cells(rows["deviation_ytd_pct"]),
            t("col.budget_year", lang): tkr_cells(rows["budget_year_ore"]),
        }
    )


def total_labelled(total: pd.DataFrame, lang: str = "sv") -> pd.DataFrame:
    """The total row named "Summa <scope>", so it cannot be mistaken for a unit (on screen and
    in exports alike)."""
    return total.assign(unit=[t("table.total", lang, unit=u) for u in total["unit"]])


def deviation_detail_display(
    table: pd.DataFrame,
    total: pd.DataFrame,
    flags: pd.Series,
    notes: pd.DataFrame,
    lang: str = "sv",
) -> pd.DataFrame:
    """The deviation table of the drill view: flag, unit and its explanation first (they stay in
    view, pinned, when the table scrolls sideways), then month and to date and the parts.

    Rows keep the order of `table` (so a selected row maps back to its unit); the total is last.
    """
    rows = pd.concat([table, total_labelled(total, lang)], ignore_index=True)
    flag_cells = ["!" if f else "" for f in flags] + [""]
    comment = _explanation_of(notes)
    return pd.DataFrame(
        {
            t("col.flag", lang): flag_cells,
            t("col.unit", lang): rows["unit"],
            t("col.explanation", lang): [comment.get(u, "") for u in rows["unit"]],
            t("col.deviation_month", lang): tkr_cells(rows["deviation_month_ore"], True),
            t("col.deviation_month_pct", lang): pct_cells(rows["deviation_month_pct"]),
            t("col.budget_ytd", lang): tkr_cells(rows["budget_ytd_ore"]),
            t("col.outcome_ytd", lang): tkr_cells(rows["outcome_ytd_ore"]),
            t("col.deviation_ytd", lang): tkr_cells(rows["deviation_ytd_ore"], True),
            t("col.deviation_pct", lang): pct_cells(rows["deviation_ytd_pct"]),
            t("col.deviation_revenue", lang): tkr_cells(rows["deviation_revenue_ytd_ore"], True),
            t("col.deviation_cost", lang): tkr_cells(rows["deviation_cost_ytd_ore"], True),
            t("col.budget_year", lang): tkr_cells(rows["budget_year_ore"]),
        }
    )


def _explanation_of(notes: pd.DataFrame) -> dict[str, str]:
    """unit → the explanation of its latest comment."""
    return dict(zip(notes["unit"], notes["explanation"], strict=True)) if len(notes) else {}


def explanations(table: pd.DataFrame, notes: pd.DataFrame) -> list[tuple[str, str]]:
    """(unit, explanation) for the units of `table` that have one, in the table's order: written
    out in full under the table, where a long text wraps instead of being cut in its cell."""
    comment = _explanation_of(notes)
    return [(u, comment[u]) for u in table["unit"] if comment.get(u)]


def top_display(top: pd.DataFrame, lang: str = "sv") -> pd.DataFrame:
    """The largest deviations: unit · cost type, to date in tkr and %, and the parts."""
    return pd.DataFrame(
        {
            t("col.unit", lang): top["unit"],
            t("col.budget_ytd", lang): tkr_cells(top["budget_ytd_ore"]),
            t("col.outcome_ytd", lang): tkr_cells(top["outcome_ytd_ore"]),
            t("col.deviation_ytd", lang): tkr_cells(top["deviation_ytd_ore"], True),
            t("col.deviation_pct", lang): pct_cells(top["deviation_ytd_pct"]),
        }
    )


def comments_display(history: pd.DataFrame, lang: str = "sv") -> pd.DataFrame:
    """A unit's comments, newest first: month, explanation, action, author and time."""
    return pd.DataFrame(
        {
            t("col.period", lang): [month_name(int(p), lang) for p in history["period"]],
            t("col.explanation", lang): history["explanation"],
            t("col.action", lang): history["action"],
            t("col.author", lang): history["author"],
            t("col.when", lang): history["created_at"].dt.strftime("%Y-%m-%d %H:%M"),
        }
    )
