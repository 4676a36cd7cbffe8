"""The app itself: page setup, first-start demo load, shared sidebar and navigation.

`app.py` calls `main()`. So do the page modules when Streamlit runs one of them directly: on
the first request after a server start, Streamlit's legacy discovery of a `pages/` folder may
run the requested page file as the script (a deep link such as /deviations); the page then
hands over to the same entrypoint, so the user sees the page with its sidebar, not an error.
"""

from __future__ import annotations

import streamlit as st

from analytics.i18n import t
from ui import navigation, shell


def main() -> None:
    from pages import data_import, deviations, overview

    st.set_page_config(
        page_title="Budgetuppföljning", page_icon=":material/account_balance:", layout="wide"
    )
    shell.ensure_data()
    st.session_state["_filters"] = shell.sidebar()
    lang = shell.language()
    # url paths equal the page files' names, so the legacy discovery finds the same page
    navigation.PAGES.update(
        overview=st.Page(overview.render, title=t("page.overview", lang), icon=":material/monitoring:", url_path="overview", default=True),
        deviations=st.Page(deviations.render, title=t("page.deviations", lang), icon=":material/troubleshoot:", url_path="deviations"),
        data_import=st.Page(data_import.render, title=t("page.import", lang), icon=":material/upload_file:", url_path="data_import"),
    )  # fmt: skip
    st.navigation(list(navigation.PAGES.values())).run()
