"""The demo's cost-reduction programme, written as a filled savings template and loaded
through the same import a user's template takes.

Public (seed documents): the required result improvements of 120, 90 and 70 mnkr for
2020–2022, split here per nämnd as the demo frames split them; RS's action plan for 2025 with
the measures that need a political decision – the R&D budget (RS/535/2024) and ending the
summer-jobs programme (RS/493/2023), both before RS on 1 October 2024 – and the national
patient survey, still to be investigated. Titles elsewhere, every amount, status and risk, and
the months savings were realised in are invented and marked "(demo)" where they stand alone.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analytics.demo import figures as F
from analytics.savings.compute import (
    MEASURE_COLUMNS,
    PLAN_COLUMNS,
    REALISED_COLUMNS,
    TARGET_COLUMNS,
)
from analytics.savings.template import write_template

TKR = 100_000  # öre
RS_TARGET_2025_TKR = 30_000  # invented
# code, title, nämnd, owner, status, needs decision, decision, risk, {year: planned tkr}
MEASURES = [
    ("Å-2020-01", "Minskad inhyrd personal", F.HSN, "Hälso- och sjukvårdsdirektör", "in_progress",
     False, "", "medium", {2020: 40_000, 2021: 25_000, 2022: 15_000}),
    ("Å-2020-02", "Läkemedelsgenomgångar och förskrivning enligt rekommendation", F.HSN,
     "Läkemedelschef", "decided", False, "", "low", {2020: 12_000, 2021: 6_000}),
    ("Å-2020-03", "Samordnad vårdplatsorganisation", F.HSN, "Områdeschef Medicin", "decided",
     True, "HSN 2020-03-12 §31 (demo)", "high", {2020: 15_000, 2021: 20_000}),
    ("Å-2020-04", "Stängd vårdavdelning sommartid", F.HSN, "Områdeschef Kirurgi", "dropped",
     True, "", "high", {2020: 10_000}),
    ("Å-2020-05", "Administrativ förenkling efter minskad interndebitering", F.RS,
     "Ekonomidirektör", "realised", False, "", "low", {2020: 12_000}),
    ("Å-2020-06", "Lokalöversyn: avveckla inhyrda lokaler", F.RS, "Fastighetschef", "decided",
     False, "", "medium", {2020: 8_000, 2021: 10_000, 2022: 12_000}),
    ("Å-2020-07", "Översyn av linjenätet", F.KTN, "Trafikchef", "decided", True,
     "KTN 2020-04-22 §12 (demo)", "high", {2020: 6_000, 2021: 4_000}),
    ("Å-2020-08", "Minskade verksamhetsbidrag till kulturen", F.RUN, "Regional utvecklingsdirektör",
     "idea", True, "", "high", {2020: 3_000}),
    ("Å-2020-09", "Digitala möten i stället för resor", F.PN, "Kanslichef", "realised", False, "",
     "low", {2020: 500}),
    ("Å-2021-01", "Gemensam inköpsorganisation", F.RS, "Upphandlingschef", "in_progress", False,
     "", "medium", {2021: 6_000, 2022: 8_000}),
    ("Å-2021-02", "Digitala vårdbesök i stället för resor", F.HSN, "Chef Hälsoval", "idea", False,
     "", "medium", {2021: 8_000, 2022: 10_000}),
    ("Å-2025-01", "Budget för FoU-medel (RS/535/2024)", F.RS, "Regiondirektör", "decided", True,
     "RS 2024-10-01", "medium", {2025: 5_000}),
    ("Å-2025-02", "Avveckling av program för feriepraktik (RS/493/2023)", F.RS, "HR-direktör",
     "decided", True, "RS 2024-10-01", "low", {2025: 3_500}),
    ("Å-2025-03", "Externa omkostnader för enkäter, bl.a. Nationell Patientenkät (utreds)",
     F.RS, "Regiondirektör", "idea", True, "", "high", {2025: 1_500}),
    ("Å-2025-04", "Strukturella förändringar i den nya förvaltningsorganisationen (demo)", F.RS,
     "Regiondirektör", "in_progress", False, "", "medium", {2025: 12_000}),
    ("Å-2025-05", "Vakanshållning och minskade resor (demo)", F.RS, "Regiondirektör", "decided",
     False, "", "low", {2025: 8_000}),
]  # fmt: skip
# Of the planned saving, how much each status has realised by December, from March on.
REALISED_SHARE = {"realised": 1.0, "in_progress": 0.8, "decided": 0.6}


def demo_savings(
    frame_changes: pd.DataFrame,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(targets, measures, plans, realised) of the demo programme."""
    efficiency = frame_changes[frame_changes["change_type"] == "efficiency"]
    targets = [
        (int(r.year), r.committee, -int(r.amount_ore)) for r in efficiency.itertuples(index=False)
    ]
    targets += [
        (year, "", mnkr * 1000 * TKR) for year, mnkr in ((2020, 120), (2021, 90), (2022, 70))
    ]
    targets.append((2025, F.RS, RS_TARGET_2025_TKR * TKR))
    measures, plans, realised = [], [], []
    for code, title, committee, owner, status, needs, decision, risk, planned in MEASURES:
        measures.append((code, title, committee, owner, status, needs, decision, risk))
        for year, amount in planned.items():
            plans.append((code, year, amount * TKR))
            share = REALISED_SHARE.get(status, 0.0)
            if share:
                per_month = round(amount * share / 10)  # March to December, whole tkr
                realised += [(code, year, month, per_month * TKR) for month in range(3, 13)]
    return (
        pd.DataFrame(targets, columns=TARGET_COLUMNS),
        pd.DataFrame(measures, columns=MEASURE_COLUMNS),
        pd.DataFrame(plans, columns=PLAN_COLUMNS),
        pd.DataFrame(realised, columns=REALISED_COLUMNS),
    )


def write_demo_savings(frame_changes: pd.DataFrame, folder: Path) -> Path:
    """The demo programme as a filled template in `folder`."""
    path = folder / "atgardsprogram_2020-2025.xlsx"
    path.write_bytes(write_template(*demo_savings(frame_changes), list(F.COMMITTEES)))
    return path
