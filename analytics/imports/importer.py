"""Importing a file end to end: read, recognise, validate against the registers, write.

The one import path: the import page, the CLI and the demo loader all call `import_file`.
Nothing is written unless every sheet of the file is valid, and then everything is written in
one transaction with its line in the import log.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from analytics.access import current, may, require
from analytics.common.formatting import format_number
from analytics.i18n import t
from analytics.imports.display import (
    format_count,
    merged_line,
    plan_lines,
    reconciliation_lines,
    skipped_line,
)
from analytics.ingest.columns import HeaderGuess, apply_profile, guess_header, header_signature
from analytics.ingest.grouping import distinct_rows, key_codes, sum_by_key
from analytics.ingest.ledger import (
    ACCOUNT_COLUMNS,
    FACT_COLUMNS,
    ORG_COLUMNS,
    ParsedSheet,
    parse_ledger,
)
from analytics.ingest.options import ImportOptions
from analytics.ingest.problems import ImportRejected, Problem
from analytics.ingest.readers import RawSheet, read_file
from analytics.ingest.reasons import params_of
from analytics.ingest.reconcile import MergedRows, Reconciliation, SkippedRow
from analytics.ingest.registers import parse_account_register, parse_org_register
from analytics.ingest.sheets import classify, prepare
from analytics.result.income_statement import line_for_account
from analytics.settings import current_user
from analytics.storage import queries
from analytics.storage.writes import (
    ImportRecord,
    ReplacePlan,
    WriteCounts,
    log_failed_import,
    plan_replacement,
    write_import,
)

# what a callback returns is ignored: a Streamlit progress bar's update returns its element
Progress = Callable[[float, str], object]
PARSERS = {"ledger": parse_ledger, "org": parse_org_register, "accounts": parse_account_register}


@dataclass
class SheetPreview:
    """What was recognised in one sheet, for the import page's preview."""

    sheet: str
    kind: str | None
    header_row: int | None  # 1-based sheet row
    columns: dict[str, str]  # header text → role ("" when unknown)
    first_rows: pd.DataFrame


@dataclass
class Total:
    """One measure's total in the file, in the file's own sign, in öre."""

    year: int
    measure: str
    version: str
    amount_ore: int
    rows: int


@dataclass
class ImportResult:
    """Everything the user is told about one file's import."""

    file: str
    ok: bool
    dry_run: bool = False
    kinds: list[str] = field(default_factory=list)
    rows_read: int = 0
    subtotal_rows: int = 0
    blank_rows: int = 0
    skipped: list[SkippedRow] = field(default_factory=list)
    reconciliation: list[Reconciliation] = field(default_factory=list)
    merged: list[MergedRows] = field(default_factory=list)
    counts: WriteCounts | None = None
    totals: list[Total] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    previews: list[SheetPreview] = field(default_factory=list)
    signature: str = ""

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity != "error"]

    @property
    def plan(self) -> ReplacePlan | None:
        """What the import adds, replaces and removes per nämnd (planned in a dry run)."""
        return self.counts.plan if self.counts else None

    @property
    def merged_rows(self) -> int:
        return sum(m.rows_in for m in self.merged)

    def summary_lines(self, lang: str = "sv") -> list[str]:
        """The summary as the CLI prints it and the page shows it."""
        if not self.ok:
            lines = [t("summary.failed", lang, file=self.file, n=len(self.errors))]
            lines += ["  " + p.render(lang) for p in self.errors]
            return lines + ["  " + p.render(lang) for p in self.warnings]
        c = self.counts or WriteCounts(0)
        lines = [
            t(
                "summary.ok",
                lang,
                file=self.file,
                rows=format_count(self.rows_read),
                added=format_count(c.added),
                replaced=format_count(c.replaced),
                removed=format_count(c.removed),
                unchanged=format_count(c.unchanged),
                skipped=format_count(len(self.skipped)),
                blank=format_count(self.blank_rows),
            )
        ]
        if self.dry_run:
            lines.append(t("summary.dry_run", lang))
        if c.org_rows or c.accounts:
            lines.append(
                t(
                    "summary.registers",
                    lang,
                    org=format_count(c.org_rows),
                    accounts=format_count(c.accounts),
                )
            )
        for merged in self.merged:
            lines.append("  " + merged_line(merged, lang))
        lines += ["  " + line for line in reconciliation_lines(self.reconciliation, lang)]
        for total in self.totals:
            label = f"{total.measure} {total.year}" + (
                f" ({total.version})" if total.version else ""
            )
            amount = format_number(Decimal(total.amount_ore) / 100, 2)
            lines.append(
                "  "
                + t(
                    "summary.totals",
                    lang,
                    label=label,
                    amount=amount,
                    rows=format_count(total.rows),
                )
            )
        if c.plan is not None and (c.replaced or c.removed):
            lines += ["  " + line for line in plan_lines(c.plan, lang)]
        for row in self.skipped[:20]:
            lines.append("  " + skipped_line(row, lang))
        if len(self.skipped) > 20:
            lines.append("  " + t("summary.skipped_more", lang, n=len(self.skipped) - 20))
        return lines + ["  " + p.render(lang) for p in self.warnings]


def import_file(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    options: ImportOptions | None = None,
    display_name: str | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Import one file all or nothing; the result says what happened, never raises for bad input."""
    options = options or ImportOptions()
    if not options.dry_run:
        require("import")  # before reading anything: a viewer's import stops here
    name = display_name or path.name
    report = progress or (lambda _f, _m: None)
    started = datetime.now()
    result = ImportResult(file=name, ok=False, dry_run=options.dry_run)
    report(0.05, "Läser filen")
    try:
        # the file's fingerprint for the log is taken on another core while it is parsed
        fingerprint = _HASHER.submit(_sha256, path)
        sheets = read_file(path, name)
        content_hash = fingerprint.result()
    except ImportRejected as rejected:
        result.problems = rejected.problems
        return result
    except OSError as exc:
        result.problems = [Problem("unreadable_file", name, params=params_of(exc))]
        return result

    mapping = options.mapping
    if mapping is None and options.profile:
        stored = queries.load_profile(con, options.profile)
        if stored is None:
            result.problems = [Problem("profile_not_found", name, params={"name": options.profile})]
            return result
        mapping = stored[0]

    report(0.3, "Känner igen kolumner och tolkar rader")
    parsed = _parse_sheets(name, sheets, options, mapping, result)
    if not parsed and not result.errors:
        result.problems.append(Problem("no_header", name))
    if result.errors:
        _log_failure(con, result, options, content_hash, started)
        return result

    report(0.6, "Kontrollerar mot organisation och kontoplan")
    facts, org, accounts = _combine(parsed, result)
    accounts_authoritative = any(p.kind == "accounts" for p in parsed)
    result.problems += _validate_codes(con, name, parsed, org, accounts)
    if result.errors:
        _log_failure(con, result, options, content_hash, started)
        return result
    result.problems += _renamed_accounts(con, name, accounts, accounts_authoritative)
    accounts = _complete_accounts(con, facts, accounts)
    result.totals = _totals(facts, options)
    if options.dry_run:
        plan = plan_replacement(con, facts, org, options.replace)
        result.counts = WriteCounts(
            0,
            **{k: plan.total(k) for k in ("added", "replaced", "unchanged", "removed")},
            plan=plan,
        )
        result.ok = True
        return result

    report(0.8, "Skriver till databasen")
    record = _record(result, options, content_hash, started)
    try:
        result.counts = write_import(
            con, record, facts, org, accounts, accounts_authoritative, options.replace
        )
    except duckdb.Error as exc:  # rolled back by write_import: nothing of the file is stored
        result.problems.append(
            Problem("write_failed", name, params={"detail": str(exc).splitlines()[0][:300]})
        )
        return result
    if options.mapping and options.profile and not may(current(), "profile"):
        result.problems.append(
            Problem("profile_not_saved", name, params={"name": options.profile}, severity="warning")
        )
    elif options.mapping and options.profile:
        options_saved: dict[str, object] = {"sign": options.sign, "unit": options.unit}
        queries.save_profile(con, options.profile, result.signature, options.mapping, options_saved)
    result.ok = True
    report(1.0, "Klart")
    return result


_HASHER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="file-hash")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 22):  # hashlib releases the GIL on large chunks
            digest.update(chunk)
    return digest.hexdigest()


KIND_ORDER = {"accounts": 0, "org": 1, "ledger": 2}
PREVIEW_ROWS = 60


def detect_kind(path: Path, mapping: dict[str, str] | None = None) -> str | None:
    """What a file holds, from its first rows only: ledger, org or accounts (None if unsure)."""
    try:
        sheets = read_file(path, max_rows=60)
    except ImportRejected:
        return None
    for sheet in sheets:
        if sheet.hidden or sheet.cells.empty:
            continue
        guess = apply_profile(sheet.cells, mapping) if mapping else guess_header(sheet.cells)
        kind = classify(guess) if guess else None
        if kind:
            return kind
    return None


@dataclass
class FilePreview:
    """The first rows of each sheet and what was recognised in them."""

    sheets: list[SheetPreview]
    raw: dict[str, pd.DataFrame]  # sheet name → its first rows as text, for manual mapping
    problems: list[Problem]

    @property
    def unreadable(self) -> bool:
        """The file could not be read at all: a full read would be refused alike."""
        return not self.sheets and any(p.severity == "error" for p in self.problems)


def preview_file(
    path: Path, name: str, mapping: dict[str, str] | None = None, kind: str = "auto"
) -> FilePreview:
    """Recognise a file from its first rows, without reading all of it."""
    try:
        sheets = read_file(path, name, max_rows=PREVIEW_ROWS)
    except ImportRejected as rejected:
        return FilePreview([], {}, rejected.problems)
    previews, raw = [], {}
    for sheet in sheets:
        if sheet.hidden or sheet.cells.empty:
            continue
        guess = apply_profile(sheet.cells, mapping) if mapping else guess_header(sheet.cells)
        sheet_kind = (kind if kind != "auto" else classify(guess)) if guess else None
        previews.append(_preview(sheet, guess, sheet_kind))
        raw[sheet.name] = sheet.cells
    return FilePreview(previews, raw, [])


def signature_of_row(cells: pd.DataFrame, row: int) -> str:
    """The header signature of a row chosen by the user (0-based)."""
    return header_signature([str(v) for v in cells.iloc[row].dropna()])


def suggest_profile(con: duckdb.DuckDBPyConnection, preview: FilePreview) -> str | None:
    """A saved profile whose header fits a row of a sheet that was not recognised."""
    for sheet in preview.sheets:
        if sheet.kind is not None:
            continue
        cells = preview.raw.get(sheet.sheet)
        if cells is None:
            continue
        for row in range(min(len(cells), PREVIEW_ROWS)):
            names = queries.profiles_for_signature(con, signature_of_row(cells, row))
            if names:
                return names[0]
    return None


def order_for_import(
    paths: list[Path], mappings: dict[Path, dict[str, str] | None] | None = None
) -> list[Path]:
    """Registers before ledgers, so a ledger's ansvar and konto are known when it is checked."""
    given = mappings or {}
    return sorted(paths, key=lambda p: KIND_ORDER.get(detect_kind(p, given.get(p)) or "ledger", 2))


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
        result.previews.append(_preview(sheet, guess, kind))
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


def _preview(sheet: RawSheet, guess: HeaderGuess | None, kind: str | None) -> SheetPreview:
    cells = sheet.cells
    if guess is None:
        return SheetPreview(sheet.name, kind, None, {}, cells.head(12).fillna(""))
    headers = [guess.headers.get(c, f"({c + 1})") for c in range(cells.shape[1])]
    first = cells.iloc[guess.row + 1 : guess.row + 11].fillna("")  # an empty cell shows empty
    first.columns = _unique(headers)
    return SheetPreview(
        sheet.name,
        kind,
        guess.row + 1,
        {guess.headers[c]: guess.roles.get(c, "") for c in sorted(guess.headers)},
        first,
    )


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for n in names:
        seen[n] = seen.get(n, 0) + 1
        out.append(n if seen[n] == 1 else f"{n} ({seen[n]})")
    return out


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
        result.problems += _org_across_sheets(result.file, org)
        org = org.groupby(["year", "ansvar"], sort=False, as_index=False).last()[ORG_COLUMNS]
    accounts = cat([p.accounts for p in parsed], ACCOUNT_COLUMNS).drop_duplicates(
        ["konto"], keep="last"
    )
    return facts, org, accounts


def _validate_codes(
    con: duckdb.DuckDBPyConnection,
    name: str,
    parsed: list[ParsedSheet],
    org: pd.DataFrame,
    accounts: pd.DataFrame,
) -> list[Problem]:
    """Every ansvar must be in the year's organisation, every konto must have a line."""
    problems: list[Problem] = []
    # Accounts a ledger merely names (a konto-name column) are not a chart of accounts: only
    # an account register's accounts or the Region-Bas classes give a line.
    registered = {k for p in parsed if p.kind == "accounts" for k in p.accounts["konto"].dropna()}
    known_accounts = queries.known_accounts(con) | registered
    placed = org.dropna(subset=["committee"])
    for sheet in parsed:
        keys = sheet.row_keys
        if keys.empty:
            continue
        year_list = sorted(int(y) for y in keys["year"].dropna().unique())
        known = pd.concat(
            [queries.known_ansvar(con, year_list), placed[["year", "ansvar"]]], ignore_index=True
        )
        known_pairs = set(zip(known["year"].astype(int), known["ansvar"], strict=True))
        # Each distinct (year, ansvar) is checked once; a million rows hold a few thousand.
        codes, first = distinct_rows(keys, ["year", "ansvar"])
        pairs = zip(
            keys["year"].to_numpy()[first].astype(int), keys["ansvar"].to_numpy()[first],
            strict=True,
        )  # fmt: skip
        unknown_pair = np.array([p not in known_pairs for p in pairs], dtype=bool)
        unknown = pd.Series(unknown_pair[codes], index=keys.index)
        for (year, code), group in keys[unknown].groupby(["year", "ansvar"], sort=True):
            problems.append(
                Problem(
                    "unknown_ansvar",
                    name,
                    sheet.sheet,
                    rows=tuple(int(r) for r in group["row"]),
                    params={"code": code, "year": int(year)},
                )
            )
        konto_codes, konto_uniques = pd.factorize(keys["konto"], use_na_sentinel=True)
        bad_code = np.array(
            [k not in known_accounts and line_for_account(k) is None for k in konto_uniques]
            + [False]
        )
        bad_konto = pd.Series(bad_code[konto_codes], index=keys.index)
        for code, group in keys[bad_konto].groupby("konto", sort=True):
            problems.append(
                Problem(
                    "unknown_konto",
                    name,
                    sheet.sheet,
                    rows=tuple(int(r) for r in group["row"]),
                    params={"code": code},
                )
            )
    return problems


def _renamed_accounts(
    con: duckdb.DuckDBPyConnection, name: str, accounts: pd.DataFrame, authoritative: bool
) -> list[Problem]:
    """A ledger's account names that differ from the chart's: the chart's are kept, and said."""
    if authoritative or accounts.empty:
        return []
    known = queries.account_names(con)
    differing = [
        (str(k), str(n), known[str(k)])
        for k, n in zip(accounts["konto"], accounts["konto_name"], strict=True)
        if isinstance(n, str) and known.get(str(k)) and known[str(k)] != n
    ]
    if not differing:
        return []
    listed = "; ".join(f"{k} ({n} / {kept})" for k, n, kept in differing[:5])
    return [
        Problem(
            "account_names_kept",
            name,
            params={"n": len(differing), "accounts": listed},
            severity="warning",
        )
    ]


def _org_across_sheets(name: str, org: pd.DataFrame) -> list[Problem]:
    """Two sheets placing one ansvar under different parents in one year: refused."""
    problems = []
    for column in ("committee", "forvaltning", "verksamhet"):
        counts = org.dropna(subset=[column]).groupby(["year", "ansvar"])[column].nunique()
        for year, code in list(counts[counts > 1].index)[:10]:
            values = org[(org["year"] == year) & (org["ansvar"] == code)][column].dropna()
            problems.append(
                Problem(
                    "org_conflict_sheets",
                    name,
                    params={
                        "ansvar": code,
                        "year": int(year),
                        "role_name": column,
                        "values": ", ".join(dict.fromkeys(values.astype(str))),
                    },
                )
            )
    return problems


def _complete_accounts(
    con: duckdb.DuckDBPyConnection, facts: pd.DataFrame, accounts: pd.DataFrame
) -> pd.DataFrame:
    """Accounts the ledger uses that no register has named: their line from Region-Bas."""
    known = queries.known_accounts(con) | set(accounts["konto"])
    new = sorted(set(facts["konto"].unique()) - known) if len(facts) else []
    extra = pd.DataFrame({"konto": new, "konto_name": None, "kostnadsslag": None, "rr_line": None})
    frame = pd.concat([accounts, extra], ignore_index=True) if new else accounts.copy()
    if len(frame):
        derived = frame["konto"].map(line_for_account)
        frame["rr_line"] = frame["rr_line"].where(frame["rr_line"].notna(), derived)
        # an account without an income-statement line has no facts (validation refuses those)
        frame = frame[frame["rr_line"].notna()]
    return frame[ACCOUNT_COLUMNS]


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


def _record(
    result: ImportResult, options: ImportOptions, content_hash: str, started: datetime
) -> ImportRecord:
    return ImportRecord(
        file_name=result.file,
        content_hash=content_hash,
        sheets=", ".join(p.sheet for p in result.previews if p.kind),
        kind="+".join(sorted(set(result.kinds))),
        rows_read=result.rows_read,
        subtotal_rows=result.subtotal_rows,
        user=options.user or current_user(),
        started_at=started,
        totals={f"{t.year} {t.measure} {t.version}".strip(): t.amount_ore for t in result.totals},
    )


def _log_failure(
    con: duckdb.DuckDBPyConnection,
    result: ImportResult,
    options: ImportOptions,
    content_hash: str,
    started: datetime,
) -> None:
    if options.dry_run:
        return
    message = "\n".join(p.render() for p in result.errors[:50])
    log_failed_import(con, _record(result, options, content_hash, started), message)
