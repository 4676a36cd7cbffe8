"""Refusing hostile or broken files before any reader touches them.

A workbook is a zip of XML parts; what can go wrong is known: a file far too large, a zip that
expands to gigabytes (a "zip bomb"), XML with entity declarations (the "billion laughs" and
external-entity attacks), a password-protected workbook (an encrypted OLE container with an
.xlsx name), an old .xls or a text file renamed .xlsx, or a damaged archive. Each is refused
here with a message that says what the file is and what to do, before calamine parses a byte.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from analytics.ingest.problems import ImportRejected, Problem
from analytics.ingest.reasons import params_of
from analytics.settings import int_setting, setting

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of .xls and of encrypted .xlsx
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
MAX_MEMBERS = 10_000
MAX_EXPANDED_BYTES = 3 * 1024**3  # a full 1 048 576-row sheet expands to well below this
MAX_RATIO = 200  # real XML compresses 5–30 times; bombs compress thousands of times
ENTITY_MARKERS = (b"<!DOCTYPE", b"<!ENTITY")
PROLOG_BYTES = 64 * 1024
# A sheet's extent is what calamine allocates (rows × columns from A1): one cell at XFD1048576
# in a 2 KB file would ask for hundreds of gigabytes. Ledger exports have tens of columns.
MAX_COLUMNS = 2_000
MAX_CELLS = 60_000_000
CHUNK = 1 << 20
OVERLAP = 512  # longer than any tag the scan looks for, so none is cut between chunks
_CELL_REF = re.compile(rb"<(?:\w+:)?c\b[^>]{0,200}?\br=\"([A-Z]{1,3})([0-9]{1,7})\"")
_DIMENSION = re.compile(
    rb"<(?:\w+:)?dimension\b[^>]{0,200}?\bref=\"(?:\$?[A-Z]{1,3}\$?[0-9]{1,7}:)?\$?([A-Z]{1,3})\$?([0-9]{1,7})\""
)


def max_bytes() -> int:
    return int_setting("max_upload_mb") * 1024 * 1024


def check_file(path: Path, name: str, suffix: str) -> None:
    """Raise ImportRejected with one clear problem when the file must not be read."""
    size = path.stat().st_size
    if size > max_bytes():
        _refuse(
            "file_too_large",
            name,
            size_mb=f"{size / 1024**2:.0f}",
            limit_mb=setting("max_upload_mb"),
        )
    if size == 0:
        _refuse("empty_file", name)
    with path.open("rb") as handle:
        head = handle.read(8)
    if suffix in {".xlsx", ".xlsm", ".ods"}:
        if head.startswith(OLE_MAGIC):
            if ENCRYPTED_STREAM in path.read_bytes():
                _refuse("encrypted_workbook", name)
            _refuse("xls_named_xlsx", name, suffix=suffix)
        if not head.startswith(ZIP_MAGIC):
            _refuse(
                "text_named_workbook" if _looks_like_text(path) else "not_a_workbook",
                name,
                suffix=suffix,
            )
        _check_zip(path, name)
    elif suffix == ".xls" and not head.startswith(OLE_MAGIC):
        if head.startswith(ZIP_MAGIC):
            _refuse("xlsx_named_xls", name)
        _refuse(
            "text_named_workbook" if _looks_like_text(path) else "not_a_workbook",
            name,
            suffix=suffix,
        )


def _check_zip(path: Path, name: str) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                _refuse("zip_bomb", name, detail=f"{len(members)} delar")
            expanded = sum(m.file_size for m in members)
            if expanded > MAX_EXPANDED_BYTES:
                _refuse("zip_bomb", name, detail=f"packas upp till {expanded / 1024**3:.1f} GB")
            _check_parts(path, members, name)
            for member in members:
                if member.flag_bits & 0x1:
                    _refuse("encrypted_workbook", name)
                ratio = member.file_size / max(member.compress_size, 1)
                if member.file_size > 10 * 1024**2 and ratio > MAX_RATIO:
                    _refuse(
                        "zip_bomb", name, detail=f"{member.filename} packas upp {ratio:.0f} gånger"
                    )
                if member.filename.endswith((".xml", ".rels")):
                    with archive.open(member) as part:
                        prolog = part.read(PROLOG_BYTES)
                    if any(marker in prolog for marker in ENTITY_MARKERS):
                        _refuse("xml_entities", name, part=member.filename)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        EOFError,
        OSError,
        RuntimeError,
        NotImplementedError,
        ValueError,
        zlib.error,
    ) as exc:
        _refuse("corrupt_workbook", name, **params_of(exc))


def _check_parts(path: Path, members: list[zipfile.ZipInfo], name: str) -> None:
    """Inflate every part from its raw bytes with a counter (the sizes a zip declares can lie,
    and a reader that trusts them stops early while calamine does not) and measure each
    worksheet's real extent from its cells and its dimension, before any parser runs."""
    inflated = 0
    with path.open("rb") as raw:
        for member in members:
            sheet = member.filename.startswith("xl/worksheets/") and member.filename.endswith(
                ".xml"
            )
            rows = columns = 0
            tail = b""
            for chunk in _inflate(raw, member, name):
                inflated += len(chunk)
                if inflated > MAX_EXPANDED_BYTES:
                    _refuse(
                        "zip_bomb",
                        name,
                        detail=f"packas upp till mer än {MAX_EXPANDED_BYTES / 1024**3:.0f} GB",
                    )
                if sheet:
                    window = tail + chunk
                    for pattern in (_CELL_REF, _DIMENSION):
                        for letters, digits in pattern.findall(window):
                            columns = max(columns, _column_number(letters))
                            rows = max(rows, int(digits))
                    tail = window[-OVERLAP:]
            if sheet and (columns > MAX_COLUMNS or rows * columns > MAX_CELLS):
                _refuse(
                    "sheet_too_large",
                    name,
                    part=member.filename.rsplit("/", 1)[-1],
                    rows=f"{rows:,}".replace(",", "\u202f"),
                    columns=columns,
                )


def _inflate(raw: BinaryIO, member: zipfile.ZipInfo, name: str) -> Iterator[bytes]:
    """The part's bytes as they really inflate, read from its local header on (stored or
    deflated: what workbooks use), in chunks of at most CHUNK bytes."""
    raw.seek(member.header_offset)
    header = raw.read(30)
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        _refuse(
            "corrupt_workbook",
            name,
            reason="cut_short",
            detail=f"{member.filename}: bad local header",
        )
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    raw.seek(member.header_offset + 30 + name_length + extra_length)
    left = member.compress_size
    if member.compress_type == zipfile.ZIP_STORED:
        while left > 0 and (block := raw.read(min(CHUNK, left))):
            left -= len(block)
            yield block
        return
    if member.compress_type != zipfile.ZIP_DEFLATED:
        _refuse(
            "corrupt_workbook",
            name,
            reason="unknown_format",
            detail=f"{member.filename}: unknown compression",
        )
    inflater = zlib.decompressobj(-15)
    while left > 0 and (block := raw.read(min(CHUNK, left))):
        left -= len(block)
        data = block
        while data:
            out = inflater.decompress(data, CHUNK)
            if out:
                yield out
            data = inflater.unconsumed_tail
        if inflater.eof:
            return
    while not inflater.eof and (out := inflater.decompress(b"", CHUNK)):
        yield out


def _column_number(letters: bytes) -> int:
    """A1-style column letters as a 1-based number: A → 1, XFD → 16 384."""
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _looks_like_text(path: Path) -> bool:
    with path.open("rb") as handle:
        sample = handle.read(4096)
    if b"\x00" in sample:
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError:
        try:
            sample.decode("cp1252")
        except UnicodeDecodeError:
            return False
    return True


def _refuse(code: str, name: str, **params: object) -> None:
    raise ImportRejected([Problem(code, name, params=dict(params))])
