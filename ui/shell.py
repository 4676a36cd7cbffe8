"""What every page shares: the database connection, first-start demo load and sidebar filters.

The entrypoint (`app.py`) calls `ensure_data` and `sidebar` on every run before the page, so
the filters live in the sidebar of every page; pages read them with `filters()`.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import duckdb
import streamlit as st

from analytics.i18n import LANGUAGES, t
from analytics.presentation import month_name
from analytics.settings import current_user, db_path, setting
from analytics.storage import StorageError, open_database, queries

_FIRST_START_LOCK = threading.Lock()


@dataclass(frozen=True)
class Filters:
    """The shared selection every page works on."""

    lang: str
    year: int | None
    period: int
    version: str | None
    level: str
    committee: str | None  # None: the whole region


@st.cache_resource(show_spinner=False)
def _database(path: str) -> duckdb.DuckDBPyConnection:
    """One DuckDB connection per process and file; each script run takes its own cursor."""
    return open_database(path)


def database_path() -> Path:
    return db_path()


def connection() -> duckdb.DuckDBPyConnection:
    """A cursor on the shared connection, safe to use from this script run's thread."""
    return _database(str(database_path())).cursor()


def current_user_name() -> str:
    """The logged-in user's name when a login is configured, otherwise the local user."""
    try:
        if st.user.is_logged_in:
            return str(st.user.get("email") or st.user.get("name") or current_user())
    except Exception:  # noqa: BLE001 - st.user raises when no auth is configured
        pass
    return current_user()


def language() -> str:
    return str(st.session_state.get("lang", setting("language")))


def ensure_data() -> None:
    """On the very first start, fill an empty database with the demo, showing progress."""
    try:
        con = connection()
    except StorageError as exc:
        st.error(str(exc))
        st.stop()
    if queries.data_state(con).fact_rows or setting("demo_on_first_start") != "1":
        return
    lang = language()
    with _FIRST_START_LOCK:
        if queries.data_state(con).fact_rows:
            return
        from analytics.demo import build_demo

        bar = st.progress(0.0, text=t("app.demo_loading", lang))
        build_demo(
            con,
            Path(setting("demo_dir")),
            lambda f, m: bar.progress(min(f, 1.0), text=f"{t('app.demo_loading', lang)} {m}"),
        )
        bar.empty()
    st.cache_data.clear()
    st.toast(t("app.demo_done", lang))


def _keep_valid(key: str, options: list, default) -> None:
    """Reset a filter whose remembered value is no longer among its options."""
    if st.session_state.get(key) not in options:
        st.session_state[key] = default


def sidebar() -> Filters:
    """Language and the shared filters: year, follow-up month, budget version, level, nämnd."""
    con = connection()
    with st.sidebar:
        lang = st.selectbox(
            t("app.language", language()),
            LANGUAGES,
            format_func=lambda code: {"sv": "Svenska", "en": "English"}[code],
            key="lang",
        )
        st.subheader(t("app.filters", lang))
        years = queries.years(con)
        if not years:
            st.caption(t("app.no_imports", lang))
            return Filters(lang, None, 12, None, "committee", None)
        _keep_valid("f_year", years, years[0])
        year = st.selectbox(t("app.year", lang), years, key="f_year")
        last = queries.last_outcome_period(con, year) or 12
        if st.session_state.get("f_year_seen") != year:
            st.session_state["f_period"] = last  # a new year starts at its latest month
            st.session_state["f_year_seen"] = year
        period = st.selectbox(
            t("app.period", lang),
            list(range(1, 13)),
            format_func=lambda p: month_name(p, lang),
            key="f_period",
        )
        versions = queries.budget_versions(con, year)
        _keep_valid("f_version", versions, versions[0] if versions else None)
        version = st.selectbox(t("app.version", lang), versions, key="f_version")
        levels = list(queries.LEVELS)
        level = st.selectbox(
            t("app.level", lang), levels, format_func=lambda v: t(f"level.{v}", lang), key="f_level"
        )
        # "" is the whole region: a None option would be drawn as an empty, clearable box
        committees = ["", *queries.committees(con, year)]
        _keep_valid("f_committee", committees, "")
        committee = st.selectbox(
            t("app.committee", lang),
            committees,
            format_func=lambda c: c or t("app.whole_region", lang),
            key="f_committee",
        )
        _freshness(con, lang)
    return Filters(lang, year, int(period), version, level, committee or None)


def _freshness(con: duckdb.DuckDBPyConnection, lang: str) -> None:
    st.divider()
    last = queries.last_successful_import(con)
    if last:
        when, file_name = last
        st.caption(t("app.freshness", lang, when=when.strftime("%Y-%m-%d %H:%M"), file=file_name))
    st.caption(t("app.db_path", lang, path=database_path()))


def filters() -> Filters:
    """The filters the entrypoint drew in this run."""
    value = st.session_state.get("_filters")
    if not isinstance(value, Filters):
        raise RuntimeError("app.py must call shell.sidebar() before the page runs")
    return value
