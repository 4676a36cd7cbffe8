"""One large sheet parsed on every core: its XML cut into pieces at row boundaries while it is
inflated, each piece parsed by calamine on its own thread, and the pieces stitched back into
one table with its merged ranges and error cells where they belong."""

from __future__ import annotations

import os
import zipfile
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyarrow as pa

from analytics.common.workers import pool
from analytics.ingest.cell_errors import BadCell, CellScanner, from_calamine
from analytics.ingest.xlsx_parts import (
    EMPTY_SHEET,
    LOOK_BACK,
    MERGE_CELL,
    PIECE_BYTES,
    ROW_NUMBER,
    ROW_START,
    SHEET_DATA,
    SHEET_DATA_END,
    Entries,
    Merge,
    archive_entries,
    merges_of,
    sheet_frame,
    sheet_parts,
    zip_entries,
)

_Parsed = tuple[pa.Table, list[int], bool, list[BadCell]]


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
            others = {p: EMPTY_SHEET for _, p in sheet_parts(archive) if p != part}
            entries = archive_entries(archive, others, without=part)
            cells = CellScanner()
            pieces, tail = _cut(archive, part, entries, sheet_index, cells)
        parsed = [(first_row, future.result()) for first_row, future in pieces]
        read = _stitch(parsed, merges_of(MERGE_CELL.findall(tail)))
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


def _cut(
    archive: zipfile.ZipFile,
    part: str,
    entries: Entries,
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
        number = ROW_NUMBER.search(rows, 0, LOOK_BACK)
        if number is None or int(number[1]) < 2:  # a row without its number: no place known
            raise ValueError("a row without its number")
        first_row = int(number[1]) - 1  # 0-based; the anchor is in sheet row `first_row`
        book = [*entries, (part, [frame[0], _anchor_row(prefix, first_row), rows, frame[1]])]
        pieces.append((first_row, _parsers().submit(_parse, book, sheet_index, True)))

    with archive.open(part) as stream:
        while chunk := stream.read(1 << 23):
            buffer += chunk
            if not frame[0]:
                opening = SHEET_DATA.search(buffer)
                if opening is None:
                    continue
                if opening[2]:
                    raise ValueError("a sheet without rows")
                frame, prefix = sheet_frame(buffer, opening), opening[1]
                cells.tags = (b"<" + prefix + b"f",)  # one plain search per block
                del buffer[: opening.end()]
                cells.feed(bytes(buffer))  # the rows that came with the opening
            else:
                cells.feed(chunk)
            while len(buffer) > target and (next_row := ROW_START.search(buffer, target)):
                submit(next_row.start())
    end = SHEET_DATA_END.search(buffer)
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


def _parse(book: Entries, sheet_index: int, anchored: bool) -> _Parsed:
    """One piece as a workbook of its own, parsed by calamine; the first piece from the
    sheet's row 1 (empty rows above its first cell included, as in a whole read), the others
    from their anchor."""
    import fastexcel

    loaded = fastexcel.read_excel(zip_entries(book)).load_sheet(
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
