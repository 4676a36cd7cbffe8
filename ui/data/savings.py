"""The savings programme for the pages: read fresh on every run, with its template and entries."""

from __future__ import annotations

from pathlib import Path

from analytics.savings import report as savings_reports
from analytics.savings.template import write_template as write_savings_template
from analytics.storage import savings as stored_savings
from ui import shell
from ui.data.followup import committees


def savings_report(f: shell.Filters) -> savings_reports.SavingsReport:
    """The programme is small: read fresh on every run, so an entered measure shows at once."""
    return savings_reports.savings_report(shell.connection(), f.year, f.period, f.committee)


def savings_template(report: savings_reports.SavingsReport) -> bytes:
    return write_savings_template(*report.everything, committees(report.year))


def import_savings(path: Path, name: str) -> None:
    with shell.writing() as con:
        savings_reports.import_template(con, path, shell.current_user_name(), name)


def add_measure(
    year: int,
    title: str,
    committee: str,
    owner: str,
    status: str,
    needs_decision: bool,
    decision: str,
    risk: str,
    planned_ore: int,
) -> str:
    """Store a new measure with its planned saving for the year; returns its code."""
    with shell.writing() as con:
        code = stored_savings.next_code(con, year)
        measure = {
            "code": code,
            "title": title,
            "committee": committee,
            "owner": owner,
            "status": status,
            "needs_decision": needs_decision,
            "decision": decision,
            "risk": risk,
        }
        stored_savings.add_measure(con, measure, year, planned_ore, shell.current_user_name())
        return code


def add_realised(code: str, year: int, period: int, amount_ore: int) -> None:
    with shell.writing() as con:
        stored_savings.add_realised(con, code, year, period, amount_ore, shell.current_user_name())


def set_saving_target(year: int, committee: str, amount_ore: int) -> None:
    with shell.writing() as con:
        stored_savings.set_target(con, year, committee, amount_ore, shell.current_user_name())
