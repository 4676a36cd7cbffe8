"""Uploaded files on disk, for the readers that take a path."""

from __future__ import annotations

import hashlib
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import streamlit as st

from analytics import access
from analytics.imports.preview import FilePreview, preview_file
from analytics.ingest.problems import ImportRejected
from ui import widgets

UPLOAD_DIR = Path(tempfile.gettempdir()) / "budget-uploads"


UPLOAD_MAX_AGE_S = 24 * 3600  # an upload older than a day belongs to no open page any more


def sweep_uploads(now: float | None = None) -> int:
    """Remove uploads older than a day (a region's ledgers must not pile up in /tmp); returns
    how many were removed."""
    limit = (now if now is not None else time.time()) - UPLOAD_MAX_AGE_S
    removed = 0
    for old in UPLOAD_DIR.glob("*") if UPLOAD_DIR.is_dir() else []:
        try:
            if old.is_file() and old.stat().st_mtime < limit:
                old.unlink()
                removed += 1
        except OSError:  # another session removed it first
            continue
    return removed


def stored_upload(name: str, content: bytes) -> Path:
    """Keep the upload on disk under its content hash, so a rerun does not write it again
    (and sweep away the uploads of days gone by)."""
    digest = hashlib.sha256(content).hexdigest()[:16]
    UPLOAD_DIR.mkdir(parents=True, exist_ok=True, mode=0o700)
    sweep_uploads()
    path = UPLOAD_DIR / f"{digest}{Path(name).suffix.lower()}"
    if not path.exists():
        path.write_bytes(content)
    else:
        path.touch()  # in use again: not swept while a page still shows it
    return path


@st.cache_data(max_entries=16, show_spinner=False)
def preview(path: Path, name: str, mapping: dict[str, str] | None, kind: str) -> FilePreview:
    """What the first rows of an upload show, once per upload, mapping and kind: the Import
    page reruns at every option changed, and the upload's path is its content's hash."""
    return preview_file(path, name, mapping, kind)


def upload_and_load(
    label: str,
    button: str,
    key: str,
    types: list[str],
    load: Callable[[Path, str], str],
    flash_key: str,
    lang: str,
    action: str,
) -> None:
    """A file uploader with a load button: `load(path, file name)` imports the file all or
    nothing and returns what to tell the user after the rerun; a refused file shows every
    problem with its place and nothing is written. Only a user who may take `action` gets the
    uploader: nobody else can make the server read a file."""
    reason = access.refusal(action)
    if reason is not None:
        st.caption(reason)
        return
    upload = st.file_uploader(label, type=types, key=key, help=widgets.upload_note(types, lang))
    if upload is None or not st.button(button, key=f"{key}_load"):
        return
    try:
        message = load(stored_upload(upload.name, upload.getvalue()), upload.name)
    except ImportRejected as exc:
        for problem in exc.problems:
            st.error(problem.render(lang))
        return
    st.session_state[flash_key] = [message]
    st.rerun()
