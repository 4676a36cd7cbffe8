"""The command line's arguments: one function per group of commands, all in Swedish."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from analytics.access import ROLES
from analytics.followup.compute import FLAG_RULES, ORG_MODES
from analytics.ingest.options import KINDS, REPLACE_SCOPES, SIGNS, UNITS
from analytics.settings import path_setting, text_setting
from analytics.storage.ledger_source import ACCOUNT_LEVELS, ORG_LEVELS

DB_HELP = "DuckDB-fil (standard: $BUDGET_DB eller data/budget.duckdb)"
URL_HELP = (
    "Delat läge: PostgreSQL-databasens URL (standard: $BUDGET_DATABASE_URL; tom: DuckDB-filen)"
)


def build_parser() -> argparse.ArgumentParser:
    """Every command with its arguments (`python -m analytics --help`)."""
    parser = argparse.ArgumentParser(
        prog="python -m analytics",
        description="Budgetuppföljning för regioner: import, demodata och sammanställningar.",
    )
    parser.add_argument("--db", metavar="PATH", help=DB_HELP)
    parser.add_argument("--database-url", metavar="URL", help=URL_HELP)
    parser.add_argument("--lang", choices=("sv", "en"), default=text_setting("language"))
    parser.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="S",
        help="Vänta upp till S sekunder om en annan ändring pågår (standard: avbryt direkt)",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    _import_command(sub)
    _report_commands(sub)
    _file_commands(sub)
    _users_command(sub)
    _move_commands(sub)
    return parser


if TYPE_CHECKING:
    # what `add_subparsers` returns (argparse gives the class no public name)
    Commands: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]


def _import_command(sub: Commands) -> None:
    """`import`: ledger exports and registers, all or nothing per file."""
    imp = sub.add_parser(
        "import",
        help="Importera huvudboksexporter och registerfiler",
        description="Importera huvudboksexporter, organisationsregister och kontoplaner. Varje "
        "fil läses helt eller inte alls; det som hoppas över listas med rad och belopp.",
        epilog="Exempel: python -m analytics import org.xlsx=org_mappning.json huvudbok.csv "
        "--period 12 --report rapport.xlsx",
    )
    imp.add_argument(
        "files",
        nargs="+",
        metavar="FILE[=MAPPING.json]",
        help="Filer att läsa in; FIL=MAPPNING.json ger den filen en egen mappning",
    )
    db_option(imp)
    imp.add_argument(
        "--profile", metavar="NAMN", help="Mappningsprofil att använda (eller spara med --mapping)"
    )
    imp.add_argument(
        "--mapping",
        type=Path,
        metavar="FIL.json",
        help="JSON-fil: rubriktext → kolumnroll, för filer utan egen",
    )
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help="Kontrollera och visa vad som skulle läggas till, ersättas och tas bort; skriv inget",
    )
    _reading_options(imp)
    imp.add_argument(
        "--report", type=Path, metavar="RAPPORT.xlsx", help="Skriv importrapporten som Excel"
    )


def _reading_options(imp: argparse.ArgumentParser) -> None:
    """How to read a file that does not say it itself: sign, unit, year, period, version, kind,
    what it replaces and which rows are subtotals."""
    imp.add_argument(
        "--sign",
        choices=SIGNS,
        default="bookkeeping",
        help="bookkeeping: kostnader positiva (som exporter); result: intäkter positiva",
    )
    imp.add_argument("--unit", choices=tuple(UNITS), help="Beloppsenhet om filen inte anger den")
    imp.add_argument("--year", type=int, help="År om filen inte anger det")
    imp.add_argument(
        "--period",
        type=int,
        choices=range(1, 13),
        metavar="P",
        help="Period (1–12) för en fil utan periodkolumn, t.ex. 12 för ett årsutfall",
    )
    imp.add_argument("--version", help="Budgetversion för filens budgetbelopp")
    imp.add_argument(
        "--kind", choices=KINDS, default="auto", help="Filens slag (standard: känns igen)"
    )
    imp.add_argument(
        "--replace",
        choices=REPLACE_SCOPES,
        default="ansvar",
        help="ansvar (standard): ersätt bara filens ansvar i filens perioder; period: ersätt "
        "hela perioderna för hela regionen",
    )
    imp.add_argument(
        "--skip-rows",
        default="",
        metavar="RADER",
        help="Radnummer som är summarader och ska hoppas över, t.ex. 12,15-18",
    )


def db_option(command: argparse.ArgumentParser) -> None:
    """`--db PATH` after the command's name too (`demo --db x.duckdb`), listed in its --help."""
    command.add_argument("--db", dest="db_sub", metavar="PATH", help=DB_HELP)
    command.add_argument("--database-url", dest="database_url_sub", metavar="URL", help=URL_HELP)


def _period_options(command: argparse.ArgumentParser) -> None:
    """`--year`, `--period` and `--version`: which year, month and budget version."""
    command.add_argument("--year", type=int, required=True, help="Budgetår, t.ex. 2025")
    command.add_argument(
        "--period",
        type=int,
        required=True,
        choices=range(1, 13),
        metavar="P",
        help="Till och med period P (1–12), t.ex. 6 för juni",
    )
    command.add_argument("--version", help="Budgetversion (standard: den senast inlästa)")


def _org_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--org",
        choices=ORG_MODES,
        default="current",
        help="Organisation: current = årets organisation för alla år (som Översikt), "
        "historic = varje års egen",
    )


def _report_commands(sub: Commands) -> None:
    """`demo`, `summary`, `result` and `export`: the demo data and what the pages show."""
    demo = sub.add_parser("demo", help="Skapa och läs in demodata")
    db_option(demo)
    demo.add_argument(
        "--folder",
        type=Path,
        default=path_setting("demo_dir"),
        help="Mapp för demofilerna (standard: $BUDGET_DEMO_DIR)",
    )

    summ = sub.add_parser("summary", help="Budget och utfall per nämnd till och med en period")
    db_option(summ)
    _period_options(summ)
    _org_option(summ)
    summ.add_argument("--json", action="store_true", help="Skriv JSON")

    res = sub.add_parser(
        "result", help="Resultaträkning och balanskravsutredning för regionen till en period"
    )
    db_option(res)
    _period_options(res)
    res.add_argument("--json", action="store_true", help="Skriv JSON")
    _export_command(sub)
    _board_report_command(sub)


def _board_report_command(sub: Commands) -> None:
    """`report`: the Rapport page's document, for scheduled runs."""
    rep = sub.add_parser(
        "report",
        help="Månadsrapport, tertialrapport eller delårsrapport som PDF eller Word",
        epilog="Exempel: python -m analytics report --year 2020 --period 8 --kind interim "
        "--format pdf --out delarsrapport.pdf",
    )
    db_option(rep)
    _period_options(rep)
    rep.add_argument("--committee", metavar="NÄMND", help="Bara den här nämnden")
    rep.add_argument(
        "--kind",
        choices=("month", "tertial", "interim"),
        default="month",
        help="month (standard): månadsrapport; tertial: tertialrapport; interim: delårsrapport",
    )
    rep.add_argument(
        "--format", choices=("pdf", "docx"), help="Filformat (standard: efter --out:s ändelse)"
    )
    rep.add_argument("--out", type=Path, required=True, metavar="FIL", help="Filen att skriva")


def _export_command(sub: Commands) -> None:
    """`export`: the Avvikelser page's Excel or CSV download, for scripts."""
    exp = sub.add_parser(
        "export",
        help="Avvikelserapporten som Excel eller CSV (samma fil som sidan Avvikelser laddar ned)",
        epilog="Exempel: python -m analytics export --year 2025 --period 6 "
        "--committee Hälso- och sjukvårdsnämnden --out avvikelser.xlsx",
    )
    db_option(exp)
    _period_options(exp)
    exp.add_argument(
        "--level",
        choices=(*ORG_LEVELS, *ACCOUNT_LEVELS),
        help="Nivå att visa (standard: nämnder, eller nivån under --committee)",
    )
    exp.add_argument("--committee", metavar="NÄMND", help="Bara den här nämnden")
    _org_option(exp)
    exp.add_argument("--threshold-tkr", type=float, default=500, metavar="TKR",
                     help="Flagga från (tkr), standard 500")  # fmt: skip
    exp.add_argument("--threshold-pct", type=float, default=2.0, metavar="PROCENT",
                     help="Flagga från (%%), standard 2")  # fmt: skip
    exp.add_argument(
        "--flag",
        choices=FLAG_RULES,
        default="either",
        help="either (standard): flagga när tkr eller %% nås; both: när båda nås",
    )
    exp.add_argument(
        "--format", choices=("xlsx", "csv"), help="Filformat (standard: efter --out:s ändelse)"
    )
    exp.add_argument("--out", type=Path, required=True, metavar="FIL", help="Filen att skriva")


def _file_commands(sub: Commands) -> None:
    """`tax-forecast`, `assumptions`, `goals`, `kolada` and `publish`: one file each."""
    tax = sub.add_parser(
        "tax-forecast", help="Läs in skatteprognoser (År, Skatteintäkter, Statsbidrag i tkr)"
    )
    tax.add_argument("file", type=Path, metavar="FILE")
    db_option(tax)

    assume = sub.add_parser(
        "assumptions",
        help="Läs in planantaganden (skattesats, skatteunderlag, uppräkning, statsbidrag, "
        "finansiella poster per planår, med källa) från mallen på sidan Scenarier",
    )
    assume.add_argument("file", type=Path, metavar="FILE")
    db_option(assume)

    goal = sub.add_parser("goals", help="Läs in ett målark (ersätter alla mål och mätetal)")
    goal.add_argument("file", type=Path, metavar="FILE")
    db_option(goal)
    goal.add_argument("--profile", help="Mappningsprofil att använda (eller spara med --mapping)")
    goal.add_argument("--mapping", type=Path, help="JSON-fil: rubriktext → roll (area, goal, …)")

    kol = sub.add_parser("kolada", help="Läs in en export från Kolada som jämförelse")
    kol.add_argument("file", type=Path, metavar="FILE")
    db_option(kol)
    kol.add_argument(
        "--mapping",
        type=Path,
        help="JSON-fil: rubriktext eller kolumnbokstav → roll (kpi, kpi_id, organisation, "
        "gender, ignore)",
    )

    pub = sub.add_parser(
        "publish", help="Kopiera databasen till en replik som lässervrar visar (BUDGET_READ_ONLY=1)"
    )
    pub.add_argument("target", type=Path, metavar="TARGET")
    db_option(pub)


def _users_command(sub: Commands) -> None:
    """`users list|set|remove`: the roles list, for administrators who script their setup."""
    usr = sub.add_parser("users", help="Lista, ge eller ta bort roller (administratörer)")
    db_option(usr)
    usr_sub = usr.add_subparsers(dest="users_command", required=True, metavar="list|set|remove")
    usr_sub.add_parser("list", help="Alla användare med roll och nämnder")
    usr_set = usr_sub.add_parser("set", help="Ge en användare en roll (och nämnder)")
    usr_set.add_argument("name", metavar="NAMN")
    usr_set.add_argument("--role", required=True, choices=ROLES)
    usr_set.add_argument(
        "--committee",
        action="append",
        metavar="NÄMND",
        help="Begränsa till en nämnd (upprepa för flera); utan: hela regionen",
    )
    usr_remove = usr_sub.add_parser("remove", help="Ta bort en användare från rollistan")
    usr_remove.add_argument("name", metavar="NAMN")
    for leaf in usr_sub.choices.values():
        db_option(leaf)


def _move_commands(sub: Commands) -> None:
    """`migrate-to` and `dump`: between the DuckDB file and the shared database, checked."""
    move = sub.add_parser(
        "migrate-to",
        help="Flytta DuckDB-filen till en tom delad PostgreSQL-databas (antal och summor kontrolleras)",
    )
    db_option(move)
    dump = sub.add_parser(
        "dump",
        help="Skriv den delade databasen till en ny DuckDB-fil (antal och summor kontrolleras)",
    )
    dump.add_argument("--out", type=Path, required=True, metavar="FIL.duckdb", help="Ny fil")
    db_option(dump)
