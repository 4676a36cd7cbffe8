"""The one cache key of every cached read: the database (with the viewer's visibility) and one
data version (the last import's id and the last audited write's), so an import or an entry is
visible on the next interaction wherever its figure appears, and every filter value is part of
the key, so one user's selection is never served to another's different selection."""

from __future__ import annotations

from analytics.storage import import_log
from ui import shell

Scope = tuple[tuple[str, str], ...]


def data_version() -> tuple[int, int]:
    """Changes whenever an import or any entry commits (every write is audited)."""
    return import_log.data_version(shell.connection())


def key() -> tuple[str, tuple[int, int]]:
    """The leading arguments of every cached function: database#visibility and data version."""
    # the visibility is part of the database key: limited users get their own cache entries
    return f"{shell.database_name()}#{shell.visibility_key()}", data_version()
