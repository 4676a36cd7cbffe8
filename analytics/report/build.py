"""The report as a `Document`: title page, chapters in the order the region's reports use, and
the sign-off status of every text. Nothing is computed here; figures come from `sources`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import duckdb

from analytics import access
from analytics.common.formatting import month_name
from analytics.i18n import t
from analytics.report import chapters
from analytics.report import display as report_display
from analytics.report.model import Document, Paragraph
from analytics.report.sources import ReportChoice, Sources, gather
from analytics.settings import text_setting

Chapter = Callable[[Document, Sources, ReportChoice], None]
MONTH: list[Chapter] = [
    chapters.summary,
    chapters.income_statement,
    chapters.balance,
    chapters.operations,
    chapters.charts,
    chapters.savings,
    chapters.goals,
    chapters.appendix,
]
TERTIAL: list[Chapter] = [
    chapters.summary,
    chapters.management,
    chapters.income_statement,
    chapters.balance,
    chapters.operations,
    chapters.reliability,
    chapters.charts,
    chapters.savings,
    chapters.goals,
    chapters.goal_areas,
    chapters.appendix,
]
INTERIM: list[Chapter] = [*TERTIAL[:-1], chapters.not_generated, chapters.appendix]
CHAPTERS = {"month": MONTH, "tertial": TERTIAL, "interim": INTERIM}


def build_report(con: duckdb.DuckDBPyConnection, choice: ReportChoice) -> Document:
    """The whole document for `choice`; a period without data gives a title page and a
    sentence saying so, never an empty table."""
    if choice.kind not in CHAPTERS:
        raise ValueError(f"unknown report kind {choice.kind!r}")
    sources = gather(con, choice)
    document = _title_page(choice, sources)
    if sources is None:
        lang = choice.lang
        version = choice.version or "–"
        month = month_name(choice.period, lang)
        document.add(
            Paragraph(
                t("board.no_data", lang, year=choice.year, month=month, version=version),
                "missing",
            )
        )
        return document
    for chapter in CHAPTERS[choice.kind]:
        chapter(document, sources, choice)
    return document


def period_text(choice: ReportChoice) -> str:
    """ "januari–augusti 2020"."""
    month = month_name(choice.period, choice.lang)
    return t("board.period_text", choice.lang, month=month, year=choice.year)


def title_of(choice: ReportChoice) -> str:
    kind = t(f"board.kind.{choice.kind}", choice.lang)
    return t("board.title", choice.lang, kind=kind, period_text=period_text(choice))


def _title_page(choice: ReportChoice, sources: Sources | None) -> Document:
    lang = choice.lang
    actor = access.current()
    limited = actor is not None and actor.committees is not None and choice.committee is None
    scope = choice.committee or (
        ", ".join(sorted(actor.committees))
        if limited and actor is not None and actor.committees is not None
        else t("app.whole_region", lang)
    )
    facts = [
        (t("board.fact.period", lang), period_text(choice)),
        (t("board.fact.scope", lang), scope),
    ]
    if sources is not None:
        facts.append((t("board.fact.version", lang), sources.follow.version))
        if sources.result is not None and sources.result.version != sources.follow.version:
            facts.append((t("board.fact.result_version", lang), sources.result.version))
        facts.append((t("board.fact.signoff", lang), _signoff_summary(sources, choice)))
    facts.append((t("board.fact.created", lang), (choice.today or date.today()).isoformat()))
    logo, logo_type = _logo()
    return Document(
        title=title_of(choice),
        region=text_setting("region_name"),
        facts=facts,
        notice=t("board.limited", lang, committees=scope) if limited else "",
        logo=logo,
        logo_type=logo_type,
    )


def _signoff_summary(sources: Sources, choice: ReportChoice) -> str:
    """ "3 av 7 godkända" over the nämnder (and the region) the report covers."""
    covered = chapters.text_owners(sources, choice)
    rows = report_display.status_rows(covered, sources.statuses, sources.texts)
    approved = int((rows["status"] == "approved").sum())
    key = "board.signoff_summary" if approved == len(covered) else "board.signoff_drafts"
    return t(key, choice.lang, approved=approved, total=len(covered))


_IMAGE_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".svg": "image/svg+xml",
}


def _logo() -> tuple[bytes | None, str]:
    """The region's logo (setting `region_logo`); none when unset, missing or not an image."""
    name = text_setting("region_logo")
    if not name:
        return None, ""
    path = Path(name).expanduser()
    kind = _IMAGE_TYPES.get(path.suffix.lower())
    if kind is None or not path.is_file():
        return None, ""
    return path.read_bytes(), kind
