"""The analysis texts' sign-off as rules, without storage: the sections a text may have, the
statuses a nämnd's texts pass through and who may move them.

utkast → klar för granskning → godkänd. A controller of the nämnd writes and marks the texts
ready (or takes them back to draft); an approver approves them, after which they are locked
until an approver reopens them, which takes them back to draft and is recorded in the audit
log like every other change. The region's own texts ('' as nämnd) follow the same path.
"""

from __future__ import annotations

from datetime import date

from analytics.i18n import family, t


class SignOffRefused(ValueError):
    """A text change or status change the sign-off does not allow; the message says why."""


MAX_TEXT_CHARS = 20_000  # a section of a board report, with room to spare (about eight pages)
REGION = ""  # the nämnd key of the region's own texts
STATUSES = ("missing", "draft", "ready", "approved")
family("board.status", STATUSES)  # the texts `board.status.<value>` (analytics/i18n/)
# The texts of a nämnd: a summary and one per area; the region's summary and, for the tertial
# and delårsrapport, the förvaltningsberättelse parts only people can write.
COMMITTEE_SECTIONS = ("summary", "economy", "operations", "staff", "measures")
REGION_SECTIONS = ("summary", "events", "outlook", "after_period", "principles")
family("board.section", (*COMMITTEE_SECTIONS, *REGION_SECTIONS))
# The region's sections each kind of report prints.
REGION_SECTIONS_BY_KIND = {
    "month": ("summary",),
    "tertial": ("summary", "events", "outlook"),
    "interim": REGION_SECTIONS,
}
KINDS = tuple(REGION_SECTIONS_BY_KIND)
family("board.kind", KINDS)

# (from, to) → (the action it takes, the storage operation that makes it; `board.op.<op>` is
# the button that makes it)
TRANSITIONS: dict[tuple[str, str], tuple[str, str]] = {
    ("draft", "ready"): ("submit", "submit"),
    ("ready", "draft"): ("submit", "withdraw"),
    ("ready", "approved"): ("approve", "approve"),
    ("approved", "draft"): ("approve", "reopen"),
}


family("board.op", (op for _, op in TRANSITIONS.values()))


def default_kind(period: int) -> str:
    """April is the tertialrapport's month, August the delårsrapport's; others a månadsrapport."""
    return {4: "tertial", 8: "interim"}.get(period, "month")


def sections(committee: str) -> tuple[str, ...]:
    return REGION_SECTIONS if committee == REGION else COMMITTEE_SECTIONS


def next_steps(status: str) -> list[str]:
    """The statuses a nämnd's texts may move to from `status` (none from missing: write first)."""
    return [to for (start, to) in TRANSITIONS if start == status]


def transition_refusal(current: str, target: str, has_text: bool, lang: str = "sv") -> str | None:
    """Why the texts may not move from `current` to `target` (a sentence), or None."""
    if target == "ready" and not has_text:
        return t("board.nothing_to_submit", lang)
    if (current, target) not in TRANSITIONS:
        return t(
            "board.bad_transition",
            lang,
            current=t(f"board.status.{current}", lang),
            target=t(f"board.status.{target}", lang),
        )
    return None


def due_dates(year: int, through: int, entered: dict[int, date], day: int) -> dict[int, date]:
    """Each period's deadline up to `through`: the one entered, else the setting's day."""
    return {p: entered.get(p) or default_deadline(year, p, day) for p in range(1, through + 1)}


def default_deadline(year: int, period: int, day: int) -> date:
    """The day of the month after the period by which the texts are due (the setting
    `report_deadline_day`, kept within the month)."""
    month, in_year = (period % 12) + 1, year + (1 if period == 12 else 0)
    return date(in_year, month, max(1, min(day, 28)))


def is_late(status: str, due: date, today: date) -> bool:
    """Past the deadline and not approved."""
    return status != "approved" and today > due
