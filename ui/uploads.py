"""Uploaded files on disk, for the readers that take a path."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

UPLOAD_DIR = Path(tempfile.gettempdir()) / "budget-uploads"


def stored_upload(name: str, content: bytes) -> Path:
    """Keep the upload on disk under its content hash, so a rerun does not write it again."""
    digest = hashlib.sha256(content).hexdigest()[:16]
    UPLOAD_DIR.mkdir(parents=True, exist_ok=True)
    path = UPLOAD_DIR / f"{digest}{Path(name).suffix.lower()}"
    if not path.exists():
        path.write_bytes(content)
    return path
