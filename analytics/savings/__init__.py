"""Åtgärder, the savings programme: `compute` (targets, decided and realised measures, the gap;
pure), `template` (the Excel template both ways), `report` (reads storage, imports a template)
and `display` (tables for the Åtgärder page)."""
