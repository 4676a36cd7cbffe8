"""What a person would see cut or pushed out of view, measured in the browser.

One script, run in the page, lists every place where text does not fit: a metric's label,
value or delta cut short (an ellipsis), a widget label, heading or button text cut, a plotly
chart's title, axis title, tick, legend or bar label drawn outside its chart, and a page wider than the window. (A
table wider than the page scrolls sideways inside itself with its first columns pinned, which
`ui.widgets.table` does for every table and tests/test_layout_tables.py checks.) The browser tests run it on every page at three window sizes; the screenshot script
prints it beside each picture.
"""

from __future__ import annotations

from dataclasses import dataclass

SIZES = ((1280, 720), (1440, 900), (1920, 1080))

# Returns [{kind, text}] for everything that does not fit; see the module's docstring.
_MEASURE = r"""
() => {
  const out = [];
  const cut = (e) => {
    const s = getComputedStyle(e);
    const hides = ['hidden', 'clip'].includes(s.overflowX) || s.textOverflow === 'ellipsis';
    return hides && e.scrollWidth > e.clientWidth + 1;
  };
  const anyCut = (root) => [root, ...root.querySelectorAll('*')].some(cut);
  const texts = [
    ['metric', '[data-testid="stMetric"]'],
    ['label', '[data-testid="stWidgetLabel"]'],
    ['heading', '[data-testid="stHeading"]'],
    ['button', '[data-testid="stBaseButton-secondary"], [data-testid="stBaseButton-primary"]'],
    ['tab', '[data-baseweb="tab"]'],
    ['expander', '[data-testid="stExpander"] summary'],
  ];
  for (const [kind, selector] of texts) {
    for (const el of document.querySelectorAll(selector)) {
      if (el.offsetParent !== null && anyCut(el)) out.push({kind, text: el.innerText.trim()});
    }
  }
  const parts = '.gtitle, .g-xtitle, .g-ytitle, .xtick text, .ytick text, .legendtext, '
    + '.annotation-text, .textpoint text, .bartext';
  for (const plot of document.querySelectorAll('.js-plotly-plot')) {
    const svg = plot.querySelector('.main-svg');
    if (!svg) continue;
    const box = svg.getBoundingClientRect();
    for (const t of plot.querySelectorAll(parts)) {
      const r = t.getBoundingClientRect();
      if (r.width === 0 || !t.textContent.trim()) continue;
      if (r.left < box.left - 1 || r.right > box.right + 1
          || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
        out.push({kind: 'chart', text: t.textContent.trim()});
      }
    }
  }
  const page = document.documentElement;
  if (page.scrollWidth > window.innerWidth + 1) {
    out.push({kind: 'page', text: `${page.scrollWidth} > ${window.innerWidth} px`});
  }
  return out;
}
"""


@dataclass(frozen=True)
class Cut:
    """One thing that does not fit: what kind of element, and its text."""

    kind: str
    text: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.text!r}"


def cuts(tab: object) -> list[Cut]:
    """Everything on the page in `tab` (a playwright page) that does not fit."""
    found = tab.evaluate(_MEASURE)  # type: ignore[attr-defined]
    return [Cut(str(item["kind"]), str(item["text"])) for item in found]
