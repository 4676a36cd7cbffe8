"""Every page's server-side computation on the 10 M-row ledger, against plain pandas.

Each interaction is what one click asks of the core, run cold (without the dashboard's cache):
from the DuckDB query to the finished table, chart or workbook. Its baseline is a plain-pandas
implementation of the same numbers on the ledger held in memory as a DataFrame (loaded once,
not timed: that is the flattering case for pandas; loading it is reported separately), as an
app without a database would compute them. Our committee totals are checked against the
baseline's to the öre.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pandas as pd

from analytics.followup import charts, export
from analytics.followup import compute as followup
from analytics.followup import display as followup_display
from analytics.followup import report as reports
from analytics.forecast import report as forecast_reports
from analytics.frames import report as frame_reports
from analytics.goals import report as goal_reports
from analytics.savings import report as savings_reports
from analytics.scenarios import charts as scenario_charts
from analytics.scenarios import compute as scenarios
from analytics.scenarios import display as scenarios_display
from analytics.scenarios import report as scenario_reports
from analytics.storage import scale
from benchmarks.measure import Timing, timed

YEAR, PERIOD = 2023, 8  # a year with a reorganisation behind it and a forecast in it
TARGET_MEDIAN_MS, TARGET_P95_MS = 100.0, 250.0
BASELINE_RUNS = 7
DRILL = ("committee", "forvaltning", "verksamhet", "ansvar", "kostnadsslag")


def _no_notes() -> pd.DataFrame:
    return pd.DataFrame(columns=["unit", "explanation", "action"])


def interactions(con) -> tuple[dict[str, Callable[[], object]], list[tuple[str, str]]]:
    """What each click asks of the core, in the order a controller works; and the drill path
    (level, unit) that follows the largest unit at each level, as found on this data."""
    version = reports.latest_version(con, YEAR)

    def page(level: str, filters: dict[str, str], **kw) -> reports.FollowUp:
        report = reports.follow_up(con, YEAR, PERIOD, version, level, filters=filters, **kw)
        flags = followup.flagged(report.table, 500, 2)
        followup_display.deviation_detail_display(report.table, report.total, flags, _no_notes())
        charts.deviation_bar_chart(report.table, "")
        return report

    def biggest(report: reports.FollowUp) -> str:
        return followup.largest_units(report.table, 1)[0]

    path: list[tuple[str, str]] = []
    for level in DRILL:
        path.append((level, biggest(page(level, dict(path)))))
    scopes = {level: dict(path[:i]) for i, (level, _) in enumerate(path)}

    def overview() -> None:
        report = reports.follow_up(con, YEAR, PERIOD, version, "committee")
        followup_display.deviation_display(report.table, report.total)
        charts.accumulated_chart(report.region, PERIOD, "")
        charts.deviation_bar_chart(report.table, "")
        largest = followup.largest_units(report.table, 9)
        charts.deviation_paths_chart(followup.deviation_paths(report.months, largest, PERIOD), "")
        reports.net_cost_growth(con, YEAR, PERIOD)
        # the year-end tile, as ui.data.forecast.year_end asks for it
        forecast_reports.forecast_report(
            con, YEAR, PERIOD, "committee", None, central_source="auto"
        )

    def export_excel() -> None:
        report = reports.follow_up(
            con, YEAR, PERIOD, version, "forvaltning", filters=scopes["forvaltning"]
        )
        flags = followup.flagged(report.table, 500, 2)
        rows = export.report_rows(report.table, report.total, flags, _no_notes())
        export.workbook(rows, export.ReportContext("Avvikelser", []))

    def trend() -> None:
        report = reports.follow_up(
            con, YEAR, PERIOD, version, "forvaltning", filters=scopes["forvaltning"]
        )
        unit = biggest(report)
        charts.trend_chart(report.months[report.months["unit"] == unit], PERIOD, unit)

    baseline = scenario_reports.baseline(con, YEAR, version)  # cached by the page per version
    step = [0.0]

    def scenario_change() -> None:
        step[0] += 1.0  # a different value every run, as a person typing
        drivers = scenarios.Drivers(grants_mnkr={YEAR: step[0]})
        base, result = (
            scenarios.run(baseline, scenarios.Drivers()),
            scenarios.run(baseline, drivers),
        )
        scenarios.sensitivity(
            baseline, drivers, scenarios_display.standard_steps(drivers, YEAR), YEAR
        )
        scenarios_display.results_display(base, result)
        scenario_charts.scenario_chart(base, result, "")

    def goals() -> None:
        report = goal_reports.goal_report(con, 5.0)
        if report.has_goals:
            goal_reports.indicator_detail(con, report, int(report.table["id"].iloc[0]))

    actions = {
        "Översikt (nämnder, prognos, nettokostnad)": overview,
        "Avvikelser: regionen per nämnd": lambda: page("committee", {}),
        "  → nämnd per förvaltning": lambda: page("forvaltning", scopes["forvaltning"]),
        "  → förvaltning per verksamhet": lambda: page("verksamhet", scopes["verksamhet"]),
        "  → verksamhet per ansvar": lambda: page("ansvar", scopes["ansvar"]),
        "  → ansvar per kostnadsslag": lambda: page("kostnadsslag", scopes["kostnadsslag"]),
        "  → kostnadsslag per konto": lambda: page("konto", dict(path)),
        "Regionen per kostnadsslag": lambda: page("kostnadsslag", {}),
        "Dåvarande organisation": lambda: page("committee", {}, org_mode="historic"),
        "Jämn periodisering": lambda: page("committee", {}, profile="even"),
        "20 största avvikelser, regionen": lambda: reports.top_deviations(
            con, YEAR, PERIOD, version, {}
        ),
        "20 största avvikelser, nämnd": lambda: reports.top_deviations(
            con, YEAR, PERIOD, version, scopes["forvaltning"]
        ),
        "Trend för en enhet": trend,
        "Export till Excel (förvaltningar)": export_excel,
        "summary --json, uppföljningen": lambda: reports.summary_of(
            reports.follow_up(con, YEAR, PERIOD, version, "committee", org_mode="historic")
        ),
        "summary --json med helårsprognoser": lambda: reports.summary(con, YEAR, PERIOD),
        "Prognos: regionen per nämnd": lambda: forecast_reports.forecast_report(con, YEAR, PERIOD),
        "Scenario: en drivrutin ändras": scenario_change,
        "Ramar: året per nämnd": lambda: frame_reports.frames_report(con, YEAR, None),
        "Åtgärder: programmet": lambda: savings_reports.savings_report(con, YEAR, PERIOD, None),
        "Mål och nyckeltal: träd och en indikator": goals,
    }
    return actions, path


# ---- the plain-pandas baseline ------------------------------------------------------------


def load_frame(con, years: list[int]) -> tuple[pd.DataFrame, float]:
    """The ledger of `years` in memory (text as categories) and the seconds it took."""
    start = time.perf_counter()
    frame = scale.ledger_table(con, years).to_pandas(strings_to_categorical=True)
    return frame, time.perf_counter() - start


def _year_slice(frame: pd.DataFrame, version: str, filters: dict[str, str]) -> pd.DataFrame:
    d = frame[
        (frame["year"] == YEAR)
        & (
            (frame["measure"] == "utfall")
            | ((frame["measure"] == "budget") & (frame["version"] == version))
        )
    ]
    for level, value in filters.items():
        d = d[d[level] == value]
    return d


def pandas_totals(frame: pd.DataFrame, version: str, keys: list[str], filters: dict[str, str]):
    """Per unit: budget and outcome for the month, to date and the year (the deviation table)."""
    d = _year_slice(frame, version, filters)
    budget = (d["measure"] == "budget").to_numpy()
    amount = d["amount_ore"].to_numpy()
    ytd = d["period"].between(1, PERIOD).to_numpy()
    month = (d["period"] == PERIOD).to_numpy()
    sums = pd.DataFrame(
        {
            **{k: d[k].to_numpy() for k in keys},
            "budget_ytd": amount * (budget & ytd),
            "outcome_ytd": amount * (~budget & ytd),
            "budget_month": amount * (budget & month),
            "outcome_month": amount * (~budget & month),
            "budget_year": amount * budget,
        }
    )
    table = sums.groupby(keys, observed=True).sum()
    table["deviation_ytd"] = table["outcome_ytd"] - table["budget_ytd"]
    return table


def baselines(frame: pd.DataFrame, version: str, path: list[tuple[str, str]]) -> dict:
    """The same numbers in plain pandas, per interaction."""
    scopes = {level: dict(path[:i]) for i, (level, _) in enumerate(path)}

    def top(filters: dict[str, str]) -> pd.DataFrame:
        table = pandas_totals(frame, version, ["ansvar", "kostnadsslag"], filters)
        return table.loc[table["deviation_ytd"].abs().nlargest(20).index]

    def overview() -> None:
        pandas_totals(frame, version, ["committee"], {})
        pandas_totals(frame, version, ["period"], {})
        d = frame[frame["year"].isin([YEAR, YEAR - 1]) & (frame["measure"] == "utfall")]
        d[d["period"].between(1, PERIOD)].groupby(["year", "rr_line"], observed=True)[
            "amount_ore"
        ].sum()

    def history() -> None:
        d = frame[frame["measure"] != "budget"]
        d.groupby(["year", "committee", "period", "measure"], observed=True)["amount_ore"].sum()

    def scenario() -> None:
        d = _year_slice(frame, version, {})
        d[d["measure"] == "budget"].groupby(
            ["committee", "rr_line", "kostnadsslag"], observed=True
        )["amount_ore"].sum()

    unit = dict(path)
    return {
        "Översikt (nämnder, prognos, nettokostnad)": overview,
        "Avvikelser: regionen per nämnd": lambda: pandas_totals(frame, version, ["committee"], {}),
        "  → nämnd per förvaltning": lambda: pandas_totals(
            frame, version, ["forvaltning"], scopes["forvaltning"]
        ),
        "  → förvaltning per verksamhet": lambda: pandas_totals(
            frame, version, ["verksamhet"], scopes["verksamhet"]
        ),
        "  → verksamhet per ansvar": lambda: pandas_totals(
            frame, version, ["ansvar"], scopes["ansvar"]
        ),
        "  → ansvar per kostnadsslag": lambda: pandas_totals(
            frame, version, ["kostnadsslag"], scopes["kostnadsslag"]
        ),
        "  → kostnadsslag per konto": lambda: pandas_totals(frame, version, ["konto"], unit),
        "Regionen per kostnadsslag": lambda: pandas_totals(frame, version, ["kostnadsslag"], {}),
        "Dåvarande organisation": lambda: pandas_totals(frame, version, ["committee"], {}),
        "Jämn periodisering": lambda: pandas_totals(frame, version, ["committee"], {}),
        "20 största avvikelser, regionen": lambda: top({}),
        "20 största avvikelser, nämnd": lambda: top(scopes["forvaltning"]),
        "Trend för en enhet": lambda: pandas_totals(
            frame, version, ["forvaltning", "period"], scopes["forvaltning"]
        ),
        "Export till Excel (förvaltningar)": lambda: pandas_totals(
            frame, version, ["forvaltning"], scopes["forvaltning"]
        ),
        "summary --json, uppföljningen": lambda: pandas_totals(frame, version, ["committee"], {}),
        "summary --json med helårsprognoser": history,
        "Prognos: regionen per nämnd": history,
        "Scenario: en drivrutin ändras": scenario,
        "Ramar: året per nämnd": lambda: pandas_totals(frame, version, ["committee"], {}),
        "Åtgärder: programmet": lambda: None,
        "Mål och nyckeltal: träd och en indikator": lambda: None,
    }


def check_same_numbers(con, frame: pd.DataFrame) -> bool:
    """Our per-nämnd outcome and budget to date equal the baseline's, to the öre."""
    version = reports.latest_version(con, YEAR)
    ours = reports.follow_up(con, YEAR, PERIOD, version, "committee").table.set_index("unit")
    theirs = pandas_totals(frame, version, ["committee"], {})
    theirs.index = theirs.index.astype(str)
    joined = ours.join(theirs, how="outer")
    return bool(
        (joined["outcome_ytd_ore"] == joined["outcome_ytd"]).all()
        and (joined["budget_ytd_ore"] == joined["budget_ytd"]).all()
    )


def run(con, repeat: int) -> dict:
    """Time every interaction and its baseline; the results as a dict for the results file."""
    actions, path = interactions(con)
    version = reports.latest_version(con, YEAR)
    frame, load_s = load_frame(con, [YEAR - 1, YEAR, *_history_years(con)])
    same = check_same_numbers(con, frame)
    rows_in_frame = len(frame)
    compare = baselines(frame, version, path)
    rows = []
    for name, action in actions.items():
        ours = timed(name.strip(" →"), action, repeat)
        # the baseline gives a median to compare with: fewer runs of the slow pandas code
        base: Timing = timed(name, compare[name], min(repeat, BASELINE_RUNS))
        ratio = ours.median / base.median if base.median > 0.5 else None
        rows.append(
            ours.row(
                pandas_median_ms=round(base.median, 1),
                ratio_to_pandas=round(ratio, 2) if ratio is not None else None,
                meets_target=ours.median < TARGET_MEDIAN_MS and ours.p95 < TARGET_P95_MS,
            )
        )
    del frame
    return {
        "year": YEAR,
        "period": PERIOD,
        "pandas_frame_rows": rows_in_frame,
        "pandas_load_s": round(load_s, 1),
        "same_numbers_as_pandas": same,
        "target": f"median < {TARGET_MEDIAN_MS:.0f} ms och p95 < {TARGET_P95_MS:.0f} ms",
        "interactions": rows,
    }


def _history_years(con) -> list[int]:
    from analytics.storage import queries

    return [y for y in queries.years(con) if y not in (YEAR - 1, YEAR)]
