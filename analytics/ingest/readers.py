"""Reading any supported file into sheets of text cells, exactly as the user sees them.

Excel and OpenDocument files go through fastexcel (calamine, Rust, returns Arrow): on a 1 M-row
export it is about 20× faster than openpyxl. Every cell is read as text and typed later by our own
parsers, so a column's type is never guessed from its first rows. A large .xlsx sheet is parsed
in pieces on every core (`xlsx_pieces`) and a preview reads only the first rows (`xlsx_parts`). CSV goes through
pandas' C parser after the encoding and the delimiter have been recognised.

Row numbers are kept as the sheet shows them (row 1 is the first row), so every problem can
point at the cell the user must fix.
"""

from __future__ import annotations

import csv
import io
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import pandas as pd

from analytics.common.workers import pool
from analytics.ingest import xlsx_parts, xlsx_pieces
from analytics.ingest.cell_errors import BadCell, from_calamine, scan_ods
from analytics.ingest.problems import ImportRejected, Problem, excel_column
from analytics.ingest.reasons import params_of
from analytics.ingest.safety import MAX_COLUMNS, check_file

EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
CSV_SUFFIXES = {".csv", ".txt"}
SUPPORTED_SUFFIXES = EXCEL_SUFFIXES | CSV_SUFFIXES
MAX_CSV_ROWS = 5_000_000  # five times a full Excel sheet


@dataclass
class RawSheet:
    """A sheet as text. `cells` has one column per sheet column and one row per sheet row.

    `first_column` is the 0-based sheet column of `cells`' first column (a sheet whose data
    starts in column C has first_column 2), so problems can name the right Excel letter.
    """

    name: str
    cells: pd.DataFrame
    hidden: bool = False
    first_column: int = 0
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    bad_cells: list[BadCell] = field(default_factory=list)  # errors, formulas without values
    scanned: bool = False  # bad cells and merged ranges came with its pieces


ISOLATED = True  # tests of the parser's own limits set False to shrink its constants in-process


def read_file(
    path: Path,
    display_name: str | None = None,
    max_rows: int | None = None,
    strict: bool | None = None,
) -> list[RawSheet]:
    """All sheets of a file as text (or their first `max_rows` rows, to recognise a file),
    read in a worker process with a memory and a time limit (`worker`).

    Raises ImportRejected with a clear problem when the file cannot be read, and (`strict`,
    the default for a whole read) when a visible sheet holds an error value or a formula
    without a stored value: such a cell would otherwise read as empty.
    """
    name = display_name or path.name
    if not ISOLATED:
        return parse_file(path, name, max_rows, strict)
    from analytics.ingest.worker import read_in_worker

    return read_in_worker(path, name, max_rows, strict).sheets


def parse_file(
    path: Path, name: str, max_rows: int | None = None, strict: bool | None = None
) -> list[RawSheet]:
    """`read_file` in this process: what the worker runs."""
    sheets = _read_any(path, name, max_rows)
    if strict if strict is not None else max_rows is None:
        refuse_bad_cells(name, sheets)
    return sheets


def refuse_bad_cells(name: str, sheets: list[RawSheet]) -> None:
    """ImportRejected naming every error cell and formula without a value of visible sheets."""
    problems = [
        Problem(
            cell.code,
            name,
            sheet.name,
            rows=(cell.row + 1,) if cell.row >= 0 else (),
            column=excel_column(cell.column) if cell.column >= 0 else "",
            params={"value": cell.value},
        )
        for sheet in sheets
        if not sheet.hidden
        for cell in sheet.bad_cells
    ]
    if problems:
        raise ImportRejected(problems)


def _read_any(path: Path, name: str, max_rows: int | None) -> list[RawSheet]:
    suffix = PurePosixPath(name).suffix.lower() or path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ImportRejected(
            [Problem("unsupported_type", name, params={"suffix": suffix or "(ingen)"})]
        )
    try:
        check_file(path, name, suffix)
    except OSError as exc:
        raise ImportRejected([Problem("unreadable_file", name, params=params_of(exc))]) from exc
    if suffix in CSV_SUFFIXES:
        return [read_csv(path, name, max_rows)]
    return read_workbook(path, name, suffix, max_rows)


def read_workbook(
    path: Path, name: str, suffix: str, max_rows: int | None = None
) -> list[RawSheet]:
    """Every sheet of an Excel or OpenDocument workbook, visible or not."""
    import fastexcel

    xlsx = suffix in {".xlsx", ".xlsm"}
    # A large sheet is parsed in pieces on every core (its merged ranges come with it); the
    # merged ranges of the others are scanned in a second thread while calamine parses them.
    large = xlsx_parts.large_sheets(path) if xlsx and max_rows is None else {}
    merges: Future[dict[str, xlsx_parts.SheetScan]] | None = None
    if xlsx:
        merges = pool("merged-ranges", 2).submit(
            xlsx_parts.scan_sheets, path, frozenset(large.values())
        )
    try:
        # The first rows of a large .xlsx are read from a copy cut after them: calamine
        # otherwise parses every row of a sheet even when asked for a few (~8 s at 1 M rows).
        head = xlsx_parts.head_workbook(path, max_rows) if xlsx and max_rows is not None else None
        reader = fastexcel.read_excel(head if head is not None else str(path))
        sheets = [
            _read_sheet(path, reader, index, sheet_name, large.get(sheet_name), max_rows)
            for index, sheet_name in enumerate(reader.sheet_names)
        ]
    except (ImportRejected, MemoryError):
        raise
    except Exception as exc:  # calamine raises many kinds for broken files; all mean "unreadable"
        if merges is not None:
            merges.cancel()
        raise ImportRejected([Problem("unreadable_workbook", name, params=params_of(exc))]) from exc
    if merges is not None:
        scans = merges.result()
        for sheet in sheets:
            scan = scans.get(sheet.name)
            if sheet.name in large and scan is None and not sheet.scanned:
                scan = _scan_one(path, large[sheet.name])  # read in one piece after all
            if scan is not None:
                sheet.merged = sheet.merged or scan.merged
                sheet.bad_cells += scan.bad_cells
            _fill_merged(sheet)
    elif suffix == ".ods" and max_rows is None:
        for sheet_name, cells in scan_ods(path).items():
            for sheet in sheets:
                if sheet.name == sheet_name:
                    sheet.bad_cells += cells
    return sheets


def _scan_one(path: Path, part: str) -> xlsx_parts.SheetScan | None:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            return xlsx_parts.scan_part(archive, part)
    except (OSError, zipfile.BadZipFile, KeyError):
        return None


def _read_sheet(
    path: Path,
    reader: Any,  # fastexcel.ExcelReader, imported lazily
    index: int,
    name: str,
    part: str | None,
    max_rows: int | None,
) -> RawSheet:
    """One sheet as text: in pieces when it is large, else by calamine in one go."""
    pieces = xlsx_pieces.read_in_pieces(path, index, part) if part else None
    errors: list[BadCell] = []
    if pieces is not None:
        table, first_column, hidden = pieces.table, pieces.first_column, pieces.hidden
        errors = pieces.bad_cells
    else:
        loaded = reader.load_sheet(
            index, header_row=None, skip_rows=0, dtypes="string", n_rows=max_rows
        )
        columns = loaded.available_columns()
        first_column = columns[0].absolute_index if columns else 0
        hidden = loaded.visible != "visible"
        # error values come back as empty cells, with their places beside the table
        table, found = loaded.to_arrow_with_errors()
        errors = from_calamine(found, [c.absolute_index for c in columns])
    cells = (
        table.to_pandas(types_mapper=pd.ArrowDtype).astype("string")
        if table.num_rows
        else pd.DataFrame()
    )
    cells.columns = range(cells.shape[1])
    return RawSheet(
        name=name,
        cells=cells,
        hidden=hidden,
        first_column=first_column,
        merged=pieces.merged if pieces is not None else [],
        bad_cells=errors,
        scanned=pieces is not None,
    )


def _fill_merged(sheet: RawSheet) -> None:
    """Copy each merged range's top-left value into every cell of the range.

    A range reaching past the last column with a value widens the sheet, so that the range is
    filled alike whether all rows were read or only the first ones (which may be narrower).
    """
    cells = sheet.cells
    for r1, c1, r2, c2 in sheet.merged:
        c1 -= sheet.first_column
        c2 -= sheet.first_column
        if r1 >= len(cells) or c1 < 0 or c1 >= cells.shape[1]:
            continue
        for col in range(cells.shape[1], c2 + 1):
            cells[col] = pd.Series(pd.NA, index=cells.index, dtype="string")
        value = cells.iat[r1, c1]
        r2 = min(r2, len(cells) - 1)
        for col in range(c1, c2 + 1):
            cells.iloc[r1 : r2 + 1, col] = value


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM) when it decodes, otherwise Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def sniff_delimiter(sample: str) -> str:
    """`;`, `,` or tab, whichever splits the sample's lines most consistently."""
    lines = [line for line in sample.splitlines()[:50] if line.strip()]
    best, best_score = ";", -1.0
    for delimiter in (";", "\t", ","):
        counts = [len(next(csv.reader([line], delimiter=delimiter))) for line in lines]
        if not counts or max(counts) < 2:
            continue
        typical = max(set(counts), key=counts.count)
        score = counts.count(typical) * typical
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(path: Path, name: str, max_rows: int | None = None) -> RawSheet:
    """A CSV export as one sheet of text cells."""
    try:
        text = decode_text(path.read_bytes())
        if max_rows is not None:
            text = "\n".join(text.splitlines()[:max_rows])
    except OSError as exc:
        raise ImportRejected([Problem("unreadable_file", name, params=params_of(exc))]) from exc
    if "\x00" in text[:4096]:
        raise ImportRejected([Problem("binary_as_csv", name)])
    lines = text.count("\n")
    if lines > MAX_CSV_ROWS:
        raise ImportRejected(
            [Problem("too_many_rows", name, params={"rows": lines, "limit": MAX_CSV_ROWS})]
        )
    delimiter = sniff_delimiter(text[:65536])
    try:
        widths = [len(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    except csv.Error as exc:  # e.g. a lone carriage return inside a field
        raise ImportRejected([Problem("unreadable_file", name, params=params_of(exc))]) from exc
    width = max(widths, default=0)
    if width > MAX_COLUMNS:
        raise ImportRejected(
            [Problem("too_many_columns", name, params={"columns": width, "limit": MAX_COLUMNS})]
        )
    if width == 0:
        return RawSheet(name="CSV", cells=pd.DataFrame())
    try:
        cells = pd.read_csv(
            io.StringIO(text),
            sep=delimiter,
            header=None,
            names=list(range(width)),
            dtype="string",
            keep_default_na=False,
            skip_blank_lines=False,
            engine="c",
            quotechar='"',
        )
    except (pd.errors.ParserError, ValueError) as exc:  # e.g. a quote that never closes
        raise ImportRejected([Problem("unreadable_file", name, params=params_of(exc))]) from exc
    cells = cells.mask(cells == "")
    return RawSheet(name="CSV", cells=cells)
