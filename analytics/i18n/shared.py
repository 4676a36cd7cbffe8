"""Messages of the shared mode (PostgreSQL): connection, schema, refused and failed changes,
migration between the embedded file and the shared database."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "shared.unreachable": {
        "sv": "Den delade databasen {where} kan inte nås: {detail}. Inget har ändrats.",
        "en": "The shared database {where} cannot be reached: {detail}. Nothing was changed.",
    },
    "shared.schema_version": {
        "sv": "Den delade databasen har schemaversion {found}, men den här versionen av "
        "programmet använder version {supported}. Flytta data via en fil (python -m analytics "
        "dump, sedan migrate-to) eller kör samma programversion på alla servrar.",
        "en": "The shared database has schema version {found}, but this version of the program "
        "uses version {supported}. Move the data through a file (python -m analytics dump, "
        "then migrate-to) or run the same program version on every server.",
    },
    "shared.write_failed": {
        "sv": "Ändringen kunde inte sparas i den delade databasen {where}: {detail}. Inget av "
        "den sparades; sidan visar databasens innehåll som det är.",
        "en": "The change could not be saved in the shared database {where}: {detail}. None of "
        "it was saved; the page shows the database as it is.",
    },
    "shared.refused_rows": {
        "sv": "databasen vägrade ändra {count} rad(er) i {table} (utanför dina nämnder eller "
        "ändrade av någon annan)",
        "en": "the database refused to change {count} row(s) in {table} (outside your nämnder "
        "or changed by someone else)",
    },
    "shared.not_empty": {
        "sv": "Den delade databasen {where} innehåller redan data ({rows} rader). Flytta bara "
        "till en tom databas; inget har ändrats.",
        "en": "The shared database {where} already holds data ({rows} rows). Move only into an "
        "empty database; nothing was changed.",
    },
    "shared.mismatch": {
        "sv": "Kontrollen efter flytten stämmer inte för {table}: {source} i källan, {target} i "
        "målet.",
        "en": "The check after the move does not agree for {table}: {source} in the source, "
        "{target} in the target.",
    },
    "shared.checked": {
        "sv": "{tables} tabeller flyttade och kontrollerade: {rows} rader, bokföringens summa "
        "{total} kr, lika i källa och mål.",
        "en": "{tables} tables moved and checked: {rows} rows, the ledger's total {total} kr, "
        "equal in source and target.",
    },
    "shared.no_publish": {
        "sv": "I delat läge finns ingen fil att publicera: alla servrar läser samma databas. "
        "Säkerhetskopiera med pg_dump (se README).",
        "en": "In shared mode there is no file to publish: every server reads the same "
        "database. Back up with pg_dump (see the README).",
    },
    "shared.url_missing": {
        "sv": "Ange den delade databasen med --database-url URL (eller BUDGET_DATABASE_URL).",
        "en": "Name the shared database with --database-url URL (or BUDGET_DATABASE_URL).",
    },
    "shared.busy": {
        "sv": "En annan ändring pågår i den delade databasen (till exempel en import) och blev "
        "inte klar inom {seconds} s. Inget sparades; försök igen om en stund.",
        "en": "Another change is in progress in the shared database (an import, for example) "
        "and did not finish within {seconds} s. Nothing was saved; try again in a moment.",
    },
}
