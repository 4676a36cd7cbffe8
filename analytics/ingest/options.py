"""What the user tells the importer about a file that the file does not say itself."""

from __future__ import annotations

from dataclasses import dataclass

from analytics.i18n import family

SIGNS = ("bookkeeping", "result")
family("sign", SIGNS)  # the texts `sign.<value>` (analytics/i18n/)
KINDS = ("auto", "ledger", "org", "accounts")
family("kind", KINDS)  # the texts `kind.<value>` (analytics/i18n/)
# What a ledger export replaces: its own ansvar in its slices (default), or whole periods.
REPLACE_SCOPES = ("ansvar", "period")
family("plan.scope", REPLACE_SCOPES)  # the texts `plan.scope.<value>` (analytics/i18n/)
family("import.replace", REPLACE_SCOPES)  # the texts `import.replace.<value>` (analytics/i18n/)
UNITS = {"kr": 1, "tkr": 1000, "mnkr": 1_000_000}


@dataclass
class ImportOptions:
    """Options of one import; every field has a default that fits a plain ledger export.

    - `sign`: "bookkeeping" (debit positive: costs positive, revenue negative, as real exports)
      or "result" (revenue positive, costs negative).
    - `unit`: "kr", "tkr" or "mnkr"; None lets the file's headers and title rows decide.
    - `year`: for files that carry neither a year column nor dated periods.
    - `version`: the budget version of the file's budget amounts (default "Budget <year>").
    - `mapping`: header text → role, from the UI or a mapping file; overrides recognition.
    - `profile`: the name of a saved mapping profile to use (or save the mapping under).
    - `kind`: what the file is; "auto" recognises ledger, organisation or account register.
    - `period`: the period (1–12) of a file without a period column, e.g. 12 for a year-end
      outcome; without it such a file holds annual budgets only.
    - `skip_rows`: sheet row numbers the user says are subtotals (skipped and listed).
    - `replace`: "ansvar" replaces, in each year × period × measure × version of the file,
      only the ansvar present in the file; "period" replaces those periods for the whole region.
    - `dry_run`: validate and report (with the planned changes), write nothing.
    """

    sign: str = "bookkeeping"
    unit: str | None = None
    year: int | None = None
    version: str | None = None
    mapping: dict[str, str] | None = None
    profile: str | None = None
    kind: str = "auto"
    period: int | None = None
    skip_rows: frozenset[int] = frozenset()
    replace: str = "ansvar"
    dry_run: bool = False
    user: str = ""

    def unit_factor(self) -> int | None:
        """Kronor per unit, or None when the file decides."""
        return UNITS[self.unit] if self.unit else None


def parse_row_list(text: str) -> frozenset[int]:
    """Sheet row numbers from `12,15-18` (the CLI's --skip-rows, the page's field)."""
    rows: set[int] = set()
    for part in (p.strip() for p in text.replace(";", ",").split(",") if p.strip()):
        first, _, last = part.partition("-")
        try:
            low, high = int(first), int(last or first)
        except ValueError as exc:
            raise ValueError(f"”{part}” är inget radnummer (skriv t.ex. 12,15-18)") from exc
        if low < 1 or high < low or high - low > 1_000_000:
            raise ValueError(f"”{part}” är inget giltigt radintervall")
        rows.update(range(low, high + 1))
    return frozenset(rows)
