"""The document as Word (.docx) with python-docx: real headings (so the navigation pane and the
table of contents work), real tables the communications staff can edit, with the heading row
repeated on every page, charts as high-resolution pictures, page numbers, and drafts marked
UTKAST in red with a shaded background."""

from __future__ import annotations

import io

from docx import Document as new_docx
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.table import Table as DocxTable
from docx.table import _Row
from docx.text.paragraph import Paragraph as DocxParagraph

from analytics.i18n import t
from analytics.report.images import Picture
from analytics.report.model import (
    AnalysisText,
    Chart,
    Document,
    Heading,
    KeyFigures,
    Paragraph,
    Table,
)

RED = RGBColor(0xB9, 0x1C, 0x1C)
GREY = RGBColor(0x44, 0x44, 0x44)
_COLOURS = {"green": RGBColor(0x16, 0x65, 0x34), "red": RED, "orange": RGBColor(0xB4, 0x53, 0x09)}


def to_docx(document: Document, charts: list[Picture], lang: str = "sv") -> bytes:
    """The whole document; `charts` are the pictures of its charts in order (PNG)."""
    doc = new_docx()
    _page_setup(doc, document, lang)
    _title_page(doc, document)
    _contents(doc, lang)
    pictures = iter(charts)
    first_chapter = True
    for block in document.blocks:
        if isinstance(block, Heading):
            if block.level == 1 and not first_chapter:
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            first_chapter = first_chapter and block.level != 1
            doc.add_heading(block.text, min(block.level, 3))
        elif isinstance(block, Paragraph):
            _paragraph(doc, block)
        elif isinstance(block, Table):
            _table(doc, block)
        elif isinstance(block, KeyFigures):
            _figures(doc, block)
        elif isinstance(block, Chart):
            _chart(doc, block, next(pictures), lang)
        else:
            _text(doc, block, lang)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _page_setup(doc: WordDocument, document: Document, lang: str) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(20))
    section.different_first_page_header_footer = True
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Calibri", Pt(10)
    head = section.header.paragraphs[0]
    head.text = f"{document.region} · {document.title}"
    head.runs[0].font.size, head.runs[0].font.color.rgb = Pt(8), GREY
    if document.has_drafts:
        mark = head.add_run(f"   {t('board.draft_mark', lang)}")
        mark.bold, mark.font.color.rgb, mark.font.size = True, RED, Pt(9)
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot.add_run(f"{t('board.page', lang)} ").font.size = Pt(8)
    _field(foot, "PAGE")


def _field(paragraph: DocxParagraph, code: str) -> None:
    """A Word field (PAGE, TOC …) that Word fills in when it lays the document out."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, code), ("separate", None), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _title_page(doc: WordDocument, document: Document) -> None:
    if document.logo and document.logo_type in ("image/png", "image/jpeg"):
        doc.add_picture(io.BytesIO(document.logo), height=Cm(2.2))
    region = doc.add_paragraph()
    region.add_run(document.region).font.size = Pt(14)
    doc.add_heading(document.title, 0)
    facts = doc.add_table(rows=0, cols=2)
    for label, value in document.facts:
        cells = facts.add_row().cells
        cells[0].text = label
        cells[1].text = value
        cells[1].paragraphs[0].runs[0].bold = True
    if document.notice:
        note = doc.add_paragraph()
        note.add_run(document.notice).font.color.rgb = _COLOURS["orange"]
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _contents(doc: WordDocument, lang: str) -> None:
    """A table of contents field over headings 1–2, which Word fills in when the file opens
    (the document asks it to update its fields)."""
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    doc.settings.element.append(update)
    doc.add_heading(t("board.contents", lang), 1)
    _field(doc.add_paragraph(), 'TOC \\o "1-2" \\h \\z \\u')
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _paragraph(doc: WordDocument, block: Paragraph) -> None:
    paragraph = doc.add_paragraph()
    run = paragraph.add_run(block.text)
    if block.kind == "note":
        run.font.size, run.font.color.rgb = Pt(8), GREY
    elif block.kind == "missing":
        run.italic, run.font.color.rgb = True, _COLOURS["orange"]


def _table(doc: WordDocument, block: Table) -> None:
    frame = block.frame
    table: DocxTable = doc.add_table(rows=1, cols=len(frame.columns))
    table.style = "Light Grid Accent 1"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header = table.rows[0]
    _repeat_header(header)
    for i, name in enumerate(frame.columns):
        header.cells[i].text = str(name)
        if i >= block.text_columns:
            header.cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for index, values in enumerate(frame.itertuples(index=False)):
        cells = table.add_row().cells  # type: ignore[no-untyped-call]
        total = block.total_last and index == len(frame) - 1
        for i, value in enumerate(values):
            text = "–" if value is None or value != value else str(value)
            cells[i].text = text
            paragraph = cells[i].paragraphs[0]
            if i >= block.text_columns:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if total and paragraph.runs:  # an empty cell has no run to make bold
                paragraph.runs[0].bold = True
    for row in table.rows:
        for cell in row.cells:
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(8)
    if block.caption:
        _paragraph(doc, Paragraph(block.caption, "note"))


def _repeat_header(row: _Row) -> None:
    """Mark a table's first row as its heading, repeated on each page the table spans."""
    properties = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    properties.append(element)


def _figures(doc: WordDocument, block: KeyFigures) -> None:
    table: DocxTable = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for tile in block.tiles:
        cells = table.add_row().cells  # type: ignore[no-untyped-call]
        cells[0].text = tile.label
        cells[1].text = tile.value
        cells[1].paragraphs[0].runs[0].bold = True
        cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        cells[2].text = tile.delta or ""
        if tile.colour in _COLOURS and cells[2].paragraphs[0].runs:
            cells[2].paragraphs[0].runs[0].font.color.rgb = _COLOURS[tile.colour]


def _chart(doc: WordDocument, block: Chart, picture: Picture, lang: str) -> None:
    if picture.data is None:
        said = t("board.chart_missing", lang, title=block.title, reason=picture.reason)
        _paragraph(doc, Paragraph(said, "missing"))
        return
    caption = doc.add_paragraph()
    caption.add_run(block.title).bold = True
    doc.add_picture(io.BytesIO(picture.data), width=Cm(17))


def _text(doc: WordDocument, block: AnalysisText, lang: str) -> None:
    doc.add_heading(block.title, 3)
    if block.draft:
        status = t(f"board.status.{block.status}", lang)
        label = doc.add_paragraph()
        run = label.add_run(t("board.draft_label", lang, status=status))
        run.bold, run.font.color.rgb = True, RED
    for part in (p for p in block.text.split("\n") if p.strip()):
        paragraph = doc.add_paragraph(part)
        if block.draft:
            _shade(paragraph)
    signed = doc.add_paragraph()
    run = signed.add_run(block.signed)
    run.font.size, run.font.color.rgb = Pt(8), GREY


def _shade(paragraph: DocxParagraph) -> None:
    """A pale red background behind a draft's paragraph."""
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), "FBEAEA")
    paragraph._p.get_or_add_pPr().append(shading)
