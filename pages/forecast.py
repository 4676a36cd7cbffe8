"""Prognos: year-end forecasts per unit by several methods, their track record, the region's
result forecast, and the controllers' own forecasts entered here."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from analytics import access
from analytics.common.formatting import month_name
from analytics.followup.compute import NoData
from analytics.forecast import charts, display
from analytics.forecast import result as forecast_result
from analytics.i18n import t
from analytics.result import balance as balance
from analytics.result import display as result_display
from analytics.settings import setting
from ui import shell, widgets
from ui.data import forecast as forecast_data
from ui.data import result as result_data
from ui.uploads import upload_and_load

if TYPE_CHECKING:  # types only: the page reads through ui.data
    from pathlib import Path

    from analytics.forecast.report import ForecastReport
    from analytics.forecast.result import ResultForecast
    from analytics.result.report import ResultReport


def render() -> None:
    f = shell.page_filters("page.forecast")
    if f is None:
        return
    lang = f.lang
    month = month_name(f.period, lang)
    head = st.empty()  # the title, once it is known whether the year is closed
    head.title(t("forecast.title", lang, year=f.year, month=month))
    source = "auto" if f.committee else _central_source(lang)
    try:
        report = forecast_data.forecast_report(f, source)
    except NoData:
        st.info(t("overview.no_data", lang, year=f.year, version=f.version))
        return
    if report.closed:
        head.title(t("forecast.title_closed", lang, year=f.year))
    st.caption(t("forecast.caption", lang, scope=report.scope_label))
    if not report.whole_region and not f.committee:
        st.info(t("forecast.own_committees", lang))

    tile = display.scope_tile(
        report.year_end_ore, report.budget_year_ore, report.scope_method, report.band, lang
    )
    left, right = st.columns([1, 2])
    with left:
        widgets.tile(tile)
        if report.result is not None:
            st.caption(t(f"source.used.{report.result.central_source}", lang))
            _tax_form(f, lang)
    with right:
        title = t("forecast.chart_title", lang, scope=report.scope_label)
        figure = charts.forecast_chart(
            report.scope_grid, f.period, report.scope_forecast_ore, report.band, title, lang
        )
        st.plotly_chart(figure, key="forecast_chart")

    goal = report.result
    result = result_data.result_report(f, source) if goal is not None else None
    if goal is not None and result is not None:
        _result(f, goal, result, lang)

    st.subheader(t("forecast.per_unit", lang, level=t(f"level.{report.level}", lang).lower()))
    widgets.table(display.units_display(report.units, lang))
    st.caption(t("forecast.methods_note", lang))

    with st.expander(t("forecast.accuracy", lang)):
        _accuracy(report, lang)
    if report.level == "committee":
        _entry_form(f, report, lang)


def _central_source(lang: str) -> str:
    """Where the region's taxes and grants come from: auto, the budget, or SKR's forecast."""
    chosen = st.segmented_control(
        t("forecast.central_source", lang),
        list(forecast_result.CENTRAL_SOURCES),
        default="auto",
        format_func=lambda s: t(f"source.{s}", lang),
        key="forecast_source",
    )
    return str(chosen or "auto")


def _result(f: shell.Filters, goal: ResultForecast, result: ResultReport, lang: str) -> None:
    """The income statement with every LKBR line, the result against budget and the financial
    goal, and the balanskravsutredning with the deficits still to restore."""
    st.subheader(t("forecast.income_statement", lang))
    widgets.table(
        result_display.income_statement_display(result, lang),
        height="content",
    )
    if not result.closed:
        st.caption(t("is.not_split", lang))
    widgets.table(display.goal_display(goal, lang), height="content")
    st.subheader(t("forecast.balance_heading", lang, year=result.year))
    message = result_display.budget_rule_message(result, lang)
    if message:
        (st.error if message[0] == "error" else st.info)(message[1])
    widgets.table(
        result_display.balance_display(result.statement, lang),
        height="content",
    )
    left, right = st.columns([2, 1])
    with left:
        if result.deficits:
            widgets.table(
                result_display.deficits_display(result.deficits, result.year, lang),
                height="content",
            )
        else:
            st.info(t("forecast.no_deficits", lang))
    with right:
        widgets.tile(result_display.balance_tiles(result, lang)[1])
        st.download_button(
            t("forecast.result_export", lang),
            key="result_export",
            data=lambda: result_display.workbook(result, lang),
            file_name=f"resultat_balanskrav_{result.year}_{result.period:02d}.xlsx",
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    booked = "forecast.booked_year" if result.closed else "forecast.booked_to_date"
    st.caption(
        t(
            "forecast.balance_caption",
            lang,
            realisation=setting("balance_realisation_accounts"),
            unrealised=setting("balance_unrealised_accounts"),
            booked=t(booked, lang),
        )
    )
    if access.may(access.current(), "balance"):
        _decision_form(f, lang)


_DECISION_SAVED = "balance_decision_saved"


def _decision_form(f: shell.Filters, lang: str) -> None:
    """Decisions only fullmäktige takes: reserve transfers and synnerliga skäl, with the
    decision's reference. Typed values stay in the form when something is wrong."""
    with st.expander(t("decision.heading", lang)):
        with st.form("balance_decision", clear_on_submit=False, enter_to_submit=True):
            c1, c2 = st.columns([1, 3])
            year = c1.number_input(
                t("col.year", lang),
                min_value=2000,
                max_value=2100,
                value=f.year,
                step=1,
                key="decision_year",
            )
            kind = widgets.coded(
                c2,
                t("br.kind", lang),
                balance.DECISION_KINDS,
                lang,
                family="br.kind",
                key="decision_kind",
            )
            amount = st.text_input(
                t("decision.amount", lang),
                help=t("decision.amount_help", lang),
                key="decision_amount",
            )
            reference = st.text_input(
                t("br.reference", lang), placeholder="RF 2024-06-19 §95", key="decision_reference"
            )
            text = st.text_area(t("col.comment", lang), height=68, key="decision_text")
            submitted = st.form_submit_button(t("entry.save", lang), type="primary")
        if submitted:
            kronor, error = display.parse_tkr(amount or "0", t("decision.amount", lang), lang)
            errors = [error] if error else []
            if not reference.strip():
                errors.append(t("decision.reference_required", lang))
            for message in errors:
                st.error(message)
            if kronor is not None and not errors:
                result_data.add_balance_decision(
                    int(year), kind, kronor, reference.strip(), text.strip()
                )
                st.session_state[_DECISION_SAVED] = [t("decision.saved", lang, year=int(year))]
                st.rerun()
        for message in st.session_state.pop(_DECISION_SAVED, []):
            st.success(message)
        history = result_data.balance_decisions()
        if len(history):
            st.markdown(t("decision.history", lang))
            widgets.table(result_display.decisions_display(history, lang))


def _accuracy(report: ForecastReport, lang: str) -> None:
    if report.backtest.empty:
        st.info(t("forecast.no_backtest", lang))
        return
    years = sorted(report.scope_backtest["year"].unique(), reverse=True)
    if years:
        year = st.selectbox(t("forecast.movement_year", lang), years, key="forecast_movement_year")
        rows = report.scope_backtest[report.scope_backtest["year"] == year]
        final = int(rows["final_ore"].iloc[0]) if len(rows) else None
        st.plotly_chart(
            charts.forecast_movement_chart(
                rows,
                final,
                t("forecast.movement_title", lang, year=year, scope=report.scope_label),
                lang,
            ),
            key="forecast_movement",
        )
    st.markdown(t("forecast.by_month_heading", lang, scope=report.scope_label))
    widgets.table(
        display.accuracy_by_month_display(report.scope_backtest, lang),
    )
    st.markdown(t("forecast.august_heading", lang))
    widgets.table(display.august_display(report.backtest, lang))
    if report.result is not None:  # the region's own track record
        st.markdown(t("forecast.august_region_heading", lang))
        widgets.table(
            display.august_display(report.scope_backtest, lang, region=True),
        )
    st.markdown(t("forecast.accuracy_heading", lang))
    widgets.table(display.accuracy_display(report.backtest, lang))


_SAVED = "forecast_entry_saved"
_TAX_SAVED = "tax_forecast_saved"


def _tax_form(f: shell.Filters, lang: str) -> None:
    """A tax-base forecast (e.g. from SKR's circular) for the year, with its history."""
    with st.expander(t("tax.heading", lang, year=f.year)):
        with st.form("tax_forecast", enter_to_submit=True):
            tax = st.text_input(t("tax.tax", lang), key="tax_tax")
            grants = st.text_input(t("tax.grants", lang), key="tax_grants")
            source = st.text_input(
                t("tax.source", lang), placeholder="SKR cirkulär 25:31", key="tax_source"
            )
            submitted = st.form_submit_button(t("entry.save", lang))
        if submitted:
            amounts, errors = display.validate_tax_forecast(tax, grants, source, lang)
            for message in errors:
                st.error(message)
            if amounts is not None:
                forecast_data.add_tax_forecast(f.year, *amounts, source.strip())
                st.session_state[_TAX_SAVED] = [t("tax.saved", lang, year=f.year)]
                st.rerun()
        for message in st.session_state.pop(_TAX_SAVED, []):
            st.success(message)
        _tax_upload(lang)
        history = forecast_data.tax_forecasts(f.year)
        if len(history):
            widgets.table(display.tax_display(history, lang))


def _tax_upload(lang: str) -> None:
    def load(path: Path, name: str) -> str:
        years = ", ".join(str(y) for y in forecast_data.import_tax_forecasts(path, name))
        return t("tax.imported", lang, file=name, years=years)

    upload_and_load(
        t("tax.upload", lang),
        t("tax.import", lang),
        "tax_upload",
        ["xlsx", "xlsm", "xls", "ods", "csv"],
        load,
        _TAX_SAVED,
        lang,
        action="tax_forecast",
    )


def _entry_form(f: shell.Filters, report: ForecastReport, lang: str) -> None:
    st.subheader(t("entry.heading", lang))
    budgets = {u.unit: u.budget_ore for u in report.units}
    committees = list(budgets) or [f.committee or ""]
    with st.form("forecast_entry", clear_on_submit=False, enter_to_submit=True):
        c1, c2 = st.columns(2)
        committee = c1.selectbox(
            t("col.committee", lang),
            committees,
            index=committees.index(f.committee) if f.committee in committees else 0,
            key="entry_committee",
        )
        period = c2.selectbox(
            t("entry.month", lang),
            list(range(1, 13)),
            index=f.period - 1,
            format_func=lambda p: month_name(p, lang),
        )
        amount = st.text_input(
            t("entry.amount", lang),
            placeholder="−1 234 567",
            help=t("entry.amount_help", lang),
            key="entry_amount",
        )
        comment = st.text_area(t("entry.comment", lang), height=80, key="entry_comment")
        submitted = st.form_submit_button(t("entry.save", lang), type="primary")
    if submitted:
        kronor, errors, warnings = display.validate_entry(
            amount, comment, budgets.get(committee), lang
        )
        for message in errors:
            st.error(message)
        if kronor is not None:
            forecast_data.add_forecast_entry(
                f.year, int(period), committee, kronor, comment.strip()
            )
            saved = t("entry.saved", lang, committee=committee, month=month_name(int(period), lang))
            # Run again so the table above shows the new forecast; say so after the rerun.
            st.session_state[_SAVED] = [saved, *warnings]
            st.rerun()
    for i, message in enumerate(st.session_state.pop(_SAVED, [])):
        (st.success if i == 0 else st.warning)(message)
    history = forecast_data.forecast_entries(f.year)
    if len(history):
        st.markdown(t("entry.history", lang))
        widgets.table(display.entries_display(history, lang))


if __name__ == "__main__":  # run by Streamlit's legacy pages/ discovery: see ui/app_main.py
    from ui.app_main import redirect

    redirect("forecast")
