"""Goals and indicators for the pages: read fresh, imported from goal sheets and Kolada."""

from __future__ import annotations

from pathlib import Path

from analytics import access
from analytics.goals import report as goal_reports
from analytics.storage import mapping_profiles
from ui import shell


def goal_report(tolerance: float, year: int | None = None) -> goal_reports.GoalReport:
    """Goals are few: read fresh on every run, so an import shows at once. The statuses are
    those known in `year` (the chosen year)."""
    return goal_reports.goal_report(shell.connection(), tolerance, year)


def indicator_detail(
    report: goal_reports.GoalReport, indicator_id: int
) -> goal_reports.IndicatorDetail:
    return goal_reports.indicator_detail(shell.connection(), report, indicator_id)


def profile_names() -> list[str]:
    return mapping_profiles.profile_names(shell.connection())


def import_goals(
    path: Path,
    name: str,
    profile: str | None,
    mapping: dict[str, str] | None = None,
    save_as: str = "",
) -> int:
    """A goal sheet, read with a mapping given here or a saved mapping profile; a given
    mapping is saved under `save_as` once the sheet has loaded."""
    with shell.writing() as con:
        if mapping is None and profile:
            loaded = mapping_profiles.load_profile(con, profile)
            mapping = loaded[0] if loaded else None
        count = goal_reports.import_goals(con, path, name, mapping)
        if save_as and mapping and access.may(access.current(), "profile"):
            mapping_profiles.save_profile(con, save_as, "goals", mapping, {})
        return count


def import_kolada(path: Path, name: str, mapping: dict[str, str] | None = None) -> list[str]:
    with shell.writing() as con:
        return goal_reports.import_kolada(con, path, name, mapping)
