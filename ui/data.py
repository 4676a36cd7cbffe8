"""Cached calls into the core. The cache key includes one data version (the last import's id
and the last audited write's), so an import or an entry is visible on the next interaction
wherever its figure appears, and every filter value, so one user's selection is never served
to another's different selection."""

from __future__ import annotations

from decimal import Decimal

import streamlit as st

from analytics import access
from analytics.access_display import audit_log_display as presentation_audit_log
from analytics.access_display import users_display as presentation_users
from analytics.followup import report as reports
from analytics.followup.compute import NetCostGrowth
from analytics.forecast import report as forecast_reports
from analytics.frames import report as frame_reports
from analytics.frames.template import write_template
from analytics.goals import report as goal_reports
from analytics.result import report as result_reports
from analytics.savings import report as savings_reports
from analytics.savings.template import write_template as write_savings_template
from analytics.scenarios import report as scenario_reports
from analytics.scenarios.assumptions import write_template as write_assumptions_template
from analytics.scenarios.compute import Baseline, Drivers, YearResult, run
from analytics.storage import access as stored_access
from analytics.storage import balance as stored_balance
from analytics.storage import forecasts as stored
from analytics.storage import frames as stored_frames
from analytics.storage import queries
from analytics.storage import savings as stored_savings
from analytics.storage import scenarios as stored_scenarios
from ui import shell

Scope = tuple[tuple[str, str], ...]


def data_version() -> tuple[int, int]:
    """Changes whenever an import or any entry commits (every write is audited)."""
    return queries.data_version(shell.connection())


def _key() -> tuple[str, tuple[int, int]]:
    # the visibility is part of the database key: limited users get their own cache entries
    return f"{shell.database_path()}#{shell.visibility_key()}", data_version()


@st.cache_data(show_spinner=False, max_entries=256)
def _follow_up(
    db: str, version_key: tuple[int, int], year: int, period: int, version: str | None, level: str,
    scope: Scope, profile: str, org_mode: str,
) -> reports.FollowUp:  # fmt: skip
    del db, version_key  # part of the cache key only
    return reports.follow_up(
        shell.connection(),
        year,
        period,
        version,
        level,
        filters=dict(scope),
        profile=profile,
        org_mode=org_mode,
    )


def follow_up(
    f: shell.Filters,
    level: str | None = None,
    scope: Scope = (),
    profile: str = "prior_year",
    org_mode: str = "current",
) -> reports.FollowUp:
    """Plan against outcome for the current filters (and a drill scope)."""
    assert f.year is not None
    if f.committee and not any(lvl == "committee" for lvl, _ in scope):
        scope = (("committee", f.committee), *scope)
    return _follow_up(
        *_key(), f.year, f.period, f.version, level or f.level, scope, profile, org_mode
    )


@st.cache_data(show_spinner=False, max_entries=64)
def _top(
    db: str,
    version_key: tuple[int, int],
    year: int,
    period: int,
    version: str,
    scope: Scope,
    profile: str,
    org_mode: str,
):
    del db, version_key
    return reports.top_deviations(
        shell.connection(), year, period, version, dict(scope), profile, org_mode
    )


def top_deviations(f: shell.Filters, version: str, scope: Scope, profile: str, org_mode: str):
    assert f.year is not None
    return _top(*_key(), f.year, f.period, version, scope, profile, org_mode)


@st.cache_data(show_spinner=False, max_entries=64)
def _growth(
    db: str, version_key: tuple[int, int], year: int, period: int, scope: Scope, org_mode: str
) -> NetCostGrowth:
    del db, version_key
    return reports.net_cost_growth(shell.connection(), year, period, dict(scope), org_mode)


def net_cost_growth(
    f: shell.Filters, scope: Scope = (), org_mode: str = "current"
) -> NetCostGrowth:
    assert f.year is not None
    if f.committee:
        scope = (("committee", f.committee), *scope)
    return _growth(*_key(), f.year, f.period, scope, org_mode)


@st.cache_data(show_spinner=False, max_entries=64)
def _forecast_report(
    db: str, version_key: tuple[int, int], year: int, period: int, level: str,
    committee: str | None, source: str,
) -> forecast_reports.ForecastReport:  # fmt: skip
    del db, version_key
    return forecast_reports.forecast_report(
        shell.connection(), year, period, level, committee, central_source=source
    )


def forecast_report(f: shell.Filters, source: str) -> forecast_reports.ForecastReport:
    """Forecasts for the filters; an entered forecast shows on the next run."""
    assert f.year is not None
    level = f.level if f.level in queries.ORG_LEVELS else "committee"
    return _forecast_report(*_key(), f.year, f.period, level, f.committee, source)


@st.cache_data(show_spinner=False, max_entries=64)
def _result_report(
    db: str, version_key: tuple[int, int], year: int, period: int, version: str | None,
    source: str,
) -> result_reports.ResultReport:  # fmt: skip
    del db, version_key
    return result_reports.result_report(shell.connection(), year, period, version, source)


def result_report(f: shell.Filters, source: str = "auto") -> result_reports.ResultReport | None:
    """The region's income statement and balanskravsutredning (None for a user limited to
    some nämnder, or with a nämnd chosen: the result is the whole region's)."""
    assert f.year is not None
    if f.committee or not access.sees_whole_region():
        return None
    return _result_report(*_key(), f.year, f.period, f.version, source)


def balance_decisions():
    return stored_balance.decision_table(shell.connection())


def add_balance_decision(year: int, kind: str, kronor: Decimal, reference: str, text: str) -> None:
    with shell.writing() as con:
        stored_balance.add_decision(
            con, year=year, kind=kind, amount_kr=kronor, reference=reference, text=text,
            author=shell.current_user_name(),
        )  # fmt: skip


def year_end(f: shell.Filters) -> forecast_reports.ForecastReport:
    """The scope's year-end figure as the Prognos page computes it (nämnd level, taxes and
    grants chosen automatically): what the Översikt tile shows."""
    assert f.year is not None
    return _forecast_report(*_key(), f.year, f.period, "committee", f.committee, "auto")


def add_forecast_entry(
    year: int, period: int, committee: str, kronor: Decimal, comment: str
) -> None:
    with shell.writing() as con:
        stored.add_forecast_entry(
            con, year=year, period=period, committee=committee, amount_kr=kronor,
            comment=comment, author=shell.current_user_name(),
        )  # fmt: skip


def forecast_entries(year: int):
    return stored.forecast_entry_history(shell.connection(), year)


def add_tax_forecast(year: int, tax_kr: Decimal, grants_kr: Decimal, source: str) -> None:
    with shell.writing() as con:
        stored.add_tax_forecast(
            con, year=year, skatteintakter_kr=tax_kr, statsbidrag_kr=grants_kr,
            source=source, author=shell.current_user_name(),
        )  # fmt: skip


def tax_forecasts(year: int):
    return stored.tax_forecast_history(shell.connection(), year)


def import_tax_forecasts(path, name: str) -> list[int]:
    with shell.writing() as con:
        return forecast_reports.import_tax_forecasts(con, path, shell.current_user_name(), name)


def frames_report(f: shell.Filters) -> frame_reports.FramesReport:
    """Frames are small: read fresh on every run, so an entered change shows at once."""
    assert f.year is not None
    return frame_reports.frames_report(shell.connection(), f.year, f.committee)


def frames_template(report: frame_reports.FramesReport) -> bytes:
    """The template filled with the year's frames and changes (and the nämnder to choose)."""
    year = report.year
    decisions = report.decisions[report.decisions["year"] == year]
    changes = report.changes[report.changes["year"] == year]
    committees = queries.committees(shell.connection(), year)
    return write_template(decisions, changes, committees)


def import_frames(path, name: str) -> list[int]:
    with shell.writing() as con:
        return frame_reports.import_template(con, path, shell.current_user_name(), name)


def add_frame_change(
    year: int, committee: str, version: str, change_type: str, amount_ore: int, text: str,
    counterpart: str,
) -> None:  # fmt: skip
    with shell.writing() as con:
        stored_frames.add_change(
            con, year=year, committee=committee, version=version,
            change_type=change_type, amount_ore=amount_ore, text=text, counterpart=counterpart,
            author=shell.current_user_name(),
        )  # fmt: skip


def committees(year: int) -> list[str]:
    return queries.committees(shell.connection(), year)


def savings_report(f: shell.Filters) -> savings_reports.SavingsReport:
    """The programme is small: read fresh on every run, so an entered measure shows at once."""
    assert f.year is not None
    return savings_reports.savings_report(shell.connection(), f.year, f.period, f.committee)


def savings_template(report: savings_reports.SavingsReport) -> bytes:
    return write_savings_template(*report.everything, committees(report.year))


def import_savings(path, name: str) -> None:
    with shell.writing() as con:
        savings_reports.import_template(con, path, shell.current_user_name(), name)


def add_measure(
    year: int, title: str, committee: str, owner: str, status: str, needs_decision: bool,
    decision: str, risk: str, planned_ore: int,
) -> str:  # fmt: skip
    """Store a new measure with its planned saving for the year; returns its code."""
    with shell.writing() as con:
        code = stored_savings.next_code(con, year)
        measure = {"code": code, "title": title, "committee": committee, "owner": owner,
                   "status": status, "needs_decision": needs_decision, "decision": decision,
                   "risk": risk}  # fmt: skip
        stored_savings.add_measure(con, measure, year, planned_ore, shell.current_user_name())
        return code


def add_realised(code: str, year: int, period: int, amount_ore: int) -> None:
    with shell.writing() as con:
        stored_savings.add_realised(con, code, year, period, amount_ore, shell.current_user_name())


def set_frame(
    year: int, committee: str, version: str, amount_ore: int, decision: str, decided
) -> None:
    with shell.writing() as con:
        stored_frames.set_decision(
            con, year=year, committee=committee, version=version,
            amount_ore=amount_ore, decision=decision, decided=decided,
            author=shell.current_user_name(),
        )  # fmt: skip


def set_saving_target(year: int, committee: str, amount_ore: int) -> None:
    with shell.writing() as con:
        stored_savings.set_target(con, year, committee, amount_ore, shell.current_user_name())


def goal_report(tolerance: float, year: int | None = None) -> goal_reports.GoalReport:
    """Goals are few: read fresh on every run, so an import shows at once. The statuses are
    those known in `year` (the chosen year)."""
    return goal_reports.goal_report(shell.connection(), tolerance, year)


def indicator_detail(report: goal_reports.GoalReport, indicator_id: int):
    return goal_reports.indicator_detail(shell.connection(), report, indicator_id)


def profile_names() -> list[str]:
    return queries.profile_names(shell.connection())


def import_goals(path, name: str, profile: str | None, mapping: dict | None = None,
                 save_as: str = "") -> int:  # fmt: skip
    """A goal sheet, read with a mapping given here or a saved mapping profile; a given
    mapping is saved under `save_as` once the sheet has loaded."""
    with shell.writing() as con:
        if mapping is None and profile:
            loaded = queries.load_profile(con, profile)
            mapping = loaded[0] if loaded else None
        count = goal_reports.import_goals(con, path, name, mapping)
        if save_as and mapping and access.may(access.current(), "profile"):
            queries.save_profile(con, save_as, "goals", mapping, {})
        return count


def import_kolada(path, name: str, mapping: dict[str, str] | None = None) -> list[str]:
    with shell.writing() as con:
        return goal_reports.import_kolada(con, path, name, mapping)


@st.cache_data(show_spinner=False, max_entries=32)
def _baseline(db: str, version_key: tuple[int, int], year: int, version: str) -> Baseline:
    del db, version_key
    return scenario_reports.baseline(shell.connection(), year, version)


def scenario_baseline(year: int, version: str) -> Baseline:
    """The budget a scenario starts from (read once per budget version and import)."""
    return _baseline(*_key(), year, version)


def save_plan_assumptions(
    year: int, version: str, rows: list[tuple[int, str, Decimal]], source: str
) -> int:
    """Store changed plan assumptions of a budget version with their source."""
    with shell.writing() as con:
        return stored_balance.add_assumptions(
            con, author=shell.current_user_name(),
            rows=[(year, version, y, name, value, source) for y, name, value in rows],
        )  # fmt: skip


def assumptions_template(baseline: Baseline, version: str) -> bytes:
    """The plan-assumptions template filled with the plan's current values and sources."""
    return write_assumptions_template(scenario_reports.assumption_rows(baseline, version))


def import_assumptions(path, name: str) -> int:
    with shell.writing() as con:
        return scenario_reports.import_assumptions(con, path, shell.current_user_name(), name)


def scenario_list():
    return stored_scenarios.listing(shell.connection())


def load_scenario(scenario_id: int) -> tuple[dict[str, object], Drivers]:
    return stored_scenarios.load(shell.connection(), scenario_id)


def save_scenario(
    name: str, notes: str, year: int, version: str, drivers: Drivers, scenario_id: int | None
) -> int:
    """Raises `storage.scenarios.NameTaken` when the name is another scenario's."""
    with shell.writing() as con:
        return stored_scenarios.save(
            con, name=name, notes=notes, base_year=year, base_version=version,
            drivers=drivers, author=shell.current_user_name(), scenario_id=scenario_id,
        )  # fmt: skip


def duplicate_scenario(scenario_id: int, name: str) -> int:
    with shell.writing() as con:
        return stored_scenarios.duplicate(con, scenario_id, name, shell.current_user_name())


def delete_scenario(scenario_id: int) -> None:
    with shell.writing() as con:
        stored_scenarios.delete(con, scenario_id)


def compare_scenarios(ids: list[int]) -> dict[str, list[YearResult]]:
    """Each chosen scenario run on its own budget."""
    out = {}
    for scenario_id in ids:
        meta, drivers = load_scenario(scenario_id)
        baseline = scenario_baseline(int(meta["base_year"]), str(meta["base_version"]))  # type: ignore[call-overload]
        out[str(meta["name"])] = run(baseline, drivers)
    return out


def users_display(lang: str):
    """The roles list for the admin page, in words."""
    users = stored_access.users(shell.connection())
    return presentation_users(users, lang)


def user_names() -> list[str]:
    return stored_access.users(shell.connection())["name"].tolist()


def set_user(name: str, role: str, committees: list[str] | None) -> None:
    with shell.writing() as con:
        stored_access.set_user(con, name, role, committees)


def remove_user(name: str) -> None:
    with shell.writing() as con:
        stored_access.remove_user(con, name)


def audit_log_display(lang: str):
    """The audit log for the admin page, in words."""
    return presentation_audit_log(stored_access.audit_log(shell.connection()), lang)
