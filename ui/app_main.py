"""The app itself: page setup, first-start demo load, shared sidebar and navigation.

`app.py` calls `main()`. `make run` starts the server through `ui.launch`, which tells
Streamlit before the first session that the app uses navigation only. Under a plain
`streamlit run app.py`, on the very first request after a server start, Streamlit still runs
its legacy discovery of a `pages/` folder (it sees the folder before `st.navigation` has ever
been called) and may run the requested page file itself, for a deep link such as /deviations.
That page file then calls `redirect()`: it registers the app's pages and switches to the same
page through `st.navigation`, so the user gets the normal app, with its sidebar and with widget
state that survives the next click.
"""

from __future__ import annotations

import streamlit as st

from analytics import access
from analytics.i18n import t
from analytics.settings import SettingError, check_settings
from ui import identity, navigation, shell, url_state, widgets


def _register_pages(lang: str) -> dict[str, st.Page]:
    from pages import (
        admin,
        data_import,
        deviations,
        forecast,
        frames,
        goals,
        overview,
        report,
        report_texts,
        savings,
        scenarios,
    )

    # (url path = the page file's name, so the legacy discovery asks for the same page;
    # its render function, its title's key, its icon)
    shown = (
        ("overview", overview.render, "page.overview", ":material/monitoring:"),
        ("deviations", deviations.render, "page.deviations", ":material/troubleshoot:"),
        ("forecast", forecast.render, "page.forecast", ":material/query_stats:"),
        ("frames", frames.render, "page.frames", ":material/account_tree:"),
        ("savings", savings.render, "page.savings", ":material/savings:"),
        ("goals", goals.render, "page.goals", ":material/flag:"),
        ("scenarios", scenarios.render, "page.scenarios", ":material/tune:"),
        ("report_texts", report_texts.render, "page.report_texts", ":material/edit_note:"),
        ("report", report.render, "page.report", ":material/description:"),
        ("data_import", data_import.render, "page.import", ":material/upload_file:"),
    )
    pages = {
        path: st.Page(
            render, title=t(key, lang), icon=icon, url_path=path, default=path == "overview"
        )
        for path, render, key, icon in shown
    }
    navigation.PAGES.update(pages)  # shared by every session: the pages everyone has
    if access.may(access.current(), "roles"):  # only admins see the page (and may use it)
        pages["admin"] = st.Page(
            admin.render,
            title=t("page.admin", lang),
            icon=":material/admin_panel_settings:",
            url_path="admin",
        )
    return pages


def _page_config() -> None:
    st.set_page_config(
        page_title="Budgetuppföljning", page_icon=":material/account_balance:", layout="wide"
    )


def main() -> None:
    _page_config()
    access.set_actor(None)  # nobody acts until identified, in this run's thread
    try:
        check_settings()  # a bad environment is named on the page, and nothing is served
    except SettingError as exc:
        st.error(str(exc))
        st.stop()
    widgets.swedish_chrome(shell.language())
    shell.ensure_data()
    actor = identity.identify(shell.connection(), shell.language())
    access.set_actor(actor)
    identity.banner(actor, shell.language())
    url_state.begin_run()  # a shared link or the back button sets the filters
    st.session_state["_filters"] = shell.sidebar()
    pages = _register_pages(shell.language())
    st.navigation(list(pages.values())).run()
    _share(url_state.params({k: st.session_state.get(k) for k in shell.FILTER_KEYS}))


def _share(wanted: url_state.Params) -> None:
    """Write the view to the address and offer it as a link to copy (the copy button of a
    code block: Streamlit has no clipboard call of its own)."""
    url_state.finish_run(wanted)
    lang = shell.language()
    with st.sidebar, st.popover(t("app.copy_link", lang), icon=":material/link:"):
        st.caption(t("app.copy_link_help", lang))
        st.code(url_state.link(wanted), language=None, wrap_lines=True)


def redirect(name: str) -> None:
    """Leave Streamlit's legacy page run for the app's own page `name` (see the module doc)."""
    _page_config()
    pages = _register_pages(shell.language())
    st.navigation(list(pages.values()))
    st.switch_page(pages.get(name) or pages["overview"])
