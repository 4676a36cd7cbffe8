"""The Ramar page assembled: frames, their changes, the checks and the ledger reconciliation.

`frames_report` computes everything the page shows for a year (and a nämnd or the region);
`import_template` loads a filled template all or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from analytics import access
from analytics.frames import compute as frames
from analytics.frames.template import read_template
from analytics.storage import frames as stored
from analytics.storage import queries

CENTRAL_LINES = (
    "skatteintakter",
    "statsbidrag",
    "finansiella_intakter",
    "finansiella_kostnader",
    "extraordinara",
)


@dataclass
class FramesReport:
    """A year's frames for the region or one nämnd."""

    year: int
    committee: str | None
    decisions: pd.DataFrame  # every year's, for the template
    changes: pd.DataFrame  # every year's, for the template
    has_revised: bool
    waterfall: list[frames.Step]  # last year's final frame → this year's original
    revised_waterfall: list[frames.Step]  # original → revised (empty without a revision)
    flows: pd.DataFrame
    imbalances: list[frames.MoveImbalance]
    reconciliation: pd.DataFrame  # per nämnd: final frame, ledger budget net cost, difference
    totals: frames.FrameTotals | None
    year_changes: pd.DataFrame  # this year's changes (of the nämnd, or all)
    budget_version: str | None
    # False for a user who sees some nämnder only: a move's counterpart and the region's
    # financing are outside their view, so the region-wide checks are not made for them.
    whole_region: bool = True

    @property
    def has_frames(self) -> bool:
        return bool((self.decisions["year"] == self.year).any())


def _ledger_budget(
    con: duckdb.DuckDBPyConnection, year: int
) -> tuple[pd.Series, int, int, str | None]:
    """Per nämnd its operating net cost in the year's latest budget (positive öre), and the
    budget's financing (taxes, grants, financial items) and result (result sign)."""
    versions = queries.budget_versions(con, year)
    if not versions:
        return pd.Series(dtype="int64"), 0, 0, None
    cube = queries.history_cube(con, "committee", {}, None, year=year)
    budget = cube[cube["measure"] == "budget"]
    net_cost = -budget.groupby("unit")["amount_ore"].sum()
    lines = queries.line_amounts(queries.region_lines(con, year), year)
    planned = lines[lines["measure"] == "budget"]
    financing = int(planned[planned["rr_line"].isin(CENTRAL_LINES)]["amount_ore"].sum())
    return (
        net_cost[net_cost != 0].astype("int64"),
        financing,
        int(planned["amount_ore"].sum()),
        versions[0],
    )


def frames_report(
    con: duckdb.DuckDBPyConnection, year: int, committee: str | None = None
) -> FramesReport:
    decisions, changes = stored.load(con)
    final = frames.frame_of(decisions, year, "revised")
    net_cost, financing, result, version = _ledger_budget(con, year)
    has_revised = bool(((decisions["year"] == year) & (decisions["version"] == "revised")).any())
    totals = None
    whole_region = access.sees_whole_region()
    if len(final) and version is not None and whole_region:
        totals = frames.FrameTotals(
            frames_ore=int(final.sum()),
            budget_net_cost_ore=int(net_cost.sum()),
            financing_ore=financing,
            budget_result_ore=result,
        )
    year_changes = changes[changes["year"] == year]
    if committee:
        year_changes = year_changes[year_changes["committee"] == committee]
    return FramesReport(
        year=year,
        committee=committee,
        decisions=decisions,
        changes=changes,
        has_revised=has_revised,
        waterfall=frames.waterfall(decisions, changes, year, committee, "original"),
        revised_waterfall=(
            frames.waterfall(decisions, changes, year, committee, "revised") if has_revised else []
        ),
        flows=frames.flows(changes, year),
        imbalances=[i for i in frames.move_imbalances(changes) if i.year == year]
        if whole_region
        else [],
        reconciliation=frames.reconcile(final, net_cost) if len(final) else pd.DataFrame(),
        totals=totals,
        year_changes=year_changes.reset_index(drop=True),
        budget_version=version,
        whole_region=whole_region,
    )


def import_template(
    con: duckdb.DuckDBPyConnection, path: Path, author: str, display_name: str | None = None
) -> list[int]:
    """Load a filled frames template, replacing what is stored for its years; all or nothing.
    Raises `ImportRejected` (nothing written) when anything in it is wrong."""
    decisions, changes = read_template(path, display_name)
    return stored.replace_years(con, decisions, changes, author)
