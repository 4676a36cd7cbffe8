"""Plotly figures as pictures for the documents: SVG for the PDF (vector, sharp at any zoom)
and PNG at three times screen resolution for Word (which takes no SVG).

Kaleido renders them in the system's chromium (never a downloaded browser), one browser for a
whole report. Without a browser the report still builds: each chart is then a sentence saying
it could not be drawn and why.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Sequence
from dataclasses import dataclass

import plotly.graph_objects as go

from analytics.i18n import t

WIDTH, HEIGHT = 760, 400  # CSS pixels: a chart across an A4 page's text width
PNG_SCALE = 3
_ONE_AT_A_TIME = threading.Lock()  # kaleido's server is one per process


@dataclass(frozen=True)
class Picture:
    data: bytes | None  # None: not drawn, `reason` says why
    reason: str = ""


def pictures(figures: Sequence[go.Figure], fmt: str, lang: str = "sv") -> list[Picture]:
    """Each figure drawn as `fmt` (svg or png), in order."""
    if not figures:
        return []
    import kaleido
    import plotly.io as pio

    with _ONE_AT_A_TIME:
        try:
            kaleido.start_sync_server(silence_warnings=True)
        except Exception as exc:  # noqa: BLE001 – no browser, or one that fails: said in the report
            return [Picture(None, _reason(exc, lang))] * len(figures)
        try:
            return [_draw(pio, figure, fmt, lang) for figure in figures]
        finally:
            kaleido.stop_sync_server(silence_warnings=True)


def _draw(pio: object, figure: go.Figure, fmt: str, lang: str) -> Picture:
    scale = PNG_SCALE if fmt == "png" else 1
    try:
        with warnings.catch_warnings():  # plotly notes that a running server ignores its kopts
            warnings.simplefilter("ignore", UserWarning)
            data = pio.to_image(  # type: ignore[attr-defined]
                _for_print(figure), format=fmt, width=WIDTH, height=HEIGHT, scale=scale
            )
    except Exception as exc:  # noqa: BLE001 – a chart that fails is said, the rest stands
        return Picture(None, _reason(exc, lang))
    return Picture(bytes(data))


def _for_print(figure: go.Figure) -> go.Figure:
    """The page's figure on white, for paper (the title is the document's caption)."""
    printed = go.Figure(figure)
    printed.update_layout(paper_bgcolor="white", plot_bgcolor="white", title=None, margin_t=30)
    return printed


def _reason(exc: BaseException, lang: str) -> str:
    text = f"{type(exc).__name__}: {exc}"
    if "chrom" in text.lower() or "browser" in text.lower():
        return t("board.no_browser", lang)
    return text.splitlines()[0][:200]
