"""Cached follow-up for the pages: plan against outcome, the largest deviations, net cost growth."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics.followup import report as reports
from analytics.followup.compute import NetCostGrowth
from analytics.storage import comments, queries
from ui import cache, shell
from ui.cache import Scope


@st.cache_data(show_spinner=False, max_entries=256)
def _follow_up(
    db: str,
    version_key: tuple[int, int],
    year: int,
    period: int,
    version: str | None,
    level: str,
    scope: Scope,
    profile: str,
    org_mode: str,
) -> reports.FollowUp:
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
    if f.committee and not any(lvl == "committee" for lvl, _ in scope):
        scope = (("committee", f.committee), *scope)
    return _follow_up(
        *cache.key(), f.year, f.period, f.version, level or f.level, scope, profile, org_mode
    )


@st.cache_data(show_spinner=False, max_entries=64)
def _top(
    db: str,
    version_key: tuple[int, int],
    year: int,
    period: int,
    version: str,
    scope: Scope,
    profile: str,
    org_mode: str,
) -> pd.DataFrame:
    del db, version_key
    return reports.top_deviations(
        shell.connection(), year, period, version, dict(scope), profile, org_mode
    )


def top_deviations(
    f: shell.Filters, version: str, scope: Scope, profile: str, org_mode: str
) -> pd.DataFrame:
    return _top(*cache.key(), f.year, f.period, version, scope, profile, org_mode)


@st.cache_data(show_spinner=False, max_entries=64)
def _growth(
    db: str, version_key: tuple[int, int], year: int, period: int, scope: Scope, org_mode: str
) -> NetCostGrowth:
    del db, version_key
    return reports.net_cost_growth(shell.connection(), year, period, dict(scope), org_mode)


def net_cost_growth(
    f: shell.Filters, scope: Scope = (), org_mode: str = "current"
) -> NetCostGrowth:
    if f.committee:
        scope = (("committee", f.committee), *scope)
    return _growth(*cache.key(), f.year, f.period, scope, org_mode)


def committees(year: int) -> list[str]:
    return queries.committees(shell.connection(), year)


def latest_comments(f: shell.Filters, scope: str, level: str) -> pd.DataFrame:
    """The newest explanation per unit of this drill scope and level at the chosen month."""
    return comments.latest_comments(shell.connection(), f.year, f.period, scope, level)


def comment_history(year: int, scope: str, level: str, unit: str) -> pd.DataFrame:
    """Every explanation of one unit through the year, newest first."""
    return comments.comment_history(shell.connection(), year, scope, level, unit)


def add_comment(
    f: shell.Filters, scope: str, level: str, unit: str, explanation: str, action: str
) -> int:
    """Store an explanation of a unit's deviation at the chosen month, as the current user."""
    with shell.writing() as con:
        return comments.add_comment(
            con,
            year=f.year,
            period=f.period,
            scope=scope,
            level=level,
            unit=unit,
            explanation=explanation,
            action=action,
            author=shell.current_user_name(),
        )
