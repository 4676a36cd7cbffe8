"""Command line for scheduled loads and scripts: import, demo, summary.

    python -m analytics import FILE[=MAPPING.json]... [--db PATH] [--profile NAME]
        [--mapping FILE] [--period P] [--replace ansvar|period] [--skip-rows 12,15-18]
        [--report REPORT.xlsx] [--dry-run]
    python -m analytics demo [--db PATH]
    python -m analytics summary --db PATH --year Y --period P [--version NAME]
        [--org current|historic] [--json]
    python -m analytics result --db PATH --year Y --period P [--version NAME] [--json]
    python -m analytics report --db PATH --year Y --period P [--committee N]
        [--kind month|tertial|interim] [--format pdf|docx] --out FILE
    python -m analytics tax-forecast FILE [--db PATH]
    python -m analytics assumptions FILE [--db PATH]
    python -m analytics goals FILE [--db PATH] [--profile NAME] [--mapping FILE]
    python -m analytics kolada FILE [--db PATH] [--mapping FILE]
    python -m analytics publish TARGET [--db PATH]
    python -m analytics users list|set NAME --role R [--committee N ...]|remove NAME [--db PATH]
    python -m analytics migrate-to --database-url URL [--db PATH]
    python -m analytics dump --database-url URL --out FILE.duckdb

Every command takes `--database-url URL` (or BUDGET_DATABASE_URL) to work on the shared
PostgreSQL database instead of the DuckDB file.

Exit codes: 0 success, 1 a file was refused (nothing of it written), 2 usage error,
3 the database could not be opened or changed (locked by another import, disk full, read-only),
4 the user may not do this (their role or nämnder do not allow it).

Commands that change the database work on a copy that replaces it when they finish; `--wait S`
waits up to S seconds for another change in progress instead of stopping at once.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from analytics.access import AccessDenied, Actor, acting_as, identity, require, unlisted
from analytics.cli import commands, shared
from analytics.cli.codes import EXIT_DENIED, EXIT_OK, EXIT_STORAGE, EXIT_USAGE
from analytics.cli.parser import build_parser
from analytics.i18n import t
from analytics.settings import (
    SettingError,
    admins,
    check_settings,
    current_user,
    database_url,
    db_path,
)
from analytics.storage.access import limit_to_committees

__all__ = ["EXIT_DENIED", "EXIT_OK", "EXIT_STORAGE", "EXIT_USAGE", "build_parser", "main"]


def main(argv: list[str] | None = None) -> int:
    try:
        check_settings()  # a bad environment stops here, naming the variable
    except SettingError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    parser = build_parser()
    args = parser.parse_args(argv)
    from analytics.storage import StorageError

    path = db_path(getattr(args, "db_sub", None) or args.db)
    writes = (
        args.command not in ("summary", "result", "export", "report", "publish")
        and not getattr(args, "dry_run", False)
        and getattr(args, "users_command", None) != "list"
    )
    url = database_url(getattr(args, "database_url_sub", None) or args.database_url)
    try:
        if args.command in ("migrate-to", "dump"):
            return shared.move(args, path, url)
        if url:
            return shared.run(args, url, writes)
        if args.command == "publish":
            from analytics.storage.locking import publish

            # a copy holds every nämnd, the users and the audit log: an admin's to make
            with reading(path, args.lang) as con, acting_as(cli_actor(con)):
                require("publish")
            publish(path, args.target, args.wait, f"publicering av {current_user()}")
            print(f"Publicerade {path} till {args.target}")
            return EXIT_OK
        if writes:
            return _writing(path, args)
        with reading(path, args.lang) as con, acting_as(cli_actor(con)) as actor:
            return read_command(con, args, actor)
    except StorageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_STORAGE
    except AccessDenied as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_DENIED


def read_command(
    con: duckdb.DuckDBPyConnection, args: argparse.Namespace, actor: Actor | None
) -> int:
    """A command that only reads, on `con`: a limited user's cursor sees their nämnder only."""
    if actor is not None and actor.committees is not None:
        limit_to_committees(con, actor.committees)
    return commands.BY_NAME[args.command](con, args)


def _writing(path: Path, args: argparse.Namespace) -> int:
    """A command that changes the database: on a copy that replaces the database when the
    command has finished (see `storage.locking`), so the dashboard keeps serving meanwhile and
    a killed command leaves the database as it was."""
    from analytics.storage.locking import replacing

    holder = f"{args.command} av {current_user()}"
    with replacing(path, holder, args.wait) as con, acting_as(cli_actor(con)):
        return commands.BY_NAME[args.command](con, args)


@contextmanager
def reading(path: Path, lang: str) -> Iterator[duckdb.DuckDBPyConnection]:
    """The database for reading; while the dashboard holds the file, a consistent snapshot
    taken under the writer lock (the dashboard checkpoints every change inside it)."""
    from analytics.storage import StorageError, open_database
    from analytics.storage.locking import writer_lock

    with tempfile.TemporaryDirectory() as folder:
        try:
            con = open_database(path, read_only=path.exists(), lang=lang)
        except StorageError as first:
            snapshot = Path(folder) / path.name
            with writer_lock(path, 10.0, f"läsning av {current_user()}"):
                shutil.copyfile(path, snapshot)
            try:
                con = open_database(snapshot, read_only=True, lang=lang)
            except StorageError:  # not held by a dashboard: the file itself is wrong
                raise first from None  # named by the database's own path, not the snapshot's
        try:
            yield con
        finally:
            con.close()


def cli_actor(con: duckdb.DuckDBPyConnection) -> Actor:
    """The user running the command: the OS account (or the identity a service account acts
    as, see `settings.current_user`), with the role the database gives them. A database
    without users is a single-user one: its user is admin."""
    from analytics.storage.access import has_users, role_of

    name = current_user()
    if identity(name) in admins():
        return Actor(name, "admin", None, "cli")
    if not has_users(con):
        return Actor(name, "admin", None, "cli")
    found = role_of(con, name)
    if found:
        return Actor(name, found[0], found[1], "cli")
    actor = unlisted(name, "cli")
    if actor is None:
        raise AccessDenied(t("auth.no_access", name=name))
    return actor
