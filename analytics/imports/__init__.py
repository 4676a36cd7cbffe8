"""Importing a file: the all-or-nothing run and what it reports (stored, skipped, totals)."""
