"""Mål och nyckeltal: `compute` (status rules; pure), `report` (reads storage, loads goal sheets
and Kolada files through `ingest`) and `display` (tables for the page)."""
