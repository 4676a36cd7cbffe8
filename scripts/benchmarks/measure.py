"""Timing and statistics shared by every benchmark: medians, spreads and ratios."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Timing:
    """Milliseconds of repeated runs of one measurement."""

    name: str
    runs_ms: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.runs_ms)

    @property
    def p95(self) -> float:
        ordered = sorted(self.runs_ms)
        return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]

    @property
    def spread(self) -> float:
        """Interquartile range (max − min below four runs), the noise around the median."""
        if len(self.runs_ms) < 4:
            return max(self.runs_ms) - min(self.runs_ms)
        q = statistics.quantiles(self.runs_ms, n=4)
        return q[2] - q[0]

    def row(self, **extra: object) -> dict[str, object]:
        return {
            "name": self.name,
            "runs": len(self.runs_ms),
            "median_ms": round(self.median, 1),
            "p95_ms": round(self.p95, 1),
            "spread_ms": round(self.spread, 1),
            "min_ms": round(min(self.runs_ms), 1),
            "max_ms": round(max(self.runs_ms), 1),
            **extra,
        }


def timed(name: str, action: Callable[[], object], repeat: int, warmup: bool = True) -> Timing:
    """`repeat` runs of `action` (after one untimed warm-up run when `warmup`)."""
    if warmup:
        action()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        runs.append((time.perf_counter() - start) * 1000)
    return Timing(name, runs)
