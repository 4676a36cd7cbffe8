"""Every file is parsed in a worker process under a memory and a time limit (`ingest/worker`):
a file that makes its parser run away fails its own read in words, the caller keeps running and
the database is unchanged."""

from __future__ import annotations

import os
import resource
import signal
import threading
from pathlib import Path

import pytest

from analytics.imports.importer import import_file
from analytics.ingest import readers, worker
from analytics.ingest.problems import ImportRejected
from analytics.storage import import_log
from tests import files

SMALL = worker.Limits(memory_bytes=640 * 1024**2, seconds=120)


def _rss_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def test_a_worker_reads_what_this_process_would_and_reports_its_peak(tmp_path: Path) -> None:
    path = files.xlsx(tmp_path / "l.xlsx", files.simple_ledger(), merges=["A20:B20"])
    read = worker.read_in_worker(path, "l.xlsx", None, None, SMALL)
    here = readers.parse_file(path, "l.xlsx")
    assert [s.name for s in read.sheets] == [s.name for s in here]
    assert read.sheets[0].cells.equals(here[0].cells)
    assert 0 < read.peak_bytes < SMALL.memory_bytes


def test_a_workbook_too_large_for_its_parser_fails_alone_in_words(tmp_path: Path) -> None:
    """1,5 M shared strings of 400 characters: a 6 MB file, within every extent check, that
    calamine needs about 750 MB to hold. Under a 640 MB limit the worker stops; this process
    does not grow and reads the next file."""
    bomb = files.shared_strings_workbook(tmp_path / "strängar.xlsx", 1_500_000, 400)
    before = _rss_bytes()
    with pytest.raises(worker.WorkerRejected) as refused:
        worker.read_in_worker(bomb, "strängar.xlsx", None, None, SMALL)
    [problem] = refused.value.problems
    assert problem.code in {"parse_memory", "parse_crashed"}
    assert "640 MB" in problem.render() and "minne" in problem.render()
    assert refused.value.peak_bytes <= SMALL.memory_bytes  # 0 when it died unmeasured
    assert _rss_bytes() - before < 100 * 1024**2
    ok = files.csv(tmp_path / "ok.csv", files.simple_ledger())
    assert worker.read_in_worker(ok, "ok.csv", None, None, SMALL).sheets[0].cells.shape[0] > 1


def test_an_import_of_a_runaway_file_is_refused_and_writes_nothing(
    con, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BUDGET_PARSE_MEMORY_MB", "640")
    bomb = files.shared_strings_workbook(tmp_path / "strängar.xlsx", 1_500_000, 400)
    result = import_file(con, bomb)
    assert not result.ok
    assert [p.code for p in result.errors] in (["parse_memory"], ["parse_crashed"])
    assert import_log.data_state(con).fact_rows == 0
    assert import_file(con, files.csv(tmp_path / "l.csv", files.simple_ledger())).ok


def test_a_read_that_takes_too_long_is_stopped(tmp_path: Path) -> None:
    rows = [["Period", "Ansvar", "Konto", "Utfall"]] + [["2024-01", "0101", "4010", i] for i in
                                                       range(300_000)]  # fmt: skip
    slow = files.csv(tmp_path / "lång.csv", rows)
    with pytest.raises(ImportRejected) as refused:
        worker.read_in_worker(slow, "lång.csv", None, None, worker.Limits(SMALL.memory_bytes, 0.01))
    assert [p.code for p in refused.value.problems] == ["parse_timeout"]
    assert "tog mer än 0,01 sekunder" in refused.value.problems[0].render()


def test_the_worker_sees_the_settings_of_the_call(tmp_path: Path, monkeypatch) -> None:
    path = files.csv(tmp_path / "l.csv", files.simple_ledger() * 200)
    worker.read_in_worker(path, "l.csv", None, None, SMALL)  # the helper is running
    monkeypatch.setenv("BUDGET_MAX_UPLOAD_MB", "0")
    with pytest.raises(ImportRejected) as refused:
        worker.read_in_worker(path, "l.csv", None, None, SMALL)
    assert [p.code for p in refused.value.problems] == ["file_too_large"]


def test_a_killed_helper_is_started_again(tmp_path: Path) -> None:
    path = files.csv(tmp_path / "l.csv", files.simple_ledger())
    worker.read_in_worker(path, "l.csv", None, None, SMALL)
    helper = worker._HELPER._process
    assert helper is not None
    os.kill(helper.pid, signal.SIGKILL)
    helper.wait()
    assert worker.read_in_worker(path, "l.csv", None, None, SMALL).sheets
    assert worker._HELPER._process is not helper


def test_sessions_read_at_the_same_time(tmp_path: Path) -> None:
    paths = [files.csv(tmp_path / f"l{i}.csv", files.simple_ledger()) for i in range(6)]
    shapes: list[tuple[int, int]] = []

    def read(path: Path) -> None:
        shapes.append(
            worker.read_in_worker(path, path.name, None, None, SMALL).sheets[0].cells.shape
        )

    threads = [threading.Thread(target=read, args=(p,)) for p in paths]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(shapes) == 6 and len(set(shapes)) == 1


def test_without_fork_a_read_runs_in_a_spawned_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where there is no fork (Windows) each read runs in a spawned process: the same sheets,
    the settings of the call, and the time limit (the memory cap needs setrlimit)."""
    monkeypatch.setattr(worker, "FORKS", False)
    path = files.xlsx(tmp_path / "l.xlsx", files.simple_ledger())
    read = worker.read_in_worker(path, "l.xlsx", None, None, SMALL)
    assert read.sheets[0].cells.equals(readers.parse_file(path, "l.xlsx")[0].cells)
    monkeypatch.setenv("BUDGET_MAX_UPLOAD_MB", "0")
    with pytest.raises(ImportRejected) as refused:
        worker.read_in_worker(path, "l.xlsx", None, None, SMALL)
    assert [p.code for p in refused.value.problems] == ["file_too_large"]
    monkeypatch.delenv("BUDGET_MAX_UPLOAD_MB")
    rows = [["Period", "Ansvar", "Konto", "Utfall"]] + [
        ["2024-01", "0101", "4010", i] for i in range(300_000)
    ]
    slow = files.csv(tmp_path / "lång.csv", rows)
    with pytest.raises(ImportRejected) as stopped:
        worker.read_in_worker(slow, "lång.csv", None, None, worker.Limits(SMALL.memory_bytes, 0.5))
    assert [p.code for p in stopped.value.problems] == ["parse_timeout"]


def test_a_spawned_read_does_not_run_the_apps_main_module_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Streamlit makes app.py the `__main__` module of the dashboard (AppTest too); a spawned
    child imports its parent's main module first, which ran the whole app (and loaded the demo
    into data/) once per read."""
    import sys
    import types

    marker = tmp_path / "ran.txt"
    script = tmp_path / "app_like.py"
    script.write_text(f"open({str(marker)!r}, 'w').write('ran')\n")
    main = types.ModuleType("__main__")
    main.__file__ = str(script)
    monkeypatch.setitem(sys.modules, "__main__", main)
    monkeypatch.setattr(worker, "FORKS", False)
    path = files.csv(tmp_path / "l.csv", files.simple_ledger())
    assert worker.read_in_worker(path, "l.csv", None, None, SMALL).sheets[0].cells.shape[0] > 1
    assert not marker.exists()
    assert sys.modules["__main__"] is main  # put back as it was
