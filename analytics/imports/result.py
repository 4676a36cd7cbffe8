"""What one file's import did, as the user is told it: rows read, skipped and merged, the
reconciliation per measure, the planned or made changes, and every problem with its place."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from analytics.common.formatting import format_number
from analytics.i18n import t, tn
from analytics.imports.display import (
    format_count,
    merged_line,
    plan_lines,
    reconciliation_lines,
    skipped_line,
)
from analytics.imports.preview import SheetPreview
from analytics.ingest.problems import Problem
from analytics.ingest.reconcile import MergedRows, Reconciliation, SkippedRow
from analytics.storage.replace_plan import ReplacePlan
from analytics.storage.writes import WriteCounts


@dataclass
class Total:
    """One measure's total in the file, in the file's own sign, in öre."""

    year: int
    measure: str
    version: str
    amount_ore: int
    rows: int


@dataclass
class ImportResult:
    """Everything the user is told about one file's import."""

    file: str
    ok: bool
    dry_run: bool = False
    kinds: list[str] = field(default_factory=list)
    rows_read: int = 0
    subtotal_rows: int = 0
    blank_rows: int = 0
    skipped: list[SkippedRow] = field(default_factory=list)
    reconciliation: list[Reconciliation] = field(default_factory=list)
    merged: list[MergedRows] = field(default_factory=list)
    counts: WriteCounts | None = None
    totals: list[Total] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    previews: list[SheetPreview] = field(default_factory=list)
    signature: str = ""

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity != "error"]

    @property
    def plan(self) -> ReplacePlan | None:
        """What the import adds, replaces and removes per nämnd (planned in a dry run)."""
        return self.counts.plan if self.counts else None

    @property
    def merged_rows(self) -> int:
        return sum(m.rows_in for m in self.merged)

    def _skipped_text(self, lang: str) -> str:
        """`1 rad hoppades över (…)`, `3 rader …`, or that none was."""
        n = len(self.skipped)
        if not n:
            return t("summary.skipped.none", lang)
        return tn("summary.skipped", n, lang, shown=format_count(n))

    def summary_lines(self, lang: str = "sv") -> list[str]:
        """The summary as the CLI prints it and the page shows it."""
        if not self.ok:
            lines = [t("summary.failed", lang, file=self.file, n=len(self.errors))]
            lines += ["  " + p.render(lang) for p in self.errors]
            return lines + ["  " + p.render(lang) for p in self.warnings]
        c = self.counts or WriteCounts(0)
        lines = [
            t(
                "summary.ok",
                lang,
                file=self.file,
                rows=format_count(self.rows_read),
                added=format_count(c.added),
                replaced=format_count(c.replaced),
                removed=format_count(c.removed),
                unchanged=format_count(c.unchanged),
                skipped=self._skipped_text(lang),
                blank=tn(
                    "summary.blank", self.blank_rows, lang, shown=format_count(self.blank_rows)
                ),
            )
        ]
        if self.dry_run:
            lines.append(t("summary.dry_run", lang))
        if c.org_rows or c.accounts:
            lines.append(
                t(
                    "summary.registers",
                    lang,
                    org=format_count(c.org_rows),
                    accounts=format_count(c.accounts),
                )
            )
        for merged in self.merged:
            lines.append("  " + merged_line(merged, lang))
        lines += ["  " + line for line in reconciliation_lines(self.reconciliation, lang)]
        for total in self.totals:
            label = f"{total.measure} {total.year}" + (
                f" ({total.version})" if total.version else ""
            )
            amount = format_number(Decimal(total.amount_ore) / 100, 2)
            lines.append(
                "  "
                + t(
                    "summary.totals",
                    lang,
                    label=label,
                    amount=amount,
                    rows=format_count(total.rows),
                )
            )
        if c.plan is not None and (c.replaced or c.removed):
            lines += ["  " + line for line in plan_lines(c.plan, lang)]
        for row in self.skipped[:20]:
            lines.append("  " + skipped_line(row, lang))
        if len(self.skipped) > 20:
            lines.append("  " + t("summary.skipped_more", lang, n=len(self.skipped) - 20))
        return lines + ["  " + p.render(lang) for p in self.warnings]
