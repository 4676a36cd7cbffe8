"""Entrypoint: page setup, first-start demo load, shared sidebar filters and navigation."""

import streamlit as st

from analytics.i18n import t
from pages import data_import, overview
from ui import shell

st.set_page_config(
    page_title="Budgetuppföljning", page_icon=":material/account_balance:", layout="wide"
)

shell.ensure_data()
st.session_state["_filters"] = shell.sidebar()
lang = shell.language()

navigation = st.navigation(
    [
        st.Page(
            overview.render,
            title=t("page.overview", lang),
            icon=":material/monitoring:",
            url_path="oversikt",
            default=True,
        ),
        st.Page(
            data_import.render,
            title=t("page.import", lang),
            icon=":material/upload_file:",
            url_path="import",
        ),
    ]
)
navigation.run()
