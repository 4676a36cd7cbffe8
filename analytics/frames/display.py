"""The Ramar page's tables, tiles and labels as users read them (no arithmetic in pages)."""

from __future__ import annotations

import pandas as pd

from analytics.common.formatting import mnkr, signed, tkr_cell
from analytics.common.tables import tkr_cells
from analytics.common.tiles import Tile
from analytics.frames import compute as frames
from analytics.i18n import t
from analytics.ingest.template_sheets import amount_ore
from analytics.ingest.values import parse_decimal


def step_labels(steps: list[frames.Step], year: int, revised: bool, lang: str = "sv") -> list[str]:
    """Waterfall bar labels: the frames by year (or original/revised) and the change types."""
    labels = []
    for step in steps:
        if step.kind == "start":
            key = "frames.step.start_revised" if revised else "frames.step.start"
            labels.append(t(key, lang, year=year - 1))
        elif step.kind == "end":
            key = "frames.step.end_revised" if revised else "frames.step.end"
            labels.append(t(key, lang, year=year))
        elif step.kind == "unexplained":
            labels.append(t("frames.step.unexplained", lang))
        else:
            labels.append(t(f"frames.type.{step.change_type}", lang))
    return labels


def total_tile(decisions: pd.DataFrame, year: int, lang: str = "sv") -> Tile:
    """The sum of this year's frames and its change against last year's final frames."""
    now = int(frames.frame_of(decisions, year, "revised").sum())
    last = frames.frame_of(decisions, year - 1, "revised")
    delta = None
    if len(last):
        change = now - int(last.sum())
        delta = t("frames.tile_change", lang, amount=signed(mnkr(change), change), last=year - 1)
    return Tile(t("frames.tile_total", lang), mnkr(now), delta, "gray", "off")


def result_tile(totals: frames.FrameTotals, lang: str = "sv") -> Tile:
    """The result if every nämnd spends its frame, against the budget's result."""
    result = totals.result_with_frames_ore
    return Tile(
        t("frames.tile_result", lang),
        mnkr(result),
        None,
        "gray",
        "off",
        help=t("frames.tile_result_help", lang, budget=mnkr(totals.budget_result_ore)),
    )


def budget_tile(totals: frames.FrameTotals, lang: str = "sv") -> Tile:
    """The ledger budget's net cost of the nämnder against the sum of the frames."""
    difference = totals.budget_net_cost_ore - totals.frames_ore
    return Tile(
        t("frames.tile_budget", lang),
        mnkr(totals.budget_net_cost_ore),
        t("frames.tile_budget_delta", lang, amount=signed(mnkr(difference), difference)),
        "green" if difference <= 0 else "red",
        "off",
    )


def imbalance_messages(imbalances: list[frames.MoveImbalance], lang: str = "sv") -> list[str]:
    return [
        t(
            "frames.imbalance",
            lang,
            type=t(f"frames.type.{i.change_type}", lang),
            year=i.year,
            version=t(f"frames.version.{i.version}", lang).lower(),
            amount=signed(mnkr(i.amount_ore), i.amount_ore),
        )
        for i in imbalances
    ]


def reconciliation_display(table: pd.DataFrame, lang: str = "sv") -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("col.committee", lang): table["committee"],
            t("col.frame", lang): tkr_cells(table["frame_ore"]),
            t("col.budget_net_cost", lang): tkr_cells(table["budget_net_cost_ore"]),
            t("col.difference", lang): tkr_cells(table["difference_ore"], with_sign=True),
        }
    )


def revision_display(decisions: pd.DataFrame, year: int, lang: str = "sv") -> pd.DataFrame:
    """Per nämnd: the original and the revised frame and the difference."""
    original = frames.frame_of(decisions, year, "original")
    revised = frames.frame_of(decisions, year, "revised")
    committees = sorted(set(original.index) | set(revised.index))
    before = original.reindex(committees)
    after = revised.reindex(committees)
    return pd.DataFrame(
        {
            t("col.committee", lang): committees,
            t("col.original", lang): tkr_cells(before),
            t("col.revised", lang): tkr_cells(after),
            t("col.difference", lang): [
                tkr_cell(a - b, True) for a, b in zip(after, before, strict=True)
            ],
        }
    )


def changes_display(changes: pd.DataFrame, lang: str = "sv") -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("col.committee", lang): changes["committee"],
            t("col.version_label", lang): [
                t(f"frames.version.{v}", lang) for v in changes["version"]
            ],
            t("col.type", lang): [t(f"frames.type.{c}", lang) for c in changes["change_type"]],
            t("col.amount_tkr", lang): tkr_cells(changes["amount_ore"], with_sign=True),
            t("col.text", lang): changes["text"],
            t("col.counterpart", lang): changes["counterpart"],
        }
    )


def validate_change(
    amount_text: str,
    text: str,
    change_type: str,
    committee: str,
    counterpart: str,
    lang: str = "sv",
) -> tuple[int | None, list[str]]:
    """A frame change as typed: (amount in öre, errors)."""
    errors = []
    value = parse_decimal(amount_text.strip()) if amount_text.strip() else None
    ore = None if value is None else value * 100_000
    if ore is None or ore != ore.to_integral_value() or ore == 0:
        errors.append(
            t("entry.bad_amount", lang, field=t("col.amount_tkr", lang), text=amount_text)
        )
    if not text.strip():
        errors.append(t("frames.text_required", lang))
    if change_type in frames.MOVES and (not counterpart or counterpart == committee):
        errors.append(t("frames.counterpart_required", lang))
    return (None if errors or ore is None else int(ore)), errors


def validate_frame(amount_text: str, lang: str = "sv") -> tuple[int | None, list[str]]:
    """A frame as typed in tkr: (öre, errors). A frame is a positive net cost."""
    ore = amount_ore(amount_text.strip()) if amount_text.strip() else None
    if ore is None or ore <= 0:
        return None, [t("problem.frames_bad_amount", lang, text=amount_text.strip())]
    return ore, []
