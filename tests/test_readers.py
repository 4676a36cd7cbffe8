"""Reading a workbook in parts must give what one whole read by calamine gives, cell by cell:
its first rows from a copy cut after them (previews and the recognition of a file's kind rely
on it), and a large sheet parsed in pieces on every core (every import of a large export)."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest

from analytics.ingest import readers, xlsx_parts, xlsx_pieces
from analytics.ingest.problems import ImportRejected
from analytics.ingest.readers import read_file
from tests.files import with_shared_strings, xlsx


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
    for shared in (False, True):
        path = xlsx(tmp_path / f"typer_{shared}.xlsx", rows)
        if shared:
            with_shared_strings(path)
        for max_rows in (1, 2, 3, 4, 5, 6, 10):
            _assert_head_equals_full(path, max_rows)


def _rewrite_sheets(source: Path, target: Path, rewrite) -> Path:
    """A copy of a workbook whose worksheet XML went through `rewrite` (text to text)."""
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(target, "w") as out:
        for info in archive.infolist():
            data = archive.read(info)
            if info.filename.startswith("xl/worksheets/sheet"):
                data = rewrite(data.decode()).encode()
            out.writestr(info, data)
    return target


def _with_prefix(text: str) -> str:
    """`<x:row>` instead of `<row>`, as some generators write."""
    text = text.replace('xmlns="', 'xmlns:x="', 1)
    return re.sub(r"<(/?)(?!\?)([A-Za-z]\w*)(?=[\s>/])", r"<\1x:\2", text)


def test_head_of_a_sheet_whose_tags_carry_a_namespace_prefix(tmp_path: Path) -> None:
    """The rows are still counted and the sheet closed."""
    prefixed = _rewrite_sheets(
        xlsx(tmp_path / "p.xlsx", _rows(40)), tmp_path / "x.xlsx", _with_prefix
    )
    assert b"<x:row" in zipfile.ZipFile(prefixed).read("xl/worksheets/sheet1.xml")
    _assert_head_equals_full(prefixed, 10)


def test_head_cuts_the_sheet_xml_short_and_drops_its_dimension(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "lang.xlsx", _rows(5000))
    with zipfile.ZipFile(path) as archive:
        whole = archive.read("xl/worksheets/sheet1.xml")
        head = xlsx_parts.sheet_head(archive, "xl/worksheets/sheet1.xml", 10)
    assert head is not None
    assert len(head) < len(whole) / 100
    assert head.count(b"</row>") == 10
    assert b"<dimension" not in head and head.endswith(b"</sheetData></worksheet>")


def test_a_head_too_large_to_cut_is_read_in_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = xlsx(tmp_path / "bred.xlsx", _rows(3000))
    monkeypatch.setattr(readers, "ISOLATED", False)  # the patched limit lives in this process
    monkeypatch.setattr(xlsx_parts, "HEAD_LIMIT", 1000)
    with zipfile.ZipFile(path) as archive:
        assert xlsx_parts.sheet_head(archive, "xl/worksheets/sheet1.xml", 2000) is None
    _assert_head_equals_full(path, 2000)


# ---- a large sheet in pieces ---------------------------------------------------------------


def _whole(path: Path, monkeypatch: pytest.MonkeyPatch) -> list:
    with monkeypatch.context() as whole:
        whole.setattr(readers, "ISOLATED", False)  # the patched constant lives in this process
        whole.setattr(xlsx_parts, "SPLIT_MIN_BYTES", 1 << 40)
        return read_file(path)


def _in_pieces(path: Path, monkeypatch: pytest.MonkeyPatch, piece_bytes: int) -> tuple[list, list]:
    """The file read with every sheet large and pieces of about `piece_bytes` of XML; and what
    each piecewise read returned (None: it fell back to one piece)."""
    monkeypatch.setattr(readers, "ISOLATED", False)  # the patched pieces live in this process
    monkeypatch.setattr(xlsx_parts, "SPLIT_MIN_BYTES", 1)
    monkeypatch.setattr(xlsx_pieces, "_cut_size", lambda size: piece_bytes)
    results = []
    original = xlsx_pieces.read_in_pieces

    def recorded(*args):
        results.append(original(*args))
        return results[-1]

    monkeypatch.setattr(xlsx_pieces, "read_in_pieces", recorded)
    return read_file(path), results


def _assert_same_sheets(ours: list, whole: list) -> None:
    assert [s.name for s in ours] == [s.name for s in whole]
    for a, b in zip(ours, whole, strict=True):
        assert (a.hidden, a.first_column, sorted(a.merged)) == (
            b.hidden,
            b.first_column,
            sorted(b.merged),
        )
        pd.testing.assert_frame_equal(a.cells, b.cells)


def _ragged_rows(count: int) -> list[list[object]]:
    """Rows of changing width with gaps, starting in column B, with dates and shared texts."""
    rows: list[list[object]] = [
        [None, "Huvudbok 2024"],
        [],
        [None, "Period", "Ansvar", "Konto", "Utfall"],
    ]
    for i in range(count):
        if i % 97 == 5:
            rows += [[], []]  # empty rows, absent from the XML, wherever a piece may be cut
        row: list[object] = [
            None,
            date(2024, i % 12 + 1, 1),
            f"0{i % 7 + 100} Enhet {i % 7}",
            4000 + i % 13,
            i * 1.5 - 40,
        ]
        if i % 250 == 7:
            row += [None, "en anteckning långt till höger"]
        rows.append(row)
    return rows


@pytest.mark.parametrize(
    ("piece_bytes", "shared"), [(3_000, False), (20_000, False), (10**9, False), (3_000, True)]
)
def test_a_large_sheet_read_in_pieces_equals_one_whole_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, piece_bytes: int, shared: bool
) -> None:
    path = xlsx(
        tmp_path / "stor.xlsx",
        _ragged_rows(2000),
        merges=["B1:E1"],
        extra={"Konton": [["Konto", "Namn"], [4010, "Löner"]]},
        hidden=["Konton"],
    )
    if shared:  # text as Excel writes it: indexes into the shared strings
        with_shared_strings(path)
        assert b't="s"' in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    whole = _whole(path, monkeypatch)
    assert whole[0].cells.iat[2, 0] == "Period" and whole[0].cells.iat[3, 1] == "0100 Enhet 0"
    ours, results = _in_pieces(path, monkeypatch, piece_bytes)
    assert len(results) == 2 and all(r is not None for r in results)
    if piece_bytes < 10**6:
        assert results[0].table.column(0).num_chunks > 3  # really several pieces
    _assert_same_sheets(ours, whole)


def test_pieces_of_a_sheet_whose_tags_carry_a_namespace_prefix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _rewrite_sheets(
        xlsx(tmp_path / "p.xlsx", _ragged_rows(600), merges=["B1:E1"]),
        tmp_path / "x.xlsx",
        _with_prefix,
    )
    whole = _whole(path, monkeypatch)
    ours, results = _in_pieces(path, monkeypatch, 5_000)
    assert results[0] is not None and results[0].table.column(0).num_chunks > 3
    assert whole[0].merged == [(0, 1, 0, 4)]  # the merged range is found in prefixed XML too
    _assert_same_sheets(ours, whole)


def test_rows_without_numbers_are_read_in_one_piece(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without `r="…"` a piece's rows would be placed from the top: such a sheet is not cut."""
    path = _rewrite_sheets(
        xlsx(tmp_path / "p.xlsx", _rows(600)),
        tmp_path / "utan.xlsx",
        lambda text: re.sub(r'(<row\b[^>]*?) r="\d+"', r"\1", text),
    )
    whole = _whole(path, monkeypatch)
    ours, results = _in_pieces(path, monkeypatch, 5_000)
    assert results == [None]
    _assert_same_sheets(ours, whole)


def test_a_workbook_with_a_chart_is_read_in_pieces_and_cut_without_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Drawings and charts are left out of the copies calamine reads; the cells do not change."""
    import openpyxl
    from openpyxl.chart import BarChart, Reference

    path = xlsx(tmp_path / "diagram.xlsx", _ragged_rows(800))
    book = openpyxl.load_workbook(path)
    chart = BarChart()
    chart.add_data(Reference(book.active, min_col=5, min_row=3, max_row=40), titles_from_data=True)
    book.active.add_chart(chart, "H2")
    book.save(path)
    assert any(n.startswith("xl/charts/") for n in zipfile.ZipFile(path).namelist())
    whole = _whole(path, monkeypatch)
    ours, results = _in_pieces(path, monkeypatch, 5_000)
    assert results[0] is not None and results[0].table.column(0).num_chunks > 3
    _assert_same_sheets(ours, whole)
    _assert_head_equals_full(path, 30)


def test_error_cells_and_formulas_without_values_are_found_alike_in_pieces_and_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = _ragged_rows(1500)
    for i in (40, 700, 1400):  # formulas openpyxl stores without a value, far apart
        rows[i] = [*rows[i][:4], f"=E{i}*2"]
    source = xlsx(tmp_path / "f.xlsx", rows)

    filled = [i + 1 for i, row in enumerate(rows) if len(row) >= 5 and i > 3]
    refs = ((f"E{filled[250]}", "#REF!"), (f"D{filled[1200]}", "#N/A"))

    def with_errors(xml: str) -> str:  # two cached error values, in different pieces
        for ref, error in refs:
            xml, count = re.subn(
                rf'<c r="{ref}"[^>]*?(?:/>|>.*?</c>)',
                f'<c r="{ref}" t="e"><v>{error}</v></c>',
                xml,
                count=1,
                flags=re.S,
            )
            assert count == 1
        return xml

    path = _rewrite_sheets(source, tmp_path / "e.xlsx", with_errors)
    monkeypatch.setattr(readers, "ISOLATED", False)  # the patched constants live in this process
    with monkeypatch.context() as whole:
        whole.setattr(xlsx_parts, "SPLIT_MIN_BYTES", 1 << 40)
        expected = read_file(path, strict=False)[0].bad_cells
    monkeypatch.setattr(xlsx_parts, "SPLIT_MIN_BYTES", 1)
    monkeypatch.setattr(xlsx_pieces, "_cut_size", lambda size: 5_000)
    found = read_file(path, strict=False)[0].bad_cells
    key = lambda c: (c.row, c.column)  # noqa: E731
    assert sorted(found, key=key) == sorted(expected, key=key)
    assert {(c.row + 1, c.column, c.code, c.value) for c in found} >= {
        (filled[250], 4, "error_cell", "#REF!"),
        (filled[1200], 3, "error_cell", "#N/A"),
    }
    assert sum(c.code == "formula_without_value" for c in found) == 3
    with pytest.raises(ImportRejected) as caught:
        read_file(path)
    assert {p.code for p in caught.value.problems} == {"error_cell", "formula_without_value"}
