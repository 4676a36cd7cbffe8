"""AppTest for every page: the overview and the import page, with the shared sidebar."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from analytics.followup import report as reports
from analytics.storage import open_database
from tests import files
from tests.conftest import ROOT, enter_forecast, open_page
from tests.conftest import shown as table_text

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def frame_with(at, column: str):
    """The first table on the page that has a column with this header."""
    for element in at.dataframe:
        if column in table_text(element).columns:
            return table_text(element)
    raise AssertionError(f"no table with column {column!r}")


def sidebar_keys(at) -> set[str]:
    return {w.key for w in at.sidebar.selectbox}


SIDEBAR = {"lang", "f_year", "f_period", "f_version", "f_level", "f_committee"}


@pytest.mark.both_modes
def test_overview_shows_the_year_and_agrees_with_the_summary(
    stored, app_factory, demo_copy: Path
) -> None:
    at = app_factory(demo_copy).run()
    assert not at.exception
    assert sidebar_keys(at) >= SIDEBAR
    assert at.title[0].value == "Översikt 2025, till och med december"
    at.sidebar.selectbox(key="f_year").set_value(2020).run()
    at.sidebar.selectbox(key="f_period").set_value(8).run()
    assert not at.exception
    shown = metrics(at)
    con = stored(demo_copy)
    summary = reports.summary(con, 2020, 8)
    con.close()
    total = summary["total"]
    assert shown["Utfall ackumulerat"] == f"{total['outcome_ytd_tkr'] / 1000:,.1f} mnkr".replace(
        ",", "\u202f"
    ).replace(".", ",")  # type: ignore[index]
    assert shown["Budgeterat helår"] == "99,9 mnkr"
    assert shown["Avvikelse mot budget"].startswith("+")
    charts = at.get("plotly_chart")
    assert len(charts) == 3
    paths = json.loads(charts[2].proto.spec)
    assert len(paths["data"]) == 6  # one line of accumulated deviation (%) per committee
    assert all(len(trace["x"]) == 8 for trace in paths["data"])
    assert paths["layout"]["yaxis"]["ticksuffix"] == " %"
    assert all(" %" in text and "mnkr" in text for text in paths["data"][0]["hovertext"])
    accumulated = json.loads(charts[0].proto.spec)
    outcome = accumulated["data"][1]
    assert len(outcome["x"]) == 8  # outcome drawn up to August only
    budget = accumulated["data"][0]
    assert len(budget["x"]) == 12
    assert accumulated["layout"]["separators"] == ",\u202f"
    table = table_text(at.dataframe[0])
    assert table.iloc[-1, 0] == "Summa Regionen"
    assert len(table) == 7  # six committees (incl. finansförvaltning) and the region


@pytest.mark.both_modes
def test_overview_per_committee_and_level(app_factory, demo_copy: Path) -> None:
    at = app_factory(demo_copy).run()
    at.sidebar.selectbox(key="f_committee").set_value("Regionstyrelsen").run()
    at.sidebar.selectbox(key="f_level").set_value("forvaltning").run()
    assert not at.exception
    table = table_text(at.dataframe[0])
    assert "Regionservice" in set(table.iloc[:, 0])
    assert table.iloc[-1, 0] == "Summa Regionstyrelsen"
    assert metrics(at)["Budgeterat helår"] == "\u22122\u202f181,8 mnkr"


@pytest.mark.both_modes
def test_every_page_has_the_shared_sidebar(app_factory, demo_copy: Path) -> None:
    at = app_factory(demo_copy).run()
    at.sidebar.selectbox(key="f_year").set_value(2021).run()
    open_page(at, "data_import")
    at.run()
    assert not at.exception
    assert at.title[0].value == "Importera data"
    assert sidebar_keys(at) >= SIDEBAR
    assert at.sidebar.selectbox(key="f_year").value == 2021  # the selection survives the switch
    open_page(at, "")  # the default page has no url path
    at.run()
    assert at.title[0].value.startswith("Översikt 2021")


def test_english_is_selectable(app_factory, demo_copy: Path) -> None:
    at = app_factory(demo_copy).run()
    at.sidebar.selectbox(key="lang").set_value("en").run()
    assert not at.exception
    assert at.title[0].value == "Overview 2025, up to and including December"
    assert "Deviation from budget" in metrics(at)


def test_switching_language_keeps_the_month_and_every_filter(app_factory, demo_copy: Path) -> None:
    at = app_factory(demo_copy).run()
    at.sidebar.selectbox(key="f_year").set_value(2020).run()
    at.sidebar.selectbox(key="f_period").set_value(8).run()
    at.sidebar.selectbox(key="lang").set_value("en").run()
    assert not at.exception
    assert at.title[0].value == "Overview 2020, up to and including August"
    assert at.sidebar.selectbox(key="f_period").value == 8


def test_a_shared_link_opens_its_view_and_the_address_follows_the_view(
    app_factory, demo_copy: Path
) -> None:
    hsn = "Hälso- och sjukvårdsnämnden"
    at = app_factory(demo_copy)
    at.query_params.update({"year": "2020", "period": "8", "committee": hsn})
    at.run()
    open_page(at, "deviations")
    at.run()
    assert not at.exception
    assert at.title[0].value == "Avvikelser 2020, till och med augusti"
    crumbs = [b.label for b in at.button if b.key and b.key.startswith("crumb_")]
    assert crumbs == ["Regionen", f"› {hsn}"]
    written = at.query_params
    assert written["year"] == "2020" and written["period"] == "8"
    assert written["drill"] == f"committee:{hsn}"
    # a link into the drill path opens there; a stale step of it is not followed
    at = app_factory(demo_copy).run()
    open_page(at, "deviations")
    at.query_params.clear()
    at.query_params.update(
        {"year": "2020", "period": "8", "drill": [f"committee:{hsn}", "nonsense:x"]}
    )
    at.run()
    assert at.session_state["drill_path"] == [("committee", hsn)]
    assert at.title[0].value == "Avvikelser 2020, till och med augusti"
    # a value that is no option here (a year without data) falls back to the default
    at = app_factory(demo_copy)
    at.query_params.update({"year": "1999", "period": "x"})
    at.run()
    assert not at.exception
    assert at.title[0].value.startswith("Översikt 2025")


def test_empty_database_without_demo_says_what_to_do(app_factory, tmp_path: Path) -> None:
    at = app_factory(tmp_path / "empty.duckdb").run()
    assert not at.exception
    assert "Databasen är tom" in at.info[0].value


@pytest.mark.both_modes
def test_first_start_fills_an_empty_database_with_the_demo(app_factory, tmp_path: Path) -> None:
    at = app_factory(tmp_path / "fresh.duckdb", demo=True)
    at.run(timeout=300)
    assert not at.exception
    assert at.title[0].value == "Översikt 2025, till och med december"
    assert metrics(at)["Budgeterat helår"] == "\u2212230,0 mnkr"
    assert (tmp_path / "demo_files" / "huvudbok_2025.csv").exists()


def upload(at, name: str, data: bytes, mime: str) -> None:
    at.file_uploader(key="import_file").set_value((name, data, mime)).run()


@pytest.mark.both_modes
def test_import_page_imports_a_file_and_updates_the_history(app_factory, tmp_path: Path) -> None:
    at = app_factory(tmp_path / "imp.duckdb").run()
    open_page(at, "data_import")
    at.run()
    path = files.xlsx(tmp_path / "huvudbok.xlsx", [["Huvudbok 2024"], [], *files.simple_ledger()])
    upload(at, "huvudbok.xlsx", path.read_bytes(), XLSX)
    assert not at.exception
    assert "Blad Huvudbok: Huvudboksexport, rubrikrad 3" in at.markdown[0].value
    at.button(key="import_button").click().run()
    assert not at.exception
    assert at.success[0].value == "Importen lyckades."
    totals = frame_with(at, "Summa (kr)")
    assert totals.iloc[:, 3].tolist() == ["\u2212300,00", "\u2212350,00"]
    assert totals.iloc[:, 1].tolist() == ["Budget", "Utfall"]
    history = frame_with(at, "Tid")
    assert history.iloc[0, 1] == "huvudbok.xlsx" and history.iloc[0, 3] == "OK"
    # the new year is offered in the sidebar on the next run
    assert (
        2024 in at.sidebar.selectbox(key="f_year").options
        or "2024" in at.sidebar.selectbox(key="f_year").options
    )


@pytest.mark.both_modes
def test_import_page_shows_the_validation_report_and_writes_nothing(
    stored, app_factory, tmp_path: Path
) -> None:
    at = app_factory(tmp_path / "bad.duckdb").run()
    open_page(at, "data_import")
    at.run()
    rows = [files.HEADER, ["2024-01", "0101", "RS", "4010", "tolv", "1"]]
    path = files.csv(tmp_path / "fel.csv", rows)
    upload(at, "fel.csv", path.read_bytes(), "text/csv")
    assert not at.exception
    # the check before the import finds it: the import cannot be started
    assert at.error[0].value.startswith("Filen kan inte importeras som den är")
    assert at.button(key="import_button").proto.disabled
    report = frame_with(at, "Problem")
    assert report.iloc[0].tolist()[:4] == ["fel.csv", "CSV", "2", "E (Budget)"]
    assert report.iloc[0, 4].startswith("Beloppet är inte ett tal")
    assert at.get("download_button")
    con = stored(tmp_path / "bad.duckdb")
    assert con.execute("SELECT count(*) FROM ledger_fact").fetchall() == [(0,)]
    con.close()


@pytest.mark.both_modes
def test_import_page_maps_unknown_columns_and_saves_a_profile(
    stored, app_factory, tmp_path: Path
) -> None:
    at = app_factory(tmp_path / "map.duckdb").run()
    open_page(at, "data_import")
    at.run()
    rows = [["Enhet", "Kontokod", "Mån", "Kronor", "Org"], ["0101", "4010", "2024-01", "10", "RS"]]
    path = files.csv(tmp_path / "konstig.csv", rows)
    upload(at, "konstig.csv", path.read_bytes(), "text/csv")
    assert at.toggle(key="manual_mapping").value is True
    for col, role in enumerate(["ansvar", "konto", "period", "utfall", "committee"]):
        at.selectbox(key=f"map_{col}").set_value(role)
    at.text_input(key="map_profile_name").input("Konstig export")
    at.run()
    at.button(key="import_button").click().run()
    assert not at.exception
    assert at.success[0].value == "Importen lyckades.", [e.value for e in at.error]
    con = stored(tmp_path / "map.duckdb")
    assert con.execute("SELECT name FROM mapping_profile").fetchall() == [("Konstig export",)]
    con.close()

    # the next file of that shape is recognised by the profile without any mapping by hand
    at.toggle(key="manual_mapping").set_value(False)
    rows = [["Enhet", "Kontokod", "Mån", "Kronor", "Org"], ["0101", "4010", "2024-02", "20", "RS"]]
    path = files.csv(tmp_path / "konstig2.csv", rows)
    upload(at, "konstig2.csv", path.read_bytes(), "text/csv")
    assert "mappningsprofilen Konstig export" in at.info[0].value
    assert "Blad CSV: Huvudboksexport, rubrikrad 1" in [m.value.strip("*") for m in at.markdown]
    at.button(key="import_button").click().run()
    assert at.success[0].value == "Importen lyckades."


@pytest.mark.parametrize("name", ["x.pdf"])
def test_wrong_file_types_are_not_offered(app_factory, tmp_path: Path, name: str) -> None:
    at = app_factory(tmp_path / "t.duckdb").run()
    open_page(at, "data_import")
    at.run()
    assert "pdf" not in at.file_uploader(key="import_file").proto.type


def test_overview_tiles_show_the_forecast_and_net_cost_growth(app_factory, demo_copy: Path) -> None:
    at = app_factory(demo_copy).run()
    at.sidebar.selectbox(key="f_year").set_value(2020).run()
    at.sidebar.selectbox(key="f_period").set_value(8).run()
    tiles = {m.label: m for m in at.metric}
    forecast = tiles["Helårsprognos efter augusti"]
    assert forecast.value == "190,0 mnkr"  # the public figure
    assert forecast.proto.delta == "+90,1 mnkr mot budget"
    assert tiles["Nettokostnadsutveckling"].value.endswith("%")
    assert any(link.proto.label == "Till avvikelserna" for link in at.get("page_link"))


@pytest.mark.both_modes
def test_deviations_page_drills_comments_and_exports(app_factory, demo_copy: Path) -> None:
    at = app_factory(demo_copy).run()
    open_page(at, "deviations")
    at.run()
    assert not at.exception
    assert at.title[0].value == "Avvikelser 2025, till och med december"
    assert sidebar_keys(at) >= SIDEBAR
    region = frame_with(at, "Flagga")
    assert "Hälso- och sjukvårdsnämnden" in set(region["Enhet"])
    assert "!" in set(region["Flagga"])  # something matters at 500 tkr and 2 %
    # one level down, as a click on the HSN bar does
    at.session_state["drill_path"] = [("committee", "Hälso- och sjukvårdsnämnden")]
    at.run()
    assert not at.exception
    crumbs = [b.label for b in at.button if b.key and b.key.startswith("crumb_")]
    assert crumbs == ["Regionen", "› Hälso- och sjukvårdsnämnden"]
    units = frame_with(at, "Flagga")["Enhet"].tolist()
    assert "Område Kirurgi" in units and units[-1] == "Summa Hälso- och sjukvårdsnämnden"
    assert len(frame_with(at, "Avvikelse (%)").index) >= 1
    # a comment on the chosen unit shows in the table and its history
    at.text_area(key="comment_explanation").input("Inhyrda läkare under sommaren")
    at.text_area(key="comment_action").input("Rekrytera två specialister")
    next(b for b in at.button if b.label == "Spara kommentar").click().run()
    assert not at.exception
    assert at.success[0].value == "Kommentaren sparades."
    table = frame_with(at, "Förklaring")
    chosen = at.selectbox(
        key=next(k.key for k in at.selectbox if k.key and k.key.startswith("trend_"))
    ).value
    assert table.set_index("Enhet").loc[chosen, "Förklaring"] == "Inhyrda läkare under sommaren"
    downloads = {d.proto.label for d in at.get("download_button")}
    assert {"Exportera till Excel", "Exportera till CSV"} <= downloads
    # back to the region through the breadcrumb
    next(b for b in at.button if b.key == "crumb_0").click().run()
    assert at.session_state["drill_path"] == []


def test_deviations_page_by_cost_type_with_an_even_profile(app_factory, demo_copy: Path) -> None:
    at = app_factory(demo_copy).run()
    open_page(at, "deviations")
    at.run()
    at.toggle(key="dev_by_account").set_value(True).run()
    at.selectbox(key="dev_profile").set_value("even").run()
    assert not at.exception
    units = set(frame_with(at, "Flagga")["Enhet"])
    assert {"Skatteintäkter", "Läkemedel", "Inhyrd personal"} <= units
    assert any("egna månadsrader" in c.value for c in at.caption)  # the demo budget has months


@pytest.mark.both_modes
def test_forecast_page_reproduces_august_2020_and_takes_a_forecast(
    stored, app_factory, demo_copy: Path
) -> None:
    at = app_factory(demo_copy).run()
    open_page(at, "forecast")
    at.sidebar.selectbox(key="f_year").set_value(2020).run()
    at.sidebar.selectbox(key="f_period").set_value(8).run()
    assert not at.exception
    assert at.title[0].value == "Helårsprognos 2020 efter augusti"
    # the public figure: 190 mnkr after August, 90 mnkr better than the revised budget (99,9)
    tile = next(m for m in at.metric if m.label == "Helårsprognos")
    assert tile.value == "190,0 mnkr"
    goal = next(
        table_text(d)
        for d in at.dataframe
        if list(table_text(d).columns) == ["Post", "Prognos, tkr"]
    )
    result = goal.set_index("Post")["Prognos, tkr"]
    assert result["Årets resultat"] == "190\u202f000"
    assert result["Avvikelse mot budget"] == "+90\u202f100"
    units = frame_with(at, "Vald prognos").set_index("Enhet")
    assert set(units.columns) >= {"Utfall + återstående budget", "Årstakt", "Säsong",
                                  "Controllernas prognos", "Rekommenderad metod"}  # fmt: skip
    # the page and summary --json agree
    con = stored(demo_copy)
    summary = reports.summary(con, 2020, 8)
    con.close()
    assert summary["total"]["forecast_year_tkr"] == 190_000.0  # type: ignore[index]
    for committee in summary["committees"]:  # type: ignore[union-attr]
        if committee["forecast_year_tkr"] is not None:
            shown = units.loc[committee["committee"], "Vald prognos"]
            assert shown == f"{committee['forecast_year_tkr']:,.0f}".replace(",", "\u202f").replace(
                "-", "−"
            )
    charts = at.get("plotly_chart")
    assert len(charts) >= 2  # the accumulated forecast and how it moved through a year

    # a wrong amount is refused with a message that names the field
    at.text_input(key="entry_amount").input("tre miljoner")
    at.text_area(key="entry_comment").input("")
    next(
        b for b in at.button if b.label == "Spara prognos" and "entry" in str(b.form_id)
    ).click().run()
    assert not at.exception
    errors = [e.value for e in at.error]
    assert any("inte ett belopp" in e for e in errors)
    assert any("Kommentar" in e for e in errors)
    # a proper one is saved, shown in the history and becomes the chosen forecast
    enter_forecast(at, "Patientnämnden", "−27 000,5", "Fler ärenden efter sommaren")
    assert not at.exception
    assert at.success[0].value == "Prognosen för Patientnämnden i augusti är sparad."
    history = frame_with(at, "Kommentar")
    assert history.iloc[0]["Kommentar"] == "Fler ärenden efter sommaren"
    assert history.iloc[0]["Prognos, tkr"] == "−27\u202f001"
    units = frame_with(at, "Vald prognos").set_index("Enhet")
    assert units.loc["Patientnämnden", "Controllernas prognos"] == "−27\u202f001"
    assert units.loc["Patientnämnden", "Vald prognos"] == "−27\u202f001"


@pytest.mark.both_modes
def test_a_tax_forecast_entered_on_the_page_moves_the_result(app_factory, demo_copy: Path) -> None:
    at = app_factory(demo_copy).run()
    open_page(at, "forecast")
    at.sidebar.selectbox(key="f_year").set_value(2020).run()
    at.sidebar.selectbox(key="f_period").set_value(8).run()

    def lines() -> dict[str, int]:
        statement = next(
            table_text(d)
            for d in at.dataframe
            if {"Post", "Budget helår (tkr)"} <= set(table_text(d).columns)
        )
        shown = statement.set_index("Post")["Prognos, tkr"]
        return {k: int(v.replace("\u202f", "").replace("−", "-").lstrip("+")) for k, v in shown.items()
                if v != "–"}  # fmt: skip

    before = lines()
    at.text_input(key="tax_tax").input("3 700 000")
    at.text_input(key="tax_grants").input("1 800 000")
    next(
        b for b in at.button if b.label == "Spara prognos" and "tax" in str(b.form_id)
    ).click().run()
    assert any("Källa" in e.value for e in at.error)  # the source is required
    at.text_input(key="tax_source").input("SKR cirkulär 20:32")
    next(
        b for b in at.button if b.label == "Spara prognos" and "tax" in str(b.form_id)
    ).click().run()
    assert not at.exception
    assert "Skatteprognosen för 2020 är sparad" in at.success[0].value
    at.session_state["forecast_source"] = "skr"
    at.run()
    after = lines()
    assert after["Skatteintäkter"] == 3_700_000
    assert after["Generella statsbidrag och utjämning"] == 1_800_000
    assert after["Årets resultat"] == (
        before["Verksamhetens nettokostnader"]
        + 3_700_000
        + 1_800_000
        + before["Finansiella intäkter"]
        + before["Finansiella kostnader"]
        + before["Extraordinära poster"]
    )
    assert after["Verksamhetens resultat"] == before["Verksamhetens nettokostnader"] + 5_500_000
    assert after["Årets resultat"] != before["Årets resultat"]


@pytest.mark.both_modes
def test_frames_page_shows_the_way_to_this_years_frames_and_takes_a_change(
    app_factory, demo_copy: Path
) -> None:
    at = app_factory(demo_copy).run()
    open_page(at, "frames")
    at.sidebar.selectbox(key="f_year").set_value(2020).run()
    assert not at.exception
    assert at.title[0].value == "Budgetramar 2020"
    shown = metrics(at)
    assert shown["Resultat om ramarna hålls"] == "99,9 mnkr"  # the revised budget's result
    charts = at.get("plotly_chart")
    waterfall = json.loads(charts[0].proto.spec)["data"][0]
    assert waterfall["type"] == "waterfall"
    assert "Tillskott" in waterfall["x"] and "Organisationsförändring" not in waterfall["x"]
    assert any(json.loads(c.proto.spec)["data"][0]["type"] == "sankey" for c in charts)
    reconciliation = frame_with(at, "Budgeterad nettokostnad")
    assert set(reconciliation["Skillnad"]) == {"0"}
    assert not at.error  # moves sum to zero in the demo

    # a move without a counterpart is refused; a proper change is saved and shown
    at.selectbox(key="change_type").set_value("reallocation")
    at.text_input(key="change_amount").input("10 000")
    at.text_input(key="change_text").input("Flytt av tolkservice")
    next(b for b in at.button if b.label == "Spara förändringen").click().run()
    assert any("Motpart" in e.value for e in at.error)
    at.selectbox(key="change_type").set_value("indexation")
    at.text_input(key="change_amount").input("10 000")
    at.text_input(key="change_text").input("Extra uppräkning")
    next(b for b in at.button if b.label == "Spara förändringen").click().run()
    assert not at.exception
    assert at.success[0].value == "Förändringen är sparad."
    changes = frame_with(at, "Typ")
    assert "Extra uppräkning" in set(changes["Text"])
    waterfall = json.loads(at.get("plotly_chart")[0].proto.spec)["data"][0]
    # the frame itself did not change, so the new 10 000 tkr shows as unexplained
    assert waterfall["x"][-2] == "Oförklarat" and waterfall["text"][-2] == "−10,0 mnkr"


@pytest.mark.both_modes
def test_savings_page_shows_the_gap_and_a_new_measure_closes_part_of_it(
    app_factory, demo_copy: Path
) -> None:
    at = app_factory(demo_copy).run()
    open_page(at, "savings")
    at.sidebar.selectbox(key="f_year").set_value(2020).run()
    at.sidebar.selectbox(key="f_period").set_value(8).run()
    assert not at.exception
    assert at.title[0].value == "Resultatförbättrande åtgärder 2020"
    before = metrics(at)
    assert before["Mål"] == "120,0 mnkr"  # the seed documents' requirement for 2020
    assert at.get("plotly_chart")
    assert "Å-2020-08" in set(frame_with(at, "Kvar att realisera (tkr)")["Kod"])  # at risk

    next(b for b in at.button if b.label == "Spara åtgärden").click().run()
    assert any("Titel" in e.value for e in at.error)  # nothing saved without a title
    at.text_input(key="measure_title").input("Samordnade transporter")
    at.selectbox(key="measure_committee").set_value("Regionala utvecklingsnämnden")
    at.text_input(key="measure_amount").input("5 000")
    at.selectbox(key="measure_status").set_value("decided")
    next(b for b in at.button if b.label == "Spara åtgärden").click().run()
    assert not at.exception
    assert at.success[0].value == "Åtgärden Å-2020-10 är sparad."
    after = metrics(at)

    def mnkr_value(text: str) -> float:
        return float(text.replace("mnkr", "").replace("\u202f", "").replace(",", ".")
                     .replace("+", "").replace("−", "-"))  # fmt: skip

    assert mnkr_value(after["Planerat"]) == pytest.approx(mnkr_value(before["Planerat"]) + 5.0)
    assert mnkr_value(after["Gap mot målet"]) == pytest.approx(
        mnkr_value(before["Gap mot målet"]) - 5.0
    )
    all_measures = [
        table_text(d) for d in at.dataframe if "Kvar att realisera (tkr)" in table_text(d).columns
    ][-1]
    assert "Samordnade transporter" in set(all_measures["Titel"])


@pytest.mark.both_modes
def test_a_frame_and_a_target_set_in_forms(app_factory, demo_copy: Path) -> None:
    at = app_factory(demo_copy).run()
    open_page(at, "frames")
    at.run()
    assert at.title[0].value == "Budgetramar 2025"
    at.selectbox(key="frame_committee").set_value("Regionstyrelsen")
    at.selectbox(key="frame_version").set_value("revised")
    at.text_input(key="frame_amount").input("−5")
    next(b for b in at.button if b.label == "Spara ramen").click().run()
    assert any("inte ett belopp" in e.value for e in at.error)
    at.text_input(key="frame_amount").input("2 200 000")
    at.text_input(key="frame_decision_ref").input("RF 2025-06-17 §80")
    next(b for b in at.button if b.label == "Spara ramen").click().run()
    assert not at.exception
    assert at.success[0].value == "Ramen för Regionstyrelsen är sparad."
    reconciliation = frame_with(at, "Budgeterad nettokostnad").set_index("Nämnd")
    assert (
        reconciliation.loc["Regionstyrelsen", "Skillnad"] == "+18\u202f240"
    )  # 2 200 000 − 2 181 760
    revised = frame_with(at, "Reviderad ram").set_index("Nämnd")
    assert revised.loc["Regionstyrelsen", "Reviderad ram"] == "2\u202f200\u202f000"

    open_page(at, "savings")
    at.run()
    at.text_input(key="target_amount").input("40 000")
    next(b for b in at.button if b.label == "Spara målet").click().run()
    assert not at.exception
    assert metrics(at)["Mål"] == "40,0 mnkr"  # the region's own target replaces RS's 30 mnkr


@pytest.mark.both_modes
def test_goals_page_shows_the_tree_and_an_indicator_against_other_regions(
    app_factory, demo_copy: Path
) -> None:
    at = app_factory(demo_copy).run()
    assert metrics(at)["Mål och nyckeltal"] == "12 gröna, 8 gula, 13 röda"  # on the overview
    open_page(at, "goals")
    at.run()
    assert not at.exception
    assert at.title[0].value == "Mål och nyckeltal"
    tree = frame_with(at, "Indikator")
    assert len(tree) == 33 and "Röd" in set(tree["Status"])
    at.selectbox(key="goals_indicator").set_value(4).run()  # Andel ekologiska livsmedel
    chart = json.loads(at.get("plotly_chart")[0].proto.spec)
    names = {trace.get("name") for trace in chart["data"]}
    assert {"Riket", "Alla regioner (ovägt medel)", "Utfall", "Väg till målet"} <= names
    # a stricter yellow zone turns yellow indicators red
    assert at.text_input(key="goals_tolerance").value == "10,0"  # typed and shown the Swedish way
    at.text_input(key="goals_tolerance").input("1,0").run()
    assert frame_with(at, "Indikator")["Status"].tolist().count("Gul") < 8
    at.text_input(key="goals_tolerance").input("150").run()  # more than the whole way
    assert any("”150” är mer än 100,0; 10,0 används så länge" in e.value for e in at.error)
    assert frame_with(at, "Indikator")["Status"].tolist().count("Gul") == 8


def test_uploads_load_a_file_or_name_its_problems(app_factory, demo_copy: Path, tmp_path) -> None:
    at = app_factory(demo_copy).run()
    open_page(at, "goals")
    at.run()
    bad = files.csv(
        tmp_path / "kolada.csv", [["Kpi", "Region", "2024"], ["N00090: X", "Riket", "x"]]
    )
    at.file_uploader(key="kolada_upload").set_value(
        ("kolada.csv", bad.read_bytes(), "text/csv")
    ).run()
    at.button(key="kolada_upload_load").click().run()
    assert any("”x” är inte ett tal" in e.value for e in at.error)
    good = files.csv(
        tmp_path / "k2.csv", [["Kpi", "Region", "2024"], ["N00090: X", "Riket", "6,1"]]
    )
    at.file_uploader(key="kolada_upload").set_value(("k2.csv", good.read_bytes(), "text/csv")).run()
    at.button(key="kolada_upload_load").click().run()
    assert not at.exception
    assert at.success[0].value == "k2.csv: N00090 inlästa."


def test_a_goal_sheet_with_other_column_names_is_mapped_on_the_page(
    app_factory, demo_copy: Path, tmp_path
) -> None:
    rows = [
        ["Fokusområde", "Ambition", "Indikatorns namn", "Riktning", "Basår", "Startvärde",
         "Målår", "Målnivå", "2024"],
        ["Miljö", "Mindre utsläpp", "CO2", "Lägre", "2019", "1000", "2030", "-42 %", "900"],
    ]  # fmt: skip
    sheet = files.xlsx(tmp_path / "mal.xlsx", rows)
    at = app_factory(demo_copy).run()
    open_page(at, "goals")
    at.run()
    at.file_uploader(key="goals_upload").set_value(("mal.xlsx", sheet.read_bytes(), XLSX)).run()
    at.button(key="goals_upload_load").click().run()
    assert any("mappning" in e.value for e in at.error)  # not recognised: nothing loaded
    at.toggle(key="goals_map").set_value(True).run()
    roles = {s.label: s for s in at.selectbox if s.key and s.key.startswith("goals_role_")}
    assert roles["Riktning"].value == "direction"  # what is recognised comes pre-filled
    for header, role in (("Fokusområde", "area"), ("Ambition", "goal"),
                         ("Indikatorns namn", "indicator"), ("Startvärde", "base_value"),
                         ("Målnivå", "target_value")):  # fmt: skip
        roles[header].set_value(role)
    at.text_input(key="goals_profile_name").input("Stratsys 2024")
    at.button(key="goals_import_mapped").click().run()
    assert not at.exception
    assert at.success[0].value == "mal.xlsx: 1 indikator inläst."
    assert "Stratsys 2024" in at.selectbox(key="goals_profile").options


def _scenarios_on_the_2020_budget(at):
    """Scenarier for 2020 on the budget decided in October 2019 (result −79,2 mnkr)."""
    at.run()
    open_page(at, "scenarios")
    at.sidebar.selectbox(key="f_year").set_value(2020).run()
    at.sidebar.selectbox(key="f_version").set_value("Budget 2020, RF 2019-10-16 §109").run()
    return at


@pytest.mark.both_modes
def test_scenarios_page_recomputes_when_a_driver_changes_and_saves(
    app_factory, demo_copy: Path
) -> None:
    at = _scenarios_on_the_2020_budget(app_factory(demo_copy))
    assert not at.exception
    assert at.title[0].value == "Scenarier 2020–2022"
    assert metrics(at)["Årets resultat 2020"] == "−79,2 mnkr"
    # the demo's revision, saved as a scenario, turns −79,2 into +99,9
    assert (
        "Revidering 2020 (nya skatte- och pensionsprognoser)"
        in at.selectbox(key="scenario_id").options
    )
    at.selectbox(key="scenario_id").set_value(1).run()  # the first saved: the revision
    assert metrics(at)["Årets resultat 2020"] == "99,9 mnkr"
    results = frame_with(at, "2020 ±").set_index("Post")
    assert results.loc["Skatteintäkter", "2020"] == "3\u202f650,0 mnkr"
    charts_ = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    assert charts_[1]["data"][0]["orientation"] == "h"  # the tornado
    # the two demo scenarios side by side, each on its own budget version
    at.multiselect(key="scenario_compare").set_value([1, 2]).run()
    compared = frame_with(at, "Scenario").set_index(["Scenario", "Mått"])
    revision = "Revidering 2020 (nya skatte- och pensionsprognoser)"
    assert compared.loc[(revision, "Årets resultat"), "2020"] == "99,9 mnkr"
    assert compared.loc[(revision, "Att återställa"), "2020"] == "71,1 mnkr"  # of 2019's −171
    assert len(compared) == 8  # two scenarios × result, balance, to restore, goal met


def _big_ledger(hsn_outcome: str) -> list[list[str]]:
    return [
        ["Period", "Ansvar", "Nämnd", "Konto", "Budget", "Utfall"],
        ["2024-01", "0101", "RS", "4010", "5 000 000", "5 000 000"],
        ["2024-02", "0202", "HSN", "4010", "7 000 000", hsn_outcome],
    ]


def test_caches_follow_imports_and_never_cross_sessions(app_factory, tmp_path: Path) -> None:
    """Two sessions in one server share the cache but not each other's filters, and an import
    is visible on the next interaction of a session that was already open."""
    from analytics.imports.importer import import_file

    db = tmp_path / "cache.duckdb"
    con = open_database(db)
    assert import_file(con, files.csv(tmp_path / "a.csv", _big_ledger("7 000 000"))).ok
    con.close()
    region = app_factory(db).run()
    hsn = app_factory(db).run()
    hsn.sidebar.selectbox(key="f_committee").set_value("HSN").run()
    region.run()
    assert metrics(region)["Utfall ackumulerat"] == "\u221212,0 mnkr"
    assert metrics(hsn)["Utfall ackumulerat"] == "\u22127,0 mnkr"

    # the nightly load: the command line, while this server process holds the database open
    night = files.csv(tmp_path / "b.csv", _big_ledger("9 000 000"))
    done = subprocess.run(
        [sys.executable, "-m", "analytics", "import", str(night), "--db", str(db)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    region.run()
    hsn.run()
    assert metrics(region)["Utfall ackumulerat"] == "\u221214,0 mnkr"
    assert metrics(hsn)["Utfall ackumulerat"] == "\u22129,0 mnkr"


def test_import_page_checks_before_it_writes_and_each_upload_starts_clean(
    app_factory, tmp_path: Path
) -> None:
    db = tmp_path / "check.duckdb"
    at = app_factory(db).run()
    open_page(at, "data_import")
    at.run()
    rows = [files.HEADER] + [
        ["2024-03", a, c, "4010", "100", "90"] for a, c in (("0101", "RS"), ("0202", "HSN"))
    ]
    first = files.csv(tmp_path / "mars.csv", [*rows, ["Summa", None, None, None, "200", "180"]])
    upload(at, "mars.csv", first.read_bytes(), "text/csv")
    assert not at.exception
    # before anything is written: the reconciliation and the skipped row
    check = frame_with(at, "Filens summa (kr)")
    assert check["Går ihop"].tolist() == ["✓", "✓"]
    assert frame_with(at, "Varför").iloc[0, 1] == "4"  # the row, as shown
    con = open_database(db)
    assert con.execute("SELECT count(*) FROM ledger_fact").fetchall() == [(0,)]
    con.close()
    at.button(key="import_button").click().run()
    assert at.success[0].value == "Importen lyckades."

    # a one-ansvar correction replacing whole periods: the removal is shown and must be confirmed
    at.radio(key="opt_replace").set_value("period").run()
    second = files.csv(
        tmp_path / "rs.csv", [files.HEADER, ["2024-03", "0101", "RS", "4010", "100", "95"]]
    )
    upload(at, "rs.csv", second.read_bytes(), "text/csv")
    assert not at.exception
    assert not at.success  # the previous file's result is gone with it
    plan = frame_with(at, "Borttagna rader")
    removed = {
        (c, m): n
        for c, m, n in zip(plan["Nämnd"], plan["Belopp"], plan["Borttagna rader"], strict=True)
    }
    assert removed == {("HSN", "Budget"): "1", ("HSN", "Utfall"): "1", ("RS", "Budget"): "0",
                       ("RS", "Utfall"): "0"}  # fmt: skip
    assert any("tar bort 2 rader" in w.value for w in at.warning)
    assert at.button(key="import_button").proto.disabled
    at.checkbox(key="confirm_removals").check().run()
    assert not at.button(key="import_button").proto.disabled
    at.button(key="import_button").click().run()
    assert at.success[0].value == "Importen lyckades."
    con = open_database(db)
    assert con.execute("SELECT count(*) FROM ledger_fact WHERE ansvar = '0202'").fetchall() == [
        (0,)
    ]
    con.close()


def test_goals_page_maps_a_kolada_export_whose_header_cells_are_blank(
    app_factory, demo_copy: Path, tmp_path: Path
) -> None:
    rows = [[None, None, "2023", "2024"], ["Antal vårddagar", "Region Jämtland Härjedalen", "5", "6"],
            ["Antal vårddagar", "Riket", "4", "4,5"]]  # fmt: skip
    sheet = files.xlsx(tmp_path / "kolada.xlsx", rows)
    at = app_factory(demo_copy).run()
    open_page(at, "goals")
    at.run()
    at.file_uploader(key="kolada_upload").set_value(("kolada.xlsx", sheet.read_bytes(), XLSX)).run()
    at.button(key="kolada_upload_load").click().run()
    assert any("--mapping" in e.value for e in at.error)  # neither header nor KPI codes
    at.toggle(key="kolada_map").set_value(True).run()
    roles = {s.label: s for s in at.selectbox if s.key and s.key.startswith("kolada_role_")}
    assert set(roles) == {"A: (tom rubrik)", "B: (tom rubrik)"}
    roles["A: (tom rubrik)"].set_value("kpi")
    roles["B: (tom rubrik)"].set_value("organisation")
    at.button(key="kolada_import_mapped").click().run()
    assert not at.exception
    assert "namn:antal-varddagar" in at.success[0].value


def test_a_forecast_entered_in_the_core_is_the_same_on_every_page_and_in_summary(
    app_factory, demo_copy: Path
) -> None:
    from decimal import Decimal

    from analytics.storage import forecasts

    hsn = "Hälso- och sjukvårdsnämnden"
    con = open_database(demo_copy)
    before = reports.summary(con, 2020, 8)
    forecasts.add_forecast_entry(con, year=2020, period=8, committee=hsn,
                                 amount_kr=Decimal("-3150000000"), comment="test", author="test")  # fmt: skip
    summary = reports.summary(con, 2020, 8)
    con.close()

    def tkr(report, committee=None) -> Decimal:
        row = report["total"] if committee is None else next(
            r for r in report["committees"] if r["committee"] == committee)  # fmt: skip
        return Decimal(str(row["forecast_year_tkr"]))

    # HSN's chosen forecast was −3 198 313,532 tkr: the region's 190 000 tkr gains the difference
    assert tkr(before) == 190_000 and tkr(before, hsn) == Decimal("-3198313.532")
    assert tkr(summary) == 190_000 + (-3_150_000 - tkr(before, hsn)) == Decimal("238313.532")
    at = app_factory(demo_copy).run()
    at.sidebar.selectbox(key="f_year").set_value(2020).run()
    at.sidebar.selectbox(key="f_period").set_value(8).run()
    overview = {m.label: m for m in at.metric}["Helårsprognos efter augusti"]
    open_page(at, "forecast")
    at.run()
    prognos = {m.label: m for m in at.metric}["Helårsprognos"]
    assert overview.value == prognos.value == "238,3 mnkr"
    assert overview.proto.delta == prognos.proto.delta == "+138,4 mnkr mot budget"
    open_page(at, "scenarios")
    at.run()
    assert any("Helårsprognos 2020 efter augusti (sidan Prognos): 238,3 mnkr" in c.value
               for c in at.caption)  # fmt: skip


def test_a_closed_year_shows_its_outcome_not_a_forecast(app_factory, demo_copy: Path) -> None:
    at = app_factory(demo_copy).run()
    at.sidebar.selectbox(key="f_year").set_value(2023).run()
    at.sidebar.selectbox(key="f_period").set_value(12).run()
    tiles = {m.label: m.value for m in at.metric}
    assert tiles["Årets resultat (utfall)"] == "−512,0 mnkr"
    assert not any(label.startswith("Helårsprognos") for label in tiles)  # not side by side
    open_page(at, "forecast")
    at.run()
    assert not at.exception
    assert {m.label: m.value for m in at.metric}["Utfall helår"] == "−512,0 mnkr"
    statement = next(
        table_text(d) for d in at.dataframe if "Utfall helår, tkr" in table_text(d).columns
    )
    result = statement.set_index("Post").loc["Årets resultat"]
    assert result["Utfall helår, tkr"] == "−512\u202f000"
    # the negative budget is flagged
    assert any("negativt resultat (−150\u202f000 tkr)" in e.value for e in at.error)


@pytest.mark.both_modes
def test_a_decision_of_synnerliga_skal_is_entered_on_prognos_and_lifts_the_flag(
    app_factory, demo_copy: Path
) -> None:
    at = app_factory(demo_copy).run()
    open_page(at, "forecast")
    at.sidebar.selectbox(key="f_year").set_value(2025).run()
    at.sidebar.selectbox(key="f_period").set_value(6).run()
    assert any("negativt resultat (−230\u202f000 tkr): det bryter" in e.value for e in at.error)
    deficits = next(
        table_text(d) for d in at.dataframe if "Underskottets år" in table_text(d).columns
    )
    assert deficits.set_index("Underskottets år").loc["2023", "Återställs senast"] == "2026"
    save = next(b for b in at.button if b.label == "Spara prognos" and "balance" in str(b.form_id))
    at.selectbox(key="decision_kind").set_value("budget_special_reasons")
    save.click().run()
    assert any("Ange beslutet" in e.value for e in at.error)  # nothing saved without it
    at.text_input(key="decision_reference").input("RF 2024-06-19 §95")
    next(
        b for b in at.button if b.label == "Spara prognos" and "balance" in str(b.form_id)
    ).click().run()
    assert not at.exception
    assert not any("det bryter" in e.value for e in at.error)
    assert any("synnerliga skäl: RF 2024-06-19 §95" in i.value for i in at.info)
    history = next(
        table_text(d) for d in at.dataframe if "Beslut (referens)" in table_text(d).columns
    )
    assert history.iloc[0]["Beslut (referens)"] == "RF 2024-06-19 §95"


def test_a_saved_scenario_is_the_one_the_selector_names_and_new_starts_from_the_budget(
    app_factory, demo_copy: Path
) -> None:
    at = app_factory(demo_copy).run()
    open_page(at, "scenarios")
    at.run()
    at.text_input(key="scenario_name_0").input("Mitt scenario")
    next(b for b in at.button if b.label == "Spara scenariot").click().run()
    assert not at.exception
    selector = at.selectbox(key="scenario_id")
    assert selector.format_func(selector.value) == "Mitt scenario"  # not "(nytt scenario …)"
    assert at.text_input(key=f"scenario_name_{selector.value}").value == "Mitt scenario"
    # the revision's drivers, then "new" again: the budget's own figures, nothing inherited
    selector.set_value(1).run()
    assert metrics(at)["Årets resultat 2020"] == "99,9 mnkr"
    at.selectbox(key="scenario_id").set_value(0).run()
    assert at.text_input(key="scenario_name_0").value == ""
    assert all("mot budget" in m.delta and m.delta.startswith("0,0") for m in at.metric)
    # the change table speaks Swedish and says how each driver applies
    drivers = next(table_text(d) for d in at.dataframe if "Gäller" in table_text(d).columns)
    assert drivers["Gäller"].iloc[1] == "från året och framåt; åren läggs ihop"  # the tax rate
    frames = frame_with(at, "Nämnd").set_index("Nämnd")
    assert (frames.filter(like="±") == "–").all().all()  # a new scenario moves no frame


@pytest.mark.both_modes
def test_a_scenario_is_never_saved_over_another_users_and_delete_asks_first(
    app_factory, demo_copy: Path
) -> None:
    at = app_factory(demo_copy).run()
    open_page(at, "scenarios")
    at.run()
    demo_name = "Revidering 2020 (nya skatte- och pensionsprognoser)"  # saved by "demo"
    at.text_input(key="scenario_name_0").input(demo_name)
    at.text_input(key="scenario_notes_0").input("Mitt eget")
    next(b for b in at.button if b.label == "Spara scenariot").click().run()
    assert not at.exception
    assert any("har redan ett scenario (demo)" in e.value for e in at.error)
    assert at.text_input(key="scenario_notes_0").value == "Mitt eget"  # nothing typed is lost
    # deleting takes a second, confirming click
    at.selectbox(key="scenario_id").set_value(2).run()
    assert any("Det går inte att ångra" in m.value for m in at.markdown)
    at.button(key="scenario_delete").click().run()
    assert not at.exception
    assert 2 not in at.selectbox(key="scenario_id").options


def test_a_comment_refused_while_the_database_is_busy_keeps_its_text(
    app_factory, demo_copy: Path, monkeypatch
) -> None:
    from analytics.storage.locking import writer_lock
    from ui import shell

    monkeypatch.setattr(shell, "WRITE_WAIT_S", 0.2)
    at = app_factory(demo_copy).run()
    open_page(at, "deviations")
    at.run()
    at.text_area(key="comment_explanation").input("Inhyrda läkare under sommaren")
    at.text_area(key="comment_action").input("Rekrytera två specialister")
    with writer_lock(demo_copy, 0.0, "nattlig import"):  # another write holds the database
        next(b for b in at.button if b.label == "Spara kommentar").click().run()
    assert not at.exception
    assert any("nattlig import" in e.value for e in at.error)
    assert at.text_area(key="comment_explanation").value == "Inhyrda läkare under sommaren"
    assert at.text_area(key="comment_action").value == "Rekrytera två specialister"
    # once the database is free the same text saves, and the form is emptied for the next one
    next(b for b in at.button if b.label == "Spara kommentar").click().run()
    assert at.success[0].value == "Kommentaren sparades."
    assert at.text_area(key="comment_explanation").value == ""


def test_a_full_disk_when_saving_a_comment_is_said_in_words_and_keeps_the_text(
    app_factory, demo_copy: Path, monkeypatch
) -> None:
    import duckdb

    from analytics.storage import comments

    def full_disk(*args, **kwargs):
        raise duckdb.IOException("IO Error: Could not write file: No space left on device")

    at = app_factory(demo_copy).run()
    open_page(at, "deviations")
    at.run()
    monkeypatch.setattr(comments, "add_comment", full_disk)
    at.text_area(key="comment_explanation").input("Inhyrda läkare")
    next(b for b in at.button if b.label == "Spara kommentar").click().run()
    assert not at.exception  # no traceback reaches the page
    message = next(e.value for e in at.error if "Disken är full" in e.value)
    assert "demo.duckdb" in message and ".open" not in message  # the database, not an alias
    assert at.text_area(key="comment_explanation").value == "Inhyrda läkare"


def test_the_percent_threshold_is_typed_and_shown_the_swedish_way(
    app_factory, demo_copy: Path
) -> None:
    at = app_factory(demo_copy).run()
    open_page(at, "deviations")
    at.run()
    assert at.text_input(key="dev_pct").value == "2,0"  # a decimal comma, not "2.00"
    at.text_input(key="dev_pct").input("1,5").run()
    assert any("1,5 %" in c.value for c in at.caption)
    at.text_input(key="dev_pct").input("abc").run()
    assert not at.exception
    assert any("”abc” är inget tal" in e.value and "2,0 används" in e.value for e in at.error)
    assert at.text_input(key="dev_pct").value == "abc"  # what was typed stays


def test_the_change_table_takes_swedish_kinds_shows_the_frames_and_names_a_bad_row(
    app_factory, demo_copy: Path
) -> None:
    at = _scenarios_on_the_2020_budget(app_factory(demo_copy))
    before = metrics(at)["Årets resultat 2020"]
    # the motion's move: 45 mnkr from HSN to RS in 2020, and a row whose kind is not one of ours
    at.session_state["changes_0"] = {
        "edited_rows": {},
        "added_rows": [
            {"kind": "Omfördelning", "who": "Hälso- och sjukvårdsnämnden",
             "to": "Regionstyrelsen", "year": 2020, "amount": 45},
            {"kind": "frame_cut", "who": "Regionstyrelsen", "year": 2020, "amount": 5},
        ],
        "deleted_rows": [],
    }  # fmt: skip
    at.run()
    assert not at.exception
    assert at.data_editor(key="changes_0").editing_mode == "dynamic"
    config = json.loads(at.data_editor(key="changes_0").proto.columns)
    assert config["kind"]["type_config"]["options"] == [
        "Ramförändring",
        "Omfördelning",
        "Kostnadsslag %",
    ]
    assert any(
        "Rad 2" in w.value and "frame_cut" in w.value and "Ramförändring" in w.value
        for w in at.warning
    ), [w.value for w in at.warning]
    assert metrics(at)["Årets resultat 2020"] == before  # a reallocation moves no result
    frames = frame_with(at, "Nämnd").set_index("Nämnd")  # net cost per nämnd, before/after
    assert frames.loc["Hälso- och sjukvårdsnämnden", "2020 ±"] == "−45,0 mnkr"  # net cost
    assert frames.loc["Regionstyrelsen", "2020 ±"] == "+45,0 mnkr"
    assert frames.loc["Summa nämnder", "2020 ±"] == "–"
