"""Small real export files, built in the tests: xlsx, xls, ods and csv."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pandas as pd

Row = Sequence[object]


def xlsx(
    path: Path,
    rows: list[Row],
    sheet: str = "Huvudbok",
    merges: Sequence[str] = (),
    extra: dict[str, list[Row]] | None = None,
    hidden: Sequence[str] = (),
) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(list(row))
    for ref in merges:
        ws.merge_cells(ref)
    for name, extra_rows in (extra or {}).items():
        other = wb.create_sheet(name)
        for row in extra_rows:
            other.append(list(row))
        if name in hidden:
            other.sheet_state = "hidden"
    wb.save(path)
    return path


_INLINE_TEXT = re.compile(
    r'<c ([^>]*?)t="inlineStr"([^>]*)><is><t(?: [^>]*)?>(.*?)</t></is></c>', re.S
)
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_SST_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"


def with_shared_strings(path: Path) -> Path:
    """The workbook rewritten as Excel writes text: each text cell an index into
    xl/sharedStrings.xml (openpyxl writes text inline)."""
    with zipfile.ZipFile(path) as archive:
        entries = {info.filename: archive.read(info) for info in archive.infolist()}
    strings: dict[str, int] = {}

    def shared(match: re.Match) -> str:
        index = strings.setdefault(match[3], len(strings))
        return f'<c {match[1]}t="s"{match[2]}><v>{index}</v></c>'

    for name, data in entries.items():
        if name.startswith("xl/worksheets/sheet"):
            entries[name] = _INLINE_TEXT.sub(shared, data.decode()).encode()
    items = "".join(f'<si><t xml:space="preserve">{text}</t></si>' for text in strings)
    entries["xl/sharedStrings.xml"] = (
        f'<sst xmlns="{_MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>'
    ).encode()
    entries["[Content_Types].xml"] = entries["[Content_Types].xml"].replace(
        b"</Types>",
        f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_SST_TYPE}"/></Types>'.encode(),
    )
    rels = "xl/_rels/workbook.xml.rels"
    entries[rels] = entries[rels].replace(
        b"</Relationships>",
        f'<Relationship Id="rIdSst" Type="{_SST_REL}" Target="sharedStrings.xml"/>'
        "</Relationships>".encode(),
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in entries.items():
            out.writestr(name, data)
    return path


def csv(path: Path, rows: list[Row], delimiter: str = ";", encoding: str = "utf-8") -> Path:
    import csv as csv_module

    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv_module.writer(handle, delimiter=delimiter)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
    return path


def xls(path: Path, rows: list[Row]) -> Path:
    import xlwt

    wb = xlwt.Workbook()
    ws = wb.add_sheet("Huvudbok")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                ws.write(r, c, value)
    wb.save(str(path))
    return path


def ods(path: Path, rows: list[Row]) -> Path:
    width = max(len(r) for r in rows)
    frame = pd.DataFrame([list(r) + [None] * (width - len(r)) for r in rows])
    frame.to_excel(path, engine="odf", header=False, index=False)
    return path


HEADER = ["Period", "Ansvar", "Nämnd", "Konto", "Budget", "Utfall"]


def simple_ledger(year: int = 2024) -> list[Row]:
    """Two committees, revenue and cost, two months. Budget result +300, outcome +350 (kr)."""
    return [
        HEADER,
        [f"{year}-01", "0101", "RS", "4010", "1 000,00", "900"],
        [f"{year}-01", "0101", "RS", "3010", "-500", "-520"],
        [f"{year}-02", "0202", "HSN", "4010", "2 000", "2 100,50"],
        [f"{year}-02", "0202", "HSN", "8010", "-2 800", "-2 830,50"],
    ]


ONE_UNIT_ORG: list[Row] = [
    ["År", "Ansvar", "Ansvarsnamn", "Nämnd"],
    ["2024", "0101", "Ledning", "RS"],
]


def import_one_unit(con, folder: Path, ledger: list[Row]) -> None:
    """Import a one-ansvar organisation (0101 Ledning under RS, 2024) and then `ledger`."""
    from analytics.imports.importer import import_file

    assert import_file(con, csv(folder / "org.csv", ONE_UNIT_ORG)).ok
    assert import_file(con, csv(folder / "ledger.csv", ledger)).ok


def shared_strings_workbook(path: Path, strings: int, length: int) -> Path:
    """A valid one-cell workbook whose shared-string table holds `strings` distinct strings of
    about `length` characters: small on disk, within every extent check, and as large in the
    parser's memory as the strings are long (the 45 MB file that took 2,9 GB)."""

    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://sc'
        'hemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" Conten'
        'tType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension='
        '"xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentTyp'
        'e="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Over'
        'ride PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats'
        '-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.x'
        'ml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedSt'
        'rings+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://sch'
        'emas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="htt'
        'p://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Targ'
        'et="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://sche'
        'mas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformat'
        's.org/officeDocument/2006/relationships"><sheets><sheet name="Huvudbok" sheetId="1" r'
        ':id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xm'
        'lns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="'
        'rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/works'
        'heet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.op'
        'enxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrin'
        'gs.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="h'
        'ttp://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r='
        '"A1" t="s"><v>0</v></c></row></sheetData></worksheet>',
    }
    filler = "x" * max(0, length - 12)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
        with archive.open("xl/sharedStrings.xml", "w") as out:
            out.write(
                b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlforma'
                b'ts.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (strings, strings)
            )
            for start in range(0, strings, 10_000):
                block = "".join(
                    f"<si><t>{i:012x}{filler}</t></si>"
                    for i in range(start, min(strings, start + 10_000))
                )
                out.write(block.encode())
            out.write(b"</sst>")
    return path
