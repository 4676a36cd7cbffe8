"""Ramar, the net-cost frames per nämnd: `compute` (waterfall, checks, flows, reconciliation;
pure), `template` (the Excel template both ways), `report` (reads storage, imports a template)
and `display` (tables for the Ramar page)."""
