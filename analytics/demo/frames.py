"""The demo's budget frames 2019–2025, written as a filled frames template and loaded through
the same import a user's template takes.

Each year's frame per nämnd is exactly the net cost of its operating rows in the demo budget of
that version, so the ledger reconciles with the frames. The changes explaining the way from one
year's frame to the next follow the seed documents where they say something – +65 mnkr to RS
from higher tax revenue in 2020, Regionservice moving from HSN to RS and the reduced internal
charging in the revised 2020 plan, the required result improvements of 120, 90 and 70 mnkr
for 2020–2022, RS's 2025 frame without a general price indexation – and are invented (marked
"demo") for the rest; an "other" row per nämnd takes what is left.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from analytics.demo import figures as F
from analytics.demo.generate import DemoData
from analytics.frames.compute import CHANGE_COLUMNS, DECISION_COLUMNS
from analytics.frames.template import write_template

OPERATING = ("Verksamhetens intäkter", "Verksamhetens kostnader", "Avskrivningar")
KR_PER_TKR = 1000
# Decisions: (reference, date) per year and version; invented ones are marked.
DECISIONS = {
    (2019, "original"): ("RF 2018-11-20 §150 (demo)", date(2018, 11, 20)),
    (2020, "original"): ("RF 2019-10-16 §109", date(2019, 10, 16)),
    # the revision is proposed by regionstyrelsen (RS 2020 §16) to fullmäktige
    (2020, "revised"): ("RS 2020 §16, reviderad regionplan (datum: demo)", date(2020, 2, 26)),
    (2021, "original"): ("RF 2020-10-19/20 §104", date(2020, 10, 20)),
    (2022, "original"): ("RF 2021-10-19/20 §126", date(2021, 10, 20)),
    (2023, "original"): ("RF 2022-11-22 (demo)", date(2022, 11, 22)),
    (2024, "original"): ("RF 2023-10-17 (demo)", date(2023, 10, 17)),
    (2025, "original"): ("RF 2024-06-19 §95", date(2024, 6, 19)),
}
# Invented: the rates of wage and price indexation per year.
INDEXATION = {2020: 0.025, 2021: 0.028, 2022: 0.03, 2023: 0.045, 2024: 0.035, 2025: 0.022}
# RS's net frame 2025 is not raised by a general price indexation (RS/109/2024).
NOT_INDEXED = {(2025, F.RS)}
EFFICIENCY_TKR = {2020: 120_000, 2021: 90_000, 2022: 70_000}  # public: krav på åtgärder
REGIONSERVICE_TKR = 270_000  # invented size of the move (the move itself is public)
INTERNAL_CHARGING_TKR = 20_000  # invented size of the reduced internal charging (RS → HSN)
ADDED_FUNDS_RS_TKR = 65_000  # public: RS verksamhetsplan 2020


def _net_cost_ore(data: DemoData) -> dict[tuple[int, str], dict[str, int]]:
    """(year, version) → nämnd → net cost of its operating rows in that budget (öre)."""
    operating = set(data.accounts.loc[data.accounts["rr_line"].isin(OPERATING), "konto"])
    out: dict[tuple[int, str], dict[str, int]] = {}
    for figures in F.YEARS:
        ledger = data.ledger[figures.year]
        org = data.org[data.org["year"] == figures.year].set_index("ansvar")["committee"]
        rows = ledger[ledger["konto"].isin(operating)]
        committee = rows["ansvar"].map(org)
        for i, version in enumerate(figures.versions):
            key = (figures.year, "original" if i == 0 else "revised")
            sums = (rows[version.name] * 100).groupby(committee).sum()
            out[key] = {c: int(sums.get(c, 0)) for c in F.COMMITTEES}
    return out


def _tkr(value: float) -> int:
    """A planned change in öre, rounded to whole tkr as a decision would state it."""
    return round(value / (KR_PER_TKR * 100)) * KR_PER_TKR * 100


def demo_frames(data: DemoData) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Frame decisions and changes for every demo year (`frames` columns).

    The original 2020 frames were decided in October 2019 on the old organisation; Regionservice
    moving from HSN to RS and the reduced internal charging are part of the revised plan (RS
    2020 §16), so they are changes of the revision, and the original frames carry Regionservice
    in HSN."""
    nets = _net_cost_ore(data)
    move = REGIONSERVICE_TKR * KR_PER_TKR * 100
    charging = INTERNAL_CHARGING_TKR * KR_PER_TKR * 100
    before_move = dict(nets[(2020, "original")])
    before_move[F.HSN] += move + charging
    before_move[F.RS] -= move + charging
    nets[(2020, "original")] = before_move
    decisions = [
        (year, c, version, amount, *DECISIONS[(year, version)])
        for (year, version), by_committee in sorted(nets.items())
        for c, amount in by_committee.items()
    ]
    changes: list[tuple[Any, ...]] = []
    for figures in F.YEARS[1:]:
        year = figures.year
        last = nets.get((year - 1, "revised"), nets[(year - 1, "original")])
        now = nets[(year, "original")]
        changes += _plan_changes(year, last, now)
        if (year, "revised") in nets:
            changes += _revision_changes(year, now, nets[(year, "revised")])
    frame = pd.DataFrame(
        [(y, c, v, t_, a, text, cp) for y, c, v, t_, a, text, cp in changes], columns=CHANGE_COLUMNS
    )
    return pd.DataFrame(decisions, columns=DECISION_COLUMNS), frame


Planned = dict[str, list[tuple[str, int, str, str]]]  # nämnd → (type, öre, text, counterpart)


def _plan_changes(year: int, last: dict[str, int], now: dict[str, int]) -> list[tuple[Any, ...]]:
    """The changes from last year's frames to this year's original ones: indexation, added
    funds, the efficiency target shared by frame, and the rest as "other"."""
    planned: Planned = {c: [] for c in F.COMMITTEES}
    for c in F.COMMITTEES:
        if (year, c) in NOT_INDEXED:
            continue
        planned[c].append(("indexation", _tkr(last[c] * INDEXATION[year]),
                           f"Löne- och prisuppräkning {INDEXATION[year] * 100:.1f} % (demo)".replace(".", ","), ""))  # fmt: skip
    if year == 2020:
        planned[F.RS].append(("added_funds", ADDED_FUNDS_RS_TKR * KR_PER_TKR * 100,
                              "Tillskott från ökade skatteintäkter", ""))  # fmt: skip
    if year in EFFICIENCY_TKR:
        total = sum(last.values())
        for c in F.COMMITTEES:
            share = -EFFICIENCY_TKR[year] * KR_PER_TKR * 100 * last[c] / total
            planned[c].append(("efficiency", _tkr(share),
                               f"Resultatförbättrande åtgärder {EFFICIENCY_TKR[year] // 1000} mnkr, fördelat efter ram", ""))  # fmt: skip
    changes: list[tuple[Any, ...]] = []
    for c in F.COMMITTEES:
        rest = now[c] - last[c] - sum(a for _, a, _, _ in planned[c])
        if rest:
            text = "Övriga förändringar enligt regionplanen (demo)"
            if (year, c) in NOT_INDEXED:
                text = "Övriga förändringar; ingen generell prisuppräkning (RS/109/2024)"
            planned[c].append(("other", rest, text, ""))
        changes += [(year, c, "original", *row) for row in planned[c]]
    return changes


def _revision_changes(
    year: int, now: dict[str, int], revised: dict[str, int]
) -> list[tuple[Any, ...]]:
    """The changes of a revised plan: in 2020 Regionservice's move to RS and the reduced
    internal charging, and the rest as new tax and pension forecasts."""
    move = REGIONSERVICE_TKR * KR_PER_TKR * 100
    charging = INTERNAL_CHARGING_TKR * KR_PER_TKR * 100
    revision: Planned = {c: [] for c in F.COMMITTEES}
    if year == 2020:
        revision[F.HSN] += [
            ("organisation", -move, "Regionservice flyttas till regionstyrelsen", F.RS),
            ("internal_charging", -charging,
             "Minskad internfakturering från Regionservice (belopp: demo)", F.RS),
        ]  # fmt: skip
        revision[F.RS] += [
            ("organisation", move, "Regionservice från hälso- och sjukvårdsnämnden", F.HSN),
            ("internal_charging", charging,
             "Minskad internfakturering till HSN (belopp: demo)", F.HSN),
        ]  # fmt: skip
    changes: list[tuple[Any, ...]] = []
    for c in F.COMMITTEES:
        rest = revised[c] - now[c] - sum(a for _, a, _, _ in revision[c])
        if rest:
            revision[c].append(("other", rest,
                                "Reviderad regionplan: nya skatte- och pensionsprognoser (demo)", ""))  # fmt: skip
        changes += [(year, c, "revised", *row) for row in revision[c]]
    return changes


def write_demo_frames(decisions: pd.DataFrame, changes: pd.DataFrame, folder: Path) -> Path:
    """The demo frames (`demo_frames`) as a filled template in `folder`."""
    path = folder / "budgetramar_2019-2025.xlsx"
    path.write_bytes(write_template(decisions, changes, list(F.COMMITTEES)))
    return path
