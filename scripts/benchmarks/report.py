"""The benchmark's results for people: console lines while it runs, and a Markdown summary
(medians, spreads, ratios to the baselines, targets met) that the README quotes."""

from __future__ import annotations


def _think(users: dict) -> str:
    low, high = users.get("think_seconds", [0.5, 1.5])
    return f"{low:g}–{high:g}".replace(".", ",")


def _yes(ok: bool | None) -> str:
    return "ja" if ok else "NEJ"


def _n(value: int) -> str:
    """1 000 000: thousands with a space, as Swedish text writes them."""
    return f"{value:,}".replace(",", " ")


def _ms(value: float | None) -> str:
    return "–" if value is None else f"{value:,.0f}".replace(",", " ")


def print_import(result: dict) -> None:
    ours, raw, openpyxl = result["timings"]
    print(
        f"  vår import {ours['median_ms'] / 1000:.1f} s (±{ours['spread_ms'] / 1000:.1f}), "
        f"rå tolkning {raw['median_ms'] / 1000:.1f} s, openpyxl {openpyxl['median_ms'] / 1000:.1f} s"
    )
    print(
        f"  {result['speedup_vs_openpyxl']}× snabbare än openpyxl, "
        f"{result['ratio_to_raw_parse']}× den råa tolkningen – mål nått: "
        f"{_yes(result['meets_target'])}"
    )
    for timing in result.get("preview", []):
        print(f"  {timing['name']}: {timing['median_ms'] / 1000:.2f} s")


def print_pages(result: dict) -> None:
    rows = result["interactions"]
    width = max(len(r["name"]) for r in rows) + 2
    print(f"  samma summor som pandas: {_yes(result['same_numbers_as_pandas'])}")
    print(
        f"  {'Interaktion':<{width}}{'median':>8}{'p95':>8}{'spridn.':>9}{'pandas':>8}{'× pd':>7}  mål"
    )
    for r in rows:
        ratio = "–" if r["ratio_to_pandas"] is None else f"{r['ratio_to_pandas']:.2f}"
        print(
            f"  {r['name']:<{width}}{r['median_ms']:>8.1f}{r['p95_ms']:>8.1f}"
            f"{r['spread_ms']:>9.1f}{r['pandas_median_ms']:>8.1f}{ratio:>7}  "
            f"{_yes(r['meets_target'])}"
        )


def print_browser(result: dict) -> None:
    print(f"  start till frisk: {result['start_to_healthy_ms'] / 1000:.1f} s")
    for r in result["pages"]:
        print(
            f"  {r['page']:<12} via sidomenyn median {r['median_ms'] / 1000:.2f} s "
            f"(p95 {r['p95_ms'] / 1000:.2f}) – under 3 s: {_yes(r['meets_target'])}; ny flik "
            f"{r['fresh_first_ms'] / 1000:.2f} s första, sedan {r['fresh_median_ms'] / 1000:.2f} s"
        )
    change = result["filter_change"]
    print(
        f"  byte av år: median {change['median_ms'] / 1000:.2f} s – under 1 s: {_yes(change['meets_target'])}"
    )
    users = result["users"]
    print(
        f"  {users['users']} användare: {users['interactions']} interaktioner, {users['errors']} fel, "
        f"median {_ms(users['overall']['median_ms'])} ms, p95 {_ms(users['overall']['p95_ms'])} ms"
    )
    if users.get("cpu"):
        cpu = users["cpu"]
        print(
            f"  processortid per interaktion: servern {cpu['server_per_interaction_ms']} ms, "
            f"webbläsarna {cpu['others_per_interaction_ms']} ms"
        )
    print(f"  toppminne: {result['peak_memory_mb']:.0f} MB (mål < 2 048 MB)")
    if result.get("framework_floor"):
        floor = result["framework_floor"]
        print(
            f"  golvet (Streamlit, rubrik och ett diagram), ny flik: {_s(floor['fresh_median_ms'])} s"
        )
    if result.get("overview_vs_floor"):
        ratio = result["overview_vs_floor"]
        print(
            f"  Översikt, första diagrammet i ny flik: {_x(ratio['ratio'])} golvet "
            f"(mål ≤ {_x(ratio['target'])}: {_yes(ratio['meets_target'])})"
        )


def _x(ratio: float | None) -> str:
    """A ratio: `1.25×` (with a point, as the report's other figures)."""
    return "–" if ratio is None else f"{ratio:.2f}×"


def _s(ms: float | None) -> str:
    return "–" if ms is None else f"{ms / 1000:.2f}"


def markdown(results: dict) -> str:
    """The summary table of a run, in Markdown."""
    out = [
        f"# Benchmark {results['when']}",
        "",
        f"{results['machine']}, {results['cpus']} CPU, Python {results['python']}; "
        f"{results.get('total_minutes', '?')} minuter.",
        "",
    ]
    if "import" in results:
        r = results["import"]
        out += [
            f"## Import av {_n(r['rows'])} rader .xlsx",
            "",
            "| Mätning | median | spridning | körningar |",
            "|---|---:|---:|---:|",
        ]
        out += [
            f"| {t['name']} | {t['median_ms'] / 1000:.1f} s | {t['spread_ms'] / 1000:.1f} s | {t['runs']} |"
            for t in r["timings"]
        ]
        out += [
            "",
            f"**{r['speedup_vs_openpyxl']}×** snabbare än openpyxl (mål ≥ 10×), "
            f"**{r['ratio_to_raw_parse']}×** den råa tolkningen (mål ≤ 1,5×): "
            f"mål nått {_yes(r['meets_target'])}.",
            "",
        ]
        if "preview" in r:
            ours, whole = r["preview"]
            out += [
                f"{ours['name']}: {ours['median_ms'] / 1000:.2f} s (median); "
                f"{whole['name'].lower()}: {whole['median_ms'] / 1000:.1f} s.",
                "",
            ]
    for measured in results.get("pages", []):
        met = sum(r["meets_target"] for r in measured["interactions"])
        out += [
            f"## Sidberäkningar, {_n(measured['ledger_rows'])} rader",
            "",
            f"Mål: {measured['target']}. Samma summor som pandas: "
            f"{_yes(measured['same_numbers_as_pandas'])}. Pandas-baslinjen håller "
            f"{_n(measured['pandas_frame_rows'])} rader i minnet (inläsning "
            f"{measured['pandas_load_s']} s, ej med i tiderna).",
            "",
            "| Interaktion | median ms | p95 ms | spridning ms | pandas ms | × pandas | mål |",
            "|---|---:|---:|---:|---:|---:|---|",
        ]
        for r in measured["interactions"]:
            ratio = "–" if r["ratio_to_pandas"] is None else f"{r['ratio_to_pandas']:.2f}"
            out.append(
                f"| {r['name']} | {r['median_ms']:.0f} | {r['p95_ms']:.0f} | {r['spread_ms']:.0f} "
                f"| {r['pandas_median_ms']:.0f} | {ratio} | {_yes(r['meets_target'])} |"
            )
        out += ["", f"{met} av {len(measured['interactions'])} inom målet.", ""]
    if "shared" in results:
        from benchmarks import shared

        out += shared.markdown(results["shared"])
    if "report" in results:
        from benchmarks import board

        out += board.markdown(results["report"])
    if "browser" in results:
        b = results["browser"]
        out += [
            f"## I webbläsaren, {_n(b['ledger_rows'])} rader",
            "",
            f"Server start till frisk: {b['start_to_healthy_ms'] / 1000:.1f} s. "
            f"Toppminne (VmHWM) för serverprocessen: **{b['peak_memory_mb']:.0f} MB** "
            f"(mål < 2 048 MB: {_yes(b['peak_memory_mb'] < b['memory_target_mb'])}).",
            "",
            "Sidan öppnad via sidomenyn (som man rör sig i appen) och i en ny flik (då körs "
            "Streamlits och plotlys JavaScript på nytt, ur webbläsarens cache efter första "
            "gången), till första diagrammet ritat och sidan klar:",
            "",
            "| Sida | sidomenyn median s | p95 s | under 3 s | ny flik, första s | ny flik, median s "
            "| under 3 s | ny flik, rubriken visas s | ny flik, första diagrammet s | × golvet |",
            "|---|---:|---:|---|---:|---:|---|---:|---:|---:|",
        ]
        out += [
            f"| {r['page']} | {r['median_ms'] / 1000:.2f} | {r['p95_ms'] / 1000:.2f} "
            f"| {_yes(r['meets_target'])} | {r['fresh_first_ms'] / 1000:.2f} "
            f"| {r['fresh_median_ms'] / 1000:.2f} | {_yes(r['fresh_meets_target'])} "
            f"| {_s(r.get('fresh_heading_median_ms'))} | {_s(r.get('fresh_chart_median_ms'))} "
            f"| {_x(r.get('fresh_chart_vs_floor'))} |"
            for r in b["pages"]
        ]
        floor = b.get("framework_floor")
        if floor:
            out += [
                "",
                "Golvet i samma webbläsare: en Streamlit-sida med bara en rubrik och ett litet "
                f"plotly-diagram öppnas i en ny flik på {_s(floor['fresh_median_ms'])} s (median; "
                f"första {_s(floor['fresh_first_ms'])} s) – snabbare än så kan ingen sida med "
                "Streamlits plotly-diagram öppnas på den här maskinen.",
            ]
        ratio = b.get("overview_vs_floor")
        if ratio:
            out += [
                "",
                f"Översiktens första diagram i en ny flik: **{_x(ratio['ratio'])} golvet** "
                f"(mål ≤ {_x(ratio['target'])}: {_yes(ratio['meets_target'])}).",
            ]
        c = b["filter_change"]
        u = b["users"]
        out += [
            "",
            f"Byte av år i sidomenyn: median {c['median_ms'] / 1000:.2f} s, p95 "
            f"{c['p95_ms'] / 1000:.2f} s (mål < 1 s: {_yes(c['meets_target'])}).",
            "",
            f"**{u['users']} samtidiga webbläsarsessioner i {u['seconds']:.0f} s** (var och en "
            f"läser sidan {_think(u)} s före nästa klick; minuten börjar när alla har appen "
            "öppen): "
            f"{u['interactions']} interaktioner, {u['errors']} fel, median "
            f"{_ms(u['overall']['median_ms'])} ms, p95 {_ms(u['overall']['p95_ms'])} ms "
            f"(mål: inga fel och median < 2 000 ms: {_yes(u['overall']['meets_target'])}).",
            "",
            f"Sessionernas första sidladdning, alla på en gång: median "
            f"{_ms(u['session_start']['median_ms'])} ms (ingår inte ovan).",
            "",
            "| Interaktion | antal | median ms | p95 ms |",
            "|---|---:|---:|---:|",
        ]
        out += [
            f"| {k['name']} | {k['runs']} | {_ms(k['median_ms'])} | {_ms(k['p95_ms'])} |"
            for k in u["by_kind"]
        ]
        cpu = u.get("cpu")
        if cpu:
            out += [
                "",
                f"Processortid under körningen ({cpu['capacity_s']:.0f} s kapacitet på alla "
                f"kärnor): servern {cpu['server_s']:.0f} s, allt annat – de {u['users']} "
                f"sessionernas chromium på samma kärnor – {cpu['others_s']:.0f} s; per "
                f"interaktion servern {cpu['server_per_interaction_ms']} ms och webbläsarna "
                f"{cpu['others_per_interaction_ms']} ms.",
            ]
        if u["error_samples"]:
            out += ["", "Fel:", *[f"- {e}" for e in u["error_samples"]]]
        out.append("")
    return "\n".join(out)
