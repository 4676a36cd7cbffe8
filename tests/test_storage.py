"""The DuckDB file: schema versions, migration with backup, refusal of newer files, views."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from analytics.imports.importer import import_file
from analytics.storage import StorageError, open_database
from analytics.storage.database import migrate, schema_version
from analytics.storage.migrations import SCHEMA_VERSION
from tests import files


def test_new_file_gets_the_current_schema(db_path: Path) -> None:
    con = open_database(db_path)
    assert schema_version(con) == SCHEMA_VERSION
    con.close()
    assert not list(db_path.parent.glob("*.bak"))  # nothing to back up for a new file


def test_older_file_is_backed_up_then_migrated(db_path: Path, tmp_path: Path) -> None:
    old = duckdb.connect(str(db_path))
    migrate(old, 0, to_version=1)
    old.execute(
        "INSERT INTO org_unit VALUES (2024, '0101', 'Ledning', NULL, NULL, NULL, 'RS', NULL)"
    )
    old.close()

    con = open_database(db_path)
    assert schema_version(con) == SCHEMA_VERSION
    assert con.execute("SELECT count(*) FROM mapping_profile").fetchall() == [(0,)]
    assert con.execute("SELECT committee FROM org_unit").fetchall() == [("RS",)]
    con.close()
    backups = list(tmp_path.glob("test.duckdb.v1-*.bak"))
    assert len(backups) == 1
    backup = duckdb.connect(str(backups[0]), read_only=True)
    assert schema_version(backup) == 1  # the copy is the file as it was
    backup.close()


def test_file_from_a_newer_version_is_refused_untouched(db_path: Path) -> None:
    con = open_database(db_path)
    con.execute("INSERT INTO schema_info (version) VALUES (?)", [SCHEMA_VERSION + 5])
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match=f"schemaversion {SCHEMA_VERSION + 5}"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_a_foreign_duckdb_file_is_refused(db_path: Path) -> None:
    other = duckdb.connect(str(db_path))
    other.execute("CREATE TABLE something (x INTEGER)")
    other.close()
    with pytest.raises(StorageError, match="inte en databas för budgetverktyget"):
        open_database(db_path)


def test_not_a_database_at_all(tmp_path: Path) -> None:
    path = tmp_path / "fake.duckdb"
    path.write_text("hello")
    with pytest.raises(StorageError):
        open_database(path)


def test_amounts_are_exact_decimals_not_floats(con) -> None:
    types = dict(
        con.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'ledger_fact'"
        ).fetchall()
    )
    assert types["amount"] == "DECIMAL(18,2)"


def test_power_user_views_have_the_documented_columns(con, tmp_path: Path) -> None:
    assert import_file(con, files.xlsx(tmp_path / "l.xlsx", files.simple_ledger())).ok
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for view in ("v_ledger", "v_plan_vs_outcome", "v_period_summary"):
        columns = [r[0] for r in con.execute(f"DESCRIBE {view}").fetchall()]
        assert columns, view
        for column in columns:
            assert f"`{column}`" in readme, f"{view}.{column} is not documented in README.md"
    rows = con.execute(
        "SELECT committee, sum(budget), sum(utfall), sum(avvikelse) FROM v_plan_vs_outcome GROUP BY 1 ORDER BY 1"
    ).fetchall()
    assert [(c, float(b), float(u), float(a)) for c, b, u, a in rows] == [
        ("HSN", 800.0, 730.0, -70.0),
        ("RS", -500.0, -380.0, 120.0),
    ]
    acc = con.execute(
        "SELECT period, budget_ack, utfall_ack FROM v_period_summary WHERE committee = 'RS' ORDER BY period"
    ).fetchall()
    assert [(p, float(b), float(u)) for p, b, u in acc] == [(1, -500.0, -380.0)]


def test_benchmark_scaling_copies_every_ansvar_with_its_facts(con, tmp_path: Path) -> None:
    from analytics.followup import report as reports
    from analytics.storage import scale

    ledger = [
        ["Period", "Ansvar", "Konto", "Budget", "Utfall"],
        ["202401", "0101", "4010", "100", "120"],
        ["202402", "0101", "3010", "-50", "-40"],
    ]
    files.import_one_unit(con, tmp_path, ledger)
    before = reports.summary(con, 2024, 2)["total"]
    assert scale.replicate_ansvar(con, 3) == 12  # 2 rows × 2 measures × 3
    assert con.execute("SELECT list(ansvar ORDER BY ansvar) FROM org_unit").fetchall() == [
        (["0101", "0101-1", "0101-2"],)
    ]
    after = reports.summary(con, 2024, 2)["total"]
    assert after["outcome_ytd_tkr"] == 3 * before["outcome_ytd_tkr"]  # type: ignore[index]
    assert scale.scan_ledger(con) == 3 * (100 + 120 - 50 - 40) * 100
    with pytest.raises(ValueError):
        scale.replicate_ansvar(con, 0)


def test_migrations_hold_their_own_sql() -> None:
    """A migration is frozen: its statements are plain string literals, never built from code
    that may change later (a summary's query, a generated column list), and the modules that
    hold them import nothing of the program but each other."""
    import ast

    from tests.conftest import ROOT

    statements = []
    for name in ("migrations", "migrations_later"):
        source = (ROOT / f"analytics/storage/{name}.py").read_text(encoding="utf-8")
        tree = ast.parse(source)
        imported = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module]
        assert {n.module for n in imported} <= {"__future__", "analytics.storage.migrations_later"}
        statements += [
            element
            for node in ast.walk(tree)
            if isinstance(node, ast.Tuple)
            and len(node.elts) == 3
            and isinstance(node.elts[0], ast.Constant)
            and isinstance(node.elts[2], ast.List)
            for element in node.elts[2].elts
        ]
    assert len(statements) > 30
    assert all(isinstance(s, ast.Constant) and isinstance(s.value, str) for s in statements)
