"""The cost-reduction programme: target, planned, decided, realised, gap; the template."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analytics.ingest.problems import ImportRejected
from analytics.savings import compute as savings
from analytics.savings.template import read_template, write_template

M = 100_000  # öre per tkr
HSN, RS = "HSN", "RS"


@pytest.fixture
def programme_2025():
    """Target 100 for the region, 60 HSN, 40 RS. A: HSN decided 30 (high risk); B: HSN idea 20;
    C: RS dropped 50; D: RS realised 15; E: RS decided 10 waiting for a political decision.
    Realised: A 5 in Jan, 5 in Feb, 10 in May; D 15 in Jan."""
    targets = pd.DataFrame(
        [(2025, "", 100 * M), (2025, HSN, 60 * M), (2025, RS, 40 * M)],
        columns=savings.TARGET_COLUMNS,
    )
    measures = pd.DataFrame(
        [("A", "Inhyrd personal", HSN, "Anna", "decided", False, "", "high"),
         ("B", "Vårdplatser", HSN, "Bo", "idea", False, "", "low"),
         ("C", "Lokaler", RS, "Cia", "dropped", False, "", "low"),
         ("D", "Interndebitering", RS, "Dan", "realised", False, "", "low"),
         ("E", "Feriepraktik", RS, "Eva", "decided", True, "", "low")],
        columns=savings.MEASURE_COLUMNS,
    )  # fmt: skip
    plans = pd.DataFrame(
        [("A", 2025, 30 * M), ("B", 2025, 20 * M), ("C", 2025, 50 * M), ("D", 2025, 15 * M),
         ("E", 2025, 10 * M), ("A", 2026, 99 * M)],
        columns=savings.PLAN_COLUMNS,
    )  # fmt: skip
    realised = pd.DataFrame(
        [("A", 2025, 1, 5 * M), ("A", 2025, 2, 5 * M), ("A", 2025, 5, 10 * M),
         ("D", 2025, 1, 15 * M)],
        columns=savings.REALISED_COLUMNS,
    )  # fmt: skip
    return targets, measures, plans, realised


def test_programme_by_hand(programme_2025) -> None:
    region = savings.programme(*programme_2025, 2025, 4)
    # planned: 30 + 20 + 15 + 10 (C is dropped); decided: 30 + 15 + 10; realised by April: 25
    assert (region.target_ore, region.planned_ore, region.decided_ore, region.realised_ore) == (
        100 * M, 75 * M, 55 * M, 25 * M,
    )  # fmt: skip
    assert region.gap_ore == 25 * M and region.decided_share == pytest.approx(0.55)
    hsn = savings.programme(*programme_2025, 2025, 12, HSN)
    assert (hsn.target_ore, hsn.planned_ore, hsn.decided_ore, hsn.realised_ore, hsn.gap_ore) == (
        60 * M, 50 * M, 30 * M, 20 * M, 10 * M,
    )  # fmt: skip


def test_region_target_falls_back_to_the_nämnders_sum(programme_2025) -> None:
    targets = programme_2025[0]
    assert savings.region_target(targets[targets["committee"] != ""], 2025) == 100 * M
    assert (
        savings.region_target(targets.assign(amount_ore=[90 * M, 60 * M, 40 * M]), 2025) == 90 * M
    )


def test_per_committee_and_burn_up(programme_2025) -> None:
    table = savings.per_committee(*programme_2025, 2025, 4).set_index("committee")
    assert table.loc[RS, "gap_ore"] == (40 - 25) * M  # D 15 + E 10 planned; C dropped
    _targets, measures, _plans, realised = programme_2025
    burn = savings.burn_up(realised, measures, 2025, 5)
    assert (burn["realised_acc_ore"] // M).tolist() == [20, 25, 25, 25, 35]
    assert (savings.burn_up(realised, measures, 2025, 3, RS)["realised_acc_ore"] // M).tolist() == [
        15, 15, 15,
    ]  # fmt: skip


def test_measures_at_risk(programme_2025) -> None:
    _targets, measures, plans, realised = programme_2025
    table = savings.measure_table(measures, plans, realised, 2025, 12)
    # A: high risk; B: still an idea; E: waiting for a political decision. C and D are done.
    assert sorted(savings.at_risk(table)["code"]) == ["A", "B", "E"]
    assert table.set_index("code").loc["A", "left_ore"] == 10 * M


def test_template_round_trip_loses_nothing(programme_2025, tmp_path: Path) -> None:
    path = tmp_path / "program.xlsx"
    path.write_bytes(write_template(*programme_2025, [HSN, RS]))
    for read, original in zip(read_template(path), programme_2025, strict=True):
        pd.testing.assert_frame_equal(
            read.reset_index(drop=True), original.reset_index(drop=True), check_dtype=False
        )


def test_a_wrong_programme_names_every_cell_and_writes_nothing(
    con, programme_2025, tmp_path: Path
) -> None:
    import openpyxl

    from analytics.savings.report import import_template
    from analytics.storage import savings as stored

    path = tmp_path / "program.xlsx"
    path.write_bytes(write_template(*programme_2025, [HSN, RS]))
    wb = openpyxl.load_workbook(path)
    wb["Åtgärder"]["E3"] = "Kanske"  # not a status
    wb["Åtgärder"]["A4"] = "A"  # a code used twice
    wb["Plan"]["A2"] = "X"  # no such measure
    wb["Realiserat"]["C2"] = 13  # no such month
    wb["Realiserat"]["D3"] = -5  # a saving is positive
    wb.save(path)
    with pytest.raises(ImportRejected) as caught:
        import_template(con, path, "test")
    text = "\n".join(p.render() for p in caught.value.problems)
    assert "blad Åtgärder, rad 3, kolumn E (Status): ”Kanske” är inte ett av" in text
    assert "blad Åtgärder, rad 4, kolumn A (Kod): Koden finns redan på rad 2" in text
    assert "blad Plan, rad 2, kolumn A (Kod): Åtgärden X finns inte" in text
    assert "blad Realiserat, rad 2, kolumn C (Månad)" in text
    assert "blad Realiserat, rad 3, kolumn D (Realiserat (tkr))" in text
    assert all(frame.empty for frame in stored.load(con))  # all or nothing
