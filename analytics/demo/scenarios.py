"""The demo's two scenarios from the seed documents, as drivers on the 2020 budgets.

- The 2020 revision (RS 2020 §16): new SKR and Skandia forecasts for tax revenue, grants,
  equalisation and pensions turned the budgeted −79,2 mnkr into +99,9 mnkr. On the original
  budget: skatteintäkter 3 720 → 3 650 mnkr, generella statsbidrag och utjämning +270 mnkr,
  and the revised frames (the demo's frame changes of the revision).
- The rejected motion: +45 mnkr to RS financed from HSN, +20 mnkr to HSN, +2 mnkr to RUN, and
  50 mnkr a year into the pension portfolio (a placement of money, not a cost: it moves
  liquidity and the balance sheet, not the result).
"""

from __future__ import annotations

import duckdb

from analytics.demo import figures as F
from analytics.scenarios.compute import ORE_PER_MNKR, Drivers
from analytics.storage import frames as stored_frames

ORIGINAL_2020 = F.YEARS[1].versions[0]
REVISED_2020 = F.YEARS[1].versions[1]


def revision_2020(con: duckdb.DuckDBPyConnection) -> Drivers:
    """The revision as drivers on the original 2020 budget."""
    tax_before, tax_after = ORIGINAL_2020.central.tax, REVISED_2020.central.tax
    grants = REVISED_2020.central.grants - ORIGINAL_2020.central.grants
    _, stored = stored_frames.load(con)
    # the original budget's ledger is already on the 2020 organisation: the revision's
    # organisation move (Regionservice) is in it, so only the other revised changes count
    revision = stored[(stored["year"] == 2020) & (stored["version"] == "revised")
                      & ~stored["change_type"].isin(["organisation", "internal_charging"])]  # fmt: skip
    by_committee = revision.groupby("committee")["amount_ore"].sum()
    changes = tuple(
        (str(c), 2020, int(v) / ORE_PER_MNKR) for c, v in by_committee.items() if v
    )  # fmt: skip
    return Drivers(
        tax_base_pp={2020: float((tax_after / tax_before - 1) * 100)},
        grants_mnkr={2020: float(grants), 2021: float(grants), 2022: float(grants)},
        frames_mnkr=changes,
    )


MOTION = Drivers(
    reallocations_mnkr=((F.HSN, F.RS, 2020, 45.0),),
    frames_mnkr=((F.HSN, 2020, 20.0), (F.RUN, 2020, 2.0)),
)
MOTION_PENSION_PORTFOLIO_MNKR = 50.0  # a year, into the portfolio: not in the result


def save_demo_scenarios(con: duckdb.DuckDBPyConnection) -> None:
    """Store the two scenarios (after the frames are loaded) as a user would save them."""
    from analytics.storage import scenarios as stored

    stored.save(
        con,
        name="Revidering 2020 (nya skatte- och pensionsprognoser)",
        notes="RS 2020 §16: −79,2 mnkr blir +99,9 mnkr",
        base_year=2020,
        base_version=ORIGINAL_2020.name,
        drivers=revision_2020(con),
        author="demo",
    )
    stored.save(con, name="Avslaget yrkande: +45 RS från HSN, +20 HSN, +2 RUN",
                notes="Plus 50 mnkr om året till pensionsportföljen: en placering, inte en kostnad",
                base_year=2020, base_version=REVISED_2020.name, drivers=MOTION, author="demo")  # fmt: skip
