"""The report's chapters, each adding its blocks to the document from `Sources`.

A chapter whose data is missing (no forecast, no savings programme, a nämnd's report where the
region's result would be) says so where it would stand: the reader never meets an empty table
or a silently shorter report.
"""

from __future__ import annotations

from typing import Any

from analytics.common.formatting import month_name, signed, tkr
from analytics.common.tiles import Tile
from analytics.followup import charts as followup_charts
from analytics.followup import compute as followup
from analytics.followup import display as followup_display
from analytics.forecast import charts as forecast_charts
from analytics.forecast import display as forecast_display
from analytics.forecast.compute import UnitForecast
from analytics.goals import display as goals_display
from analytics.i18n import family, t
from analytics.report import display as report_display
from analytics.report import signoff
from analytics.report.model import (
    AnalysisText,
    Chart,
    Document,
    Heading,
    KeyFigures,
    Paragraph,
    Table,
)
from analytics.report.sources import ReportChoice, Sources
from analytics.result import display as result_display
from analytics.result.report import ResultReport
from analytics.savings import display as savings_display

# The delårsrapport's parts the data cannot give (said as missing, added by the user in Word).
NOT_GENERATED = family("board.part", ("balance_sheet", "cash_flow", "group"))


def text_owners(sources: Sources, choice: ReportChoice) -> list[str]:
    """The nämnd keys whose texts the report prints: the nämnd of a nämnd's report; else the
    region ('') when the reader sees it whole, and every nämnd of the driftredovisning."""
    if choice.committee:
        return [choice.committee]
    owners = [signoff.REGION] if sources.whole_region else []
    return owners + [str(u) for u in sources.follow.table["unit"]]


def _texts(
    document: Document,
    sources: Sources,
    choice: ReportChoice,
    committee: str,
    sections: tuple[str, ...],
) -> None:
    """The nämnd's texts of `sections` in order, each marked with its sign-off; a sentence
    when it has none of them."""
    lang = choice.lang
    row = report_display.status_rows([committee], sources.statuses, sources.texts).iloc[0]
    status, who, when = str(row["status"]), str(row["by"]), report_display.when_text(row["when"])
    own = sources.texts[sources.texts["committee"] == committee]
    written = dict(zip(own["section"], own["text"], strict=True))
    shown = [s for s in sections if str(written.get(s, "")).strip()]
    if not shown:
        who_named = committee or t("board.the_region", lang)
        document.add(Paragraph(t("board.no_text", lang, who=who_named), "missing"))
        return
    status_text = t(f"board.status.{status}", lang)
    signed_by = t("board.signed", lang, status=status_text.capitalize(), who=who, when=when)
    for section in shown:
        document.add(
            AnalysisText(
                t(f"board.section.{section}", lang),
                str(written[section]),
                status,
                signed_by,
                status != "approved",
            )
        )


def summary(document: Document, sources: Sources, choice: ReportChoice) -> None:
    lang = choice.lang
    document.add(Heading(t("board.ch.summary", lang)))
    _texts(document, sources, choice, choice.scope_key, ("summary",))
    document.add(
        Heading(t("board.ch.key_figures", lang), 2), KeyFigures(_key_tiles(sources, choice))
    )
    document.add(Paragraph(t("board.figures_caption", lang), "note"))


def _key_tiles(sources: Sources, choice: ReportChoice) -> list[Tile]:
    """The Översikt page's tiles (outcome, periodised budget, deviation, annual budget), the
    year-end forecast, the balanskravsresultat and what is left to restore, and the net cost
    growth against taxes and grants: each from the function the pages draw it with."""
    lang, period = choice.lang, choice.period
    forecasts = sources.forecasts
    tiles = followup_display.headline_tiles(
        sources.follow.total.iloc[0], period, sources.whole_region, lang
    )
    if not forecasts.closed:
        tiles.append(
            followup_display.forecast_tile(
                forecasts.year_end_ore, forecasts.budget_year_ore, period, lang
            )
        )
    if sources.result is not None:
        tiles += result_display.balance_tiles(sources.result, lang)
    tiles.append(followup_display.net_cost_tile(sources.growth, lang))
    return tiles


def management(document: Document, sources: Sources, choice: ReportChoice) -> None:
    """The förvaltningsberättelse's parts only people can write (the region's texts)."""
    if choice.committee or not sources.whole_region:
        return
    lang = choice.lang
    document.add(Heading(t("board.ch.management", lang)))
    for section in signoff.REGION_SECTIONS_BY_KIND[choice.kind][1:]:
        document.add(Heading(t(f"board.section.{section}", lang), 2))
        _texts(document, sources, choice, signoff.REGION, (section,))


def _region_chapter(
    document: Document, sources: Sources, choice: ReportChoice, heading: str
) -> ResultReport | None:
    """A chapter of the region's result: its heading, then the result, or a sentence saying
    that the region's result is not part of this report (a nämnd's, or a limited user's)."""
    document.add(Heading(t(heading, choice.lang)))
    if sources.result is None:
        document.add(Paragraph(t("board.region_only", choice.lang), "missing"))
    return sources.result


def income_statement(document: Document, sources: Sources, choice: ReportChoice) -> None:
    lang = choice.lang
    result = _region_chapter(document, sources, choice, "board.ch.income_statement")
    if result is None:
        return
    document.add(
        Table(
            result_display.income_statement_display(result, lang),
            t("board.income_caption", lang, version=result.version),
        ),
        Table(forecast_display.goal_display(result.forecast, lang)),
    )
    if not result.closed:
        document.add(Paragraph(t("is.not_split", lang), "note"))


def balance(document: Document, sources: Sources, choice: ReportChoice) -> None:
    lang = choice.lang
    result = _region_chapter(document, sources, choice, "board.ch.balance")
    if result is None:
        return
    message = result_display.budget_rule_message(result, lang)
    if message:
        document.add(Paragraph(message[1], "missing" if message[0] == "error" else "body"))
    document.add(Table(result_display.balance_display(result.statement, lang), total_last=True))
    document.add(KeyFigures(result_display.balance_tiles(result, lang)))
    if result.deficits:
        document.add(Table(result_display.deficits_display(result.deficits, result.year, lang)))
    else:
        document.add(Paragraph(t("forecast.no_deficits", lang)))


def operations(document: Document, sources: Sources, choice: ReportChoice) -> None:
    """The driftredovisning: every unit against budget to date and its year-end forecast, then
    per nämnd its figures in a sentence and its texts."""
    lang = choice.lang
    follow = sources.follow
    level = t(f"level.{follow.level}", lang).lower()
    key = "board.ch.operations_committee" if choice.committee else "board.ch.operations"
    document.add(Heading(t(key, lang, level=level)))
    document.add(
        Table(followup_display.deviation_display(follow.table, follow.total, lang), total_last=True)
    )
    if sources.forecasts.units:
        document.add(Table(forecast_display.year_end_display(sources.forecasts.units, lang)))
    if choice.committee:
        sections = signoff.COMMITTEE_SECTIONS[1:]
        _texts(document, sources, choice, choice.committee, sections)
        return
    forecasts = {u.unit: u for u in sources.forecasts.units}
    for row in follow.table.itertuples(index=False):
        unit = str(row.unit)
        document.add(Heading(unit, 2))
        document.add(Paragraph(_unit_sentence(row, forecasts.get(unit), choice)))
        _texts(document, sources, choice, unit, signoff.COMMITTEE_SECTIONS)


def _unit_sentence(row: Any, unit_forecast: UnitForecast | None, choice: ReportChoice) -> str:
    lang = choice.lang
    chosen = None if unit_forecast is None else unit_forecast.chosen_ore
    deviation = None if unit_forecast is None else unit_forecast.deviation_ore
    return t(
        "board.committee_figures",
        lang,
        month=month_name(choice.period, lang),
        budget=tkr(int(row.budget_ytd_ore)),
        outcome=tkr(int(row.outcome_ytd_ore)),
        deviation=_signed_tkr(int(row.deviation_ytd_ore)),
        forecast="–" if chosen is None else tkr(int(chosen)),
        forecast_deviation="–" if deviation is None else _signed_tkr(int(deviation)),
    )


def _signed_tkr(ore: int) -> str:
    return signed(tkr(ore), ore)


def reliability(document: Document, sources: Sources, choice: ReportChoice) -> None:
    lang = choice.lang
    document.add(Heading(t("board.ch.reliability", lang)))
    table = forecast_display.reliability_display(sources.forecasts.backtest, choice.period, lang)
    if table.empty:
        document.add(Paragraph(t("board.no_reliability", lang), "missing"))
        return
    month = month_name(choice.period, lang)
    document.add(Table(table, t("board.reliability_note", lang, month=month), text_columns=2))


def charts(document: Document, sources: Sources, choice: ReportChoice) -> None:
    """The accumulated result, the deviation per unit and the forecast's path: the pages'
    own chart builders."""
    lang = choice.lang
    follow, forecasts = sources.follow, sources.forecasts
    scope = choice.committee or forecasts.scope_label
    month = month_name(choice.period, lang)
    document.add(Heading(t("board.ch.charts", lang)))
    title = t("board.chart.accumulated", lang, scope=scope)
    document.add(
        Chart(followup_charts.accumulated_chart(follow.region, choice.period, title, lang), title)
    )
    title = t("board.chart.deviation", lang, month=month)
    largest = followup.largest_deviations(follow.table, 25)
    document.add(Chart(followup_charts.deviation_bar_chart(largest, title, lang), title))
    if forecasts.year_end_ore is None:
        document.add(
            Paragraph(t("board.no_forecast", lang, year=choice.year, month=month), "missing")
        )
        return
    title = t("board.chart.forecast", lang, scope=scope)
    figure = forecast_charts.forecast_chart(
        forecasts.scope_grid,
        choice.period,
        forecasts.scope_forecast_ore,
        forecasts.band,
        title,
        lang,
    )
    document.add(Chart(figure, title))


def savings(document: Document, sources: Sources, choice: ReportChoice) -> None:
    lang = choice.lang
    document.add(Heading(t("board.ch.savings", lang)))
    report = sources.savings
    if not report.has_programme:
        document.add(Paragraph(t("board.no_savings", lang, year=choice.year), "missing"))
        return
    document.add(KeyFigures(savings_display.tiles(report.programme, lang)))
    if not choice.committee and len(report.per_committee):
        document.add(Table(savings_display.per_committee_display(report.per_committee, lang)))


def goals(document: Document, sources: Sources, choice: ReportChoice) -> None:
    lang = choice.lang
    document.add(Heading(t("board.ch.goals", lang)))
    report = sources.goals
    if not report.has_goals:
        document.add(Paragraph(t("board.no_goals", lang), "missing"))
        return
    counts = goals_display.counts_text(report.counts, lang)
    document.add(Paragraph(t("board.goal_counts", lang, counts=counts)))
    red = report.table[report.table["status"] == "red"]
    document.add(Heading(t("board.red_goals", lang), 2))
    if red.empty:
        document.add(Paragraph(t("board.no_red_goals", lang)))
        return
    document.add(Table(goals_display.tree_display(red, lang), text_columns=7))


def goal_areas(document: Document, sources: Sources, choice: ReportChoice) -> None:
    lang = choice.lang
    document.add(Heading(t("board.ch.goal_areas", lang)))
    if not sources.goals.has_goals:
        document.add(Paragraph(t("board.no_goals", lang), "missing"))
        return
    document.add(Table(goals_display.area_display(sources.goals.by_area, lang)))


def not_generated(document: Document, sources: Sources, choice: ReportChoice) -> None:
    """The delårsrapport's parts (LKBR ch. 13, RKR R17) the data cannot give, said as such."""
    del sources
    lang = choice.lang
    document.add(Heading(t("board.ch.not_generated", lang)))
    for part in NOT_GENERATED:
        named = t(f"board.part.{part}", lang)
        document.add(Paragraph(t("board.not_generated_text", lang, part=named), "missing"))


def appendix(document: Document, sources: Sources, choice: ReportChoice) -> None:
    """The largest deviations (ansvar · kostnadsslag) and the controllers' explanations."""
    lang = choice.lang
    document.add(Heading(t("board.ch.appendix", lang)))
    if sources.top.empty:
        document.add(Paragraph(t("board.no_deviations", lang), "missing"))
    else:
        document.add(Table(followup_display.top_display(sources.top, lang)))
    document.add(Heading(t("board.explanations", lang), 2))
    notes = sources.comments
    if notes.empty:
        document.add(Paragraph(t("board.no_explanations", lang), "missing"))
        return
    for row in notes.itertuples(index=False):
        action = str(row.action or "").strip()
        document.add(
            Paragraph(
                t(
                    "board.explanation_line",
                    lang,
                    unit=str(row.unit),
                    explanation=str(row.explanation),
                    action=t("board.action_part", lang, action=action) if action else "",
                    author=str(row.author),
                )
            )
        )
