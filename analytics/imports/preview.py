"""What a file looks like before it is imported: its kind, its sheets' recognised headers and
first rows, and a saved mapping profile that fits a sheet nobody recognised.

Only the first rows are read, so the Import page can show a preview of a large file at once
and the CLI can order registers before ledgers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from analytics.ingest.columns import HeaderGuess, apply_profile, guess_header, header_signature
from analytics.ingest.problems import ImportRejected, Problem
from analytics.ingest.readers import RawSheet, read_file
from analytics.ingest.sheets import classify
from analytics.storage import mapping_profiles


@dataclass
class SheetPreview:
    """What was recognised in one sheet, for the import page's preview."""

    sheet: str
    kind: str | None
    header_row: int | None  # 1-based sheet row
    columns: dict[str, str]  # header text → role ("" when unknown)
    first_rows: pd.DataFrame


KIND_ORDER = {"accounts": 0, "org": 1, "ledger": 2}


PREVIEW_ROWS = 60


def detect_kind(path: Path, mapping: dict[str, str] | None = None) -> str | None:
    """What a file holds, from its first rows only: ledger, org or accounts (None if unsure)."""
    try:
        sheets = read_file(path, max_rows=60)
    except ImportRejected:
        return None
    for sheet in sheets:
        if sheet.hidden or sheet.cells.empty:
            continue
        guess = apply_profile(sheet.cells, mapping) if mapping else guess_header(sheet.cells)
        kind = classify(guess) if guess else None
        if kind:
            return kind
    return None


@dataclass
class FilePreview:
    """The first rows of each sheet and what was recognised in them."""

    sheets: list[SheetPreview]
    raw: dict[str, pd.DataFrame]  # sheet name → its first rows as text, for manual mapping
    problems: list[Problem]

    @property
    def unreadable(self) -> bool:
        """The file could not be read at all: a full read would be refused alike."""
        return not self.sheets and any(p.severity == "error" for p in self.problems)


def preview_file(
    path: Path, name: str, mapping: dict[str, str] | None = None, kind: str = "auto"
) -> FilePreview:
    """Recognise a file from its first rows, without reading all of it."""
    try:
        sheets = read_file(path, name, max_rows=PREVIEW_ROWS)
    except ImportRejected as rejected:
        return FilePreview([], {}, rejected.problems)
    previews, raw = [], {}
    for sheet in sheets:
        if sheet.hidden or sheet.cells.empty:
            continue
        guess = apply_profile(sheet.cells, mapping) if mapping else guess_header(sheet.cells)
        sheet_kind = (kind if kind != "auto" else classify(guess)) if guess else None
        previews.append(sheet_preview(sheet, guess, sheet_kind))
        raw[sheet.name] = sheet.cells
    return FilePreview(previews, raw, [])


def signature_of_row(cells: pd.DataFrame, row: int) -> str:
    """The header signature of a row chosen by the user (0-based)."""
    return header_signature([str(v) for v in cells.iloc[row].dropna()])


def suggest_profile(con: duckdb.DuckDBPyConnection, preview: FilePreview) -> str | None:
    """A saved profile whose header fits a row of a sheet that was not recognised."""
    for sheet in preview.sheets:
        if sheet.kind is not None:
            continue
        cells = preview.raw.get(sheet.sheet)
        if cells is None:
            continue
        for row in range(min(len(cells), PREVIEW_ROWS)):
            names = mapping_profiles.profiles_for_signature(con, signature_of_row(cells, row))
            if names:
                return names[0]
    return None


def order_for_import(
    paths: list[Path], mappings: dict[Path, dict[str, str] | None] | None = None
) -> list[Path]:
    """Registers before ledgers, so a ledger's ansvar and konto are known when it is checked."""
    given = mappings or {}
    return sorted(paths, key=lambda p: KIND_ORDER.get(detect_kind(p, given.get(p)) or "ledger", 2))


def sheet_preview(sheet: RawSheet, guess: HeaderGuess | None, kind: str | None) -> SheetPreview:
    cells = sheet.cells
    if guess is None:
        return SheetPreview(sheet.name, kind, None, {}, cells.head(12).fillna(""))
    headers = [guess.headers.get(c, f"({c + 1})") for c in range(cells.shape[1])]
    first = cells.iloc[guess.row + 1 : guess.row + 11].fillna("")  # an empty cell shows empty
    first.columns = _unique(headers)
    return SheetPreview(
        sheet.name,
        kind,
        guess.row + 1,
        {guess.headers[c]: guess.roles.get(c, "") for c in sorted(guess.headers)},
        first,
    )


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for n in names:
        seen[n] = seen.get(n, 0) + 1
        out.append(n if seen[n] == 1 else f"{n} ({seen[n]})")
    return out
