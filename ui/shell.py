"""What every page shares: the database connection, first-start demo load and sidebar filters.

The entrypoint (`app.py`) calls `ensure_data` and `sidebar` on every run before the page, so
the filters live in the sidebar of every page; pages read them with `filters()`.
"""

from __future__ import annotations

import errno
import os
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import duckdb
import streamlit as st

from analytics import access
from analytics.access import AccessDenied
from analytics.common.formatting import month_name
from analytics.i18n import LANGUAGES, t
from analytics.settings import (
    bool_setting,
    current_user,
    database_url,
    db_path,
    path_setting,
    text_setting,
)
from analytics.storage import StorageError, import_log, ledger_source, open_database, queries
from analytics.storage import dataset as stored_dataset
from analytics.storage.access import limit_to_committees
from analytics.storage.locking import alias_name, mark_serving, remove_stale_copies, writer_lock
from analytics.storage.shared import SharedDatabase, where
from ui import url_state

_FIRST_START_LOCK = threading.Lock()


@dataclass(frozen=True)
class Filters:
    """The shared selection every page works on."""

    lang: str
    year: int
    period: int
    version: str | None
    level: str
    committee: str | None  # None: the whole region


@st.cache_resource(show_spinner=False, max_entries=2)
def _database(alias: str) -> duckdb.DuckDBPyConnection:
    """One DuckDB connection per process and database file; each script run takes cursors.
    The process marks itself as a dashboard serving the file (see `storage.locking`)."""
    if replica():
        return open_database(alias, read_only=True)
    mark_serving(database_path())
    remove_stale_copies(database_path())  # what killed command-line imports left behind
    return open_database(alias, backup_as=database_path())


@st.cache_resource(show_spinner=False, max_entries=2)
def _shared(url: str) -> SharedDatabase:
    """The shared mode: this process's working copy of the PostgreSQL database (see
    `storage.shared`), made once per process and URL."""
    return SharedDatabase(url)


def shared() -> SharedDatabase | None:
    """The shared database when `BUDGET_DATABASE_URL` is set, else None (the DuckDB file)."""
    url = database_url()
    return _shared(url) if url else None


def database_name() -> str:
    """The database as people know it: the file's path, or the shared database's host and
    name (never its password)."""
    url = database_url()
    return where(url) if url else str(database_path())


def replica() -> bool:
    """This server shows a published copy read-only (`BUDGET_READ_ONLY=1`)."""
    return bool_setting("read_only")


def database_path() -> Path:
    return db_path()


def _replica_alias(path: Path, inode: int) -> Path:
    """For a replica on read-only storage: the per-inode name as a symbolic link in the temp
    folder (DuckDB opens it read-only; a newly published file gets a new name all the same)."""
    folder = Path(tempfile.gettempdir()) / "budget-replica"
    folder.mkdir(exist_ok=True, mode=0o700)
    alias = folder / f"{path.name}.{inode}.open"
    if not alias.is_symlink():
        with suppress(FileExistsError):
            alias.symlink_to(path.resolve())
    return alias


def _alias(path: Path) -> Path:
    """A name of the database file as it is now (its inode in the name).

    A command-line import replaces the file (see `storage.locking`); the next interaction sees
    a new inode and opens the new file under a new name, because DuckDB would hand back the
    old file for a path it has open. Earlier names are removed; sessions still reading the old
    file finish on it."""
    if not path.exists():
        open_database(path).close()
    for _ in range(5):
        inode = path.stat().st_ino
        alias = alias_name(path, inode)
        made = False
        try:
            os.link(path, alias)
            made = True
        except FileExistsError:
            pass
        except OSError:  # read-only storage (a replica's): a symbolic name in a writable place
            if not replica():
                raise
            return _replica_alias(path, inode)
        if alias.stat().st_ino == inode:
            if made:  # a new file: earlier names are stale (looked for once, not every run)
                for stale in path.parent.glob(f".{path.name}.*.open"):
                    if stale != alias and not Path(f"{stale}.wal").exists():
                        stale.unlink(missing_ok=True)
            return alias
        alias.unlink(missing_ok=True)  # replaced between stat and link: try again
    raise StorageError(t("storage.not_a_database", path=path, detail="filen byts hela tiden"))


def connection() -> duckdb.DuckDBPyConnection:
    """A cursor on the current database file, safe to use from this script run's thread; for a
    user limited to some nämnder it sees only their rows (`storage.access`)."""
    common = shared()
    if common is not None:
        cursor = common.con.cursor()
    else:
        cursor = _database(str(_alias(database_path()))).cursor()
    actor = access.current()
    if actor is not None and actor.committees is not None:
        limit_to_committees(cursor, actor.committees)
    return cursor


@contextmanager
def writing() -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor for one change: under the database's writer lock (waiting a few seconds for a
    command-line import to finish), checkpointed afterwards so that the file is complete when
    the lock is released. Refusals (role, nämnd, lock, disk) are shown in words."""
    common = shared()
    if common is not None:
        with _shown_refusals(database_path()), common.writing() as cursor:
            yield cursor
        return
    actor = access.current()
    path = database_path()
    if replica():
        st.error(t("app.replica_read_only", language()))
        st.stop()
    with (
        _shown_refusals(path),
        writer_lock(path, WRITE_WAIT_S, f"{actor.name if actor else '?'} i webbappen"),
    ):
        cursor = _database(str(_alias(path))).cursor()
        yield cursor
        cursor.execute("CHECKPOINT")


@contextmanager
def _shown_refusals(path: Path) -> Iterator[None]:
    """Refusals of a change (role, nämnd, lock, disk, the shared database) shown in words."""
    try:
        yield
    except (AccessDenied, StorageError) as exc:
        st.error(str(exc))
        st.stop()
    except (duckdb.IOException, OSError) as exc:  # a full disk, read-only storage: in words
        st.error(write_failure(exc, path))
        st.stop()


WRITE_WAIT_S = 5.0


def write_failure(exc: BaseException, path: Path) -> str:
    """What a failed write means, naming the database (never a temporary file): a full disk,
    read-only storage, or another fault with its first line; nothing was saved."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    lowered = text.lower()
    if "no space left" in lowered or getattr(exc, "errno", None) == errno.ENOSPC:
        return t("storage.disk_full", path=path.name, detail=text)
    if "read-only" in lowered or getattr(exc, "errno", None) in (errno.EROFS, errno.EACCES):
        return t("storage.read_only", path=path.name, detail=text)
    return t("storage.write_failed", path=path.name, detail=text)


def visibility_key() -> str:
    """Part of every cache key: users limited to some nämnder never share cached results
    with users who see more (or other) nämnder."""
    actor = access.current()
    if actor is None or actor.committees is None:
        return "*"
    return "|".join(sorted(actor.committees))


def current_user_name() -> str:
    """The acting user's name (see `ui.identity`)."""
    actor = access.current()
    return actor.name if actor else current_user()


def language() -> str:
    return str(st.session_state.get("lang", text_setting("language")))


def ensure_data() -> None:
    """At the start of every script run: in the shared mode, bring this server's copy up to
    date with what other servers changed (once per run, so the whole run reads one state); on
    the very first start, fill an empty database with the demo, showing progress."""
    try:
        common = shared()
        if common is not None:
            common.refresh()
        con = connection()
    except StorageError as exc:
        st.error(str(exc))
        st.stop()
    if import_log.data_state(con).fact_rows or not bool_setting("demo_on_first_start") or replica():
        return
    lang = language()
    with _FIRST_START_LOCK:
        if import_log.data_state(con).fact_rows:
            return
        from analytics.demo import build_demo

        bar = st.progress(0.0, text=t("app.demo_loading", lang))
        with writing() as target, access.acting_as(access.SYSTEM):
            build_demo(
                target,
                path_setting("demo_dir"),
                lambda f, m: bar.progress(min(f, 1.0), text=f"{t('app.demo_loading', lang)} {m}"),
            )
        bar.empty()
    st.cache_data.clear()
    st.toast(t("app.demo_done", lang))


def _keep_valid(key: str, options: Sequence[object], default: object) -> None:
    """Reset a filter whose remembered value is no longer among its options."""
    if st.session_state.get(key) not in options:
        st.session_state[key] = default


FILTER_KEYS = tuple(key for _, key, _ in url_state.FILTERS)  # the sidebar's widgets, one list


def sidebar() -> Filters | None:
    """Language and the shared filters: year, follow-up month, budget version, level, nämnd;
    None while the database holds no year at all."""
    con = connection()
    for key in FILTER_KEYS:  # a label in the other language is a new widget: keep the value
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]
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
            return None
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
        levels = list(ledger_source.LEVELS)
        level = st.selectbox(
            t("app.level", lang), levels, format_func=lambda v: t(f"level.{v}", lang), key="f_level"
        )
        # "" is the whole region: a None option would be drawn as an empty, clearable box
        committees = ["", *queries.committees(con, year)]
        user = access.current()
        limited = user is not None and user.limited
        everything = "app.all_visible" if limited else "app.whole_region"
        _keep_valid("f_committee", committees, "")
        committee = st.selectbox(
            t("app.committee", lang),
            committees,
            format_func=lambda c: c or t(everything, lang),
            key="f_committee",
        )
        _freshness(con, lang)
    return Filters(lang, year, int(period), version, level, committee or None)


def _freshness(con: duckdb.DuckDBPyConnection, lang: str) -> None:
    st.divider()
    last = import_log.last_successful_import(con)
    if last:
        when, file_name = last
        st.caption(t("app.freshness", lang, when=when.strftime("%Y-%m-%d %H:%M"), file=file_name))
    st.caption(t("app.db_path", lang, path=database_name()))
    if stored_dataset.holds_demo(con):
        st.caption(t("app.demo_note", lang))


_NOT_DRAWN = "app.py must call shell.sidebar() before the page runs"


def filters() -> Filters | None:
    """The filters the entrypoint drew in this run; None while there is no data to filter."""
    if "_filters" not in st.session_state:
        raise RuntimeError(_NOT_DRAWN)
    value = st.session_state["_filters"]
    return value if isinstance(value, Filters) else None


def page_filters(title_key: str, needs_version: bool = False) -> Filters | None:
    """The filters of a page that shows data: without any data (or, with `needs_version`,
    without a budget version for the year), the page's title and the message that there is
    nothing yet to show, and None (the page then returns)."""
    f = filters()
    if f is None or (needs_version and f.version is None):
        f = None
        st.title(t(title_key, language()))
        st.info(t("app.no_data", language()))
    return f
