"""Cached calls into the core. The cache key includes the last import's id, so an import is
visible on the next interaction, and every filter value, so one user's selection is never
served to another's different selection."""

from __future__ import annotations

import streamlit as st

from analytics import reports
from analytics.storage import queries
from ui import shell


def data_version() -> int:
    """Changes whenever an import commits."""
    return queries.data_state(shell.connection()).last_import_id


@st.cache_data(show_spinner=False, max_entries=128)
def _follow_up(
    db: str,
    version_key: int,
    year: int,
    period: int,
    version: str | None,
    level: str,
    committee: str | None,
) -> reports.FollowUp:
    del db, version_key  # part of the cache key only
    return reports.follow_up(shell.connection(), year, period, version, level, committee)


def follow_up(f: shell.Filters) -> reports.FollowUp:
    """Plan against outcome for the current filters."""
    assert f.year is not None
    return _follow_up(
        str(shell.database_path()),
        data_version(),
        f.year,
        f.period,
        f.version,
        f.level,
        f.committee,
    )
