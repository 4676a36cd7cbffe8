"""Reading ledger exports and register files: readers, column recognition, value parsers."""
