"""Problems found while reading a file, each pointing at file, sheet, row and column.

A problem carries a message key and its parameters rather than finished text, so the same
finding is shown in Swedish in the UI and on the CLI, or in English when the user chose that.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from analytics.i18n import family, t

MAX_ROWS_LISTED = 5


SEVERITIES = ("error", "warning")  # an error stops the import, a warning is reported
family("report", SEVERITIES)  # the texts `report.<value>` (analytics/i18n/)


@dataclass(frozen=True)
class Problem:
    """One finding. `rows` are the sheet's own 1-based row numbers, as Excel shows them."""

    code: str
    file: str
    sheet: str = ""
    rows: tuple[int, ...] = ()
    column: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    severity: str = "error"  # "error" stops the import, "warning" is reported only

    def where(self, lang: str = "sv") -> str:
        """`fil.xlsx, blad Huvudbok, rad 12, 15 (+3 till), kolumn C (Konto)`."""
        parts = [self.file]
        if self.sheet:
            parts.append(t("where.sheet", lang, sheet=self.sheet))
        if self.rows:
            listed = ", ".join(str(r) for r in self.rows[:MAX_ROWS_LISTED])
            more = len(self.rows) - MAX_ROWS_LISTED
            text = t("where.rows" if len(self.rows) > 1 else "where.row", lang, rows=listed)
            if more > 0:
                text += " " + t("where.more", lang, n=more)
            parts.append(text)
        if self.column:
            parts.append(t("where.column", lang, column=self.column))
        return ", ".join(parts)

    def message(self, lang: str = "sv") -> str:
        """The finding itself, without the location."""
        params = dict(self.params)
        if "role_name" in params:  # a column role is named in the reader's language
            params["role_name"] = t(f"role.{params['role_name']}", lang)
        if "reason" in params:  # why a file is unreadable, in the reader's language
            params["reason"] = t(f"reason.{params['reason']}", lang)
        if "roles" in params:
            params["roles"] = ", ".join(
                t(f"role.{r.strip()}", lang) for r in str(params["roles"]).split(",")
            )
        return t(f"problem.{self.code}", lang, **params)

    def render(self, lang: str = "sv") -> str:
        """Location and message on one line, for the CLI and logs."""
        return f"{self.where(lang)}: {self.message(lang)}"


class ImportRejected(Exception):
    """Raised when a file cannot be imported; nothing has been written."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = list(problems)
        super().__init__("; ".join(p.render() for p in self.problems[:3]))

    @property
    def errors(self) -> list[Problem]:
        """Only the problems that stop the import."""
        return [p for p in self.problems if p.severity == "error"]


def excel_column(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: how Excel names a column."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def column_label(index: int, header: str) -> str:
    """`C (Konto)`: the Excel letter and the header text, so the user finds the cell."""
    return f"{excel_column(index)} ({header})" if header else excel_column(index)
