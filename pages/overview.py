"""Översikt: the year's accumulated result against periodised budget, per nämnd and in total."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from analytics.common import formatting
from analytics.followup import charts
from analytics.followup import compute as followup
from analytics.followup import display as followup_display
from analytics.followup.compute import NoData
from analytics.goals import display as goals_display
from analytics.i18n import t
from analytics.settings import number_setting
from ui import navigation, shell, widgets
from ui.data import followup as followup_data
from ui.data import forecast as forecast_data
from ui.data import goals as goals_data

if TYPE_CHECKING:  # types only: the page reads through ui.data
    from analytics.followup.report import FollowUp


def render() -> None:
    f = shell.page_filters("page.overview")
    if f is None:
        return
    lang = f.lang
    month = formatting.month_name(f.period, lang)
    st.title(t("overview.title", lang, year=f.year, month=month))
    try:
        report = followup_data.follow_up(f)
    except NoData:
        st.info(t("overview.no_data", lang, year=f.year, version=f.version))
        return
    scope = f.committee or t("app.whole_region", lang)
    st.caption(t("overview.scope", lang, scope=scope, version=report.version))

    _tiles(f, report, lang)
    _charts(f, report, scope, month, lang)


def _tiles(f: shell.Filters, report: FollowUp, lang: str) -> None:
    """The headline figures, the year-end forecast, net-cost growth and the goals' colours."""
    year_end = forecast_data.year_end(f)
    region = f.committee is None and year_end.whole_region
    widgets.tile_row(followup_display.headline_tiles(report.total.iloc[0], f.period, region, lang))
    growth = followup_display.net_cost_tile(followup_data.net_cost_growth(f), lang)
    c5, c6, c7 = st.columns([1, 1, 2])
    if year_end.closed:  # the outcome is the year's figure: no forecast beside it
        c5.caption(t("forecast.closed_help", lang))
    else:
        widgets.tile(
            followup_display.forecast_tile(
                year_end.year_end_ore, year_end.budget_year_ore, f.period, lang
            ),
            c5,
        )
    widgets.tile(growth, c6)
    with c7:
        goals = goals_data.goal_report(float(number_setting("goal_tolerance")) / 100, f.year)
        if goals.has_goals:
            counts = goals_display.counts_text(goals.counts, lang)
            help_text = t("goals.tolerance_help", lang)
            st.metric(t("page.goals", lang), counts, border=True, help=help_text)
            navigation.link("goals", t("overview.to_goals", lang), ":material/flag:")
        navigation.link("deviations", t("overview.to_deviations", lang), ":material/troubleshoot:")
    st.caption(t("overview.sign_note", lang))
    if report.spread_evenly:
        st.warning(t("overview.spread_note", lang))
    else:
        st.caption(t("overview.periodised_note", lang))


def _charts(f: shell.Filters, report: FollowUp, scope: str, month: str, lang: str) -> None:
    """The accumulated path, the largest deviations and their paths, and every unit's row."""
    level = t(f"level.{f.level}", lang).lower()
    left, right = st.columns([3, 2])
    with left:
        st.plotly_chart(
            charts.accumulated_chart(
                report.region, f.period, t("overview.chart_title", lang, scope=scope), lang
            ),
            key="overview_accumulated",
        )
    with right:
        st.plotly_chart(
            charts.deviation_bar_chart(
                followup.largest_deviations(report.table, 25),
                t("overview.bar_title", lang, month=month, level=level),
                lang,
            ),
            key="overview_deviation",
        )
    largest = followup.largest_units(report.table, 9)
    if len(largest) > 1:
        st.plotly_chart(
            charts.deviation_paths_chart(
                followup.deviation_paths(report.months, largest, f.period),
                t("overview.paths_title", lang, level=level),
                lang,
            ),
            key="overview_paths",
        )
    st.subheader(t("overview.table_title", lang, level=level))
    widgets.table(
        followup_display.deviation_display(report.table, report.total, lang),
        key="overview_table",
    )


if __name__ == "__main__":  # run by Streamlit's legacy pages/ discovery: see ui/app_main.py
    from ui.app_main import redirect

    redirect("overview")
