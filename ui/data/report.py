"""The board report and its analysis texts for the pages: build and render the document, read
and write the texts, their sign-off and the deadlines (always fresh: they change by the minute
in the days before a deadline)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from analytics import access
from analytics.report import display, render, signoff
from analytics.report.build import build_report
from analytics.report.model import Document
from analytics.report.sources import ReportChoice
from analytics.settings import int_setting
from analytics.storage import comments, queries, report_texts
from ui import shell


@dataclass(frozen=True)
class Built:
    """A report built on the page: kept in the session, so a rerun (a click on a download)
    neither builds nor renders its preview again."""

    choice: ReportChoice
    document: Document
    pdf: bytes
    pages: int
    preview: list[bytes]  # the PDF's pages as PNG


def build(choice: ReportChoice) -> Built:
    """The document, its PDF and the preview of its pages."""
    document = build_report(shell.connection(), choice)
    pdf = render.pdf_bytes(document, choice.lang)
    return Built(choice, document, pdf, render.page_count(pdf), render.page_images(pdf))


def docx(doc: Document, lang: str) -> bytes:
    return render.docx_bytes(doc, lang)


def text_owners(year: int) -> list[str]:
    """The nämnd keys the acting user may see texts of: the region ('') for a user who sees it
    whole, then each nämnd of the year."""
    region = [signoff.REGION] if access.sees_whole_region() else []
    return region + queries.committees(shell.connection(), year)


def texts(year: int, period: int) -> pd.DataFrame:
    return report_texts.texts(shell.connection(), year, period)


def status_table(year: int, period: int) -> pd.DataFrame:
    """committee, status, by, when for every nämnd the user sees."""
    con = shell.connection()
    return display.status_rows(
        text_owners(year),
        report_texts.statuses(con, year, period),
        report_texts.texts(con, year, period),
    )


def status_history(year: int, period: int, committee: str) -> pd.DataFrame:
    return report_texts.status_history(shell.connection(), year, period, committee)


def committee_comments(year: int, period: int, committee: str) -> pd.DataFrame:
    """The period's explanations of deviations on this nämnd (all of them for the region)."""
    found = comments.period_comments(shell.connection(), year, period)
    if committee == signoff.REGION or found.empty:
        return found
    return found[[committee in c for c in found["committees"]]].reset_index(drop=True)


def save_texts(year: int, period: int, committee: str, changed: dict[str, str]) -> None:
    """Store each changed section as a new version, all in one write."""
    with shell.writing() as con:
        for section, text in changed.items():
            report_texts.save_text(
                con,
                year=year,
                period=period,
                committee=committee,
                section=section,
                text=text,
                author=shell.current_user_name(),
            )


def move(year: int, period: int, committee: str, target: str, note: str = "") -> None:
    """Move the nämnd's texts to `target` (ready, draft or approved; draft from approved is
    a reopening, which needs a reason)."""
    with shell.writing() as con:
        current = report_texts.status_of(con, year, period, committee)
        if (current, target) not in signoff.TRANSITIONS:
            refusal = signoff.transition_refusal(current, target, current != "missing")
            raise signoff.SignOffRefused(refusal or "")
        operation = signoff.TRANSITIONS[(current, target)][1]
        author = shell.current_user_name()
        if operation == "reopen":
            report_texts.reopen(
                con, year=year, period=period, committee=committee, author=author, note=note
            )
        else:
            _MOVES[operation](con, year=year, period=period, committee=committee, author=author)


_MOVES = {
    "submit": report_texts.submit,
    "withdraw": report_texts.withdraw,
    "approve": report_texts.approve,
}


def deadline(year: int, period: int) -> tuple[date, int | None]:
    """The period's deadline, and the setting's day when it is the default (none entered)."""
    entered = report_texts.deadlines(shell.connection(), year)
    day = int_setting("report_deadline_day")
    due = signoff.due_dates(year, period, entered, day)[period]
    return due, None if period in entered else day


def year_table(year: int, through: int, owners: list[str], lang: str) -> pd.DataFrame:
    """The nämnder's status in each month of the year up to `through`, against each month's
    deadline (one read of the entered deadlines and one of the statuses)."""
    con = shell.connection()
    entered = report_texts.deadlines(con, year)
    due = signoff.due_dates(year, through, entered, int_setting("report_deadline_day"))
    statuses = report_texts.year_statuses(con, year)
    return display.year_display(owners, statuses, due, through, date.today(), lang)


def set_deadline(year: int, period: int, due: date) -> None:
    with shell.writing() as con:
        report_texts.set_deadline(
            con, year=year, period=period, due=due, author=shell.current_user_name()
        )
