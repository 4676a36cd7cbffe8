"""Cached calls into the core. The cache key includes the last import's id, so an import is
visible on the next interaction, and every filter value, so one user's selection is never
served to another's different selection."""

from __future__ import annotations

import streamlit as st

from analytics import reports
from analytics.followup import NetCostGrowth
from analytics.storage import queries
from ui import shell

Scope = tuple[tuple[str, str], ...]


def data_version() -> int:
    """Changes whenever an import commits."""
    return queries.data_state(shell.connection()).last_import_id


def _key() -> tuple[str, int]:
    return str(shell.database_path()), data_version()


@st.cache_data(show_spinner=False, max_entries=256)
def _follow_up(
    db: str, version_key: int, year: int, period: int, version: str | None, level: str,
    scope: Scope, profile: str, org_mode: str,
) -> reports.FollowUp:  # fmt: skip
    del db, version_key  # part of the cache key only
    return reports.follow_up(
        shell.connection(),
        year,
        period,
        version,
        level,
        filters=dict(scope),
        profile=profile,
        org_mode=org_mode,
    )


def follow_up(
    f: shell.Filters,
    level: str | None = None,
    scope: Scope = (),
    profile: str = "prior_year",
    org_mode: str = "current",
) -> reports.FollowUp:
    """Plan against outcome for the current filters (and a drill scope)."""
    assert f.year is not None
    if f.committee and not any(lvl == "committee" for lvl, _ in scope):
        scope = (("committee", f.committee), *scope)
    return _follow_up(
        *_key(), f.year, f.period, f.version, level or f.level, scope, profile, org_mode
    )


@st.cache_data(show_spinner=False, max_entries=64)
def _top(
    db: str,
    version_key: int,
    year: int,
    period: int,
    version: str,
    scope: Scope,
    profile: str,
    org_mode: str,
):
    del db, version_key
    return reports.top_deviations(
        shell.connection(), year, period, version, dict(scope), profile, org_mode
    )


def top_deviations(f: shell.Filters, version: str, scope: Scope, profile: str, org_mode: str):
    assert f.year is not None
    return _top(*_key(), f.year, f.period, version, scope, profile, org_mode)


@st.cache_data(show_spinner=False, max_entries=64)
def _growth(
    db: str, version_key: int, year: int, period: int, scope: Scope, org_mode: str
) -> NetCostGrowth:
    del db, version_key
    return reports.net_cost_growth(shell.connection(), year, period, dict(scope), org_mode)


def net_cost_growth(
    f: shell.Filters, scope: Scope = (), org_mode: str = "current"
) -> NetCostGrowth:
    assert f.year is not None
    if f.committee:
        scope = (("committee", f.committee), *scope)
    return _growth(*_key(), f.year, f.period, scope, org_mode)


@st.cache_data(show_spinner=False, max_entries=64)
def _forecast(
    db: str, version_key: int, year: int, period: int, committee: str | None
) -> tuple[int, int] | None:
    del db, version_key
    scope = {"committee": committee} if committee else None
    return queries.latest_forecast(shell.connection(), year, period, scope)


def latest_forecast(f: shell.Filters) -> tuple[int, int] | None:
    assert f.year is not None
    return _forecast(*_key(), f.year, f.period, f.committee)
