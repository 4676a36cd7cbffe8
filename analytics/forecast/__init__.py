"""The year-end forecast: `compute` (methods, backtest, the result forecast; pure), `report`
(reads storage and gives the one forecast every page, export and command shows) and `display`
(tables and validation for the Prognos page)."""
