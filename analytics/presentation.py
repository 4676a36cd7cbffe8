"""Tables as users read them: Swedish headers and formatted amounts, ready to draw.

Pages hold no arithmetic; everything a table shows is computed and formatted here.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pandas as pd

from analytics.followup.compute import NetCostGrowth
from analytics.formatting import format_number, mnkr, percent, signed, tkr
from analytics.i18n import t


@dataclass(frozen=True)
class Indicator:
    """How a deviation is flagged on a metric: text, colour and arrow."""

    text: str
    colour: str
    arrow: str


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
    colour: str
    arrow: str
    help: str | None = None


def outcome_label(period: int, whole_region: bool, lang: str = "sv") -> str:
    """The outcome tile's label: at December the region's total is årets resultat; a nämnd's
    (or a limited user's nämnder') total is their net cost, never a "result"."""
    if period != 12:
        return t("overview.outcome_ytd", lang)
    return t("overview.result_year" if whole_region else "overview.net_cost_year", lang)


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


def metric_mnkr(ore: int, with_sign: bool = False) -> str:
    """A metric's value: `315,5 mnkr` (or `+149,9 mnkr`)."""
    return signed(mnkr(ore), ore) if with_sign else mnkr(ore)


def tkr_cell(ore: object, with_sign: bool = False) -> str:
    """A table cell in tkr without the unit (the header says it): `2 181 760`, `+12`, or –
    where there is no amount."""
    if ore is None or pd.isna(ore):
        return "–"
    value = int(ore)  # type: ignore[call-overload]
    text = tkr(value).removesuffix(" tkr")
    return signed(text, value) if with_sign else text


def _tkr_number(ore: int) -> str:
    return tkr_cell(ore)


def deviation_display(table: pd.DataFrame, total: pd.DataFrame, lang: str = "sv") -> pd.DataFrame:
    """Units and the total, with budget, outcome, deviation (tkr and %) and the annual budget."""
    rows = pd.concat([table, total_labelled(total, lang)], ignore_index=True)
    return pd.DataFrame(
        {
            t("col.unit", lang): rows["unit"],
            t("col.budget_ytd", lang): [_tkr_number(v) for v in rows["budget_ytd_ore"]],
            t("col.outcome_ytd", lang): [_tkr_number(v) for v in rows["outcome_ytd_ore"]],
            t("col.deviation_ytd", lang): [
                signed(_tkr_number(v), v) for v in rows["deviation_ytd_ore"]
            ],
            t("col.deviation_pct", lang): [
                percent(None if pd.isna(v) else float(v)) for v in rows["deviation_ytd_pct"]
            ],
            t("col.budget_year", lang): [_tkr_number(v) for v in rows["budget_year_ore"]],
        }
    )


def _tkr_cells(values: pd.Series, with_sign: bool = False) -> list[str]:
    return [signed(_tkr_number(v), v) if with_sign else _tkr_number(v) for v in values]


def _pct_cells(values: pd.Series) -> list[str]:
    return [percent(None if pd.isna(v) else float(v)) for v in values]


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
    """The deviation table of the drill view: month and to date, parts, flag and comment.

    Rows keep the order of `table` (so a selected row maps back to its unit); the total is last.
    """
    rows = pd.concat([table, total_labelled(total, lang)], ignore_index=True)
    flag_cells = ["!" if f else "" for f in flags] + [""]
    comment = dict(zip(notes["unit"], notes["explanation"], strict=True)) if len(notes) else {}
    return pd.DataFrame(
        {
            t("col.flag", lang): flag_cells,
            t("col.unit", lang): rows["unit"],
            t("col.deviation_month", lang): _tkr_cells(rows["deviation_month_ore"], True),
            t("col.deviation_month_pct", lang): _pct_cells(rows["deviation_month_pct"]),
            t("col.budget_ytd", lang): _tkr_cells(rows["budget_ytd_ore"]),
            t("col.outcome_ytd", lang): _tkr_cells(rows["outcome_ytd_ore"]),
            t("col.deviation_ytd", lang): _tkr_cells(rows["deviation_ytd_ore"], True),
            t("col.deviation_pct", lang): _pct_cells(rows["deviation_ytd_pct"]),
            t("col.deviation_revenue", lang): _tkr_cells(rows["deviation_revenue_ytd_ore"], True),
            t("col.deviation_cost", lang): _tkr_cells(rows["deviation_cost_ytd_ore"], True),
            t("col.budget_year", lang): _tkr_cells(rows["budget_year_ore"]),
            t("col.explanation", lang): [comment.get(u, "") for u in rows["unit"]],
        }
    )


def top_display(top: pd.DataFrame, lang: str = "sv") -> pd.DataFrame:
    """The largest deviations: unit · cost type, to date in tkr and %, and the parts."""
    return pd.DataFrame(
        {
            t("col.unit", lang): top["unit"],
            t("col.budget_ytd", lang): _tkr_cells(top["budget_ytd_ore"]),
            t("col.outcome_ytd", lang): _tkr_cells(top["outcome_ytd_ore"]),
            t("col.deviation_ytd", lang): _tkr_cells(top["deviation_ytd_ore"], True),
            t("col.deviation_pct", lang): _pct_cells(top["deviation_ytd_pct"]),
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


def totals_display(totals: list[Any], lang: str = "sv") -> pd.DataFrame:
    """An import's totals per year, measure and version, in kronor with öre."""
    return pd.DataFrame(
        {
            t("col.year", lang): [str(x.year) for x in totals],
            t("col.measure", lang): [t(f"role.{x.measure}", lang) for x in totals],
            t("col.version", lang): [x.version for x in totals],
            t("col.amount_kr", lang): [
                format_number(Decimal(x.amount_ore) / 100, 2) for x in totals
            ],
            t("col.rows", lang): [format_number(x.rows) for x in totals],
        }
    )


def history_display(history: pd.DataFrame, lang: str = "sv") -> pd.DataFrame:
    """The import log, newest first, as the import page shows it."""
    return pd.DataFrame(
        {
            t("col.when", lang): history["started_at"].dt.strftime("%Y-%m-%d %H:%M"),
            t("col.file", lang): history["file_name"],
            t("col.kind", lang): [
                " + ".join(t(f"kind.{k}", lang) for k in str(kind).split("+")) if kind else ""
                for kind in history["kind"].fillna("")
            ],
            t("col.result", lang): [t(f"result.{r}", lang) for r in history["result"]],
            t("col.rows", lang): history["rows_read"].fillna(0).astype(int),
            t("col.added", lang): history["rows_added"].fillna(0).astype(int),
            t("col.replaced", lang): history["rows_replaced"].fillna(0).astype(int),
            t("col.removed", lang): history["rows_removed"].fillna(0).astype(int),
            t("col.user", lang): history["user_name"],
        }
    )


def roles_display(columns: dict[str, str], lang: str = "sv") -> pd.DataFrame:
    """Each header text of a file with the meaning the importer gave it."""
    return pd.DataFrame(
        {
            t("report.column", lang): list(columns),
            t("import.meaning", lang): [
                t(f"role.{r}", lang) if r else t("import.unknown_column", lang)
                for r in columns.values()
            ],
        }
    )


def month_name(period: int, lang: str = "sv") -> str:
    """`augusti` for 8."""
    return t(f"month.{period}", lang)
