"""The region's income statement and balanskravsutredning as users read them (Prognos page,
`result` in text): Swedish labels, amounts in tkr. Nothing is computed here; every figure
comes from `result_reports.ResultReport`."""

from __future__ import annotations

import pandas as pd

from analytics.common.formatting import metric_mnkr, tkr, tkr_cell
from analytics.common.tables import tkr_cells
from analytics.common.tiles import Tile
from analytics.common.workbook import Column, Sheet, workbook_bytes
from analytics.i18n import t
from analytics.result import balance as balance
from analytics.result.report import ResultReport


def income_statement_display(report: ResultReport, lang: str = "sv") -> pd.DataFrame:
    """Every LKBR line: budget, outcome to date, year-end (forecast or outcome) and its
    deviation from budget (tkr)."""
    year_end = t("col.outcome_year" if report.closed else "col.forecast_tkr", lang)
    rows = []
    for code, budget, outcome, final in report.income_statement():
        rows.append(
            {
                t("col.line", lang): t(f"is.{code}", lang),
                t("col.budget_year", lang): tkr_cell(budget),
                t("col.outcome_ytd_tkr", lang, period=report.period): tkr_cell(outcome),
                year_end: tkr_cell(final),
                t("col.forecast_deviation", lang): tkr_cell(
                    None if final is None else final - budget, True
                ),
            }
        )
    return pd.DataFrame(rows)


def balance_display(statement: balance.BalanceStatement, lang: str = "sv") -> pd.DataFrame:
    """The balanskravsutredning (RKR R15 layout), each adjustment as it enters the sum."""
    return pd.DataFrame(
        [
            (t(f"br.{code}", lang), tkr_cell(ore, code not in ("arets_resultat",)))
            for code, ore in statement.lines()
        ],
        columns=[t("col.line", lang), t("col.amount_tkr", lang)],
    )


def balance_tiles(report: ResultReport, lang: str = "sv") -> list[Tile]:
    """The balanskravsresultat at year-end (forecast, or outcome of a closed year) and what is
    left to restore after the year: the figures the Prognos page and the report show."""
    result = report.statement.balance_result_ore
    label = "board.balance_result_closed" if report.closed else "board.balance_result"
    remaining = report.remaining_ore
    return [
        Tile(t(label, lang), metric_mnkr(result), None, "green" if result >= 0 else "red", "off"),
        Tile(t("br.remaining", lang), metric_mnkr(remaining), None, "gray", "off"),
    ]


def deficits_display(deficits: list[balance.Deficit], year: int, lang: str = "sv") -> pd.DataFrame:
    """Each deficit with its year, restore-by year and what is left of it."""
    return pd.DataFrame(
        {
            t("br.deficit_year", lang): [str(d.year) for d in deficits],
            t("br.deficit_amount", lang): [tkr_cell(d.amount_ore) for d in deficits],
            t("br.restore_by", lang): [
                f"{d.restore_by} ({t('br.overdue', lang)})"
                if d.overdue(year)
                else str(d.restore_by)
                for d in deficits
            ],
            t("br.remaining_tkr", lang): [tkr_cell(d.remaining_ore) for d in deficits],
            t("br.special_reasons", lang): [", ".join(d.special_reasons) or "–" for d in deficits],
        }
    )


def decisions_display(table: pd.DataFrame, lang: str = "sv") -> pd.DataFrame:
    """Decisions entered for the balanskravsutredning, newest first (removed ones marked)."""
    return pd.DataFrame(
        {
            t("col.year", lang): table["year"].astype(str),
            t("br.kind", lang): [t(f"br.kind.{k}", lang) for k in table["kind"]],
            t("col.amount_tkr", lang): tkr_cells(table["amount_ore"], with_sign=True),
            t("br.reference", lang): table["reference"],
            t("col.comment", lang): table["text"],
            t("col.author", lang): table["author"],
            t("br.removed", lang): [
                "–" if pd.isna(v) else pd.Timestamp(v).strftime("%Y-%m-%d")
                for v in table["removed_at"]
            ],
        }
    )


def budget_rule_message(report: ResultReport, lang: str = "sv") -> tuple[str, str] | None:
    """("error" | "info", text) when the budgeted result is negative, else None."""
    budget = report.forecast.budget_result_ore
    if budget >= 0:
        return None
    amount = tkr(budget)
    if report.budget_breaks_rule:
        return "error", t("br.budget_breaks_rule", lang, year=report.year, amount=amount)
    refs = ", ".join(
        d.reference
        for d in report.special_reasons
        if d.kind == "budget_special_reasons" and d.year == report.year
    )
    return "info", t("br.budget_excused", lang, year=report.year, amount=amount, refs=refs)


def result_text(report: ResultReport, lang: str = "sv") -> list[str]:
    """`result` without --json: the two statements and the deficits as aligned text."""
    kind = t("col.outcome_year" if report.closed else "col.forecast_tkr", lang)
    out = [
        t("result.heading", lang, year=report.year, period=report.period, version=report.version),
        "",
        f"{t('col.line', lang):<44}{t('col.budget_year', lang):>16}"
        f"{t('col.outcome_ytd_short', lang):>16}{kind:>16}",
    ]
    for code, budget, outcome, final in report.income_statement():
        out.append(
            f"{t(f'is.{code}', lang):<44}{tkr_cell(budget):>16}{tkr_cell(outcome):>16}"
            f"{tkr_cell(final):>16}"
        )
    out += ["", t("br.heading", lang)]
    for code, ore in report.statement.lines():
        out.append(f"{t(f'br.{code}', lang):<72}{tkr_cell(ore):>16}")
    if report.deficits:
        out += ["", t("br.deficits", lang)]
        for d in report.deficits:
            out.append(
                f"{d.year}: {tkr(d.amount_ore)}, {t('br.restore_by', lang).lower()} "
                f"{d.restore_by}, {t('br.remaining', lang).lower()} {tkr(d.remaining_ore)}"
            )
    out.append(f"{t('br.remaining', lang)}: {tkr(report.remaining_ore)}")
    message = budget_rule_message(report, lang)
    if message:
        out.append(message[1])
    return out


def workbook(report: ResultReport, lang: str = "sv") -> bytes:
    """The income statement, the balanskravsutredning and the deficits as an Excel workbook:
    the same figures as the page and `result --json`, as exact numbers in tkr (result sign)
    under Swedish headings, through the shared writer (`common.workbook`)."""
    year_end = t("col.outcome_year" if report.closed else "col.forecast_tkr", lang)
    line = Column(t("col.line", lang), width=60)
    at = {"year": report.year, "period": report.period, "version": report.version}
    heading = t("result.heading", lang, **at)
    lines = [t("overview.sign_note", lang)]
    statement = Sheet(
        t("forecast.income_statement", lang),
        [
            line,
            Column(t("col.budget_year", lang), "tkr", 22),
            Column(t("col.outcome_ytd_tkr", lang, period=report.period), "tkr", 22),
            Column(year_end, "tkr", 22),
        ],
        [[t(f"is.{code}", lang), *amounts] for code, *amounts in report.income_statement()],
        heading,
        lines,
    )
    balance_sheet = Sheet(
        t("br.heading", lang),
        [line, Column(t("col.amount_tkr", lang), "tkr", 22)],
        [[t(f"br.{code}", lang), ore] for code, ore in report.statement.lines()]
        + [[t("br.remaining", lang), report.remaining_ore]],
        heading,
        lines,
    )
    deficits = Sheet(
        t("br.deficits", lang),
        [
            Column(t("br.deficit_year", lang), "year", 16),
            Column(t("br.deficit_amount", lang), "tkr", 22),
            Column(t("br.restore_by", lang), "year", 22),
            Column(t("br.remaining_tkr", lang), "tkr", 22),
        ],
        [[d.year, d.amount_ore, d.restore_by, d.remaining_ore] for d in report.deficits],
        heading,
        lines,
        freeze_first_column=False,
    )
    return workbook_bytes([statement, balance_sheet, deficits])
