"""The scenario as an Excel workbook: the same figures as the Scenarier page (`run`), as
numbers in mnkr under Swedish headings, through the shared writer (`common.workbook`)."""

from __future__ import annotations

from collections.abc import Iterable

from analytics.common.workbook import Column, Sheet, workbook_bytes
from analytics.i18n import t
from analytics.scenarios.changes import kind_labels, listed_changes
from analytics.scenarios.compute import DRIVER_SCOPE, Baseline, Drivers, run
from analytics.scenarios.display import LINES, _line, driver_frame


def _per_year(years: list[int], lang: str) -> list[Column]:
    """Budget, scenario and ± for each year, in mnkr."""
    budget, scenario = t("scenario.budget", lang).lower(), t("scenario.scenario", lang).lower()
    return [
        Column(label, "mnkr")
        for y in years
        for label in (f"{y} {budget}", f"{y} {scenario}", f"{y} ±")
    ]


def workbook(
    name: str, baseline: Baseline, drivers: Drivers, version: str, lang: str = "sv"
) -> bytes:
    """The scenario as an Excel workbook: the result per line and year (budget, scenario, ±),
    the nämnder's net cost, the drivers with how they apply and the changes; amounts as numbers
    in mnkr under Swedish headings (the figures of `run`, as on the page)."""
    base, result = run(baseline, Drivers()), run(baseline, drivers)
    years = baseline.years
    per_year = _per_year(years, lang)
    heading = f"{name}: {t('scenario.title', lang, year=years[0], last=years[-1])}"
    lines = [f"{t('app.version', lang)}: {version}", t("scenario.workbook_note", lang)]
    rows = [
        [
            t(f"scenario.line.{x}", lang),
            *_three((_line(b, x), _line(s, x)) for b, s in zip(base, result, strict=True)),
        ]
        for x in LINES
    ]
    names = sorted({c for r in result for c in r.committees})
    committees = [
        [
            c,
            *_three(
                (b.committees.get(c, 0), s.committees.get(c, 0))
                for b, s in zip(base, result, strict=True)
            ),
        ]
        for c in names
    ]
    total = [
        t("scenario.committees_total", lang),
        *_three(
            (sum(b.committees.values()), sum(s.committees.values()))
            for b, s in zip(base, result, strict=True)
        ),
    ]
    sheets = [
        Sheet(
            t("scenario.sheet.result", lang),
            [Column(t("col.line", lang), width=40), *per_year],
            rows,
            heading,
            lines,
        ),
        Sheet(
            t("scenario.sheet.committees", lang),
            [Column(t("col.committee", lang), width=40), *per_year],
            [*committees, total],
            heading,
            lines,
            total_last=True,
        ),
    ]
    return workbook_bytes([*sheets, *_driver_sheets(drivers, years, heading, lines, lang)])


def _driver_sheets(
    drivers: Drivers, years: list[int], heading: str, lines: list[str], lang: str
) -> list[Sheet]:
    """The scenario workbook's drivers (with how each applies) and its list of changes."""
    table = driver_frame(drivers, years)
    driver_rows = [
        [
            t(f"scenario.driver.{code}", lang),
            t(f"scenario.scope.{DRIVER_SCOPE[code]}", lang),
            *table.loc[code],
        ]
        for code in table.index
    ]
    word = kind_labels(lang)
    change_rows = [
        [word[k], who, to, year, amount] for k, who, to, year, amount in listed_changes(drivers)
    ]
    return [
        Sheet(
            t("scenario.sheet.drivers", lang),
            [
                Column(t("scenario.driver", lang), width=46),
                Column(t("scenario.applies", lang), width=34),
                *(Column(str(y), "number") for y in years),
            ],
            driver_rows,
            heading,
            lines,
        ),
        Sheet(
            t("scenario.sheet.changes", lang),
            [
                Column(t("scenario.kind", lang), width=18),
                Column(t("scenario.who", lang), width=36),
                Column(t("scenario.to", lang), width=30),
                Column(t("scenario.from_year", lang), "year", width=10),
                Column(t("scenario.amount", lang), "number", width=20),
            ],
            change_rows,
            heading,
            lines,
        ),
    ]


def _three(pairs: Iterable[tuple[int, int]]) -> list[int]:
    """Budget, scenario and their difference for each year, side by side."""
    return [v for b, s in pairs for v in (b, s, s - b)]
