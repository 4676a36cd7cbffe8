"""Budget analytics for a Swedish region: the core, usable without any user interface.

Ingestion (`ingest`, `importer`), storage (`storage`, the only place with SQL), computations
(pure functions on DataFrames) and chart builders. Nothing here imports streamlit; a test
enforces it.
"""

__version__ = "0.1.0"
