"""The first rows of a workbook read from a copy cut after them must equal the same rows of a
full read: previews and the recognition of a file's kind rely on it."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest

from analytics.ingest import readers
from analytics.ingest.readers import read_file
from tests.files import xlsx


def _rows(count: int) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Huvudbok 2024 (tkr)"],
        [],
        ["Period", "Ansvar", "Konto", "Utfall"],
    ]
    for i in range(count):
        rows.append([f"2024-{i % 12 + 1:02d}", f"0{i % 7 + 100}", 4000 + i % 13, i * 1.25 - 40])
    rows.append(["Summa", None, None, 123.5])
    return rows


def _filled(cells: pd.DataFrame, first_column: int) -> dict[tuple[int, int], str]:
    """Every non-empty cell by (row, sheet column): a head may be narrower than the whole
    sheet when its first rows are, without any cell differing."""
    stacked = cells.stack()
    return {(int(r), int(c) + first_column): str(v) for (r, c), v in stacked.items()}


def _assert_head_equals_full(path: Path, max_rows: int) -> None:
    full = read_file(path)
    head = read_file(path, max_rows=max_rows)
    assert [s.name for s in head] == [s.name for s in full]
    for cut, whole in zip(head, full, strict=True):
        assert cut.hidden == whole.hidden
        assert len(cut.cells) == min(max_rows, len(whole.cells))
        assert _filled(cut.cells, cut.first_column) == _filled(
            whole.cells.head(max_rows), whole.first_column
        )


@pytest.mark.parametrize("max_rows", [1, 3, 4, 60, 500])
def test_head_of_a_workbook_equals_the_first_rows_of_a_full_read(
    tmp_path: Path, max_rows: int
) -> None:
    path = xlsx(
        tmp_path / "bok.xlsx",
        _rows(300),
        merges=["A1:D1", "B10:B12"],
        extra={"Dold": [["Konto", "Namn"], [4010, "Löner"]], "Tom": []},
        hidden=["Dold"],
    )
    _assert_head_equals_full(path, max_rows)


def test_head_keeps_dates_booleans_shared_strings_and_empty_rows(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        [],
        ["Period", "Ansvar", "Konto", "Utfall", "Klar"],
        [date(2024, 3, 31), "0101", "4010", 12.5, True],
        [],
        [datetime(2024, 4, 30, 12, 0), "0101 Ledning", "4010 – Löner", "1 234,50", False],
        ["2024-05", "0101", "4010", -0.1, None],
    ]
    path = xlsx(tmp_path / "typer.xlsx", rows)
    for max_rows in (1, 2, 3, 4, 5, 6, 10):
        _assert_head_equals_full(path, max_rows)


def test_head_of_a_sheet_whose_tags_carry_a_namespace_prefix(tmp_path: Path) -> None:
    """Some generators write `<x:row>`; the rows are still counted and the sheet closed."""
    plain = xlsx(tmp_path / "plain.xlsx", _rows(40))
    prefixed = tmp_path / "prefixed.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(prefixed, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.startswith("xl/worksheets/sheet"):
                text = data.decode()
                text = text.replace('xmlns="', 'xmlns:x="', 1)
                text = re.sub(r"<(/?)(?!\?)([A-Za-z]\w*)(?=[\s>/])", r"<\1x:\2", text)
                data = text.encode()
            out.writestr(info, data)
    assert b"<x:row" in zipfile.ZipFile(prefixed).read("xl/worksheets/sheet1.xml")
    _assert_head_equals_full(prefixed, 10)


def test_head_cuts_the_sheet_xml_short_and_drops_its_dimension(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "lang.xlsx", _rows(5000))
    with zipfile.ZipFile(path) as archive:
        whole = archive.read("xl/worksheets/sheet1.xml")
        head = readers._sheet_head(archive, "xl/worksheets/sheet1.xml", 10)
    assert head is not None
    assert len(head) < len(whole) / 100
    assert head.count(b"</row>") == 10
    assert b"<dimension" not in head and head.endswith(b"</sheetData></worksheet>")


def test_a_head_too_large_to_cut_is_read_in_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = xlsx(tmp_path / "bred.xlsx", _rows(3000))
    monkeypatch.setattr(readers, "HEAD_LIMIT", 1000)
    with zipfile.ZipFile(path) as archive:
        assert readers._sheet_head(archive, "xl/worksheets/sheet1.xml", 2000) is None
    _assert_head_equals_full(path, 2000)
