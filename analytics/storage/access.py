"""Users, roles and the audit log in the database, and the per-cursor views that hide other
nämnders' rows from a user limited to some nämnder."""

from __future__ import annotations

import dataclasses
import functools
import inspect
import json
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

import duckdb
import pandas as pd

from analytics.access import ROLES, Actor, current, identity, require

F = TypeVar("F", bound=Callable[..., Any])


def role_of(con: duckdb.DuckDBPyConnection, name: str) -> tuple[str, frozenset[str] | None] | None:
    """(role, committees or None for all) of a user, or None when the user is not listed."""
    # compared case-insensitively; should two spellings of one name be listed, the one with
    # the fewest rights counts (access fails closed)
    rows = con.execute(
        """SELECT role, committees FROM app_user WHERE lower(trim(name)) = ?
           ORDER BY list_position(?, role), committees IS NULL""",
        [identity(name), list(ROLES)],
    ).fetchall()
    if not rows:
        return None
    role, committees = rows[0]
    return str(role), (frozenset(committees) if committees else None)


def has_users(con: duckdb.DuckDBPyConnection) -> bool:
    return bool(con.execute("SELECT count(*) FROM app_user").fetchall()[0][0])


def users(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return con.execute(
        "SELECT name, role, committees, updated_by, updated_at FROM app_user ORDER BY name"
    ).df()


def audited(
    action: str, committee: str | Callable[[dict[str, Any]], str | None] | None = None
) -> Callable[[F], F]:
    """Guard a storage write: the acting user must be allowed `action` (on the nämnd that the
    argument named `committee` holds, or that `committee(arguments)` finds), and the write is
    recorded in the audit log afterwards with its arguments (tables as their row counts)."""

    def wrap(write: F) -> F:
        signature = inspect.signature(write)

        @functools.wraps(write)
        def guarded(con: duckdb.DuckDBPyConnection, *args: Any, **kwargs: Any) -> Any:
            bound = signature.bind(con, *args, **kwargs).arguments
            found = committee(bound) if callable(committee) else bound.get(committee or "")
            actor = require(action, found)
            result = write(con, *args, **kwargs)
            record(con, actor, action, write.__name__, found, _detail(bound))
            return result

        # the wrapper keeps the write's signature (functools.wraps): it is the same F
        return guarded  # type: ignore[return-value]

    return wrap


ORG_LEVELS = ("forvaltning", "verksamhet", "ansvar")  # columns of org_unit below the nämnd


def scope_committees(
    con: duckdb.DuckDBPyConnection | None, year: int | None, scope: str, level: str, unit: str
) -> set[str]:
    """Every nämnd a comment's scope and unit belong to: the nämnd named, and the nämnd of
    each förvaltning, verksamhet or ansvar named (from the year's organisation). A unit the
    organisation does not know stands as "?unit", which no limited user sees."""
    named = [part.partition("=")[::2] for part in scope.split("|") if "=" in part]
    named.append((level, unit))
    found: set[str] = set()
    for part_level, part_unit in named:
        if part_level == "committee":
            found.add(part_unit)
        elif part_level in ORG_LEVELS and con is not None:
            column = ORG_LEVELS[ORG_LEVELS.index(part_level)]  # a fixed name, never the input's
            rows = con.execute(
                f"SELECT DISTINCT committee FROM org_unit WHERE year = ? AND {column} = ?",
                [year, part_unit],
            ).fetchall()
            found |= {str(r[0]) for r in rows} or {f"?{part_unit}"}
    return found


def committee_of_scope(arguments: dict[str, Any]) -> str | None:
    """The nämnd a comment is about, for the write check: of its scope and its unit, the one
    the acting user may not change if there is one (so a unit of another nämnd inside one's
    own nämnd's scope is refused), else the first; None for a comment on the whole region."""
    committees = scope_committees(
        arguments.get("con"),
        arguments.get("year"),
        str(arguments.get("scope") or ""),
        str(arguments.get("level") or ""),
        str(arguments.get("unit") or ""),
    )
    if not committees:
        return None
    actor = current()
    limited = actor.committees if actor is not None and actor.committees is not None else None
    foreign = sorted(c for c in committees if limited is not None and c not in limited)
    return foreign[0] if foreign else sorted(committees)[0]


def _detail(arguments: dict[str, Any]) -> str:
    def plain(value: object) -> object:
        if isinstance(value, pd.DataFrame):
            return f"<{len(value)} rader>"
        if isinstance(value, str | int | float | bool) or value is None:
            return value
        if dataclasses.is_dataclass(value) and not isinstance(value, type):  # a record: its fields
            return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return str(value)[:200]

    shown = {k: plain(v) for k, v in arguments.items() if k != "con"}
    return json.dumps(shown, ensure_ascii=False, default=str)[:2000]


def record(
    con: duckdb.DuckDBPyConnection,
    actor: Actor,
    action: str,
    operation: str,
    committee: str | None,
    detail: str,
) -> None:
    """One line in the audit log: who did what to which nämnd, and when."""
    con.execute(
        """INSERT INTO audit_log (id, happened_at, user_name, action, operation, committee, detail)
           VALUES (nextval('audit_id_seq'), ?, ?, ?, ?, ?, ?)""",
        [datetime.now(), actor.name, action, operation, committee, detail],
    )


def audit_log(con: duckdb.DuckDBPyConnection, limit: int = 500) -> pd.DataFrame:
    """The latest changes, newest first (admins only)."""
    require("audit")
    return con.execute(
        """SELECT happened_at, user_name, action, operation, committee, detail FROM audit_log
           ORDER BY id DESC LIMIT ?""",
        [limit],
    ).df()


@audited("roles")
def set_user(
    con: duckdb.DuckDBPyConnection, name: str, role: str, committees: list[str] | None
) -> None:
    """Give a user a role (and optionally limit them to some nämnder)."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    actor = require("roles")
    con.execute(
        """INSERT INTO app_user (name, role, committees, updated_by, updated_at)
           VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (name) DO UPDATE SET role = excluded.role,
             committees = excluded.committees, updated_by = excluded.updated_by,
             updated_at = excluded.updated_at""",
        [identity(name), role, committees or None, actor.name, datetime.now()],
    )


@audited("roles")
def remove_user(con: duckdb.DuckDBPyConnection, name: str) -> None:
    """Take a user off the roles list (they then have no access, unless a default is set)."""
    require("roles")
    con.execute("DELETE FROM app_user WHERE lower(trim(name)) = ?", [identity(name)])


# Tables with a nämnd per row, shadowed by temp views of the same name on a limited cursor.
_VISIBLE = "(SELECT name FROM temp.main.visible_committee)"
_LIMITED_VIEWS = {
    "org_unit": f"SELECT * FROM {{db}}.main.org_unit WHERE committee IN {_VISIBLE}",
    "ledger_fact": f"""SELECT f.* FROM {{db}}.main.ledger_fact f
                      SEMI JOIN {{db}}.main.org_unit o ON o.year = f.year AND o.ansvar = f.ansvar
                                                    AND o.committee IN {_VISIBLE}""",
    "ledger_by_verksamhet": f"""SELECT * FROM {{db}}.main.ledger_by_verksamhet
                               WHERE committee IN {_VISIBLE}""",
    "ledger_by_committee": f"""SELECT * FROM {{db}}.main.ledger_by_committee
                              WHERE committee IN {_VISIBLE}""",
    "ledger_ytd_by_ansvar": f"""SELECT s.* FROM {{db}}.main.ledger_ytd_by_ansvar s
                               SEMI JOIN {{db}}.main.org_unit o
                               ON o.year = s.year AND o.ansvar = s.ansvar
                                  AND o.committee IN {_VISIBLE}""",
    "forecast_entry": f"SELECT * FROM {{db}}.main.forecast_entry WHERE committee IN {_VISIBLE}",
    "frame_decision": f"SELECT * FROM {{db}}.main.frame_decision WHERE committee IN {_VISIBLE}",
    "frame_change": f"SELECT * FROM {{db}}.main.frame_change WHERE committee IN {_VISIBLE}",
    "saving_target": f"SELECT * FROM {{db}}.main.saving_target WHERE committee IN {_VISIBLE}",
    "saving_measure": f"SELECT * FROM {{db}}.main.saving_measure WHERE committee IN {_VISIBLE}",
    "report_text": f"SELECT * FROM {{db}}.main.report_text WHERE committee IN {_VISIBLE}",
    "report_signoff": f"SELECT * FROM {{db}}.main.report_signoff WHERE committee IN {_VISIBLE}",
    "saving_plan": f"""SELECT p.* FROM {{db}}.main.saving_plan p SEMI JOIN {{db}}.main.saving_measure m
                      ON m.code = p.code AND m.committee IN {_VISIBLE}""",
    "saving_realised": f"""SELECT r.* FROM {{db}}.main.saving_realised r
                          SEMI JOIN {{db}}.main.saving_measure m
                          ON m.code = r.code AND m.committee IN {_VISIBLE}""",
}


def limit_to_committees(cursor: duckdb.DuckDBPyConnection, committees: frozenset[str]) -> None:
    """Make this cursor see the ledger and organisation of `committees` only.

    Temp views on the cursor shadow the tables of the same name, so every query run through it,
    whichever function builds it, reads only those nämnders' rows; the account summary, which
    has no nämnd, is rebuilt from the visible facts. The nämnder are rows of a temp table,
    written with bound parameters. Writes go through another cursor."""
    name = str(cursor.execute("SELECT current_database()").fetchall()[0][0])
    db = '"' + name.replace('"', '""') + '"'  # the catalog's own name, quoted as an identifier
    cursor.execute("CREATE OR REPLACE TEMP TABLE visible_committee (name VARCHAR)")
    cursor.executemany(
        "INSERT INTO visible_committee VALUES (?)", [[c] for c in sorted(committees)]
    )
    for view, body in _LIMITED_VIEWS.items():
        cursor.execute(f"CREATE OR REPLACE TEMP VIEW {view} AS {body.format(db=db)}")
    cursor.execute(
        """CREATE OR REPLACE TEMP VIEW ledger_by_konto AS
           SELECT year, period, measure, version, konto, sum(amount) AS amount
           FROM ledger_fact GROUP BY ALL"""
    )
