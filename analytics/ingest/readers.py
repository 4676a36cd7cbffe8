"""Reading any supported file into sheets of text cells, exactly as the user sees them.

Excel and OpenDocument files go through fastexcel (calamine, Rust, returns Arrow): on a 1 M-row
export it is about 20× faster than openpyxl. Every cell is read as text and typed later by our own
parsers, so a column's type is never guessed from its first rows. CSV goes through pandas' C
parser after the encoding and the delimiter have been recognised.

Row numbers are kept as the sheet shows them (row 1 is the first row), so every problem can
point at the cell the user must fix.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
import zlib
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import pandas as pd

from analytics.ingest.problems import ImportRejected, Problem
from analytics.ingest.safety import check_file

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


def read_file(
    path: Path, display_name: str | None = None, max_rows: int | None = None
) -> list[RawSheet]:
    """All sheets of a file as text (or their first `max_rows` rows, to recognise a file).

    Raises ImportRejected with a clear problem when the file cannot be read.
    """
    name = display_name or path.name
    suffix = PurePosixPath(name).suffix.lower() or path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ImportRejected(
            [Problem("unsupported_type", name, params={"suffix": suffix or "(ingen)"})]
        )
    try:
        check_file(path, name, suffix)
    except OSError as exc:
        raise ImportRejected(
            [Problem("unreadable_file", name, params={"detail": _short(exc)})]
        ) from exc
    if suffix in CSV_SUFFIXES:
        return [read_csv(path, name, max_rows)]
    return read_workbook(path, name, suffix, max_rows)


def read_workbook(
    path: Path, name: str, suffix: str, max_rows: int | None = None
) -> list[RawSheet]:
    """Every sheet of an Excel or OpenDocument workbook, visible or not."""
    import fastexcel

    # Merged ranges are scanned from the workbook's XML in a second thread while calamine
    # parses the cells (zlib and the Rust reader both release the GIL).
    merges: Future[dict[str, list[tuple[int, int, int, int]]]] | None = None
    if suffix in {".xlsx", ".xlsm"}:
        merges = _MERGE_SCANNER.submit(_xlsx_merged_ranges, path)
    try:
        # The first rows of a large .xlsx are read from a copy cut after them: calamine
        # otherwise parses every row of a sheet even when asked for a few (~8 s at 1 M rows).
        head = (
            _xlsx_head(path, max_rows)
            if max_rows is not None and suffix in {".xlsx", ".xlsm"}
            else None
        )
        reader = fastexcel.read_excel(head if head is not None else str(path))
        sheets = []
        for index, sheet_name in enumerate(reader.sheet_names):
            loaded = reader.load_sheet(
                index, header_row=None, skip_rows=0, dtypes="string", n_rows=max_rows
            )
            columns = loaded.available_columns()
            first_column = columns[0].absolute_index if columns else 0
            table = loaded.to_arrow()
            cells = (
                table.to_pandas(types_mapper=pd.ArrowDtype).astype("string")
                if table.num_rows
                else pd.DataFrame()
            )
            cells.columns = range(cells.shape[1])
            sheets.append(
                RawSheet(
                    name=sheet_name,
                    cells=cells,
                    hidden=loaded.visible != "visible",
                    first_column=first_column,
                )
            )
    except ImportRejected:
        raise
    except Exception as exc:  # calamine raises many kinds for broken files; all mean "unreadable"
        if merges is not None:
            merges.cancel()
        raise ImportRejected(
            [Problem("unreadable_workbook", name, params={"detail": _short(exc)})]
        ) from exc
    if merges is not None:
        ranges = merges.result()
        for sheet in sheets:
            sheet.merged = ranges.get(sheet.name, [])
            _fill_merged(sheet)
    return sheets


_MERGE_SCANNER = ThreadPoolExecutor(max_workers=2, thread_name_prefix="merged-ranges")


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]


_MERGE = re.compile(rb'<mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')
_SHEET = re.compile(rb'<sheet\b[^>]*?\bname="([^"]*)"[^>]*?\br:id="([^"]*)"')
_REL = re.compile(rb'<Relationship\b[^>]*?\bId="([^"]*)"[^>]*?\bTarget="([^"]*)"')
_REL_REVERSED = re.compile(rb'<Relationship\b[^>]*?\bTarget="([^"]*)"[^>]*?\bId="([^"]*)"')


def _letters_to_index(letters: bytes) -> int:
    index = 0
    for ch in letters.decode():
        index = index * 26 + (ord(ch) - 64)
    return index - 1


def _sheet_parts(archive: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(sheet name, path of its XML in the archive) for every sheet of an .xlsx workbook."""
    workbook = archive.read("xl/workbook.xml")
    rels_xml = archive.read("xl/_rels/workbook.xml.rels")
    rels = {rid: target for rid, target in _REL.findall(rels_xml)}
    rels.update({rid: target for target, rid in _REL_REVERSED.findall(rels_xml)})
    parts = []
    for raw_name, rid in _SHEET.findall(workbook):
        target = rels.get(rid)
        if not target:
            continue
        target_path = target.decode().lstrip("/")
        if not target_path.startswith("xl/"):
            target_path = "xl/" + target_path
        parts.append((_xml_unescape(raw_name.decode("utf-8")), target_path))
    return parts


_ROW_END = re.compile(rb"<(?:\w+:)?row\b[^>]*?/>|</(?:\w+:)?row>")
_SHEET_DATA = re.compile(rb"<((?:\w+:)?)sheetData\b[^>]*?(/?)>")
_ROOT = re.compile(rb"<((?:\w+:)?)worksheet\b")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\b[^>]*?/>")


def _xlsx_head(path: Path, max_rows: int) -> bytes | None:
    """The workbook with each sheet cut after its first `max_rows` rows, as .xlsx bytes for
    calamine, so that reading the first rows of a million-row export costs milliseconds.

    Everything else (shared strings, styles, which cells are dates) is copied unchanged, so the
    cells read exactly as in a full read. None when the workbook's layout is not the usual one;
    the caller then reads the file itself.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            sheets = {part for _, part in _sheet_parts(archive)}
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as out:
                for info in archive.infolist():
                    if info.filename in sheets:
                        head = _sheet_head(archive, info.filename, max_rows)
                        if head is None:
                            return None
                        out.writestr(info.filename, head)
                    else:
                        out.writestr(info.filename, archive.read(info))
            return buffer.getvalue()
    except (KeyError, zipfile.BadZipFile, OSError, zlib.error, EOFError, ValueError):
        return None


def _sheet_head(archive: zipfile.ZipFile, part: str, max_rows: int) -> bytes | None:
    """A sheet's XML up to the end of its `max_rows`-th row element, closed again; rows
    absent from the XML are empty, so these rows hold at least the sheet's first `max_rows`.
    None when those rows take more than HEAD_LIMIT bytes of XML."""
    read = bytearray()
    found, scan_from, cut = 0, 0, -1
    with archive.open(part) as stream:
        while chunk := stream.read(1 << 16):
            read += chunk
            # A row's end may straddle two chunks: look back a little, never before a row
            # already counted.
            for match in _ROW_END.finditer(read, scan_from):
                found += 1
                scan_from = match.end()
                if found == max_rows:
                    cut = match.end()
                    break
            if cut >= 0:
                break
            if len(read) > HEAD_LIMIT:
                return None
            scan_from = max(scan_from, len(read) - _LOOK_BACK)
        else:
            return bytes(read)  # the whole sheet is no longer than the rows asked for
    opening = _SHEET_DATA.search(read)
    root = _ROOT.search(read)
    if opening is None or root is None or opening[2] or opening.start() > cut:
        return None
    start = _DIMENSION.sub(b"", read[: opening.end()])  # calamine would size the full sheet
    close = b"</" + opening[1] + b"sheetData></" + root[1] + b"worksheet>"
    return bytes(start + read[opening.end() : cut] + close)


HEAD_LIMIT = 64 << 20  # XML bytes of a sheet's first rows before a head is not worth cutting
_LOOK_BACK = 4096  # longer than any row element's opening tag


def _xlsx_merged_ranges(path: Path) -> dict[str, list[tuple[int, int, int, int]]]:
    """Merged ranges per sheet name, read from the workbook's XML without expanding entities.

    fastexcel does not report merged cells; a merged "Nämnd" cell spanning many rows would
    otherwise leave those rows without a committee.
    """
    result: dict[str, list[tuple[int, int, int, int]]] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            for name, target_path in _sheet_parts(archive):
                ranges = []
                with archive.open(target_path) as stream:
                    tail = b""
                    while chunk := stream.read(1 << 24):
                        block = tail + chunk
                        if b"<mergeCell" in block:  # a plain search first: most blocks have none
                            ranges += _MERGE.findall(block)
                        tail = block[-200:]
                        # a match fully inside the overlap was counted in the previous block
                    ranges = list(dict.fromkeys(ranges))
                result[name] = [
                    (int(r1) - 1, _letters_to_index(c1), int(r2) - 1, _letters_to_index(c2))
                    for c1, r1, c2, r2 in ranges
                ]
    except (KeyError, zipfile.BadZipFile, OSError, zlib.error, EOFError, ValueError):
        return {}
    return result


def _xml_unescape(text: str) -> str:
    return (
        text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&apos;", "'")
        .replace("&amp;", "&")
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
        raise ImportRejected(
            [Problem("unreadable_file", name, params={"detail": _short(exc)})]
        ) from exc
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
        raise ImportRejected(
            [Problem("unreadable_file", name, params={"detail": _short(exc)})]
        ) from exc
    width = max(widths, default=0)
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
        raise ImportRejected(
            [Problem("unreadable_file", name, params={"detail": _short(exc)})]
        ) from exc
    cells = cells.mask(cells == "")
    return RawSheet(name="CSV", cells=cells)
