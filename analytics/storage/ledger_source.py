"""Where the ledger's queries read: the levels a user groups by, and the smallest source
(a summary or the facts with their organisation) that gives the same sums.

Identifiers in SQL only ever come from the fixed lists here; every value is a bound parameter.
"""

from __future__ import annotations

import pandas as pd

from analytics.i18n import family

# Levels a user can group by, and the SQL expression of each over a source `f` (below): the
# organisation (nämnd → förvaltning → verksamhet → ansvar) and the accounts (kostnadsslag →
# konto). Codes carry their names so a label can be shown and filtered on alike. Identifiers in
# SQL only ever come from this fixed list; every value is a bound parameter.
LEVELS: dict[str, str] = {
    "committee": "f.committee",
    "forvaltning": "f.forvaltning",
    "verksamhet": "concat_ws(' ', f.verksamhet, f.verksamhet_name)",
    "ansvar": "concat_ws(' ', f.ansvar, f.ansvar_name)",
    "kostnadsslag": "f.kostnadsslag",
    "konto": "concat_ws(' ', f.konto, f.konto_name)",
}
family("level", LEVELS)  # the texts `level.<value>` (analytics/i18n/)
ORG_LEVELS = ("committee", "forvaltning", "verksamhet", "ansvar")
ACCOUNT_LEVELS = ("kostnadsslag", "konto")
# Income-statement lines whose amounts are revenue; the rest are costs.
REVENUE_LINES = ("intakter", "skatteintakter", "statsbidrag", "finansiella_intakter")
UNKNOWN_UNIT = "(okänd)"


def scope_conditions(filters: dict[str, str]) -> tuple[str, list[object]]:
    """The ` AND …` conditions that keep a drill scope (level → unit), and their parameters."""
    sql = "".join(f" AND coalesce({LEVELS[lvl]}, ?) = ?" for lvl in filters)
    params: list[object] = []
    for value in filters.values():
        params += [UNKNOWN_UNIT, value]
    return sql, params


# Where a query reads its amounts. Every source has the columns year, period, measure, version,
# amount, rr_line, revenue (the account's line is a revenue line) and those its levels need.
# The account's part is decided once per account, not once per fact.
_ACCOUNTS = "(SELECT *, list_contains(?, rr_line) AS revenue FROM account)"
# Every fact, with the organisation of its own year (`o.year = f.year`) or of a given year.
_ALL_FACTS = f"""(
    SELECT f.year, f.period, f.measure, f.version, f.amount, f.ansvar, o.ansvar_name,
           o.committee, o.forvaltning, o.verksamhet, o.verksamhet_name,
           f.konto, a.konto_name, a.kostnadsslag, a.rr_line, a.revenue
    FROM {_ACCOUNTS} a
    RIGHT JOIN ledger_fact f ON a.konto = f.konto
    {{org_join}}) f"""
_ORG_JOIN = "LEFT JOIN org_unit o ON o.ansvar = f.ansvar AND o.year = {org_year}"
# Facts and their accounts only, for queries that use the ansvar code but no organisation.
NO_ORG = """CROSS JOIN (SELECT NULL AS ansvar_name, NULL AS committee, NULL AS forvaltning,
                               NULL AS verksamhet, NULL AS verksamhet_name) o"""
# The summaries kept by every import (storage.summaries): a few thousand rows instead of millions.
_BY_VERKSAMHET = """(
    SELECT *, list_contains(?, rr_line) AS revenue FROM ledger_by_verksamhet) f"""
_BY_COMMITTEE = """(
    SELECT *, list_contains(?, rr_line) AS revenue FROM ledger_by_committee) f"""
_BY_KONTO = f"""(
    SELECT k.*, a.konto_name, a.kostnadsslag, a.rr_line, a.revenue
    FROM ledger_by_konto k LEFT JOIN {_ACCOUNTS} a ON a.konto = k.konto) f"""


def smallest_source(
    levels: set[str], org_year: int | None, years_read: set[int]
) -> tuple[str, list[object]]:
    """The smallest source that gives the same sums: SQL for `FROM` and its parameters.

    `levels` are those grouped or filtered on (`ansvar_code`: the fact's ansvar code alone).
    No level, or the nämnd on each year's own organisation, come from the per-nämnd summary;
    accounts alone need no organisation; förvaltning and verksamhet on each year's own
    organisation come from the per-verksamhet summary; history restated on another year's
    organisation, or an ansvar, reads the facts.
    """
    revenue: list[object] = [list(REVENUE_LINES)]
    own_organisation = org_year is None or years_read == {org_year}
    if not levels or (levels == {"committee"} and own_organisation):
        return _BY_COMMITTEE, revenue
    if levels <= set(ACCOUNT_LEVELS):
        return _BY_KONTO, revenue
    if levels <= {"committee", "forvaltning", "verksamhet"} and own_organisation:
        return _BY_VERKSAMHET, revenue
    if not levels & set(ORG_LEVELS):
        return _ALL_FACTS.format(org_join=NO_ORG), revenue
    if org_year is None:
        return _ALL_FACTS.format(org_join=_ORG_JOIN.format(org_year="f.year")), revenue
    return _ALL_FACTS.format(org_join=_ORG_JOIN.format(org_year="?")), [*revenue, org_year]


def unit_columns(level: str, with_cost_type: bool) -> tuple[str, list[object]]:
    """The select list naming each row's unit (and kostnadsslag), with its parameters."""
    cost_type = ", coalesce(f.kostnadsslag, ?) AS kostnadsslag" if with_cost_type else ""
    params: list[object] = [UNKNOWN_UNIT, *([UNKNOWN_UNIT] if with_cost_type else [])]
    return f"coalesce({LEVELS[level]}, ?) AS unit{cost_type}, f.revenue", params


def query_parts(
    level: str | None,
    filters: dict[str, str],
    org_year: int | None,
    years_read: set[int],
    with_cost_type: bool = False,
) -> tuple[str, str, list[object], str, list[object]]:
    """What every plan-against-outcome query shares: (unit select list, source, their
    parameters, scope conditions, their parameters)."""
    levels = {*filters, *([level] if level else []), *(["kostnadsslag"] if with_cost_type else [])}
    source, source_params = smallest_source(levels, org_year, years_read)
    select, select_params = unit_columns(level, with_cost_type) if level else ("", [])
    scope, scope_params = scope_conditions(filters)
    return select, source, [*select_params, *source_params], scope, scope_params


def amounts_as_int(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """Year, period and öre columns as int64, whatever integer width DuckDB gave them."""
    for column in columns:
        frame[column] = frame[column].astype("int64")
    return frame
