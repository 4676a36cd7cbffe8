"""Reading from the database: the small, aggregated frames the computations need.

Aggregation happens in DuckDB; pandas only sees one row per unit and period. Amounts come back
as integer öre in result sign (revenue positive, cost negative), exact.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from analytics.storage.ledger_source import (
    NO_ORG,
    ORG_LEVELS,
    amounts_as_int,
    query_parts,
    scope_conditions,
    smallest_source,
)


def years(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Years with any facts, newest first (from the per-nämnd summary, which holds every fact:
    the sidebar asks on every rerun)."""
    rows = con.execute(
        "SELECT DISTINCT year FROM ledger_by_committee ORDER BY year DESC"
    ).fetchall()
    return [int(r[0]) for r in rows]


def budget_versions(con: duckdb.DuckDBPyConnection, year: int) -> list[str]:
    """The year's budget versions, latest first."""
    rows = con.execute(
        "SELECT name FROM budget_version WHERE year = ? ORDER BY seq DESC", [year]
    ).fetchall()
    return [str(r[0]) for r in rows]


def last_outcome_period(con: duckdb.DuckDBPyConnection, year: int) -> int:
    """The latest period with outcome in a year (0 when there is none; from the summary)."""
    row = con.execute(
        """SELECT coalesce(max(period), 0) FROM ledger_by_committee
           WHERE year = ? AND measure = 'utfall'""",
        [year],
    ).fetchall()[0]
    return int(row[0]) if row else 0


def committees(con: duckdb.DuckDBPyConnection, year: int) -> list[str]:
    """The nämnder of a year's organisation."""
    rows = con.execute(
        "SELECT DISTINCT committee FROM org_unit WHERE year = ? ORDER BY committee", [year]
    ).fetchall()
    return [str(r[0]) for r in rows]


def ledger_cube(
    con: duckdb.DuckDBPyConnection,
    year: int,
    version: str | None,
    level: str = "committee",
    filters: dict[str, str] | None = None,
    org_year: int | None = None,
    prior_year: bool = False,
    with_cost_type: bool = False,
    current: bool = True,
) -> pd.DataFrame:
    """Budget (one version) and outcome per unit, period and revenue/cost part, in öre, result
    sign. With `prior_year`, the previous year's outcome comes too (for profiles and growth);
    with `current=False` only that.

    `org_year` groups every year's facts on the organisation of that year (history restated on
    the current organisation); None groups each year on its own organisation.
    Columns: year, unit, [kostnadsslag], part ('revenue'/'cost'), period (0 = annual),
    measure, amount_ore.
    """
    years_read = {*([year] if current else []), *([year - 1] if prior_year else [])}
    select, source, params, scope, scope_params = query_parts(
        level, filters or {}, org_year, years_read, with_cost_type
    )
    # The year range lets DuckDB skip other years' row groups before evaluating anything else.
    sql = f"""
        WITH c AS (
            SELECT f.year, {select}, f.period, f.measure, f.amount
            FROM {source}
            WHERE f.year BETWEEN ? AND ?
              AND ((? AND f.year = ? AND ((f.measure = 'budget' AND f.version = ?)
                                          OR f.measure = 'utfall'))
                   OR (? AND f.year = ? AND f.measure = 'utfall'))
              {scope})
        SELECT year, unit{", kostnadsslag" if with_cost_type else ""},
               CASE WHEN revenue THEN 'revenue' ELSE 'cost' END AS part,
               period, measure, CAST(-sum(amount) * 100 AS BIGINT) AS amount_ore
        FROM c GROUP BY ALL
    """
    params += [min(years_read), max(years_read)]
    params += [current, year, version or "", prior_year, year - 1, *scope_params]
    return amounts_as_int(con.execute(sql, params).df(), ["year", "period", "amount_ore"])


def unit_totals(
    con: duckdb.DuckDBPyConnection,
    year: int,
    period: int,
    version: str | None,
    level: str = "committee",
    filters: dict[str, str] | None = None,
    org_year: int | None = None,
    with_cost_type: bool = False,
    ansvar: list[str] | None = None,
) -> pd.DataFrame:
    """Per unit (and kostnadsslag): budget and outcome for the month, to date (also the revenue
    part) and for the year, in öre, result sign, summed in DuckDB: one row per unit.
    `ansvar` (codes) narrows the facts read to those ansvar.

    `annual_budget_ore` is the budget without a month; where it is not zero the to-date budget
    needs a profile and these totals alone do not tell the deviation.
    """
    select, source, params, scope, scope_params = query_parts(
        level, filters or {}, org_year, {year}, with_cost_type
    )
    if ansvar is not None:
        scope += " AND list_contains(?, f.ansvar)"
        scope_params = [*scope_params, ansvar]
    sums = {
        "budget_month_ore": "budget AND period = ?",
        "outcome_month_ore": "NOT budget AND period = ?",
        "budget_ytd_ore": "budget AND period BETWEEN 1 AND ?",
        "outcome_ytd_ore": "NOT budget AND period BETWEEN 1 AND ?",
        "budget_revenue_ytd_ore": "budget AND revenue AND period BETWEEN 1 AND ?",
        "outcome_revenue_ytd_ore": "NOT budget AND revenue AND period BETWEEN 1 AND ?",
    }
    columns = ",\n".join(
        f"CAST(-coalesce(sum(amount) FILTER ({condition}), 0) * 100 AS BIGINT) AS {name}"
        for name, condition in sums.items()
    )
    sql = f"""
        WITH c AS (
            SELECT {select}, f.period, f.measure = 'budget' AS budget, f.amount
            FROM {source}
            WHERE f.year = ? AND ((f.measure = 'budget' AND f.version = ?) OR f.measure = 'utfall')
                  {scope})
        SELECT unit{", kostnadsslag" if with_cost_type else ""}, {columns},
               CAST(-coalesce(sum(amount) FILTER (budget), 0) * 100 AS BIGINT) AS budget_year_ore,
               CAST(-coalesce(sum(amount) FILTER (budget AND period = 0), 0) * 100 AS BIGINT)
                 AS annual_budget_ore
        FROM c GROUP BY ALL
    """
    params += [year, version or "", *scope_params, *([period] * len(sums))]
    frame = con.execute(sql, params).df()
    return amounts_as_int(frame, [c for c in frame.columns if c.endswith("_ore")])


def has_annual_budget(
    con: duckdb.DuckDBPyConnection,
    year: int,
    version: str | None,
    filters: dict[str, str] | None = None,
    org_year: int | None = None,
) -> bool:
    """Whether the budget in a drill scope has rows without a month (to spread by a profile)."""
    _, source, params, scope, scope_params = query_parts(None, filters or {}, org_year, {year})
    rows = con.execute(
        f"""SELECT count(*) FROM {source}
            WHERE f.year = ? AND f.measure = 'budget' AND f.version = ? AND f.period = 0
                  AND f.amount <> 0 {scope}""",
        [*params, year, version or "", *scope_params],
    ).fetchall()
    return bool(rows[0][0])


def largest_deviation_ansvar(
    con: duckdb.DuckDBPyConnection,
    year: int,
    period: int,
    version: str | None,
    filters: dict[str, str] | None = None,
    org_year: int | None = None,
    count: int = 20,
) -> list[str]:
    """The ansvar codes of the `count` (ansvar, kostnadsslag) pairs whose deviation to date from
    the monthly budget is largest in size: the cheap first pass over a whole region before the
    full totals of just those ansvar. It reads the year-to-date summary (one row per pair,
    measure and version; the sum to this month is one of its columns), joining the
    organisation only to keep a drill scope.
    """
    if not 1 <= period <= 12:
        return []
    filters = filters or {}
    if "konto" in filters:  # the summary has no accounts: sum that account's facts
        source, params = smallest_source({*filters, "ansvar_code"}, org_year, {year})
        ytd, year_scope = "f.amount", f" AND f.period BETWEEN 1 AND {int(period)}"
    else:
        in_scope = bool(set(filters) & set(ORG_LEVELS))  # the organisation only for a scope
        organisation = (
            "LEFT JOIN org_unit o ON o.ansvar = s.ansvar AND o.year = ?" if in_scope else NO_ORG
        )
        source = f"""(SELECT s.*, o.ansvar_name, o.committee, o.forvaltning, o.verksamhet,
                             o.verksamhet_name
                      FROM ledger_ytd_by_ansvar s {organisation}) f"""
        params = [year if org_year is None else org_year] if in_scope else []
        ytd, year_scope = f"f.ytd_{int(period)}", ""
    scope, scope_params = scope_conditions(filters)
    rows = con.execute(
        f"""SELECT f.ansvar, f.kostnadsslag,
                   sum(CASE WHEN f.measure = 'budget' THEN {ytd} ELSE -{ytd} END) AS dev
            FROM {source}
            WHERE f.year = ?{year_scope}
              AND ((f.measure = 'budget' AND f.version = ?) OR f.measure = 'utfall') {scope}
            GROUP BY ALL ORDER BY abs(dev) DESC, f.ansvar, f.kostnadsslag LIMIT ?""",
        [*params, year, version or "", *scope_params, count],
    ).fetchall()
    return sorted({str(r[0]) for r in rows})


# The one unit of a history summed over the whole region (see `history_cube`).
REGION_UNIT = "Regionen"

# Income-statement lines of the committees' operations (verksamhetens nettokostnader).
OPERATING_LINES = ("intakter", "kostnader", "avskrivningar")


def history_cube(
    con: duckdb.DuckDBPyConnection,
    level: str = "committee",
    filters: dict[str, str] | None = None,
    org_year: int | None = None,
    operating_only: bool = True,
    year: int | None = None,
) -> pd.DataFrame:
    """Every year's budget (the latest version of each year), outcome and the controllers'
    forecasts per unit and period, in öre, result sign: what forecasts and their backtests need.

    `operating_only` keeps the operating lines (not taxes, grants or financial items); `year`
    reads that year alone. The region as one unit: `region_history`.
    Columns: year, unit, period (0 = annual budget; for prognos the month it was made),
    measure (budget/utfall/prognos), amount_ore.
    """
    # The years read matter only when history is restated on one year's organisation.
    years_read = set(years(con)) if org_year is not None else set()
    select, source, params, scope, scope_params = query_parts(
        level, filters or {}, org_year, years_read
    )
    operating = " AND list_contains(?, f.rr_line)" if operating_only else ""
    sql = f"""
        WITH latest AS (
            SELECT year, name AS version FROM budget_version
            QUALIFY row_number() OVER (PARTITION BY year ORDER BY seq DESC) = 1),
        c AS (
            SELECT f.year, {select}, f.period, f.measure, f.amount
            FROM {source} LEFT JOIN latest ON latest.year = f.year
            WHERE (f.measure <> 'budget' OR f.version = latest.version)
              AND (? IS NULL OR f.year = ?) {operating} {scope})
        SELECT year, unit, period, measure, CAST(-sum(amount) * 100 AS BIGINT) AS amount_ore
        FROM c GROUP BY ALL
    """
    params += [year, year, *([list(OPERATING_LINES)] if operating_only else []), *scope_params]
    return amounts_as_int(con.execute(sql, params).df(), ["year", "period", "amount_ore"])


def budget_lines(con: duckdb.DuckDBPyConnection, year: int, version: str) -> pd.DataFrame:
    """One budget version of a year per nämnd, income-statement line and kostnadsslag (öre,
    result sign): what a scenario starts from. Columns: committee, rr_line, kostnadsslag,
    amount_ore."""
    select, source, params, _, _ = query_parts("committee", {}, None, {year}, with_cost_type=True)
    frame = con.execute(
        f"""WITH c AS (
                SELECT {select}, f.rr_line, f.amount FROM {source}
                WHERE f.year = ? AND f.measure = 'budget' AND f.version = ?)
            SELECT unit AS committee, coalesce(rr_line, '') AS rr_line, kostnadsslag,
                   CAST(-sum(amount) * 100 AS BIGINT) AS amount_ore
            FROM c GROUP BY ALL""",
        [*params, year, version],
    ).df()
    return amounts_as_int(frame, ["amount_ore"])


def region_lines(con: duckdb.DuckDBPyConnection, year: int | None = None) -> pd.DataFrame:
    """The whole region's amounts per year, income-statement line, period and measure (the
    budget of each year's latest version), in öre, result sign: summed over lines it is the
    region's history (`region_history`), one year of it is that year's income statement
    (`line_amounts`); a forecast of årets resultat needs both, from one read.
    Columns: year, rr_line ('' for an account without a line), period, measure, amount_ore."""
    source, params = smallest_source(set(), None, set())
    frame = con.execute(
        f"""WITH latest AS (
                SELECT year, name AS version FROM budget_version
                QUALIFY row_number() OVER (PARTITION BY year ORDER BY seq DESC) = 1)
            SELECT f.year, coalesce(f.rr_line, '') AS rr_line, f.period, f.measure,
                   CAST(-sum(f.amount) * 100 AS BIGINT) AS amount_ore
            FROM {source} LEFT JOIN latest ON latest.year = f.year
            WHERE (f.measure <> 'budget' OR f.version = latest.version)
              AND (? IS NULL OR f.year = ?)
            GROUP BY ALL ORDER BY ALL""",
        [*params, year, year],
    ).df()
    return amounts_as_int(frame, ["year", "period", "amount_ore"])


def region_history(lines: pd.DataFrame) -> pd.DataFrame:
    """`region_lines` summed to one unit, `REGION_UNIT`: what `history_cube` gives with
    `level=None` and every line."""
    summed = lines.groupby(["year", "period", "measure"], as_index=False)["amount_ore"].sum()
    summed.insert(1, "unit", REGION_UNIT)
    return summed


def line_amounts(lines: pd.DataFrame, year: int) -> pd.DataFrame:
    """One year of `region_lines`. Columns: rr_line, period, measure, amount_ore."""
    return lines[lines["year"] == year].drop(columns="year").reset_index(drop=True)


def results_by_line(
    con: duckdb.DuckDBPyConnection,
    years: list[int],
    through_period: int,
    filters: dict[str, str] | None = None,
    org_year: int | None = None,
) -> pd.DataFrame:
    """Outcome to date per year and income-statement line (öre, result sign)."""
    _, source, params, scope, scope_params = query_parts(None, filters or {}, org_year, set(years))
    frame = con.execute(
        f"""SELECT f.year, coalesce(f.rr_line, '') AS rr_line,
                   CAST(-sum(f.amount) * 100 AS BIGINT) AS amount_ore
            FROM {source}
            WHERE f.measure = 'utfall' AND list_contains(?, f.year) AND f.period BETWEEN 1 AND ?
                  {scope}
            GROUP BY ALL""",
        [*params, years, through_period, *scope_params],
    ).df()
    return amounts_as_int(frame, ["amount_ore"])


def outcome_on_accounts(con: duckdb.DuckDBPyConnection, prefixes: tuple[str, ...]) -> pd.DataFrame:
    """Outcome per year and period on the accounts whose number starts with any of `prefixes`
    (öre, result sign): the realisation and unrealised gains a balanskravsutredning adjusts.
    Columns: year, period, amount_ore (empty when no prefix is given)."""
    if not prefixes:
        return pd.DataFrame({c: pd.Series(dtype="int64") for c in ("year", "period", "amount_ore")})
    frame = con.execute(
        """SELECT year, period, CAST(-sum(amount) * 100 AS BIGINT) AS amount_ore
           FROM ledger_by_konto
           WHERE measure = 'utfall' AND len(list_filter(?, lambda p: starts_with(konto, p))) > 0
           GROUP BY ALL ORDER BY ALL""",
        [list(prefixes)],
    ).df()
    return amounts_as_int(frame, ["year", "period", "amount_ore"])
