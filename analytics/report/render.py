"""The report's files: PDF (WeasyPrint from the print HTML) and Word (python-docx), each with
its charts drawn once for it, and the PDF's pages as pictures for the page's preview."""

from __future__ import annotations

from analytics.report import html, images, word
from analytics.report.model import Chart, Document, cleaned

FORMATS = ("pdf", "docx")
MIME = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def _charts(document: Document, fmt: str, lang: str) -> list[images.Picture]:
    figures = [b.figure for b in document.blocks if isinstance(b, Chart)]
    return images.pictures(figures, fmt, lang)


def report_html(document: Document, lang: str = "sv") -> str:
    document = cleaned(document)
    return html.to_html(document, _charts(document, "svg", lang), lang)


def pdf_bytes(document: Document, lang: str = "sv") -> bytes:
    """The A4 PDF."""
    import weasyprint

    result = weasyprint.HTML(string=report_html(document, lang)).write_pdf()
    assert result is not None  # write_pdf without a target returns the bytes
    return bytes(result)


def docx_bytes(document: Document, lang: str = "sv") -> bytes:
    """The Word document."""
    document = cleaned(document)
    return word.to_docx(document, _charts(document, "png", lang), lang)


def render(document: Document, fmt: str, lang: str = "sv") -> bytes:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    return pdf_bytes(document, lang) if fmt == "pdf" else docx_bytes(document, lang)


def page_count(pdf: bytes) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def page_images(pdf: bytes, dpi: int = 60, first: int = 0, count: int = 40) -> list[bytes]:
    """PNG pictures of the PDF's pages (the preview), rendered by PDFium."""
    import io

    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        out = []
        for index in range(first, min(len(document), first + count)):
            bitmap = document[index].render(scale=dpi / 72)
            buffer = io.BytesIO()
            bitmap.to_pil().save(buffer, format="PNG")
            out.append(buffer.getvalue())
        return out
    finally:
        document.close()


def pdf_text(pdf: bytes) -> str:
    """Every page's text, in order (what the tests compare with the pages' figures)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()
