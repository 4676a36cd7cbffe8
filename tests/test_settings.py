"""Typed settings: every default reads by its kind, a bad value is refused naming its variable,
and the CLI stops before doing anything when the environment is wrong."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from analytics import cli
from analytics.settings import (
    SETTINGS,
    SettingError,
    bool_setting,
    check_settings,
    int_setting,
    list_setting,
    number_setting,
    path_setting,
    text_setting,
)

BAD = {"int": "tolv", "number": "2 procent", "bool": "kanske", "text": None, "path": None,
       "list": None}  # fmt: skip


def test_every_default_reads_by_its_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    for setting in SETTINGS.values():
        monkeypatch.delenv(setting.env, raising=False)
    check_settings()
    assert isinstance(int_setting("max_upload_mb"), int)
    assert number_setting("tax_rate") == Decimal("11.70")
    assert bool_setting("demo_on_first_start") is True
    assert isinstance(path_setting("db_path"), Path)
    assert list_setting("balance_realisation_accounts") == ("3972", "8432")
    assert text_setting("language") == "sv"


@pytest.mark.parametrize(
    "name", [s.name for s in SETTINGS.values() if BAD[s.kind] is not None or s.choices]
)
def test_a_bad_value_is_refused_naming_its_variable(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    setting = SETTINGS[name]
    bad = BAD[setting.kind] or "inget-av-valen"
    monkeypatch.setenv(setting.env, bad)
    with pytest.raises(SettingError, match=setting.env):
        setting.parsed()
    with pytest.raises(SettingError, match=f"Ogiltig inställning: {setting.env}="):
        check_settings()


def test_numbers_take_a_decimal_comma_and_lists_ignore_blanks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("BUDGET_TAX_RATE", "11,35")
    monkeypatch.setenv("BUDGET_ADMINS", " anna , ,Bo ")
    assert number_setting("tax_rate") == Decimal("11.35")
    assert list_setting("admins") == ("anna", "Bo")
    monkeypatch.setenv("BUDGET_TAX_RATE", "NaN")
    with pytest.raises(SettingError, match="ändligt"):
        number_setting("tax_rate")


def test_the_cli_stops_at_a_bad_setting_before_it_opens_anything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BUDGET_LANG", "de")
    monkeypatch.setenv("BUDGET_PARSE_SECONDS", "snart")
    db = tmp_path / "budget.duckdb"
    assert cli.main(["--db", str(db), "summary"]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert "BUDGET_LANG='de'" in err and "BUDGET_PARSE_SECONDS='snart'" in err
    assert not db.exists()
