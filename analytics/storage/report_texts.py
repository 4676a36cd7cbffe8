"""The board report's analysis texts, their sign-off and the deadlines, in the database.

Every version of a text and every change of status is a row of its own (nothing is
overwritten); the newest row is what counts. Each write asks its permission through `audited`
and lands in the audit log: writing and marking ready need a controller of the nämnd,
approving and reopening an approver. An approved nämnd's texts are locked: a write refuses in
words, whatever page or command tries it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import duckdb
import pandas as pd

from analytics.common.formatting import format_number
from analytics.i18n import t
from analytics.report import signoff
from analytics.report.signoff import SignOffRefused
from analytics.storage.access import audited
from analytics.storage.database import insert_with_new_id


def _committee(arguments: dict[str, Any]) -> str | None:
    """The nämnd a write concerns for the permission check; None for the region's own texts
    (which only a user who sees the whole region may change)."""
    return str(arguments.get("committee") or "") or None


def texts(con: duckdb.DuckDBPyConnection, year: int, period: int) -> pd.DataFrame:
    """The newest text of each nämnd and section for a period: committee, section, text,
    author, created_at (a limited user's cursor holds their nämnder only)."""
    return con.execute(
        """SELECT committee, section, text, author, created_at FROM report_text
           WHERE year = ? AND period = ?
           QUALIFY row_number() OVER (PARTITION BY committee, section ORDER BY id DESC) = 1
           ORDER BY committee, section""",
        [year, period],
    ).df()


def statuses(con: duckdb.DuckDBPyConnection, year: int, period: int) -> pd.DataFrame:
    """The newest status of each nämnd's texts for a period: committee, status, changed_by,
    changed_at, note (a nämnd with no row has none: missing, or draft once it has text)."""
    return con.execute(
        """SELECT committee, status, changed_by, changed_at, note FROM report_signoff
           WHERE year = ? AND period = ?
           QUALIFY row_number() OVER (PARTITION BY committee ORDER BY id DESC) = 1
           ORDER BY committee""",
        [year, period],
    ).df()


def status_of(con: duckdb.DuckDBPyConnection, year: int, period: int, committee: str) -> str:
    """missing, draft, ready or approved."""
    row = con.execute(
        """SELECT status FROM report_signoff WHERE year = ? AND period = ? AND committee = ?
           ORDER BY id DESC LIMIT 1""",
        [year, period, committee],
    ).fetchall()
    if row:
        return str(row[0][0])
    has_text = con.execute(
        "SELECT count(*) FROM report_text WHERE year = ? AND period = ? AND committee = ?",
        [year, period, committee],
    ).fetchall()[0][0]
    return "draft" if has_text else "missing"


def status_history(
    con: duckdb.DuckDBPyConnection, year: int, period: int, committee: str
) -> pd.DataFrame:
    """Every change of status of a nämnd's texts for a period, newest first."""
    return con.execute(
        """SELECT status, changed_by, changed_at, note FROM report_signoff
           WHERE year = ? AND period = ? AND committee = ? ORDER BY id DESC""",
        [year, period, committee],
    ).df()


@audited("report_text", _committee)
def save_text(
    con: duckdb.DuckDBPyConnection,
    *,
    year: int,
    period: int,
    committee: str,
    section: str,
    text: str,
    author: str,
) -> int:
    """Store a new version of a text; refused once the nämnd's texts are approved."""
    if section not in signoff.sections(committee):
        raise SignOffRefused(t("board.unknown_section", section=section))
    if len(text) > signoff.MAX_TEXT_CHARS:
        limit = format_number(signoff.MAX_TEXT_CHARS)
        section_name = t(f"board.section.{section}")
        raise SignOffRefused(t("board.too_long", section=section_name, limit=limit))
    if status_of(con, year, period, committee) == "approved":
        raise SignOffRefused(t("board.locked", who=_named(committee), period=period, year=year))
    row = {
        "year": year,
        "period": period,
        "committee": committee,
        "section": section,
        "text": text,
        "author": author,
    }
    return insert_with_new_id(con, "report_text_id_seq", "report_text", row)


def _named(committee: str) -> str:
    return committee or t("app.whole_region")


def _move(
    con: duckdb.DuckDBPyConnection,
    year: int,
    period: int,
    committee: str,
    target: str,
    author: str,
    note: str,
) -> None:
    current = status_of(con, year, period, committee)
    has_text = current != "missing"
    reason = signoff.transition_refusal(current, target, has_text)
    if reason is not None:
        raise SignOffRefused(f"{_named(committee)}: {reason}")
    row = {
        "year": year,
        "period": period,
        "committee": committee,
        "status": target,
        "changed_by": author,
        "note": note,
    }
    insert_with_new_id(con, "report_signoff_id_seq", "report_signoff", row)


@audited("submit", _committee)
def submit(
    con: duckdb.DuckDBPyConnection, *, year: int, period: int, committee: str, author: str
) -> None:
    """utkast → klar för granskning (a controller of the nämnd)."""
    _move(con, year, period, committee, "ready", author, "")


@audited("submit", _committee)
def withdraw(
    con: duckdb.DuckDBPyConnection, *, year: int, period: int, committee: str, author: str
) -> None:
    """klar för granskning → utkast: the controller takes the texts back to change them."""
    _move(con, year, period, committee, "draft", author, "")


@audited("approve", _committee)
def approve(
    con: duckdb.DuckDBPyConnection, *, year: int, period: int, committee: str, author: str
) -> None:
    """klar för granskning → godkänd (an approver): the texts are locked from now on."""
    _move(con, year, period, committee, "approved", author, "")


@audited("approve", _committee)
def reopen(
    con: duckdb.DuckDBPyConnection,
    *,
    year: int,
    period: int,
    committee: str,
    author: str,
    note: str,
) -> None:
    """godkänd → utkast (an approver, with a reason): the texts may be changed again."""
    if not note.strip():
        raise SignOffRefused(t("board.reopen_needs_reason"))
    if status_of(con, year, period, committee) != "approved":
        raise SignOffRefused(f"{_named(committee)}: {t('board.not_approved')}")
    _move(con, year, period, committee, "draft", author, note.strip())


def deadlines(con: duckdb.DuckDBPyConnection, year: int) -> dict[int, date]:
    """The deadlines entered for a year's periods (the others follow the setting)."""
    rows = con.execute("SELECT period, due FROM report_deadline WHERE year = ?", [year]).fetchall()
    return {int(period): due for period, due in rows}


@audited("deadline")
def set_deadline(
    con: duckdb.DuckDBPyConnection, *, year: int, period: int, due: date, author: str
) -> None:
    """The day a period's texts are due (replaces the one entered before)."""
    con.execute(
        """INSERT INTO report_deadline (year, period, due, set_by, set_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (year, period) DO UPDATE SET due = excluded.due,
             set_by = excluded.set_by, set_at = excluded.set_at""",
        [year, period, due, author, datetime.now()],
    )


def year_statuses(con: duckdb.DuckDBPyConnection, year: int) -> pd.DataFrame:
    """period, committee, status for every period of a year with a sign-off or a text: the
    newest sign-off, else draft where a text is written (missing ones have no row)."""
    return con.execute(
        """WITH signed AS (
               SELECT period, committee, status FROM report_signoff WHERE year = ?
               QUALIFY row_number() OVER (PARTITION BY period, committee ORDER BY id DESC) = 1
           ), written AS (
               SELECT DISTINCT period, committee, 'draft' AS status FROM report_text
               WHERE year = ?
           )
           SELECT period, committee, status FROM signed
           UNION ALL
           SELECT w.period, w.committee, w.status FROM written w
           ANTI JOIN signed s ON s.period = w.period AND s.committee = w.committee
           ORDER BY period, committee""",
        [year, year],
    ).df()
