"""One writer process of the shared mode's concurrency test and benchmark (`python
scripts/shared_writer.py URL WORKER SECONDS`): comments and forecasts, one per change, as fast
as it can for SECONDS; prints how many it wrote. A process of its own, as a server would be."""

from __future__ import annotations

import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analytics.access import SYSTEM, acting_as
from analytics.storage import comments, forecasts
from analytics.storage.shared import SharedDatabase


def write(url: str, worker: int, seconds: float) -> list[float]:
    """Each change's milliseconds (waiting for the write lock included)."""
    times: list[float] = []
    with SharedDatabase(url) as server, acting_as(SYSTEM):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            written, started = len(times), time.perf_counter()
            with server.writing(wait_s=600) as con:  # writers queue: none may give up
                if written % 2:
                    comments.add_comment(
                        con, year=2025, period=3, scope="", level="committee",
                        unit="Regionstyrelsen", explanation=f"w{worker}-{written}", action="",
                        author=f"w{worker}",
                    )  # fmt: skip
                else:
                    forecasts.add_forecast_entry(
                        con, year=2025, period=3, committee="Regionstyrelsen",
                        amount_kr=Decimal(written), comment=f"w{worker}-{written}",
                        author=f"w{worker}",
                    )  # fmt: skip
            times.append((time.perf_counter() - started) * 1000)
    return times


if __name__ == "__main__":
    print(len(write(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]))))
