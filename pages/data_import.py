"""Import: upload, preview with recognised columns, mapping when needed, progress, report."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from analytics import presentation, reports
from analytics.i18n import t
from analytics.importer import (
    ImportResult,
    import_file,
    signature_of_row,
    suggest_profile,
)
from analytics.ingest.columns import IGNORED, ROLES, header_from_row
from analytics.ingest.options import KINDS, SIGNS, UNITS, ImportOptions
from analytics.ingest.readers import SUPPORTED_SUFFIXES
from analytics.storage import queries
from ui import shell
from ui.uploads import preview, stored_upload


def render() -> None:
    lang = shell.filters().lang
    con = shell.connection()
    st.title(t("import.title", lang))
    st.caption(t("import.intro", lang))

    upload = st.file_uploader(
        t("import.upload", lang),
        type=sorted(s.lstrip(".") for s in SUPPORTED_SUFFIXES),
        key="import_file",
    )
    options = _options_form(con, lang)
    if upload is not None:
        path = stored_upload(upload.name, upload.getvalue())
        mapping = _preview_and_mapping(con, path, upload.name, options, lang)
        if mapping is not None:
            options.mapping = mapping
        if st.button(t("import.button", lang), type="primary", key="import_button"):
            bar = st.progress(0.0, text=t("import.progress", lang))
            with shell.writing() as target:
                result = import_file(
                    target,
                    path,
                    options,
                    display_name=upload.name,
                    progress=lambda f, m: bar.progress(f, text=f"{t('import.progress', lang)} {m}"),
                )
            bar.empty()
            st.session_state["import_result"] = result
            if result.ok and not result.dry_run:
                st.cache_data.clear()
                st.rerun()  # the sidebar's years and versions must show the new data at once
    result = st.session_state.get("import_result")
    if isinstance(result, ImportResult):
        _show_result(result, lang)
    st.subheader(t("import.history", lang))
    history = queries.import_history(con, limit=50)
    if len(history):
        st.dataframe(
            presentation.history_display(history, lang), hide_index=True, key="import_history"
        )


def _options_form(con, lang: str) -> ImportOptions:
    with st.expander(t("import.options", lang), expanded=False):
        c1, c2, c3 = st.columns(3)
        kind = c1.selectbox(
            t("import.kind", lang),
            KINDS,
            format_func=lambda k: t(f"kind.{k}", lang),
            key="opt_kind",
        )
        sign = c2.selectbox(
            t("import.sign", lang),
            SIGNS,
            format_func=lambda s: t(f"sign.{s}", lang),
            key="opt_sign",
        )
        unit = c3.selectbox(
            t("import.unit", lang),
            [None, *UNITS],
            format_func=lambda u: t("unit.auto", lang) if u is None else u,
            key="opt_unit",
        )
        c4, c5, c6 = st.columns(3)
        year = c4.number_input(
            t("import.year", lang),
            min_value=1990,
            max_value=2100,
            value=None,
            step=1,
            key="opt_year",
        )
        version = c5.text_input(t("import.version", lang), key="opt_version").strip() or None
        profiles = queries.profile_names(con)
        profile = c6.selectbox(
            t("import.profile", lang),
            [None, *profiles],
            format_func=lambda p: t("import.no_profile", lang) if p is None else p,
            key="opt_profile",
        )
        dry_run = st.checkbox(t("import.dry_run", lang), key="opt_dry_run")
    return ImportOptions(
        sign=sign,
        unit=unit,
        year=int(year) if year else None,
        version=version,
        profile=profile,
        kind=kind,
        dry_run=dry_run,
        user=shell.current_user_name(),
    )


def _preview_and_mapping(
    con, path: Path, name: str, options: ImportOptions, lang: str
) -> dict[str, str] | None:
    """Show what was recognised; offer a manual mapping when a sheet was not recognised."""
    if options.profile is None:  # the same preview as below without a profile: cached
        suggested = suggest_profile(con, preview(path, name, None, options.kind))
        if suggested:
            st.info(t("import.profile_applied", lang, name=suggested))
            options.profile = suggested
    stored = queries.load_profile(con, options.profile) if options.profile else None
    shown = preview(path, name, stored[0] if stored else None, options.kind)
    st.subheader(t("import.preview", lang))
    for problem in shown.problems:
        st.error(problem.render(lang))
    unrecognised = []
    for sheet in shown.sheets:
        if sheet.header_row is None or sheet.kind is None:
            st.warning(t("import.not_recognised", lang, sheet=sheet.sheet))
            unrecognised.append(sheet.sheet)
            continue
        st.markdown(
            "**"
            + t(
                "import.recognised",
                lang,
                sheet=sheet.sheet,
                kind=t(f"kind.{sheet.kind}", lang),
                row=sheet.header_row,
            )
            + "**"
        )
        st.dataframe(
            presentation.roles_display(sheet.columns, lang),
            hide_index=True,
            key=f"roles_{sheet.sheet}",
        )
        st.dataframe(sheet.first_rows, hide_index=True, key=f"first_{sheet.sheet}")
    manual = st.toggle(t("import.mapping", lang), value=bool(unrecognised), key="manual_mapping")
    if not manual or not shown.raw:
        return None
    sheet_name = unrecognised[0] if unrecognised else next(iter(shown.raw))
    cells = shown.raw[sheet_name]
    st.caption(t("import.mapping_help", lang))
    st.dataframe(cells.head(15), key="mapping_raw")
    header_row = st.number_input(
        t("import.header_row", lang),
        min_value=1,
        max_value=len(cells),
        value=1,
        key="map_header_row",
    )
    guess = header_from_row(cells, int(header_row) - 1)
    suggested = queries.profiles_for_signature(con, signature_of_row(cells, int(header_row) - 1))
    if suggested:
        st.info(t("import.suggested_profile", lang, name=suggested[0]))
    choices = ["", *ROLES, IGNORED]
    mapping: dict[str, str] = {}
    columns = st.columns(min(4, max(1, len(guess.headers))))
    for i, (col, header) in enumerate(sorted(guess.headers.items())):
        default = guess.roles.get(col, "")
        role = columns[i % len(columns)].selectbox(
            header,
            choices,
            index=choices.index(default) if default in choices else 0,
            format_func=lambda r: "—" if r == "" else t(f"role.{r}", lang),
            key=f"map_{col}",
        )
        if role:
            mapping[header] = role
    name_input = st.text_input(t("import.profile_name", lang), key="map_profile_name").strip()
    if name_input:
        options.profile = name_input
    return mapping


def _show_result(result: ImportResult, lang: str) -> None:
    if result.ok:
        st.success(t("import.dry_success" if result.dry_run else "import.success", lang))
    else:
        st.error(t("import.failed", lang))
    st.subheader(t("import.summary", lang))
    st.text(result.summary_lines(lang)[0])
    if result.totals:
        st.markdown(f"**{t('import.totals', lang)}**")
        st.dataframe(
            presentation.totals_display(result.totals, lang), hide_index=True, key="import_totals"
        )
    if result.problems:
        st.markdown(f"**{t('import.report', lang)}**")
        st.dataframe(
            reports.problems_frame(result.problems, lang), hide_index=True, key="import_problems"
        )
        st.download_button(
            t("import.download_report", lang),
            reports.problems_workbook(result.problems, lang),
            file_name=f"valideringsrapport_{Path(result.file).stem}.xlsx",
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            key="import_report_download",
        )


if __name__ == "__main__":  # run by Streamlit's legacy pages/ discovery: see ui/app_main.py
    from ui.app_main import redirect

    redirect("data_import")
