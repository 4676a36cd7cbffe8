"""Analystexter: the controllers write each nämnd's texts for the report, mark them ready,
and an approver approves them (locking them) or reopens them; the follow-up tab shows which
nämnder are missing, in draft, ready or approved against the period's deadline."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from analytics import access
from analytics.common.formatting import month_name
from analytics.i18n import t
from analytics.report import display, signoff
from analytics.report.signoff import SignOffRefused
from ui import shell, widgets
from ui.data import report as report_data

_FLASH = "texts_flash"  # a status change's confirmation, shown after the rerun that follows it


def render() -> None:
    f = shell.page_filters("page.report_texts")
    if f is None:
        return
    lang = f.lang
    st.title(t("board.texts_title", lang, month=month_name(f.period, lang), year=f.year))
    st.caption(t("board.texts_caption", lang))
    if _FLASH in st.session_state:
        st.success(st.session_state.pop(_FLASH))
    rows = report_data.status_table(f.year, f.period)
    write, follow = st.tabs([t("board.texts_write", lang), t("board.texts_follow_up", lang)])
    with write:
        _write(f, rows, lang)
    with follow:
        _follow_up(f, rows, lang)


def _key(f: shell.Filters, committee: str, section: str) -> str:
    return f"text_{f.year}_{f.period}_{committee}_{section}"


def _write(f: shell.Filters, rows: pd.DataFrame, lang: str) -> None:
    owners = [str(c) for c in rows["committee"]]
    if not owners:
        st.info(t("app.no_data", lang))
        return
    committee = str(
        st.selectbox(
            t("board.texts_committee", lang),
            owners,
            index=owners.index(f.committee) if f.committee in owners else 0,
            format_func=lambda c: c or t("app.whole_region", lang),
            key="texts_committee",
        )
    )
    row = rows[rows["committee"] == committee].iloc[0]
    st.markdown(display.status_line(row, lang))
    stored = report_data.texts(f.year, f.period)
    own = stored[stored["committee"] == committee]
    written = {str(s): str(x) for s, x in zip(own["section"], own["text"], strict=True)}
    status = str(row["status"])
    _comments(f, committee, written, lang)
    _form(f, committee, written, status, lang)
    _moves(f, committee, status, lang)
    with st.expander(t("board.texts_history", lang)):
        history = report_data.status_history(f.year, f.period, committee)
        widgets.table(display.history_display(history, lang), key="texts_history")


def _comments(f: shell.Filters, committee: str, written: dict[str, str], lang: str) -> None:
    """The period's explanations of deviations on this nämnd, and a button that puts them in
    the Ekonomi och prognos text (where the controller edits them into prose)."""
    found = report_data.committee_comments(f.year, f.period, committee)
    with st.expander(t("board.texts_comments", lang)):
        if found.empty:
            st.caption(t("board.texts_no_comments", lang))
            return
        lines = [f"{u}: {e}" for u, e in zip(found["unit"], found["explanation"], strict=True)]
        for line in lines:
            st.markdown(f"- {widgets.escaped(line)}")
        if "economy" not in signoff.sections(committee):
            return
        key = _key(f, committee, "economy")

        def insert() -> None:
            before = st.session_state.get(key, written.get("economy", ""))
            st.session_state[key] = "\n".join([before, *lines]).strip()

        st.button(t("board.texts_insert_comments", lang), on_click=insert, key="texts_insert")


def _form(
    f: shell.Filters, committee: str, written: dict[str, str], status: str, lang: str
) -> None:
    locked = status == "approved"
    may_write = access.may(access.current(), "report_text", committee or None)
    if locked:
        st.info(t("board.texts_locked", lang))
    typed: dict[str, str] = {}
    with st.form(f"texts_{f.year}_{f.period}_{committee}", enter_to_submit=False):
        for section in signoff.sections(committee):
            key = _key(f, committee, section)
            if key not in st.session_state:
                st.session_state[key] = written.get(section, "")
            typed[section] = st.text_area(
                t(f"board.section.{section}", lang),
                key=key,
                disabled=locked or not may_write,
                height=140,
                max_chars=signoff.MAX_TEXT_CHARS,
            )
        saved = st.form_submit_button(
            t("board.texts_save", lang), type="primary", disabled=locked or not may_write
        )
    if not saved:
        return
    changed = {s: v for s, v in typed.items() if v != written.get(s, "")}
    if not changed:
        st.info(t("board.texts_unchanged", lang))
        return
    try:
        report_data.save_texts(f.year, f.period, committee, changed)
    except SignOffRefused as exc:  # what was typed stays in the boxes
        st.error(str(exc))
        return
    st.session_state[_FLASH] = t("board.texts_saved", lang, sections=len(changed))
    st.rerun()


def _moves(f: shell.Filters, committee: str, status: str, lang: str) -> None:
    """A button for each step the acting user may take from the texts' status."""
    actor = access.current()
    steps = [
        target
        for target in signoff.next_steps(status)
        if access.may(actor, signoff.TRANSITIONS[(status, target)][0], committee or None)
    ]
    if not steps:
        return
    note = ""
    if status == "approved":
        note = st.text_input(t("board.texts_reopen_reason", lang), key="texts_reopen_reason")
    columns = st.columns(len(steps) + 2)
    for column, target in zip(columns, steps, strict=False):
        operation = signoff.TRANSITIONS[(status, target)][1]
        if column.button(t(f"board.op.{operation}", lang), key=f"texts_to_{target}"):
            try:
                report_data.move(f.year, f.period, committee, target, note)
            except SignOffRefused as exc:
                st.error(str(exc))
                return
            shown = t(f"board.status.{target}", lang)
            st.session_state[_FLASH] = t("board.texts_moved", lang, status=shown)
            st.rerun()


def _follow_up(f: shell.Filters, rows: pd.DataFrame, lang: str) -> None:
    due, default_day = report_data.deadline(f.year, f.period)
    source = "" if default_day is None else t("board.texts_deadline_default", lang, day=default_day)
    st.caption(t("board.texts_deadline_caption", lang, due=due.isoformat(), source=source))
    st.markdown(display.counts_text(rows, lang))
    widgets.table(display.follow_up_display(rows, due, date.today(), lang), key="texts_follow_up")
    st.subheader(t("board.year_heading", lang))
    owners = [str(c) for c in rows["committee"]]
    widgets.table(report_data.year_table(f.year, f.period, owners, lang), key="texts_year")
    st.caption(t("board.year_legend", lang))
    if not access.may(access.current(), "deadline"):
        return
    with st.form("texts_deadline", enter_to_submit=True):
        chosen = st.date_input(t("board.texts_deadline", lang), value=due, format="YYYY-MM-DD")
        if st.form_submit_button(t("board.texts_set_deadline", lang)) and isinstance(chosen, date):
            report_data.set_deadline(f.year, f.period, chosen)
            shown = t("board.texts_deadline_saved", lang, period=f.period, due=chosen.isoformat())
            st.session_state[_FLASH] = shown
            st.rerun()


if __name__ == "__main__":  # run by Streamlit's legacy pages/ discovery: see ui/app_main.py
    from ui.app_main import redirect

    redirect("report_texts")
