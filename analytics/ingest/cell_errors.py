"""Cells that hold no value a person typed or Excel computed: error values and formulas whose
result was never stored.

calamine reads both as empty cells, so `#REF!` in an amount column, or `=1/0` in a template,
would import as a blank or a zero. Error values of .xlsx, .xlsm and .xls come from calamine
itself (`to_arrow_with_errors`, at no cost); formulas without a stored value are found in an
.xlsx sheet's XML (while it is inflated anyway for the pieces and merged ranges), and error
values of .ods in its content.xml, where calamine reads them as their text. Every one found
refuses the file, naming its sheet, row and column. A CSV has no formulas: an error text there
is refused as "not a number".
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


_CALAMINE_ERROR = re.compile(r"Error\((\w+)\)")
_ERROR_TEXT = {
    "Div0": "#DIV/0!",
    "NA": "#N/A",
    "Name": "#NAME?",
    "Null": "#NULL!",
    "Num": "#NUM!",
    "Ref": "#REF!",
    "Value": "#VALUE!",
    "GettingData": "#GETTING_DATA",
}


def from_calamine(errors: object, columns: list[int], first_row: int = 0) -> list[BadCell]:
    """fastexcel's cell errors (positions in the loaded table) as sheet cells: `columns` are
    the absolute sheet columns of the table's columns, `first_row` the sheet row of its row 0."""
    found = []
    for error in getattr(errors, "errors", None) or []:
        row, col = error.position
        kind = _CALAMINE_ERROR.search(error.detail)
        text = _ERROR_TEXT.get(kind[1], "#" + kind[1].upper()) if kind else "#FEL"
        column = columns[col] if 0 <= col < len(columns) else col
        found.append(BadCell(first_row + row, column, ERROR, text))
    return found


_CELL = re.compile(rb"<((?:\w+:)?)c\b([^>]*?)(?:/>|>(.*?)</\1c>)", re.S)
_REF = re.compile(rb'\sr="([A-Z]+)(\d+)"')
_TYPE = re.compile(rb'\st="(\w+)"')
_FORMULA = re.compile(rb"<(?:\w+:)?f\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?f>)", re.S)
_VALUE = re.compile(rb"<(?:\w+:)?v\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?v>)", re.S)
_MAX_LISTED = 200


class CellScanner:
    """Fed a sheet's XML block by block; collects its formulas without a stored value. A block
    is searched only up to its last row boundary (a cell never spans one); the rest waits for
    the next block. `tags` are the formula tags looked for first (a plain search, ~0,25 s per
    400 MB of XML each): `<f` for a sheet whose tags have no namespace prefix."""

    def __init__(self, tags: tuple[bytes, ...] = (b"<f", b":f")) -> None:
        self.found: list[BadCell] = []
        self.tags = tags
        self._pending = b""

    def feed(self, block: bytes) -> None:
        # The plain search runs on the block itself (no copy); only a block with a formula tag
        # (or one spanning its start) is joined with the rest of the row before it and parsed.
        edge = self._pending[-8:] + block[:8]
        if any(tag in self._pending or tag in edge or tag in block for tag in self.tags):
            data = self._pending + block
            cut = data.rfind(b"row>")
            if cut < 0:
                self._pending = data
                return
            self._pending = data[cut + 4 :]
            self._search(data[: cut + 4])
            return
        cut = block.rfind(b"row>")
        self._pending = block[cut + 4 :] if cut >= 0 else self._pending + block

    def close(self) -> list[BadCell]:
        self._search(self._pending)
        self._pending = b""
        return self.found

    def _search(self, data: bytes) -> None:
        if not any(tag in data for tag in self.tags):
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
                continue  # an error value: calamine reports it
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
