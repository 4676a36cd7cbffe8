"""The roles list and the audit log as the admin page shows them."""

from __future__ import annotations

import pandas as pd

from analytics.i18n import t


def users_display(users: pd.DataFrame, lang: str = "sv") -> pd.DataFrame:
    """Name, role in words, the nämnder they are limited to (or the whole region), who set it."""
    return pd.DataFrame(
        {
            t("admin.user_name", lang): users["name"],
            t("admin.role", lang): [t(f"access.role.{r}", lang) for r in users["role"]],
            t("admin.committees", lang): [
                ", ".join(c) if c is not None and len(c) else t("app.whole_region", lang)
                for c in users["committees"]
            ],
            t("admin.updated_by", lang): users["updated_by"],
        }
    )


def audit_log_display(log: pd.DataFrame, lang: str = "sv") -> pd.DataFrame:
    """When, who, which permission the change used (in words) and on which nämnd; then the
    storage function and its arguments exactly as recorded, for tracing a change."""
    return pd.DataFrame(
        {
            t("admin.audit_when", lang): pd.to_datetime(log["happened_at"]).dt.strftime(
                "%Y-%m-%d %H:%M:%S"
            ),
            t("admin.user_name", lang): log["user_name"],
            t("admin.audit_action", lang): [t(f"access.action.{a}", lang) for a in log["action"]],
            t("admin.committee", lang): log["committee"].fillna(""),
            t("admin.audit_operation", lang): log["operation"],
            t("admin.audit_detail", lang): log["detail"],
        }
    )
