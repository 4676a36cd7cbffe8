"""The cost-reduction programme (resultatförbättrande åtgärder, åtgärdsplan för ekonomi i
balans): targets, measures, their planned and realised savings, and the gap.

Pure functions on four frames, amounts in öre and positive (a saving):
- targets: year, committee ("" is the region as a whole), amount_ore;
- measures: code, title, committee, owner, status (`STATUSES`), needs_decision, decision,
  risk (`RISKS`);
- plans: code, year, amount_ore (the measure's planned saving that year);
- realised: code, year, period, amount_ore (saved in that month).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analytics.i18n import family

STATUSES = ("idea", "decided", "in_progress", "realised", "dropped")
family("savings.status", STATUSES)  # the texts `savings.status.<value>` (analytics/i18n/)
DECIDED = ("decided", "in_progress", "realised")  # counts as covered by a decision
RISKS = ("low", "medium", "high")
family("savings.risk", RISKS)  # the texts `savings.risk.<value>` (analytics/i18n/)
TARGET_COLUMNS = ["year", "committee", "amount_ore"]
MEASURE_COLUMNS = [
    "code",
    "title",
    "committee",
    "owner",
    "status",
    "needs_decision",
    "decision",
    "risk",
]
PLAN_COLUMNS = ["code", "year", "amount_ore"]
REALISED_COLUMNS = ["code", "year", "period", "amount_ore"]
REGION = ""


@dataclass(frozen=True)
class Programme:
    """A year's programme up to a month, for the region or one nämnd (öre)."""

    target_ore: int
    planned_ore: int  # every measure not dropped
    decided_ore: int  # measures decided, in progress or realised
    realised_ore: int  # realised up to the month

    @property
    def gap_ore(self) -> int:
        """What the planned measures leave of the target (positive = not enough planned)."""
        return self.target_ore - self.planned_ore

    @property
    def decided_share(self) -> float | None:
        """The share of the target covered by decided measures."""
        return self.decided_ore / self.target_ore if self.target_ore else None

    @property
    def realised_share(self) -> float | None:
        return self.realised_ore / self.target_ore if self.target_ore else None


def targets_by_committee(targets: pd.DataFrame, year: int) -> pd.Series:
    """Per nämnd the year's target (the region's own row left out)."""
    rows = targets[(targets["year"] == year) & (targets["committee"] != REGION)]
    return rows.groupby("committee")["amount_ore"].sum().astype("int64")


def region_target(targets: pd.DataFrame, year: int) -> int:
    """The region's target: its own row when there is one, else the nämnders' sum."""
    own = targets[(targets["year"] == year) & (targets["committee"] == REGION)]
    if len(own):
        return int(own["amount_ore"].sum())
    return int(targets_by_committee(targets, year).sum())


def _planned(measures: pd.DataFrame, plans: pd.DataFrame, year: int) -> pd.DataFrame:
    """Each measure with its planned saving for the year (measures without a plan: 0)."""
    year_plans = plans[plans["year"] == year].groupby("code")["amount_ore"].sum()
    out = measures.copy()
    out["planned_ore"] = out["code"].map(year_plans).fillna(0).astype("int64")
    return out


def _realised(realised: pd.DataFrame, year: int, month: int) -> pd.Series:
    rows = realised[(realised["year"] == year) & (realised["period"] <= month)]
    return rows.groupby("code")["amount_ore"].sum()


def measure_table(
    measures: pd.DataFrame,
    plans: pd.DataFrame,
    realised: pd.DataFrame,
    year: int,
    month: int,
    committee: str | None = None,
) -> pd.DataFrame:
    """The year's measures (of a nämnd, or all) with planned and realised saving and what is
    left to realise, largest planned first."""
    table = _planned(measures, plans, year)
    table["realised_ore"] = table["code"].map(_realised(realised, year, month)).fillna(0)
    table["realised_ore"] = table["realised_ore"].astype("int64")
    table["left_ore"] = (table["planned_ore"] - table["realised_ore"]).clip(lower=0)
    if committee:
        table = table[table["committee"] == committee]
    in_year = (table["planned_ore"] != 0) | (table["realised_ore"] != 0)
    return table[in_year].sort_values(["planned_ore", "code"], ascending=[False, True])


def programme(
    targets: pd.DataFrame,
    measures: pd.DataFrame,
    plans: pd.DataFrame,
    realised: pd.DataFrame,
    year: int,
    month: int,
    committee: str | None = None,
) -> Programme:
    """Target, planned, decided and realised saving for the region or a nämnd."""
    table = measure_table(measures, plans, realised, year, month, committee)
    active = table[table["status"] != "dropped"]
    target = (
        int(targets_by_committee(targets, year).get(committee, 0))
        if committee
        else region_target(targets, year)
    )
    return Programme(
        target_ore=target,
        planned_ore=int(active["planned_ore"].sum()),
        decided_ore=int(active.loc[active["status"].isin(DECIDED), "planned_ore"].sum()),
        realised_ore=int(table["realised_ore"].sum()),
    )


def per_committee(
    targets: pd.DataFrame,
    measures: pd.DataFrame,
    plans: pd.DataFrame,
    realised: pd.DataFrame,
    year: int,
    month: int,
) -> pd.DataFrame:
    """Per nämnd: target, planned, decided, realised and the gap."""
    committees = sorted(
        set(targets_by_committee(targets, year).index)
        | set(measure_table(measures, plans, realised, year, month)["committee"])
    )
    rows = []
    for committee in committees:
        p = programme(targets, measures, plans, realised, year, month, committee)
        rows.append(
            (committee, p.target_ore, p.planned_ore, p.decided_ore, p.realised_ore, p.gap_ore)
        )
    return pd.DataFrame(
        rows,
        columns=[
            "committee",
            "target_ore",
            "planned_ore",
            "decided_ore",
            "realised_ore",
            "gap_ore",
        ],
    )


def burn_up(
    realised: pd.DataFrame,
    measures: pd.DataFrame,
    year: int,
    month: int,
    committee: str | None = None,
) -> pd.DataFrame:
    """Realised saving accumulated month by month up to `month` (period, realised_acc_ore)."""
    codes = set(
        measures["code"]
        if not committee
        else measures.loc[measures["committee"] == committee, "code"]
    )
    rows = realised[(realised["year"] == year) & realised["code"].isin(codes)]
    monthly = rows.groupby("period")["amount_ore"].sum().reindex(range(1, month + 1), fill_value=0)
    return pd.DataFrame(
        {"period": range(1, month + 1), "realised_acc_ore": monthly.cumsum().astype("int64").values}
    )


def at_risk(table: pd.DataFrame) -> pd.DataFrame:
    """Measures that may not deliver: high risk, still an idea, or waiting for a political
    decision that has not been taken – of those not dropped or fully realised."""
    open_ = table[~table["status"].isin(("dropped", "realised"))]
    waiting = open_["needs_decision"].astype(bool) & (open_["decision"].fillna("") == "")
    risky = (open_["risk"] == "high") | (open_["status"] == "idea") | waiting
    return open_[risky]
