"""The document as HTML with print CSS, which WeasyPrint lays out as an A4 PDF: running head,
page numbers, a table of contents with page numbers, table headings repeated on every page a
table spans, and drafts marked UTKAST across the text."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from html import escape

from analytics.i18n import t
from analytics.report.images import Picture
from analytics.report.model import (
    AnalysisText,
    Block,
    Chart,
    Document,
    Heading,
    KeyFigures,
    Paragraph,
    Table,
)

_CSS = """
@page { size: A4; margin: 20mm 17mm 20mm 17mm;
  @top-left { content: "__HEAD__"; font-size: 7.5pt; color: #555; }
  @bottom-right { content: "__PAGE__ " counter(page) " (" counter(pages) ")"; font-size: 7.5pt;
    color: #555; } }
@page :first { @top-left { content: none; } @bottom-right { content: none; } }
html { font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; line-height: 1.35; color: #111; }
h1 { font-size: 16pt; color: #14365d; page-break-before: always; margin: 0 0 6mm; }
h2 { font-size: 12pt; color: #14365d; margin: 6mm 0 2mm; page-break-after: avoid; }
h1, h2 { bookmark-level: none; }
h1 { bookmark-level: 1; } h2 { bookmark-level: 2; }
.title-page { height: 250mm; position: relative; }
.title-page .region { font-size: 13pt; color: #14365d; margin-top: 30mm; }
.title-page .title { font-size: 26pt; font-weight: bold; color: #14365d; margin: 8mm 0 12mm; }
.title-page img.logo { max-height: 25mm; max-width: 70mm; }
.title-page table.facts td { border: none; padding: 1.5mm 6mm 1.5mm 0; font-size: 10.5pt; }
.notice { border: 1px solid #b45309; background: #fff7ed; padding: 3mm; margin-top: 8mm; }
.toc { page-break-before: always; }
.toc ul { list-style: none; padding: 0; }
.toc li a { color: #111; text-decoration: none; }
.toc li a::after { content: leader('.') target-counter(attr(href), page); }
.toc li.level-2 { margin-left: 6mm; font-size: 8.5pt; }
table.data { width: 100%; border-collapse: collapse; margin: 2mm 0 3mm; font-size: 8pt; }
table.data th { background: #e8eef5; text-align: left; padding: 1.2mm 1.5mm;
  border-bottom: 1px solid #14365d; vertical-align: bottom; }
table.data td { padding: 1mm 1.5mm; border-bottom: 0.5px solid #ccd; vertical-align: top; }
table.data th.num, table.data td.num { text-align: right; white-space: nowrap; }
table.data tr { page-break-inside: avoid; }
table.data tr.total td { font-weight: bold; border-top: 1px solid #14365d; }
.caption, .note { font-size: 7.5pt; color: #444; }
.missing { border-left: 3px solid #b45309; padding: 1mm 3mm; background: #fafafa; }
.figures { display: flex; flex-wrap: wrap; gap: 2mm; margin: 2mm 0; }
.figure { width: 51mm; border: 0.5px solid #aab; padding: 2mm; page-break-inside: avoid; }
.figure .label { font-size: 7.5pt; color: #444; }
.figure .value { font-size: 13pt; font-weight: bold; }
.figure .delta { font-size: 7.5pt; }
.green { color: #166534; } .red { color: #b91c1c; } .orange { color: #b45309; } .gray { color: #444; }
.chart { page-break-inside: avoid; margin: 2mm 0 5mm; }
.chart img { width: 100%; }
.chart .caption { font-weight: bold; color: #111; font-size: 8.5pt; }
.text { margin: 2mm 0 4mm; }
.text h3 { font-size: 10pt; margin: 0 0 1mm; }
.text .signed { font-size: 7.5pt; color: #444; }
.text.draft { border: 1px dashed #b91c1c; padding: 2mm 3mm;
  background: url("data:image/svg+xml;base64,__MARK__") center / 80% auto no-repeat; }
.text.draft .label { color: #b91c1c; font-weight: bold; font-size: 8pt; }
"""


def _mark(word: str) -> str:
    """The diagonal UTKAST watermark behind a draft text, as an SVG."""
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="120" viewBox="0 0 400 120">'
        '<text x="200" y="85" font-family="DejaVu Sans" font-size="72" font-weight="bold" '
        f'text-anchor="middle" fill="#b91c1c" fill-opacity="0.13" transform="rotate(-8 200 60)">'
        f"{escape(word)}</text></svg>"
    )
    return base64.b64encode(svg.encode()).decode()


def _css(document: Document, lang: str) -> str:
    head = f"{document.region} · {document.title}".replace('"', "'")
    return (
        _CSS.replace("__HEAD__", head)
        .replace("__PAGE__", t("board.page", lang))
        .replace("__MARK__", _mark(t("board.draft_mark", lang)))
    )


def to_html(document: Document, charts: list[Picture], lang: str = "sv") -> str:
    """The whole document; `charts` are the pictures of its charts in order (SVG)."""
    parts = [_title_page(document), _contents(document, lang)]
    pictures = iter(charts)
    anchor = 0
    for block in document.blocks:
        if isinstance(block, Heading):
            anchor += 1
        parts.append(_block(block, pictures, anchor, lang))
    body = "\n".join(parts)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{escape(document.title)}</title><style>{_css(document, lang)}</style></head>"
        f"<body>{body}</body></html>"
    )


def _title_page(document: Document) -> str:
    logo = ""
    if document.logo:
        data = base64.b64encode(document.logo).decode()
        logo = f'<img class="logo" src="data:{document.logo_type};base64,{data}" alt="">'
    facts = "".join(
        f"<tr><td>{escape(label)}</td><td><b>{escape(value)}</b></td></tr>"
        for label, value in document.facts
    )
    notice = f'<div class="notice">{escape(document.notice)}</div>' if document.notice else ""
    return (
        f'<section class="title-page">{logo}<div class="region">{escape(document.region)}</div>'
        f'<div class="title">{escape(document.title)}</div>'
        f'<table class="facts">{facts}</table>{notice}</section>'
    )


def _contents(document: Document, lang: str) -> str:
    items, anchor = [], 0
    for block in document.blocks:
        if isinstance(block, Heading):
            anchor += 1
            if block.level <= 2:
                items.append(
                    f'<li class="level-{block.level}"><a href="#h{anchor}">'
                    f"{escape(block.text)}</a></li>"
                )
    return f'<section class="toc"><h2>{escape(t("board.contents", lang))}</h2><ul>{"".join(items)}</ul></section>'


def _block(block: Block, pictures: Iterator[Picture], anchor: int, lang: str) -> str:
    if isinstance(block, Heading):
        tag = f"h{min(block.level, 3)}"
        return f'<{tag} id="h{anchor}">{escape(block.text)}</{tag}>'
    if isinstance(block, Paragraph):
        return f'<p class="{block.kind}">{escape(block.text)}</p>'
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, KeyFigures):
        return _figures(block)
    if isinstance(block, Chart):
        return _chart(block, next(pictures), lang)
    return _text(block, lang)


def _table(table: Table) -> str:
    frame = table.frame
    numeric = [i >= table.text_columns for i in range(len(frame.columns))]
    head = "".join(
        f'<th class="{"num" if n else ""}">{escape(str(c))}</th>'
        for c, n in zip(frame.columns, numeric, strict=True)
    )
    rows = []
    for index, values in enumerate(frame.itertuples(index=False)):
        total = table.total_last and index == len(frame) - 1
        cells = "".join(
            f'<td class="{"num" if n else ""}">{escape(_cell(v))}</td>'
            for v, n in zip(values, numeric, strict=True)
        )
        rows.append(f'<tr class="{"total" if total else ""}">{cells}</tr>')
    caption = f'<p class="caption">{escape(table.caption)}</p>' if table.caption else ""
    return f'<table class="data"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>{caption}'


def _cell(value: object) -> str:
    return "–" if value is None or value != value else str(value)  # NaN: no value


def _figures(figures: KeyFigures) -> str:
    boxes = "".join(
        f'<div class="figure"><div class="label">{escape(tile.label)}</div>'
        f'<div class="value">{escape(tile.value)}</div>'
        f'<div class="delta {tile.colour}">{escape(tile.delta or "")}</div></div>'
        for tile in figures.tiles
    )
    return f'<div class="figures">{boxes}</div>'


def _chart(chart: Chart, picture: Picture, lang: str) -> str:
    caption = f'<p class="caption">{escape(chart.title)}</p>'
    if picture.data is None:
        said = t("board.chart_missing", lang, title=chart.title, reason=picture.reason)
        return f'<p class="missing">{escape(said)}</p>'
    data = base64.b64encode(picture.data).decode()
    return f'<div class="chart">{caption}<img src="data:image/svg+xml;base64,{data}" alt="{escape(chart.title)}"></div>'


def _text(text: AnalysisText, lang: str) -> str:
    status = t(f"board.status.{text.status}", lang)
    label = (
        f'<div class="label">{escape(t("board.draft_label", lang, status=status))}</div>'
        if text.draft
        else ""
    )
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in text.text.split("\n") if p.strip())
    return (
        f'<div class="text{" draft" if text.draft else ""}">{label}<h3>{escape(text.title)}</h3>'
        f'{paragraphs}<div class="signed">{escape(text.signed)}</div></div>'
    )
