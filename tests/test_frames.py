"""Budget frames: the way from one year's frame to the next, checks, flows, the template."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from analytics.frames import compute as frames
from analytics.frames.template import read_template, write_template
from analytics.ingest.problems import ImportRejected

M = 100_000  # öre per tkr
HSN, RS, KTN = "HSN", "RS", "KTN"


def _decisions(rows) -> pd.DataFrame:
    return pd.DataFrame(
        [(y, c, v, a * M, f"RF {y}", date(y - 1, 10, 16)) for y, c, v, a in rows],
        columns=frames.DECISION_COLUMNS,
    )


def _changes(rows) -> pd.DataFrame:
    return pd.DataFrame(
        [(y, c, v, t, a * M, f"{t} {c}", cp) for y, c, v, t, a, cp in rows],
        columns=frames.CHANGE_COLUMNS,
    )


@pytest.fixture
def example():
    """2024: HSN 1 000, RS 500. 2025: HSN 1 020 (revised 1 010), RS 600. Changes 2025: HSN
    indexation +30, 45 moved from HSN to RS, RS +65 added funds; revised: HSN −10."""
    decisions = _decisions(
        [(2024, HSN, "original", 1000), (2024, RS, "original", 500),
         (2025, HSN, "original", 1020), (2025, RS, "original", 600),
         (2025, HSN, "revised", 1010)]
    )  # fmt: skip
    changes = _changes(
        [(2025, HSN, "original", "indexation", 30, ""),
         (2025, HSN, "original", "reallocation", -45, RS),
         (2025, RS, "original", "reallocation", 45, HSN),
         (2025, RS, "original", "added_funds", 65, ""),
         (2025, HSN, "revised", "other", -10, "")]
    )  # fmt: skip
    return decisions, changes


def _steps(steps):
    return [(s.label, s.amount_ore // M) for s in steps]


def test_waterfall_of_a_nämnd_by_hand(example) -> None:
    decisions, changes = example
    steps = frames.waterfall(decisions, changes, 2025, HSN)
    # 1 000 + 30 − 45 = 985; the frame is 1 020, so 35 is not explained by the changes
    assert _steps(steps) == [
        ("start", 1000), ("indexation", 30), ("reallocation", -45), ("unexplained", 35),
        ("end", 1020),
    ]  # fmt: skip
    assert _steps(frames.waterfall(decisions, changes, 2025, HSN, "revised")) == [
        ("start", 1020),
        ("other", -10),
        ("end", 1010),
    ]


def test_waterfall_of_the_region_nets_out_moves(example) -> None:
    decisions, changes = example
    steps = frames.waterfall(decisions, changes, 2025)
    # 1 500 + 30 + 65 = 1 595 against 1 620; the move between HSN and RS cancels out
    assert _steps(steps) == [
        ("start", 1500), ("indexation", 30), ("added_funds", 65), ("unexplained", 25),
        ("end", 1620),
    ]  # fmt: skip


def test_revised_frame_falls_back_to_the_original(example) -> None:
    decisions, _ = example
    assert (frames.frame_of(decisions, 2025, "revised") // M).to_dict() == {HSN: 1010, RS: 600}
    assert (frames.final_frames(decisions).loc[2025] // M).to_dict() == {HSN: 1010, RS: 600}


def test_moves_that_do_not_sum_to_zero_are_reported(example) -> None:
    _, changes = example
    assert frames.move_imbalances(changes) == []
    uneven = pd.concat(
        [changes, _changes([(2025, HSN, "original", "organisation", -100, RS),
                            (2025, RS, "original", "organisation", 90, HSN)])],
        ignore_index=True,
    )  # fmt: skip
    assert frames.move_imbalances(uneven) == [
        frames.MoveImbalance(2025, "original", "organisation", -10 * M)
    ]


def test_flows_go_from_the_giving_to_the_receiving_nämnd(example) -> None:
    _, changes = example
    flows = frames.flows(changes, 2025)
    assert flows.to_dict("records") == [
        {"source": HSN, "target": RS, "change_type": "reallocation", "amount_ore": 45 * M}
    ]


def test_reconciliation_against_the_ledger_budget(example) -> None:
    decisions, _ = example
    ledger = pd.Series({HSN: 1000 * M, RS: 620 * M, KTN: 10 * M})
    table = frames.reconcile(frames.frame_of(decisions, 2025, "revised"), ledger)
    rows = {r.committee: r for r in table.itertuples()}
    assert rows[HSN].difference_ore == 10 * M  # budgeted 10 below the frame
    assert rows[RS].difference_ore == -20 * M  # budgeted 20 above
    assert pd.isna(rows[KTN].frame_ore)  # a budget without a frame shows


def test_frame_totals_by_hand() -> None:
    totals = frames.FrameTotals(frames_ore=1620, budget_net_cost_ore=1600, financing_ore=1700,
                                budget_result_ore=100)  # fmt: skip
    assert totals.result_with_frames_ore == 80 and totals.net_cost_difference_ore == 20


def test_template_round_trip_loses_nothing(example, tmp_path: Path) -> None:
    decisions, changes = example
    decisions.loc[0, "amount_ore"] = 1_234_567_000  # 12 345,67 tkr: decimals survive
    changes.loc[0, "text"] = "Löne- och prisuppräkning 2,5 % – ”enligt RF”"
    path = tmp_path / "ramar.xlsx"
    path.write_bytes(write_template(decisions, changes, [HSN, RS, KTN]))
    read_decisions, read_changes = read_template(path)
    key = ["year", "committee", "version"]
    pd.testing.assert_frame_equal(
        read_decisions.sort_values(key).reset_index(drop=True),
        decisions.sort_values(key).reset_index(drop=True),
        check_dtype=False,
    )
    pd.testing.assert_frame_equal(read_changes, changes, check_dtype=False)


def test_a_wrong_template_names_every_cell_and_nothing_is_written(con, example, tmp_path) -> None:
    import openpyxl

    from analytics.frames.report import import_template
    from analytics.storage import frames as stored

    decisions, changes = example
    path = tmp_path / "ramar.xlsx"
    path.write_bytes(write_template(decisions, changes, [HSN, RS]))
    wb = openpyxl.load_workbook(path)
    ws = wb["Ramar"]
    ws["C2"] = "Preliminär"  # not a version
    ws["D3"] = "12,3456"  # finer than a krona
    ws.append([2025, RS, "Ursprunglig", 1, None, None])  # duplicates row 6
    cs = wb["Ramförändringar"]
    cs["G3"] = None  # a move without counterpart
    cs["D4"] = "Sparbeting"  # not a type
    wb.save(path)
    with pytest.raises(ImportRejected) as caught:
        import_template(con, path, "test")
    text = "\n".join(p.render() for p in caught.value.problems)
    assert "blad Ramar, rad 2, kolumn C (Version): ”Preliminär” är inte ett av" in text
    assert "blad Ramar, rad 3, kolumn D (Ram (tkr))" in text
    assert (
        "blad Ramar, rad 7, kolumn B (Nämnd): Samma år, nämnd och version finns redan på rad 6"
        in text
    )
    assert "blad Ramförändringar, rad 3, kolumn G (Motpart)" in text
    assert "blad Ramförändringar, rad 4, kolumn D (Typ): ”Sparbeting”" in text
    assert stored.load(con)[0].empty  # all or nothing


def test_an_import_replaces_only_the_years_in_the_file(con, example, tmp_path) -> None:
    from analytics.frames.report import import_template
    from analytics.storage import frames as stored

    decisions, changes = example
    path = tmp_path / "all.xlsx"
    path.write_bytes(write_template(decisions, changes, [HSN, RS]))
    assert import_template(con, path, "test") == [2024, 2025]
    only_2025 = decisions[decisions["year"] == 2025].assign(
        amount_ore=lambda d: d["amount_ore"] + M
    )
    path2 = tmp_path / "2025.xlsx"
    path2.write_bytes(write_template(only_2025, changes.iloc[0:0], [HSN, RS]))
    assert import_template(con, path2, "test") == [2025]
    stored_decisions, stored_changes = stored.load(con)
    assert (stored_decisions[stored_decisions["year"] == 2024]["amount_ore"] // M).tolist() == [
        1000,
        500,
    ]
    assert (frames.frame_of(stored_decisions, 2025, "original") // M).to_dict() == {
        HSN: 1021,
        RS: 601,
    }
    assert stored_changes.empty  # 2025's changes were replaced by the file's (none)


def test_an_organisation_move_by_hand() -> None:
    """A unit worth 270 moves from HSN to RS; RS also gets 65 added. HSN 3 000 → 2 730, RS
    1 300 → 1 635: both nämnder's waterfalls explain every krona, and the region's shows only
    the added funds."""
    decisions = _decisions(
        [(2019, HSN, "original", 3000), (2019, RS, "original", 1300),
         (2020, HSN, "original", 2730), (2020, RS, "original", 1635)]
    )  # fmt: skip
    changes = _changes(
        [(2020, HSN, "original", "organisation", -270, RS),
         (2020, RS, "original", "organisation", 270, HSN),
         (2020, RS, "original", "added_funds", 65, "")]
    )  # fmt: skip
    assert _steps(frames.waterfall(decisions, changes, 2020, HSN)) == [
        ("start", 3000),
        ("organisation", -270),
        ("end", 2730),
    ]
    assert _steps(frames.waterfall(decisions, changes, 2020, RS)) == [
        ("start", 1300),
        ("added_funds", 65),
        ("organisation", 270),
        ("end", 1635),
    ]
    assert _steps(frames.waterfall(decisions, changes, 2020)) == [
        ("start", 4300),
        ("added_funds", 65),
        ("end", 4365),
    ]
    assert frames.move_imbalances(changes) == []
    assert frames.flows(changes, 2020)["amount_ore"].tolist() == [270 * M]
