"""Cells that hold no value a person typed or Excel computed: error values and formulas whose
result was never stored.

calamine reads both as empty cells, so `#REF!` in an amount column, or `=1/0` in a template,
would import as a blank or a zero. The sheets' XML is searched for them instead (.xlsx while it
is inflated anyway, .ods in its content.xml), and every one found refuses the file, naming its
sheet, row and column. A CSV has no formulas: an error text there is refused as "not a number".
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

ERROR = "error_cell"
NO_VALUE = "formula_without_value"


@dataclass(frozen=True)
class BadCell:
    """One cell without a real value (0-based row and column of the sheet)."""

    row: int
    column: int
    code: str  # ERROR or NO_VALUE
    value: str  # the error text ("#DIV/0!") or the formula ("=1/0")


_CELL = re.compile(rb"<((?:\w+:)?)c\b([^>]*?)(?:/>|>(.*?)</\1c>)", re.S)
_REF = re.compile(rb'\sr="([A-Z]+)(\d+)"')
_TYPE = re.compile(rb'\st="(\w+)"')
_FORMULA = re.compile(rb"<(?:\w+:)?f\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?f>)", re.S)
_VALUE = re.compile(rb"<(?:\w+:)?v\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?v>)", re.S)
_MAX_LISTED = 200
_FORMULA_TAGS = (b"<f>", b"<f ", b"<f/", b":f>", b":f ", b":f/")


class CellScanner:
    """Fed a sheet's XML block by block; collects its bad cells. A block is searched only up to
    its last row boundary (a cell never spans one); the rest waits for the next block."""

    def __init__(self) -> None:
        self.found: list[BadCell] = []
        self._pending = b""

    def feed(self, block: bytes) -> None:
        data = self._pending + block
        cut = data.rfind(b"row>")
        if cut < 0:
            self._pending = data
            return
        self._pending = data[cut + 4 :]
        self._search(data[: cut + 4])

    def close(self) -> list[BadCell]:
        self._search(self._pending)
        self._pending = b""
        return self.found

    def _search(self, data: bytes) -> None:
        # a plain search first: almost every block of an export has neither
        if b't="e"' not in data and not any(tag in data for tag in _FORMULA_TAGS):
            return
        for match in _CELL.finditer(data):
            if len(self.found) >= _MAX_LISTED:
                return
            attrs, inner = match[2], match[3] or b""
            kind = _TYPE.search(attrs)
            kind_text = kind[1] if kind else b"n"
            ref = _REF.search(attrs)
            row, col = (int(ref[2]) - 1, _column(ref[1])) if ref else (-1, -1)
            value = _VALUE.search(inner)
            value_text = (value[1] or b"") if value else None
            if kind_text == b"e":
                text = (value_text or b"#FEL").decode("utf-8", "replace")
                self.found.append(BadCell(row, col, ERROR, text))
                continue
            formula = _FORMULA.search(inner)
            if formula is None:
                continue
            if value_text is None or (value_text == b"" and kind_text not in (b"str", b"s")):
                body = (formula[2] or b"").decode("utf-8", "replace")
                self.found.append(BadCell(row, col, NO_VALUE, "=" + body if body else "=…"))


def _column(letters: bytes) -> int:
    index = 0
    for ch in letters.decode():
        index = index * 26 + (ord(ch) - 64)
    return index - 1


def scan_xls(path: Path) -> dict[str, list[BadCell]]:
    """Error cells of a legacy .xls workbook, per sheet (xlrd sees the BIFF error records)."""
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), on_demand=True)
    except Exception:  # noqa: BLE001 - calamine has read the file; no scan is no finding
        return {}
    found: dict[str, list[BadCell]] = {}
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            for row in range(sheet.nrows):
                for col, kind in enumerate(sheet.row_types(row)):
                    if kind == xlrd.XL_CELL_ERROR:
                        code = sheet.cell_value(row, col)
                        text = xlrd.error_text_from_code.get(code, "#FEL")
                        found.setdefault(sheet.name, []).append(BadCell(row, col, ERROR, text))
            book.unload_sheet(index)
    finally:
        book.release_resources()
    return found


_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_CALCEXT = "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def scan_ods(path: Path) -> dict[str, list[BadCell]]:
    """Error cells of an OpenDocument spreadsheet, per sheet (none without the error marker)."""
    try:
        with zipfile.ZipFile(path) as archive, archive.open("content.xml") as stream:
            content = stream.read()
    except (KeyError, zipfile.BadZipFile, OSError):
        return {}
    if b'value-type="error"' not in content and b"Err:" not in content:
        return {}
    found: dict[str, list[BadCell]] = {}
    for table in ElementTree.fromstring(content).iter(f"{_TABLE}table"):
        name = table.get(f"{_TABLE}name", "")
        row = 0
        for row_element in table.iter(f"{_TABLE}table-row"):
            col = 0
            for cell in row_element:
                repeat = int(cell.get(f"{_TABLE}number-columns-repeated", "1"))
                text = "".join(p.text or "" for p in cell.iter(f"{_TEXT}p"))
                is_error = cell.get(f"{_CALCEXT}value-type") == "error" or (
                    cell.get(f"{_TABLE}formula") is not None and text.startswith("Err:")
                )
                if is_error:
                    found.setdefault(name, []).append(BadCell(row, col, ERROR, text or "#FEL"))
                col += repeat
            row += int(row_element.get(f"{_TABLE}number-rows-repeated", "1"))
    return found
