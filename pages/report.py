"""Rapport: the månadsrapport, tertialrapport or delårsrapport for the chosen year, month and
scope, built from the same functions as every page; previewed page by page and downloaded as
PDF or Word."""

from __future__ import annotations

from datetime import date

import streamlit as st

from analytics.common.formatting import month_name
from analytics.i18n import t
from analytics.report.render import MIME
from analytics.report.signoff import KINDS, default_kind
from analytics.report.sources import ReportChoice
from ui import shell
from ui.data import report as report_data

_BUILT = "report_built"  # the last report built in this session (`report_data.Built`)


def render() -> None:
    f = shell.page_filters("page.report")
    if f is None:
        return
    lang = f.lang
    st.title(t("board.page_title", lang))
    scope = f.committee or t("app.whole_region", lang)
    month = month_name(f.period, lang)
    st.caption(f"{scope} · {t('board.period_text', lang, month=month, year=f.year)} · {f.version}")
    kind = st.segmented_control(
        t("board.kind", lang),
        list(KINDS),
        default=default_kind(f.period),
        format_func=lambda k: t(f"board.kind.{k}", lang),
        key=f"report_kind_{f.period}",
    )
    choice = ReportChoice(
        f.year, f.period, str(kind or "month"), f.committee, f.version, lang, date.today()
    )
    if st.button(t("board.build", lang), type="primary", icon=":material/description:"):
        with st.spinner(t("board.building", lang), show_time=True):
            try:
                st.session_state[_BUILT] = report_data.build(choice)
            except (OSError, RuntimeError, ValueError) as exc:  # said; the page stays usable
                st.error(t("board.failed", lang, reason=f"{type(exc).__name__}: {exc}"))
                return
    built = st.session_state.get(_BUILT)
    if isinstance(built, report_data.Built) and built.choice == choice:
        _result(built)


def _result(built: report_data.Built) -> None:
    choice, lang = built.choice, built.choice.lang
    name = f"{t(f'board.kind.{choice.kind}', lang).lower()}_{choice.year}_{choice.period:02d}"
    st.success(t("board.built", lang, pages=built.pages))
    left, right, _ = st.columns([1, 1, 3])
    left.download_button(
        t("board.download_pdf", lang),
        data=built.pdf,
        file_name=f"{name}.pdf",
        mime=MIME["pdf"],
        icon=":material/picture_as_pdf:",
        key="report_pdf",
    )
    right.download_button(
        t("board.download_docx", lang),
        data=lambda: report_data.docx(built.document, lang),
        file_name=f"{name}.docx",
        mime=MIME["docx"],
        icon=":material/article:",
        key="report_docx",
    )
    st.subheader(t("board.preview", lang))
    st.caption(t("board.preview_help", lang))
    columns = st.columns(3)
    for number, picture in enumerate(built.preview, start=1):
        columns[(number - 1) % 3].image(picture, caption=f"{t('board.page', lang)} {number}")


if __name__ == "__main__":  # run by Streamlit's legacy pages/ discovery: see ui/app_main.py
    from ui.app_main import redirect

    redirect("report")
