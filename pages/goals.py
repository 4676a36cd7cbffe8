"""Mål och nyckeltal: the goal tree with green/yellow/red, counts per målområde, and one
indicator's history against its path to the target and against other regions (Kolada)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import streamlit as st

from analytics.goals import charts, display
from analytics.i18n import t
from analytics.ingest.goal_sheet import ROLES, header_candidates, suggested_roles
from analytics.ingest.kolada import KOLADA_ROLES, kolada_columns
from analytics.ingest.problems import ImportRejected
from analytics.ingest.values import parse_year
from analytics.settings import number_setting, text_setting
from ui import shell, widgets
from ui.data import goals as goals_data
from ui.uploads import stored_upload, upload_and_load

if TYPE_CHECKING:  # types only: the page reads through ui.data
    from pathlib import Path

    from analytics.goals.report import GoalReport

_SAVED = "goals_saved"


def render() -> None:
    f = shell.filters()
    year = f.year if f is not None else None  # goals are followed up without a ledger too
    lang = shell.language()
    st.title(t("page.goals", lang))
    for message in st.session_state.pop(_SAVED, []):
        st.success(message)
    tolerance = widgets.decimal_input(
        st.container(),
        t("goals.tolerance", lang),
        Decimal(str(number_setting("goal_tolerance"))),
        "goals_tolerance",
        lang,
        maximum=Decimal(100),
        help=t("goals.tolerance_help", lang),
    )
    report = goals_data.goal_report(float(tolerance / 100), year)
    if not report.has_goals:
        st.info(t("goals.none", lang))
    else:
        as_of = t("goals.as_of", lang, year=year) + " " if year else ""
        st.caption(as_of + display.counts_text(report.counts, lang))
        left, right = st.columns([2, 3])
        with left:
            widgets.table(display.area_display(report.by_area, lang))
        with right:
            _indicator(report, lang)
        st.subheader(t("goals.tree", lang))
        tree = display.tree_display(report.table, lang)
        widgets.table(display.status_colours(tree, lang))
    _uploads(lang)


def _indicator(report: GoalReport, lang: str) -> None:
    ids = report.table["id"].tolist()
    names = dict(zip(report.table["id"], report.table["indicator"], strict=True))
    chosen = st.selectbox(
        t("goals.choose", lang), ids, format_func=lambda i: names[i], key="goals_indicator"
    )
    detail = goals_data.indicator_detail(report, chosen)
    row = detail.row
    st.plotly_chart(
        charts.indicator_chart(
            detail.outcomes,
            detail.path,
            (row["base_year"], row["base_value"]),
            (row["target_year"], row["target_value"]),
            detail.benchmarks,
            text_setting("kolada_organisation"),
            row["unit"],
            row["indicator"],
            lang,
        ),
        key="goals_chart",
    )
    st.caption(
        t(
            "goals.indicator_caption",
            lang,
            goal=row["goal"],
            status=display.status_text(row["status"], lang),
            base=display.value_text(row["base_value"], row["unit"]),
            base_year=row["base_year"],
            target=display.value_text(row["target_value"], row["unit"]),
            target_year=row["target_year"],
            direction=t(f"goals.direction.{row['direction']}", lang),
        )
    )
    if not len(detail.benchmarks):
        st.caption(t("goals.no_benchmark", lang))


def _uploads(lang: str) -> None:
    with st.expander(t("goals.upload_heading", lang)):
        profiles = goals_data.profile_names()
        profile = st.selectbox(
            t("goals.profile", lang),
            ["", *profiles],
            key="goals_profile",
            format_func=lambda p: p or t("goals.no_profile", lang),
        )

        def load_goals(path: Path, name: str) -> str:
            count = goals_data.import_goals(path, name, profile or None)
            return display.imported_text(name, count, lang)

        def load_kolada(path: Path, name: str) -> str:
            kpis = ", ".join(goals_data.import_kolada(path, name))
            return t("goals.kolada_imported", lang, file=name, kpis=kpis)

        upload_and_load(
            t("goals.upload_goals", lang),
            t("goals.import_goals", lang),
            "goals_upload",
            ["xlsx", "xlsm", "xls", "ods", "csv"],
            load_goals,
            _SAVED,
            lang,
            action="goals",
        )
        _mapping_editor(lang)
        upload_and_load(
            t("goals.upload_kolada", lang),
            t("goals.import_kolada", lang),
            "kolada_upload",
            ["xlsx", "xls", "csv"],
            load_kolada,
            _SAVED,
            lang,
            action="goals",
        )
        _kolada_mapping_editor(lang)


def _kolada_mapping_editor(lang: str) -> None:
    """Say which column of a Kolada export is the KPI and which the organisation, for real
    exports whose header cells above them are blank; the same role table as for goal sheets."""
    upload = st.session_state.get("kolada_upload")
    if upload is None or not st.toggle(t("kolada.map_columns", lang), key="kolada_map"):
        return
    path = stored_upload(upload.name, upload.getvalue())
    try:
        columns = kolada_columns(path, upload.name)
    except ImportRejected as exc:
        for problem in exc.problems:
            st.error(problem.render(lang))
        return
    mapping = {}
    grid = st.columns(3)
    for i, (letter, header, suggested, example) in enumerate(columns):
        label = f"{letter}: {header or t('kolada.empty_header', lang)}"
        mapping[letter] = widgets.coded(
            grid[i % 3],
            label,
            KOLADA_ROLES,
            lang,
            family="kolada.role",
            key=f"kolada_role_{letter}",
            index=KOLADA_ROLES.index(suggested),
        )
        if example:
            grid[i % 3].caption(t("kolada.example", lang, value=example))
    if st.button(t("kolada.import_mapped", lang), key="kolada_import_mapped"):
        chosen = {letter: role for letter, role in mapping.items() if role != "ignore"}
        try:
            kpis = goals_data.import_kolada(path, upload.name, chosen)
        except ImportRejected as exc:
            for problem in exc.problems:
                st.error(problem.render(lang))
            return
        st.session_state[_SAVED] = [
            t("goals.kolada_imported", lang, file=upload.name, kpis=", ".join(kpis))
        ]
        st.rerun()


def _mapping_editor(lang: str) -> None:
    """Say what the uploaded goal sheet's columns are when they are not recognised, and keep
    that as a mapping profile for the next sheet of the same kind."""
    upload = st.session_state.get("goals_upload")
    if upload is None or not st.toggle(t("goals.map_columns", lang), key="goals_map"):
        return
    path = stored_upload(upload.name, upload.getvalue())
    try:
        headers = header_candidates(path, upload.name)
    except ImportRejected as exc:  # a hostile or broken file: in words, never a traceback
        for problem in exc.problems:
            st.error(problem.render(lang))
        return
    suggested = suggested_roles(headers)
    roles = ["ignore", *ROLES]
    mapping = {}
    columns = st.columns(3)
    for i, header in enumerate(headers):
        if parse_year(header):
            continue  # a year column: outcomes
        mapping[header] = widgets.coded(
            columns[i % 3],
            header,
            roles,
            lang,
            family="goals.role",
            key=f"goals_role_{i}",
            index=roles.index(suggested.get(header, "ignore")),
        )
    name = st.text_input(t("goals.save_profile", lang), key="goals_profile_name")
    if st.button(t("goals.import_mapped", lang), key="goals_import_mapped"):
        chosen = {h: r for h, r in mapping.items() if r != "ignore"}
        try:
            count = goals_data.import_goals(path, upload.name, None, chosen, name.strip())
        except ImportRejected as exc:
            for problem in exc.problems:
                st.error(problem.render(lang))
            return
        st.session_state[_SAVED] = [display.imported_text(upload.name, count, lang)]
        st.rerun()


if __name__ == "__main__":  # run by Streamlit's legacy pages/ discovery: see ui/app_main.py
    from ui.app_main import redirect

    redirect("goals")
