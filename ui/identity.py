"""Who is using the dashboard: Streamlit's OIDC login, a trusted proxy's header, or nobody but
the person at this computer.

- OIDC (Entra ID/Azure AD and others): configured in `.streamlit/secrets.toml` under `[auth]`;
  `st.login()` / `st.user`. The user is their e-mail address (or name).
- A reverse proxy that has logged the user in sets a header (`BUDGET_AUTH_HEADER`, e.g.
  `X-Forwarded-User`); only a proxy may reach the server then, so the header can be trusted.
- Neither: a single-user local mode. The server must then listen on 127.0.0.1 only (as
  `make run` starts it); the user is admin and the sidebar says so.

The role comes from the roles list in the database (`BUDGET_ADMINS` are always admin; others
not listed get no access unless `BUDGET_DEFAULT_ROLE` and `BUDGET_DEFAULT_SCOPE` are set).
"""

from __future__ import annotations

import hmac

import duckdb
import streamlit as st

from analytics.access import Actor, identity, unlisted
from analytics.i18n import t
from analytics.settings import admins, current_user, text_setting
from analytics.storage.access import role_of

SECRET_HEADER = "X-Budget-Proxy-Secret"  # the proxy's proof that it is the proxy
FORWARDING_HEADERS = (
    "X-Forwarded-For",
    "X-Forwarded-Host",
    "X-Forwarded-Proto",
    "Forwarded",
    "X-Real-Ip",
)
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def _oidc_configured() -> bool:
    try:
        return bool(st.secrets.get("auth"))
    except Exception:  # noqa: BLE001 - no secrets file at all raises
        return False


def identify(con: duckdb.DuckDBPyConnection, lang: str) -> Actor:
    """The acting user of this session, or a login prompt / refusal (the run stops there)."""
    if _oidc_configured():
        if not st.user.is_logged_in:
            st.title(t("app.title", lang))
            st.info(t("auth.login_needed", lang))
            st.button(t("auth.login", lang), on_click=st.login, type="primary")
            st.stop()
        name = str(st.user.get("email") or st.user.get("name") or "")
        return _with_role(con, name, "oidc")
    header = text_setting("auth_header")
    if header:
        secret = text_setting("auth_secret")
        sent = st.context.headers.get(SECRET_HEADER, "")
        if secret and not hmac.compare_digest(sent.encode(), secret.encode()):
            st.error(t("auth.secret_wrong", lang, header=SECRET_HEADER))
            st.stop()
        name = st.context.headers.get(header, "")
        if not name:
            st.error(t("auth.header_missing", lang, header=header))
            st.stop()
        return _with_role(con, name, "header")
    address = str(st.get_option("server.address") or "")
    forwarded = [h for h in FORWARDING_HEADERS if st.context.headers.get(h)]
    if forwarded:  # a proxy in front of local mode would make every visitor admin
        st.error(t("auth.local_proxied", lang, headers=", ".join(forwarded)))
        st.stop()
    if address not in LOOPBACK:
        st.error(t("auth.local_only", lang, address=address or "alla nätverksgränssnitt"))
        st.stop()
    return Actor(current_user(), "admin", None, "local")


def _with_role(con: duckdb.DuckDBPyConnection, name: str, mode: str) -> Actor:
    """The logged-in user's rights; one who is not listed (and no default is set) sees
    nothing but a sentence saying so."""
    if identity(name) in admins():
        return Actor(name, "admin", None, mode)
    found = role_of(con, name)
    if found:
        return Actor(name, found[0], found[1], mode)
    actor = unlisted(name, mode)
    if actor is None:
        st.error(t("auth.no_access", name=name))
        st.stop()
    assert actor is not None
    return actor


def banner(actor: Actor, lang: str) -> None:
    """Who the user is, in the sidebar; in local mode that nobody else can reach it."""
    if actor.mode == "local":
        st.sidebar.caption(t("auth.local_mode", lang, user=actor.name))
        return
    role = t(f"access.role.{actor.role}", lang)
    scope = ", ".join(sorted(actor.committees)) if actor.committees else t("app.whole_region", lang)
    st.sidebar.caption(t("auth.signed_in", lang, user=actor.name, role=role, scope=scope))
    if actor.mode == "oidc":
        st.sidebar.button(t("auth.logout", lang), on_click=st.logout)
