"""The demo's goals and indicators and a Kolada export to compare with, both written as the
files a region has (a goal sheet with a title row and merged målområde cells, and Kolada's own
export layout) and loaded through the same imports.

Public: the climate goal "CO2 from business travel and internal transport: −42 % against
2019", and the report's tally of 12 green, 8 yellow and 13 red. Every other indicator, value
and the KPI ids are invented and marked "(demo)" in the sheets.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from analytics.goals.compute import Indicator, relative_target

OWN = "Region Jämtland Härjedalen"
YEARS = list(range(2019, 2026))
# målområde → [(indicator, unit, direction, base, target (number or "−42 %"), kolada id)]
GOALS: dict[str, list[tuple[str, str, str, float, float | str, str]]] = {
    "Hållbar utveckling": [
        ("CO2 från tjänsteresor och interna transporter", "ton", "lower", 2400, "−42 %", ""),
        ("Andel fossilfria fordon", "%", "higher", 35, 90, ""),
        ("Energianvändning i egna lokaler", "kWh/m²", "lower", 180, 150, ""),
        ("Andel ekologiska livsmedel", "%", "higher", 30, 50, "U07414"),
        ("Avfall per anställd", "kg", "lower", 95, 80, ""),
        ("Andel upphandlingar med miljökrav", "%", "higher", 60, 95, ""),
        ("Kollektivtrafikresor per invånare", "resor", "higher", 45, 60, "N60404"),
        ("Andel förnybar el", "%", "higher", 70, 100, ""),
    ],
    "God och nära vård": [
        ("Väntetid till första besök inom 90 dagar", "%", "higher", 68, 90, "U79455"),
        ("Väntetid till operation inom 90 dagar", "%", "higher", 62, 85, "U79456"),
        ("Undvikbar slutenvård per 100 000 invånare", "st", "lower", 980, 800, "U79800"),
        ("Överbeläggningar per 100 vårdplatser", "st", "lower", 4.1, 1.0, ""),
        ("Andel digitala vårdbesök", "%", "higher", 6, 25, ""),
        ("Patientnöjdhet i primärvården", "index", "higher", 82, 88, "U79700"),
        ("Läkemedelskostnad per invånare", "kr", "lower", 5200, 5000, ""),
        ("Återinskrivningar inom 30 dagar", "%", "lower", 14, 11, ""),
        ("Tillgänglighet telefon primärvård", "%", "higher", 78, 95, ""),
    ],
    "Attraktiv arbetsgivare": [
        ("Sjukfrånvaro", "%", "lower", 6.8, 5.5, "N00090"),
        ("Personalomsättning", "%", "lower", 11, 8, ""),
        ("Kostnad för inhyrd personal av personalkostnad", "%", "lower", 6.5, 2.0, ""),
        ("Andel heltidsanställda", "%", "higher", 82, 95, ""),
        ("Medarbetarengagemang (HME)", "index", "higher", 77, 82, ""),
        ("Andel chefer med högst 30 medarbetare", "%", "higher", 55, 80, ""),
        ("Övertid per anställd", "timmar", "lower", 48, 30, ""),
        ("Andel medarbetare med fullgjord introduktion", "%", "higher", 70, 95, ""),
    ],
    "Ekonomi i balans": [
        ("Årets resultat av skatter och bidrag", "%", "higher", -3.5, 2.0, "N03101"),
        ("Nettokostnadsutveckling minus skatteutveckling", "procentenheter", "lower", 1.8, 0, ""),
        ("Soliditet inklusive pensionsåtaganden", "%", "higher", -55, -30, "N03002"),
        ("Självfinansieringsgrad av investeringar", "%", "higher", 60, 100, ""),
        ("Prognossäkerhet i augusti", "%", "lower", 8, 2, ""),
        ("Andel nämnder inom budgetram", "%", "higher", 40, 100, ""),
        ("Långfristiga lån från Kommuninvest", "mnkr", "lower", 433, 360, ""),
        ("Kostnad per vårddag", "kr", "lower", 9800, 9500, ""),
    ],
}
# How each indicator's 2025 outcome sits against its path: ahead (green), a little behind
# (yellow) or far behind (red); 12, 8 and 13 as in the region's report.
PLAN = [
    str(p)
    for p in np.random.default_rng(7).permutation(["green"] * 12 + ["yellow"] * 8 + ["red"] * 13)
]
OFFSET = {"green": 0.05, "yellow": -0.05, "red": -0.35}


def _indicator(direction: str, base: float, target: float | str) -> Indicator:
    if isinstance(target, str):  # "−42 %": a change from the base
        value = relative_target(base, float(target.replace("−", "-").rstrip(" %")))
    else:
        value = float(target)
    return Indicator(direction, 2019, base, 2030, value)


def _outcomes(indicator: Indicator, plan: str, rng: np.random.Generator) -> list[float]:
    way = indicator.target_value - indicator.base_value
    latest = indicator.path(2025) + OFFSET[plan] * way
    values = []
    for year in YEARS:
        share = (year - 2019) / (2025 - 2019)
        noise = rng.normal(0, 0.02) * abs(way) if year not in (2019, 2025) else 0.0
        values.append(
            round(indicator.base_value + share * (latest - indicator.base_value) + noise, 1)
        )
    return values


def write_goal_sheet(folder: Path, seed: int = 33) -> Path:
    from openpyxl import Workbook

    rng = np.random.default_rng(seed)
    wb = Workbook()
    wb.remove(wb.active)
    ws = wb.create_sheet("Mål")
    ws.append(["Regionplan 2019–2030: mål och mätetal, uppföljning (demo)"])
    ws.append([])
    ws.append(["Målområde", "Mål", "Mätetal", "Enhet", "Riktning", "Basår", "Basvärde", "Målår",
               "Målvärde", "Kolada-id", *[str(y) for y in YEARS]])  # fmt: skip
    i = 0
    for area, indicators in GOALS.items():
        first = True
        for name, unit, direction, base, target, kolada in indicators:
            indicator = _indicator(direction, base, target)
            outcomes = _outcomes(indicator, PLAN[i], rng)
            i += 1
            ws.append([area if first else None, f"{name} ska nå målvärdet 2030",
                       name, unit, "Lägre är bättre" if direction == "lower" else "Högre är bättre",
                       2019, base, 2030, target, kolada or None, *outcomes])  # fmt: skip
            first = False
    path = folder / "mal_och_matetal.xlsx"
    wb.save(path)
    return path


def write_kolada_export(folder: Path, seed: int = 21) -> Path:
    """Kolada's layout: a title row, Kpi/Region/Kön, years as text, decimal commas, gaps."""
    from openpyxl import Workbook

    rng = np.random.default_rng(seed)
    regions = [OWN, "Region Västernorrland", "Region Norrbotten", "Region Västerbotten",
               "Region Dalarna", "Region Gävleborg", "Region Värmland", "Region Örebro län",
               "Region Uppsala", "Region Kalmar län"]  # fmt: skip
    wb = Workbook()
    ws = wb.active
    ws.title = "Kolada"
    ws.append(["Kolada - Nyckeltal, hämtat 2026-11-20 (demo)"])
    ws.append(["Kpi", "Region", "Kön", *[str(y) for y in YEARS]])
    for area in GOALS.values():
        for name, _unit, direction, base, target, kolada in area:
            if not kolada:
                continue
            indicator = _indicator(direction, base, target)
            first = True
            values_by_region = {}
            for region in regions:
                level = indicator.base_value * rng.uniform(0.85, 1.15)
                drift = (indicator.target_value - indicator.base_value) * rng.uniform(0.1, 0.6) / 6
                values = [level + drift * k for k in range(len(YEARS))]
                values_by_region[region] = values
                cells = [f"{v:.1f}".replace(".", ",") for v in values]
                if region == "Region Kalmar län":
                    cells[0] = ""  # Kolada leaves a missing year empty
                ws.append([f"{kolada}: {name} (demo)" if first else None, region, "Totalt", *cells])
                first = False
            mean = np.mean(list(values_by_region.values()), axis=0)
            ws.append([None, "Alla regioner (ovägt medel)", "Totalt",
                       *[f"{v:.1f}".replace(".", ",") for v in mean]])  # fmt: skip
            ws.append(
                [None, "Riket", "Totalt", *[f"{v * 1.01:.1f}".replace(".", ",") for v in mean]]
            )
    path = folder / "kolada_export.xlsx"
    wb.save(path)
    return path
