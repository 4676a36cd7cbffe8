"""The import report: what happened to every row of a file, as lines, tables and a workbook.

One wording for the CLI's summary, the Import page's tables and the report workbook
(`import --report FILE.xlsx`, the page's download): the skipped rows with their row number,
reason and amounts; the reconciliation per sheet and measure (file total = stored + skipped);
rows summed because they share every key; the planned or made changes per nämnd; every problem.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

import pandas as pd

from analytics.common.formatting import format_number, tkr
from analytics.common.workbook import Column, Kind, Sheet, workbook_bytes
from analytics.i18n import family, t
from analytics.ingest.problems import Problem
from analytics.ingest.reconcile import MergedRows, Reconciliation, SkippedRow

if TYPE_CHECKING:
    from analytics.imports.result import ImportResult, Total
    from analytics.storage.replace_plan import ReplacePlan


# The report's tables, column by column (their headings are `<table>.col.<column>`).
PLAN_COLUMNS = family(
    "plan.col",
    (
        "committee",
        "measure",
        "added",
        "added_tkr",
        "replaced",
        "change_tkr",
        "removed",
        "removed_tkr",
        "unchanged",
    ),
)
SKIPPED_COLUMNS = family("skipped.col", ("sheet", "row", "reason", "text"))
RECONCILE_COLUMNS = family(
    "reconcile.col", ("sheet", "measure", "rows", "file", "stored", "skipped", "closes")
)
MERGED_COLUMNS = family("merged.col", ("sheet", "rows", "facts", "examples"))


def format_count(n: int) -> str:
    """`18 546`: a count with the thousands grouped, as every number in the UI."""
    return format_number(int(n), 0)


def _kr(ore: int) -> str:
    return format_number(Decimal(int(ore)) / 100, 2)


def _amount(ore: int, as_text: bool) -> str | Decimal:
    """Kronor with öre: text for the page, an exact number for the workbook."""
    return _kr(ore) if as_text else Decimal(int(ore)) / 100


def measure_label(measure: str, lang: str = "sv") -> str:
    return t(f"role.{measure}", lang)


def _reason(row: SkippedRow, lang: str) -> str:
    """`summarad (summan av rad 5–11)`: why a row was skipped, and what it sums."""
    reason = t(f"skipped.{row.reason}", lang)
    if row.closes:
        reason += " " + t("skipped.closes", lang, first=row.closes[0], last=row.closes[1])
    return reason


def skipped_line(row: SkippedRow, lang: str = "sv") -> str:
    """`Huvudbok rad 12, summarad (summan av rad 5–11): Summa RS · Budget 1 500,00`."""
    amounts = ", ".join(f"{measure_label(m, lang)} {_kr(v)}" for m, v in row.amounts.items())
    reason = _reason(row, lang)
    return t(
        "skipped.line",
        lang,
        sheet=row.sheet,
        row=row.row,
        reason=reason,
        text=row.text or "—",
        amounts=amounts or t("skipped.no_amounts", lang),
    )


def reconciliation_lines(lines: list[Reconciliation], lang: str = "sv") -> list[str]:
    """`Utfall (Huvudbok): filen 3 400,00 kr = lagrat 3 400,00 + överhoppat 0,00 ✓`."""
    return [
        t(
            "reconcile.line" if r.closes else "reconcile.broken",
            lang,
            measure=measure_label(r.measure, lang),
            sheet=r.sheet,
            file=_kr(r.file_ore),
            stored=_kr(r.stored_ore),
            skipped=_kr(r.skipped_ore),
        )
        for r in lines
    ]


def merged_line(merged: MergedRows, lang: str = "sv") -> str:
    examples = "; ".join(", ".join(str(r) for r in group) for group in merged.examples[:3])
    return t(
        "summary.merged",
        lang,
        sheet=merged.sheet,
        rows=format_count(merged.rows_in),
        facts=format_count(merged.facts_out),
        examples=examples or "—",
    )


def plan_lines(plan: ReplacePlan, lang: str = "sv") -> list[str]:
    """One line per nämnd that the import changes."""
    lines = [t(f"plan.scope.{plan.scope}", lang)]
    for c in plan.committees:
        if not (c.added or c.replaced or c.removed):
            continue
        lines.append(
            t(
                "plan.line",
                lang,
                committee=c.committee or t("plan.unplaced", lang),
                measure=measure_label(c.measure, lang),
                added=format_count(c.added),
                replaced=format_count(c.replaced),
                removed=format_count(c.removed),
                added_tkr=tkr(c.added_ore),
                change_tkr=tkr(c.replaced_new_ore - c.replaced_old_ore),
                removed_tkr=tkr(c.removed_ore),
            )
        )
    return lines


def plan_frame(plan: ReplacePlan | None, lang: str = "sv") -> pd.DataFrame:
    """The planned (or made) changes per nämnd as a table, amounts in tkr as text."""
    headings = [t(f"plan.col.{k}", lang) for k in PLAN_COLUMNS]
    rows = [
        [
            c.committee or t("plan.unplaced", lang),
            measure_label(c.measure, lang),
            format_count(c.added),
            tkr(c.added_ore),
            format_count(c.replaced),
            tkr(c.replaced_new_ore - c.replaced_old_ore),
            format_count(c.removed),
            tkr(c.removed_ore),
            format_count(c.unchanged),
        ]
        for c in (plan.committees if plan else ())
    ]
    return pd.DataFrame(rows, columns=headings)


def skipped_frame(rows: list[SkippedRow], lang: str = "sv", as_text: bool = True) -> pd.DataFrame:
    """Every skipped row: sheet, row, reason, text, and one column per measure (kr)."""
    measures = list(dict.fromkeys(m for r in rows for m in r.amounts))
    records = []
    for r in rows:
        records.append(
            [r.sheet, r.row, _reason(r, lang), r.text]
            + [_amount(r.amounts[m], as_text) if m in r.amounts else None for m in measures]
        )
    columns = [t(f"skipped.col.{k}", lang) for k in SKIPPED_COLUMNS]
    return pd.DataFrame(records, columns=columns + [measure_label(m, lang) for m in measures])


def reconciliation_frame(
    lines: list[Reconciliation], lang: str = "sv", as_text: bool = True
) -> pd.DataFrame:
    """File total = stored + skipped, per sheet and measure (kr)."""
    columns = [t(f"reconcile.col.{k}", lang) for k in RECONCILE_COLUMNS]
    return pd.DataFrame(
        [
            [
                r.sheet,
                measure_label(r.measure, lang),
                format_count(r.rows) if as_text else r.rows,
                _amount(r.file_ore, as_text),
                _amount(r.stored_ore, as_text),
                _amount(r.skipped_ore, as_text),
                "✓" if r.closes else "✗",
            ]
            for r in lines
        ],
        columns=columns,
    )


def report_workbook(result: ImportResult, lang: str = "sv") -> bytes:
    """The import report as a workbook: summary, reconciliation, skipped rows, merged rows,
    changes per nämnd and problems, each sheet with a styled, frozen and filtered heading row;
    counts and amounts as numbers (kronor with öre, tkr), through the shared writer."""
    summary = Sheet(
        t("report.sheet.summary", lang),
        [Column(t("report.summary", lang), width=110)],
        [[line] for line in result.summary_lines(lang)],
        freeze_first_column=False,
    )
    return workbook_bytes(
        [
            summary,
            _reconciliation_sheet(result.reconciliation, lang),
            _skipped_sheet(result.skipped, lang),
            _merged_sheet(result.merged, lang),
            _plan_sheet(result.plan, lang),
            _problems_sheet(result.problems, lang),
        ]
    )


def _reconciliation_sheet(lines: list[Reconciliation], lang: str) -> Sheet:
    kinds: dict[str, Kind] = {"rows": "count", "file": "kr", "stored": "kr", "skipped": "kr"}
    return Sheet(
        t("report.sheet.reconciliation", lang),
        [Column(t(f"reconcile.col.{k}", lang), kinds.get(k, "text")) for k in RECONCILE_COLUMNS],
        [
            [
                r.sheet,
                measure_label(r.measure, lang),
                r.rows,
                r.file_ore,
                r.stored_ore,
                r.skipped_ore,
                t("yes" if r.closes else "no", lang),
            ]
            for r in lines
        ],
    )


def _skipped_sheet(rows: list[SkippedRow], lang: str) -> Sheet:
    measures = list(dict.fromkeys(m for r in rows for m in r.amounts))
    return Sheet(
        t("report.sheet.skipped", lang),
        [
            Column(t("skipped.col.sheet", lang)),
            Column(t("skipped.col.row", lang), "int"),
            Column(t("skipped.col.reason", lang), width=50, wrap=True),
            Column(t("skipped.col.text", lang), width=40),
            *(Column(measure_label(m, lang), "kr") for m in measures),
        ],
        [[r.sheet, r.row, _reason(r, lang), r.text, *map(r.amounts.get, measures)] for r in rows],
    )


def _merged_sheet(merged: list[MergedRows], lang: str) -> Sheet:
    kinds: dict[str, Kind] = {"rows": "count", "facts": "count"}
    return Sheet(
        t("report.sheet.merged", lang),
        [
            Column(t(f"merged.col.{k}", lang), kinds.get(k, "text"), wrap=k == "examples")
            for k in MERGED_COLUMNS
        ],
        [
            [
                m.sheet,
                m.rows_in,
                m.facts_out,
                "; ".join(", ".join(str(r) for r in g) for g in m.examples),
            ]
            for m in merged
        ],
    )


def _plan_sheet(plan: ReplacePlan | None, lang: str) -> Sheet:
    def kind(k: str) -> Kind:
        return "tkr" if k.endswith("_tkr") else "text" if k in ("committee", "measure") else "count"

    return Sheet(
        t("report.sheet.plan", lang),
        [Column(t(f"plan.col.{k}", lang), kind(k)) for k in PLAN_COLUMNS],
        [
            [
                c.committee or t("plan.unplaced", lang),
                measure_label(c.measure, lang),
                c.added,
                c.added_ore,
                c.replaced,
                c.replaced_new_ore - c.replaced_old_ore,
                c.removed,
                c.removed_ore,
                c.unchanged,
            ]
            for c in (plan.committees if plan else ())
        ],
    )


def problems_frame(problems: list[Problem], lang: str = "sv") -> pd.DataFrame:
    """The validation report as a table: file, sheet, rows, column, message, severity."""
    return pd.DataFrame(
        [
            {
                t("report.file", lang): p.file,
                t("report.sheet", lang): p.sheet,
                t("report.rows", lang): ", ".join(str(r) for r in p.rows),
                t("report.column", lang): p.column,
                t("report.problem", lang): p.message(lang),
                t("report.severity", lang): t(f"report.{p.severity}", lang),
            }
            for p in problems
        ],
        columns=[
            t(k, lang)
            for k in (
                "report.file",
                "report.sheet",
                "report.rows",
                "report.column",
                "report.problem",
                "report.severity",
            )
        ],
    )


def _problems_sheet(problems: list[Problem], lang: str) -> Sheet:
    frame = problems_frame(problems, lang)
    widths = (28, 16, 24, 22, 90, 10)
    return Sheet(
        t("report.sheet.problems", lang),
        [Column(str(c), width=w, wrap=w == 90) for c, w in zip(frame.columns, widths, strict=True)],
        [list(row) for row in frame.itertuples(index=False)],
        freeze_first_column=False,
    )


def problems_workbook(problems: list[Problem], lang: str = "sv") -> bytes:
    """The validation report as an Excel workbook with a styled, frozen and filtered header."""
    sheet = _problems_sheet(problems, lang)
    return workbook_bytes([replace(sheet, title=t("report.title", lang))])


def totals_display(totals: list[Total], lang: str = "sv") -> pd.DataFrame:
    """An import's totals per year, measure and version, in kronor with öre."""
    return pd.DataFrame(
        {
            t("col.year", lang): [str(x.year) for x in totals],
            t("col.measure", lang): [t(f"role.{x.measure}", lang) for x in totals],
            t("col.version", lang): [x.version for x in totals],
            t("col.amount_kr", lang): [
                format_number(Decimal(x.amount_ore) / 100, 2) for x in totals
            ],
            t("col.rows", lang): [format_number(x.rows) for x in totals],
        }
    )


def history_display(history: pd.DataFrame, lang: str = "sv") -> pd.DataFrame:
    """The import log, newest first, as the import page shows it."""
    return pd.DataFrame(
        {
            t("col.when", lang): history["started_at"].dt.strftime("%Y-%m-%d %H:%M"),
            t("col.file", lang): history["file_name"],
            t("col.kind", lang): [
                " + ".join(t(f"kind.{k}", lang) for k in str(kind).split("+")) if kind else ""
                for kind in history["kind"].fillna("")
            ],
            t("col.result", lang): [t(f"result.{r}", lang) for r in history["result"]],
            t("col.rows", lang): history["rows_read"].fillna(0).astype(int),
            t("col.added", lang): history["rows_added"].fillna(0).astype(int),
            t("col.replaced", lang): history["rows_replaced"].fillna(0).astype(int),
            t("col.removed", lang): history["rows_removed"].fillna(0).astype(int),
            t("col.user", lang): history["user_name"],
        }
    )


def roles_display(columns: dict[str, str], lang: str = "sv") -> pd.DataFrame:
    """Each header text of a file with the meaning the importer gave it."""
    return pd.DataFrame(
        {
            t("report.column", lang): list(columns),
            t("import.meaning", lang): [
                t(f"role.{r}", lang) if r else t("import.unknown_column", lang)
                for r in columns.values()
            ],
        }
    )
