"""The command line in the shared mode (`--database-url` or `BUDGET_DATABASE_URL`): every
command runs on a working copy of the PostgreSQL database, a change is written to it in one
transaction under the database's write lock (see `storage.shared`); and the moves between the
DuckDB file and the shared database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb

from analytics.access import acting_as, require
from analytics.cli import commands
from analytics.cli.codes import EXIT_OK, EXIT_USAGE
from analytics.i18n import t

# In the shared mode the database queues changes: a command waits its turn (as long as --wait
# says, else up to an hour), so a scheduled import never fails because someone saved a comment.
QUEUE_S = 3600.0


def run(args: argparse.Namespace, url: str, writes: bool) -> int:
    """One command against the shared database at `url`."""
    from analytics.cli import cli_actor, read_command
    from analytics.storage.shared import SharedDatabase

    if args.command == "publish":
        print(t("shared.no_publish", args.lang), file=sys.stderr)
        return EXIT_USAGE
    with SharedDatabase(url, lang=args.lang) as shared:
        actor = cli_actor(shared.con.cursor())
        with acting_as(actor):
            if writes:  # the actor stays set while the change is sent (row-level security)
                with shared.writing(args.wait or QUEUE_S) as con:
                    return commands.BY_NAME[args.command](con, args)
            return read_command(shared.con.cursor(), args, actor)


def move(args: argparse.Namespace, path: Path, url: str) -> int:
    """`migrate-to`: the DuckDB file into the empty shared database; `dump`: the shared
    database into a new DuckDB file. Both check rows and sums on both sides. An admin's to do:
    the whole database moves, every nämnd, the users and the audit log."""
    from analytics.cli import cli_actor, reading
    from analytics.storage.shared.move import dump, migrate_to

    if not url:
        print(t("shared.url_missing", args.lang), file=sys.stderr)
        return EXIT_USAGE
    if args.command == "migrate-to":
        with reading(path, args.lang) as con, acting_as(cli_actor(con)):
            require("publish")
        moved = migrate_to(path, url, args.lang)
    else:

        def authorise(con: duckdb.DuckDBPyConnection) -> None:
            with acting_as(cli_actor(con)):
                require("publish")

        moved = dump(url, args.out, args.lang, authorise)
    print(moved.text(args.lang))
    return EXIT_OK
