"""The demo's plan assumptions, written as a filled plan-assumptions template and loaded
through the same import a user's sheet takes (Scenarier, `python -m analytics assumptions`).

The tax rate 11,70 is the region's own (public); every other value is invented but plausible
for the years (SKR's forecasts of the time were of this size) and marked "(demo)" in its source.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pandas as pd

from analytics.demo import figures as F
from analytics.scenarios.assumptions import COLUMNS, write_template

TAX_RATE = Decimal("11.70")  # public: the county tax rate
RATE_SOURCE = "Regionens skattesats 11,70 kr"
GROWTH = "tax_base_growth_pct"
INDEX = "indexation_pct"
GRANTS = "grants_mnkr"
FINANCIAL = "financial_mnkr"
# Per plan (budget year, version): assumption → (source, value of the first plan year, of the
# second). Invented, like SKR's circular numbers, and marked so.
PLANS: tuple[tuple[int, str, dict[str, tuple[str, str, str]]], ...] = (
    (2020, F.YEARS[1].versions[1].name, {
        GROWTH: ("SKR cirkulär 20:08 (demo)", "3.2", "3.6"),
        INDEX: ("Regionplan 2020–2022 (demo)", "2.8", "3.0"),
        GRANTS: ("SKR cirkulär 20:08 (demo)", "1790", "1830"),
    }),
    (2025, F.YEARS[-1].versions[-1].name, {
        GROWTH: ("SKR cirkulär 24:21 (demo)", "3.9", "4.1"),
        INDEX: ("Regionplan och budget 2025–2027 (demo)", "3.0", "2.8"),
        GRANTS: ("SKR cirkulär 24:21 (demo)", "2150", "2210"),
        FINANCIAL: ("Regionplan och budget 2025–2027 (demo)", "-20", "-25"),
    }),
)  # fmt: skip


def demo_assumptions() -> pd.DataFrame:
    """Every plan's assumptions as the template's rows, the tax rate for all three years."""
    rows = []
    for base_year, version, values in PLANS:
        rows += [(base_year, version, y, "tax_rate", TAX_RATE, RATE_SOURCE)
                 for y in range(base_year, base_year + 3)]  # fmt: skip
        rows += [(base_year, version, base_year + k, name, Decimal(v), source)
                 for name, (source, *plan_years) in values.items()
                 for k, v in enumerate(plan_years, start=1)]  # fmt: skip
    return pd.DataFrame(rows, columns=COLUMNS)


def write_demo_assumptions(folder: Path) -> Path:
    path = folder / "planantaganden.xlsx"
    path.write_bytes(write_template(demo_assumptions()))
    return path
