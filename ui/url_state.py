"""The view in the address bar, so a colleague can be sent "this view" and the browser's back
button walks back through it.

Every run the shared filters (year, month, version, level, nämnd, language) and the page's own
choices (the drill path on Avvikelser) are collected and written to the query string once, at
the end of the run: one history entry per change the user makes. At the start of a run the
query string is compared with what this session last wrote; when they differ the address came
from outside (a shared link opened, back or forward pressed) and its values are put into the
widgets before they are drawn. A value that is not valid here (a year without data, a nämnd the
user may not see) is left to the widgets' own checks, which fall back to their defaults.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode

import streamlit as st

# (query parameter, the widget's session key, how the text becomes the widget's value)
FILTERS: tuple[tuple[str, str, Callable[[str], object]], ...] = (
    ("year", "f_year", int),
    ("period", "f_period", int),
    ("version", "f_version", str),
    ("level", "f_level", str),
    ("committee", "f_committee", str),
    ("lang", "lang", str),
)
_WRITTEN = "_url_written"  # the query string this session wrote last
_ARRIVED = "_url_arrived"  # the query string that came from outside in this run, if any
_PAGE = "_url_page"  # the page's own parameters collected in this run
Params = dict[str, list[str]]


def _address() -> Params:
    return {name: st.query_params.get_all(name) for name in st.query_params}


def begin_run() -> None:
    """Note whether the address came from outside, and apply its filters to the widgets (call
    before the sidebar is drawn)."""
    st.session_state[_PAGE] = {}
    now = _address()
    arrived = now != st.session_state.get(_WRITTEN) and bool(now)
    st.session_state[_ARRIVED] = now if arrived else None
    if not arrived:
        return
    for name, key, parse in FILTERS:
        values = now.get(name)
        if not values:
            continue
        try:
            st.session_state[key] = parse(values[0])
        except ValueError:
            continue  # not a number where one belongs: the widget keeps its own value
    if "year" in now:  # the month in the link wins over "a new year starts at its latest month"
        st.session_state["f_year_seen"] = st.session_state.get("f_year")


def arrived(name: str) -> list[str] | None:
    """The values of the page's own parameter `name` when the address came from outside in this
    run ([] when the link does not carry it), else None (the page keeps its own state)."""
    params = st.session_state.get(_ARRIVED)
    if not isinstance(params, dict):
        return None
    return list(params.get(name, []))


def keep(name: str, values: list[str]) -> None:
    """The page's own parameter for this run's address (written by `finish_run`)."""
    st.session_state.setdefault(_PAGE, {})[name] = values


def params(filters: dict[str, object]) -> Params:
    """The address's parameters for the filters and the page's own choices, empty ones left
    out so a link stays short."""
    out: Params = {
        name: [str(filters[key])] for name, key, _ in FILTERS if filters.get(key) not in (None, "")
    }
    out.update({k: v for k, v in st.session_state.get(_PAGE, {}).items() if v})
    return out


def finish_run(wanted: Params) -> None:
    """Write this run's view to the address, once, when it changed."""
    if wanted != _address():
        st.query_params.from_dict(wanted)
    st.session_state[_WRITTEN] = wanted


def link(wanted: Params) -> str:
    """The full address of this view, for "Kopiera länk"."""
    base = str(getattr(st.context, "url", None) or "").split("?")[0]
    query = urlencode([(k, v) for k, values in wanted.items() for v in values])
    return f"{base}?{query}" if query else base
