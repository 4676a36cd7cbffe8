"""Importing for the Import page: the dry-run check, the import itself, mapping profiles and
the import log. The page draws; the reads and the one writing transaction are here."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd

from analytics.imports.importer import Progress, import_file
from analytics.imports.preview import FilePreview
from analytics.imports.preview import signature_of_row as _signature_of_row
from analytics.imports.preview import suggest_profile as _suggest_profile
from analytics.imports.result import ImportResult
from analytics.ingest.options import ImportOptions
from analytics.storage import import_log, mapping_profiles
from ui import shell


def check(path: Path, options: ImportOptions, name: str) -> ImportResult:
    """The dry run of the file with these options: what would be stored, skipped, added,
    replaced and removed, with nothing written."""
    dry = dataclasses.replace(options, dry_run=True)
    return import_file(shell.connection(), path, dry, display_name=name)


def run_import(
    path: Path, options: ImportOptions, name: str, progress: Progress, lang: str
) -> ImportResult:
    """The import in the dashboard's one writing transaction: all of the file or nothing."""
    with shell.writing() as target:
        return import_file(target, path, options, display_name=name, progress=progress, lang=lang)


def history(limit: int = 50) -> pd.DataFrame:
    """The latest imports, newest first."""
    return import_log.import_history(shell.connection(), limit=limit)


def profile_names() -> list[str]:
    return mapping_profiles.profile_names(shell.connection())


def profile_mapping(name: str | None) -> dict[str, str] | None:
    """A saved profile's column mapping (None without a profile, or for one since removed)."""
    loaded = mapping_profiles.load_profile(shell.connection(), name) if name else None
    return loaded[0] if loaded else None


def suggested_profile(shown: FilePreview) -> str | None:
    """A saved profile whose header fits a sheet of the preview that was not recognised."""
    return _suggest_profile(shell.connection(), shown)


def profiles_for_row(cells: pd.DataFrame, row: int) -> list[str]:
    """The profiles saved for files whose header is this row (0-based), newest first."""
    return mapping_profiles.profiles_for_signature(
        shell.connection(), _signature_of_row(cells, row)
    )
