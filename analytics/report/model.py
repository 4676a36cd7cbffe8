"""The report as a list of blocks that both renderers draw (HTML → PDF and Word), so the PDF
and the .docx hold the same headings, figures and texts in the same order."""

from __future__ import annotations

from dataclasses import dataclass, field
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
