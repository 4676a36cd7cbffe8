"""`make run`'s first start: the demo is loaded before the server listens only when the database
is empty (or missing) and the demo setting is on."""

from __future__ import annotations

from pathlib import Path

import pytest

from analytics.storage import open_database
from ui.launch import needs_demo


def test_a_missing_database_gets_the_demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BUDGET_DEMO", "1")
    assert needs_demo(tmp_path / "none.duckdb")


def test_an_empty_database_gets_the_demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BUDGET_DEMO", "1")
    path = tmp_path / "empty.duckdb"
    open_database(path).close()
    assert needs_demo(path)


def test_a_database_with_data_is_left_alone(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BUDGET_DEMO", "1")
    assert not needs_demo(demo_db)


@pytest.mark.parametrize(("name", "value"), [("BUDGET_DEMO", "0"), ("BUDGET_READ_ONLY", "1")])
def test_no_demo_when_switched_off_or_serving_a_replica(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    assert not needs_demo(tmp_path / "none.duckdb")
