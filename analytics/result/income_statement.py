"""The income statement (resultaträkning, LKBR layout) and how accounts map onto it.

Without an account register, the line follows from the Region-Bas account class: 3 revenue,
4–7 costs (78 depreciation), 80 taxes, 82 general state grants and equalisation, 84 financial
income, 85 financial costs, 88 extraordinary items. A register can override any account.
"""

from __future__ import annotations

from dataclasses import dataclass

from analytics.common.text import normalise_header


@dataclass(frozen=True)
class Line:
    """One line of the income statement. `sign` is how it enters the result (+1 or −1 on cost)."""

    code: str
    sv: str
    en: str
    central: bool  # financed centrally, outside the committees' frames


LINES: tuple[Line, ...] = (
    Line("intakter", "Verksamhetens intäkter", "Operating revenue", False),
    Line("kostnader", "Verksamhetens kostnader", "Operating costs", False),
    Line("avskrivningar", "Avskrivningar", "Depreciation", False),
    Line("skatteintakter", "Skatteintäkter", "Tax revenue", True),
    Line(
        "statsbidrag",
        "Generella statsbidrag och utjämning",
        "General state grants and equalisation",
        True,
    ),
    Line("finansiella_intakter", "Finansiella intäkter", "Financial income", True),
    Line("finansiella_kostnader", "Finansiella kostnader", "Financial costs", True),
    Line("extraordinara", "Extraordinära poster", "Extraordinary items", True),
)
_BY_TEXT = {
    **{normalise_header(line.sv): line.code for line in LINES},
    **{normalise_header(line.en): line.code for line in LINES},
    **{line.code: line.code for line in LINES},
    "verksamhetens nettokostnader": None,
}


def line_for_account(konto: str) -> str | None:
    """The income-statement line of a Region-Bas account number, or None if it has none."""
    digits = konto.strip()
    if len(digits) < 2 or not digits[:2].isdigit():
        return None
    first, two = int(digits[0]), int(digits[:2])
    if first == 3:
        return "intakter"
    if first in (4, 5, 6, 7):
        return "avskrivningar" if two == 78 else "kostnader"
    if first == 8:
        return {
            80: "skatteintakter",
            81: "skatteintakter",
            82: "statsbidrag",
            83: "statsbidrag",
            84: "finansiella_intakter",
            85: "finansiella_kostnader",
            86: "extraordinara",
            87: "extraordinara",
            88: "extraordinara",
        }.get(two)
    return None


def line_from_text(text: str) -> str | None:
    """A line code from its Swedish or English label as written in a register file."""
    return _BY_TEXT.get(normalise_header(text))


def line_label(code: str, lang: str = "sv") -> str:
    """The label users read for a line code."""
    for line in LINES:
        if line.code == code:
            return line.sv if lang == "sv" else line.en
    return code


class Subtotals:
    """The income statement's subtotals below verksamhetens nettokostnader (LKBR), defined once
    for the result forecast and every scenario year: each gives its nettokostnader in result
    sign (negative) and its lines below; the sums follow from them (öre)."""

    tax_ore: int
    grants_ore: int
    financial_income_ore: int
    financial_costs_ore: int  # negative
    extraordinary_ore: int

    @property
    def net_operating_ore(self) -> int:
        """Verksamhetens nettokostnader, result sign (negative)."""
        raise NotImplementedError

    @property
    def financial_ore(self) -> int:
        """Finansiella intäkter less finansiella kostnader."""
        return self.financial_income_ore + self.financial_costs_ore

    @property
    def operating_result_ore(self) -> int:
        """Verksamhetens resultat."""
        return self.net_operating_ore + self.tax_ore + self.grants_ore

    @property
    def after_financial_ore(self) -> int:
        """Resultat efter finansiella poster."""
        return self.operating_result_ore + self.financial_ore

    @property
    def result_ore(self) -> int:
        """Årets resultat."""
        return self.after_financial_ore + self.extraordinary_ore
