"""Scenarier, what-if per plan year: `compute` (the engine; pure), `assumptions` (the plan
assumptions template both ways), `report` (the baseline from a budget version, read from
storage) and `display` (tables and the scenario workbook)."""
