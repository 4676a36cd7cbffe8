"""What an import did, drawn on the Import page: success or refusal, the summary, the
reconciliation and skipped rows, the totals, the problems and the report workbook."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from analytics.i18n import t
from analytics.imports import display as import_display
from analytics.imports.result import ImportResult
from ui import widgets


def show_result(result: ImportResult, lang: str) -> None:
    if result.ok:
        st.success(t("import.dry_success" if result.dry_run else "import.success", lang))
    else:
        st.error(t("import.failed", lang))
    st.subheader(t("import.summary", lang))
    st.text(result.summary_lines(lang)[0])
    accounted_rows(result, lang, "import")
    if result.totals:
        st.markdown(f"**{t('import.totals', lang)}**")
        widgets.table(import_display.totals_display(result.totals, lang), key="import_totals")
    if result.problems:
        st.markdown(f"**{t('import.report', lang)}**")
        widgets.table(
            import_display.problems_frame(result.problems, lang),
            key="import_problems",
        )
    report_download(result, lang, "import_report_download")


def accounted_rows(result: ImportResult, lang: str, key: str) -> None:
    """The reconciliation (file = stored + skipped) and every skipped row, as the report has them."""
    if result.reconciliation:
        widgets.table(
            import_display.reconciliation_frame(result.reconciliation, lang),
            key=f"{key}_reconciliation",
        )
    if result.skipped:
        st.markdown(f"**{t('import.skipped', lang, n=len(result.skipped))}**")
        widgets.table(
            import_display.skipped_frame(result.skipped, lang),
            key=f"{key}_skipped",
        )


def report_download(result: ImportResult, lang: str, key: str) -> None:
    st.download_button(
        t("import.download_report", lang),
        import_display.report_workbook(result, lang),
        file_name=f"importrapport_{Path(result.file).stem}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key=key,
    )
