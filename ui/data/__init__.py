"""The core's reads and writes as the pages call them, one module per feature; cached reads
key on `ui.cache`."""
