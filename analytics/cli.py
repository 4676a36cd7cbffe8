"""Command line for scheduled loads and scripts: import, demo, summary.

    python -m analytics import FILE[=MAPPING.json]... [--db PATH] [--profile NAME]
        [--mapping FILE] [--period P] [--replace ansvar|period] [--skip-rows 12,15-18]
        [--report REPORT.xlsx] [--dry-run]
    python -m analytics demo [--db PATH]
    python -m analytics summary --db PATH --year Y --period P [--version NAME]
        [--org current|historic] [--json]
    python -m analytics result --db PATH --year Y --period P [--version NAME] [--json]
    python -m analytics tax-forecast FILE [--db PATH]
    python -m analytics assumptions FILE [--db PATH]
    python -m analytics goals FILE [--db PATH] [--profile NAME] [--mapping FILE]
    python -m analytics kolada FILE [--db PATH] [--mapping FILE]
    python -m analytics publish TARGET [--db PATH]
    python -m analytics users list|set NAME --role R [--committee N ...]|remove NAME [--db PATH]

Exit codes: 0 success, 1 a file was refused (nothing of it written), 2 usage error,
3 the database could not be opened or changed (locked by another import, disk full, read-only),
4 the user may not do this (their role or nämnder do not allow it).

Commands that change the database work on a copy that replaces it when they finish; `--wait S`
waits up to S seconds for another change in progress instead of stopping at once.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from analytics.access import ROLES, AccessDenied, Actor, acting_as, identity, require, unlisted
from analytics.common.formatting import tkr
from analytics.i18n import t
from analytics.ingest.options import (
    KINDS,
    REPLACE_SCOPES,
    SIGNS,
    UNITS,
    ImportOptions,
    parse_row_list,
)
from analytics.settings import (
    SettingError,
    admins,
    check_settings,
    current_user,
    db_path,
    path_setting,
    text_setting,
)
from analytics.storage.access import limit_to_committees

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_STORAGE, EXIT_DENIED = 0, 1, 2, 3, 4


if TYPE_CHECKING:
    from analytics.forecast.report import ForecastReport


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analytics",
        description="Budgetuppföljning för regioner: import, demodata och sammanställningar.",
    )
    parser.add_argument("--db", help="DuckDB-fil (standard: $BUDGET_DB eller data/budget.duckdb)")
    parser.add_argument("--lang", choices=("sv", "en"), default=text_setting("language"))
    parser.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="S",
        help="Vänta upp till S sekunder om en annan ändring pågår (standard: avbryt direkt)",
    )
    sub = parser.add_subparsers(dest="command", required=True)

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
    imp.add_argument("--db", dest="db_sub", metavar="PATH", help="DuckDB-fil (standard: "
                     "$BUDGET_DB eller data/budget.duckdb)")  # fmt: skip
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
    imp.add_argument(
        "--report", type=Path, metavar="RAPPORT.xlsx", help="Skriv importrapporten som Excel"
    )

    demo = sub.add_parser("demo", help="Skapa och läs in demodata")
    demo.add_argument("--db", dest="db_sub", help=argparse.SUPPRESS)
    demo.add_argument("--folder", type=Path, default=path_setting("demo_dir"))

    summ = sub.add_parser("summary", help="Budget och utfall per nämnd till och med en period")
    summ.add_argument("--db", dest="db_sub", help=argparse.SUPPRESS)
    summ.add_argument("--year", type=int, required=True)
    summ.add_argument("--period", type=int, required=True, choices=range(1, 13), metavar="P")
    summ.add_argument("--version", help="Budgetversion (standard: den senast inlästa)")
    summ.add_argument(
        "--org",
        choices=("current", "historic"),
        default="current",
        help="Organisation: current = årets organisation för alla år (som Översikt), "
        "historic = varje års egen",
    )
    summ.add_argument("--json", action="store_true", help="Skriv JSON")

    res = sub.add_parser(
        "result", help="Resultaträkning och balanskravsutredning för regionen till en period"
    )
    res.add_argument("--db", dest="db_sub", help=argparse.SUPPRESS)
    res.add_argument("--year", type=int, required=True)
    res.add_argument("--period", type=int, required=True, choices=range(1, 13), metavar="P")
    res.add_argument("--version", help="Budgetversion (standard: den senast inlästa)")
    res.add_argument("--json", action="store_true", help="Skriv JSON")

    tax = sub.add_parser(
        "tax-forecast", help="Läs in skatteprognoser (År, Skatteintäkter, Statsbidrag i tkr)"
    )
    tax.add_argument("file", type=Path, metavar="FILE")
    tax.add_argument("--db", dest="db_sub", help=argparse.SUPPRESS)

    assume = sub.add_parser(
        "assumptions",
        help="Läs in planantaganden (skattesats, skatteunderlag, uppräkning, statsbidrag, "
        "finansiella poster per planår, med källa) från mallen på sidan Scenarier",
    )
    assume.add_argument("file", type=Path, metavar="FILE")
    assume.add_argument("--db", dest="db_sub", help=argparse.SUPPRESS)

    goal = sub.add_parser("goals", help="Läs in ett målark (ersätter alla mål och mätetal)")
    goal.add_argument("file", type=Path, metavar="FILE")
    goal.add_argument("--db", dest="db_sub", help=argparse.SUPPRESS)
    goal.add_argument("--profile", help="Mappningsprofil att använda (eller spara med --mapping)")
    goal.add_argument("--mapping", type=Path, help="JSON-fil: rubriktext → roll (area, goal, …)")

    kol = sub.add_parser("kolada", help="Läs in en export från Kolada som jämförelse")
    kol.add_argument("file", type=Path, metavar="FILE")
    kol.add_argument("--db", dest="db_sub", help=argparse.SUPPRESS)
    kol.add_argument(
        "--mapping",
        type=Path,
        help="JSON-fil: rubriktext eller kolumnbokstav → roll (kpi, kpi_id, organisation, "
        "gender, ignore)",
    )

    usr = sub.add_parser("users", help="Lista, ge eller ta bort roller (administratörer)")
    usr.add_argument("--db", dest="db_sub", help=argparse.SUPPRESS)
    usr_sub = usr.add_subparsers(dest="users_command", required=True, metavar="list|set|remove")
    usr_sub.add_parser("list", help="Alla användare med roll och nämnder")
    usr_set = usr_sub.add_parser("set", help="Ge en användare en roll (och nämnder)")
    usr_set.add_argument("name", metavar="NAMN")
    usr_set.add_argument("--role", required=True, choices=ROLES)
    usr_set.add_argument("--committee", action="append", metavar="NÄMND",
                         help="Begränsa till en nämnd (upprepa för flera); utan: hela regionen")  # fmt: skip
    usr_remove = usr_sub.add_parser("remove", help="Ta bort en användare från rollistan")
    usr_remove.add_argument("name", metavar="NAMN")
    for leaf in usr_sub.choices.values():
        leaf.add_argument("--db", dest="db_sub", help=argparse.SUPPRESS)

    pub = sub.add_parser(
        "publish", help="Kopiera databasen till en replik som lässervrar visar (BUDGET_READ_ONLY=1)"
    )
    pub.add_argument("target", type=Path, metavar="TARGET")
    pub.add_argument("--db", dest="db_sub", help=argparse.SUPPRESS)
    return parser


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
    writes = args.command not in ("summary", "result", "publish") and not getattr(
        args, "dry_run", False
    ) and getattr(args, "users_command", None) != "list"  # fmt: skip
    try:
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
            if actor is not None and actor.committees is not None:
                limit_to_committees(con, actor.committees)  # a limited user reads their nämnder
            if args.command == "import":
                return _import(con, args)
            if args.command == "result":
                return _result(con, args)
            if args.command == "users":
                return _users(con, args)
            return _summary(con, args)
    except StorageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_STORAGE
    except AccessDenied as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_DENIED


def _writing(path: Path, args: argparse.Namespace) -> int:
    """A command that changes the database: on a copy that replaces the database when the
    command has finished (see `storage.locking`), so the dashboard keeps serving meanwhile and
    a killed command leaves the database as it was."""
    from analytics.storage.locking import remove_stale_copies, replacing

    remove_stale_copies(path)
    holder = f"{args.command} av {current_user()}"
    with replacing(path, holder, args.wait) as con, acting_as(cli_actor(con)):
        if args.command == "import":
            return _import(con, args)
        if args.command == "demo":
            return _demo(con, args)
        if args.command == "tax-forecast":
            return _tax_forecast(con, args)
        if args.command == "assumptions":
            return _assumptions(con, args)
        if args.command == "users":
            return _users(con, args)
        return _goals(con, args)


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


def _users(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> int:
    """The roles list for administrators who script their setup (every call is checked: only
    an admin may, and a database without users has its operator as admin)."""
    from analytics.storage import access as stored_access

    require("roles")
    if args.users_command == "list":
        for r in stored_access.users(con).itertuples(index=False):
            try:
                listed = [str(c) for c in r.committees]  # an array, or NA for the whole region
            except TypeError:
                listed = []
            scope = ", ".join(listed) if len(listed) else "hela regionen"
            print(f"{r.name}\t{r.role}\t{scope}")
        return EXIT_OK
    if args.users_command == "set":
        committees = [c.strip() for c in args.committee or [] if c.strip()] or None
        stored_access.set_user(con, args.name, args.role, committees)
        print(
            f"{args.name}: {args.role}, {', '.join(committees) if committees else 'hela regionen'}"
        )
        return EXIT_OK
    stored_access.remove_user(con, args.name)
    print(f"{args.name} är borttagen ur rollistan.")
    return EXIT_OK


def _loaded(args: argparse.Namespace, load: Callable[[], str]) -> int:
    """Run a sheet's all-or-nothing load and print what it did, or every problem it named."""
    from analytics.ingest.problems import ImportRejected

    try:
        message = load()
    except ImportRejected as exc:
        for problem in exc.problems:
            print(problem.render(args.lang), file=sys.stderr)
        return EXIT_REFUSED
    print(f"{args.file.name}: {message}")
    return EXIT_OK


def _tax_forecast(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> int:
    from analytics.forecast.report import import_tax_forecasts

    def load() -> str:
        years = import_tax_forecasts(con, args.file, current_user())
        return f"skatteprognos för {', '.join(str(y) for y in years)} inläst."

    return _loaded(args, load)


def _assumptions(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> int:
    from analytics.scenarios.report import import_assumptions

    return _loaded(
        args,
        lambda: f"{import_assumptions(con, args.file, current_user())} planantaganden inlästa.",
    )


def _goals(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> int:
    from analytics.goals import report as goal_reports
    from analytics.ingest.problems import ImportRejected
    from analytics.storage import queries

    try:
        if args.command == "kolada":
            kolada_mapping = read_mapping(args.mapping) if args.mapping else None
            kpis = goal_reports.import_kolada(con, args.file, mapping=kolada_mapping)
            print(f"{args.file.name}: {', '.join(kpis)} inlästa.")
            return EXIT_OK
        mapping = None
        if args.mapping:
            mapping = json.loads(args.mapping.read_text(encoding="utf-8"))
            if args.profile:
                queries.save_profile(con, args.profile, "goals", mapping, {})
        elif args.profile:
            loaded = queries.load_profile(con, args.profile)
            if loaded is None:
                print(f"Mappningsprofilen {args.profile} finns inte.", file=sys.stderr)
                return EXIT_USAGE
            mapping = loaded[0]
        count = goal_reports.import_goals(con, args.file, None, mapping)
    except ImportRejected as exc:
        for problem in exc.problems:
            print(problem.render(args.lang), file=sys.stderr)
        return EXIT_REFUSED
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    except (OSError, ValueError) as exc:
        print(f"Mappningsfilen går inte att läsa: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"{args.file.name}: {count} indikatorer inlästa.")
    return EXIT_OK


def _progress(fraction: float, message: str) -> None:
    print(f"[{fraction:4.0%}] {message}", file=sys.stderr)


class UsageError(ValueError):
    """A command line that cannot be carried out as given (said in Swedish)."""


def parse_rows(text: str) -> frozenset[int]:
    """`12,15-18` → {12, 15, 16, 17, 18}; a usage error in words otherwise."""
    try:
        return parse_row_list(text)
    except ValueError as exc:
        raise UsageError(f"--skip-rows: {exc}") from exc


def read_mapping(path: Path) -> dict[str, str]:
    """A mapping file: a JSON object of header text → role."""
    try:
        mapping = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UsageError(f"Mappningsfilen {path} går inte att läsa: {exc}") from exc
    if not isinstance(mapping, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in mapping.items()
    ):
        raise UsageError(f"Mappningsfilen {path} ska vara ett JSON-objekt: rubriktext → roll")
    return mapping


def file_arguments(
    values: list[str], default: Path | None
) -> list[tuple[Path, dict[str, str] | None]]:
    """`FILE` or `FILE=MAPPING.json` per argument: each file with its own mapping (or the
    command's `--mapping`), so a register and a ledger load in one command."""
    out: list[tuple[Path, dict[str, str] | None]] = []
    for value in values:
        name, sep, mapping = value.rpartition("=")
        if sep and mapping.lower().endswith(".json") and name:
            out.append((Path(name), read_mapping(Path(mapping))))
        else:
            out.append((Path(value), read_mapping(default) if default else None))
    return out


def _import(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> int:
    from analytics.imports.display import report_workbook
    from analytics.imports.importer import import_file
    from analytics.imports.preview import order_for_import

    try:
        given = file_arguments(args.files, args.mapping)
        skip_rows = parse_rows(args.skip_rows)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    mappings = dict(given)
    failed = False
    reports = []
    for path in order_for_import([p for p, _ in given], mappings):
        options = ImportOptions(
            sign=args.sign,
            unit=args.unit,
            year=args.year,
            version=args.version,
            mapping=mappings[path],
            profile=args.profile,
            kind=args.kind,
            period=args.period,
            skip_rows=skip_rows,
            replace=args.replace,
            dry_run=args.dry_run,
        )
        result = import_file(con, path, options, progress=_progress, lang=args.lang)
        stream = sys.stdout if result.ok else sys.stderr
        print("\n".join(result.summary_lines(args.lang)), file=stream)
        failed |= not result.ok
        reports.append(result)
    if args.report:
        _write_reports(args.report, [report_workbook(r, args.lang) for r in reports])
    return EXIT_REFUSED if failed else EXIT_OK


def _write_reports(target: Path, workbooks: list[bytes]) -> None:
    """One report per imported file: FILE.xlsx for one, FILE-1.xlsx, FILE-2.xlsx … for more."""
    names = (
        [target]
        if len(workbooks) == 1
        else [
            target.with_name(f"{target.stem}-{i}{target.suffix}")
            for i in range(1, 1 + len(workbooks))
        ]
    )
    for name, data in zip(names, workbooks, strict=True):
        name.write_bytes(data)
        print(f"Importrapport: {name}", file=sys.stderr)


def _demo(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> int:
    from analytics.demo import DemoError, build_demo

    try:
        results = build_demo(con, args.folder, _progress)
    except DemoError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_REFUSED
    for result in results:
        print(result.summary_lines(args.lang)[0])
    return EXIT_OK


def _summary(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> int:
    from analytics.followup.compute import NoData
    from analytics.followup.report import follow_up, summary_of
    from analytics.forecast.report import forecast_report

    try:
        report = follow_up(con, args.year, args.period, args.version, org_mode=args.org)
    except NoData as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_REFUSED
    forecasts = forecast_report(con, args.year, args.period, with_scope=False)
    if args.json:
        print(json.dumps(summary_of(report, forecasts, args.org), ensure_ascii=False, indent=2))
        return EXIT_OK
    org = "årets organisation" if args.org == "current" else "varje års egen organisation"
    print(f"{report.year} t.o.m. period {report.period} — {report.version} ({org})")
    for table in (report.table, report.total):
        for row in table.itertuples(index=False):
            print(
                f"{row.unit:<36} budget {tkr(row.budget_ytd_ore):>16}  "
                f"utfall {tkr(row.outcome_ytd_ore):>16}  "
                f"avvikelse {tkr(row.deviation_ytd_ore):>14}"
            )
    if forecasts.year_end_ore is not None:
        label = _year_end_label(forecasts)
        print(f"{label:<36} {tkr(forecasts.year_end_ore):>23}")
    return EXIT_OK


def _year_end_label(forecasts: ForecastReport) -> str:
    if forecasts.closed:
        return "Utfall helår, årets resultat" if forecasts.result else "Utfall helår"
    return "Helårsprognos, årets resultat" if forecasts.result else "Helårsprognos, nettokostnad"


def _result(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> int:
    from analytics.result.report import RegionOnly, result_json, result_report

    try:
        report = result_report(con, args.year, args.period, args.version)
    except RegionOnly:
        print(t("result.region_only", args.lang), file=sys.stderr)
        return EXIT_DENIED
    if args.json:
        print(json.dumps(result_json(report), ensure_ascii=False, indent=2))
        return EXIT_OK
    from analytics.result.display import result_text

    print("\n".join(result_text(report, args.lang)))
    return EXIT_OK
