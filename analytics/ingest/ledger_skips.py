"""Which rows of a ledger sheet are not stored, and why: each listed with its amounts.

A row without a key of its own (no ansvar or konto, or a "Summa …" label) is skipped only when
it is proven to be the sum of the rows above it, or when the user excluded it; any other such
row is an error naming its amounts and the sum it failed to match, so that stored + skipped is
always the file's own total.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import numpy as np
import pandas as pd

from analytics.common.formatting import format_number
from analytics.ingest.columns import AMOUNT_ROLES
from analytics.ingest.problems import Problem
from analytics.ingest.reconcile import NO_MEASURE, SkippedRow
from analytics.ingest.sheets import SUBTOTAL_WORDS, SheetData
from analytics.ingest.subtotals import (
    SUBTOTAL,
    USER,
    RowVerdict,
    classify_candidates,
    run_sum_above,
)

UNPROVEN_DETAILED = 20  # unproven rows explained one by one; the rest listed in one problem

# (measure, öre per row in the file's sign, rows of that measure) per amount column
AmountFrames = list[tuple[str, pd.Series, pd.Series]]


@dataclass
class Skips:
    """The rows a sheet does not store (`skipped`, each listed in `rows`) and the keyless rows
    that could not be proven to be subtotals (`unproven`, each a problem)."""

    skipped: pd.Series
    unproven: pd.Series
    rows: list[SkippedRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def no_key_of_its_own(codes: pd.Series) -> pd.Series:
    """Rows whose key cell is empty or a "Summa …"/"Totalt" label rather than a code. The
    word is looked for in the code part only: "4010 Löner totalt" has the code 4010."""
    found, uniques = pd.factorize(codes, use_na_sentinel=True)
    label = np.array([bool(SUBTOTAL_WORDS.search(str(u))) for u in uniques] + [True])
    return pd.Series(label[found], index=codes.index)


def skipped_rows(
    data: SheetData,
    frames: AmountFrames,
    candidate: pd.Series,
    user_rows: pd.Series,
    no_konto: pd.Series,
) -> Skips:
    """The rows not stored and the unproven subtotals among the `candidate` (keyless) and
    `user_rows` (excluded by the user). Linear in the rows: a file of a million keyless rows
    is refused as fast as it is read."""
    index = data.rows.index
    if not (candidate.any() or user_rows.any()):
        none = pd.Series(False, index=index)
        return Skips(none, none)
    columns = _amount_columns(frames)
    amounts = np.column_stack([ore.fillna(0).to_numpy(dtype=np.int64) for ore in columns])
    present = np.column_stack([ore.notna().to_numpy() for ore in columns])
    cand = candidate.to_numpy() | user_rows.to_numpy()
    users = user_rows.to_numpy()
    verdicts = classify_candidates(amounts, present, cand)
    reasons = [USER if users[v.position] else v.reason for v in verdicts]
    kept = [(v, r) for v, r in zip(verdicts, reasons, strict=True) if r is not None]
    unproven = [v.position for v, r in zip(verdicts, reasons, strict=True) if r is None]
    skipped = np.zeros(len(index), dtype=bool)
    skipped[[v.position for v, _ in kept]] = True
    unproven_mask = np.zeros(len(index), dtype=bool)
    unproven_mask[unproven] = True
    return Skips(
        pd.Series(skipped, index=index),
        pd.Series(unproven_mask, index=index),
        _listed(data, frames, kept),
        _unproven_problems(data, unproven, amounts, present, cand, no_konto),
    )


def _listed(
    data: SheetData, frames: AmountFrames, kept: list[tuple[RowVerdict, str]]
) -> list[SkippedRow]:
    """Each skipped row with its sheet row, reason, text cells, amounts and (for a proven
    subtotal) the first and last row it sums."""
    positions = [v.position for v, _ in kept]
    texts = _row_texts(data, positions)
    measures = _row_amounts(frames, positions)
    rows = data.excel_rows
    listed = []
    for k, (verdict, reason) in enumerate(kept):
        closes = (
            (int(rows[verdict.closes[0]]), int(rows[verdict.closes[1]]))
            if verdict.closes and reason == SUBTOTAL
            else None
        )
        listed.append(
            SkippedRow(
                data.sheet.name, int(rows[verdict.position]), reason, texts[k], measures[k], closes
            )
        )
    return listed


def _unproven_problems(
    data: SheetData,
    unproven: list[int],
    amounts: np.ndarray,
    present: np.ndarray,
    candidates: np.ndarray,
    no_konto: pd.Series,
) -> list[Problem]:
    """An error per unproven row (the first `UNPROVEN_DETAILED` with the amounts stated and
    the sum above them), the rest counted in one."""
    problems = []
    rows = data.excel_rows
    detailed = unproven[:UNPROVEN_DETAILED]
    for i, text in zip(detailed, _row_texts(data, detailed), strict=True):
        above = run_sum_above(amounts, candidates, i)
        mask = pd.Series(False, index=data.rows.index)
        mask.iloc[i] = True
        missing = "konto" if no_konto.iat[i] else "ansvar"
        problems.append(
            data.problem(
                "unproven_subtotal",
                mask,
                missing,
                role_name=missing,
                text=text or "—",
                stated=_amounts_text(amounts[i], present[i]),
                summed=_amounts_text(above, present[i]),
                row=int(rows[i]),
            )
        )
    if len(unproven) > UNPROVEN_DETAILED:
        rest = pd.Series(False, index=data.rows.index)
        rest.iloc[unproven[UNPROVEN_DETAILED:]] = True
        problems.append(
            data.problem("unproven_subtotal_more", rest, n=len(unproven) - UNPROVEN_DETAILED)
        )
    return problems


def _amounts_text(values: np.ndarray, used: np.ndarray) -> str:
    return ", ".join(
        format_number(Decimal(int(v)) / 100, 2) for v, u in zip(values, used, strict=True) if u
    )


def _amount_columns(frames: AmountFrames) -> list[pd.Series]:
    """Each amount column once (a long layout's one column serves every measure)."""
    seen: dict[int, pd.Series] = {}
    for _, ore, _ in frames:
        seen.setdefault(id(ore), ore)
    return list(seen.values())


def _row_amounts(frames: AmountFrames, positions: list[int]) -> list[dict[str, int]]:
    """Öre per measure of each row at `positions` (a long layout's row without a measure under
    NO_MEASURE)."""
    out: list[dict[str, int]] = [{} for _ in positions]
    taken = np.asarray(positions, dtype=np.int64)
    for measure, ore, rows in frames:
        values = ore.to_numpy(dtype=object, na_value=None)[taken]
        mine = rows.to_numpy(dtype=bool)[taken]
        for k, (value, is_mine) in enumerate(zip(values, mine, strict=True)):
            if value is not None and is_mine:
                out[k][measure] = out[k].get(measure, 0) + int(value)
    for column in _amount_columns(frames):  # a long layout's row without a measure
        values = column.to_numpy(dtype=object, na_value=None)[taken]
        for k, value in enumerate(values):
            if not out[k] and value is not None:
                out[k][NO_MEASURE] = int(value)
    return out


def _row_texts(data: SheetData, positions: list[int]) -> list[str]:
    """The text cells (not the amounts) of the rows at `positions`, as the user reads them."""
    if not positions:
        return []
    amount_cols = {c for c, r in data.guess.roles.items() if r in AMOUNT_ROLES or r == "amount"}
    cells = data.rows.iloc[
        positions, [c for c in range(data.rows.shape[1]) if c not in amount_cols]
    ]
    return [
        " · ".join(str(v).strip() for v in row if pd.notna(v) and str(v).strip())[:120]
        for row in cells.itertuples(index=False, name=None)
    ]
