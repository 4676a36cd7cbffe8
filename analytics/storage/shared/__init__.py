"""The shared mode: PostgreSQL holds what users write and the ledger (as Parquet parts), each
server works on a DuckDB copy brought up to date at every interaction (`mirror`)."""

from analytics.storage.shared.mirror import SharedDatabase, where

__all__ = ["SharedDatabase", "where"]
