"""Avvikelser: drill from the region to an account, flag, explain and export deviations."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import streamlit as st

from analytics.common import formatting
from analytics.followup import charts, drill, export
from analytics.followup import compute as followup
from analytics.followup import display as followup_display
from analytics.followup.compute import NoData
from analytics.i18n import t
from ui import shell, url_state, widgets
from ui.data import followup as followup_data

if TYPE_CHECKING:  # types only: the page reads through ui.data
    import pandas as pd

    from analytics.followup.report import FollowUp


def _path() -> drill.Path:
    """The drill path: from the address when a link or the back button brought it, else the
    one this session is on."""
    linked = url_state.arrived("drill")
    if linked is not None:
        st.session_state["drill_path"] = drill.from_link(linked)
    return list(st.session_state.setdefault("drill_path", []))


def _set_path(path: drill.Path) -> None:
    st.session_state["drill_path"] = path


@dataclass(frozen=True)
class Controls:
    """What the user chose above the chart: organisation, profile, thresholds, account view."""

    org_mode: str
    profile: str
    threshold_tkr: int
    threshold_pct: float
    flag_rule: str
    by_account: bool


def render() -> None:
    f = shell.page_filters("page.deviations")
    if f is None:
        return
    lang = f.lang
    month = formatting.month_name(f.period, lang)
    st.title(t("dev.title", lang, year=f.year, month=month))
    c = _controls(f.year, lang)
    path = _path()
    if f.committee and not path:
        path = [("committee", f.committee)]
    url_state.keep("drill", drill.to_link(path))
    _breadcrumbs(path, lang)
    level = drill.next_level(path, c.by_account)
    shown_level = level or path[-1][0]
    scope = tuple(path if level else path[:-1])
    try:
        report = followup_data.follow_up(f, shown_level, scope, c.profile, c.org_mode)
    except NoData:
        st.info(t("overview.no_data", lang, year=f.year, version=f.version))
        return
    _notes(report, c, f.year, lang)
    scope_key = drill.scope_key(list(scope))
    flags = followup.flagged(report.table, c.threshold_tkr, c.threshold_pct, c.flag_rule)
    notes = followup_data.latest_comments(f, scope_key, shown_level)
    st.caption(
        t(
            f"dev.flag_note.{c.flag_rule}",
            lang,
            tkr=formatting.format_number(c.threshold_tkr),
            pct=formatting.format_number(c.threshold_pct, 1),
        )
        + " "
        + (t("dev.click_hint", lang) if level else t("dev.bottom", lang))
    )
    clicked = _chart_and_table(report, flags, notes, len(path), scope_key, shown_level, lang)
    if clicked and level:
        _set_path(drill.deeper(list(scope), shown_level, clicked))
        st.rerun()
    rows = export.report_rows(report.table, report.total, flags, notes, lang)
    context = export.report_context(
        f.year, f.period, report.version, [u for _, u in scope], shown_level, c.org_mode, lang
    )
    _downloads(rows, context, f"avvikelser_{f.year}_{f.period:02d}", lang)
    units = report.table["unit"].tolist()
    if units:
        _trend_and_comments(f, report, units, clicked, scope_key, shown_level, lang)
    st.subheader(t("dev.top_title", lang))
    top = followup_data.top_deviations(f, report.version, scope, c.profile, c.org_mode)
    widgets.table(followup_display.top_display(top, lang))


def _controls(year: int, lang: str) -> Controls:
    """Two rows, so every control keeps its whole label at 1280 px: what the figures are
    compared on, then when a row is flagged and the split by cost type."""
    first = st.columns([3, 3, 2], vertical_alignment="center")
    org_mode = widgets.coded(
        first[0],
        t("dev.org_mode", lang),
        followup.ORG_MODES,
        lang,
        family="org",
        key="dev_org_mode",
        radio=True,
        year=year,
    )
    profile = widgets.coded(
        first[1],
        t("dev.profile", lang),
        followup.PROFILES,
        lang,
        family="profile",
        key="dev_profile",
    )
    by_account = first[2].toggle(t("dev.by_account", lang), key="dev_by_account")
    second = st.columns([2, 2, 3, 3])
    threshold_tkr = second[0].number_input(
        t("dev.threshold_tkr", lang), min_value=0, value=500, step=100, key="dev_tkr"
    )
    threshold_pct = widgets.decimal_input(
        second[1], t("dev.threshold_pct", lang), Decimal("2.0"), "dev_pct", lang
    )
    flag_rule = widgets.coded(
        second[2],
        t("dev.flag_rule", lang),
        followup.FLAG_RULES,
        lang,
        family="dev.flag_rule",
        key="dev_flag_rule",
    )
    return Controls(
        str(org_mode), str(profile), int(threshold_tkr), float(threshold_pct), flag_rule, by_account
    )


def _notes(report: FollowUp, c: Controls, year: int, lang: str) -> None:
    """Which organisation the figures are on, the sign, and the seasonal profiles used."""
    st.caption(
        t(f"dev.org_note.{c.org_mode}", lang, year=year) + " " + t("overview.sign_note", lang)
    )
    if report.profiles:
        names = ", ".join(t(f"profile.{p}", lang).lower() for p in sorted(report.profiles))
        st.caption(t("dev.profile_note", lang, profiles=names))
    else:
        st.caption(t("dev.profile_none", lang))


def _chart_and_table(
    report: FollowUp,
    flags: pd.Series,
    notes: pd.DataFrame,
    depth: int,
    scope_key: str,
    level: str,
    lang: str,
) -> str | None:
    """The largest deviations as bars and every unit as a table; the unit clicked in either."""
    level_name = t(f"level.{level}", lang).lower()
    bar = st.plotly_chart(
        charts.deviation_bar_chart(
            followup.largest_deviations(report.table, 30),
            t("dev.bar_title", lang, level=level_name),
            lang,
        ),
        on_select="rerun",
        selection_mode="points",
        key=f"dev_bar_{depth}_{scope_key}_{level}",
    )
    table = widgets.table(
        followup_display.deviation_detail_display(report.table, report.total, flags, notes, lang),
        pin=3,
        on_select="rerun",
        selection_mode="single-row",
        key=f"dev_table_{depth}_{scope_key}_{level}",
    )
    # always drawn, empty or not, so a new explanation does not shift the elements below
    with st.container():
        written = followup_display.explanations(report.table, notes)
        if written:
            st.markdown(f"**{t('dev.explanations', lang)}**")
            for unit, text in written:
                widgets.labelled_text(unit, text)
    return _clicked_unit(bar, table, report.table)


def _downloads(rows: pd.DataFrame, context: export.ReportContext, stem: str, lang: str) -> None:
    left, right = st.columns(2)
    left.download_button(
        t("export.excel", lang),
        lambda: export.workbook(rows, context, lang),  # built only when clicked
        file_name=f"{stem}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key="export_excel",
        icon=":material/download:",
    )
    right.download_button(
        t("export.csv", lang),
        lambda: export.csv_text(rows, lang),
        file_name=f"{stem}.csv",
        mime="text/csv",
        key="export_csv",
        icon=":material/download:",
    )


def _breadcrumbs(path: drill.Path, lang: str) -> None:
    labels = [t("dev.region", lang), *[unit for _, unit in path]]
    row = st.container(horizontal=True, gap="small")
    for depth, label in enumerate(labels):
        current = depth == len(labels) - 1
        if row.button(
            ("› " if depth else "") + label, key=f"crumb_{depth}", disabled=current, type="tertiary"
        ):
            _set_path(drill.back_to(path, depth))
            st.rerun()


def _clicked_unit(bar: Any, table: Any, units_table: pd.DataFrame) -> str | None:
    """The unit the user clicked, as a bar or a table row."""
    points = (bar or {}).get("selection", {}).get("points", []) if bar else []
    if points:
        point = points[0]
        return str(point.get("customdata") or point.get("y"))
    rows = (table or {}).get("selection", {}).get("rows", []) if table else []
    if rows and rows[0] < len(units_table):
        return str(units_table.iloc[rows[0]]["unit"])
    return None


def _trend_and_comments(
    f: shell.Filters,
    report: FollowUp,
    units: list[str],
    clicked: str | None,
    scope_key: str,
    level: str,
    lang: str,
) -> None:
    chosen = st.selectbox(
        t("dev.trend_unit", lang),
        units,
        index=units.index(clicked) if clicked in units else 0,
        key=f"trend_{scope_key}_{level}",
    )
    left, right = st.columns([3, 2])
    with left:
        st.plotly_chart(
            charts.trend_chart(
                report.months[report.months["unit"] == chosen],
                f.period,
                t("dev.trend_title", lang, unit=chosen),
                lang,
            ),
            key="dev_trend",
        )
    with right:
        st.markdown(f"**{t('dev.comment_title', lang)}**")
        if st.session_state.pop("comment_clear", False):  # saved: empty the fields for the next
            st.session_state["comment_explanation"] = st.session_state["comment_action"] = ""
        # not cleared on submit: a save refused (the database busy, a role) keeps the text
        with st.form(key="comment_form", clear_on_submit=False):
            explanation = st.text_area(t("dev.explanation", lang), key="comment_explanation")
            action = st.text_area(t("dev.action", lang), key="comment_action")
            if st.form_submit_button(t("dev.save_comment", lang)):
                if not explanation.strip():
                    st.warning(t("dev.comment_empty", lang))
                else:
                    followup_data.add_comment(
                        f, scope_key, level, chosen, explanation.strip(), action.strip()
                    )
                    st.session_state["comment_saved"] = True
                    st.session_state["comment_clear"] = True
                    st.rerun()  # the table beside the figures shows the new comment at once
        if st.session_state.pop("comment_saved", False):
            st.success(t("dev.comment_saved", lang))
        history = followup_data.comment_history(f.year, scope_key, level, chosen)
        if len(history):
            st.markdown(f"**{t('dev.comment_history', lang)}**")
            widgets.table(followup_display.comments_display(history, lang))


if __name__ == "__main__":  # run by Streamlit's legacy pages/ discovery: see ui/app_main.py
    from ui.app_main import redirect

    redirect("deviations")
