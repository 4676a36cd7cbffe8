"""Splitting an integer amount exactly over weights (largest-remainder method).

Used wherever money is spread – an annual budget over months, a demo total over rows – so that
the parts always add up to the whole, to the öre.
"""

from __future__ import annotations

import numpy as np


def allocate(total: int, weights: np.ndarray) -> np.ndarray:
    """Integers proportional to `weights` that sum exactly to `total`.

    Floors first, then the largest remainders get one more unit. Weights must be non-negative
    with a positive sum.
    """
    share = weights / weights.sum()
    raw = total * share
    base = np.floor(raw).astype(np.int64)
    rest = int(total - base.sum())
    order = np.argsort(-(raw - base), kind="stable")
    base[order[:rest]] += 1
    return np.asarray(base, dtype=np.int64)


def allocate_rows(totals: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Row-wise `allocate`: a rows × columns array whose rows sum exactly to `totals`."""
    raw = totals[:, None] * weights / weights.sum(axis=1, keepdims=True)
    base = np.floor(raw).astype(np.int64)
    rest = totals - base.sum(axis=1)
    rank = np.argsort(np.argsort(-(raw - base), axis=1, kind="stable"), axis=1, kind="stable")
    return np.asarray(base + (rank < rest[:, None]), dtype=np.int64)
