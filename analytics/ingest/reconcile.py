"""What an import did with every row of a file, and the proof that no krona went missing.

Every amount cell of a file ends up either stored (as a fact, perhaps summed with rows of the
same key) or skipped (a proven subtotal, a text row, a row the user excluded). The
reconciliation states per sheet and measure: the file's own total = stored + skipped, in the
file's own sign and in kronor (öre exact). The importer refuses a file whose reconciliation does
not close, so a bug can never store a different total than the file holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from analytics.i18n import family

NO_MEASURE = "amount"  # a skipped row in a long layout whose measure cell is empty


SKIP_REASONS = ("subtotal", "text", "user")  # why a row of a file was not stored
family("skipped", SKIP_REASONS)  # the texts `skipped.<value>` (analytics/i18n/)


@dataclass(frozen=True)
class SkippedRow:
    """One row that was not stored, with what it holds."""

    sheet: str
    row: int  # the sheet's own row number
    reason: str  # subtotal | text | user
    text: str  # the row's descriptive cells, as the user recognises it
    amounts: dict[str, int] = field(default_factory=dict)  # measure → öre in the file's sign
    closes: tuple[int, int] | None = None  # sheet rows of the first and last row it sums


@dataclass(frozen=True)
class Reconciliation:
    """One sheet's and measure's closing line: file total = stored + skipped (öre)."""

    sheet: str
    measure: str
    file_ore: int
    stored_ore: int
    skipped_ore: int
    rows: int  # data rows with an amount of this measure

    @property
    def closes(self) -> bool:
        return self.file_ore == self.stored_ore + self.skipped_ore


@dataclass(frozen=True)
class MergedRows:
    """Rows that share every key of a fact and were summed into one."""

    sheet: str
    rows_in: int
    facts_out: int
    examples: tuple[tuple[int, ...], ...] = ()  # sheet rows of the first merged groups


def reconcile(
    sheet: str,
    measures: list[tuple[str, pd.Series, pd.Series]],
    skipped_mask: pd.Series,
    stored: dict[str, int],
) -> list[Reconciliation]:
    """The closing line per measure: `measures` are (measure, öre per row in the file's sign,
    rows of that measure) over every row; `stored` is öre per measure as the facts hold them,
    in the file's sign."""
    out: dict[str, list[int]] = {}
    for measure, ore, rows in measures:
        has = ore.notna() & rows
        values = ore.where(has, 0).astype("int64")
        file_total = int(values.sum())
        skipped = int(values[skipped_mask].sum())
        count = int((has & ~skipped_mask).sum())
        acc = out.setdefault(measure, [0, 0, 0])
        acc[0] += file_total
        acc[1] += skipped
        acc[2] += count
    return [
        Reconciliation(sheet, m, total, stored.get(m, 0), skipped, rows)
        for m, (total, skipped, rows) in out.items()
        if total or skipped or stored.get(m, 0) or rows
    ]
