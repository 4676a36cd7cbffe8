"""Forecasts for the pages: the cached forecast report and the entries controllers type."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pandas as pd
import streamlit as st

from analytics.forecast import report as forecast_reports
from analytics.storage import forecasts as stored
from analytics.storage import ledger_source
from ui import cache, shell


@st.cache_data(show_spinner=False, max_entries=64)
def _forecast_report(
    db: str,
    version_key: tuple[int, int],
    year: int,
    period: int,
    level: str,
    committee: str | None,
    source: str,
) -> forecast_reports.ForecastReport:
    del db, version_key
    return forecast_reports.forecast_report(
        shell.connection(), year, period, level, committee, central_source=source
    )


def forecast_report(f: shell.Filters, source: str) -> forecast_reports.ForecastReport:
    """Forecasts for the filters; an entered forecast shows on the next run."""
    level = f.level if f.level in ledger_source.ORG_LEVELS else "committee"
    return _forecast_report(*cache.key(), f.year, f.period, level, f.committee, source)


def year_end(f: shell.Filters) -> forecast_reports.ForecastReport:
    """The scope's year-end figure as the Prognos page computes it (nämnd level, taxes and
    grants chosen automatically): what the Översikt tile shows."""
    return _forecast_report(*cache.key(), f.year, f.period, "committee", f.committee, "auto")


def add_forecast_entry(
    year: int, period: int, committee: str, kronor: Decimal, comment: str
) -> None:
    with shell.writing() as con:
        stored.add_forecast_entry(
            con,
            year=year,
            period=period,
            committee=committee,
            amount_kr=kronor,
            comment=comment,
            author=shell.current_user_name(),
        )


def forecast_entries(year: int) -> pd.DataFrame:
    return stored.forecast_entry_history(shell.connection(), year)


def add_tax_forecast(year: int, tax_kr: Decimal, grants_kr: Decimal, source: str) -> None:
    with shell.writing() as con:
        stored.add_tax_forecast(
            con,
            year=year,
            skatteintakter_kr=tax_kr,
            statsbidrag_kr=grants_kr,
            source=source,
            author=shell.current_user_name(),
        )


def tax_forecasts(year: int) -> pd.DataFrame:
    return stored.tax_forecast_history(shell.connection(), year)


def import_tax_forecasts(path: Path, name: str) -> list[int]:
    with shell.writing() as con:
        return forecast_reports.import_tax_forecasts(con, path, shell.current_user_name(), name)
