"""Every figure and text the report needs, each taken from the function the pages, exports
and commands use (so the document's figures are the pages' figures), gathered once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb
import pandas as pd

from analytics import access
from analytics.followup.compute import NetCostGrowth, NoData
from analytics.followup.report import FollowUp, follow_up, net_cost_growth, top_deviations
from analytics.forecast.report import ForecastReport, forecast_report
from analytics.goals.report import GoalReport, goal_report
from analytics.result.report import RegionOnly, ResultReport, result_report
from analytics.savings.report import SavingsReport, savings_report
from analytics.settings import number_setting
from analytics.storage import comments, report_texts

APPENDIX_ROWS = 15  # the largest deviations the appendix lists


@dataclass(frozen=True)
class ReportChoice:
    """What a report is of: kind (month, tertial, interim), year, period, a nämnd (None: the
    whole region, or a limited user's nämnder), the budget version (None: the latest)."""

    year: int
    period: int
    kind: str = "month"
    committee: str | None = None
    version: str | None = None
    lang: str = "sv"
    today: date | None = None  # the date printed as created (tests fix it)

    @property
    def scope_key(self) -> str:
        """The texts' nämnd key of the report's own summary: the nämnd, or '' for the region."""
        return self.committee or ""


@dataclass
class Sources:
    follow: FollowUp
    forecasts: ForecastReport
    result: ResultReport | None  # None: a nämnd's report, or a user limited to some nämnder
    growth: NetCostGrowth
    savings: SavingsReport
    goals: GoalReport
    top: pd.DataFrame
    texts: pd.DataFrame  # committee, section, text, author, created_at
    statuses: pd.DataFrame  # committee, status, changed_by, changed_at, note
    comments: pd.DataFrame  # the period's explanations of deviations

    @property
    def whole_region(self) -> bool:
        return self.result is not None


def gather(con: duckdb.DuckDBPyConnection, choice: ReportChoice) -> Sources | None:
    """The report's figures and texts; None when the period has no outcome to report."""
    level = "forvaltning" if choice.committee else "committee"
    try:
        follow = follow_up(con, choice.year, choice.period, choice.version, level, choice.committee)
    except NoData:
        return None
    filters = {"committee": choice.committee} if choice.committee else {}
    result = None
    if choice.committee is None and access.sees_whole_region():
        try:
            result = result_report(con, choice.year, choice.period, choice.version)
        except RegionOnly:
            result = None
    tolerance = float(number_setting("goal_tolerance")) / 100
    return Sources(
        follow=follow,
        forecasts=forecast_report(con, choice.year, choice.period, committee=choice.committee),
        result=result,
        growth=net_cost_growth(con, choice.year, choice.period, filters),
        savings=savings_report(con, choice.year, choice.period, choice.committee),
        goals=goal_report(con, tolerance, choice.year),
        top=top_deviations(
            con, choice.year, choice.period, follow.version, filters, count=APPENDIX_ROWS
        ),
        texts=report_texts.texts(con, choice.year, choice.period),
        statuses=report_texts.statuses(con, choice.year, choice.period),
        comments=comments.period_comments(con, choice.year, choice.period),
    )
