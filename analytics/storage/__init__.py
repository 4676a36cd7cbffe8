"""DuckDB storage: schema and migrations, writes of an import, and read queries."""

from analytics.storage.database import StorageError, open_database, transaction

__all__ = ["StorageError", "open_database", "transaction"]
