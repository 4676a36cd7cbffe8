"""Uppföljning, plan against outcome: `compute` (deviations, flags, periodisation, net-cost
growth; pure), `report` (reads storage and gives the follow-up every page, export and command
shows), `drill` (the path from the region to an account) and `export` (the Excel and CSV
reports)."""
