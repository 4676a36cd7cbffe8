"""Administration (admins only): who may do what, and the audit log of every change."""

from __future__ import annotations

import streamlit as st

from analytics.access import ROLES
from analytics.i18n import t
from ui import shell, widgets
from ui.data import admin as admin_data
from ui.data import followup as followup_data


def render() -> None:
    lang = shell.language()
    st.title(t("page.admin", lang))
    st.caption(t("admin.intro", lang))
    for message in st.session_state.pop("admin_saved", []):
        st.success(message)

    st.subheader(t("admin.users", lang))
    widgets.table(admin_data.users_display(lang), key="admin_users")
    with st.form("admin_user_form", clear_on_submit=True):
        name = st.text_input(t("admin.user_name", lang), key="admin_user_name")
        role = widgets.coded(
            None, t("admin.role", lang), ROLES, lang, family="access.role", key="admin_role"
        )
        f = shell.filters()
        year = f.year if f is not None else None
        committees = st.multiselect(
            t("admin.committees", lang),
            followup_data.committees(year) if year else [],
            help=t("admin.committees_help", lang),
            key="admin_committees",
            placeholder=t("app.whole_region", lang),
        )
        if st.form_submit_button(t("admin.save_user", lang), type="primary"):
            if not name.strip():
                st.warning(t("admin.name_missing", lang))
            else:
                admin_data.set_user(name.strip(), role, committees or None)
                st.session_state["admin_saved"] = [t("admin.user_saved", lang, user=name.strip())]
                st.rerun()
    names = admin_data.user_names()
    if names:
        left, right = st.columns([3, 1])
        chosen = left.selectbox(t("admin.remove_user", lang), names, key="admin_remove_name")
        if right.button(t("admin.remove", lang), key="admin_remove"):
            admin_data.remove_user(chosen)
            st.session_state["admin_saved"] = [t("admin.user_removed", lang, user=chosen)]
            st.rerun()

    st.subheader(t("admin.audit", lang))
    widgets.table(admin_data.audit_log_display(lang), key="admin_audit")
    with st.expander(t("admin.audit_technical", lang)):
        widgets.table(admin_data.audit_technical(lang), key="admin_audit_raw")


if __name__ == "__main__":  # run by Streamlit's legacy pages/ discovery: see ui/app_main.py
    from ui.app_main import redirect

    redirect("admin")
