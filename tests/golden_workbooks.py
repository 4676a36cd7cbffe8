"""Golden files for exported workbooks: a workbook written down as readable JSON (every cell's
value, number format, boldness and fill; each sheet's freeze, filter, column widths and charts
with the ranges they point at), compared with a checked-in expectation so that any change to
an export shows as a diff in review.

`UPDATE_GOLDEN=1 pytest tests/test_exports.py` rewrites the expectations; look at the diff
before committing it.
"""

from __future__ import annotations

import difflib
import io
import json
import os
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl

GOLDEN = Path(__file__).parent / "golden"


def _value(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, float) and value == int(value):
        return int(value)
    return value


def _refs(chart: Any) -> dict[str, Any]:
    series = []
    for s in chart.series:
        series.append(
            {
                "title": s.tx.strRef.f if s.tx and s.tx.strRef else None,
                "values": s.val.numRef.f if s.val and s.val.numRef else None,
                "categories": (
                    (s.cat.numRef or s.cat.strRef).f
                    if s.cat and (s.cat.numRef or s.cat.strRef)
                    else None
                ),
            }
        )
    return {"type": type(chart).__name__, "anchor": chart.anchor._from.row + 1, "series": series}


def dump(data: bytes) -> dict[str, Any]:
    """The workbook as plain data: what a reader sees and what Excel's sort, filter and charts
    act on."""
    wb = openpyxl.load_workbook(io.BytesIO(data))
    sheets: dict[str, Any] = {}
    for ws in wb.worksheets:
        cells: dict[str, Any] = {}
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                entry: dict[str, Any] = {"v": _value(cell.value)}
                if cell.number_format != "General":
                    entry["format"] = cell.number_format
                if cell.font and cell.font.bold:
                    entry["bold"] = True
                if cell.fill and cell.fill.fill_type == "solid":
                    entry["fill"] = str(cell.fill.fgColor.rgb)
                cells[cell.coordinate] = entry
        sheets[ws.title] = {
            "state": ws.sheet_state,
            "freeze": ws.freeze_panes,
            "filter": ws.auto_filter.ref,
            "widths": {k: d.width for k, d in sorted(ws.column_dimensions.items()) if d.width},
            "validations": sorted(
                f"{dv.sqref} {dv.formula1}" for dv in ws.data_validations.dataValidation
            ),
            "charts": [_refs(c) for c in ws._charts],
            "cells": cells,
        }
    return {"sheets": list(sheets), "content": sheets}


def updating() -> bool:
    """Whether this run rewrites the golden files (`UPDATE_GOLDEN=1`) instead of comparing."""
    return os.environ.get("UPDATE_GOLDEN") == "1"


def check(name: str, data: bytes) -> dict[str, Any]:
    """Compare the workbook with `golden/<name>.json` (a diff on mismatch); returns the dump."""
    found = dump(data)
    text = json.dumps(found, ensure_ascii=False, indent=1) + "\n"  # cells in row order
    path = GOLDEN / f"{name}.json"
    if updating():
        path.write_text(text, encoding="utf-8")
        return found
    expected = path.read_text(encoding="utf-8")
    if text != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(True), text.splitlines(True), str(path), "written now", n=2
            )
        )
        raise AssertionError(f"{name} differs from its golden file:\n{diff[:6000]}")
    return found
