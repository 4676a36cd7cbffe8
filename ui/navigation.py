"""The pages, registered once by app.py, so a page can link to another (st.page_link)."""

from __future__ import annotations

import streamlit as st

PAGES: dict[str, st.Page] = {}


def link(name: str, label: str, icon: str | None = None) -> None:
    """A link to a registered page (drawn only when the page exists in this app)."""
    page = PAGES.get(name)
    if page is not None:
        st.page_link(page, label=label, icon=icon)
