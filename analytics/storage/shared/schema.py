"""PostgreSQL's side of the shared mode: the application's tables (generated from the embedded
schema, see `catalog`), the bookkeeping that tells servers what changed, and row-level security.

Bookkeeping:
  - `shared_version`: per table (and `#ledger`, `#sequences`) the change that last wrote it and
    the change that last deleted or updated a row in it (then a server re-reads the table whole;
    otherwise it fetches only rows with a newer `_v`);
  - `shared_change`: the sequence that numbers changes;
  - `shared_ledger_blob` / `shared_ledger_part`: the ledger as Parquet, one part per table and
    year, swapped in the same transaction as the import's rows (never half an import);
  - `shared_sequence`: the id sequences' values, so every server hands out new ids.

Row-level security: tables with a `committee` column answer the role `budget_limited` only with
the rows of the nämnder in the transaction's `budget.committees` setting, for reading and for
writing. A limited user's changes are written under that role, so the database itself refuses a
change to another nämnd's rows, whatever the application's code does.
"""

from __future__ import annotations

import psycopg

from analytics.i18n import t
from analytics.storage.database import StorageError
from analytics.storage.shared.catalog import Table, create_statement, quoted

LIMITED_ROLE = "budget_limited"
LEDGER, SEQUENCES = "#ledger", "#sequences"  # shared_version's names beside the row tables
SEPARATOR = "\x1f"  # between nämnder in budget.committees (a character no name holds)

_BOOKKEEPING = (
    "CREATE TABLE schema_info (version integer PRIMARY KEY)",
    """CREATE TABLE shared_version (name text PRIMARY KEY, version bigint NOT NULL,
       full_version bigint NOT NULL)""",
    "CREATE SEQUENCE shared_change",
    "CREATE TABLE shared_ledger_blob (id bigserial PRIMARY KEY, data bytea NOT NULL)",
    """CREATE TABLE shared_ledger_part (
         table_name text NOT NULL, year integer NOT NULL,
         blob_id bigint NOT NULL REFERENCES shared_ledger_blob (id),
         rows bigint NOT NULL, totals jsonb NOT NULL, PRIMARY KEY (table_name, year))""",
    "CREATE TABLE shared_sequence (name text PRIMARY KEY, last_value bigint NOT NULL)",
)
_POLICY = (
    "committee = ANY (string_to_array(coalesce(current_setting('budget.committees', true), ''), "
    "chr(31)))"
)


def schema_version(pg: psycopg.Connection) -> int | None:
    """The shared database's schema version; None for an empty database."""
    found = pg.execute("SELECT to_regclass('schema_info') IS NOT NULL").fetchone()
    if not found or not found[0]:
        return None
    row = pg.execute("SELECT max(version) FROM schema_info").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def ensure_schema(pg: psycopg.Connection, tables: tuple[Table, ...], version: int) -> None:
    """Create the schema in an empty database, accept one at `version` or refuse another
    version in words. One transaction: never half a schema."""
    with pg.transaction():
        pg.execute("SELECT pg_advisory_xact_lock(hashtext('budget-schema'))")
        found = schema_version(pg)
        if found is None:
            _create(pg, tables, version)
            return
    if found != version:
        raise StorageError(t("shared.schema_version", found=found, supported=version))


def _create(pg: psycopg.Connection, tables: tuple[Table, ...], version: int) -> None:
    for statement in _BOOKKEEPING:
        pg.execute(statement.encode())
    pg.execute("INSERT INTO schema_info VALUES (%s)", [version])
    names = [tbl.name for tbl in tables] + [LEDGER, SEQUENCES]
    pg.execute("INSERT INTO shared_version SELECT unnest(%s::text[]), 0, 0", [names])
    _limited_role(pg)
    for table in tables:
        pg.execute(create_statement(table).encode())
        if table.has_committee:
            name = quoted(table.name)
            pg.execute(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY".encode())
            pg.execute(
                f"CREATE POLICY limited ON {name} TO {LIMITED_ROLE} USING ({_POLICY}) "
                f"WITH CHECK ({_POLICY})".encode()
            )
    pg.execute(
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {LIMITED_ROLE}"
    )
    pg.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {LIMITED_ROLE}")


def _limited_role(pg: psycopg.Connection) -> None:
    """The role a limited user's changes are written under (cluster-wide, made once)."""
    pg.execute(
        f"""DO $$ BEGIN
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{LIMITED_ROLE}') THEN
                CREATE ROLE {LIMITED_ROLE} NOLOGIN;
              END IF;
            END $$""".encode()
    )
    pg.execute(f"GRANT {LIMITED_ROLE} TO current_user".encode())


def act_as(pg: psycopg.Connection, committees: frozenset[str] | None, user: str) -> None:
    """For the rest of the transaction: write as a user limited to `committees` (the database
    then refuses rows of other nämnder), or as the application's own role when None."""
    pg.execute("SELECT set_config('budget.user', %s, true)", [user])
    if committees is None:
        return
    pg.execute(f"SET LOCAL ROLE {LIMITED_ROLE}")
    pg.execute(
        "SELECT set_config('budget.committees', %s, true)",
        [SEPARATOR.join(sorted(committees))],
    )
