"""Users, roles and the audit log for the admin page."""

from __future__ import annotations

import pandas as pd

from analytics import access_display
from analytics.access_display import audit_log_display as presentation_audit_log
from analytics.access_display import users_display as presentation_users
from analytics.storage import access as stored_access
from ui import shell


def users_display(lang: str) -> pd.DataFrame:
    """The roles list for the admin page, in words."""
    users = stored_access.users(shell.connection())
    return presentation_users(users, lang)


def user_names() -> list[str]:
    return [str(name) for name in stored_access.users(shell.connection())["name"]]


def set_user(name: str, role: str, committees: list[str] | None) -> None:
    with shell.writing() as con:
        stored_access.set_user(con, name, role, committees)


def remove_user(name: str) -> None:
    with shell.writing() as con:
        stored_access.remove_user(con, name)


def audit_log_display(lang: str) -> pd.DataFrame:
    """The audit log for the admin page, in words."""
    return presentation_audit_log(stored_access.audit_log(shell.connection()), lang)


def audit_technical(lang: str) -> pd.DataFrame:
    """The audit log as recorded (the write and its arguments), for tracing."""
    return access_display.audit_technical(stored_access.audit_log(shell.connection()), lang)
