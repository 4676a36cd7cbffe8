"""Åtgärder: the cost-reduction programme – target, planned and realised savings, the gap,
a burn-up chart, measures at risk – per nämnd and for the region."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from analytics.common.formatting import month_name
from analytics.i18n import t
from analytics.savings import charts, display
from analytics.savings import compute as savings
from ui import shell, widgets
from ui.data import followup as followup_data
from ui.data import savings as savings_data
from ui.uploads import upload_and_load

if TYPE_CHECKING:  # types only: the page reads through ui.data
    from pathlib import Path

    from analytics.savings.report import SavingsReport

_SAVED = "savings_saved"


def render() -> None:
    f = shell.page_filters("page.savings")
    if f is None:
        return
    lang = f.lang
    st.title(t("savings.title", lang, year=f.year))
    scope = f.committee or t("frames.region", lang)
    st.caption(t("savings.caption", lang, scope=scope, month=month_name(f.period, lang)))
    for message in st.session_state.pop(_SAVED, []):
        st.success(message)
    report = savings_data.savings_report(f)
    if not report.has_programme:
        st.info(t("savings.none", lang, year=f.year))
    else:
        _overview(report, scope, lang)
    _set_target(f, lang)
    _add_measure(f, lang)
    if len(report.measures):
        _report_realised(report, f, lang)
    _template(report, lang)


def _overview(report: SavingsReport, scope: str, lang: str) -> None:
    p = report.programme
    tiles = display.tiles(p, lang)
    widgets.tile_row(tiles, 3)
    left, right = st.columns([3, 2])
    with left:
        st.plotly_chart(
            charts.burn_up_chart(
                report.burn_up,
                p.target_ore,
                p.planned_ore,
                p.decided_ore,
                t("savings.burnup_title", lang, scope=scope),
                lang,
            ),
            key="savings_burnup",
        )
    with right:
        st.markdown(f"**{t('savings.per_committee', lang)}**")
        widgets.table(display.per_committee_display(report.per_committee, lang))
    st.subheader(t("savings.at_risk", lang))
    st.caption(t("savings.at_risk_note", lang))
    if len(report.at_risk):
        widgets.table(display.measures_display(report.at_risk, lang))
    else:
        st.caption(t("savings.no_risk", lang))
    st.subheader(t("savings.measures", lang, year=report.year))
    widgets.table(display.measures_display(report.measures, lang))


def _set_target(f: shell.Filters, lang: str) -> None:
    scopes = ["", *followup_data.committees(f.year)]
    with st.expander(t("savings.target_heading", lang, year=f.year)):
        with st.form("saving_target", enter_to_submit=True):
            c1, c2 = st.columns(2)
            committee = c1.selectbox(
                t("col.committee", lang),
                scopes,
                format_func=lambda c: c or t("app.whole_region", lang),
                key="target_committee",
            )
            amount = c2.text_input(t("col.target_tkr", lang), key="target_amount")
            submitted = st.form_submit_button(t("savings.target_save", lang))
        if submitted:
            ore, errors = display.validate_realised(amount, lang)
            for message in errors:
                st.error(message)
            if ore is not None:
                savings_data.set_saving_target(f.year, committee, ore)
                st.session_state[_SAVED] = [t("savings.target_saved", lang, year=f.year)]
                st.rerun()


def _add_measure(f: shell.Filters, lang: str) -> None:
    committees = followup_data.committees(f.year)
    with st.expander(t("savings.add_heading", lang)):
        with st.form("saving_measure", enter_to_submit=True):
            title = st.text_input(t("col.title", lang), key="measure_title")
            c1, c2, c3 = st.columns(3)
            committee = c1.selectbox(
                t("col.committee", lang),
                committees,
                index=committees.index(f.committee) if f.committee in committees else 0,
                key="measure_committee",
            )
            owner = c2.text_input(t("col.owner", lang), key="measure_owner")
            amount = c3.text_input(t("col.planned_tkr", lang), key="measure_amount")
            c4, c5, c6 = st.columns(3)
            status = widgets.coded(
                c4,
                t("col.status", lang),
                savings.STATUSES,
                lang,
                family="savings.status",
                key="measure_status",
            )
            risk = widgets.coded(
                c5,
                t("col.risk", lang),
                savings.RISKS,
                lang,
                family="savings.risk",
                key="measure_risk",
                index=1,
            )
            needs = c6.checkbox(t("col.needs_decision", lang), key="measure_needs")
            decision = st.text_input(t("col.decision", lang), key="measure_decision")
            submitted = st.form_submit_button(t("savings.add_save", lang), type="primary")
        if submitted:
            ore, errors = display.validate_measure(title, amount, lang)
            for message in errors:
                st.error(message)
            if ore is not None:
                code = savings_data.add_measure(
                    f.year,
                    title.strip(),
                    committee,
                    owner.strip(),
                    status,
                    needs,
                    decision.strip(),
                    risk,
                    ore,
                )
                st.session_state[_SAVED] = [t("savings.added", lang, code=code)]
                st.rerun()


def _report_realised(report: SavingsReport, f: shell.Filters, lang: str) -> None:
    codes = report.measures["code"].tolist()
    titles = dict(zip(report.measures["code"], report.measures["title"], strict=True))
    with st.expander(t("savings.realised_heading", lang)):
        with st.form("saving_realised", enter_to_submit=True):
            c1, c2, c3 = st.columns([3, 1, 1])
            code = c1.selectbox(
                t("col.title", lang),
                codes,
                format_func=lambda c: f"{c} {titles[c]}",
                key="realised_code",
            )
            period = c2.selectbox(
                t("entry.month", lang),
                list(range(1, 13)),
                index=f.period - 1,
                format_func=lambda p: month_name(p, lang),
            )
            amount = c3.text_input(t("col.realised_tkr", lang), key="realised_amount")
            submitted = st.form_submit_button(t("savings.realised_save", lang))
        if submitted:
            ore, errors = display.validate_realised(amount, lang)
            for message in errors:
                st.error(message)
            if ore is not None:
                savings_data.add_realised(code, f.year, int(period), ore)
                st.session_state[_SAVED] = [
                    t(
                        "savings.realised_saved",
                        lang,
                        code=code,
                        month=month_name(int(period), lang),
                    )
                ]
                st.rerun()


def _template(report: SavingsReport, lang: str) -> None:
    with st.expander(t("savings.template_heading", lang)):
        st.download_button(
            t("savings.download", lang),
            data=lambda: savings_data.savings_template(report),
            file_name="atgardsprogram.xlsx",
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            key="savings_download",
        )

        def load(path: Path, name: str) -> str:
            savings_data.import_savings(path, name)
            return t("savings.imported", lang, file=name)

        upload_and_load(
            t("savings.upload", lang),
            t("savings.import", lang),
            "savings_upload",
            ["xlsx", "xlsm", "ods"],
            load,
            _SAVED,
            lang,
            action="measure",
        )


if __name__ == "__main__":  # run by Streamlit's legacy pages/ discovery: see ui/app_main.py
    from ui.app_main import redirect

    redirect("savings")
