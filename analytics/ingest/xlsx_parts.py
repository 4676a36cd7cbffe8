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
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analytics.ingest.cell_errors import BadCell, CellScanner

Merge = tuple[int, int, int, int]  # first row, first column, last row, last column (0-based)

MERGE_CELL = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')
_SHEET = re.compile(rb'<sheet\b[^>]*?\bname="([^"]*)"[^>]*?\br:id="([^"]*)"')
_REL = re.compile(rb'<Relationship\b[^>]*?\bId="([^"]*)"[^>]*?\bTarget="([^"]*)"')
_REL_REVERSED = re.compile(rb'<Relationship\b[^>]*?\bTarget="([^"]*)"[^>]*?\bId="([^"]*)"')
ROW_START = re.compile(rb"<(?:\w+:)?row[\s>/]")
ROW_NUMBER = re.compile(rb'<(?:\w+:)?row\b[^>]*?\sr="(\d+)"')
_ROW_END = re.compile(rb"<(?:\w+:)?row\b[^>]*?/>|</(?:\w+:)?row>")
SHEET_DATA = re.compile(rb"<((?:\w+:)?)sheetData\b[^>]*?(/?)>")
SHEET_DATA_END = re.compile(rb"</(?:\w+:)?sheetData>")
_ROOT = re.compile(rb"<((?:\w+:)?)worksheet\b")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\b[^>]*?/>")
_XML_ERRORS = (KeyError, zipfile.BadZipFile, OSError, zlib.error, EOFError, ValueError)

HEAD_LIMIT = 64 << 20  # XML bytes of a sheet's first rows before a head is not worth cutting
LOOK_BACK = 4096  # longer than any row element's opening tag
SPLIT_MIN_BYTES = 48 << 20  # a sheet's XML below this is parsed in one piece
PIECE_BYTES = 64 << 20  # about this much XML per piece
EMPTY_SHEET = (
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
                found += MERGE_CELL.findall(block)
            tail = block[-200:]
            # a match fully inside the overlap was counted in the previous block
            cells.feed(chunk)
    return SheetScan(merges_of(found), cells.close())


def merges_of(found: list[Any]) -> list[Merge]:  # re.findall: (c1, r1, c2, r2) byte groups
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
            return zip_entries(archive_entries(archive, heads))
    except _XML_ERRORS:
        return None


# Parts calamine never reads for cells; a pivot cache or pictures can be large, and each copy
# of the workbook would carry them.
_NOT_FOR_CELLS = (
    "xl/pivotCache/",
    "xl/media/",
    "xl/embeddings/",
    "xl/drawings/",
    "xl/charts/",
    "xl/externalLinks/",
    "xl/printerSettings/",
    "customXml/",
)


Entries = list[tuple[str, bytes | list[bytes]]]


def archive_entries(
    archive: zipfile.ZipFile, replaced: dict[str, bytes], without: str | None = None
) -> Entries:
    """(name, content) of the archive's entries a copy for calamine keeps, the parts in
    `replaced` with their new content; the part `without` left out (not even read)."""
    return [
        (info.filename, replaced.get(info.filename) or archive.read(info))
        for info in archive.infolist()
        if not info.filename.startswith(_NOT_FOR_CELLS) and info.filename != without
    ]


def zip_entries(entries: Entries) -> bytes:
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
            scan_from = max(scan_from, len(read) - LOOK_BACK)
        else:
            return bytes(read)  # the whole sheet is no longer than the rows asked for
    opening = SHEET_DATA.search(read)
    if opening is None or opening[2] or opening.start() > cut:
        return None
    start, close = sheet_frame(read, opening)
    return bytes(start + read[opening.end() : cut] + close)


def sheet_frame(read: bytearray, opening: re.Match[bytes]) -> tuple[bytes, bytes]:
    """What comes before a sheet's rows (without the sheet's dimension, by which calamine
    would size the whole sheet) and what closes them."""
    root = _ROOT.search(read)
    if root is None:
        raise ValueError("no worksheet element")
    start = _DIMENSION.sub(b"", bytes(read[: opening.end()]))
    close = b"</" + opening[1] + b"sheetData></" + root[1] + b"worksheet>"
    return start, close


# table, absolute column of each column, hidden, error cells (sheet columns, table rows)
