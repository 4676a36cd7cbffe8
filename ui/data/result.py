"""The region's result for the pages: income statement, balanskrav and its decisions."""

from __future__ import annotations

from decimal import Decimal

import pandas as pd
import streamlit as st

from analytics import access
from analytics.result import report as result_reports
from analytics.storage import balance as stored_balance
from ui import cache, shell


@st.cache_data(show_spinner=False, max_entries=64)
def _result_report(
    db: str,
    version_key: tuple[int, int],
    year: int,
    period: int,
    version: str | None,
    source: str,
) -> result_reports.ResultReport:
    del db, version_key
    return result_reports.result_report(shell.connection(), year, period, version, source)


def result_report(f: shell.Filters, source: str = "auto") -> result_reports.ResultReport | None:
    """The region's income statement and balanskravsutredning (None for a user limited to
    some nämnder, or with a nämnd chosen: the result is the whole region's)."""
    if f.committee or not access.sees_whole_region():
        return None
    return _result_report(*cache.key(), f.year, f.period, f.version, source)


def balance_decisions() -> pd.DataFrame:
    return stored_balance.decision_table(shell.connection())


def add_balance_decision(year: int, kind: str, kronor: Decimal, reference: str, text: str) -> None:
    with shell.writing() as con:
        stored_balance.add_decision(
            con,
            year=year,
            kind=kind,
            amount_kr=kronor,
            reference=reference,
            text=text,
            author=shell.current_user_name(),
        )
