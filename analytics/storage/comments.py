"""Comments on deviations: an explanation and a planned action, with author, time and history.

A comment belongs to a year, a follow-up month and a unit at a level within a drill scope
(for example kostnadsslag "Inhyrd personal" within "Område Kirurgi"). Saving again adds a new
version; nothing is overwritten, so the history stays visible.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from analytics.storage.access import audited, committee_of_scope
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
    row = {"year": year, "period": period, "scope": scope, "level": level, "unit": unit,
           "explanation": explanation, "action": action, "author": author}  # fmt: skip
    return insert_with_new_id(con, "comment_id_seq", "deviation_comment", row)


def latest_comments(
    con: duckdb.DuckDBPyConnection, year: int, period: int, scope: str, level: str
) -> pd.DataFrame:
    """The newest comment per unit at a level and scope: unit, explanation, action, author, time."""
    return con.execute(
        """SELECT unit, explanation, action, author, created_at
           FROM deviation_comment
           WHERE year = ? AND period = ? AND scope = ? AND level = ?
           QUALIFY row_number() OVER (PARTITION BY unit ORDER BY id DESC) = 1
           ORDER BY unit""",
        [year, period, scope, level],
    ).df()


def comment_history(
    con: duckdb.DuckDBPyConnection, year: int, scope: str, level: str, unit: str
) -> pd.DataFrame:
    """Every version of the comments on one unit through the year, newest first."""
    return con.execute(
        """SELECT period, explanation, action, author, created_at
           FROM deviation_comment
           WHERE year = ? AND scope = ? AND level = ? AND unit = ?
           ORDER BY id DESC""",
        [year, scope, level, unit],
    ).df()
