"""The built-in demo: a region like Region Jämtland Härjedalen, 2019–2025.

`build_demo` writes realistic export files and loads them through the same `import_file` a
user's own files take (and the budget frames through the frames template's import), so the demo
also proves the import paths end to end.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import duckdb

from analytics.demo.files import WRITERS, DemoFile
from analytics.demo.frames import demo_frames, write_demo_frames
from analytics.demo.generate import generate
from analytics.demo.goals import write_goal_sheet, write_kolada_export
from analytics.demo.plan import write_demo_assumptions
from analytics.demo.savings import write_demo_savings
from analytics.demo.scenarios import save_demo_scenarios
from analytics.frames.report import import_template
from analytics.goals.report import import_goals, import_kolada
from analytics.imports.importer import import_file
from analytics.imports.result import ImportResult
from analytics.savings.report import import_template as import_savings
from analytics.scenarios.report import import_assumptions
from analytics.storage.dataset import mark_demo


class DemoError(RuntimeError):
    """The demo could not be loaded; the message lists the import problems."""


def write_demo_files(
    folder: Path, progress: Callable[[float, str], object] | None = None
) -> tuple[list[DemoFile], tuple[Path, Path, Path, Path, Path]]:
    """Generate the demo and write its export files into `folder`: the ledger exports and
    registers, the budget frames, the cost-reduction programme and the plan assumptions as
    filled templates, a goal sheet and a Kolada export."""
    report = progress or (lambda _f, _m: None)
    report(0.0, "Genererar demodata")
    data = generate()
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i, writer in enumerate(WRITERS):
        files.append(writer(data, folder))
        report((i + 1) / len(WRITERS), f"Skrev {files[-1].path.name}")
    decisions, changes = demo_frames(data)
    frames_file = write_demo_frames(decisions, changes, folder)
    savings_file = write_demo_savings(changes, folder)
    goal_file, kolada_file = write_goal_sheet(folder), write_kolada_export(folder)
    plan_file = write_demo_assumptions(folder)
    return files, (frames_file, savings_file, goal_file, kolada_file, plan_file)


def _scaled(
    report: Callable[[float, str], object], start: float, span: float, name: str
) -> Callable[[float, str], object]:
    """One file's progress as a slice of the whole demo's progress."""
    return lambda fraction, message: report(start + span * fraction, f"{name}: {message}")


def build_demo(
    con: duckdb.DuckDBPyConnection,
    folder: Path,
    progress: Callable[[float, str], object] | None = None,
) -> list[ImportResult]:
    """Write the demo files and import them one by one, registers first."""
    report = progress or (lambda _f, _m: None)
    files, extra = write_demo_files(folder, lambda f, m: report(0.3 * f, m))
    frames_file, savings_file, goal_file, kolada_file, plan_file = extra
    results = []
    for i, demo_file in enumerate(files):
        start, span = 0.3 + 0.7 * i / len(files), 0.7 / len(files)
        result = import_file(
            con,
            demo_file.path,
            demo_file.options,
            progress=_scaled(report, start, span, demo_file.path.name),
        )
        if not result.ok:
            raise DemoError("\n".join(result.summary_lines()))
        results.append(result)
    import_template(con, frames_file, "demo")
    import_savings(con, savings_file, "demo")
    import_goals(con, goal_file)
    import_kolada(con, kolada_file)
    import_assumptions(con, plan_file, "demo")
    mark_demo(con, "built-in demo: public figures of Region Jämtland Härjedalen, the rest invented")
    save_demo_scenarios(con)
    report(1.0, "Demodata inläst")
    return results
