"""An import's report and log as users read them: totals per year and measure, the history,
and the meaning the importer gave each column.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pandas as pd

from analytics.common.formatting import (
    format_number,
)
from analytics.i18n import t


def totals_display(totals: list[Any], lang: str = "sv") -> pd.DataFrame:
    """An import's totals per year, measure and version, in kronor with öre."""
    return pd.DataFrame(
        {
            t("col.year", lang): [str(x.year) for x in totals],
            t("col.measure", lang): [t(f"role.{x.measure}", lang) for x in totals],
            t("col.version", lang): [x.version for x in totals],
            t("col.amount_kr", lang): [
                format_number(Decimal(x.amount_ore) / 100, 2) for x in totals
            ],
            t("col.rows", lang): [format_number(x.rows) for x in totals],
        }
    )


def history_display(history: pd.DataFrame, lang: str = "sv") -> pd.DataFrame:
    """The import log, newest first, as the import page shows it."""
    return pd.DataFrame(
        {
            t("col.when", lang): history["started_at"].dt.strftime("%Y-%m-%d %H:%M"),
            t("col.file", lang): history["file_name"],
            t("col.kind", lang): [
                " + ".join(t(f"kind.{k}", lang) for k in str(kind).split("+")) if kind else ""
                for kind in history["kind"].fillna("")
            ],
            t("col.result", lang): [t(f"result.{r}", lang) for r in history["result"]],
            t("col.rows", lang): history["rows_read"].fillna(0).astype(int),
            t("col.added", lang): history["rows_added"].fillna(0).astype(int),
            t("col.replaced", lang): history["rows_replaced"].fillna(0).astype(int),
            t("col.removed", lang): history["rows_removed"].fillna(0).astype(int),
            t("col.user", lang): history["user_name"],
        }
    )


def roles_display(columns: dict[str, str], lang: str = "sv") -> pd.DataFrame:
    """Each header text of a file with the meaning the importer gave it."""
    return pd.DataFrame(
        {
            t("report.column", lang): list(columns),
            t("import.meaning", lang): [
                t(f"role.{r}", lang) if r else t("import.unknown_column", lang)
                for r in columns.values()
            ],
        }
    )
