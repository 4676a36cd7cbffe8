"""The demo reproduces the public figures; the CLI imports, refuses and summarises."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from analytics.demo import figures
from analytics.demo.generate import generate
from analytics.followup import report as reports
from tests import files
from tests.conftest import ROOT


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "analytics", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def region_result_mnkr(con, year: int, measure: str, version: str = "") -> Decimal:
    row = con.execute(
        "SELECT -sum(amount) FROM ledger_fact WHERE year = ? AND measure = ? AND version = ?",
        [year, measure, version],
    ).fetchall()[0]
    return Decimal(row[0]) / 1_000_000


@pytest.mark.parametrize(
    ("year", "version", "expected"),
    [
        (2019, "Budget 2019", "-214"),
        (2020, "Budget 2020, RF 2019-10-16 §109", "-79.2"),
        (2020, "Reviderad budget 2020", "99.9"),
        (2021, "Budget 2021", "72"),
        (2022, "Budget 2022", "68"),
        (2024, "Budget 2024", "-300"),
        (2025, "Budget 2025", "-230"),
    ],
)
def test_demo_budgeted_results_are_the_public_figures(
    demo_con, year: int, version: str, expected: str
) -> None:
    assert region_result_mnkr(demo_con, year, "budget", version) == Decimal(expected)


@pytest.mark.parametrize(
    ("year", "expected"), [(2019, "-171"), (2020, "323"), (2021, "361"), (2023, "-512")]
)
def test_demo_outcomes_are_the_public_figures(demo_con, year: int, expected: str) -> None:
    assert region_result_mnkr(demo_con, year, "utfall") == Decimal(expected)


def test_forecast_after_august_2020_is_190_mnkr_90_better_than_budget(demo_con) -> None:
    row = demo_con.execute(
        "SELECT -sum(amount) FROM ledger_fact WHERE year = 2020 AND period = 8 AND measure = 'prognos'"
    ).fetchall()[0]
    forecast = Decimal(row[0]) / 1_000_000
    assert forecast == Decimal("190")
    assert forecast - Decimal("99.9") == Decimal("90.1")  # "90 mnkr better than budget"


def test_forecast_path_2023_and_2024(demo_con) -> None:
    rows = demo_con.execute(
        """SELECT year, period, -sum(amount) / 1000000 FROM ledger_fact
           WHERE measure = 'prognos' AND ((year = 2023 AND period IN (4, 6, 8)) OR (year = 2024 AND period = 9))
           GROUP BY ALL ORDER BY ALL"""
    ).fetchall()
    assert [(y, p, float(v)) for y, p, v in rows] == [
        (2023, 4, -300.0),
        (2023, 6, -360.0),
        (2023, 8, -550.0),
        (2024, 9, -500.0),
    ]


def test_rs_net_frame_2025_is_2_181_760_tkr(demo_con) -> None:
    summary = reports.summary(demo_con, 2025, 12)
    rs = next(c for c in summary["committees"] if c["committee"] == figures.RS)  # type: ignore[union-attr]
    assert rs["budget_year_tkr"] == -2_181_760.0


def test_regionservice_moves_from_hsn_to_rs_in_2020(demo_con) -> None:
    rows = demo_con.execute(
        "SELECT year, committee FROM org_unit WHERE forvaltning = 'Regionservice' GROUP BY ALL ORDER BY year"
    ).fetchall()
    assert rows[0] == (2019, figures.HSN) and rows[1] == (2020, figures.RS)


def test_demo_has_the_size_of_a_region(demo_con) -> None:
    counts = demo_con.execute(
        """SELECT count(DISTINCT forvaltning), count(DISTINCT verksamhet), count(DISTINCT ansvar)
           FROM org_unit WHERE year = 2025"""
    ).fetchall()[0]
    assert 18 <= counts[0] <= 25 and 140 <= counts[1] <= 160 and 1400 <= counts[2] <= 1700
    assert 250 <= demo_con.execute("SELECT count(*) FROM account").fetchall()[0][0] <= 350


def test_the_generator_is_deterministic() -> None:
    a, b = generate(7), generate(7)
    assert a.ledger[2021].equals(b.ledger[2021]) and a.forecasts.equals(b.forecasts)


def test_summary_json_has_the_documented_shape_and_adds_up(demo_db: Path) -> None:
    result = run_cli("summary", "--db", str(demo_db), "--year", "2020", "--period", "8", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["year"], data["period"], data["version"]) == (2020, 8, "Reviderad budget 2020")
    keys = {"budget_ytd_tkr", "outcome_ytd_tkr", "deviation_ytd_tkr", "budget_year_tkr"}
    keys |= {"forecast_year_tkr"}
    for row in data["committees"]:
        assert set(row) == keys | {"committee"}
        assert row["deviation_ytd_tkr"] == pytest.approx(
            row["outcome_ytd_tkr"] - row["budget_ytd_tkr"], abs=0.001
        )
    assert set(data["total"]) == keys
    assert data["total"]["budget_year_tkr"] == pytest.approx(
        99_900.0
    )  # the revised budget's result
    # the public figure, from the controllers' forecasts made in August
    assert data["total"]["forecast_year_tkr"] == 190_000.0
    forecasts = {r["committee"]: r["forecast_year_tkr"] for r in data["committees"]}
    assert forecasts[figures.FIN] is None  # taxes and financial items: no operating lines
    assert all(v is not None and v < 0 for k, v in forecasts.items() if k != figures.FIN)
    total_outcome = sum(Decimal(str(r["outcome_ytd_tkr"])) for r in data["committees"])
    assert total_outcome == Decimal(str(data["total"]["outcome_ytd_tkr"]))
    committees = {r["committee"] for r in data["committees"]}
    assert {
        figures.RS,
        figures.HSN,
        figures.RUN,
        figures.KTN,
        figures.PN,
        figures.FIN,
    } == committees


def test_summary_with_an_older_version(demo_db: Path) -> None:
    result = run_cli(
        "summary",
        "--db",
        str(demo_db),
        "--year",
        "2020",
        "--period",
        "12",
        "--version",
        "Budget 2020, RF 2019-10-16 §109",
        "--json",
    )
    data = json.loads(result.stdout)
    assert data["total"]["budget_year_tkr"] == pytest.approx(-79_200.0)


def test_cli_import_exit_codes_and_dry_run(tmp_path: Path) -> None:
    db = tmp_path / "cli.duckdb"
    good = files.csv(tmp_path / "good.csv", files.simple_ledger())
    bad = files.csv(
        tmp_path / "bad.csv", [files.HEADER, ["2024-01", "0101", "RS", "4010", "x", "1"]]
    )
    dry = run_cli("import", str(good), "--db", str(db), "--dry-run")
    assert dry.returncode == 0 and "Provkörning" in dry.stdout
    refused = run_cli("import", str(bad), "--db", str(db))
    assert refused.returncode == 1
    assert "bad.csv, blad CSV, rad 2, kolumn E (Budget): Beloppet är inte ett tal" in refused.stderr
    ok = run_cli("import", str(good), "--db", str(db))
    assert ok.returncode == 0 and "8 tillagda" in ok.stdout
    summary = run_cli("summary", "--db", str(db), "--year", "2024", "--period", "2", "--json")
    assert json.loads(summary.stdout)["total"]["outcome_ytd_tkr"] == pytest.approx(0.35)


def test_cli_mapping_file_and_profile(tmp_path: Path) -> None:
    db = tmp_path / "cli.duckdb"
    org = files.csv(tmp_path / "org.csv", [["År", "Ansvar", "Nämnd"], ["2024", "0101", "RS"]])
    ledger = files.csv(
        tmp_path / "x.csv", [["Kst", "Kto", "Mån", "Värde"], ["0101", "4010", "2024-01", "10"]]
    )
    mapping = tmp_path / "mapping.json"
    mapping.write_text(
        json.dumps({"Kst": "ansvar", "Kto": "konto", "Mån": "period", "Värde": "utfall"}),
        encoding="utf-8",
    )
    result = run_cli(
        "import",
        str(org),
        str(ledger),
        "--db",
        str(db),
        "--mapping",
        str(mapping),
        "--profile",
        "P",
    )
    assert result.returncode == 1  # the mapping does not fit the organisation register
    assert run_cli("import", str(org), "--db", str(db)).returncode == 0
    assert (
        run_cli(
            "import", str(ledger), "--db", str(db), "--mapping", str(mapping), "--profile", "P"
        ).returncode
        == 0
    )
    again = run_cli("import", str(ledger), "--db", str(db), "--profile", "P")
    assert again.returncode == 0 and "1 oförändrade" in again.stdout


def test_cli_refuses_a_database_from_a_newer_version(tmp_path: Path) -> None:
    from analytics.storage import open_database

    db = tmp_path / "new.duckdb"
    con = open_database(db)
    con.execute("INSERT INTO schema_info (version) VALUES (99)")
    con.close()
    result = run_cli("summary", "--db", str(db), "--year", "2024", "--period", "1")
    assert result.returncode == 3 and "schemaversion 99" in result.stderr


def test_db_path_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "env.duckdb"
    good = files.csv(tmp_path / "good.csv", files.simple_ledger())
    result = subprocess.run(
        [sys.executable, "-m", "analytics", "import", str(good)],
        cwd=ROOT, capture_output=True, text=True, env={**__import__("os").environ, "BUDGET_DB": str(db)},
    )  # fmt: skip
    assert result.returncode == 0 and db.exists()


def test_cli_tax_forecast_loads_a_file_or_refuses_it(tmp_path: Path) -> None:
    db = tmp_path / "tax.duckdb"
    good = files.csv(
        tmp_path / "skr.csv",
        [["År", "Skatteintäkter", "Statsbidrag"], ["2026", "5 000 000", "2 100 000"]],
    )
    result = run_cli("tax-forecast", str(good), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "skatteprognos för 2026" in result.stdout
    bad = files.csv(
        tmp_path / "bad.csv", [["År", "Skatteintäkter", "Statsbidrag"], ["2026", "x", "1"]]
    )
    refused = run_cli("tax-forecast", str(bad), "--db", str(db))
    assert refused.returncode == 1
    assert "bad.csv" in refused.stderr and "rad 2" in refused.stderr


def test_demo_frames_follow_the_seed_documents(demo_con) -> None:
    from analytics.frames import compute as frames
    from analytics.frames import report as frame_reports

    decisions, changes = frame_reports.stored.load(demo_con)
    assert frames.frame_of(decisions, 2025, "revised")[figures.RS] == 2_181_760_000 * 100
    efficiency = changes[changes["change_type"] == "efficiency"].groupby("year")["amount_ore"].sum()
    # the required result improvements of 120, 90 and 70 mnkr, to within rounding to tkr
    for year, mnkr in ((2020, 120), (2021, 90), (2022, 70)):
        assert abs(efficiency[year] + mnkr * 100_000_000) <= 5 * 100_000
    added = changes[(changes["change_type"] == "added_funds") & (changes["year"] == 2020)]
    assert added[["committee", "amount_ore"]].values.tolist() == [[figures.RS, 65_000_000 * 100]]
    assert frames.move_imbalances(changes) == []
    report = frame_reports.frames_report(demo_con, 2020)
    assert (report.reconciliation["difference_ore"] == 0).all()
    assert report.totals is not None and report.totals.result_with_frames_ore == 99_900_000 * 100
    for year in range(2020, 2026):  # every year's changes explain its frames
        steps = frames.waterfall(decisions, changes, year)
        assert all(s.kind != "unexplained" for s in steps), year


def test_demo_programme_follows_the_seed_documents(demo_con) -> None:
    from analytics.savings import compute as savings
    from analytics.storage import savings as stored

    targets, measures, plans, realised = stored.load(demo_con)
    for year, mnkr in ((2020, 120), (2021, 90), (2022, 70)):
        assert savings.region_target(targets, year) == mnkr * 1000 * 100_000
        # the nämnders' shares add up to the region's requirement within rounding to tkr
        by_committee = savings.targets_by_committee(targets, year).sum()
        assert abs(by_committee - mnkr * 1000 * 100_000) <= 5 * 100_000
    rs_2025 = measures[measures["code"].str.startswith("Å-2025")]
    titles = " ".join(rs_2025["title"])
    assert "RS/535/2024" in titles and "RS/493/2023" in titles
    assert set(rs_2025["committee"]) == {figures.RS}
    programme = savings.programme(targets, measures, plans, realised, 2020, 12)
    assert 0 < programme.realised_ore < programme.planned_ore < programme.target_ore


def test_cli_goals_with_a_mapping_saved_as_a_profile_and_kolada(tmp_path: Path) -> None:
    import json as json_module

    db = tmp_path / "goals.duckdb"
    rows = [
        ["Fokusområde", "Ambition", "Indikatorns namn", "Riktning", "Basår", "Startvärde",
         "Målår", "Målnivå", "2024"],
        ["Miljö", "Mindre utsläpp", "CO2", "Lägre", "2019", "1000", "2030", "-42 %", "900"],
    ]  # fmt: skip
    sheet = files.csv(tmp_path / "mal.csv", rows)
    refused = run_cli("goals", str(sheet), "--db", str(db))
    assert refused.returncode == 1 and "mappning" in refused.stderr
    mapping = tmp_path / "m.json"
    mapping.write_text(json_module.dumps({"Fokusområde": "area", "Ambition": "goal",
        "Indikatorns namn": "indicator", "Startvärde": "base_value", "Målnivå": "target_value"}))  # fmt: skip
    saved = run_cli(
        "goals", str(sheet), "--db", str(db), "--mapping", str(mapping), "--profile", "Stratsys"
    )
    assert saved.returncode == 0, saved.stderr
    again = run_cli("goals", str(sheet), "--db", str(db), "--profile", "Stratsys")
    assert again.returncode == 0 and "1 indikator inläst" in again.stdout
    kolada = files.csv(tmp_path / "kolada.csv", [["Kpi", "Region", "2024"],
                                                 ["N00090: Sjukfrånvaro", "Riket", "6,1"]])  # fmt: skip
    loaded = run_cli("kolada", str(kolada), "--db", str(db))
    assert loaded.returncode == 0 and "N00090" in loaded.stdout


def test_result_json_2025_carries_the_2023_and_2024_deficits(demo_db: Path) -> None:
    result = run_cli("result", "--db", str(demo_db), "--year", "2025", "--period", "6", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["year"], data["period"], data["closed"]) == (2025, 6, False)
    lines = [row["line"] for row in data["income_statement"]]
    for line in ("verksamhetens_resultat", "finansiella_intakter", "finansiella_kostnader",
                 "resultat_efter_finansiella", "extraordinara", "arets_resultat"):  # fmt: skip
        assert line in lines
    requirement = data["balance_requirement"]
    deficits = {d["year"]: d for d in requirement["deficits"]}
    # the outcome of 2023 (−512 mnkr, public figure) is to be restored by 2026
    assert deficits[2023] == {
        "year": 2023, "amount_tkr": -512_000.0, "restore_by": 2026, "remaining_tkr": -512_000.0,
    }  # fmt: skip
    # 2024: årets resultat −468 less the pension portfolio's realised (4) and unrealised (7) gains
    assert deficits[2024]["amount_tkr"] == -479_000.0 and deficits[2024]["restore_by"] == 2027
    assert requirement["remaining_to_restore_tkr"] < -1_000_000
    assert requirement["balance_result_tkr"] == (
        requirement["after_adjustments_tkr"] + requirement["reserve_tkr"]
    )
    assert requirement["after_adjustments_tkr"] == pytest.approx(
        requirement["result_tkr"] + requirement["realisation_gains_tkr"]
        + requirement["unrealised_tkr"] + requirement["other_adjustments_tkr"]
    )  # fmt: skip


def test_a_closed_year_gives_its_outcome_in_summary_and_result(demo_db: Path) -> None:
    args = ("--db", str(demo_db), "--year", "2023", "--period", "12", "--json")
    summary = json.loads(run_cli("summary", *args).stdout)
    result = json.loads(run_cli("result", *args).stdout)
    assert summary["closed"] is True and result["closed"] is True
    assert summary["total"]["forecast_year_tkr"] == -512_000.0  # not November's −521,5
    assert result["balance_requirement"]["result_tkr"] == -512_000.0
    outcome = {r["line"]: r for r in result["income_statement"]}["arets_resultat"]
    assert outcome["outcome_ytd_tkr"] == outcome["forecast_tkr"] == -512_000.0


def test_summary_says_which_organisation_it_uses(demo_db: Path) -> None:
    base = ("summary", "--db", str(demo_db), "--year", "2019", "--period", "6", "--json")
    current = json.loads(run_cli(*base).stdout)
    historic = json.loads(run_cli(*base, "--org", "historic").stdout)
    assert (current["org"], historic["org"]) == ("current", "historic")
    # the region's total does not depend on how it is split into nämnder
    assert current["total"] == historic["total"]
    assert "(varje års egen organisation)" in run_cli(*base[:-1], "--org", "historic").stdout
    assert "(varje års egen organisation)" not in run_cli(*base[:-1]).stdout


def test_demo_net_cost_grew_6_5_percent_in_2021(demo_con) -> None:
    growth = reports.net_cost_growth(demo_con, 2021, 12)
    assert growth.change_pct is not None and round(growth.change_pct, 1) == 6.5


def test_demo_frames_follow_the_seed_documents_on_dates_and_the_revision(demo_con) -> None:
    from analytics.frames import compute as frames
    from analytics.storage import frames as frames_stored

    decisions, changes = frames_stored.load(demo_con)
    decided = decisions.groupby(["year", "version"])["decision"].first()
    assert decided[(2025, "original")] == "RF 2024-06-19 §95"
    assert decided[(2022, "original")] == "RF 2021-10-19/20 §126"
    assert decided[(2021, "original")] == "RF 2020-10-19/20 §104"
    assert decided[(2020, "revised")].startswith("RS 2020 §16")
    # the Regionservice move and the reduced internal charging are the revision's, not the
    # original frames' of October 2019
    moves = changes[changes["change_type"].isin(["organisation", "internal_charging"])]
    assert set(zip(moves["year"], moves["version"], strict=True)) == {(2020, "revised")}
    moved = moves[moves["change_type"] == "organisation"].set_index("committee")["amount_ore"]
    assert moved[figures.RS] == -moved[figures.HSN] > 0
    original = frames.frame_of(decisions, 2020, "original")
    revised = frames.frame_of(decisions, 2020, "revised")
    assert original[figures.HSN] - revised[figures.HSN] >= moved[figures.RS]
    # RS 2025: no general price indexation (RS/109/2024)
    rs_2025 = changes[(changes["year"] == 2025) & (changes["committee"] == figures.RS)]
    assert "indexation" not in set(rs_2025["change_type"])
    assert rs_2025["text"].str.contains("ingen generell prisuppräkning").any()


def test_demo_pension_portfolio_and_financial_costs_are_plausible(demo_con, demo_db) -> None:
    booked = demo_con.execute(
        """SELECT year, konto, CAST(sum(amount) AS BIGINT) FROM ledger_fact
           WHERE measure = 'utfall' AND konto IN ('8432', '8460', '8500', '8501', '8560')
           GROUP BY ALL"""
    ).fetchall()
    kr = {(int(y), k): int(a) for y, k, a in booked}
    mnkr = 1_000_000
    # loans of 433 → 360 mnkr: interest of 1–3,5 %, the pension's financial part on its own
    for year in range(2019, 2026):
        assert 0.01 * 360 * mnkr <= kr[(year, "8500")] <= 0.035 * 433 * mnkr, year
        assert kr[(year, "8501")] > 0
    # realised and unrealised gains in some years (income: negative in bookkeeping sign),
    # a loss in 2022, none in 2019 and 2023 (their balanskravsresultat is the public result)
    assert kr.get((2021, "8432")) == -8 * mnkr and kr.get((2021, "8460")) == -14 * mnkr
    assert kr.get((2022, "8560")) == 25 * mnkr
    assert not [k for k, a in kr.items() if a and k[0] in (2019, 2023)
                and k[1] in ("8432", "8460", "8560")]  # fmt: skip
    args = ("--db", str(demo_db), "--year", "2021", "--period", "12", "--json")
    data = json.loads(run_cli("result", *args).stdout)
    requirement = data["balance_requirement"]
    assert (requirement["result_tkr"], requirement["realisation_gains_tkr"],
            requirement["unrealised_tkr"], requirement["balance_result_tkr"]) == (
        361_000.0, -8_000.0, -14_000.0, 339_000.0)  # fmt: skip


@pytest.mark.parametrize("content", [b"hej", None])
def test_a_broken_database_file_is_named_by_its_own_path(tmp_path: Path, demo_db: Path,
                                                        content: bytes | None) -> None:  # fmt: skip
    broken = tmp_path / "budget.duckdb"
    broken.write_bytes(content if content is not None else demo_db.read_bytes()[:5000])
    done = run_cli("summary", "--db", str(broken), "--year", "2025", "--period", "6")
    assert done.returncode == 3 and "Traceback" not in done.stderr
    assert f"Filen {broken} är inte en databas för budgetverktyget" in done.stderr
    assert "/tmp/tmp" not in done.stderr.replace(str(tmp_path), "")  # never a snapshot's name
