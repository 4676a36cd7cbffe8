"""Scenarier: what if tax revenue grows less, pension costs rise, or money moves between
nämnder? The result per plan year in seconds, without touching the budget data."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from analytics import access
from analytics.common.formatting import metric_mnkr, month_name
from analytics.i18n import t
from analytics.result import balance as balance
from analytics.result import display as result_display
from analytics.scenarios import changes, charts, display
from analytics.scenarios import workbook as scenario_workbook
from analytics.scenarios.compute import Baseline, Drivers, run, sensitivity
from ui import shell, widgets
from ui.data import forecast as forecast_data
from ui.data import scenarios as scenarios_data
from ui.uploads import upload_and_load

if TYPE_CHECKING:  # types only: the page reads through ui.data
    from pathlib import Path

    import pandas as pd
    from streamlit.delta_generator import DeltaGenerator

_SAVED = "scenario_saved"
_SELECT = "scenario_select"  # (id to show, ids whose edits to forget) after a save or copy
NEW = 0


def render() -> None:
    f = shell.page_filters("page.scenarios", needs_version=True)
    if f is None or f.version is None:  # the shell has said there is nothing to show
        return
    lang = f.lang
    if not access.sees_whole_region():  # a scenario is the region's result: never a part's
        st.title(t("page.scenarios", lang))
        st.info(t("scenario.region_only", lang))
        return
    head = st.empty()  # the title, once the scenario (and so its years) is known
    for message in st.session_state.pop(_SAVED, []):
        st.success(message)
    saved = scenarios_data.scenario_list()
    names = dict(zip(saved["id"], saved["name"], strict=True))
    _select_pending()
    chosen = st.selectbox(
        t("scenario.choose", lang),
        [NEW, *names],
        format_func=lambda i: names.get(i) or t("scenario.new", lang),
        key="scenario_id",
    )
    if chosen != NEW:
        meta, drivers = scenarios_data.load_scenario(int(chosen))
        year, version, notes = meta.base_year, meta.base_version, meta.notes
    else:
        drivers, year, version, notes = Drivers(), f.year, f.version, ""
    head.title(t("scenario.title", lang, year=year, last=year + 2))
    st.caption(t("scenario.caption", lang, version=version))
    baseline = scenarios_data.scenario_baseline(year, version)
    edited = _editors(drivers, baseline, chosen, lang)
    _results(f, baseline, edited, year, lang)
    _assumptions(baseline, year, version, lang)
    name = _save_form(names.get(chosen, ""), notes, year, version, edited, chosen, lang)
    c1, c2, c3 = st.columns(3)
    c1.download_button(
        t("scenario.export", lang),
        key="scenario_export",
        data=lambda: scenario_workbook.workbook(
            name or t("scenario.new", lang), baseline, edited, version, lang
        ),
        file_name="scenario.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    if chosen != NEW:
        _copy_and_delete(int(chosen), names[chosen], c2, c3, lang)
    _compare(saved, lang)


def _select_pending() -> None:
    """Show the scenario just saved or copied in the selector, and forget the edits made on
    the way (the editors' own state would otherwise add them again, or carry into the next new
    scenario). Runs before the selector is drawn: a drawn widget's value cannot be set."""
    picked = st.session_state.pop(_SELECT, None)
    if picked is None:
        return
    for key in (NEW, *picked):
        for prefix in ("drivers", "changes", "scenario_name", "scenario_notes"):
            st.session_state.pop(f"{prefix}_{key}", None)
    st.session_state["scenario_id"] = picked[0]


def _editors(drivers: Drivers, baseline: Baseline, chosen: int, lang: str) -> Drivers:
    """The drivers per plan year and the list of changes, as editable tables, with every row
    that cannot be counted named; the drivers they now say."""
    years = baseline.years
    column = st.column_config
    st.markdown(t("scenario.drivers_help", lang))
    table = st.data_editor(
        display.label_drivers(display.driver_frame(drivers, years), lang),
        key=f"drivers_{chosen}",
        width="stretch",
        column_config={t("scenario.applies", lang): column.TextColumn(disabled=True)},
    )
    st.markdown(t("scenario.changes_help", lang))
    edited_changes = st.data_editor(
        changes.change_frame(drivers, lang),
        num_rows="dynamic",
        key=f"changes_{chosen}",
        width="stretch",
        column_config={
            "kind": column.SelectboxColumn(
                t("scenario.kind", lang),
                options=list(changes.kind_labels(lang).values()),
                width="medium",
            ),
            "who": column.SelectboxColumn(
                t("scenario.who", lang),
                options=[*sorted(baseline.committees), *sorted(baseline.cost_types)],
            ),
            "to": column.SelectboxColumn(
                t("scenario.to", lang), options=sorted(baseline.committees)
            ),
            "year": column.NumberColumn(
                t("scenario.from_year", lang),
                min_value=years[0],
                max_value=years[-1],
                step=1,
                default=years[0],
                format="%d",
            ),
            "amount": column.NumberColumn(t("scenario.amount", lang)),
        },
    )
    check = changes.checked(edited_changes, baseline, lang)
    for problem in check.problems:
        st.warning(problem)
    codes = display.driver_frame(drivers, years).index
    edited = display.drivers_from_frames(table.set_axis(codes, axis=0), check.changes, years)
    if note := display.rate_note(edited, years, lang):
        st.caption(note)
    return edited


def _results(f: shell.Filters, baseline: Baseline, edited: Drivers, year: int, lang: str) -> None:
    """The result per plan year with and without the scenario: tiles, the chart, the
    sensitivity of the first year, the balanskrav, the nämnder's net cost and the deficits
    left after the plan."""
    base, result = run(baseline, Drivers()), run(baseline, edited)
    years = baseline.years
    widgets.tile_row(display.result_tiles(base, result, lang))
    if year == f.year and f.committee is None:  # the budget year's forecast, as on Prognos
        year_end = forecast_data.year_end(f)
        if year_end.whole_region and year_end.year_end_ore is not None:
            key = "scenario.outcome_note" if year_end.closed else "scenario.forecast_note"
            month, amount = month_name(f.period, lang), metric_mnkr(year_end.year_end_ore)
            st.caption(t(key, lang, year=year, month=month, amount=amount))
    title = t("scenario.chart_title", lang)
    st.plotly_chart(charts.scenario_chart(base, result, title, lang), key="scenario_chart")
    steps = display.standard_steps(edited, years[0], lang)
    moved = sensitivity(baseline, edited, steps, years[0])
    title = t("scenario.tornado_title", lang, year=years[0])
    st.plotly_chart(charts.tornado_chart(moved, title, lang), key="scenario_tornado")
    breaking = display.breaking_years(result)
    if breaking:
        st.warning(t("scenario.breaks_rule", lang, years=", ".join(map(str, breaking))))
    results = display.results_display(base, result, lang)
    widgets.table(results, height="content")
    last = result[-1]
    if deficits := balance.listed(last.deficits, last.year):
        st.markdown(f"**{t('scenario.deficits_after', lang, year=last.year)}**")
        shown = result_display.deficits_display(deficits, last.year, lang)
        widgets.table(shown)
    st.caption(t("scenario.rules", lang))
    st.subheader(t("scenario.frames", lang))
    st.caption(t("scenario.frames_caption", lang))
    frames = display.frames_display(base, result, lang)
    widgets.table(frames, height="content")


def _save_form(
    name: str, notes: str, year: int, version: str, edited: Drivers, chosen: int, lang: str
) -> str:
    """Save the scenario under a name (a taken name keeps what was typed); the name typed."""
    with st.form("scenario_save", enter_to_submit=True):
        c1, c2 = st.columns([1, 2])
        name = c1.text_input(t("scenario.name", lang), value=name, key=f"scenario_name_{chosen}")
        note = c2.text_input(t("scenario.notes", lang), value=notes, key=f"scenario_notes_{chosen}")
        save = st.form_submit_button(t("scenario.save", lang), type="primary")
    if not save:
        return name
    if not name.strip():
        st.error(t("scenario.name_required", lang))
        return name
    existing = None if chosen == NEW else int(chosen)
    try:
        saved = scenarios_data.save_scenario(
            name.strip(), note.strip(), year, version, edited, existing
        )
    except scenarios_data.NameTaken as taken:  # the typed name and notes stay in the form
        st.error(t("scenario.name_taken", lang, name=taken.name, author=taken.author))
    else:
        st.session_state[_SAVED] = [t("scenario.saved", lang, name=name.strip())]
        st.session_state[_SELECT] = (saved, chosen)
        st.rerun()
    return name


def _copy_and_delete(
    chosen: int, name: str, copy: DeltaGenerator, delete: DeltaGenerator, lang: str
) -> None:
    """Duplicate the saved scenario, or delete it after a second click."""
    if copy.button(t("scenario.duplicate", lang), key="scenario_duplicate"):
        copy_id = scenarios_data.duplicate_scenario(chosen, t("scenario.copy_of", lang, name=name))
        st.session_state[_SAVED] = [t("scenario.duplicated", lang, name=name)]
        st.session_state[_SELECT] = (copy_id, chosen)
        st.rerun()
    with delete.popover(t("scenario.delete", lang)):  # a second click confirms
        st.markdown(t("scenario.delete_confirm", lang, name=name))
        if st.button(t("scenario.delete_yes", lang), key="scenario_delete", type="primary"):
            scenarios_data.delete_scenario(chosen)
            st.session_state[_SAVED] = [t("scenario.deleted", lang, name=name)]
            st.session_state.pop("scenario_id", None)
            st.rerun()


_ASSUMPTIONS_SAVED = "scenario_assumptions_saved"


def _assumptions(baseline: Baseline, year: int, version: str, lang: str) -> None:
    """The plan's assumptions per year with their sources; a controller may change the plan
    years' values (saved with a source, newest counts)."""
    st.subheader(t("scenario.assumptions", lang))
    for message in st.session_state.pop(_ASSUMPTIONS_SAVED, []):
        st.success(message)
    widgets.table(
        display.assumptions_display(baseline, lang),
        height="content",
    )
    if not access.may(access.current(), "scenario"):
        return
    with st.expander(t("scenario.assumptions_edit", lang)):
        st.caption(t("scenario.assumptions_help", lang))
        st.download_button(
            t("scenario.assumptions_download", lang),
            key="assumptions_download",
            data=lambda: scenarios_data.assumptions_template(baseline, version),
            file_name=f"planantaganden_{year}-{year + 2}.xlsx",
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )

        def load(path: Path, name: str) -> str:
            return t(
                "scenario.assumptions_loaded",
                lang,
                file=name,
                count=scenarios_data.import_assumptions(path, name),
            )

        upload_and_load(
            t("scenario.assumptions_upload", lang),
            t("scenario.assumptions_import", lang),
            "assumptions_upload",
            ["xlsx", "xlsm", "ods", "csv"],
            load,
            _ASSUMPTIONS_SAVED,
            lang,
            action="scenario",
        )
        _edit_assumptions(baseline, year, version, lang)


def _edit_assumptions(baseline: Baseline, year: int, version: str, lang: str) -> None:
    """The plan years' values as an editable table, saved with a source (a bad value names
    its cell; nothing is saved then)."""
    with st.form(f"assumptions_{year}_{version}", enter_to_submit=True):
        edited = st.data_editor(
            display.assumptions_editor_frame(baseline, lang),
            key=f"assumptions_editor_{year}_{version}",
            width="stretch",
        )
        source = st.text_input(t("scenario.assumptions_source", lang), key="assumptions_source")
        save = st.form_submit_button(t("scenario.assumptions_save", lang), type="primary")
    if not save:
        return
    try:
        changed = display.changed_assumptions(baseline, edited)
    except ValueError as error:
        name, cell_year, value = error.args
        key = "scenario.assumptions_invalid" if value else "scenario.assumptions_empty"
        st.error(
            t(
                key,
                lang,
                value=value,
                year=cell_year,
                name=t(f"scenario.assumption.{name}", lang),
            )
        )
        return
    if not changed:
        st.info(t("scenario.assumptions_unchanged", lang))
    elif not source.strip():
        st.error(t("scenario.assumptions_source_required", lang))
    else:
        count = scenarios_data.save_plan_assumptions(year, version, changed, source.strip())
        st.session_state[_ASSUMPTIONS_SAVED] = [
            t("scenario.assumptions_saved", lang, count=count, version=version)
        ]
        st.rerun()


def _compare(saved: pd.DataFrame, lang: str) -> None:
    st.subheader(t("scenario.compare", lang))
    names = dict(zip(saved["id"], saved["name"], strict=True))
    picked = st.multiselect(
        t("scenario.compare_pick", lang),
        list(names),
        max_selections=4,
        format_func=lambda i: names[i],
        key="scenario_compare",
        placeholder=t("scenario.compare_placeholder", lang),
    )
    if not picked:
        return
    runs = scenarios_data.compare_scenarios([int(i) for i in picked])
    widgets.table(display.compare_display(runs, lang))


if __name__ == "__main__":  # run by Streamlit's legacy pages/ discovery: see ui/app_main.py
    from ui.app_main import redirect

    redirect("scenarios")
