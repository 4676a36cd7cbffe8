"""Import: upload, preview with recognised columns, mapping when needed, a check that shows the
reconciliation and the planned changes per nämnd before the user confirms, progress, report."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

import streamlit as st
from streamlit.runtime.uploaded_file_manager import UploadedFile

from analytics import access
from analytics.common import formatting
from analytics.common.formatting import tkr
from analytics.common.tables import swedish_numbers
from analytics.i18n import t
from analytics.imports import display as import_display
from analytics.imports.preview import FilePreview
from analytics.imports.result import ImportResult
from analytics.ingest.columns import IGNORED, ROLES, header_from_row
from analytics.ingest.options import (
    KINDS,
    REPLACE_SCOPES,
    SIGNS,
    UNITS,
    ImportOptions,
    parse_row_list,
)
from analytics.ingest.readers import SUPPORTED_SUFFIXES
from ui import shell, widgets
from ui.data import imports as imports_data
from ui.import_result import accounted_rows, report_download, show_result
from ui.uploads import preview, stored_upload

if TYPE_CHECKING:  # types only: the page reads through ui.data
    import pandas as pd


def render() -> None:
    lang = shell.language()
    st.title(t("import.title", lang))
    st.caption(t("import.intro", lang))
    reason = access.refusal("import")
    if reason is not None:  # no uploader: nobody else can make the server read a file
        st.info(reason)
        return

    types = sorted(s.lstrip(".") for s in SUPPORTED_SUFFIXES)
    upload = st.file_uploader(
        t("import.upload", lang),
        type=types,
        key="import_file",
        help=widgets.upload_note(types, lang),
    )
    _start_clean(upload.file_id if upload is not None else None)
    options = _options_form(lang)
    if upload is not None:
        path = stored_upload(upload.name, upload.getvalue())
        shown, mapping = _preview_and_mapping(path, upload.name, options, lang)
        if not shown.unreadable:  # refused in words above; a full read would only repeat it
            _check_and_import(path, upload, options, mapping, lang)
    kept = st.session_state.get("import_result")
    if isinstance(kept, tuple) and upload is not None and kept[0] == upload.file_id:
        show_result(kept[1], lang)
    st.subheader(t("import.history", lang))
    history = imports_data.history(limit=50)
    if len(history):
        widgets.table(
            swedish_numbers(import_display.history_display(history, lang)),
            key="import_history",
        )


def _options_form(lang: str) -> ImportOptions:
    with st.expander(t("import.options", lang), expanded=False):
        kind, sign, unit = _what_file(lang)
        year, version, profile = _which_budget(lang)
        period, replace, skip_text = _what_it_replaces(lang)
    try:
        skip_rows = parse_row_list(skip_text)
    except ValueError as exc:
        st.error(f"{t('import.skip_rows', lang)}: {exc}")
        skip_rows = frozenset()
    return ImportOptions(
        sign=sign,
        unit=unit,
        year=year,
        version=version,
        profile=profile,
        kind=kind,
        period=period,
        skip_rows=skip_rows,
        replace=replace,
        user=shell.current_user_name(),
    )


def _what_file(lang: str) -> tuple[str, str, str | None]:
    """The file's kind, its sign convention and its amount unit (recognised when not given)."""
    c1, c2, c3 = st.columns(3)
    kind = widgets.coded(c1, t("import.kind", lang), KINDS, lang, family="kind", key="opt_kind")
    sign = widgets.coded(c2, t("import.sign", lang), SIGNS, lang, family="sign", key="opt_sign")
    unit = c3.selectbox(
        t("import.unit", lang),
        [None, *UNITS],
        format_func=lambda u: t("unit.auto", lang) if u is None else u,
        key="opt_unit",
    )
    return kind, sign, unit


def _which_budget(lang: str) -> tuple[int | None, str | None, str | None]:
    """The year, the budget version and the mapping profile for what the file does not say."""
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
    profiles = imports_data.profile_names()
    profile = c6.selectbox(
        t("import.profile", lang),
        [None, *profiles],
        format_func=lambda p: t("import.no_profile", lang) if p is None else p,
        key="opt_profile",
    )
    return int(year) if year else None, version, profile


def _what_it_replaces(lang: str) -> tuple[int | None, str, str]:
    """The period of a file without one, what it replaces, and the rows to skip (as typed)."""
    c7, c8, c9 = st.columns(3)
    period = c7.selectbox(
        t("import.period", lang),
        [None, *range(1, 13)],
        format_func=lambda p: (
            t("import.period_none", lang) if p is None else formatting.month_name(p, lang)
        ),
        key="opt_period",
        help=t("import.period_help", lang),
    )
    replace = widgets.coded(
        c8,
        t("import.replace", lang),
        REPLACE_SCOPES,
        lang,
        family="import.replace",
        key="opt_replace",
        radio=True,
    )
    skip_text = c9.text_input(
        t("import.skip_rows", lang), key="opt_skip_rows", help=t("import.skip_rows_help", lang)
    )
    return period, replace, skip_text


# Widgets and results that belong to one uploaded file: a new upload starts without them.
_PER_UPLOAD = (
    "manual_mapping",
    "map_header_row",
    "map_profile_name",
    "import_result",
    "import_check",
    "confirm_removals",
    "opt_skip_rows",
)


def _start_clean(upload_id: str | None) -> None:
    """Forget the previous file's roles, header row, messages and check on a new upload."""
    if st.session_state.get("import_upload_id") == upload_id:
        return
    st.session_state["import_upload_id"] = upload_id
    for key in list(st.session_state):
        if key in _PER_UPLOAD or (isinstance(key, str) and key.startswith("map_")):
            del st.session_state[key]


CHECK_AUTOMATICALLY_BYTES = 20 << 20  # larger files are checked on request (a full read)


def _check(path: Path, name: str, options: ImportOptions, lang: str) -> ImportResult | None:
    """The dry run of the file with these options: the reconciliation, the skipped rows and
    what would be added, replaced and removed per nämnd, before anything is written. Kept per
    file and options, so a rerun does not read the file again."""
    key = (str(path), repr(dataclasses.replace(options, user="")))
    kept = st.session_state.get("import_check")
    if isinstance(kept, tuple) and kept[0] == key:
        result: ImportResult = kept[1]
    elif path.stat().st_size <= CHECK_AUTOMATICALLY_BYTES or st.button(
        t("import.check_button", lang), key="import_check_button"
    ):
        with st.spinner(t("import.checking", lang)):
            result = imports_data.check(path, options, name)
        st.session_state["import_check"] = (key, result)
    else:
        st.caption(t("import.check_large", lang))
        return None
    st.subheader(t("import.check", lang))
    if not result.ok:
        st.error(t("import.check_failed", lang))
        widgets.table(
            import_display.problems_frame(result.problems, lang),
            key="check_problems",
        )
        report_download(result, lang, "check_report_download")
        return result
    accounted_rows(result, lang, "check")
    plan = import_display.plan_frame(result.plan, lang)
    if len(plan):
        st.markdown(f"**{t(f'plan.scope.{options.replace}', lang)}**")
        widgets.table(plan, key="check_plan")
    for merged in result.merged:
        st.info(import_display.merged_line(merged, lang))
    for warning in result.warnings:
        st.warning(warning.render(lang))
    return result


def _confirm_removals(check: ImportResult | None, lang: str) -> bool:
    """Whether the import may start: not when the check refused the file, and an import that
    removes rows of the ledger needs the user's explicit yes."""
    if check is not None and not check.ok:
        return False
    if check is None or check.plan is None:
        return True
    removed = check.plan.total("removed")
    if not removed:
        return True
    st.warning(
        t(
            "import.removes",
            lang,
            n=import_display.format_count(removed),
            amount=tkr(check.plan.total("removed_ore")),
        )
    )
    return st.checkbox(t("import.confirm_removals", lang), key="confirm_removals")


def _check_and_import(
    path: Path,
    upload: UploadedFile,
    options: ImportOptions,
    mapping: dict[str, str] | None,
    lang: str,
) -> None:
    """The check before import, the removals to confirm, and the import itself."""
    if mapping is not None:
        options.mapping = mapping
    check = _check(path, upload.name, options, lang)
    confirmed = _confirm_removals(check, lang)
    if st.button(
        t("import.button", lang), type="primary", key="import_button", disabled=not confirmed
    ):
        bar = st.progress(0.0, text=t("import.progress", lang))
        result = imports_data.run_import(
            path,
            options,
            upload.name,
            lambda f, m: bar.progress(f, text=f"{t('import.progress', lang)} {m}"),
            lang,
        )
        bar.empty()
        st.session_state["import_result"] = (upload.file_id, result)
        st.session_state.pop("import_check", None)  # planned against the data before it
        if result.ok and not result.dry_run:
            st.cache_data.clear()
            st.rerun()  # the sidebar's years and versions must show the new data at once


def _preview_and_mapping(
    path: Path, name: str, options: ImportOptions, lang: str
) -> tuple[FilePreview, dict[str, str] | None]:
    """Show what was recognised; offer a manual mapping when a sheet was not recognised.
    Returns the preview shown and the mapping chosen (None: as recognised)."""
    if options.profile is None:  # the same preview as below without a profile: cached
        suggested = imports_data.suggested_profile(preview(path, name, None, options.kind))
        if suggested:
            st.info(t("import.profile_applied", lang, name=suggested))
            options.profile = suggested
    shown = preview(path, name, imports_data.profile_mapping(options.profile), options.kind)
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
        widgets.table(
            import_display.roles_display(sheet.columns, lang),
            key=f"roles_{sheet.sheet}",
        )
        widgets.table(sheet.first_rows, key=f"first_{sheet.sheet}")
    manual = st.toggle(t("import.mapping", lang), value=bool(unrecognised), key="manual_mapping")
    if not manual or not shown.raw:
        return shown, None
    sheet_name = unrecognised[0] if unrecognised else next(iter(shown.raw))
    return shown, _manual_mapping(shown.raw[sheet_name], options, lang)


def _manual_mapping(cells: pd.DataFrame, options: ImportOptions, lang: str) -> dict[str, str]:
    """The user's role for each header of the row they say is the header (saved under a
    profile name when they give one)."""
    st.caption(t("import.mapping_help", lang))
    widgets.table(cells.head(15), pin=0, hide_index=False, key="mapping_raw")
    header_row = st.number_input(
        t("import.header_row", lang),
        min_value=1,
        max_value=len(cells),
        value=1,
        key="map_header_row",
    )
    guess = header_from_row(cells, int(header_row) - 1)
    fitting = imports_data.profiles_for_row(cells, int(header_row) - 1)
    if fitting:
        st.info(t("import.suggested_profile", lang, name=fitting[0]))
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


if __name__ == "__main__":  # run by Streamlit's legacy pages/ discovery: see ui/app_main.py
    from ui.app_main import redirect

    redirect("data_import")
