"""Översikt: the year's accumulated result against periodised budget, per nämnd and in total."""

from __future__ import annotations

import streamlit as st

from analytics.common import formatting
from analytics.common.tiles import deviation_indicator
from analytics.followup import charts
from analytics.followup import compute as followup
from analytics.followup import display as followup_display
from analytics.followup.report import NoData
from analytics.goals import display as goals_display
from analytics.i18n import t
from analytics.settings import setting
from ui import data, navigation, shell


def render() -> None:
    f = shell.filters()
    lang = f.lang
    if f.year is None:
        st.title(t("page.overview", lang))
        st.info(t("app.no_data", lang))
        return
    month = formatting.month_name(f.period, lang)
    st.title(t("overview.title", lang, year=f.year, month=month))
    try:
        report = data.follow_up(f)
    except NoData:
        st.info(t("overview.no_data", lang, year=f.year, version=f.version))
        return
    scope = f.committee or t("app.whole_region", lang)
    st.caption(t("overview.scope", lang, scope=scope, version=report.version))

    total = report.total.iloc[0]
    deviation = int(total["deviation_ytd_ore"])
    flag = deviation_indicator(deviation, lang)
    year_end = data.year_end(f)
    region = f.committee is None and year_end.whole_region
    c1, c2, c3, c4 = st.columns(4)
    c1.metric(
        followup_display.outcome_label(f.period, region, lang),
        formatting.metric_mnkr(int(total["outcome_ytd_ore"])),
        border=True,
    )
    c2.metric(
        t("overview.budget_ytd", lang),
        formatting.metric_mnkr(int(total["budget_ytd_ore"])),
        border=True,
    )
    c3.metric(
        t("overview.deviation_ytd", lang),
        formatting.metric_mnkr(deviation, with_sign=True),
        delta=flag.text,
        delta_color=flag.colour,  # type: ignore[arg-type]
        delta_arrow=flag.arrow,  # type: ignore[arg-type]
        border=True,
    )
    c4.metric(
        t("overview.budget_year", lang),
        formatting.metric_mnkr(int(total["budget_year_ore"])),
        border=True,
    )
    growth = followup_display.net_cost_tile(data.net_cost_growth(f), lang)
    c5, c6, c7 = st.columns([1, 1, 2])
    tiles = [(c6, growth)]
    if year_end.closed:  # the outcome is the year's figure: no forecast beside it
        c5.caption(t("forecast.closed_help", lang))
    else:
        forecast = followup_display.forecast_tile(
            year_end.year_end_ore, year_end.budget_year_ore, f.period, lang
        )
        tiles.insert(0, (c5, forecast))
    for column, tile in tiles:
        column.metric(
            tile.label,
            tile.value,
            delta=tile.delta,
            delta_color=tile.colour,  # type: ignore[arg-type]
            delta_arrow=tile.arrow,  # type: ignore[arg-type]
            border=True,
            help=tile.help,
        )
    with c7:
        goals = data.goal_report(float(setting("goal_tolerance")) / 100, f.year)
        if goals.has_goals:
            st.metric(t("page.goals", lang), goals_display.counts_text(goals.counts, lang),
                      border=True, help=t("goals.tolerance_help", lang))  # fmt: skip
            navigation.link("goals", t("overview.to_goals", lang), ":material/flag:")
        navigation.link("deviations", t("overview.to_deviations", lang), ":material/troubleshoot:")
    st.caption(t("overview.sign_note", lang))
    if report.spread_evenly:
        st.warning(t("overview.spread_note", lang))
    else:
        st.caption(t("overview.periodised_note", lang))

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
    st.dataframe(
        followup_display.deviation_display(report.table, report.total, lang),
        hide_index=True,
        key="overview_table",
    )


if __name__ == "__main__":  # run by Streamlit's legacy pages/ discovery: see ui/app_main.py
    from ui.app_main import redirect

    redirect("overview")
