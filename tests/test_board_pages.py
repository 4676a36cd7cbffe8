"""The Rapport and Analystexter pages in AppTest: a controller writes and submits, an approver
approves (and the texts lock), the follow-up lists every nämnd, the report builds and offers
its downloads."""

from __future__ import annotations

from pathlib import Path

import pytest

from analytics.access import Actor
from analytics.storage import report_texts
from tests.conftest import open_page
from tests.conftest import shown as table_text

HSN = "Hälso- och sjukvårdsnämnden"


def _as(monkeypatch, actor: Actor) -> None:
    from ui import identity

    monkeypatch.setattr(identity, "identify", lambda con, lang: actor)


def _texts_page(app_factory, db: Path, monkeypatch, actor: Actor):
    _as(monkeypatch, actor)
    at = app_factory(db).run()
    at.sidebar.selectbox(key="f_year").set_value(2020).run()
    at.sidebar.selectbox(key="f_period").set_value(8).run()
    open_page(at, "report_texts")
    at.run()
    assert not at.exception, at.exception
    return at


@pytest.mark.both_modes
def test_a_controller_writes_and_submits_and_an_approver_approves(
    stored, app_factory, demo_copy: Path, monkeypatch
) -> None:
    at = _texts_page(
        app_factory, demo_copy, monkeypatch, Actor("hanna", "controller", frozenset({HSN}))
    )
    assert at.selectbox(key="texts_committee").options == [HSN]  # no region, no other nämnd
    at.text_area(key=f"text_2020_8_{HSN}_summary").input("Hyrpersonal driver underskottet.")
    next(b for b in at.button if b.label == "Spara texterna").click().run()
    assert not at.exception
    assert "1 avsnitt sparade." in [s.value for s in at.success]
    next(b for b in at.button if b.label == "Klar för granskning").click().run()
    assert "Status: klar för granskning." in [s.value for s in at.success]
    assert not [b for b in at.button if b.label == "Godkänn"]  # a controller may not approve

    at = _texts_page(
        app_factory, demo_copy, monkeypatch, Actor("ulla", "approver", frozenset({HSN}))
    )
    next(b for b in at.button if b.label == "Godkänn").click().run()
    assert "Status: godkänd." in [s.value for s in at.success]
    assert at.text_area(key=f"text_2020_8_{HSN}_summary").disabled
    assert "Texterna är godkända och låsta." in [i.value for i in at.info]
    con = stored(demo_copy, read_only=True)
    assert report_texts.status_of(con, 2020, 8, HSN) == "approved"


def _follow_up(at) -> object:
    """The follow-up tab's table: the one with a deadline column."""
    return next(table_text(d) for d in at.dataframe if "Sista dag" in list(table_text(d).columns))


@pytest.mark.both_modes
def test_the_follow_up_lists_every_nämnd_against_the_deadline(
    app_factory, demo_copy: Path, monkeypatch
) -> None:
    at = _texts_page(app_factory, demo_copy, monkeypatch, Actor("admin", "admin"))
    follow = _follow_up(at)
    assert follow["Nämnd"].iloc[0] == "Hela regionen"
    assert HSN in list(follow["Nämnd"]) and set(follow["Status"]) == {"saknas"}
    assert set(follow["Sista dag"]) == {"2020-09-10"}  # day 10 of the month after
    assert set(follow["Läge"]) == {"försenad"}
    year = next(table_text(d) for d in at.dataframe if "aug" in list(table_text(d).columns))
    assert list(year.columns) == [
        "Nämnd",
        *["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug"],
    ]
    assert set(year["aug"]) == {"– (!)"}  # nothing written, long past the deadline
    at.date_input[0].set_value("2030-01-15")
    next(b for b in at.button if b.label == "Spara sista dag").click().run()
    follow = _follow_up(at)
    assert set(follow["Sista dag"]) == {"2030-01-15"} and set(follow["Läge"]) == {"i tid"}


def test_the_report_page_builds_the_report_and_offers_pdf_and_word(
    app_factory, demo_copy: Path, monkeypatch
) -> None:
    _as(monkeypatch, Actor("admin", "admin"))
    at = app_factory(demo_copy).run()
    at.sidebar.selectbox(key="f_year").set_value(2020).run()
    at.sidebar.selectbox(key="f_period").set_value(8).run()
    open_page(at, "report")
    at.run()
    assert at.button_group[0].value == "interim"  # August: the delårsrapport
    next(b for b in at.button if b.label == "Skapa rapporten").click().run(timeout=180)
    assert not at.exception, at.exception
    assert any(s.value.startswith("Rapporten är klar:") for s in at.success)
    labels = [d.proto.label for d in at.get("download_button")]
    assert labels == ["Ladda ner PDF", "Ladda ner Word"]
    assert len(at.get("image")) >= 10  # the preview: the PDF's pages
