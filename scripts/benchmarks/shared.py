"""The shared mode against one PostgreSQL on this machine (started for the run, see
`scripts/pg_server.py`):

- page computations on the largest ledger in the shared mode (each one including the check for
  other servers' changes every interaction makes) as a ratio to the same computations on the
  DuckDB file, measured in the same run (target ≤ 1,5×);
- two dashboard servers on the shared database, ten browser sessions on each at once for a
  minute: interactions, errors, and the servers' CPU apart from everything else's (the
  sessions' chromium runs on the same cores here);
- twenty processes writing comments and forecasts as fast as they can for a minute: written
  against read back (nothing may be lost), and the time of one write.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import statistics
import time
from contextlib import ExitStack
from pathlib import Path

import pg_server
import shared_writer

from analytics.storage import open_database
from analytics.storage.shared import SharedDatabase
from analytics.storage.shared.move import migrate_to
from benchmarks import browser, pages
from benchmarks.measure import Timing, timed
from benchmarks.report import _n, _yes
from ui import server as serving

RATIO_TARGET = 1.5


def run(
    largest: Path, smallest: Path, repeat: int, users: int, seconds: float, writers: int
) -> dict:
    """Every measurement of the shared mode; the results as a dict for the results file."""
    with pg_server.running() as server:
        print("  flyttar in i PostgreSQL (migrate-to) …", flush=True)
        started = time.perf_counter()
        big = pg_server.create_database(server, "bench_big")
        moved = migrate_to(largest, big)
        result: dict = {"migrate_s": round(time.perf_counter() - started, 1)}
        result["migrated"] = moved.text()
        result["pages"] = _pages(largest, big, repeat)
        print(f"  2 servrar × {users} sessioner i {seconds:.0f} s …", flush=True)
        result["servers"] = _two_servers(big, largest.parent, users, seconds)
        small = pg_server.create_database(server, "bench_writers")
        migrate_to(smallest, small)
        print(f"  {writers} skrivare samtidigt i {seconds:.0f} s …", flush=True)
        result["writers"] = _writers(small, writers, seconds)
    return result


def _pages(path: Path, url: str, repeat: int) -> dict:
    """Each page computation on the file and on a server's working copy of the shared
    database (with the refresh every interaction makes), alternately in the same run."""
    embedded = open_database(path, read_only=True)
    shared = SharedDatabase(url)
    try:
        local, _ = pages.interactions(embedded)
        remote, _ = pages.interactions(shared.con.cursor())
        rows = []
        for name, action in local.items():
            ours = timed(name, action, repeat)
            other = remote[name]
            theirs = timed(name, lambda other=other: (shared.refresh(), other()), repeat)
            ratio = theirs.median / ours.median if ours.median > 0.5 else None
            rows.append(
                theirs.row(
                    embedded_median_ms=round(ours.median, 1),
                    ratio_to_embedded=round(ratio, 2) if ratio is not None else None,
                    meets_target=ratio is None or ratio <= RATIO_TARGET,
                )
            )
        refresh = timed("refresh", shared.refresh, repeat * 5)
        rows_held = int(embedded.execute("SELECT count(*) FROM ledger_fact").fetchall()[0][0])
    finally:
        embedded.close()
        shared.close()
    return {
        "ledger_rows": rows_held,
        "target": f"≤ {RATIO_TARGET}× den inbäddade filen",
        "refresh_median_ms": round(refresh.median, 2),
        "interactions": rows,
    }


def _two_servers(url: str, work: Path, users: int, seconds: float) -> dict:
    with ExitStack() as stack:
        os.environ["BUDGET_DATABASE_URL"] = url
        try:
            served = [
                stack.enter_context(serving.running(work / f"shared_{n}.duckdb", 300))
                for n in ("a", "b")
            ]
        finally:
            del os.environ["BUDGET_DATABASE_URL"]
        pids = [process.pid for _, process in served]
        server_before = sum(browser._process_cpu_s(pid) for pid in pids)
        busy_before, all_before = browser._machine_cpu_s()
        outcomes = asyncio.run(_both([address for address, _ in served], users, seconds))
        busy_after, all_after = browser._machine_cpu_s()
        server_cpu = sum(browser._process_cpu_s(pid) for pid in pids) - server_before
    times = [ms for out, _ in outcomes for kind, ms in out if kind != browser.START]
    errors = [e for _, errs in outcomes for e in errs]
    overall = Timing("2 servrar, alla interaktioner", times or [0.0])
    return {
        "servers": 2,
        "users_per_server": users,
        "seconds": seconds,
        "interactions": len(times),
        "errors": len(errors),
        "error_samples": errors[:10],
        "overall": overall.row(meets_target=bool(times) and not errors and overall.median < 2000),
        "cpu": {
            "servers_s": round(server_cpu, 1),
            "others_s": round((busy_after - busy_before) - server_cpu, 1),
            "machine_capacity_s": round(all_after - all_before, 1),
        },
    }


async def _both(urls: list[str], users: int, seconds: float) -> list[tuple[list, list]]:
    return list(
        await asyncio.gather(*(browser._users(url, users, seconds, (2.0, 6.0)) for url in urls))
    )


def _writer(url: str, worker: int, seconds: float, queue: multiprocessing.Queue) -> None:
    """One process writing comments and forecasts, one per change, for `seconds`."""
    times = shared_writer.write(url, worker, seconds)
    queue.put((len(times), times))


def _writers(url: str, count: int, seconds: float) -> dict:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    processes = [
        context.Process(target=_writer, args=(url, n, seconds, queue)) for n in range(count)
    ]
    for process in processes:
        process.start()
    results = [queue.get(timeout=seconds + 600) for _ in processes]
    for process in processes:
        process.join(60)
    written = sum(n for n, _ in results)
    times = [ms for _, ms in results for ms in ms]
    with SharedDatabase(url) as reader:
        read_back = int(
            reader.con.execute(
                "SELECT (SELECT count(*) FROM deviation_comment) "
                "+ (SELECT count(*) FROM forecast_entry)"
            ).fetchall()[0][0]
        )
    return {
        "writers": count,
        "seconds": seconds,
        "written": written,
        "read_back": read_back,
        "nothing_lost": written == read_back,
        "writes_per_s": round(written / seconds, 1),
        "write_median_ms": round(statistics.median(times), 1) if times else None,
        "write_p95_ms": round(Timing("w", times).p95, 1) if times else None,
    }


def markdown(result: dict) -> list[str]:
    """The shared part's section of the summary."""
    p, s, w = result["pages"], result["servers"], result["writers"]
    out = [
        f"## Delat läge (PostgreSQL), {_n(p['ledger_rows'])} rader",
        "",
        f"Flytt in (migrate-to, kontrollerad): {result['migrate_s']} s. {result['migrated']}",
        "",
        f"Kontroll av andra servrars ändringar vid varje interaktion: {p['refresh_median_ms']} ms "
        "(median).",
        "",
        "| Interaktion | delat median ms | inbäddat median ms | × inbäddat | mål ≤ 1,5× |",
        "|---|---:|---:|---:|---|",
    ]
    for r in p["interactions"]:
        ratio = "–" if r["ratio_to_embedded"] is None else f"{r['ratio_to_embedded']:.2f}"
        out.append(
            f"| {r['name']} | {r['median_ms']:.0f} | {r['embedded_median_ms']:.0f} | {ratio} "
            f"| {_yes(r['meets_target'])} |"
        )
    o = s["overall"]
    out += [
        "",
        f"2 servrar × {s['users_per_server']} sessioner i {s['seconds']:.0f} s: "
        f"{s['interactions']} interaktioner, {s['errors']} fel, median {o['median_ms']:.0f} ms, "
        f"p95 {o['p95_ms']:.0f} ms. CPU: servrarna {s['cpu']['servers_s']} s, allt annat "
        f"(webbläsarna m.m.) {s['cpu']['others_s']} s av {s['cpu']['machine_capacity_s']} s.",
        "",
        f"{w['writers']} skrivare i {w['seconds']:.0f} s: {w['written']} skrivna, "
        f"{w['read_back']} lästa tillbaka (inget förlorat: {_yes(w['nothing_lost'])}), "
        f"{w['writes_per_s']} skrivningar/s, en skrivning median {w['write_median_ms']} ms, "
        f"p95 {w['write_p95_ms']} ms.",
        "",
    ]
    return out
