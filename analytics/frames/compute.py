"""Budget frames (budgetramar): how each nämnd's net-cost frame changed and why.

Pure functions on two frames:
- decisions: year, committee, version ('original' or 'revised'), amount_ore (the net-cost
  frame, positive), decision (e.g. "RF 2019-10-16 §109"), decided (date or None);
- changes: year, committee, version, change_type (`CHANGE_TYPES`), amount_ore (positive adds
  to the frame), text, counterpart (the other nämnd of a move, or "").

A year's original frame is last year's final frame (its revised one when there is one) plus
the year's original changes; the revised frame is the original plus the revised changes. What
the changes do not explain is shown as such, never hidden.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analytics.i18n import family

VERSIONS = ("original", "revised")
family("frames.version", VERSIONS)  # the texts `frames.version.<value>` (analytics/i18n/)
CHANGE_TYPES = (
    "indexation",  # wage and price indexation
    "added_funds",  # e.g. +65 mnkr to RS from higher tax revenue
    "reallocation",  # between nämnder; sums to zero
    "organisation",  # a unit moving between nämnder (Regionservice HSN → RS); sums to zero
    "internal_charging",  # reduced internal charging
    "efficiency",  # efficiency requirement
    "other",
)
family("frames.type", CHANGE_TYPES)  # the texts `frames.type.<value>` (analytics/i18n/)
MOVES = ("reallocation", "organisation")
DECISION_COLUMNS = ["year", "committee", "version", "amount_ore", "decision", "decided"]
CHANGE_COLUMNS = [
    "year",
    "committee",
    "version",
    "change_type",
    "amount_ore",
    "text",
    "counterpart",
]


def final_frames(decisions: pd.DataFrame) -> pd.Series:
    """Per (year, committee): the frame that stands, the revised one where there is one."""
    order = decisions.assign(rank=decisions["version"].map({"original": 0, "revised": 1}))
    latest = order.sort_values("rank").groupby(["year", "committee"])["amount_ore"].last()
    return latest.astype("int64")


def frame_of(decisions: pd.DataFrame, year: int, version: str) -> pd.Series:
    """Per committee: the year's frame of one version (the original when `revised` has none)."""
    rows = decisions[decisions["year"] == year]
    original = rows[rows["version"] == "original"].set_index("committee")["amount_ore"]
    if version == "original":
        return original.astype("int64")
    revised = rows[rows["version"] == "revised"].set_index("committee")["amount_ore"]
    return revised.combine_first(original).astype("int64")


@dataclass(frozen=True)
class Step:
    """One bar of a waterfall: a label, its amount (öre) and whether it is a total."""

    label: str
    amount_ore: int
    kind: str  # "start", "change", "unexplained", "end"
    change_type: str | None = None


def waterfall(
    decisions: pd.DataFrame,
    changes: pd.DataFrame,
    year: int,
    committee: str | None = None,
    version: str = "original",
) -> list[Step]:
    """From last year's final frame to this year's frame (of `version`), change type by change
    type, for one nämnd or (None) the region; a last step shows what the changes do not explain.

    For `revised` the start is this year's original frame and the steps are the revised changes.
    """

    def pick(series: pd.Series) -> int:
        if committee is None:
            return int(series.sum())
        return int(series.get(committee, 0))

    if version == "original":
        finals = final_frames(decisions)
        last = finals[finals.index.get_level_values("year") == year - 1].droplevel("year")
        start = pick(last)
    else:
        start = pick(frame_of(decisions, year, "original"))
    end = pick(frame_of(decisions, year, version))
    rows = changes[(changes["year"] == year) & (changes["version"] == version)]
    if committee is not None:
        rows = rows[rows["committee"] == committee]
    by_type = rows.groupby("change_type")["amount_ore"].sum()
    steps = [Step("start", start, "start")]
    for change_type in CHANGE_TYPES:
        amount = int(by_type.get(change_type, 0))
        if amount:
            steps.append(Step(change_type, amount, "change", change_type))
    unexplained = end - start - int(by_type.sum())
    if unexplained:
        steps.append(Step("unexplained", unexplained, "unexplained"))
    steps.append(Step("end", end, "end"))
    return steps


@dataclass(frozen=True)
class MoveImbalance:
    """Reallocations or organisation moves of a year and version that do not sum to zero."""

    year: int
    version: str
    change_type: str
    amount_ore: int  # what is left over across all nämnder


def move_imbalances(changes: pd.DataFrame) -> list[MoveImbalance]:
    """Every (year, version, move type) whose amounts across nämnder do not sum to zero."""
    moves = changes[changes["change_type"].isin(MOVES)]
    sums = moves.groupby(["year", "version", "change_type"])["amount_ore"].sum()
    return [
        MoveImbalance(int(y), str(v), str(c), int(a)) for (y, v, c), a in sums.items() if a != 0
    ]


def flows(changes: pd.DataFrame, year: int, version: str | None = None) -> pd.DataFrame:
    """Money moved between nämnder in a year: source (the giving nämnd), target, change_type,
    amount_ore (positive). Read from the receiving side's rows that name a counterpart."""
    rows = changes[
        (changes["year"] == year)
        & changes["change_type"].isin(MOVES)
        & (changes["amount_ore"] > 0)
        & (changes["counterpart"].fillna("") != "")
    ]
    if version is not None:
        rows = rows[rows["version"] == version]
    out = rows.rename(columns={"counterpart": "source", "committee": "target"})
    grouped = out.groupby(["source", "target", "change_type"], as_index=False)["amount_ore"].sum()
    return grouped.astype({"amount_ore": "int64"})


def reconcile(frames: pd.Series, ledger_net_cost: pd.Series) -> pd.DataFrame:
    """Per nämnd: the frame against the net cost in the ledger's budget (both positive öre)
    and the difference (frame − budget: positive means budgeted below the frame)."""
    committees = sorted(set(frames.index) | set(ledger_net_cost.index))
    frame = frames.reindex(committees)
    budget = ledger_net_cost.reindex(committees)
    out = pd.DataFrame(
        {
            "committee": committees,
            "frame_ore": frame.to_numpy(),
            "budget_net_cost_ore": budget.to_numpy(),
        }
    )
    out["difference_ore"] = out["frame_ore"] - out["budget_net_cost_ore"]
    return out


@dataclass(frozen=True)
class FrameTotals:
    """The frames against the budget as a whole: frames are net cost the nämnder may spend;
    taxes, grants and financial items pay for them; what is left is the budgeted result."""

    frames_ore: int  # the sum of the nämnders' frames (positive)
    budget_net_cost_ore: int  # the nämnders' net cost in the ledger's budget (positive)
    financing_ore: int  # taxes, grants and financial items in the budget (result sign)
    budget_result_ore: int  # the budget's result (result sign)

    @property
    def result_with_frames_ore(self) -> int:
        """The result if every nämnd spends exactly its frame."""
        return self.financing_ore - self.frames_ore

    @property
    def net_cost_difference_ore(self) -> int:
        return self.frames_ore - self.budget_net_cost_ore
