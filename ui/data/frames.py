"""Frames for the pages: read fresh on every run, with their template and entries."""

from __future__ import annotations

from pathlib import Path

from analytics.frames import report as frame_reports
from analytics.frames.template import write_template
from analytics.storage import frames as stored_frames
from analytics.storage import queries
from ui import shell


def frames_report(f: shell.Filters) -> frame_reports.FramesReport:
    """Frames are small: read fresh on every run, so an entered change shows at once."""
    return frame_reports.frames_report(shell.connection(), f.year, f.committee)


def frames_template(report: frame_reports.FramesReport) -> bytes:
    """The template filled with the year's frames and changes (and the nämnder to choose)."""
    year = report.year
    decisions = report.decisions[report.decisions["year"] == year]
    changes = report.changes[report.changes["year"] == year]
    committees = queries.committees(shell.connection(), year)
    return write_template(decisions, changes, committees)


def import_frames(path: Path, name: str) -> list[int]:
    with shell.writing() as con:
        return frame_reports.import_template(con, path, shell.current_user_name(), name)


def add_frame_change(
    year: int,
    committee: str,
    version: str,
    change_type: str,
    amount_ore: int,
    text: str,
    counterpart: str,
) -> None:
    with shell.writing() as con:
        stored_frames.add_change(
            con,
            year=year,
            committee=committee,
            version=version,
            change_type=change_type,
            amount_ore=amount_ore,
            text=text,
            counterpart=counterpart,
            author=shell.current_user_name(),
        )


def set_frame(
    year: int, committee: str, version: str, amount_ore: int, decision: str, decided: object
) -> None:
    with shell.writing() as con:
        stored_frames.set_decision(
            con,
            year=year,
            committee=committee,
            version=version,
            amount_ore=amount_ore,
            decision=decision,
            decided=decided,
            author=shell.current_user_name(),
        )
