"""The architecture's rules, enforced: the core never imports streamlit, pages hold no SQL,
every setting is documented."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

from analytics.settings import SETTINGS
from tests.conftest import ROOT


def test_importing_the_whole_core_loads_no_ui_module() -> None:
    modules = sorted(
        p.relative_to(ROOT).with_suffix("").as_posix().replace("/", ".")
        for p in (ROOT / "analytics").rglob("*.py")
    )
    modules = [m.removesuffix(".__init__") for m in modules if not m.endswith("__main__")]
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "print(any(k == 'streamlit' or k.startswith('streamlit.') for k in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_pages_hold_no_sql() -> None:
    pattern = re.compile(r"(\.execute\(|\.sql\(|\bselect\b.+\bfrom\b|import duckdb)", re.IGNORECASE)
    for path in [*(ROOT / "pages").glob("*.py"), ROOT / "app.py"]:
        assert not pattern.search(path.read_text(encoding="utf-8")), path


def test_sql_lives_only_in_storage() -> None:
    for path in (ROOT / "analytics").rglob("*.py"):
        if "storage" in path.parts:
            continue
        assert ".execute(" not in path.read_text(encoding="utf-8"), path


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for setting in SETTINGS.values():
        assert f"`{setting.name}`" in readme and f"`{setting.env}`" in readme, setting.name


def test_every_cli_command_is_documented_in_the_readme() -> None:
    from analytics.cli import build_parser

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name, sub in commands.items():
        assert f"python -m analytics {name}" in readme, name
        for action in sub._actions:
            for option in action.option_strings:
                if option.startswith("--") and action.help != "==SUPPRESS==" and option != "--help":
                    assert option in readme, f"{name} {option}"


def test_every_message_key_has_swedish_and_english() -> None:
    from analytics.i18n import CATALOGUE

    for key, entry in CATALOGUE.items():
        assert entry.get("sv") and entry.get("en"), key
    used = set()
    for path in [
        *(ROOT / "analytics").rglob("*.py"),
        *(ROOT / "pages").glob("*.py"),
        *(ROOT / "ui").rglob("*.py"),
        ROOT / "app.py",
    ]:
        used |= set(
            re.findall(r'\bt\(\s*"([a-z_]+\.[a-z_0-9]+)"', path.read_text(encoding="utf-8"))
        )
    missing = sorted(k for k in used if k not in CATALOGUE)
    assert not missing, missing


def test_every_key_built_from_a_value_belongs_to_a_complete_family() -> None:
    """`t(f"level.{v}")` is checked through the family registered next to the enum it comes
    from (`i18n.family`): every such prefix is registered, and every registered key exists in
    both languages."""
    import importlib
    import pkgutil

    import analytics
    from analytics.i18n import CATALOGUE, FAMILIES

    for module in pkgutil.walk_packages(analytics.__path__, "analytics."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)  # each registers the families next to its enums
    built = set()
    for path in [*(ROOT / "analytics").rglob("*.py"), *(ROOT / "pages").glob("*.py"),
                 *(ROOT / "ui").rglob("*.py")]:  # fmt: skip
        if "i18n" not in path.parts:
            text = path.read_text(encoding="utf-8")
            built |= set(re.findall(r'\btn?\(\s*f"([a-z_.]+)\.\{', text))
            built |= set(re.findall(r'\bfamily="([a-z_.]+)"', text))  # widgets.coded choices
    built.discard("problem")  # every Problem("code") is checked by the test above
    assert built and not sorted(built - set(FAMILIES)), sorted(built - set(FAMILIES))
    for prefix, values in FAMILIES.items():
        for value in values:
            entry = CATALOGUE.get(f"{prefix}.{value}", {})
            assert entry.get("sv") and entry.get("en"), f"{prefix}.{value}"
    problem_codes = set()
    for path in (ROOT / "analytics").rglob("*.py"):
        problem_codes |= set(
            re.findall(r'Problem\(\s*"([a-z_]+)"', path.read_text(encoding="utf-8"))
        )
        problem_codes |= set(
            re.findall(r'\.problem\(\s*"([a-z_]+)"', path.read_text(encoding="utf-8"))
        )
    assert problem_codes
    assert not sorted(c for c in problem_codes if f"problem.{c}" not in CATALOGUE)


def _product_files() -> list[Path]:
    """The product's own code (the benchmarks and the tests are tools, not the product)."""
    return [
        *(ROOT / "analytics").rglob("*.py"),
        *(ROOT / "ui").rglob("*.py"),
        *(ROOT / "pages").glob("*.py"),
        ROOT / "app.py",
    ]


def test_no_function_is_longer_than_sixty_lines() -> None:
    """A longer function decides several things: split it by what each part decides (ruff's
    C901 holds the branches per function to 15 alike)."""
    long = []
    for path in _product_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > 60:
                    long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({lines})")
    assert not long, long


def test_no_module_outside_the_message_catalogues_is_longer_than_400_lines() -> None:
    """A module is one room: past 400 lines it holds more than one thing to find."""
    long = [
        f"{path.relative_to(ROOT)} ({n})"
        for path in _product_files()
        if "i18n" not in path.parts
        and (n := len(path.read_text(encoding="utf-8").splitlines())) > 400
    ]
    assert not long, long
