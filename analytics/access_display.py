"""The roles list as the admin page shows it."""

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
