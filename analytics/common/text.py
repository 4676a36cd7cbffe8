"""Text as people type it in headers and labels, made comparable."""

from __future__ import annotations

import re
import unicodedata

import pandas as pd


def normalise_header(text: object) -> str:
    """ "Utfall (tkr)" → "utfall tkr"; "Nämnd" → "namnd"; "Kto-text" → "kto text".

    Case, diacritics and punctuation are what exports disagree on; the words are what a
    header means."""
    if text is None or (isinstance(text, float) and pd.isna(text)) or text is pd.NA:
        return ""
    s = unicodedata.normalize("NFKD", str(text).lower())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " ".join(s.split())
