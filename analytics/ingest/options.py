"""What the user tells the importer about a file that the file does not say itself."""

from __future__ import annotations

from dataclasses import dataclass

SIGNS = ("bookkeeping", "result")
KINDS = ("auto", "ledger", "org", "accounts")
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
    - `dry_run`: validate and report, write nothing.
    """

    sign: str = "bookkeeping"
    unit: str | None = None
    year: int | None = None
    version: str | None = None
    mapping: dict[str, str] | None = None
    profile: str | None = None
    kind: str = "auto"
    dry_run: bool = False
    user: str = ""

    def unit_factor(self) -> int | None:
        """Kronor per unit, or None when the file decides."""
        return UNITS[self.unit] if self.unit else None
