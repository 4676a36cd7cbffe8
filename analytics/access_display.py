"""The roles list and the audit log as the admin page shows them."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pandas as pd

from analytics.common.formatting import format_number
from analytics.i18n import family, t, tn


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


# The audited writes (analytics/storage, `@audited`) by name, each said in words.
OPERATIONS = family(
    "audit.op",
    (
        "add_assumptions", "add_change", "add_comment", "add_decision", "add_forecast_entry",
        "add_measure", "add_realised", "add_tax_forecast", "add_tax_forecasts", "approve",
        "delete", "remove_decision", "remove_user", "reopen", "replace_all", "replace_goals",
        "replace_kolada", "replace_years", "save", "save_profile", "save_text", "set_deadline",
        "set_decision", "set_target", "set_user", "submit", "withdraw", "write_import",
    ),
)  # fmt: skip
# The arguments worth saying, in the order said; the rest stays in the technical record.
ARGUMENTS = family(
    "audit.arg",
    (
        "file_name", "kind", "rows_read", "facts", "org", "accounts", "name", "year", "period",
        "committee", "version", "unit", "role", "committees", "base_year", "amount_ore",
        "explanation", "action", "text", "source", "notes", "section", "note", "due",
    ),
)  # fmt: skip


_RECORD_REPR = re.compile(r"^[A-Z]\w*\(file_name='([^']*)'")
_PLAIN = ("year", "base_year", "period")  # numbers said without a thousands group


def _said(key: str, value: object, lang: str) -> str:
    if key in _PLAIN:
        return str(value)
    if isinstance(value, bool):
        return t("yes" if value else "no", lang)
    if isinstance(value, int):
        return format_number(value)
    if isinstance(value, str) and value.startswith("<") and value.endswith(" rader>"):
        count = int(value[1:].split()[0])
        return tn("audit.rows", count, lang, rows=format_number(count))
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def audit_words(operation: str, detail: str, lang: str = "sv") -> str:
    """One log entry in words: `Fil importerad – Fil: huvudbok_2019.csv; Rader lästa: 111 385`.
    The write's own name and arguments are never shown; a name this version does not know
    is said as "Ändring" with the arguments it can name."""
    head = t(f"audit.op.{operation}", lang) if operation in OPERATIONS else t("audit.other", lang)
    try:
        found = json.loads(detail) if detail else {}
    except ValueError:
        found = {}
    flat: dict[str, object] = {}
    for key, value in found.items() if isinstance(found, dict) else ():
        if isinstance(value, str) and (legacy := _RECORD_REPR.search(value)):
            value = {"file_name": legacy.group(1)}  # entries from before records had fields
        inner = value.items() if isinstance(value, dict) else [(key, value)]
        flat.update({k: v for k, v in inner if k not in flat})
    parts = []
    for key in ARGUMENTS:
        value = flat.get(key)
        if value in (None, "", [], {}):
            continue
        if key == "amount_ore" and isinstance(value, int):
            value = f"{format_number(Decimal(value) / 100, 2)} kr"
        parts.append(f"{t(f'audit.arg.{key}', lang)}: {_said(key, value, lang)}")
    return f"{head} – {'; '.join(parts)}" if parts else head


def audit_log_display(log: pd.DataFrame, lang: str = "sv") -> pd.DataFrame:
    """When, who, which permission the change used, on which nämnd and what it did, all in
    words (the recorded function and arguments are in `audit_technical`)."""
    return pd.DataFrame(
        {
            t("admin.audit_when", lang): pd.to_datetime(log["happened_at"]).dt.strftime(
                "%Y-%m-%d %H:%M:%S"
            ),
            t("admin.user_name", lang): log["user_name"],
            t("admin.audit_action", lang): [t(f"access.action.{a}", lang) for a in log["action"]],
            t("admin.committee", lang): log["committee"].fillna(""),
            t("admin.audit_change", lang): [
                audit_words(o, d, lang)
                for o, d in zip(log["operation"], log["detail"], strict=True)
            ],
        }
    )


def audit_technical(log: pd.DataFrame, lang: str = "sv") -> pd.DataFrame:
    """The log as recorded, for tracing a change to the code: when, the write and its arguments."""
    return pd.DataFrame(
        {
            t("admin.audit_when", lang): pd.to_datetime(log["happened_at"]).dt.strftime(
                "%Y-%m-%d %H:%M:%S"
            ),
            t("admin.audit_operation", lang): log["operation"],
            t("admin.audit_detail", lang): log["detail"],
        }
    )
