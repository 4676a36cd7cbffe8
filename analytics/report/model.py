"""The report as a list of blocks that both renderers draw (HTML → PDF and Word), so the PDF
and the .docx hold the same headings, figures and texts in the same order."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd
    import plotly.graph_objects as go

    from analytics.common.tiles import Tile


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 a chapter (new page, in the contents), 2 a section, 3 a part


@dataclass(frozen=True)
class Paragraph:
    text: str
    kind: str = "body"  # body, note (a caption under a table) or missing (no data: said)


@dataclass(frozen=True)
class Table:
    """A table of display text; the first `text_columns` columns are text, the rest figures
    (right-aligned)."""

    frame: pd.DataFrame
    caption: str = ""
    text_columns: int = 1
    total_last: bool = False  # the last row is a total (drawn bold)


@dataclass(frozen=True)
class KeyFigures:
    tiles: list[Tile]


@dataclass(frozen=True)
class Chart:
    figure: go.Figure
    title: str  # also the words said in place of the picture when it cannot be drawn


@dataclass(frozen=True)
class AnalysisText:
    """A controller's text; `draft` ones are drawn marked UTKAST."""

    title: str
    text: str
    status: str  # draft, ready or approved
    signed: str  # who and when, in words
    draft: bool


Block = Heading | Paragraph | Table | KeyFigures | Chart | AnalysisText


@dataclass
class Document:
    title: str
    region: str
    facts: list[tuple[str, str]]  # the title page's label and value pairs
    notice: str = ""  # a limited user's report says so on its title page
    logo: bytes | None = None
    logo_type: str = ""  # image/png, image/svg+xml …
    blocks: list[Block] = field(default_factory=list)

    @property
    def has_drafts(self) -> bool:
        return any(isinstance(b, AnalysisText) and b.draft for b in self.blocks)

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)


# Characters XML 1.0 cannot hold (C0 controls but tab and newline, lone surrogates, U+FFFE/F):
# a text pasted from another program may carry them, and Word's format would refuse the file.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def printable(text: str) -> str:
    """A user's text as a document can hold it: line breaks as \\n, no control characters."""
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _clean_block(block: Block) -> Block:
    if isinstance(block, Heading | Paragraph):
        return replace(block, text=printable(block.text))
    if isinstance(block, AnalysisText):
        return replace(block, title=printable(block.title), text=printable(block.text))
    if isinstance(block, Table):
        frame = block.frame.rename(columns=lambda c: printable(str(c)))
        return replace(block, frame=frame.map(lambda v: printable(v) if isinstance(v, str) else v))
    return block


def cleaned(document: Document) -> Document:
    """The document with every text printable (what both renderers draw)."""
    return replace(
        document,
        facts=[(printable(a), printable(b)) for a, b in document.facts],
        blocks=[_clean_block(b) for b in document.blocks],
    )
