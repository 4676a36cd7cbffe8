"""The Prognos page's tables and tiles as users read them: Swedish headers, formatted amounts.

Pages hold no arithmetic; what the forecast tables show is computed in `forecast` and only
formatted here.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import pandas as pd

from analytics.common.formatting import mnkr, month_name, percent, signed, tkr_cell
from analytics.common.tables import tkr_cells
from analytics.common.tiles import Tile, deviation_indicator
from analytics.forecast import compute as forecast
from analytics.forecast import result as forecast_result
from analytics.forecast import track_record
from analytics.i18n import t
from analytics.ingest.values import parse_decimal


def _pct(value: float | None, with_sign: bool = False) -> str:
    """A percentage, or – where there is none (NaN)."""
    if value is None or pd.isna(value):
        return "–"
    text = percent(float(value))
    return signed(text, 1 if value > 0 else -1 if value < 0 else 0) if with_sign else text


def method_name(method: str | None, lang: str = "sv") -> str:
    return t(f"method.{method}", lang) if method else "–"


def units_display(units: list[forecast.UnitForecast], lang: str = "sv") -> pd.DataFrame:
    """Per unit: the year's budget, each method, the recommended and the controllers' forecast,
    the chosen forecast's deviation from budget and its change since last month (tkr)."""
    return pd.DataFrame(
        {
            t("col.unit", lang): [u.unit for u in units],
            t("col.budget_year", lang): [tkr_cell(u.budget_ore) for u in units],
            t("col.chosen", lang): [tkr_cell(u.chosen_ore) for u in units],
            t("col.forecast_deviation", lang): [tkr_cell(u.deviation_ore, True) for u in units],
            t("col.forecast_change", lang): [tkr_cell(u.change_ore, True) for u in units],
            t("col.chosen_method", lang): [method_name(u.chosen_method, lang) for u in units],
            **{
                method_name(m, lang): [tkr_cell(u.methods.get(m)) for u in units]
                for m in forecast.METHODS
            },
            t("col.recommended", lang): [method_name(u.recommended, lang) for u in units],
        }
    )


def year_end_display(units: list[forecast.UnitForecast], lang: str = "sv") -> pd.DataFrame:
    """Per unit: the year's budget, the year-end figure every page shows, its deviation from
    budget and the method behind it (the report's compact form of `units_display`)."""
    keys = (
        "col.unit",
        "col.budget_year",
        "col.chosen",
        "col.forecast_deviation",
        "col.chosen_method",
    )
    return units_display(units, lang)[[t(k, lang) for k in keys]]


def reliability_display(backtested: pd.DataFrame, month: int, lang: str = "sv") -> pd.DataFrame:
    """Prognossäkerhet per unit: how the controllers' forecasts made after `month` in earlier
    years (where a unit had none, the recommended method's) hit the year's outcome."""
    at_month = backtested[backtested["month"] == month] if len(backtested) else backtested
    if at_month.empty:
        return pd.DataFrame()
    own = at_month[at_month["method"] == forecast.CONTROLLER]
    others = at_month[~at_month["unit"].isin(own["unit"])]
    # every year in the backtest is complete and before the report's: all of them count
    best = (
        track_record.recommended_methods(others, int(others["year"].max()) + 1)
        if len(others)
        else {}
    )
    picked = [best.get(u) == m for u, m in zip(others["unit"], others["method"], strict=True)]
    chosen = pd.concat([own, others[picked]])
    return _scores_display(track_record.accuracy(chosen, ["unit", "method"]), lang)


def scope_tile(
    forecast_ore: int | None,
    budget_ore: int,
    method: str | None,
    band: int | None,
    lang: str = "sv",
) -> Tile:
    """The scope's year-end forecast, its deviation from budget and the method behind it."""
    if forecast_ore is None:
        return Tile(t("forecast.tile", lang), "–", t("forecast.none", lang), "gray", "off")
    deviation = forecast_ore - budget_ore
    flag = deviation_indicator(deviation, lang)
    if method == forecast.OUTCOME:
        label, help_text = t("forecast.tile_closed", lang), t("forecast.closed_help", lang)
    else:
        uncertainty = "" if band is None else t("forecast.band_help", lang, amount=mnkr(band))
        label = t("forecast.tile", lang)
        help_text = t("forecast.tile_help", lang, method=method_name(method, lang)) + uncertainty
    return Tile(
        label,
        mnkr(forecast_ore),
        t("overview.forecast_delta", lang, amount=signed(mnkr(deviation), deviation)),
        flag.colour,
        flag.arrow,
        help=help_text,
    )


def goal_display(result: forecast_result.ResultForecast, lang: str = "sv") -> pd.DataFrame:
    """Årets resultat at year-end against the budgeted result and the financial goal."""
    rows = [
        (t("is.arets_resultat", lang), tkr_cell(result.result_ore)),
        (t("is.budget_result", lang), tkr_cell(result.budget_result_ore)),
        (t("is.deviation", lang), tkr_cell(result.deviation_ore, True)),
        (
            t(f"is.goal.{result.goal_base}", lang, pct=percent(result.goal_pct)),
            tkr_cell(result.goal_ore),
        ),
        (t("is.goal_met", lang), t("yes" if result.goal_met else "no", lang)),
    ]
    year_end = t("col.outcome_year" if result.closed else "col.forecast_tkr", lang)
    return pd.DataFrame(rows, columns=[t("col.line", lang), year_end])


def accuracy_display(backtested: pd.DataFrame, lang: str = "sv") -> pd.DataFrame:
    """Per unit and method: mean absolute % error, bias and the number of forecasts scored."""
    return _scores_display(track_record.accuracy(backtested, ["unit", "method"]), lang)


def _scores_display(scores: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("col.unit", lang): scores["unit"],
            t("col.method", lang): [method_name(m, lang) for m in scores["method"]],
            t("col.mape", lang): [_pct(v) for v in scores["mape_pct"]],
            t("col.bias", lang): [_pct(v, with_sign=True) for v in scores["bias_pct"]],
            t("col.scored", lang): scores["n"].astype(int),
        }
    )


def accuracy_by_month_display(backtested: pd.DataFrame, lang: str = "sv") -> pd.DataFrame:
    """Per method (rows) and forecast month (columns): the mean absolute % error, so a reader
    sees how much better each method gets as the year goes on."""
    scores = track_record.accuracy(backtested, ["method", "month"])
    table = scores.pivot(index="method", columns="month", values="mape_pct")
    table = table.reindex([m for m in forecast.METHODS if m in table.index])
    out = pd.DataFrame({t("col.method", lang): [method_name(m, lang) for m in table.index]})
    for month in table.columns:
        out[month_name(int(month), lang)] = [_pct(v) for v in table[month]]
    return out


def _mnkr_cell(ore: int, with_sign: bool = False) -> str:
    """A table cell in mnkr without the unit (the header says it): `190,0`, `+90,1`."""
    text = mnkr(ore).removesuffix(" mnkr")
    return signed(text, ore) if with_sign else text


def august_display(
    backtested: pd.DataFrame, lang: str = "sv", region: bool = False
) -> pd.DataFrame:
    """Prognossäkerhet as Swedish reports give it: the controllers' August forecast against
    the final outcome per unit and year, the deviation = outcome − forecast (positive: the
    outcome was better) per nämnd in tkr and as % of its net cost, for the region (`region`)
    in mnkr and as % of skatteintäkter + generella statsbidrag och utjämning."""
    august = backtested[
        (backtested["month"] == 8) & (backtested["method"] == forecast.CONTROLLER)
    ].sort_values(["unit", "year"])
    share = [
        None if not b else e / abs(b) * 100
        for e, b in zip(august["error_ore"], august["base_ore"], strict=True)
    ]
    cell = _mnkr_cell if region else tkr_cell
    unit = "mnkr" if region else "tkr"
    return pd.DataFrame(
        {
            t("col.unit", lang): august["unit"],
            t("col.year", lang): august["year"].astype(str),
            t("col.august_forecast_in", lang, unit=unit): [
                cell(int(v)) for v in august["forecast_ore"]
            ],
            t("col.final_outcome_in", lang, unit=unit): [cell(int(v)) for v in august["final_ore"]],
            t("col.forecast_error_in", lang, unit=unit): [
                cell(int(v), True) for v in august["error_ore"]
            ],
            t("col.forecast_error_base_region" if region else "col.forecast_error_base", lang): [
                "–" if v is None else _pct(v, with_sign=True) for v in share
            ],
        }
    )


def entries_display(history: pd.DataFrame, lang: str = "sv") -> pd.DataFrame:
    """Forecasts entered in the dashboard, newest first."""
    return pd.DataFrame(
        {
            t("col.period", lang): [month_name(int(p), lang) for p in history["period"]],
            t("col.committee", lang): history["committee"],
            t("col.forecast_tkr", lang): tkr_cells(history["forecast_ore"]),
            t("col.comment", lang): history["comment"],
            t("col.author", lang): history["author"],
            t("col.when", lang): history["created_at"].dt.strftime("%Y-%m-%d %H:%M"),
        }
    )


def parse_tkr(text: str, label: str, lang: str = "sv") -> tuple[Decimal | None, str | None]:
    """An amount typed in tkr (Swedish or plain format, to the krona) as kronor, or a message
    saying what is wrong with it."""
    value = parse_decimal(text.strip()) if text and text.strip() else None
    if value is None:
        return None, t("entry.bad_amount", lang, field=label, text=text.strip())
    try:
        kronor = (value * 1000).quantize(Decimal("1"))
    except InvalidOperation:
        return None, t("entry.bad_amount", lang, field=label, text=text.strip())
    if kronor != value * 1000:
        return None, t("entry.too_precise", lang, field=label)
    if abs(kronor) >= Decimal(10) ** 15:
        return None, t("entry.too_large", lang, field=label)
    return kronor, None


def validate_entry(
    amount_text: str, comment: str, budget_ore: int | None, lang: str = "sv"
) -> tuple[Decimal | None, list[str], list[str]]:
    """A controller's forecast as typed: (kronor, errors, warnings). Errors stop the save;
    a warning (a sign opposite to the budget's) is shown beside it."""
    label = t("entry.amount", lang)
    kronor, error = parse_tkr(amount_text, label, lang)
    errors = [error] if error else []
    if not comment.strip():
        errors.append(t("entry.comment_required", lang))
    warnings = []
    if kronor is not None and budget_ore and (kronor * budget_ore) < 0:
        warnings.append(t("entry.sign_warning", lang, budget=mnkr(budget_ore)))
    return (None if errors else kronor), errors, warnings


def validate_tax_forecast(
    tax_text: str, grants_text: str, source: str, lang: str = "sv"
) -> tuple[tuple[Decimal, Decimal] | None, list[str]]:
    """A tax-base forecast as typed (tkr): (kronor for skatteintäkter and statsbidrag) or the
    messages saying what is wrong."""
    tax, tax_error = parse_tkr(tax_text, t("tax.tax", lang), lang)
    grants, grants_error = parse_tkr(grants_text, t("tax.grants", lang), lang)
    errors = [e for e in (tax_error, grants_error) if e]
    if not source.strip():
        errors.append(t("tax.source_required", lang))
    if errors or tax is None or grants is None:
        return None, errors
    return (tax, grants), []


def tax_display(history: pd.DataFrame, lang: str = "sv") -> pd.DataFrame:
    """Tax-base forecasts entered for a year, newest first (the first one counts)."""
    return pd.DataFrame(
        {
            t("tax.tax", lang): tkr_cells(history["skatteintakter_ore"]),
            t("tax.grants", lang): tkr_cells(history["statsbidrag_ore"]),
            t("tax.source", lang): history["source"],
            t("col.author", lang): history["author"],
            t("col.when", lang): history["created_at"].dt.strftime("%Y-%m-%d %H:%M"),
        }
    )
