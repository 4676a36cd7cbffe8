"""Roles, visibility per nämnd and the audit log: every denied action is denied in the core,
whatever the page shows, and the CLI honours the same roles."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

from analytics.access import AccessDenied, Actor, acting_as
from analytics.followup import report as reports
from analytics.imports.importer import import_file
from analytics.scenarios.compute import Drivers
from analytics.settings import os_user
from analytics.storage import access as stored_access
from analytics.storage import (
    comments,
    forecasts,
    frames,
    goals,
    import_log,
    mapping_profiles,
    open_database,
    queries,
    report_texts,
    savings,
    scenarios,
)
from tests import files
from tests.conftest import ROOT
from tests.conftest import shown as table_text

VIEWER = Actor("vera", "viewer")
CONTROLLER = Actor("carl", "controller")
HSN_CONTROLLER = Actor("hanna", "controller", frozenset({"Hälso- och sjukvårdsnämnden"}))

# Every write of the core, as a call; each must be refused for a viewer.
WRITES: dict[str, Callable] = {
    "comment": lambda con: comments.add_comment(
        con,
        year=2025,
        period=3,
        scope="",
        level="committee",
        unit="Regionstyrelsen",
        explanation="x",
        action="",
        author="x",
    ),
    "forecast": lambda con: forecasts.add_forecast_entry(
        con,
        year=2025,
        period=3,
        committee="Regionstyrelsen",
        amount_kr=Decimal(1),
        comment="x",
        author="x",
    ),
    "tax_forecast": lambda con: forecasts.add_tax_forecast(
        con,
        year=2025,
        skatteintakter_kr=Decimal(1),
        statsbidrag_kr=Decimal(1),
        source="x",
        author="x",
    ),
    "tax_forecasts": lambda con: forecasts.add_tax_forecasts(
        con, [(2025, Decimal(1), Decimal(1), "x")], "x"
    ),
    "frame_change": lambda con: frames.add_change(
        con,
        year=2025,
        committee="Regionstyrelsen",
        version="v",
        change_type="other",
        amount_ore=100,
        text="x",
        counterpart="",
        author="x",
    ),
    "frame_decision": lambda con: frames.set_decision(
        con,
        year=2025,
        committee="Regionstyrelsen",
        version="v",
        amount_ore=100,
        decision="x",
        decided=date(2025, 1, 1),
        author="x",
    ),
    "frames_replace": lambda con: frames.replace_years(con, pd.DataFrame(), pd.DataFrame(), "x"),
    "measure": lambda con: savings.add_measure(
        con, {"code": "Å-1", "committee": "Regionstyrelsen"}, 2025, 100, "x"
    ),
    "realised": lambda con: savings.add_realised(con, "Å-1", 2025, 1, 100, "x"),
    "target": lambda con: savings.set_target(con, 2025, "Regionstyrelsen", 100, "x"),
    "programme": lambda con: savings.replace_all(
        con, pd.DataFrame(), pd.DataFrame(), pd.DataFrame(), pd.DataFrame(), "x"
    ),
    "goals": lambda con: goals.replace_goals(con, pd.DataFrame(), pd.DataFrame()),
    "kolada": lambda con: goals.replace_kolada(con, pd.DataFrame({"kpi_id": []})),
    "scenario_save": lambda con: scenarios.save(
        con, name="x", notes="", base_year=2025, base_version="v", drivers=Drivers(), author="x"
    ),
    "scenario_delete": lambda con: scenarios.delete(con, 1),
    "profile": lambda con: mapping_profiles.save_profile(con, "p", "sig", {"A": "ansvar"}, {}),
    "report_text": lambda con: report_texts.save_text(
        con,
        year=2025,
        period=3,
        committee="Regionstyrelsen",
        section="summary",
        text="x",
        author="x",
    ),
    "report_submit": lambda con: report_texts.submit(
        con, year=2025, period=3, committee="Regionstyrelsen", author="x"
    ),
    "report_approve": lambda con: report_texts.approve(
        con, year=2025, period=3, committee="Regionstyrelsen", author="x"
    ),
    "report_reopen": lambda con: report_texts.reopen(
        con, year=2025, period=3, committee="Regionstyrelsen", author="x", note="x"
    ),
    "report_deadline": lambda con: report_texts.set_deadline(
        con, year=2025, period=3, due=date(2025, 4, 10), author="x"
    ),
    "roles": lambda con: stored_access.set_user(con, "x", "admin", None),
    "roles_remove": lambda con: stored_access.remove_user(con, "x"),
}


def _snapshot(con) -> tuple:
    tables = [r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
        "ORDER BY 1"
    ).fetchall()]  # fmt: skip
    return tuple(con.execute(f'SELECT count(*) FROM "{t}"').fetchall()[0][0] for t in tables)


@pytest.mark.parametrize("name", sorted(WRITES))
def test_a_viewer_is_refused_every_write_and_nothing_is_written(demo_copy: Path, name) -> None:
    con = open_database(demo_copy)
    before = _snapshot(con)
    with acting_as(VIEWER), pytest.raises(AccessDenied, match="vera har rollen läsare"):
        WRITES[name](con)
    assert _snapshot(con) == before
    con.close()


def test_nobody_acting_may_write_nothing(con) -> None:
    with acting_as(None), pytest.raises(AccessDenied, match="Ingen användare"):
        WRITES["forecast"](con)


def test_a_viewer_may_not_import_and_the_file_is_not_even_read(tmp_path: Path, con) -> None:
    path = files.csv(tmp_path / "l.csv", files.simple_ledger())
    with acting_as(VIEWER), pytest.raises(AccessDenied, match="importera data"):
        import_file(con, path)
    assert import_log.data_state(con).fact_rows == 0


def test_only_an_admin_manages_roles_and_reads_the_audit_log(con) -> None:
    with acting_as(CONTROLLER):
        with pytest.raises(AccessDenied, match="kräver rollen administratör"):
            stored_access.set_user(con, "x", "viewer", None)
        with pytest.raises(AccessDenied, match="granskningsloggen"):
            stored_access.audit_log(con)


def test_a_controller_limited_to_a_committee_acts_there_only(demo_copy: Path) -> None:
    con = open_database(demo_copy)
    hsn, rs = "Hälso- och sjukvårdsnämnden", "Regionstyrelsen"
    with acting_as(HSN_CONTROLLER):
        forecasts.add_forecast_entry(
            con, year=2025, period=3, committee=hsn, amount_kr=Decimal(-5),
            comment="egen nämnd", author="hanna",
        )  # fmt: skip
        with pytest.raises(AccessDenied, match=f"för {rs}"):
            forecasts.add_forecast_entry(
                con, year=2025, period=3, committee=rs, amount_kr=Decimal(-5), comment="x",
                author="hanna",
            )  # fmt: skip
        with pytest.raises(AccessDenied, match="hela regionen"):
            WRITES["tax_forecast"](con)
    con.close()


def test_a_limited_cursor_sees_only_its_committees(demo_copy: Path) -> None:
    con = open_database(demo_copy)
    version = reports.latest_version(con, 2025)
    everything = reports.follow_up(con, 2025, 12, version, "committee").table
    hsn = "Hälso- och sjukvårdsnämnden"
    cursor = con.cursor()
    stored_access.limit_to_committees(cursor, frozenset({hsn}))
    limited = reports.follow_up(cursor, 2025, 12, version, "committee")
    assert limited.table["unit"].tolist() == [hsn]
    expected = everything.set_index("unit").loc[hsn, "outcome_ytd_ore"]
    assert int(limited.total["outcome_ytd_ore"].iloc[0]) == int(expected)
    assert queries.committees(cursor, 2025) == [hsn]
    # the account summary is rebuilt from the visible facts, so per kostnadsslag agrees too
    by_type = reports.follow_up(cursor, 2025, 12, version, "kostnadsslag").total
    assert int(by_type["outcome_ytd_ore"].iloc[0]) == int(expected)
    # the region's largest deviations come from the year-to-date summary: HSN's ansvar only
    hsn_ansvar = {
        r[0] for r in cursor.execute("SELECT ansvar FROM org_unit WHERE year = 2025").fetchall()
    }
    largest = reports.top_deviations(cursor, 2025, 12, version, {}, count=50)
    assert {unit.split(" ")[0] for unit in largest["unit"]} <= hsn_ansvar
    assert cursor.execute(
        "SELECT count(*) FROM ledger_ytd_by_ansvar WHERE ansvar NOT IN (SELECT ansvar FROM org_unit)"
    ).fetchall() == [(0,)]
    # another cursor on the same connection still sees the whole region
    assert len(reports.follow_up(con.cursor(), 2025, 12, version, "committee").table) > 1
    con.close()


def test_every_change_is_in_the_audit_log_with_who_and_what(con) -> None:
    with acting_as(Actor("anna", "admin")):
        stored_access.set_user(con, "carl", "controller", ["Regionstyrelsen"])
        forecasts.add_forecast_entry(
            con, year=2025, period=3, committee="Regionstyrelsen", amount_kr=Decimal(7),
            comment="prognos", author="anna",
        )  # fmt: skip
        scenarios.delete(con, 99)
        log = stored_access.audit_log(con)
    assert log["user_name"].tolist() == ["anna", "anna", "anna"]
    assert log["operation"].tolist() == ["delete", "add_forecast_entry", "set_user"]
    assert log["committee"].tolist()[1] == "Regionstyrelsen"
    assert '"name": "carl"' in log["detail"].iloc[2]
    assert stored_access.role_of(con, "carl") == ("controller", frozenset({"Regionstyrelsen"}))


def _cli(db: Path, user: str, *args: str) -> subprocess.CompletedProcess:
    # the test runs as a service account that may act as a named identity
    env = {
        **os.environ,
        "BUDGET_USER": user,
        "BUDGET_ADMINS": "",
        "BUDGET_SERVICE_USERS": os_user(),
    }
    return subprocess.run(
        [sys.executable, "-m", "analytics", *args, "--db", str(db)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def test_the_cli_honours_roles(tmp_path: Path) -> None:
    db = tmp_path / "roles.duckdb"
    con = open_database(db)
    with acting_as(Actor("boss", "admin")):
        stored_access.set_user(con, "boss", "admin", None)
        stored_access.set_user(con, "vera", "viewer", None)
        stored_access.set_user(con, "carl", "controller", None)
    con.close()
    ledger = files.csv(tmp_path / "l.csv", files.simple_ledger())
    refused = _cli(db, "vera", "import", str(ledger))
    assert refused.returncode == 4
    assert "vera har rollen läsare och får inte importera data" in refused.stderr
    stranger = _cli(db, "okand", "import", str(ledger))  # not listed: BUDGET_DEFAULT_ROLE
    assert stranger.returncode == 4
    allowed = _cli(db, "carl", "import", str(ledger))
    assert allowed.returncode == 0, allowed.stderr
    con = open_database(db, read_only=True)
    assert import_log.data_state(con).fact_rows == 8
    con.close()


# ---- in the dashboard --------------------------------------------------------------------


def _as(monkeypatch, actor: Actor) -> None:
    """The dashboard's identity for this test: as if the login had said who it is."""
    from ui import identity

    monkeypatch.setattr(identity, "identify", lambda con, lang: actor)


def _save_forecast(at) -> None:
    from tests.conftest import enter_forecast, open_page

    open_page(at, "forecast")
    at.run()
    enter_forecast(at, "Patientnämnden", "−27 000", "prognos")


@pytest.mark.both_modes
def test_a_viewer_in_the_dashboard_is_told_no_and_nothing_is_saved(
    stored, app_factory, demo_copy: Path, monkeypatch
) -> None:
    _as(monkeypatch, Actor("vera@region.se", "viewer", None, "oidc"))
    at = app_factory(demo_copy).run()
    assert "Inloggad: vera@region.se (läsare, Hela regionen)" in [
        c.value for c in at.sidebar.caption
    ]
    assert "admin" not in [p.get("url_pathname") for p in at._registered_pages.values()]  # type: ignore[attr-defined]
    _save_forecast(at)
    assert not at.exception
    assert any(
        "vera@region.se har rollen läsare och får inte lämna prognoser" in e.value for e in at.error
    )
    con = stored(demo_copy, read_only=True)
    assert forecasts.latest_forecast_entries(con).empty
    con.close()


@pytest.mark.both_modes
def test_a_limited_controller_sees_only_their_committee(
    stored, app_factory, demo_copy: Path, monkeypatch
) -> None:
    hsn = "Hälso- och sjukvårdsnämnden"
    _as(monkeypatch, Actor("hanna", "controller", frozenset({hsn}), "header"))
    at = app_factory(demo_copy).run()
    assert not at.exception
    assert at.sidebar.selectbox(key="f_committee").options == ["Alla dina nämnder", hsn]
    shown = {m.label: m.value for m in at.metric}
    con = stored(demo_copy, read_only=True)
    version = reports.latest_version(con, 2025)
    hsn_only = reports.follow_up(con, 2025, 12, version, "committee", filters={"committee": hsn})
    con.close()
    outcome = int(hsn_only.total["outcome_ytd_ore"].iloc[0]) / 100_000_000
    assert "Årets resultat (utfall)" not in shown  # HSN alone has no result
    assert shown["Nettokostnad helår (utfall)"] == f"{outcome:,.1f} mnkr".replace(
        ",", "\u202f"
    ).replace(".", ",").replace("-", "\u2212")
    # Prognos gives her nämnd's net cost against its frame, never a region result
    from tests.conftest import open_page

    open_page(at, "forecast")
    at.sidebar.selectbox(key="f_year").set_value(2020).run()
    at.sidebar.selectbox(key="f_period").set_value(8).run()
    assert not at.exception
    words = " ".join([*(m.label for m in at.metric), *(i.value for i in at.info),
                      *(str(table_text(d).to_dict()) for d in at.dataframe)])  # fmt: skip
    assert "Balanskravsresultat" not in words and "Målet nås" not in words
    assert "Årets resultat" not in words and "Skatteintäkter" not in words
    assert "Dina nämnder" in words
    # Ramar: a move's counterpart is outside her view, so no "does not sum to zero" warning
    open_page(at, "frames")
    at.run()
    assert not at.exception
    assert not [e.value for e in at.error if "summerar inte till noll" in e.value]
    assert any("gäller hela regionen" in c.value for c in at.caption)


@pytest.mark.both_modes
def test_the_admin_page_gives_roles_and_shows_the_audit_log(
    app_factory, demo_copy: Path, monkeypatch
) -> None:
    from tests.conftest import open_page

    _as(monkeypatch, Actor("boss", "admin", None, "oidc"))
    at = app_factory(demo_copy).run()
    open_page(at, "admin")
    at.run()
    assert not at.exception
    at.text_input(key="admin_user_name").input("carl@region.se")
    at.selectbox(key="admin_role").set_value("controller")
    at.multiselect(key="admin_committees").set_value(["Regionstyrelsen"])
    next(b for b in at.button if b.label == "Spara användaren").click().run()
    assert not at.exception
    assert at.success[0].value == "carl@region.se sparades."
    users = next(table_text(d) for d in at.dataframe if "Roll" in table_text(d).columns)
    assert users.iloc[0].tolist()[:3] == ["carl@region.se", "controller", "Regionstyrelsen"]
    audit = next(table_text(d) for d in at.dataframe if "Behörighet" in table_text(d).columns)
    assert list(audit.columns) == [
        "Tidpunkt", "Användare", "Behörighet", "Nämnd", "Vad som ändrades"
    ]  # fmt: skip
    newest = audit.iloc[0]
    assert (newest["Användare"], newest["Behörighet"]) == ("boss", "ändra roller")
    said = newest["Vad som ändrades"]
    assert said.startswith("Användare sparad – Namn: carl@region.se; Roll: controller")
    assert "set_user" not in said and "(" not in said  # words, not a function or a repr
    assert "Regionstyrelsen" in said
    words = " ".join(audit["Vad som ändrades"])
    assert "ImportRecord" not in words and "write_import" not in words
    assert "Fil importerad – Fil: " in words  # the demo's imports, by file name
    technical = next(table_text(d) for d in at.dataframe if "Funktion" in table_text(d).columns)
    assert technical.iloc[0]["Funktion"] == "set_user"  # still there for tracing


def test_without_a_login_the_dashboard_only_serves_this_computer(
    app_factory, demo_copy: Path
) -> None:
    from streamlit import config

    at = app_factory(demo_copy).run()
    assert any("Lokalt enanvändarläge" in c.value for c in at.sidebar.caption)
    config.set_option("server.address", "0.0.0.0")
    try:
        at = app_factory(demo_copy).run()
        assert any("får verktyget bara nås från den här datorn" in e.value for e in at.error)
        assert not at.metric
    finally:
        config.set_option("server.address", "127.0.0.1")


def test_behind_a_proxy_a_request_without_its_header_is_refused(
    app_factory, demo_copy: Path, monkeypatch
) -> None:
    monkeypatch.setenv("BUDGET_AUTH_HEADER", "X-Forwarded-User")
    at = app_factory(demo_copy).run()
    assert any("huvudet X-Forwarded-User" in e.value for e in at.error)
    assert not at.metric


def test_a_replica_serves_a_published_copy_read_only(
    app_factory, demo_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    replica = tmp_path / "replica" / "budget.duckdb"
    done = subprocess.run(
        [sys.executable, "-m", "analytics", "publish", str(replica), "--db", str(demo_copy)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    monkeypatch.setenv("BUDGET_READ_ONLY", "1")
    at = app_factory(replica).run()
    assert not at.exception
    assert at.title[0].value == "Översikt 2025, till och med december"
    _save_forecast(at)
    assert any("visar en publicerad kopia" in e.value for e in at.error)


def test_a_limited_cursor_hides_other_committees_plans_forecasts_and_measures(
    demo_copy: Path,
) -> None:
    from analytics.frames import report as frame_reports
    from analytics.savings import report as savings_reports

    con = open_database(demo_copy)
    rs = "Regionstyrelsen"
    cursor = con.cursor()
    stored_access.limit_to_committees(cursor, frozenset({rs}))
    frames_seen = frame_reports.frames_report(cursor, 2025, None)
    assert set(frames_seen.decisions["committee"]) == {rs}
    programme = savings_reports.savings_report(cursor, 2025, 12, None)
    _, measures, _, _ = programme.everything
    assert set(measures["committee"]) <= {rs} and len(measures)
    assert set(forecasts.latest_forecast_entries(cursor)["unit"]) <= {rs}
    con.close()


def test_the_cli_summary_of_a_limited_user_holds_their_committees_only(demo_copy: Path) -> None:
    import json

    hsn = "Hälso- och sjukvårdsnämnden"
    con = open_database(demo_copy)
    with acting_as(Actor("boss", "admin")):
        stored_access.set_user(con, "hanna", "controller", [hsn])
    con.close()
    done = _cli(demo_copy, "hanna", "summary", "--year", "2025", "--period", "12", "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert [c["committee"] for c in summary["committees"]] == [hsn]
    # her total is her nämnd's, not a region result; the balanskravsutredning is refused
    assert summary["total"]["budget_year_tkr"] == summary["committees"][0]["budget_year_tkr"]
    refused = _cli(demo_copy, "hanna", "result", "--year", "2025", "--period", "6", "--json")
    assert refused.returncode == 4 and refused.stdout == ""
    assert "hela regionen" in refused.stderr.lower()


def test_a_viewer_gets_no_uploader_anywhere_so_no_file_reaches_a_parser(
    app_factory, demo_copy: Path, monkeypatch
) -> None:
    from tests.conftest import open_page

    _as(monkeypatch, Actor("vera@region.se", "viewer", None, "oidc"))
    at = app_factory(demo_copy).run()
    for page in ("data_import", "forecast", "frames", "savings", "goals", "scenarios"):
        open_page(at, page)
        at.run()
        assert not at.exception, page
        assert not at.get("file_uploader"), page
    open_page(at, "data_import")
    at.run()
    assert any("får inte" in i.value for i in at.info)  # says why, in words


def test_names_compare_case_insensitively_and_an_unlisted_user_gets_nothing(
    tmp_path: Path, monkeypatch
) -> None:
    db = tmp_path / "names.duckdb"
    con = open_database(db)
    with acting_as(Actor("boss", "admin")):
        stored_access.set_user(con, "boss", "admin", None)
        stored_access.set_user(con, " HC ", "controller", ["Hälso- och sjukvårdsnämnden"])
    # one person, however the login spells them: limited to HSN, never the whole region
    for spelling in ("hc", "HC", " Hc"):
        assert stored_access.role_of(con, spelling) == (
            "controller", frozenset({"Hälso- och sjukvårdsnämnden"}))  # fmt: skip
    assert stored_access.role_of(con, "HC2") is None
    con.close()
    # not listed: no access, unless an admin set both a default role and a default scope
    done = _cli(db, "okand", "summary", "--year", "2024", "--period", "1")
    assert done.returncode == 4 and "okand har ingen behörighet" in done.stderr
    from analytics import access

    monkeypatch.setenv("BUDGET_DEFAULT_ROLE", "viewer")
    assert access.unlisted("okand", "oidc") is None  # a role without a scope is not enough
    monkeypatch.setenv("BUDGET_DEFAULT_SCOPE", "Patientnämnden")
    assert access.unlisted("okand", "oidc") == Actor(
        "okand", "viewer", frozenset({"Patientnämnden"}), "oidc")  # fmt: skip


@pytest.mark.both_modes
def test_an_unlisted_login_sees_no_data_in_the_dashboard(
    app_factory, demo_copy: Path, monkeypatch
) -> None:
    con = open_database(demo_copy)
    with acting_as(Actor("boss", "admin")):
        stored_access.set_user(con, "boss", "admin", None)
    con.close()
    monkeypatch.setenv("BUDGET_AUTH_HEADER", "X-Forwarded-User")
    from streamlit.testing.v1 import AppTest  # noqa: F401 - the factory builds it

    at = app_factory(demo_copy)
    monkeypatch.setattr(
        "streamlit.context", type("C", (), {"headers": {"X-Forwarded-User": "Okand"}})()
    )
    at.run()
    assert any("Okand har ingen behörighet" in e.value for e in at.error)
    assert not at.metric and not at.dataframe


def test_only_an_admin_publishes_a_copy(demo_copy: Path, tmp_path: Path) -> None:
    hsn = "Hälso- och sjukvårdsnämnden"
    con = open_database(demo_copy)
    with acting_as(Actor("boss", "admin")):
        stored_access.set_user(con, "boss", "admin", None)
        stored_access.set_user(con, "hanna", "controller", [hsn])
    con.close()
    target = tmp_path / "replica.duckdb"
    refused = _cli(demo_copy, "hanna", "publish", str(target))
    assert refused.returncode == 4 and "publicera en kopia" in refused.stderr
    assert not target.exists()  # not a byte of users, audit log or other nämnder
    assert _cli(demo_copy, "boss", "publish", str(target)).returncode == 0
    assert target.exists()


def test_local_mode_refuses_a_request_that_came_through_a_proxy(
    app_factory, demo_copy: Path, monkeypatch
) -> None:
    at = app_factory(demo_copy)
    headers = {"X-Forwarded-For": "10.0.0.7"}
    monkeypatch.setattr("streamlit.context", type("C", (), {"headers": headers})())
    at.run()
    assert any("kommer via en proxy (X-Forwarded-For)" in e.value for e in at.error)
    assert not at.metric and not at.dataframe


@pytest.mark.both_modes
def test_a_limited_user_sees_no_scenarios_in_the_core_or_on_the_page(
    app_factory, demo_copy: Path, monkeypatch
) -> None:
    from analytics.access import AccessDenied
    from analytics.storage import scenarios as stored_scenarios
    from tests.conftest import open_page

    hsn = "Hälso- och sjukvårdsnämnden"
    con = open_database(demo_copy, read_only=True)
    with acting_as(Actor("hanna", "controller", frozenset({hsn}))):
        assert stored_scenarios.listing(con).empty
        with pytest.raises(AccessDenied):
            stored_scenarios.load(con, 1)
    with acting_as(Actor("boss", "admin")):
        assert len(stored_scenarios.listing(con)) == 2
    con.close()
    _as(monkeypatch, Actor("hanna", "controller", frozenset({hsn}), "header"))
    at = app_factory(demo_copy).run()
    open_page(at, "scenarios")
    at.run()
    assert not at.exception
    assert any("hela regionens resultat" in i.value for i in at.info)
    assert not at.metric and not at.dataframe


def test_comments_stay_within_a_limited_users_namnder_both_ways(demo_copy: Path) -> None:
    from analytics.storage import comments

    hsn, rs = "Hälso- och sjukvårdsnämnden", "Regionstyrelsen"
    con = open_database(demo_copy)
    rs_ansvar = con.execute(
        "SELECT min(ansvar) FROM org_unit WHERE year = 2025 AND committee = ?", [rs]
    ).fetchone()[0]
    hsn_ansvar = con.execute(
        "SELECT min(ansvar) FROM org_unit WHERE year = 2025 AND committee = ?", [hsn]
    ).fetchone()[0]

    def comment(scope: str, level: str, unit: str, text: str) -> None:
        comments.add_comment(con, year=2025, period=6, scope=scope, level=level, unit=unit,
                             explanation=text, action="", author="x")  # fmt: skip

    with acting_as(Actor("boss", "admin")):
        comment("", "committee", rs, "RS:s egen förklaring")
        comment(f"committee={rs}", "ansvar", rs_ansvar, "RS-ansvar")
    with acting_as(HSN_CONTROLLER):
        comment(f"committee={hsn}", "ansvar", hsn_ansvar, "HSN-ansvar")  # her own: fine
        # another nämnd's ansvar inside her own nämnd's scope is still another nämnd's
        with pytest.raises(AccessDenied, match=f"för {rs}"):
            comment(f"committee={hsn}", "ansvar", rs_ansvar, "smuggel")
        with pytest.raises(AccessDenied):
            comment(f"committee={hsn}", "ansvar", "finns-inte", "okänt ansvar")
        # reading: other nämnder's comments are not hers to see
        assert comments.latest_comments(con, 2025, 6, "", "committee").empty
        assert comments.latest_comments(con, 2025, 6, f"committee={rs}", "ansvar").empty
        assert comments.comment_history(con, 2025, f"committee={rs}", "ansvar", rs_ansvar).empty
        own = comments.latest_comments(con, 2025, 6, f"committee={hsn}", "ansvar")
        assert own["explanation"].tolist() == ["HSN-ansvar"]
    with acting_as(Actor("boss", "admin")):
        assert len(comments.latest_comments(con, 2025, 6, "", "committee")) == 1
    con.close()


def test_the_import_history_and_audit_log_are_not_a_limited_users(demo_copy: Path) -> None:
    con = open_database(demo_copy, read_only=True)
    with acting_as(Actor("boss", "admin")):
        assert len(import_log.import_history(con)) > 0
    with acting_as(HSN_CONTROLLER):
        assert import_log.import_history(con).empty  # who loaded every nämnd's rows, and when
        with pytest.raises(AccessDenied):
            stored_access.audit_log(con)
    con.close()


def test_administrators_script_the_roles_list_on_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "users.duckdb"
    open_database(db).close()
    # a database without users: its operator is admin and gives the first roles
    done = _cli(db, "boss", "users", "set", "boss", "--role", "admin")
    assert done.returncode == 0, done.stderr
    done = _cli(db, "boss", "users", "set", "Hanna", "--role", "controller", "--committee",
                "Hälso- och sjukvårdsnämnden")  # fmt: skip
    assert done.returncode == 0, done.stderr
    listed = _cli(db, "boss", "users", "list")
    assert "hanna\tcontroller\tHälso- och sjukvårdsnämnden" in listed.stdout
    assert "boss\tadmin\thela regionen" in listed.stdout
    refused = _cli(db, "hanna", "users", "set", "hanna", "--role", "admin")
    assert refused.returncode == 4  # nobody gives themselves rights
    assert _cli(db, "hanna", "users", "list").returncode == 4
    assert _cli(db, "boss", "users", "remove", "HANNA").returncode == 0
    assert "hanna" not in _cli(db, "boss", "users", "list").stdout


@pytest.mark.parametrize(("sent", "refused"), [(None, True), ("fel", True), ("hemligt", False)])
def test_header_mode_can_require_the_proxys_shared_secret(
    app_factory, demo_copy: Path, monkeypatch, sent: str | None, refused: bool
) -> None:
    con = open_database(demo_copy)
    with acting_as(Actor("boss", "admin")):
        stored_access.set_user(con, "vera", "viewer", None)
    con.close()
    monkeypatch.setenv("BUDGET_AUTH_HEADER", "X-Forwarded-User")
    monkeypatch.setenv("BUDGET_AUTH_SECRET", "hemligt")
    headers = {"X-Forwarded-User": "vera"}
    if sent is not None:
        headers["X-Budget-Proxy-Secret"] = sent
    at = app_factory(demo_copy)
    monkeypatch.setattr("streamlit.context", type("C", (), {"headers": headers})())
    at.run()
    assert not at.exception
    assert any("kommer inte från inloggningsproxyn" in e.value for e in at.error) == refused
    assert bool(at.metric) != refused


def test_a_replica_runs_from_read_only_storage(
    app_factory, demo_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    import errno

    from ui import shell

    replica = tmp_path / "ro" / "budget.duckdb"
    with acting_as(Actor("boss", "admin")):
        from analytics.storage.locking import publish

        publish(demo_copy, replica, 0, "test")

    def read_only_storage(source, target) -> None:  # what os.link says on a read-only mount
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(shell.os, "link", read_only_storage)
    monkeypatch.setenv("BUDGET_READ_ONLY", "1")
    at = app_factory(replica).run()
    assert not at.exception
    assert at.title[0].value == "Översikt 2025, till och med december"
    assert not list(replica.parent.glob("*.open"))  # nothing written beside the replica


def test_an_environment_variable_alone_makes_nobody_someone_else(tmp_path: Path) -> None:
    db = tmp_path / "who.duckdb"
    con = open_database(db)
    with acting_as(Actor("boss", "admin")):
        stored_access.set_user(con, "boss", "admin", None)
    con.close()
    env = {**os.environ, "BUDGET_USER": "boss", "BUDGET_ADMINS": "", "BUDGET_SERVICE_USERS": ""}
    done = subprocess.run(
        [sys.executable, "-m", "analytics", "users", "list", "--db", str(db)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    # the OS account is not a service account: it acts as itself, which the list does not know
    assert done.returncode == 4 and f"{os_user()} har ingen behörighet" in done.stderr


def test_the_cli_report_of_a_limited_user_holds_their_committees_only(
    demo_copy: Path, tmp_path: Path
) -> None:
    from analytics.report.render import pdf_text

    hsn = "Hälso- och sjukvårdsnämnden"
    con = open_database(demo_copy)
    with acting_as(Actor("boss", "admin")):
        stored_access.set_user(con, "hanna", "controller", [hsn])
    con.close()
    out = tmp_path / "rapport.pdf"
    done = _cli(demo_copy, "hanna", "report", "--year", "2020", "--period", "8", "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = " ".join(pdf_text(out.read_bytes()).split())
    assert f"Rapporten omfattar bara dina nämnder: {hsn}" in text
    assert "Regionstyrelsen" not in text and "Patientnämnden" not in text
    refused = _cli(
        demo_copy, "nobody", "report", "--year", "2020", "--period", "8", "--out", str(out)
    )
    assert refused.returncode == 4 and "nobody" in refused.stderr
