"""The balanskravsutredning (KL 11 kap., RKR R15 layout) and the three-year rule.

    Årets resultat
  − samtliga realisationsvinster (+ those the exception allows)
  ± orealiserade vinster och förluster i värdepapper
  ± other adjustments (återföring, decided exceptions)
  = Årets resultat efter balanskravsjusteringar
  ± resultatutjämningsreserv / resultatreserv (− reservering, + disponering)
  = Balanskravsresultat

A negative balanskravsresultat is a deficit of its year and must be restored within the three
following years, oldest first, by positive balanskravsresultat; fullmäktige may decide not to
restore it citing synnerliga skäl (a recorded decision with its reference). Pure functions on
öre amounts in result sign: what the Prognos and Scenarier pages and `result` share.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from analytics.i18n import family

RESTORE_YEARS = 3  # a deficit of year Y is restored by Y + 3
# Decisions entered by hand (never derived from the ledger).
DECISION_KINDS = (
    "reserve",  # + disponering från / − reservering till resultatutjämningsreserv/resultatreserv
    "realisation_exception",  # realisationsvinster/-förluster enligt undantagsmöjlighet (+)
    "other_adjustment",  # e.g. återföring av orealiserade förluster, with its text
    "special_reasons",  # synnerliga skäl: this year's deficit (or part of it) is not restored
    "budget_special_reasons",  # synnerliga skäl for a budget with a negative result
)
family("br.kind", DECISION_KINDS)  # the texts `br.kind.<value>` (analytics/i18n/)
# The reserve is called resultatreserv from 2024 (before: resultatutjämningsreserv, RUR).
RESERVE_RENAMED = 2024


@dataclass(frozen=True)
class Decision:
    """One decision behind the balanskravsutredning of a year (öre, as it enters the result:
    a reservering to the reserve is negative, a disponering positive; for synnerliga skäl the
    amount of the deficit that is not to be restored, as a positive number, 0 for all)."""

    year: int
    kind: str
    amount_ore: int
    reference: str
    text: str = ""


@dataclass(frozen=True)
class BalanceStatement:
    """One year's balanskravsutredning. Each adjustment is stored as it enters the sum, so
    result + realisation + unrealised + other + reserve = balance result."""

    year: int
    result_ore: int
    realisation_ore: int = 0  # − realisation gains (+ exceptions)
    unrealised_ore: int = 0  # − unrealised gains, + unrealised losses on securities
    other_ore: int = 0
    reserve_ore: int = 0

    @property
    def after_adjustments_ore(self) -> int:
        """Årets resultat efter balanskravsjusteringar."""
        return self.result_ore + self.realisation_ore + self.unrealised_ore + self.other_ore

    @property
    def balance_result_ore(self) -> int:
        """Balanskravsresultat."""
        return self.after_adjustments_ore + self.reserve_ore

    def lines(self) -> list[tuple[str, int]]:
        """The R15 layout as (line code, öre), for tables and exports."""
        reserve = "reserve_rr" if self.year >= RESERVE_RENAMED else "reserve_rur"
        return [
            ("arets_resultat", self.result_ore),
            ("realisation", self.realisation_ore),
            ("unrealised", self.unrealised_ore),
            ("other_adjustments", self.other_ore),
            ("after_adjustments", self.after_adjustments_ore),
            (reserve, self.reserve_ore),
            ("balanskravsresultat", self.balance_result_ore),
        ]


LINE_CODES = (
    "arets_resultat",
    "realisation",
    "unrealised",
    "other_adjustments",
    "after_adjustments",
    "reserve_rur",
    "reserve_rr",
    "balanskravsresultat",
)
family("br", LINE_CODES)  # the texts `br.<value>` (analytics/i18n/)


def statement(
    year: int,
    result_ore: int,
    realisation_gains_ore: int,
    unrealised_gains_ore: int,
    decisions: Iterable[Decision] = (),
) -> BalanceStatement:
    """A year's statement from its result, the realisation gains and unrealised gains (losses
    negative) its accounts carry (result sign), and the year's decisions."""
    mine = [d for d in decisions if d.year == year]

    def decided(kind: str) -> int:
        return sum(d.amount_ore for d in mine if d.kind == kind)

    return BalanceStatement(
        year=year,
        result_ore=result_ore,
        realisation_ore=-realisation_gains_ore + decided("realisation_exception"),
        unrealised_ore=-unrealised_gains_ore,
        other_ore=decided("other_adjustment"),
        reserve_ore=decided("reserve"),
    )


@dataclass(frozen=True)
class Deficit:
    """A negative balanskravsresultat of its year and what is left of it (result sign: the
    amount and what remains are negative, 0 when restored)."""

    year: int
    amount_ore: int
    restore_by: int
    remaining_ore: int
    special_reasons: tuple[str, ...] = field(default=())  # references of decisions not to restore

    def overdue(self, year: int) -> bool:
        """Still not restored after its last year."""
        return self.remaining_ore < 0 and year > self.restore_by


def deficits_by_year(
    balance_results: Mapping[int, int], decisions: Iterable[Decision] = ()
) -> dict[int, list[Deficit]]:
    """After each year (in order): every deficit so far with what is left of it.

    A deficit is reduced at once by what synnerliga skäl exempt (`special_reasons` decisions of
    its year; amount 0 exempts it all); a positive balanskravsresultat restores the oldest
    deficits first. Years are taken as given: a gap in the data is not filled in.
    """
    waivers: dict[int, list[Decision]] = {}
    for d in decisions:
        if d.kind == "special_reasons":
            waivers.setdefault(d.year, []).append(d)
    open_: list[list[int]] = []  # [year, amount, remaining]
    refs: dict[int, tuple[str, ...]] = {}
    states: dict[int, list[Deficit]] = {}
    for year in sorted(balance_results):
        balance = balance_results[year]
        if balance < 0:
            remaining = balance
            for waiver in waivers.get(year, []):
                exempt = (
                    -remaining if waiver.amount_ore == 0 else min(waiver.amount_ore, -remaining)
                )
                remaining += exempt
            refs[year] = tuple(w.reference for w in waivers.get(year, []))
            open_.append([year, balance, remaining])
        else:
            for deficit in open_:
                used = min(balance, -deficit[2])
                deficit[2] += used
                balance -= used
        states[year] = [
            Deficit(y, amount, y + RESTORE_YEARS, remaining, refs.get(y, ()))
            for y, amount, remaining in open_
        ]
    return states


def listed(deficits: Iterable[Deficit], year: int) -> list[Deficit]:
    """The deficits a report of `year` lists: those still open, and restored ones until their
    restore-by year, so a reader sees them go."""
    return [d for d in deficits if d.remaining_ore < 0 or d.restore_by >= year]


def remaining_ore(deficits: Iterable[Deficit]) -> int:
    """What is left to restore (result sign: negative or 0)."""
    return sum(d.remaining_ore for d in deficits)


def budget_breaks_rule(budget_result_ore: int, year: int, decisions: Iterable[Decision]) -> bool:
    """A budget whose result is negative breaks the balanced-budget rule unless synnerliga skäl
    are recorded for the year."""
    excused = any(d.kind == "budget_special_reasons" and d.year == year for d in decisions)
    return budget_result_ore < 0 and not excused
