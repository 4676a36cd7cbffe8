"""Scenarios for the pages: the cached baseline, plan assumptions and saved scenarios."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pandas as pd
import streamlit as st

from analytics.scenarios import report as scenario_reports
from analytics.scenarios.assumptions import write_template as write_assumptions_template
from analytics.scenarios.compute import Baseline, Drivers, YearResult, run
from analytics.storage import balance as stored_balance
from analytics.storage import scenarios as stored_scenarios
from analytics.storage.scenarios import NameTaken as NameTaken  # the page catches it
from ui import cache, shell


@st.cache_data(show_spinner=False, max_entries=32)
def _baseline(db: str, version_key: tuple[int, int], year: int, version: str) -> Baseline:
    del db, version_key
    return scenario_reports.baseline(shell.connection(), year, version)


def scenario_baseline(year: int, version: str) -> Baseline:
    """The budget a scenario starts from (read once per budget version and import)."""
    return _baseline(*cache.key(), year, version)


def save_plan_assumptions(
    year: int, version: str, rows: list[tuple[int, str, Decimal]], source: str
) -> int:
    """Store changed plan assumptions of a budget version with their source."""
    with shell.writing() as con:
        return stored_balance.add_assumptions(
            con,
            author=shell.current_user_name(),
            rows=[(year, version, y, name, value, source) for y, name, value in rows],
        )


def assumptions_template(baseline: Baseline, version: str) -> bytes:
    """The plan-assumptions template filled with the plan's current values and sources."""
    return write_assumptions_template(scenario_reports.assumption_rows(baseline, version))


def import_assumptions(path: Path, name: str) -> int:
    with shell.writing() as con:
        return scenario_reports.import_assumptions(con, path, shell.current_user_name(), name)


def scenario_list() -> pd.DataFrame:
    return stored_scenarios.listing(shell.connection())


def load_scenario(scenario_id: int) -> tuple[stored_scenarios.SavedScenario, Drivers]:
    return stored_scenarios.load(shell.connection(), scenario_id)


def save_scenario(
    name: str, notes: str, year: int, version: str, drivers: Drivers, scenario_id: int | None
) -> int:
    """Raises `storage.scenarios.NameTaken` when the name is another scenario's."""
    with shell.writing() as con:
        return stored_scenarios.save(
            con,
            name=name,
            notes=notes,
            base_year=year,
            base_version=version,
            drivers=drivers,
            author=shell.current_user_name(),
            scenario_id=scenario_id,
        )


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
        out[meta.name] = run(scenario_baseline(meta.base_year, meta.base_version), drivers)
    return out
