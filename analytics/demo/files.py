"""Writing the demo as the messy export files real accounting systems produce.

Each year comes in a different shape, so the demo exercises the importer as a region's own files
would: title rows, merged cells, hidden sheets, subtotal and total rows, Swedish number formats,
Windows-1252 and UTF-8 with BOM, `;` and `,` delimiters, amounts in kr and tkr, result sign,
periods as 202003, 2020-03, 2020M03, month names, bare months and Excel dates, a budget without
monthly rows, and a long format with a measure column.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import openpyxl
import pandas as pd
from openpyxl.styles import Font

from analytics.demo.figures import YEARS, year_figures
from analytics.demo.generate import DemoData
from analytics.ingest.options import ImportOptions

NBSP = "\u00a0"
MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
               "september", "oktober", "november", "december"]  # fmt: skip


@dataclass(frozen=True)
class DemoFile:
    """A written demo file and the options its import needs (as a user would give them)."""

    path: Path
    options: ImportOptions


def sv_amounts(
    values: np.ndarray, decimals: int = 2, thousands: str = " ", parens: bool = False
) -> list[str]:
    """Swedish text amounts: `1 234 567,00`, `-12,00` or `(12,00)`."""
    out = []
    for v in values.tolist():
        text = f"{abs(v):,}".replace(",", thousands) + ("," + "0" * decimals if decimals else "")
        if v < 0:
            text = f"({text})" if parens else "-" + text
        out.append(text)
    return out


def tkr_amounts(values: np.ndarray) -> list[str]:
    """Kronor written as tkr with three decimals: 1234567 → `1 234,567`."""
    out = []
    for v in values.tolist():
        whole, rest = divmod(abs(v), 1000)
        text = f"{whole:,}".replace(",", " ") + f",{rest:03d}"
        out.append(("-" if v < 0 else "") + text)
    return out


def write_csv(
    path: Path,
    titles: list[list[str]],
    header: list[str],
    rows: list[list[str]],
    *,
    delimiter: str,
    encoding: str,
) -> None:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        writer.writerows(titles)
        writer.writerow(header)
        writer.writerows(rows)


def _title_sheet(ws: Any, title: str, subtitle: str, width: int) -> None:  # openpyxl sheet
    ws.append([title])
    ws.append([subtitle])
    ws.append([])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws["A1"].font = Font(bold=True, size=14)


def write_org_register(data: DemoData, path: Path) -> DemoFile:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Organisation"
    header = [
        "År",
        "Ansvar",
        "Ansvarsnamn",
        "Verksamhet",
        "Verksamhetsnamn",
        "Förvaltning/område",
        "Nämnd",
    ]
    _title_sheet(
        ws,
        "Organisationsregister Region Jämtland Härjedalen (demo)",
        "Giltig per år 2019–2025",
        len(header),
    )
    ws.append(header)
    for row in data.org.itertuples(index=False):
        ws.append(list(row))
    hidden = wb.create_sheet("Instruktion")
    hidden.append(["Registret används för att knyta ansvar till nämnd per år."])
    hidden.sheet_state = "hidden"
    wb.save(path)
    return DemoFile(path, ImportOptions())


def write_account_register(data: DemoData, path: Path) -> DemoFile:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kontoplan"
    header = ["Konto", "Kontonamn", "Kostnadsslag", "Resultaträkningsrad"]
    _title_sheet(ws, "Kontoplan enligt Region-Bas (demo)", "Utdrag ur ekonomisystemet", len(header))
    ws.append(header)
    for row in data.accounts.itertuples(index=False):
        ws.append(list(row))
    wb.save(path)
    return DemoFile(path, ImportOptions())


def _names(
    data: DemoData, year: int
) -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    org = data.org[data.org["year"] == year]
    return (
        dict(zip(org["ansvar"], org["ansvar_name"], strict=True)),
        dict(zip(data.accounts["konto"], data.accounts["konto_name"], strict=True)),
        dict(zip(org["ansvar"], org["committee"], strict=True)),
        dict(zip(org["ansvar"], org["forvaltning"], strict=True)),
    )


def write_2019(data: DemoData, folder: Path) -> DemoFile:
    """Windows-1252, `;`, periods 201903, no-break spaces in amounts, a total row."""
    frame = data.ledger[2019]
    ansvar_names, konto_names, _, _ = _names(data, 2019)
    budget, outcome = frame["Budget 2019"].to_numpy(), frame["utfall"].to_numpy()
    rows = [
        [f"2019{p:02d}", a, ansvar_names[a], k, konto_names[k], b, u]
        for p, a, k, b, u in zip(
            frame["period"], frame["ansvar"], frame["konto"],
            sv_amounts(budget, thousands=NBSP), sv_amounts(outcome, thousands=NBSP), strict=True,
        )
    ]  # fmt: skip
    rows.append(
        [
            "Totalt",
            "",
            "",
            "",
            "",
            *sv_amounts(np.array([budget.sum(), outcome.sum()]), thousands=NBSP),
        ]
    )
    path = folder / "huvudbok_2019.csv"
    write_csv(
        path,
        [["Huvudboksrapport 2019"], ["Region Jämtland Härjedalen (demo)"], []],
        ["Period", "Ansvar", "Ansvar text", "Konto", "Konto text", "Budget", "Utfall"],
        rows,
        delimiter=";",
        encoding="cp1252",
    )
    return DemoFile(path, ImportOptions(version="Budget 2019"))


def write_2020_original(data: DemoData, folder: Path) -> DemoFile:
    """The budget decided in October 2019: annual amounts only, Excel, subtotals per förvaltning."""
    name = year_figures(2020).versions[0].name
    frame = data.ledger[2020]
    annual = frame.groupby(["ansvar", "konto"], as_index=False, sort=False)[name].sum()
    ansvar_names, konto_names, _, forvaltning = _names(data, 2020)
    annual["forvaltning"] = annual["ansvar"].map(forvaltning)
    wb = openpyxl.Workbook(write_only=False)
    ws = wb.active
    ws.title = "Budget 2020"
    header = ["Ansvar", "Ansvar text", "Konto", "Konto text", "Budget 2020"]
    _title_sheet(ws, "Budget 2020 enligt RF 2019-10-16 §109", "Belopp i kronor", len(header))
    ws.append(header)
    for unit, group in annual.groupby("forvaltning", sort=False):
        for a, k, amount in zip(group["ansvar"], group["konto"], group[name], strict=True):
            ws.append([a, ansvar_names[a], k, konto_names[k], int(amount)])
        ws.append([f"Summa {unit}", None, None, None, int(group[name].sum())])
    ws.append(["Totalt", None, None, None, int(annual[name].sum())])
    path = folder / "budget_2020_rf_2019-10-16.xlsx"
    wb.save(path)
    return DemoFile(path, ImportOptions(version=name, year=2020))


def write_2020(data: DemoData, folder: Path) -> DemoFile:
    """UTF-8 with BOM, `;`, periods 2020-03, the revised budget beside the outcome."""
    frame = data.ledger[2020]
    rows = [
        [f"2020-{p:02d}", a, k, b, u]
        for p, a, k, b, u in zip(
            frame["period"], frame["ansvar"], frame["konto"],
            sv_amounts(frame["Reviderad budget 2020"].to_numpy()), sv_amounts(frame["utfall"].to_numpy()),
            strict=True,
        )
    ]  # fmt: skip
    path = folder / "huvudbok_2020.csv"
    write_csv(
        path,
        [["Utdrag huvudbok 2020"], []],
        ["Period", "Ansvar", "Konto", "Budget", "Utfall"],
        rows,
        delimiter=";",
        encoding="utf-8-sig",
    )
    return DemoFile(path, ImportOptions(version="Reviderad budget 2020"))


def write_2021(data: DemoData, folder: Path) -> DemoFile:
    """UTF-8, `,` with quoted decimal commas, periods 2021M03, a nämnd column."""
    frame = data.ledger[2021]
    _, _, committee, _ = _names(data, 2021)
    rows = [
        [f"2021M{p:02d}", committee[a], a, k, b, u]
        for p, a, k, b, u in zip(
            frame["period"], frame["ansvar"], frame["konto"],
            sv_amounts(frame["Budget 2021"].to_numpy(), thousands=""), sv_amounts(frame["utfall"].to_numpy(), thousands=""),
            strict=True,
        )
    ]  # fmt: skip
    path = folder / "huvudbok_2021.csv"
    write_csv(
        path,
        [],
        ["Period", "Nämnd", "Ansvar", "Konto", "Budget", "Utfall"],
        rows,
        delimiter=",",
        encoding="utf-8",
    )
    return DemoFile(path, ImportOptions(version="Budget 2021"))


def write_2022(data: DemoData, folder: Path) -> DemoFile:
    """Long format: one measure column (Budget / Bokfört) and month names."""
    frame = data.ledger[2022]
    rows = []
    for measure, column in (("Budget", "Budget 2022"), ("Bokfört", "utfall")):
        for p, a, k, amount in zip(
            frame["period"],
            frame["ansvar"],
            frame["konto"],
            sv_amounts(frame[column].to_numpy()),
            strict=True,
        ):
            rows.append(["2022", MONTH_NAMES[p - 1], a, k, measure, amount])
    path = folder / "huvudbok_2022.csv"
    write_csv(
        path,
        [],
        ["År", "Månad", "Ansvar", "Konto", "Mått", "Belopp"],
        rows,
        delimiter=";",
        encoding="utf-8",
    )
    return DemoFile(path, ImportOptions(version="Budget 2022"))


def write_2023(data: DemoData, folder: Path) -> DemoFile:
    """Amounts in tkr with three decimals, dates as periods."""
    frame = data.ledger[2023]
    last_day = {
        p: (pd.Timestamp(2023, p, 1) + pd.offsets.MonthEnd(0)).strftime("%Y-%m-%d")
        for p in range(1, 13)
    }
    rows = [
        [last_day[p], a, k, b, u]
        for p, a, k, b, u in zip(
            frame["period"], frame["ansvar"], frame["konto"],
            tkr_amounts(frame["Budget 2023"].to_numpy()), tkr_amounts(frame["utfall"].to_numpy()), strict=True,
        )
    ]  # fmt: skip
    path = folder / "huvudbok_2023.csv"
    write_csv(
        path,
        [["Huvudbok 2023"], ["Belopp i tkr"]],
        ["Datum", "Ansvar", "Konto", "Budget", "Utfall"],
        rows,
        delimiter=";",
        encoding="utf-8",
    )
    return DemoFile(path, ImportOptions(version="Budget 2023"))


def write_2024(data: DemoData, folder: Path) -> DemoFile:
    """Abbreviated headers, bare months with the year in the title, amounts in result sign."""
    frame = data.ledger[2024]
    rows = [
        [a, k, str(p), u, b]
        for p, a, k, b, u in zip(
            frame["period"], frame["ansvar"], frame["konto"],
            sv_amounts(-frame["Budget 2024"].to_numpy(), parens=True), sv_amounts(-frame["utfall"].to_numpy(), parens=True),
            strict=True,
        )
    ]  # fmt: skip
    path = folder / "huvudbok_2024.csv"
    write_csv(
        path,
        [["Resultatrapport Huvudbok 2024 (intäkter positiva)"]],
        ["Kostnadsställe", "Kto", "Per", "Bokfört", "Budget"],
        rows,
        delimiter=";",
        encoding="utf-8",
    )
    return DemoFile(path, ImportOptions(version="Budget 2024", sign="result"))


def write_2025(data: DemoData, folder: Path) -> DemoFile:
    """A plain export with a year column and code-and-name cells ("4000 Månadslön …")."""
    frame = data.ledger[2025]
    ansvar_names, konto_names, _, _ = _names(data, 2025)
    rows = [
        ["2025", str(p), f"{a} {ansvar_names[a]}", f"{k} {konto_names[k]}", b, u]
        for p, a, k, b, u in zip(
            frame["period"], frame["ansvar"], frame["konto"],
            sv_amounts(frame["Budget 2025"].to_numpy()), sv_amounts(frame["utfall"].to_numpy()), strict=True,
        )
    ]  # fmt: skip
    path = folder / "huvudbok_2025.csv"
    write_csv(
        path,
        [],
        ["År", "Period", "Ansvar", "Konto", "Budget", "Utfall"],
        rows,
        delimiter=";",
        encoding="utf-8",
    )
    return DemoFile(path, ImportOptions(version="Budget 2025"))


def write_forecasts(data: DemoData, folder: Path) -> DemoFile:
    """The controllers' year-end forecasts: Excel dates as periods, a merged nämnd column."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Prognoser"
    header = ["År", "Period", "Nämnd", "Ansvar", "Konto", "Prognos helår"]
    _title_sheet(
        ws,
        "Helårsprognoser per nämnd och månad",
        "Inrapporterade av ekonomicontroller",
        len(header),
    )
    ws.append(header)
    frame = data.forecasts.sort_values(["year", "period", "committee", "konto"], kind="stable")
    for (_year, _period, committee), group in frame.groupby(
        ["year", "period", "committee"], sort=False
    ):
        start = ws.max_row + 1
        for row in group.itertuples(index=False):
            ws.append(
                [
                    row.year,
                    datetime(row.year, row.period, 1),
                    committee,
                    row.ansvar,
                    row.konto,
                    int(row.prognos),
                ]
            )
        if len(group) > 1:
            ws.merge_cells(start_row=start, start_column=3, end_row=ws.max_row, end_column=3)
    path = folder / "prognoser_2019-2025.xlsx"
    wb.save(path)
    return DemoFile(path, ImportOptions())


WRITERS: list[Callable[[DemoData, Path], DemoFile]] = [
    lambda d, f: write_org_register(d, f / "organisation_2019-2025.xlsx"),
    lambda d, f: write_account_register(d, f / "kontoplan_region-bas.xlsx"),
    write_2019,
    write_2020_original,
    write_2020,
    write_2021,
    write_2022,
    write_2023,
    write_2024,
    write_2025,
    write_forecasts,
]

assert len(YEARS) == 7  # one writer per demo year above
