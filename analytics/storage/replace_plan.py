"""What an import's facts would add, replace, leave and remove, per nämnd and measure.

One read-only query plans it; the dry run, the Import page's check and the write itself all
report this plan, so what the user is shown before importing is what the import then does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

FACT_KEY = ["year", "period", "ansvar", "konto", "projekt", "motpart", "measure", "version"]
ON_KEY = " AND ".join(f"a.{k} = b.{k}" for k in FACT_KEY)


@dataclass(frozen=True)
class CommitteeChange:
    """What an import changes in one nämnd's facts of one measure (öre, bookkeeping sign)."""

    committee: str  # "" for ansvar no organisation places yet
    measure: str
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    removed: int = 0
    added_ore: int = 0
    replaced_old_ore: int = 0
    replaced_new_ore: int = 0
    removed_ore: int = 0


@dataclass(frozen=True)
class ReplacePlan:
    """The changes an import's facts make to the ledger, per nämnd."""

    scope: str
    committees: tuple[CommitteeChange, ...]

    def total(self, field_name: str, committee: str | None = None) -> int:
        """A count or amount summed over the nämnder (or for one) and the measures."""
        return sum(
            int(getattr(c, field_name))
            for c in self.committees
            if committee is None or c.committee == committee
        )


def slice_key(scope: str) -> list[str]:
    """The columns that say which of the ledger's rows a file replaces."""
    base = ["year", "period", "measure", "version"]
    return [*base, "ansvar"] if scope == "ansvar" else base


def plan_replacement(
    con: duckdb.DuckDBPyConnection,
    facts: pd.DataFrame,
    org: pd.DataFrame,
    scope: str,
    incoming: pa.Table | None = None,
) -> ReplacePlan:
    """What storing `facts` would add, replace, leave and remove, per nämnd; read-only.

    The nämnd of an ansvar is the file's own placement when it gives one, else the year's
    organisation, so a dry run (before the file's organisation is stored) says the same as the
    real import.
    """
    if facts.empty:
        return ReplacePlan(scope, ())
    placed = org.dropna(subset=["committee"])[["year", "ansvar", "committee"]]
    if incoming is None:
        incoming = pa.Table.from_pandas(facts, preserve_index=False)
    con.register("plan_facts", incoming)
    con.register("plan_org", placed.astype({"year": "int64"}))
    try:
        rows = con.execute(
            f"""WITH {_joined(con, slice_key(scope))}
                SELECT coalesce(p.committee, o.committee, '') AS committee, j.measure, change,
                       sum(n),
                       CAST(sum(new_ore) AS HUGEINT), CAST(sum(old_ore) AS HUGEINT)
                FROM joined j
                LEFT JOIN plan_org p ON p.year = j.year AND p.ansvar = j.ansvar
                LEFT JOIN org_unit o ON o.year = j.year AND o.ansvar = j.ansvar
                GROUP BY ALL ORDER BY ALL"""
        ).fetchall()
    finally:
        con.unregister("plan_facts")
        con.unregister("plan_org")
    return ReplacePlan(scope, _per_committee(rows))


def _joined(con: duckdb.DuckDBPyConnection, key: list[str]) -> str:
    """The SQL of `joined`: each incoming and current fact of the slices `plan_facts` covers,
    with its change (added, replaced, unchanged, removed) and its new and old öre."""
    on_slice = " AND ".join(f"f.{k} = s.{k}" for k in key)
    existing = con.execute(
        f"""SELECT count(*) FROM ledger_fact f
            SEMI JOIN (SELECT DISTINCT {", ".join(key)} FROM plan_facts) s ON {on_slice}"""
    ).fetchall()[0][0]
    if not existing:  # a file of new slices only adds: summed per ansvar, then placed per nämnd
        return """joined AS (
              SELECT year, ansvar, measure, 'added' AS change, count(*) AS n,
                     sum(CAST(amount_ore AS HUGEINT)) AS new_ore, 0 AS old_ore
              FROM plan_facts GROUP BY ALL)"""
    return f"""incoming AS (SELECT {INCOMING} FROM plan_facts),
        slices AS (SELECT DISTINCT {", ".join(key)} FROM incoming),
        cur AS (SELECT f.* FROM ledger_fact f SEMI JOIN slices s ON {on_slice}),
        joined AS (
          SELECT coalesce(a.year, b.year) AS year, coalesce(a.ansvar, b.ansvar) AS ansvar,
                 coalesce(a.measure, b.measure) AS measure,
                 CASE WHEN b.amount IS NULL THEN 'added'
                      WHEN a.amount IS NULL THEN 'removed'
                      WHEN a.amount <> b.amount THEN 'replaced'
                      ELSE 'unchanged' END AS change,
                 1 AS n,
                 CAST(coalesce(a.amount, 0) * 100 AS HUGEINT) AS new_ore,
                 CAST(coalesce(b.amount, 0) * 100 AS HUGEINT) AS old_ore
          FROM incoming a FULL OUTER JOIN cur b ON {ON_KEY})"""


def _per_committee(rows: list[tuple[Any, ...]]) -> tuple[CommitteeChange, ...]:
    """The plan's rows (nämnd, measure, change, count, new öre, old öre) per nämnd and measure."""
    per: dict[tuple[str, str], dict[str, int]] = {}
    for committee, measure, change, count, new_ore, old_ore in rows:
        entry = per.setdefault((str(committee), str(measure)), {})
        entry[change] = int(count)
        if change == "added":
            entry["added_ore"] = int(new_ore)
        elif change == "removed":
            entry["removed_ore"] = int(old_ore)
        elif change == "replaced":
            entry["replaced_new_ore"] = int(new_ore)
            entry["replaced_old_ore"] = int(old_ore)
    return tuple(CommitteeChange(c, m, **values) for (c, m), values in per.items())


# The incoming facts in the ledger's column types (amounts from exact öre to DECIMAL).
INCOMING = """CAST(year AS INTEGER) AS year, CAST(period AS TINYINT) AS period,
               ansvar, konto, projekt, motpart, measure, version,
               CAST(amount_ore AS BIGINT) * 0.01::DECIMAL(3, 2) AS amount"""
