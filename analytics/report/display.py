"""The analysis texts' sign-off as the Analystexter page shows it: one line per nämnd with its
status, who moved it last and when, its deadline and whether it is late."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analytics.common.formatting import month_name
from analytics.i18n import t
from analytics.report import signoff


def when_text(value: object) -> str:
    """A sign-off's or text's time as `2026-09-10 14:03` (– when there is none)."""
    return (
        "–"
        if value is None or pd.isna(value)
        else pd.Timestamp(str(value)).strftime("%Y-%m-%d %H:%M")
    )


def status_rows(committees: list[str], statuses: pd.DataFrame, texts: pd.DataFrame) -> pd.DataFrame:
    """committee, status, by, when for each nämnd key (the region is ''): the newest sign-off
    row, else a draft by the newest text's author, else missing."""
    rows = []
    for committee in committees:
        mine = statuses[statuses["committee"] == committee]
        own = texts[texts["committee"] == committee].sort_values("created_at")
        if len(mine):
            row = mine.iloc[0]
            rows.append((committee, str(row["status"]), str(row["changed_by"]), row["changed_at"]))
        elif len(own):
            newest = own.iloc[-1]
            rows.append((committee, "draft", str(newest["author"]), newest["created_at"]))
        else:
            rows.append((committee, "missing", "", None))
    return pd.DataFrame(rows, columns=["committee", "status", "by", "when"])


def follow_up_display(rows: pd.DataFrame, due: date, today: date, lang: str = "sv") -> pd.DataFrame:
    """The follow-up table: nämnd, status, by, when, deadline and on time or late."""
    return pd.DataFrame(
        {
            t("board.texts_committee", lang): [
                c or t("app.whole_region", lang) for c in rows["committee"]
            ],
            t("col.texts_status", lang): [t(f"board.status.{s}", lang) for s in rows["status"]],
            t("col.texts_by", lang): [b or "–" for b in rows["by"]],
            t("col.texts_when", lang): [when_text(w) for w in rows["when"]],
            t("col.texts_due", lang): [due.isoformat()] * len(rows),
            t("col.texts_late", lang): [
                t("board.late" if signoff.is_late(s, due, today) else "board.on_time", lang)
                for s in rows["status"]
            ],
        }
    )


def counts_text(rows: pd.DataFrame, lang: str = "sv") -> str:
    counted = rows["status"].value_counts().to_dict()
    return t("board.counts", lang, **{s: int(counted.get(s, 0)) for s in signoff.STATUSES})


def status_line(row: pd.Series, lang: str = "sv") -> str:
    """ "Status: **godkänd** (anna, 2026-09-10 14:03)"."""
    status = t(f"board.status.{row['status']}", lang)
    signed = (
        t("board.texts_signed_part", lang, who=row["by"], when=when_text(row["when"]))
        if row["by"]
        else ""
    )
    return t("board.texts_status_now", lang, status=status, signed=signed)


def history_display(history: pd.DataFrame, lang: str = "sv") -> pd.DataFrame:
    """Every change of status, newest first: status, by, when and the reason given."""
    return pd.DataFrame(
        {
            t("col.texts_status", lang): [t(f"board.status.{s}", lang) for s in history["status"]],
            t("col.texts_by", lang): history["changed_by"],
            t("col.texts_when", lang): [when_text(w) for w in history["changed_at"]],
            t("col.comment", lang): history["note"],
        }
    )


_MARKS = {"missing": "–", "draft": "✎", "ready": "●", "approved": "✓"}


def year_display(
    owners: list[str],
    statuses: pd.DataFrame,
    due: dict[int, date],
    through: int,
    today: date,
    lang: str = "sv",
) -> pd.DataFrame:
    """Each nämnd's status in each month of the year up to `through`: ✓ approved, ● ready for
    review, ✎ draft, – missing; "(!)" after a status that is past its deadline."""
    found = {(str(c), int(p)): str(s) for p, c, s in statuses.itertuples(index=False)}
    columns: dict[str, list[str]] = {
        t("board.texts_committee", lang): [c or t("app.whole_region", lang) for c in owners]
    }
    for period in range(1, through + 1):
        cells = []
        for committee in owners:
            status = found.get((committee, period), "missing")
            late = signoff.is_late(status, due[period], today)
            cells.append(_MARKS[status] + (" (!)" if late else ""))
        columns[month_name(period, lang)[:3]] = cells
    return pd.DataFrame(columns)
