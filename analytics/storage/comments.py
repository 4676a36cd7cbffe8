"""Comments on deviations: an explanation and a planned action, with author, time and history.

A comment belongs to a year, a follow-up month and a unit at a level within a drill scope
(for example kostnadsslag "Inhyrd personal" within "Område Kirurgi"). Saving again adds a new
version; nothing is overwritten, so the history stays visible.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from analytics.access import current
from analytics.storage.access import audited, committee_of_scope, scope_committees
from analytics.storage.database import insert_with_new_id


@audited("comment", committee_of_scope)
def add_comment(
    con: duckdb.DuckDBPyConnection,
    *,
    year: int,
    period: int,
    scope: str,
    level: str,
    unit: str,
    explanation: str,
    action: str,
    author: str,
) -> int:
    """Store a new version of the comment on a deviation; returns its id."""
    row = {
        "year": year,
        "period": period,
        "scope": scope,
        "level": level,
        "unit": unit,
        "explanation": explanation,
        "action": action,
        "author": author,
    }
    return insert_with_new_id(con, "comment_id_seq", "deviation_comment", row)


def _visible(
    con: duckdb.DuckDBPyConnection, frame: pd.DataFrame, year: int, scope: str, level: str
) -> pd.DataFrame:
    """Only the comments on the acting user's nämnder (all of them for an unlimited user)."""
    actor = current()
    if actor is None or actor.committees is None or frame.empty:
        return frame
    allowed = actor.committees
    keep = [scope_committees(con, year, scope, level, str(u)) <= allowed for u in frame["unit"]]
    return frame[keep].reset_index(drop=True)


def latest_comments(
    con: duckdb.DuckDBPyConnection, year: int, period: int, scope: str, level: str
) -> pd.DataFrame:
    """The newest comment per unit at a level and scope: unit, explanation, action, author, time
    (for a user limited to some nämnder, only those on their nämnder)."""
    return _visible(
        con,
        con.execute(
            """SELECT unit, explanation, action, author, created_at
           FROM deviation_comment
           WHERE year = ? AND period = ? AND scope = ? AND level = ?
           QUALIFY row_number() OVER (PARTITION BY unit ORDER BY id DESC) = 1
           ORDER BY unit""",
            [year, period, scope, level],
        ).df(),
        year,
        scope,
        level,
    )


def comment_history(
    con: duckdb.DuckDBPyConnection, year: int, scope: str, level: str, unit: str
) -> pd.DataFrame:
    """Every version of the comments on one unit through the year, newest first (none for a
    limited user when the unit or its scope is another nämnd's)."""
    actor = current()
    if (
        actor is not None
        and actor.committees is not None
        and not (scope_committees(con, year, scope, level, unit) <= actor.committees)
    ):
        return con.execute(
            "SELECT period, explanation, action, author, created_at FROM deviation_comment "
            "WHERE false"
        ).df()
    return con.execute(
        """SELECT period, explanation, action, author, created_at
           FROM deviation_comment
           WHERE year = ? AND scope = ? AND level = ? AND unit = ?
           ORDER BY id DESC""",
        [year, scope, level, unit],
    ).df()


def period_comments(con: duckdb.DuckDBPyConnection, year: int, period: int) -> pd.DataFrame:
    """The newest comment on every unit commented in a month, at any level and scope: scope,
    level, unit, explanation, action, author (for a limited user, only those on their
    nämnder). The report's appendix lists them; the texts page offers a nämnd's to its
    controller."""
    frame = con.execute(
        """SELECT scope, level, unit, explanation, action, author, created_at
           FROM deviation_comment WHERE year = ? AND period = ?
           QUALIFY row_number() OVER (PARTITION BY scope, level, unit ORDER BY id DESC) = 1
           ORDER BY scope, level, unit""",
        [year, period],
    ).df()
    committees = [
        sorted(scope_committees(con, year, s, lv, u))
        for s, lv, u in zip(frame["scope"], frame["level"], frame["unit"], strict=True)
    ]
    frame = frame.assign(committees=committees)
    actor = current()
    if actor is None or actor.committees is None or frame.empty:
        return frame
    allowed = actor.committees
    return frame[[set(c) <= allowed for c in committees]].reset_index(drop=True)
