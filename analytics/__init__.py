"""Budget analytics for a Swedish region: the core, usable without any user interface.

Ingestion (`ingest`, `importer`), storage (`storage`, the only place with SQL), computations
(pure functions on DataFrames) and chart builders. Nothing here imports streamlit; a test
enforces it.
"""

import os

# openpyxl switches to lxml when it is installed (python-docx brings it for the report), and
# then reads and writes some cells differently (an error cell, a carriage return). The
# workbooks we read and write must not depend on what else happens to be installed: openpyxl
# keeps its own XML path, read once when openpyxl is first imported (after this package).
os.environ.setdefault("OPENPYXL_LXML", "False")

__version__ = "0.1.0"
