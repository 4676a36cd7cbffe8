"""The board report: its figures are the pages' figures (read back out of the PDF and the .docx),
the analysis texts' sign-off and its permissions, locking, UTKAST marking, a limited user's
report, missing data said in words, and one page's rendering against a golden picture."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from docx import Document as read_docx

from analytics.access import AccessDenied, Actor, acting_as
from analytics.common.formatting import tkr_cell
from analytics.followup.report import follow_up
from analytics.report import render
from analytics.report.build import build_report
from analytics.report.model import AnalysisText, Paragraph, Table
from analytics.report.signoff import SignOffRefused
from analytics.report.sources import ReportChoice
from analytics.storage import open_database, report_texts
from analytics.storage.access import audit_log, limit_to_committees
from tests.conftest import ROOT

HSN = "Hälso- och sjukvårdsnämnden"
HSN_CONTROLLER = Actor("hanna", "controller", frozenset({HSN}))
HSN_APPROVER = Actor("ulla", "approver", frozenset({HSN}))
CONTROLLER = Actor("carl", "controller")
GOLDEN = ROOT / "tests" / "golden" / "report_month_2020_08_page3.png"
AUGUST = {"year": 2020, "period": 8}


def _plain(text: str) -> str:
    """Text with every kind of space as one plain space (PDF and Word keep their own)."""
    return re.sub(r"[\s\u00a0\u202f\u2009]+", " ", text)


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BUDGET_DB": str(db)}
    return subprocess.run(
        [sys.executable, "-m", "analytics", *args, "--db", str(db)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


def _docx_text(content: bytes) -> str:
    doc = read_docx(io.BytesIO(content))
    cells = [c.text for table in doc.tables for row in table.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


@pytest.fixture(scope="module")
def interim(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The demo's delårsrapport for August 2020 through the CLI, as PDF and Word, as text."""
    folder = tmp_path_factory.mktemp("report")
    texts = {}
    for fmt in ("pdf", "docx"):
        out = folder / f"delar.{fmt}"
        done = _cli(demo_db, "report", "--year", "2020", "--period", "8", "--kind", "interim",
                    "--format", fmt, "--out", str(out))  # fmt: skip
        assert done.returncode == 0, done.stderr[-2000:]
        content = out.read_bytes()
        texts[fmt] = _plain(render.pdf_text(content) if fmt == "pdf" else _docx_text(content))
    return texts


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_delarsrapport_holds_the_figures_of_summary_and_result(
    interim: dict[str, str], demo_db: Path, fmt: str
) -> None:
    text = interim[fmt]
    assert "190,0 mnkr" in text and "+90,1 mnkr" in text  # the forecast and against budget
    result = json.loads(_cli(demo_db, "result", "--year", "2020", "--period", "8", "--json").stdout)
    for line in ("Årets resultat", "Balanskravsresultat"):
        assert line in text
    balance = result["balance_requirement"]
    assert _plain(tkr_cell(round(balance["balance_result_tkr"] * 100_000))) in text
    lines = {line["line"]: line for line in result["income_statement"]}
    for line in lines.values():
        for key in ("budget_tkr", "outcome_ytd_tkr", "forecast_tkr"):
            if line[key] is not None:
                assert _plain(tkr_cell(round(line[key] * 100_000))) in text, (line, key)
    summary = json.loads(
        _cli(demo_db, "summary", "--year", "2020", "--period", "8", "--json").stdout
    )
    for unit in summary["committees"]:
        assert unit["committee"] in text
        deviation = _plain(tkr_cell(round(unit["deviation_ytd_tkr"] * 100_000), with_sign=True))
        assert deviation in text, (unit["committee"], deviation)
    assert "Delårsrapport januari–augusti 2020" in text
    assert "Prognossäkerhet per nämnd" in text and "Målbedömning per målområde" in text
    assert "Balansräkningen finns inte i databasen" in text  # not generated, said so


def test_the_pdf_is_a4_with_page_numbers_and_contents(interim: dict[str, str]) -> None:
    text = interim["pdf"]
    assert "Innehåll" in text and "Sida 3 (" in text


def test_the_word_file_has_real_headings_and_tables_with_repeated_heading_rows(
    demo_copy: Path,
) -> None:
    con = open_database(demo_copy)
    doc = build_report(con, ReportChoice(2020, 8, "month", today=date(2026, 12, 5)))
    word = read_docx(io.BytesIO(render.docx_bytes(doc)))
    styles = {p.style.name for p in word.paragraphs if p.style is not None}
    assert {"Heading 1", "Heading 2", "Title"} <= styles
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(word.tables) >= len(tables)  # every table a Word table (plus the key figures)
    heading_rows = [t for t in word.tables if "w:tblHeader" in t.rows[0]._tr.xml]
    assert len(heading_rows) == len(tables)
    section = word.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)


def _texts(con, committee: str, actor: Actor, **sections: str) -> None:
    with acting_as(actor):
        for section, text in sections.items():
            report_texts.save_text(con, **AUGUST, committee=committee, section=section,
                                   text=text, author=actor.name)  # fmt: skip


def test_sign_off_moves_by_permission_and_locks_approved_texts(demo_copy: Path) -> None:
    con = open_database(demo_copy)
    at = {**AUGUST, "committee": HSN}
    assert report_texts.status_of(con, 2020, 8, HSN) == "missing"
    with acting_as(HSN_CONTROLLER), pytest.raises(SignOffRefused, match="ingen text"):
        report_texts.submit(con, **at, author="hanna")
    with acting_as(HSN_CONTROLLER), pytest.raises(SignOffRefused, match=r"längre än 20.000 tecken"):
        report_texts.save_text(con, **at, section="summary", text="x" * 20_001, author="hanna")
    _texts(con, HSN, HSN_CONTROLLER, summary="Underskott på hyrpersonal.")
    assert report_texts.status_of(con, 2020, 8, HSN) == "draft"
    with acting_as(HSN_CONTROLLER), pytest.raises(AccessDenied, match="Patientnämnden"):
        report_texts.save_text(con, **AUGUST, committee="Patientnämnden", section="summary",
                               text="x", author="hanna")  # fmt: skip
    with acting_as(HSN_CONTROLLER):
        report_texts.submit(con, **at, author="hanna")
        with pytest.raises(AccessDenied, match="godkänna analystexter"):
            report_texts.approve(con, **at, author="hanna")
    with acting_as(HSN_APPROVER):
        report_texts.approve(con, **at, author="ulla")
    assert report_texts.status_of(con, 2020, 8, HSN) == "approved"
    with acting_as(CONTROLLER), pytest.raises(SignOffRefused, match="godkända och låsta"):
        report_texts.save_text(con, **at, section="summary", text="ändrad", author="carl")
    with acting_as(HSN_APPROVER):
        with pytest.raises(SignOffRefused, match="Skriv varför"):
            report_texts.reopen(con, **at, author="ulla", note=" ")
        report_texts.reopen(con, **at, author="ulla", note="Ny prognos från HSN")
    assert report_texts.status_of(con, 2020, 8, HSN) == "draft"
    _texts(con, HSN, CONTROLLER, summary="Ändrad efter ny prognos.")
    with acting_as(Actor("admin", "admin")):
        log = audit_log(con)
    assert {"save_text", "submit", "approve", "reopen"} <= set(log["operation"])
    reopened = log[log["operation"] == "reopen"].iloc[0]
    assert reopened["user_name"] == "ulla" and "Ny prognos" in reopened["detail"]
    with acting_as(HSN_APPROVER), pytest.raises(AccessDenied):  # the region's texts: not theirs
        report_texts.save_text(con, **AUGUST, committee="", section="summary", text="x",
                               author="ulla")  # fmt: skip


def _text_blocks(doc) -> dict[str, AnalysisText]:
    return {b.text: b for b in doc.blocks if isinstance(b, AnalysisText)}


def test_texts_not_approved_are_marked_utkast_and_approved_ones_are_not(demo_copy: Path) -> None:
    con = open_database(demo_copy)
    _texts(con, HSN, CONTROLLER, summary="Hyrpersonal driver underskottet.")
    _texts(con, "", CONTROLLER, summary="Regionen går med överskott.")
    choice = ReportChoice(2020, 8, "month", today=date(2026, 12, 5))
    blocks = _text_blocks(build_report(con, choice))
    assert blocks["Hyrpersonal driver underskottet."].draft
    text = _plain(render.pdf_text(render.pdf_bytes(build_report(con, choice))))
    assert "UTKAST – utkast" in text and "märkta UTKAST" in text
    with acting_as(CONTROLLER):
        report_texts.submit(con, **AUGUST, committee=HSN, author="carl")
    with acting_as(Actor("admin", "admin")):
        report_texts.approve(con, **AUGUST, committee=HSN, author="admin")
    blocks = _text_blocks(build_report(con, choice))
    assert not blocks["Hyrpersonal driver underskottet."].draft
    assert blocks["Regionen går med överskott."].draft  # still a draft: still marked
    assert "Godkänd: admin" in blocks["Hyrpersonal driver underskottet."].signed


def test_a_limited_users_report_covers_their_committees_and_says_so(demo_copy: Path) -> None:
    con = open_database(demo_copy)
    cursor = con.cursor()
    limit_to_committees(cursor, frozenset({HSN}))
    with acting_as(HSN_CONTROLLER):
        doc = build_report(cursor, ReportChoice(2020, 8, "month", today=date(2026, 12, 5)))
        text = _plain(render.pdf_text(render.pdf_bytes(doc)))
    assert "Rapporten omfattar bara dina nämnder: Hälso- och sjukvårdsnämnden" in text
    assert HSN in text
    for other in ("Patientnämnden", "Regionstyrelsen", "Kollektivtrafiknämnden"):
        assert other not in text
    assert "Resultaträkningen och balanskravsutredningen gäller hela regionen" in text
    assert "Balanskravsresultat" not in text


def test_missing_data_is_said_where_the_section_would_be(demo_copy: Path) -> None:
    con = open_database(demo_copy)
    empty = build_report(con, ReportChoice(2031, 8, "interim", today=date(2026, 12, 5)))
    said = [b.text for b in empty.blocks if isinstance(b, Paragraph) and b.kind == "missing"]
    assert len(said) == 1 and "Det finns inget utfall för 2031" in said[0]
    doc = build_report(con, ReportChoice(2020, 8, "month", HSN, today=date(2026, 12, 5)))
    missing = " ".join(
        b.text for b in doc.blocks if isinstance(b, Paragraph) and b.kind == "missing"
    )
    assert f"Ingen analystext är skriven för {HSN}" in missing
    assert "gäller hela regionen" in missing  # a nämnd's report: no region result


def test_the_report_for_a_committee_matches_its_follow_up(demo_con) -> None:
    report = follow_up(demo_con, 2020, 8, committee=HSN, level="forvaltning")
    doc = build_report(demo_con, ReportChoice(2020, 8, "month", HSN, today=date(2026, 12, 5)))
    table = next(b.frame for b in doc.blocks if isinstance(b, Table) and "Enhet" in b.frame.columns)
    assert list(table["Enhet"])[:-1] == list(report.table["unit"])
    assert table.iloc[-1, 3] == tkr_cell(int(report.total.iloc[0]["deviation_ytd_ore"]), True)


def test_one_page_renders_as_its_golden_picture(demo_con) -> None:
    """Page 3 (the summary and key figures) of the demo's månadsrapport, pixel for pixel within
    a small tolerance. `UPDATE_GOLDEN=1` rewrites it; look at the picture before committing."""
    from PIL import Image, ImageChops, ImageStat

    doc = build_report(demo_con, ReportChoice(2020, 8, "month", today=date(2026, 12, 5)))
    page = render.page_images(render.pdf_bytes(doc), dpi=50, first=2, count=1)[0]
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.write_bytes(page)
    got = Image.open(io.BytesIO(page)).convert("L")
    want = Image.open(GOLDEN).convert("L")
    assert got.size == want.size
    difference = ImageStat.Stat(ImageChops.difference(got, want)).mean[0]
    assert difference < 1.5, difference


def test_the_tertialrapport_and_the_logo_setting(demo_con, tmp_path: Path, monkeypatch) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 20), "navy").save(logo)
    monkeypatch.setenv("BUDGET_REGION_LOGO", str(logo))
    monkeypatch.setenv("BUDGET_REGION", "Region Testland")
    doc = build_report(demo_con, ReportChoice(2020, 4, "tertial", today=date(2026, 12, 5)))
    assert doc.logo == logo.read_bytes() and doc.logo_type == "image/png"
    html = render.report_html(doc)
    assert "data:image/png;base64," in html and "Region Testland" in html
    text = _plain(render.pdf_text(render.pdf_bytes(doc)))
    assert "Tertialrapport januari–april 2020" in text and "Region Testland" in text
    assert "Prognossäkerhet per nämnd" in text and "Väsentliga händelser" in text
    assert "Balansräkningen finns inte" not in text  # only the delårsrapport says so


def test_a_long_table_breaks_across_pages_with_its_heading_repeated() -> None:
    import pandas as pd

    from analytics.report.model import Document, Heading

    rows = pd.DataFrame(
        {"Enhet": [f"Ansvar {i}" for i in range(150)], "Utfall (tkr)": ["1 000"] * 150}
    )
    doc = Document("Prov", "Region Prov", [("Period", "x")])
    doc.add(Heading("Lång tabell"), Table(rows))
    pdf = render.pdf_bytes(doc)
    assert render.page_count(pdf) >= 5  # title, contents, and the table over several pages
    import pypdfium2

    pages = pypdfium2.PdfDocument(pdf)
    table_pages = [p.get_textpage().get_text_range() for p in pages][2:]
    assert len(table_pages) >= 3
    assert all("Utfall (tkr)" in text for text in table_pages)
    assert "Ansvar 149" in table_pages[-1]


def test_the_report_speaks_english_when_asked(demo_con) -> None:
    doc = build_report(
        demo_con, ReportChoice(2020, 8, "interim", lang="en", today=date(2026, 12, 5))
    )
    text = _plain(
        render.pdf_text(
            render.pdf_bytes(doc, "en"),
        )
    )
    assert "Interim report January–August 2020" in text
    assert "Income statement" in text and "Forecast reliability per committee" in text
    assert "Sida " not in text and "Page 3 (" in text


def test_without_a_browser_the_report_says_which_chart_it_could_not_draw(
    demo_con, monkeypatch
) -> None:
    """No chromium on the machine (simulated: kaleido cannot start one): the PDF still builds
    and says in place of each chart that it could not be drawn, and why."""
    import kaleido

    def no_browser(**_: object) -> None:
        raise RuntimeError("ChromeNotFoundError: no chromium found")

    monkeypatch.setattr(kaleido, "start_sync_server", no_browser)
    doc = build_report(demo_con, ReportChoice(2020, 8, "month", today=date(2026, 12, 5)))
    text = _plain(render.pdf_text(render.pdf_bytes(doc)))
    assert text.count("kunde inte ritas: ingen webbläsare (chromium)") == 3
    word = _plain(_docx_text(render.docx_bytes(doc)))
    assert word.count("kunde inte ritas") == 3


def test_hostile_texts_are_drawn_as_typed_never_as_markup_or_a_broken_file(
    demo_copy: Path,
) -> None:
    """A text with markup, a script and control characters pasted from another program: the
    PDF shows it as text and the Word file opens (Word refuses control characters)."""
    from analytics.storage import comments

    con = open_database(demo_copy)
    hostile = "<b>fet</b> </style><script>alert(1)</script> & ok\x00\x0b\r\nrad två"
    _texts(con, HSN, CONTROLLER, summary=hostile)
    with acting_as(CONTROLLER):
        comments.add_comment(con, year=2020, period=8, scope="", level="committee", unit=HSN,
                             explanation="Förklaring\x07 med klocka", action="", author="carl")  # fmt: skip
    doc = build_report(con, ReportChoice(2020, 8, "month", today=date(2026, 12, 5)))
    html = render.report_html(doc)
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    text = _plain(render.pdf_text(render.pdf_bytes(doc)))
    assert "<b>fet</b> </style><script>alert(1)</script> & ok rad två" in text
    word = _plain(_docx_text(render.docx_bytes(doc)))
    assert "& ok" in word and "rad två" in word and "Förklaring med klocka" in word
