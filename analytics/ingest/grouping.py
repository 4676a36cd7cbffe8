"""Summing rows with the same key, fast and exact, for imports of a million rows.

pandas' `groupby(...).sum()` on eight text columns spends most of its time building a
MultiIndex; here each key column is factorised once (in C), the codes are combined into one
integer per row, and the amounts are summed in int64 after one sort, so öre stay exact.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def sum_by_key(frame: pd.DataFrame, keys: list[str], value: str) -> pd.DataFrame:
    """One row per distinct key (in order of first appearance) with `value` summed.

    Missing key values form their own group (as `groupby(dropna=False)`); `value` must have
    no missing values. The result keeps `frame`'s columns and dtypes.
    """
    if frame.empty:
        return frame.copy()
    group = key_codes(frame, keys)
    order = np.argsort(group, kind="stable")
    ordered = group[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    amounts = frame[value].to_numpy(dtype=np.int64)[order]
    sums = np.add.reduceat(amounts, starts)
    first = order[starts]  # the first row of each group in the file
    by_appearance = np.argsort(first, kind="stable")
    out = frame.iloc[first[by_appearance]].reset_index(drop=True)
    out[value] = pd.array(sums[by_appearance], dtype=frame[value].dtype)
    return out


def key_codes(frame: pd.DataFrame, keys: list[str]) -> np.ndarray:
    """One int64 per row, equal for rows with equal `keys` (missing values equal each other)."""
    group = np.zeros(len(frame), dtype=np.int64)
    span = 1
    for key in keys:
        codes, uniques = pd.factorize(frame[key], use_na_sentinel=False)
        size = max(len(uniques), 1)
        if span * size >= 2**62:  # too many combinations for one integer: renumber first
            group = pd.factorize(group)[0].astype(np.int64)
            span = int(group.max()) + 1
        group = group * size + codes
        span *= size
    return group


def distinct_rows(frame: pd.DataFrame, keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(code per row, first row of each code): to test each distinct key once.

    Codes run 0…n−1 in order of first appearance; `frame.iloc[first]` are the distinct keys.
    """
    codes, uniques = pd.factorize(key_codes(frame, keys))
    first = np.full(len(uniques), len(frame), dtype=np.int64)
    np.minimum.at(first, codes, np.arange(len(frame)))
    return codes, first
