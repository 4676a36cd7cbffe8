"""Command line for scheduled loads and scripts: import, demo, summary.

    python -m analytics import FILE... [--db PATH] [--profile NAME] [--mapping FILE] [--dry-run]
    python -m analytics demo [--db PATH]
    python -m analytics summary --db PATH --year Y --period P [--version NAME] [--json]
    python -m analytics tax-forecast FILE [--db PATH]
    python -m analytics goals FILE [--db PATH] [--profile NAME] [--mapping FILE]
    python -m analytics kolada FILE [--db PATH]

Exit codes: 0 success, 1 a file was refused (nothing of it written), 2 usage error,
3 the database could not be opened.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from analytics.formatting import tkr
from analytics.ingest.options import KINDS, SIGNS, UNITS, ImportOptions
from analytics.settings import db_path, setting

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_STORAGE = 0, 1, 2, 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analytics",
        description="Budgetuppföljning för regioner: import, demodata och sammanställningar.",
    )
    parser.add_argument("--db", help="DuckDB-fil (standard: $BUDGET_DB eller data/budget.duckdb)")
    parser.add_argument("--lang", choices=("sv", "en"), default=setting("language"))
    sub = parser.add_subparsers(dest="command", required=True)

    imp = sub.add_parser("import", help="Importera huvudboksexporter och registerfiler")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument("--db", dest="db_sub", help=argparse.SUPPRESS)
    imp.add_argument("--profile", help="Mappningsprofil att använda (eller spara med --mapping)")
    imp.add_argument("--mapping", type=Path, help="JSON-fil: rubriktext → kolumnroll")
    imp.add_argument("--dry-run", action="store_true", help="Kontrollera bara, skriv inget")
    imp.add_argument("--sign", choices=SIGNS, default="bookkeeping")
    imp.add_argument("--unit", choices=tuple(UNITS), help="Beloppsenhet om filen inte anger den")
    imp.add_argument("--year", type=int, help="År om filen inte anger det")
    imp.add_argument("--version", help="Budgetversion för filens budgetbelopp")
    imp.add_argument("--kind", choices=KINDS, default="auto")

    demo = sub.add_parser("demo", help="Skapa och läs in demodata")
    demo.add_argument("--db", dest="db_sub", help=argparse.SUPPRESS)
    demo.add_argument("--folder", type=Path, default=Path(setting("demo_dir")))

    summ = sub.add_parser("summary", help="Budget och utfall per nämnd till och med en period")
    summ.add_argument("--db", dest="db_sub", help=argparse.SUPPRESS)
    summ.add_argument("--year", type=int, required=True)
    summ.add_argument("--period", type=int, required=True, choices=range(1, 13), metavar="P")
    summ.add_argument("--version", help="Budgetversion (standard: den senast inlästa)")
    summ.add_argument("--json", action="store_true", help="Skriv JSON")

    tax = sub.add_parser(
        "tax-forecast", help="Läs in skatteprognoser (År, Skatteintäkter, Statsbidrag i tkr)"
    )
    tax.add_argument("file", type=Path, metavar="FILE")
    tax.add_argument("--db", dest="db_sub", help=argparse.SUPPRESS)

    goal = sub.add_parser("goals", help="Läs in ett målark (ersätter alla mål och mätetal)")
    goal.add_argument("file", type=Path, metavar="FILE")
    goal.add_argument("--db", dest="db_sub", help=argparse.SUPPRESS)
    goal.add_argument("--profile", help="Mappningsprofil att använda (eller spara med --mapping)")
    goal.add_argument("--mapping", type=Path, help="JSON-fil: rubriktext → roll (area, goal, …)")

    kol = sub.add_parser("kolada", help="Läs in en export från Kolada som jämförelse")
    kol.add_argument("file", type=Path, metavar="FILE")
    kol.add_argument("--db", dest="db_sub", help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from analytics.storage import StorageError, open_database

    path = db_path(getattr(args, "db_sub", None) or args.db)
    try:
        con = open_database(path, lang=args.lang)
    except StorageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_STORAGE
    try:
        if args.command == "import":
            return _import(con, args)
        if args.command == "demo":
            return _demo(con, args)
        if args.command == "tax-forecast":
            return _tax_forecast(con, args)
        if args.command in ("goals", "kolada"):
            return _goals(con, args)
        return _summary(con, args)
    finally:
        con.close()


def _tax_forecast(con, args: argparse.Namespace) -> int:
    from analytics.forecast_reports import import_tax_forecasts
    from analytics.ingest.problems import ImportRejected
    from analytics.settings import current_user

    try:
        years = import_tax_forecasts(con, args.file, current_user())
    except ImportRejected as exc:
        for problem in exc.problems:
            print(problem.render(args.lang), file=sys.stderr)
        return EXIT_REFUSED
    print(f"{args.file.name}: skatteprognos för {', '.join(str(y) for y in years)} inläst.")
    return EXIT_OK


def _goals(con, args: argparse.Namespace) -> int:
    from analytics import goal_reports
    from analytics.ingest.problems import ImportRejected
    from analytics.storage import queries

    try:
        if args.command == "kolada":
            kpis = goal_reports.import_kolada(con, args.file)
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
    except (OSError, ValueError) as exc:
        print(f"Mappningsfilen går inte att läsa: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"{args.file.name}: {count} indikatorer inlästa.")
    return EXIT_OK


def _progress(fraction: float, message: str) -> None:
    print(f"[{fraction:4.0%}] {message}", file=sys.stderr)


def _import(con, args: argparse.Namespace) -> int:
    from analytics.importer import import_file, order_for_import

    mapping = None
    if args.mapping:
        try:
            mapping = json.loads(args.mapping.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"Mappningsfilen {args.mapping} går inte att läsa: {exc}", file=sys.stderr)
            return EXIT_USAGE
    failed = False
    for path in order_for_import(args.files):
        options = ImportOptions(
            sign=args.sign,
            unit=args.unit,
            year=args.year,
            version=args.version,
            mapping=mapping,
            profile=args.profile,
            kind=args.kind,
            dry_run=args.dry_run,
        )
        result = import_file(con, path, options, progress=_progress)
        stream = sys.stdout if result.ok else sys.stderr
        print("\n".join(result.summary_lines(args.lang)), file=stream)
        failed |= not result.ok
    return EXIT_REFUSED if failed else EXIT_OK


def _demo(con, args: argparse.Namespace) -> int:
    from analytics.demo import DemoError, build_demo

    try:
        results = build_demo(con, args.folder, _progress)
    except DemoError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_REFUSED
    for result in results:
        print(result.summary_lines(args.lang)[0])
    return EXIT_OK


def _summary(con, args: argparse.Namespace) -> int:
    from analytics.forecast_reports import forecast_report
    from analytics.reports import NoData, follow_up, summary_of

    try:
        report = follow_up(con, args.year, args.period, args.version, org_mode="historic")
    except NoData as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_REFUSED
    forecasts = forecast_report(con, args.year, args.period, with_scope=False)
    if args.json:
        print(json.dumps(summary_of(report, forecasts), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{report.year} t.o.m. period {report.period} — {report.version}")
    for table in (report.table, report.total):
        for row in table.itertuples(index=False):
            print(
                f"{row.unit:<36} budget {tkr(row.budget_ytd_ore):>16}  "
                f"utfall {tkr(row.outcome_ytd_ore):>16}  "
                f"avvikelse {tkr(row.deviation_ytd_ore):>14}"
            )
    if forecasts.scope_forecast_ore is not None:
        print(f"{'Helårsprognos, årets resultat':<36} {tkr(forecasts.scope_forecast_ore):>23}")
    return EXIT_OK
