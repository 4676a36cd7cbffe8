"""Goals and indicators (mål, mätetal, nyckeltal): where each indicator stands against its
target, in the green/yellow/red the region's reports use, and counts per målområde.

An indicator runs from a base value in a base year to a target value in a target year; higher
or lower is better. The target may be given relative to the base ("−42 % against 2019"). An
outcome is judged against the straight path from base to target at its year: on or ahead of
the path is green, behind it by no more than a tolerance (a share of the whole way, 10 % by
default) yellow, further behind red. Reaching the target is always green. A target equal to
the base (keep the level) is judged against the base with the tolerance as a share of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from analytics.i18n import family

GREEN, YELLOW, RED, NO_DATA = "green", "yellow", "red", "no_data"
family(
    "goals.status", (GREEN, YELLOW, RED, NO_DATA)
)  # the texts `goals.status.<value>` (analytics/i18n/)
DIRECTIONS = ("higher", "lower")
family("goals.direction", DIRECTIONS)  # the texts `goals.direction.<value>` (analytics/i18n/)
DEFAULT_TOLERANCE = 0.10


@dataclass(frozen=True)
class Indicator:
    """One indicator's base and target; `direction` says whether higher or lower is better."""

    direction: str
    base_year: int
    base_value: float
    target_year: int
    target_value: float

    def __post_init__(self) -> None:
        if self.direction not in DIRECTIONS:
            raise ValueError(self.direction)

    @property
    def sign(self) -> int:
        return 1 if self.direction == "higher" else -1

    def path(self, year: int) -> float:
        """Where the indicator should be in `year` on the straight way from base to target."""
        span = self.target_year - self.base_year
        share = 1.0 if span <= 0 else min(max((year - self.base_year) / span, 0.0), 1.0)
        return self.base_value + share * (self.target_value - self.base_value)


def relative_target(base_value: float, percent: float) -> float:
    """A target given as a change from the base: −42 % of 1 000 is 580."""
    return base_value * (1 + percent / 100)


def status(
    indicator: Indicator, year: int, outcome: float | None, tolerance: float = DEFAULT_TOLERANCE
) -> str:
    """Green, yellow or red for an outcome in `year` (no_data without an outcome)."""
    if outcome is None:
        return NO_DATA
    s = indicator.sign
    way = abs(indicator.target_value - indicator.base_value)
    if way == 0:  # keep the level: judged against the base, tolerance as a share of it
        behind = s * (indicator.base_value - outcome)
        allowed = tolerance * abs(indicator.base_value)
        return GREEN if behind <= 0 else YELLOW if behind <= allowed else RED
    if s * (outcome - indicator.target_value) >= 0:  # the target is reached
        return GREEN
    behind = s * (indicator.path(year) - outcome) / way
    return GREEN if behind <= 0 else YELLOW if behind <= tolerance else RED


def trend(indicator: Indicator, previous: float | None, latest: float | None) -> str | None:
    """'better', 'worse' or 'same' since the previous outcome, given the direction."""
    if previous is None or latest is None:
        return None
    change = indicator.sign * (latest - previous)
    return "better" if change > 0 else "worse" if change < 0 else "same"


def counts(statuses: list[str]) -> dict[str, int]:
    """How many indicators are green, yellow, red and without data."""
    return {key: statuses.count(key) for key in (GREEN, YELLOW, RED, NO_DATA)}
