"""Saved mapping profiles: how a region's own export's headers map to column roles, found again
by the header row's signature so the next month's file imports without asking."""

from __future__ import annotations

import json

import duckdb

from analytics.storage.access import audited


@audited("profile")
def save_profile(
    con: duckdb.DuckDBPyConnection,
    name: str,
    signature: str,
    mapping: dict[str, str],
    options: dict[str, object],
) -> None:
    """Store (or update) a named mapping profile."""
    con.execute(
        """INSERT INTO mapping_profile (name, signature, mapping_json, options_json)
           VALUES (?, ?, ?, ?)
           ON CONFLICT (name) DO UPDATE SET signature = excluded.signature,
             mapping_json = excluded.mapping_json, options_json = excluded.options_json,
             updated_at = now()""",
        [name, signature, json.dumps(mapping, ensure_ascii=False), json.dumps(options)],
    )


def load_profile(
    con: duckdb.DuckDBPyConnection, name: str
) -> tuple[dict[str, str], dict[str, object]] | None:
    """A profile's mapping and options, or None."""
    row = con.execute(
        "SELECT mapping_json, options_json FROM mapping_profile WHERE name = ?", [name]
    ).fetchall()
    return (json.loads(row[0][0]), json.loads(row[0][1])) if row else None


def profiles_for_signature(con: duckdb.DuckDBPyConnection, signature: str) -> list[str]:
    """Names of the profiles saved for files of this shape, newest first."""
    rows = con.execute(
        "SELECT name FROM mapping_profile WHERE signature = ? ORDER BY updated_at DESC",
        [signature],
    ).fetchall()
    return [str(r[0]) for r in rows]


def profile_names(con: duckdb.DuckDBPyConnection) -> list[str]:
    """All saved profiles."""
    return [
        str(r[0]) for r in con.execute("SELECT name FROM mapping_profile ORDER BY name").fetchall()
    ]
