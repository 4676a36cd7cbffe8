"""The Åtgärder page assembled from storage and `savings`' computations, and the template
load (all or nothing)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from analytics.savings import compute as savings
from analytics.savings.template import read_template
from analytics.storage import savings as stored


@dataclass
class SavingsReport:
    """A year's programme up to a month, for the region or one nämnd."""

    year: int
    month: int
    committee: str | None
    programme: savings.Programme
    per_committee: pd.DataFrame
    measures: pd.DataFrame  # the year's measures with planned, realised and left
    at_risk: pd.DataFrame
    burn_up: pd.DataFrame
    # targets, measures, plans, realised (for the template)
    everything: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]

    @property
    def has_programme(self) -> bool:
        return bool(self.programme.target_ore or len(self.measures))


def savings_report(
    con: duckdb.DuckDBPyConnection, year: int, month: int, committee: str | None = None
) -> SavingsReport:
    targets, measures, plans, realised = stored.load(con)
    table = savings.measure_table(measures, plans, realised, year, month, committee)
    return SavingsReport(
        year=year,
        month=month,
        committee=committee,
        programme=savings.programme(targets, measures, plans, realised, year, month, committee),
        per_committee=savings.per_committee(targets, measures, plans, realised, year, month),
        measures=table,
        at_risk=savings.at_risk(table),
        burn_up=savings.burn_up(realised, measures, year, month, committee),
        everything=(targets, measures, plans, realised),
    )


def import_template(
    con: duckdb.DuckDBPyConnection, path: Path, author: str, display_name: str | None = None
) -> None:
    """Load a filled programme template in place of the stored programme, all or nothing.
    Raises `ImportRejected` (nothing written) when anything in it is wrong."""
    targets, measures, plans, realised = read_template(path, display_name)
    stored.replace_all(con, targets, measures, plans, realised, author)
