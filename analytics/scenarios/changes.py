"""The list of changes below a scenario's drivers, as people read, type and check it.

A change is a nämnd's frame (mnkr), money moved from one nämnd to another (mnkr) or a change in
per cent of one kostnadsslag, each from its year on. The table speaks Swedish (Ramförändring,
Omfördelning, Kostnadsslag %); the engine gets codes. A row that cannot be counted is never
dropped in silence: `checked` names its row and what is wrong with it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from analytics.i18n import family, t
from analytics.scenarios.compute import CHANGE_KINDS, Baseline, Drivers

COLUMNS = list(family("scenario.change.col", ("kind", "who", "to", "year", "amount")))
Change = tuple[str, str, str, int, float]  # (kind code, nämnd or kostnadsslag, to, year, amount)


@dataclass(frozen=True)
class Checked:
    """The rows that count, as the engine takes them, and a sentence for each that does not."""

    changes: list[Change]
    problems: list[str]


def kind_labels(lang: str = "sv") -> dict[str, str]:
    """code → the word in the table (Ramförändring, Omfördelning, Kostnadsslag %)."""
    return {code: t(f"scenario.change_kind.{code}", lang) for code in CHANGE_KINDS}


def listed_changes(drivers: Drivers) -> list[Change]:
    """The scenario's frame changes, reallocations and cost-type changes as one list."""
    rows: list[Change] = [("frame", w, "", y, a) for w, y, a in drivers.frames_mnkr]
    rows += [("reallocation", w, to, y, a) for w, to, y, a in drivers.reallocations_mnkr]
    rows += [("cost_type", w, "", y, a) for w, y, a in drivers.cost_type_pct]
    return rows


def change_frame(drivers: Drivers, lang: str = "sv") -> pd.DataFrame:
    """The scenario's changes as the table to edit, kinds in words."""
    word = kind_labels(lang)
    rows = [(word[k], who, to, y, a) for k, who, to, y, a in listed_changes(drivers)]
    return pd.DataFrame(rows, columns=COLUMNS).astype({"year": "int64", "amount": "float64"})


def _blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _number(value: object) -> float | None:
    try:
        number = float(str(value).replace(",", ".").replace("\u2212", "-").replace(" ", ""))
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def checked(changes: pd.DataFrame, baseline: Baseline, lang: str = "sv") -> Checked:
    """The edited rows that count and, for every other row that is not empty, why not (its row
    number as shown, 1 for the first)."""
    codes = {label: code for code, label in kind_labels(lang).items()}
    codes.update({code: code for code in CHANGE_KINDS})  # codes typed or stored stay valid
    counted: list[Change] = []
    problems: list[str] = []
    for row, record in enumerate(changes.to_dict("records"), start=1):
        cells = {k: record.get(k) for k in COLUMNS}
        if all(_blank(v) for v in cells.values()):
            continue  # a new row not yet typed in
        found = _problem(cells, codes, baseline, lang)
        if found:
            problems.append(t("scenario.change.row", lang, row=row, problem=found))
            continue
        counted.append(
            (
                codes[str(cells["kind"])],
                str(cells["who"]).strip(),
                "" if _blank(cells["to"]) else str(cells["to"]).strip(),
                int(_number(cells["year"]) or 0),
                float(_number(cells["amount"]) or 0.0),
            )
        )
    return Checked(counted, problems)


def _problem(
    cells: dict[str, object], codes: dict[str, str], baseline: Baseline, lang: str
) -> str | None:
    """Why a typed row cannot be counted, or None when it can."""
    missing = [
        t(f"scenario.change.col.{k}", lang) for k in COLUMNS if k != "to" and _blank(cells[k])
    ]
    if missing:
        return t("scenario.change.missing", lang, columns=", ".join(missing))
    kind = codes.get(str(cells["kind"]))
    if kind is None:
        return t(
            "scenario.change.kind",
            lang,
            kind=cells["kind"],
            kinds=", ".join(kind_labels(lang).values()),
        )
    year, amount = _number(cells["year"]), _number(cells["amount"])
    if year is None or year != int(year) or int(year) not in baseline.years:
        first, last = baseline.years[0], baseline.years[-1]
        return t("scenario.change.year", lang, year=cells["year"], first=first, last=last)
    if amount is None:
        return t("scenario.change.amount", lang, amount=cells["amount"])
    return _party_problem(kind, str(cells["who"]).strip(), cells["to"], amount, baseline, lang)


def _party_problem(
    kind: str, who: str, to: object, amount: float, baseline: Baseline, lang: str
) -> str | None:
    """Whether the nämnder or the kostnadsslag named exist and fit the kind of change."""
    if kind == "cost_type":
        if who not in baseline.cost_types:
            known = ", ".join(sorted(baseline.cost_types)) or "–"
            return t("scenario.change.cost_type", lang, name=who, known=known)
        if amount < -100:
            return t("scenario.change.below_all", lang, amount=amount)
        return None
    if who not in baseline.committees:
        return t("scenario.change.committee", lang, name=who)
    if kind != "reallocation":
        return None
    if _blank(to):
        return t("scenario.change.no_receiver", lang)
    if str(to).strip() not in baseline.committees:
        return t("scenario.change.committee", lang, name=str(to).strip())
    if str(to).strip() == who:
        return t("scenario.change.same", lang, name=who)
    return None
