"""Which rows of an export are sums of other rows, proven by arithmetic, never by a word.

Real exports put "Summa", "Totalt" or "Delsumma" rows between their data rows, but the same words
occur in data: a unit called "Sum felles inntekter", an account text "...Project Total", a
counterparty "Total AB". A word alone therefore never drops a row. A row is a candidate only when
it has no key of its own (no ansvar or no konto, or a key cell that is itself a "Summa …" label),
and it is a subtotal only when, in every amount column where it has a value, it equals the sum
of a run of data rows right above it (from the file's first data row or the row after an earlier
candidate) or right below it (up to a later candidate or the last row). Nested sums (ansvar,
then nämnd, then the grand total) are found alike, because candidates add nothing to a run.

A candidate with amounts that are no such sum is neither data (it has no key to store it under)
nor a proven subtotal: the import refuses it and names the row, unless the user says it is a
subtotal. Candidates without any amount are text rows (a group heading) and carry no money.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SUBTOTAL = "subtotal"  # proven a sum of the rows it closes
TEXT = "text"  # no amount at all: a heading or a note
USER = "user"  # the user said so (--skip-rows, the page's row list)


@dataclass(frozen=True)
class RowVerdict:
    """What the arithmetic says of one candidate row (positions are 0-based body rows)."""

    position: int
    reason: str | None  # SUBTOTAL, TEXT or None when its amounts are no sum of a run
    closes: tuple[int, int] | None = None  # first and last position of the run it sums


def classify_candidates(
    amounts: np.ndarray, present: np.ndarray, candidate: np.ndarray
) -> list[RowVerdict]:
    """A verdict for every candidate row.

    `amounts` is an (n, m) int64 matrix of öre per row and amount column (0 where empty),
    `present` the (n, m) mask of cells with a value, `candidate` the (n,) mask of rows without
    keys of their own. The runs are sums of non-candidate rows only.
    """
    n, _ = amounts.shape
    positions = np.flatnonzero(candidate)
    if not len(positions):
        return []
    data = (~candidate)[:, None]
    prefix = _prefix_sums(np.where(data, amounts, 0))  # prefix[k] = sum of data rows < k
    patterns = {tuple(present[i]) for i in positions}
    verdicts: dict[int, RowVerdict] = {}
    # Runs ending right above a candidate start at row 0 or just after an earlier candidate.
    starts: dict[tuple[bool, ...], dict[tuple[int, ...], int]] = {p: {} for p in patterns}

    def remember(
        table: dict[tuple[bool, ...], dict[tuple[int, ...], int]], position: int, keep_first: bool
    ) -> None:
        for pattern, seen in table.items():
            key = _key(prefix[position], pattern)
            if not keep_first or key not in seen:
                seen[key] = position

    remember(starts, 0, keep_first=True)
    for i in (int(p) for p in positions):
        pattern = tuple(present[i])
        if not any(pattern):
            verdicts[i] = RowVerdict(int(i), TEXT)
        else:
            wanted = _key(prefix[i] - _row(amounts, i), pattern)
            start = starts[pattern].get(wanted)
            if start is not None:
                verdicts[i] = RowVerdict(int(i), SUBTOTAL, _run(candidate, start, i))
        remember(starts, i + 1, keep_first=True)
    # Runs starting right below a candidate end at a later candidate or after the last row.
    ends: dict[tuple[bool, ...], dict[tuple[int, ...], int]] = {p: {} for p in patterns}
    remember(ends, n, keep_first=False)
    for i in (int(p) for p in positions[::-1]):
        if i not in verdicts:
            pattern = tuple(present[i])
            wanted = _key(prefix[i + 1] + _row(amounts, i), pattern)
            end = ends[pattern].get(wanted)
            if end is not None:
                verdicts[i] = RowVerdict(int(i), SUBTOTAL, _run(candidate, i + 1, end))
            else:
                verdicts[i] = RowVerdict(int(i), None)
        remember(ends, i, keep_first=False)
    return [verdicts[int(i)] for i in positions]


def run_sum_above(amounts: np.ndarray, candidate: np.ndarray, position: int) -> np.ndarray:
    """The sum of the data rows between the previous candidate and `position`, per column:
    what an unproven subtotal is compared with in its message."""
    earlier = np.flatnonzero(candidate[:position])
    start = int(earlier[-1]) + 1 if len(earlier) else 0
    rows = amounts[start:position][~candidate[start:position]]
    return np.asarray(_prefix_sums(rows)[-1])


def _prefix_sums(values: np.ndarray) -> np.ndarray:
    """Row-wise running sums with a leading row of zeros; exact Python ints when int64 could
    overflow (amounts of many billions of kronor in öre)."""
    n, m = values.shape
    if n and float(np.abs(values).astype(np.float64).sum()) >= 2.0**62:
        out = np.zeros((n + 1, m), dtype=object)
        out[1:] = np.cumsum(values.astype(object), axis=0)
        return out
    out = np.zeros((n + 1, m), dtype=np.int64)
    np.cumsum(values, axis=0, out=out[1:])
    return out


def _row(amounts: np.ndarray, i: int) -> np.ndarray:
    return np.asarray(amounts[i].astype(object) if amounts.dtype == object else amounts[i])


def _key(values: np.ndarray, pattern: tuple[bool, ...]) -> tuple[int, ...]:
    return tuple(int(v) for v, used in zip(values, pattern, strict=True) if used)


def _run(candidate: np.ndarray, start: int, stop: int) -> tuple[int, int] | None:
    """First and last data row in [start, stop), or None for an empty run (a zero sum)."""
    inside = np.flatnonzero(~candidate[start:stop])
    return (start + int(inside[0]), start + int(inside[-1])) if len(inside) else None
