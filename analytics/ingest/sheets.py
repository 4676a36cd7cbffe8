"""A sheet's data rows with their recognised columns: the common ground of every file kind.

Title rows above the header and blank spacer rows are separated from the data here, once, and
counted. Which of the remaining rows are subtotals is for the ledger parser to prove by
arithmetic (`subtotals`): a word such as "Summa" in a cell never drops a row by itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from analytics.ingest.columns import AMOUNT_ROLES, HeaderGuess
from analytics.ingest.problems import Problem, column_label
from analytics.ingest.readers import RawSheet
from analytics.ingest.values import clean_text

SUBTOTAL_WORDS = re.compile(
    r"(?i)(?<![\w])(?:summa|totalt|total|delsumma|delsum|sum|totalsumma)(?![\w])"
)


@dataclass
class SheetData:
    """The data rows of one sheet below its header, and where each came from."""

    file: str
    sheet: RawSheet
    guess: HeaderGuess
    rows: pd.DataFrame  # data rows only, original column positions
    excel_rows: np.ndarray  # the sheet's own row number of each data row
    titles: list[str]  # texts above the header (report titles, "Belopp i tkr", …)
    blank_rows: int = 0

    def subset(self, keep: np.ndarray) -> SheetData:
        """The same sheet with only the rows where `keep` holds (the stored ones)."""
        return replace(self, rows=self.rows[keep], excel_rows=self.excel_rows[keep])

    def column(self, role: str) -> int | None:
        """Position of the column with this role, if any."""
        for col, r in self.guess.roles.items():
            if r == role:
                return col
        return None

    def has(self, role: str) -> bool:
        return self.column(role) is not None

    def text(self, role: str) -> pd.Series | None:
        """A role's cells as stripped text with missing values, or None without that column."""
        col = self.column(role)
        return None if col is None else clean_text(self.rows[col])

    def label(self, role_or_col: str | int) -> str:
        """`C (Konto)` for a role or a column position."""
        col = role_or_col if isinstance(role_or_col, int) else self.column(role_or_col)
        if col is None:
            return ""
        return column_label(self.sheet.first_column + col, self.guess.headers.get(col, ""))

    def rows_where(self, mask: pd.Series) -> tuple[int, ...]:
        """The sheet row numbers where the mask holds."""
        return tuple(int(r) for r in self.excel_rows[np.asarray(mask, dtype=bool)])

    def problem(
        self,
        code: str,
        mask: pd.Series | None = None,
        role: str | int | None = None,
        **params: object,
    ) -> Problem:
        """A problem located in this sheet, at the masked rows and the role's column."""
        return Problem(
            code,
            self.file,
            self.sheet.name,
            rows=self.rows_where(mask) if mask is not None else (),
            column=self.label(role) if role is not None else "",
            params=params,
        )

    def warning(self, code: str, **params: object) -> Problem:
        return Problem(code, self.file, self.sheet.name, params=params, severity="warning")


def prepare(file: str, sheet: RawSheet, guess: HeaderGuess) -> SheetData:
    """Split a sheet into title rows, header and data rows; drop (and count) blank rows."""
    cells = sheet.cells
    titles = [str(v) for v in cells.iloc[: guess.row].stack().dropna().tolist() if str(v).strip()]
    body = cells.iloc[guess.row + 1 :]
    excel_rows = np.arange(guess.row + 2, guess.row + 2 + len(body))
    blank = body.isna().all(axis=1).to_numpy()
    return SheetData(
        file=file,
        sheet=sheet,
        guess=guess,
        rows=body[~blank],
        excel_rows=excel_rows[~blank],
        titles=titles,
        blank_rows=int(blank.sum()),
    )


def classify(guess: HeaderGuess) -> str | None:
    """Which kind of file a header describes: ledger, org register or account register."""
    roles = set(guess.roles.values())
    if roles & set(AMOUNT_ROLES) or "amount" in roles:
        return "ledger"
    if "ansvar" in roles and "committee" in roles:
        return "org"
    if (
        "konto" in roles
        and roles & {"konto_name", "kostnadsslag", "rr_line"}
        and "ansvar" not in roles
    ):
        return "accounts"
    if "ansvar" in roles and roles & {"konto", "period"}:
        return "ledger"  # a ledger whose amount column was not recognised: say what is missing
    return None
