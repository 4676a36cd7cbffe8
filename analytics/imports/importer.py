"""Importing a file end to end: read, recognise, validate against the registers, write.

The one import path: the import page, the CLI and the demo loader all call `import_file`.
Nothing is written unless every sheet of the file is valid, and then everything is written in
one transaction with its line in the import log.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from analytics.access import current, may, require
from analytics.common.workers import pool
from analytics.i18n import family, t
from analytics.imports.checks import (
    complete_accounts,
    org_across_sheets,
    renamed_accounts,
    validate_codes,
)
from analytics.imports.preview import sheet_preview
from analytics.imports.result import ImportResult, Total
from analytics.ingest.columns import apply_profile, guess_header, header_signature
from analytics.ingest.grouping import distinct_rows, key_codes, sum_by_key
from analytics.ingest.ledger import FACT_COLUMNS, ParsedSheet, parse_ledger
from analytics.ingest.ledger_org import ACCOUNT_COLUMNS, ORG_COLUMNS
from analytics.ingest.options import ImportOptions
from analytics.ingest.problems import ImportRejected, Problem
from analytics.ingest.readers import RawSheet, read_file
from analytics.ingest.reasons import params_of
from analytics.ingest.reconcile import MergedRows
from analytics.ingest.registers import parse_account_register, parse_org_register
from analytics.ingest.sheets import classify, prepare
from analytics.settings import current_user
from analytics.storage import mapping_profiles
from analytics.storage.replace_plan import plan_replacement
from analytics.storage.writes import ImportRecord, WriteCounts, log_failed_import, write_import

# what a callback returns is ignored: a Streamlit progress bar's update returns its element
Progress = Callable[[float, str], object]
PARSERS = {"ledger": parse_ledger, "org": parse_org_register, "accounts": parse_account_register}


def import_file(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    options: ImportOptions | None = None,
    display_name: str | None = None,
    progress: Progress | None = None,
    lang: str = "sv",
) -> ImportResult:
    """Import one file all or nothing; the result says what happened, never raises for bad input."""
    options = options or ImportOptions()
    if not options.dry_run:
        require("import")  # before reading anything: a viewer's import stops here
    name = display_name or path.name
    step = _steps(progress, lang)
    started = datetime.now()
    result = ImportResult(file=name, ok=False, dry_run=options.dry_run)
    step(0.05, "reading")
    read = _read(path, name, result)
    if read is None:
        return result
    sheets, content_hash = read
    run = _Run(con, options, result, content_hash, started)
    mapping = _mapping(con, options, result)
    if result.errors:
        return result
    step(0.3, "parsing")
    parsed = _parse_sheets(name, sheets, options, mapping, result)
    if not parsed and not result.errors:
        result.problems.append(Problem("no_header", name))
    if result.errors:
        return run.failed()
    step(0.6, "checking")
    facts, org, accounts = _combine(parsed, result)
    authoritative = any(p.kind == "accounts" for p in parsed)
    result.problems += validate_codes(con, name, parsed, org, accounts)
    if result.errors:
        return run.failed()
    result.problems += renamed_accounts(con, name, accounts, authoritative)
    accounts = complete_accounts(con, facts, accounts)
    result.totals = _totals(facts, options)
    if options.dry_run:
        plan = plan_replacement(con, facts, org, options.replace)
        counted = {k: plan.total(k) for k in ("added", "replaced", "unchanged", "removed")}
        result.counts = WriteCounts(0, **counted, plan=plan)
        result.ok = True
        return result
    step(0.8, "writing")
    try:
        result.counts = write_import(
            con, run.record(), facts, org, accounts, authoritative, options.replace
        )
    except duckdb.Error as exc:  # rolled back by write_import: nothing of the file is stored
        detail = str(exc).splitlines()[0][:300]
        result.problems.append(Problem("write_failed", name, params={"detail": detail}))
        return result
    _save_profile(con, options, result)
    result.ok = True
    step(1.0, "done")
    return result


STEPS = family("import.step", ("reading", "parsing", "checking", "writing", "done"))


def _steps(progress: Progress | None, lang: str) -> Callable[[float, str], object]:
    """Report a step of `STEPS` in the user's language (nowhere without a callback)."""
    if progress is None:
        return lambda _f, _s: None
    return lambda fraction, step: progress(fraction, t(f"import.step.{step}", lang))


def _read(path: Path, name: str, result: ImportResult) -> tuple[list[RawSheet], str] | None:
    """The file's sheets and content hash, or None with the reason in `result.problems`."""
    try:
        # the file's fingerprint for the log is taken on another core while it is parsed
        fingerprint = pool("file-hash", 1).submit(_sha256, path)
        sheets = read_file(path, name)
        return sheets, fingerprint.result()
    except ImportRejected as rejected:
        result.problems = rejected.problems
    except OSError as exc:
        result.problems = [Problem("unreadable_file", name, params=params_of(exc))]
    return None


def _mapping(
    con: duckdb.DuckDBPyConnection, options: ImportOptions, result: ImportResult
) -> dict[str, str] | None:
    """The mapping given, or the saved profile's (a profile that is not there is an error)."""
    if options.mapping is not None or not options.profile:
        return options.mapping
    stored = mapping_profiles.load_profile(con, options.profile)
    if stored is None:
        result.problems = [
            Problem("profile_not_found", result.file, params={"name": options.profile})
        ]
        return None
    return stored[0]


def _save_profile(
    con: duckdb.DuckDBPyConnection, options: ImportOptions, result: ImportResult
) -> None:
    """Save the mapping the user gave under the profile name (a warning if they may not)."""
    if not (options.mapping and options.profile):
        return
    if not may(current(), "profile"):
        warning = Problem(
            "profile_not_saved", result.file, params={"name": options.profile}, severity="warning"
        )
        result.problems.append(warning)
        return
    saved: dict[str, object] = {"sign": options.sign, "unit": options.unit}
    mapping_profiles.save_profile(con, options.profile, result.signature, options.mapping, saved)


@dataclass
class _Run:
    """One import under way: what its log entry records, whether it succeeds or fails."""

    con: duckdb.DuckDBPyConnection
    options: ImportOptions
    result: ImportResult
    content_hash: str
    started: datetime

    def record(self) -> ImportRecord:
        result = self.result
        return ImportRecord(
            file_name=result.file,
            content_hash=self.content_hash,
            sheets=", ".join(p.sheet for p in result.previews if p.kind),
            kind="+".join(sorted(set(result.kinds))),
            rows_read=result.rows_read,
            subtotal_rows=result.subtotal_rows,
            user=self.options.user or current_user(),
            started_at=self.started,
            totals={
                f"{t.year} {t.measure} {t.version}".strip(): t.amount_ore for t in result.totals
            },
        )

    def failed(self) -> ImportResult:
        """Log the refusal (not for a dry run, which stores nothing) and return the result."""
        if not self.options.dry_run:
            message = "\n".join(p.render() for p in self.result.errors[:50])
            log_failed_import(self.con, self.record(), message)
        return self.result


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 22):  # hashlib releases the GIL on large chunks
            digest.update(chunk)
    return digest.hexdigest()


def _parse_sheets(
    name: str,
    sheets: list[RawSheet],
    options: ImportOptions,
    mapping: dict[str, str] | None,
    result: ImportResult,
) -> list[ParsedSheet]:
    parsed: list[ParsedSheet] = []
    for sheet in sheets:
        if sheet.hidden:
            result.problems.append(
                Problem("hidden_sheet_skipped", name, sheet.name, severity="warning")
            )
            continue
        if sheet.cells.empty:
            continue
        guess = apply_profile(sheet.cells, mapping) if mapping else guess_header(sheet.cells)
        kind = (options.kind if options.kind != "auto" else classify(guess)) if guess else None
        result.previews.append(sheet_preview(sheet, guess, kind))
        if guess is None or kind is None:
            if len(sheets) > 1:
                result.problems.append(
                    Problem("sheet_skipped", name, sheet.name, severity="warning")
                )
            else:
                code = "no_header" if guess is None else "unknown_kind"
                result.problems.append(Problem(code, name, sheet.name))
            continue
        if not result.signature:
            result.signature = header_signature(
                [guess.headers.get(c, "") for c in sorted(guess.headers)]
            )
        data = prepare(name, sheet, guess)
        if guess.ignored:
            result.problems.append(
                Problem(
                    "ignored_columns",
                    name,
                    sheet.name,
                    params={"columns": ", ".join(data.label(c) for c in guess.ignored)},
                    severity="warning",
                )
            )
        sheet_result = PARSERS[kind](data, options)
        result.problems += sheet_result.problems
        result.kinds.append(kind)
        result.rows_read += sheet_result.rows_read
        result.subtotal_rows += sheet_result.subtotal_rows
        result.blank_rows += sheet_result.blank_rows
        result.skipped += sheet_result.skipped
        result.reconciliation += sheet_result.reconciliation
        if sheet_result.merged is not None and sheet_result.merged.rows_in:
            result.merged.append(sheet_result.merged)
        parsed.append(sheet_result)
    return parsed


def _combine(
    parsed: list[ParsedSheet], result: ImportResult
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The sheets' facts, organisation and accounts together; facts of two sheets with every
    key equal are summed and reported in `result.merged`, and two sheets placing one ansvar
    differently are refused in `result.problems`."""

    def cat(frames: list[pd.DataFrame], columns: list[str]) -> pd.DataFrame:
        frames = [f for f in frames if len(f)]
        return (
            pd.concat(frames, ignore_index=True)[columns]
            if frames
            else pd.DataFrame(columns=columns)
        )

    facts = cat([p.facts for p in parsed], FACT_COLUMNS)
    if len(parsed) > 1 and len(facts):  # one sheet's facts are summed already
        _, counts = np.unique(key_codes(facts, FACT_COLUMNS[:-1]), return_counts=True)
        if (counts > 1).any():
            sheets = ", ".join(p.sheet for p in parsed if len(p.facts))
            shared = counts[counts > 1]
            result.merged.append(MergedRows(sheets, int(shared.sum()), len(shared)))
            facts = sum_by_key(facts, FACT_COLUMNS[:-1], "amount_ore")
    org = cat([p.org for p in parsed], ORG_COLUMNS)
    if len(parsed) > 1 and len(org):  # one sheet's organisation is one row per ansvar already
        result.problems += org_across_sheets(result.file, org)
        org = org.groupby(["year", "ansvar"], sort=False, as_index=False).last()[ORG_COLUMNS]
    accounts = cat([p.accounts for p in parsed], ACCOUNT_COLUMNS).drop_duplicates(
        ["konto"], keep="last"
    )
    return facts, org, accounts


def _totals(facts: pd.DataFrame, options: ImportOptions) -> list[Total]:
    if facts.empty:
        return []
    sign = -1 if options.sign == "result" else 1
    codes, first = distinct_rows(facts, ["year", "measure", "version"])
    sums = np.zeros(len(first), dtype=np.int64)
    np.add.at(sums, codes, facts["amount_ore"].to_numpy(dtype=np.int64))  # int64: exact öre
    counts = np.bincount(codes, minlength=len(first))
    keys = facts.iloc[first]
    totals = [
        Total(int(y), str(m), str(v), int(s) * sign, int(n))
        for y, m, v, s, n in zip(
            keys["year"], keys["measure"], keys["version"], sums, counts, strict=True
        )
    ]
    return sorted(totals, key=lambda t: (t.year, t.measure, t.version))
