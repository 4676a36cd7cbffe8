"""An .xlsx workbook at the level of its zip parts and XML, for what calamine does not do.

- **Merged ranges**: fastexcel does not report them; a merged "Nämnd" cell spanning many rows
  would otherwise leave those rows without a committee.
- **The first rows only**: calamine parses every row of a sheet even when asked for a few, so a
  preview of a million-row export would cost a full parse; `head_workbook` cuts each sheet after
  its first rows instead.
- **One large sheet on every core**: calamine parses a sheet on one thread. `read_in_pieces` cuts
  the sheet's XML at row boundaries while it is being inflated, wraps each piece as a small
  uncompressed workbook and lets calamine parse the pieces in parallel.

Every piece and head keeps the rest of the workbook (shared strings, styles, which cells are
dates) unchanged, so each cell reads exactly as in a read of the whole file; the tests compare
them cell by cell. Nothing here expands XML entities: the XML is only searched for tags.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
import zlib
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pyarrow as pa

from analytics.common.workers import pool
from analytics.ingest.cell_errors import BadCell, CellScanner, from_calamine

Merge = tuple[int, int, int, int]  # first row, first column, last row, last column (0-based)

_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')
_SHEET = re.compile(rb'<sheet\b[^>]*?\bname="([^"]*)"[^>]*?\br:id="([^"]*)"')
_REL = re.compile(rb'<Relationship\b[^>]*?\bId="([^"]*)"[^>]*?\bTarget="([^"]*)"')
_REL_REVERSED = re.compile(rb'<Relationship\b[^>]*?\bTarget="([^"]*)"[^>]*?\bId="([^"]*)"')
_ROW_START = re.compile(rb"<(?:\w+:)?row[\s>/]")
_ROW_NUMBER = re.compile(rb'<(?:\w+:)?row\b[^>]*?\sr="(\d+)"')
_ROW_END = re.compile(rb"<(?:\w+:)?row\b[^>]*?/>|</(?:\w+:)?row>")
_SHEET_DATA = re.compile(rb"<((?:\w+:)?)sheetData\b[^>]*?(/?)>")
_SHEET_DATA_END = re.compile(rb"</(?:\w+:)?sheetData>")
_ROOT = re.compile(rb"<((?:\w+:)?)worksheet\b")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\b[^>]*?/>")
_XML_ERRORS = (KeyError, zipfile.BadZipFile, OSError, zlib.error, EOFError, ValueError)

HEAD_LIMIT = 64 << 20  # XML bytes of a sheet's first rows before a head is not worth cutting
_LOOK_BACK = 4096  # longer than any row element's opening tag
SPLIT_MIN_BYTES = 48 << 20  # a sheet's XML below this is parsed in one piece
PIECE_BYTES = 64 << 20  # about this much XML per piece
_EMPTY_SHEET = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b"<sheetData/></worksheet>"
)


def sheet_parts(archive: zipfile.ZipFile) -> list[tuple[str, str]]:
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


def large_sheets(path: Path) -> dict[str, str]:
    """Sheet name → XML part of the sheets big enough to be parsed in pieces."""
    try:
        with zipfile.ZipFile(path) as archive:
            return {
                name: part
                for name, part in sheet_parts(archive)
                if archive.getinfo(part).file_size >= SPLIT_MIN_BYTES
            }
    except _XML_ERRORS:
        return {}


# ---- merged ranges -------------------------------------------------------------------------


@dataclass
class SheetScan:
    """What calamine does not report of a sheet: its merged ranges and its cells without a
    real value (error values, formulas without a stored result)."""

    merged: list[Merge]
    bad_cells: list[BadCell]


def scan_sheets(path: Path, skip: frozenset[str] = frozenset()) -> dict[str, SheetScan]:
    """Merged ranges and bad cells per sheet name (sheets whose part is in `skip` are left
    out: theirs come with their pieces)."""
    result: dict[str, SheetScan] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            for name, part in sheet_parts(archive):
                if part not in skip:
                    result[name] = scan_part(archive, part)
    except _XML_ERRORS:
        return {}
    return result


def scan_part(archive: zipfile.ZipFile, part: str) -> SheetScan:
    """One sheet's merged ranges and bad cells, from its XML streamed once."""
    found: list[bytes] = []
    cells = CellScanner()
    with archive.open(part) as stream:
        tail = b""
        while chunk := stream.read(1 << 24):
            block = tail + chunk
            if b"mergeCell" in block:  # a plain search first: most blocks have none
                found += _MERGE.findall(block)
            tail = block[-200:]
            # a match fully inside the overlap was counted in the previous block
            cells.feed(chunk)
    return SheetScan(_merges(found), cells.close())


def _merges(found: list[Any]) -> list[Merge]:  # re.findall: (c1, r1, c2, r2) byte groups
    return [
        (int(r1) - 1, _letters_to_index(c1), int(r2) - 1, _letters_to_index(c2))
        for c1, r1, c2, r2 in dict.fromkeys(found)
    ]


def _letters_to_index(letters: bytes) -> int:
    index = 0
    for ch in letters.decode():
        index = index * 26 + (ord(ch) - 64)
    return index - 1


def _xml_unescape(text: str) -> str:
    return (
        text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&apos;", "'")
        .replace("&amp;", "&")
    )


# ---- the first rows ------------------------------------------------------------------------


def head_workbook(path: Path, max_rows: int) -> bytes | None:
    """The workbook with each sheet cut after its first `max_rows` rows, as .xlsx bytes for
    calamine. None when the workbook's layout is not the usual one; the caller then reads the
    file itself."""
    try:
        with zipfile.ZipFile(path) as archive:
            sheets = {part for _, part in sheet_parts(archive)}
            heads = {}
            for part in sheets:
                head = sheet_head(archive, part, max_rows)
                if head is None:
                    return None
                heads[part] = head
            return _zip(_entries(archive, heads))
    except _XML_ERRORS:
        return None


# Parts calamine never reads for cells; a pivot cache or pictures can be large, and each copy
# of the workbook would carry them.
_NOT_FOR_CELLS = (
    "xl/pivotCache/", "xl/media/", "xl/embeddings/", "xl/drawings/", "xl/charts/",
    "xl/externalLinks/", "xl/printerSettings/", "customXml/",
)  # fmt: skip


_Entries = list[tuple[str, bytes | list[bytes]]]


def _entries(
    archive: zipfile.ZipFile, replaced: dict[str, bytes], without: str | None = None
) -> _Entries:
    """(name, content) of the archive's entries a copy for calamine keeps, the parts in
    `replaced` with their new content; the part `without` left out (not even read)."""
    return [
        (info.filename, replaced.get(info.filename) or archive.read(info))
        for info in archive.infolist()
        if not info.filename.startswith(_NOT_FOR_CELLS) and info.filename != without
    ]


def _zip(entries: _Entries) -> bytes:
    """An uncompressed .xlsx of the entries; a content given as a list of byte strings is
    written one after the other, without joining them first."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as out:
        for name, content in entries:
            with out.open(name, "w", force_zip64=True) as stream:
                for piece in content if isinstance(content, list) else [content]:
                    stream.write(piece)
    return buffer.getvalue()


def sheet_head(archive: zipfile.ZipFile, part: str, max_rows: int) -> bytes | None:
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
    if opening is None or opening[2] or opening.start() > cut:
        return None
    start, close = _frame(read, opening)
    return bytes(start + read[opening.end() : cut] + close)


def _frame(read: bytearray, opening: re.Match[bytes]) -> tuple[bytes, bytes]:
    """What comes before a sheet's rows (without the sheet's dimension, by which calamine
    would size the whole sheet) and what closes them."""
    root = _ROOT.search(read)
    if root is None:
        raise ValueError("no worksheet element")
    start = _DIMENSION.sub(b"", bytes(read[: opening.end()]))
    close = b"</" + opening[1] + b"sheetData></" + root[1] + b"worksheet>"
    return start, close


# ---- one sheet on every core ---------------------------------------------------------------


@dataclass
class PieceRead:
    """A sheet read in pieces: its cells as text from sheet row 1 and its first column on."""

    table: pa.Table
    first_column: int
    hidden: bool
    merged: list[Merge]
    bad_cells: list[BadCell] = field(default_factory=list)


def _parsers() -> ThreadPoolExecutor:
    """One parser thread per core (at least two)."""
    return pool("sheet-pieces", max(2, os.cpu_count() or 2))


def read_in_pieces(path: Path, sheet_index: int, part: str) -> PieceRead | None:
    """The sheet at `sheet_index` (whose XML is `part`), parsed in pieces on every core.

    The XML is inflated here while the pieces cut so far are parsed (zlib and calamine both
    release the GIL). Every piece after the first starts with an anchor: one cell in column A
    of the row just above its first row, which no other cell of the piece can occupy, so the
    piece's table starts at a known row and column. Anything unexpected returns None, for the
    caller to read the sheet in one piece.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            others = {p: _EMPTY_SHEET for _, p in sheet_parts(archive) if p != part}
            entries = _entries(archive, others, without=part)
            cells = CellScanner()
            pieces, tail = _cut(archive, part, entries, sheet_index, cells)
        parsed = [(first_row, future.result()) for first_row, future in pieces]
        read = _stitch(parsed, _merges(_MERGE.findall(tail)))
        if read is not None:
            read.bad_cells = cells.close() + [
                replace(cell, row=cell.row + (first_row - 1 if k else 0))
                for k, (first_row, piece) in enumerate(parsed)
                for cell in piece[3]
            ]
        return read
    except Exception:  # noqa: BLE001 - whatever went wrong, the sheet is read in one piece
        return None


_ANCHOR = "\u2693 piece anchor \u2693"
# table, absolute column of each column, hidden, error cells (sheet columns, table rows)
_Parsed = tuple[pa.Table, list[int], bool, list[BadCell]]


def _cut(
    archive: zipfile.ZipFile,
    part: str,
    entries: _Entries,
    sheet_index: int,
    cells: CellScanner,
) -> tuple[list[tuple[int, Future[_Parsed]]], bytes]:
    """Inflate the sheet, submitting a piece to the parsers each time about PIECE_BYTES of
    rows have arrived; (first row, parse) per piece and the XML after the rows."""
    size = archive.getinfo(part).file_size
    target = _cut_size(size)
    pieces: list[tuple[int, Future[_Parsed]]] = []
    buffer = bytearray()
    frame: tuple[bytes, bytes] = (b"", b"")
    prefix = b""  # the namespace prefix of the sheet's tags, as in <x:row>

    def submit(end: int) -> None:
        with memoryview(buffer) as view:
            rows = bytes(view[:end])
        del buffer[:end]
        if not pieces:  # the first piece starts at the sheet's first row, as a whole read does
            book = [*entries, (part, [frame[0], rows, frame[1]])]
            pieces.append((0, _parsers().submit(_parse, book, sheet_index, False)))
            return
        number = _ROW_NUMBER.search(rows, 0, _LOOK_BACK)
        if number is None or int(number[1]) < 2:  # a row without its number: no place known
            raise ValueError("a row without its number")
        first_row = int(number[1]) - 1  # 0-based; the anchor is in sheet row `first_row`
        book = [*entries, (part, [frame[0], _anchor_row(prefix, first_row), rows, frame[1]])]
        pieces.append((first_row, _parsers().submit(_parse, book, sheet_index, True)))

    with archive.open(part) as stream:
        while chunk := stream.read(1 << 23):
            buffer += chunk
            if not frame[0]:
                opening = _SHEET_DATA.search(buffer)
                if opening is None:
                    continue
                if opening[2]:
                    raise ValueError("a sheet without rows")
                frame, prefix = _frame(buffer, opening), opening[1]
                cells.tags = (b"<" + prefix + b"f",)  # one plain search per block
                del buffer[: opening.end()]
                cells.feed(bytes(buffer))  # the rows that came with the opening
            else:
                cells.feed(chunk)
            while len(buffer) > target and (next_row := _ROW_START.search(buffer, target)):
                submit(next_row.start())
    end = _SHEET_DATA_END.search(buffer)
    if not frame[0] or end is None:
        raise ValueError("the sheet's rows are not closed")
    tail = bytes(buffer[end.end() :])
    if end.start() > 0:
        submit(end.start())
    return pieces, tail


def _anchor_row(prefix: bytes, row: int) -> bytes:
    """A row of one text cell, in column A of sheet row `row` (1-based)."""
    xml = f'<_row r="{row}"><_c r="A{row}" t="inlineStr"><_is><_t>{_ANCHOR}</_t></_is></_c></_row>'
    return xml.replace("<_", "<" + prefix.decode()).replace("</_", "</" + prefix.decode()).encode()


def _cut_size(size: int) -> int:
    """XML bytes per piece: about PIECE_BYTES, at least two pieces, none below 1 MB."""
    return max(size // max(2, round(size / PIECE_BYTES)), 1 << 20)


def _parse(book: _Entries, sheet_index: int, anchored: bool) -> _Parsed:
    """One piece as a workbook of its own, parsed by calamine; the first piece from the
    sheet's row 1 (empty rows above its first cell included, as in a whole read), the others
    from their anchor."""
    import fastexcel

    loaded = fastexcel.read_excel(_zip(book)).load_sheet(
        sheet_index, header_row=None, dtypes="string", skip_rows=None if anchored else 0
    )
    columns = [c.absolute_index for c in loaded.available_columns()]
    batch, errors = loaded.to_arrow_with_errors()
    table = pa.Table.from_batches([batch])
    return table, columns, loaded.visible != "visible", from_calamine(errors, columns)


def _stitch(parsed: list[tuple[int, _Parsed]], merged: list[Merge]) -> PieceRead | None:
    """One table from the pieces: piece k's rows from its first row to the next piece's (as
    many rows as the piece reaching furthest has), columns aligned by their place in the
    sheet. None when an anchor is not where it was put."""
    tops = []  # per piece: the sheet row of its table's first row (an anchor's after the first)
    for k, (first_row, (table, columns, _, _)) in enumerate(parsed):
        if k:
            anchor_row = table.slice(0, 1).to_pylist()
            if not columns or columns[0] != 0 or not anchor_row:
                return None
            values = list(anchor_row[0].values())
            if values[0] != _ANCHOR or any(v is not None for v in values[1:]):
                return None
        tops.append(first_row - 1 if k else 0)
    height = max(
        top + table.num_rows for top, (_, (table, _, _, _)) in zip(tops, parsed, strict=True)
    )
    pieces = []
    first, last = None, -1
    for k, (first_row, (table, columns, _, _)) in enumerate(parsed):
        top = tops[k]
        end = min(parsed[k + 1][0] if k + 1 < len(parsed) else height, height)
        if end <= first_row:
            continue
        rows = table.slice(first_row - top, end - first_row)
        by_place = dict(zip(columns, rows.columns, strict=True))
        filled = [c for c, col in by_place.items() if col.null_count < len(col)]
        if k == 0 and columns:
            first, last = columns[0], columns[-1]
        elif filled:
            first = min(filled[0], first) if first is not None else filled[0]
            last = max(last, columns[-1])
        pieces.append((end - first_row, rows.num_rows, by_place))
    if first is None:
        return None
    arrays: list[list[object]] = [[] for _ in range(last - first + 1)]
    for length, present, by_place in pieces:
        for i, place in enumerate(range(first, last + 1)):
            column = by_place.get(place)
            if column is not None:
                arrays[i] += column.chunks
            absent = length - present if column is not None else length
            if absent:
                arrays[i].append(pa.nulls(absent, pa.string()))
    table = pa.table(
        [pa.chunked_array(chunks, pa.string()) for chunks in arrays],
        names=[str(i) for i in range(len(arrays))],
    )
    return PieceRead(table, first, parsed[0][1][2], merged)
