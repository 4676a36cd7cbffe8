"""The Åtgärder page's tiles and tables as users read them (no arithmetic in pages)."""

from __future__ import annotations

import pandas as pd

from analytics.common.formatting import mnkr, percent, signed, tkr_cell
from analytics.common.tables import tkr_cells
from analytics.common.tiles import Tile
from analytics.i18n import t
from analytics.ingest.template_sheets import amount_ore
from analytics.savings import compute as savings


def _share(value: float | None, lang: str) -> str | None:
    return None if value is None else t("savings.share_of_target", lang, pct=percent(value * 100))


def tiles(p: savings.Programme, lang: str = "sv") -> list[Tile]:
    """Target, planned, the gap, what decided measures cover, and what is realised."""
    gap = p.gap_ore
    return [
        Tile(t("savings.tile_target", lang), mnkr(p.target_ore), None, "gray", "off"),
        Tile(
            t("savings.tile_planned", lang),
            mnkr(p.planned_ore),
            _share(p.planned_ore / p.target_ore if p.target_ore else None, lang),
            "gray",
            "off",
        ),
        Tile(
            t("savings.tile_gap", lang),
            signed(mnkr(gap), gap) if gap > 0 else mnkr(gap),
            t("savings.tile_gap_delta" if gap > 0 else "savings.tile_gap_none", lang),
            "red" if gap > 0 else "green",
            "off",
        ),
        Tile(
            t("savings.tile_decided", lang),
            mnkr(p.decided_ore),
            _share(p.decided_share, lang),
            "green" if (p.decided_share or 0) >= 1 else "orange",
            "off",
        ),
        Tile(
            t("savings.tile_realised", lang),
            mnkr(p.realised_ore),
            _share(p.realised_share, lang),
            "gray",
            "off",
        ),
    ]


def per_committee_display(table: pd.DataFrame, lang: str = "sv") -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("col.committee", lang): table["committee"],
            t("col.target_tkr", lang): tkr_cells(table["target_ore"]),
            t("col.planned_tkr", lang): tkr_cells(table["planned_ore"]),
            t("col.decided_tkr", lang): tkr_cells(table["decided_ore"]),
            t("col.realised_tkr", lang): tkr_cells(table["realised_ore"]),
            t("col.gap_tkr", lang): [
                signed(tkr_cell(v), v) if v > 0 else tkr_cell(v) for v in table["gap_ore"]
            ],
        }
    )


def measures_display(table: pd.DataFrame, lang: str = "sv") -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("col.code", lang): table["code"],
            t("col.title", lang): table["title"],
            t("col.committee", lang): table["committee"],
            t("col.owner", lang): table["owner"],
            t("col.status", lang): [t(f"savings.status.{s}", lang) for s in table["status"]],
            t("col.needs_decision", lang): [
                (d or t("yes", lang)) if n else t("no", lang)
                for n, d in zip(table["needs_decision"], table["decision"], strict=True)
            ],
            t("col.risk", lang): [t(f"savings.risk.{r}", lang) for r in table["risk"]],
            t("col.planned_tkr", lang): tkr_cells(table["planned_ore"]),
            t("col.realised_tkr", lang): tkr_cells(table["realised_ore"]),
            t("col.left_tkr", lang): tkr_cells(table["left_ore"]),
        }
    )


def validate_measure(
    title: str, amount_text: str, lang: str = "sv"
) -> tuple[int | None, list[str]]:
    """A new measure as typed: (planned saving in öre, errors)."""
    errors = []
    if not title.strip():
        errors.append(t("savings.title_required", lang))
    ore = amount_ore(amount_text.strip()) if amount_text.strip() else None
    if ore is None or ore <= 0:
        errors.append(t("problem.savings_bad_amount", lang, text=amount_text.strip()))
    return (None if errors else ore), errors


def validate_realised(amount_text: str, lang: str = "sv") -> tuple[int | None, list[str]]:
    ore = amount_ore(amount_text.strip()) if amount_text.strip() else None
    if ore is None or ore < 0:
        return None, [t("problem.savings_bad_amount", lang, text=amount_text.strip())]
    return ore, []
