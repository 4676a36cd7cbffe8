"""What each CLI command does once its database is open: import, demo, summary, result, the
template and file loads, and the roles list."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from analytics.access import require
from analytics.cli.codes import EXIT_DENIED, EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from analytics.common.formatting import format_number, tkr
from analytics.i18n import t
from analytics.ingest.options import ImportOptions, parse_row_list
from analytics.settings import current_user

if TYPE_CHECKING:
    from analytics.forecast.report import ForecastReport


def users_command(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> int:
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


def tax_forecast_command(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> int:
    from analytics.forecast.report import import_tax_forecasts

    def load() -> str:
        years = import_tax_forecasts(con, args.file, current_user())
        return f"skatteprognos för {', '.join(str(y) for y in years)} inläst."

    return _loaded(args, load)


def assumptions_command(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> int:
    from analytics.scenarios.report import import_assumptions

    return _loaded(
        args,
        lambda: f"{import_assumptions(con, args.file, current_user())} planantaganden inlästa.",
    )


def goals_command(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> int:
    from analytics.goals import report as goal_reports
    from analytics.goals.display import imported_text
    from analytics.ingest.problems import ImportRejected
    from analytics.storage import mapping_profiles

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
                mapping_profiles.save_profile(con, args.profile, "goals", mapping, {})
        elif args.profile:
            loaded = mapping_profiles.load_profile(con, args.profile)
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
    print(imported_text(args.file.name, count, args.lang))
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


def import_command(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> int:
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


def demo_command(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> int:
    from analytics.demo import DemoError, build_demo

    try:
        results = build_demo(con, args.folder, _progress)
    except DemoError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_REFUSED
    for result in results:
        print(result.summary_lines(args.lang)[0])
    return EXIT_OK


def summary_command(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> int:
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


def result_command(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> int:
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


def export_command(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> int:
    """The Avvikelser page's download as a file: the same rows, headings and workbook."""
    from analytics.followup import export
    from analytics.followup.compute import NoData
    from analytics.followup.report import ExportChoice, deviation_export

    choice = ExportChoice(
        level=args.level,
        committee=args.committee,
        org_mode=args.org,
        threshold_tkr=args.threshold_tkr,
        threshold_pct=args.threshold_pct,
        flag_rule=args.flag,
    )
    try:
        rows, context = deviation_export(
            con, args.year, args.period, args.version, choice, args.lang
        )
    except NoData as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_REFUSED
    fmt = args.format or ("csv" if args.out.suffix.lower() == ".csv" else "xlsx")
    content = (
        export.csv_text(rows, args.lang)
        if fmt == "csv"
        else export.workbook(rows, context, args.lang)
    )
    args.out.write_bytes(content)
    print(t("export.written", args.lang, file=str(args.out), rows=format_number(len(rows) - 1)))
    return EXIT_OK


def report_command(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> int:
    """The Rapport page's document as a file (PDF or Word), for scheduled runs."""
    from analytics.report import render
    from analytics.report.build import build_report
    from analytics.report.sources import ReportChoice

    fmt = args.format or ("docx" if args.out.suffix.lower() == ".docx" else "pdf")
    choice = ReportChoice(
        args.year, args.period, args.kind, args.committee, args.version, args.lang
    )
    document = build_report(con, choice)
    content = render.render(document, fmt, args.lang)
    args.out.write_bytes(content)
    if fmt == "pdf":
        pages = format_number(render.page_count(content))
        print(t("board.written", args.lang, file=str(args.out), pages=pages))
    else:
        print(t("board.written_docx", args.lang, file=str(args.out)))
    return EXIT_OK


# The command each name runs once its database is open (`publish` copies the file instead).
BY_NAME: dict[str, Callable[[duckdb.DuckDBPyConnection, argparse.Namespace], int]] = {
    "import": import_command,
    "demo": demo_command,
    "summary": summary_command,
    "result": result_command,
    "export": export_command,
    "report": report_command,
    "tax-forecast": tax_forecast_command,
    "assumptions": assumptions_command,
    "goals": goals_command,
    "kolada": goals_command,  # the goal and Kolada loads share their checks
    "users": users_command,
}
