"""Thread pools created on first use.

A pool made at import time starts threads in every process that merely imports the module
(the CLI's `--help`, each test worker); one made here exists only once work is handed to it,
and the same named pool is shared by every caller afterwards.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from functools import cache


@cache
def pool(name: str, max_workers: int) -> ThreadPoolExecutor:
    """The pool `name` (its threads are called `name-N`), created the first time it is asked."""
    return ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix=name)
