"""Ramar: each nämnd's net-cost frame, how it changed from last year and why, the checks that
moves sum to zero, and the frames against the ledger's budget."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from analytics.frames import charts, display
from analytics.frames import compute as frames
from analytics.i18n import t
from ui import shell, widgets
from ui.data import followup as followup_data
from ui.data import frames as frames_data
from ui.uploads import upload_and_load

if TYPE_CHECKING:  # types only: the page reads through ui.data
    from pathlib import Path

    from analytics.frames.report import FramesReport

_SAVED = "frames_saved"


def render() -> None:
    f = shell.page_filters("page.frames")
    if f is None:
        return
    lang = f.lang
    st.title(t("frames.title", lang, year=f.year))
    st.caption(t("frames.caption", lang))
    for i, message in enumerate(st.session_state.pop(_SAVED, [])):
        (st.success if i == 0 else st.warning)(message)
    report = frames_data.frames_report(f)
    if not report.has_frames:
        st.info(t("frames.none", lang, year=f.year))
    else:
        _overview(report, f, lang)
    _set_frame(f, lang)
    if report.has_frames:
        _add_change(report, f, lang)
    _template(report, f, lang)


def _overview(report: FramesReport, f: shell.Filters, lang: str) -> None:
    tiles = [display.total_tile(report.decisions, f.year, lang)]
    if report.totals is not None:
        tiles += [
            display.budget_tile(report.totals, lang),
            display.result_tile(report.totals, lang),
        ]
    widgets.tile_row(tiles, 3)
    for message in display.imbalance_messages(report.imbalances, lang):
        st.error(message)
    if not report.whole_region:
        st.caption(t("frames.region_checks_hidden", lang))
    elif not report.imbalances:
        st.caption(t("frames.balanced", lang))

    scope = f.committee or t("frames.region", lang)
    title = t("frames.waterfall_title", lang, scope=scope, last=f.year - 1, year=f.year)
    _waterfall(report.waterfall, f.year, False, title, "frames_waterfall", lang)
    if report.revised_waterfall:
        left, right = st.columns([3, 2])
        with left:
            title = t("frames.revised_title", lang, scope=scope, year=f.year)
            _waterfall(report.revised_waterfall, f.year, True, title, "frames_revised", lang)
        with right:
            widgets.table(display.revision_display(report.decisions, f.year, lang))
    if len(report.flows):
        st.plotly_chart(
            charts.flows_chart(report.flows, t("frames.flows_title", lang, year=f.year), lang),
            key="frames_flows",
        )
    else:
        st.caption(t("frames.no_flows", lang, year=f.year))
    if len(report.reconciliation):
        st.subheader(t("frames.reconcile_heading", lang))
        widgets.table(
            display.reconciliation_display(report.reconciliation, lang),
        )
        st.caption(t("frames.reconcile_note", lang, version=report.budget_version or "–"))
    st.subheader(t("frames.changes_heading", lang, year=f.year))
    widgets.table(display.changes_display(report.year_changes, lang))


def _waterfall(
    steps: list[frames.Step], year: int, revised: bool, title: str, key: str, lang: str
) -> None:
    """Last year's frame to this year's (or the original to the revised), step by step."""
    labels = display.step_labels(steps, year, revised, lang)
    figure = charts.waterfall_chart(
        [s.amount_ore for s in steps], [s.kind for s in steps], labels, title, lang
    )
    st.plotly_chart(figure, key=key)


def _template(report: FramesReport, f: shell.Filters, lang: str) -> None:
    with st.expander(t("frames.template_heading", lang), expanded=not report.has_frames):
        st.download_button(
            t("frames.download", lang, year=f.year),
            data=lambda: frames_data.frames_template(report),
            file_name=f"budgetramar_{f.year}.xlsx",
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            key="frames_download",
        )

        def load(path: Path, name: str) -> str:
            years = ", ".join(map(str, frames_data.import_frames(path, name)))
            return t("frames.imported", lang, file=name, years=years)

        upload_and_load(
            t("frames.upload", lang),
            t("frames.import", lang),
            "frames_upload",
            ["xlsx", "xlsm", "ods"],
            load,
            _SAVED,
            lang,
            action="frame",
        )


def _set_frame(f: shell.Filters, lang: str) -> None:
    committees = followup_data.committees(f.year)
    with st.expander(t("frames.set_heading", lang, year=f.year)):
        with st.form("frame_decision", enter_to_submit=True):
            c1, c2, c3 = st.columns(3)
            committee = c1.selectbox(t("col.committee", lang), committees, key="frame_committee")
            version = widgets.coded(
                c2,
                t("col.version_label", lang),
                frames.VERSIONS,
                lang,
                family="frames.version",
                key="frame_version",
            )
            amount = c3.text_input(t("col.frame", lang), key="frame_amount")
            c4, c5 = st.columns(2)
            decision = c4.text_input(
                t("col.decision", lang), placeholder="RF 2024-10-15 §100", key="frame_decision_ref"
            )
            decided = c5.date_input(t("frames.decided", lang), value=None, key="frame_decided")
            submitted = st.form_submit_button(t("frames.set_save", lang), type="primary")
        if submitted:
            ore, errors = display.validate_frame(amount, lang)
            for message in errors:
                st.error(message)
            if ore is not None:
                frames_data.set_frame(f.year, committee, version, ore, decision.strip(), decided)
                st.session_state[_SAVED] = [t("frames.set_saved", lang, committee=committee)]
                st.rerun()


def _add_change(report: FramesReport, f: shell.Filters, lang: str) -> None:
    committees = sorted(frames.frame_of(report.decisions, f.year, "revised").index)
    with st.expander(t("frames.add_heading", lang)):
        with st.form("frame_change", enter_to_submit=True):
            c1, c2, c3 = st.columns(3)
            committee = c1.selectbox(t("col.committee", lang), committees, key="change_committee")
            change_type = widgets.coded(
                c2,
                t("col.type", lang),
                frames.CHANGE_TYPES,
                lang,
                family="frames.type",
                key="change_type",
            )
            version = widgets.coded(
                c3,
                t("col.version_label", lang),
                frames.VERSIONS,
                lang,
                family="frames.version",
                key="change_version",
            )
            c4, c5 = st.columns(2)
            amount = c4.text_input(t("col.amount_tkr", lang), key="change_amount")
            counterpart = c5.selectbox(
                t("col.counterpart", lang), ["", *committees], key="change_counterpart"
            )
            text = st.text_input(t("col.text", lang), key="change_text")
            submitted = st.form_submit_button(t("frames.add_save", lang), type="primary")
        if submitted:
            ore, errors = display.validate_change(
                amount, text, change_type, committee, counterpart, lang
            )
            for message in errors:
                st.error(message)
            if ore is not None:
                frames_data.add_frame_change(
                    f.year, committee, version, change_type, ore, text.strip(), counterpart
                )
                st.session_state[_SAVED] = [t("frames.added", lang)]
                st.rerun()


if __name__ == "__main__":  # run by Streamlit's legacy pages/ discovery: see ui/app_main.py
    from ui.app_main import redirect

    redirect("frames")
