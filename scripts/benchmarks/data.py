"""Synthetic data of realistic shape for the benchmark, built once into `bench/work/`.

- Ledger databases of 1 M and 10 M facts: the demo imported through the normal import path,
  then every ansvar copied (`analytics.storage.scale`) until the ledger holds enough facts, so
  reorganisations, monthly profiles, accounts and versions stay those of a real import.
- A 1 M-row .xlsx ledger export: the demo's seven years in one sheet with the columns an
  accounting system exports (period, ansvar and konto with their names, projekt, budget,
  outcome in kronor). Some rows are split over a project so that the sheet holds exactly
  `rows` rows; the split keeps every total to the krona.
"""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import numpy as np
import pandas as pd

from analytics.demo import build_demo, write_demo_files
from analytics.demo.generate import generate
from analytics.storage import scale
from analytics.storage.database import open_database

PROJECTS = ("1001", "1002", "2040", "3100", "4711")


def ledger_database(path: Path, rows: int, demo_folder: Path) -> Path:
    """The demo scaled to at least `rows` facts (built when missing)."""
    if path.exists():
        open_database(path).close()  # a database built by an older version is migrated
        return path
    partial = path.with_suffix(".building")
    partial.unlink(missing_ok=True)
    con = open_database(partial)
    try:
        print(f"Bygger {path.name}: demodatabasen via importen …", flush=True)
        build_demo(con, demo_folder)
        base = scale.ledger_rows(con)
        copies = max(1, math.ceil(rows / base))
        print(
            f"  kopierar varje ansvar {copies} gånger ({base:,} → ≥ {rows:,} rader) …", flush=True
        )
        scale.replicate_ansvar(con, copies)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    partial.rename(path)
    return path


def ledger_rows_frame(rows: int, seed: int = 7) -> pd.DataFrame:
    """`rows` ledger rows over 2019–2025: period, ansvar, names, konto, projekt, budget, utfall."""
    data = generate()
    frames = []
    for year, frame in sorted(data.ledger.items()):
        budget = [c for c in frame.columns if c not in {"year", "period", "ansvar", "konto"}][-2]
        org = data.org[data.org["year"] == year].set_index("ansvar")["ansvar_name"]
        frames.append(
            pd.DataFrame(
                {
                    "period": (year * 100 + frame["period"]).astype(str).to_numpy(),
                    "ansvar": frame["ansvar"].to_numpy(dtype=object),
                    "ansvar_name": frame["ansvar"].map(org).to_numpy(dtype=object),
                    "konto": frame["konto"].to_numpy(dtype=object),
                    "projekt": "",
                    "budget": frame[budget].to_numpy(),
                    "utfall": frame["utfall"].to_numpy(),
                }
            )
        )
    ledger = pd.concat(frames, ignore_index=True)
    names = data.accounts.set_index("konto")["konto_name"]
    ledger.insert(4, "konto_name", ledger["konto"].map(names).to_numpy(dtype=object))
    extra = rows - len(ledger)
    if extra < 0:
        return ledger.iloc[:rows].reset_index(drop=True)
    rng = np.random.default_rng(seed)
    chosen = np.sort(rng.choice(len(ledger), size=extra, replace=False))
    split = ledger.iloc[chosen].copy()
    split["projekt"] = rng.choice(PROJECTS, size=extra)
    # Whole kronor: the project's share plus what stays is the original amount exactly.
    for column in ("budget", "utfall"):
        share = (split[column].to_numpy() * 3) // 10
        split[column] = share
        ledger.loc[ledger.index[chosen], column] -= share
    return pd.concat([ledger, split], ignore_index=True).sort_values(
        ["period", "ansvar", "konto", "projekt"], kind="stable", ignore_index=True
    )


HEADER = ["Period", "Ansvar", "Ansvar text", "Konto", "Konto text", "Projekt", "Budget", "Utfall"]


def ledger_xlsx(path: Path, rows: int) -> Path:
    """A ledger export with `rows` data rows (written once; ~2 minutes at 1 M rows)."""
    if path.exists():
        return path
    import openpyxl

    print(f"Skriver {path.name} ({rows:,} rader) …", flush=True)
    frame = ledger_rows_frame(rows)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Huvudbok")
    sheet.append(["Huvudbok 2019–2025, Region Jämtland Härjedalen (syntetisk)"])
    sheet.append(["Belopp i kronor"])
    sheet.append(HEADER)
    for record in frame.itertuples(index=False, name=None):
        sheet.append([*record[:5], record[5] or None, int(record[6]), int(record[7])])
    partial = path.with_suffix(".partial.xlsx")
    workbook.save(partial)
    partial.rename(path)
    return path


def registers_database(path: Path, demo_folder: Path) -> Path:
    """An empty ledger with the demo's organisation and chart of accounts: the 1 M-row
    export's import target (each run starts from a copy)."""
    if path.exists():
        return path
    from analytics.imports.importer import import_file

    partial = path.with_suffix(".building")
    partial.unlink(missing_ok=True)
    con = open_database(partial)
    try:
        for name in ("kontoplan_region-bas.xlsx", "organisation_2019-2025.xlsx"):
            result = import_file(con, demo_folder / name)
            if not result.ok:
                raise RuntimeError("\n".join(result.summary_lines()))
        con.execute("CHECKPOINT")
    finally:
        con.close()
    partial.rename(path)
    return path


def demo_files(folder: Path) -> Path:
    """The demo's export files (written when missing)."""
    if not (folder / "organisation_2019-2025.xlsx").exists():
        shutil.rmtree(folder, ignore_errors=True)
        write_demo_files(folder)
    return folder
