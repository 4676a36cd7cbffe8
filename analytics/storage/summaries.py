"""The ledger summaries the region-wide views read instead of every fact, and how they are built.

They are filled after migrating (`rebuild_after_migration`) and re-summed inside every import's
transaction for the years it touched (`summary_refresh`), so they never disagree with the facts.
"""

from __future__ import annotations

import duckdb

# Summaries of the ledger that the region-wide views read instead of every fact: at 10 million
# facts a year holds 1.6 million rows, while these hold a few thousand. They are rebuilt from the
# facts inside every import's transaction (`summary_refresh`, for the years it touched), so they
# can never disagree with the ledger a reader sees. Amounts stay DECIMAL: sums of exact amounts are exact.
#  - ledger_by_verksamhet: per year, period, measure, version, the year's own organisation down
#    to verksamhet, and income-statement line;
#  - ledger_by_konto: per year, period, measure, version and account (no organisation);
#  - ledger_by_committee (v11): ledger_by_verksamhet summed per nämnd (a twentieth of its rows),
#    for the region's and the nämnder's histories that forecasts read;
#  - ledger_ytd_by_ansvar (v11): per year, measure, version, ansvar and kostnadsslag, the sum of
#    periods 1..k in column ytd_k: the deviation to date of every (ansvar, kostnadsslag) pair of a
#    year is one column of a row, a twelfth of the facts' rows (the region's largest deviations).
_YTD_COLUMNS = ", ".join(
    f"coalesce(sum(f.amount) FILTER (f.period BETWEEN 1 AND {k}), 0)" for k in range(1, 13)
)
# Each summary as the query that builds it; `{years}` is the condition on the source's years.
_SUMMARY_SOURCES: dict[str, str] = {
    "ledger_by_verksamhet": """
        SELECT f.year, f.period, f.measure, f.version, o.committee, o.forvaltning,
               o.verksamhet, o.verksamhet_name, a.rr_line, sum(f.amount)
        FROM ledger_fact f
        LEFT JOIN org_unit o ON o.year = f.year AND o.ansvar = f.ansvar
        LEFT JOIN account a ON a.konto = f.konto
        WHERE {years} GROUP BY ALL""",
    "ledger_by_konto": """
        SELECT f.year, f.period, f.measure, f.version, f.konto, sum(f.amount)
        FROM ledger_fact f WHERE {years} GROUP BY ALL""",
    # after ledger_by_verksamhet, which it sums
    "ledger_by_committee": """
        SELECT f.year, f.period, f.measure, f.version, f.committee, f.rr_line, sum(f.amount)
        FROM ledger_by_verksamhet f WHERE {years} GROUP BY ALL""",
    "ledger_ytd_by_ansvar": f"""
        SELECT f.year, f.measure, f.version, f.ansvar, a.kostnadsslag, {_YTD_COLUMNS}
        FROM ledger_fact f LEFT JOIN account a ON a.konto = f.konto
        WHERE f.period BETWEEN 1 AND 12 AND {{years}} GROUP BY ALL""",
}
SUMMARY_TABLES = tuple(_SUMMARY_SOURCES)


def _rebuild(tables: tuple[str, ...], years: list[int] | None) -> list[str]:
    """Delete and re-sum `tables` for `years` (every year when None), in the order given."""
    # the years are ints formatted here, never text from a file
    listed = None if years is None else ", ".join(str(int(y)) for y in years)
    delete = "" if listed is None else f" WHERE year IN ({listed})"
    condition = "TRUE" if listed is None else f"f.year IN ({listed})"
    statements = []
    for table in tables:
        select = _SUMMARY_SOURCES[table].replace("{years}", condition)
        statements += [f"DELETE FROM {table}{delete}", f"INSERT INTO {table} {select}"]
    return statements


SUMMARY_REFRESH: list[str] = _rebuild(SUMMARY_TABLES, None)


def summary_refresh(years: list[int] | None) -> list[str]:
    """The statements that rebuild the summaries of `years` (all years when None) from the
    facts: an import of one year into a ten-year ledger re-sums that year, not ten.
    tests/test_summaries.py compares the result with `SUMMARY_REFRESH`, every year at once."""
    return [] if years is not None and not years else _rebuild(SUMMARY_TABLES, years)


# The migration that created each summary table: a database migrated to an older version (as
# the migration tests do) has only the tables of that version.
CREATED_IN = {
    "ledger_by_verksamhet": 4,
    "ledger_by_konto": 4,
    "ledger_by_committee": 11,
    "ledger_ytd_by_ansvar": 11,
}


def rebuild_after_migration(con: duckdb.DuckDBPyConnection, version: int) -> None:
    """Re-sum every summary table a database at `version` has, from its facts (inside the
    migration's transaction, after its statements)."""
    tables = tuple(t for t in SUMMARY_TABLES if CREATED_IN[t] <= version)
    for statement in _rebuild(tables, None):
        con.execute(statement)


def mark_touched(con: duckdb.DuckDBPyConnection, years: list[int] | None) -> None:
    """Note on this cursor, inside the change's transaction, which years of the ledger it
    changed (NULL: every year): the shared mode sends exactly those years' ledger parts to the
    other servers (see `shared.ledger`). A refused import rolls its marks back with it."""
    if years is not None and not years:
        return
    con.execute("CREATE TEMP TABLE IF NOT EXISTS ledger_touched (year INTEGER)")
    if years is None:
        con.execute("INSERT INTO ledger_touched VALUES (NULL)")
    else:
        con.executemany("INSERT INTO ledger_touched VALUES (?)", [[int(y)] for y in years])
