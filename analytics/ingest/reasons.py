"""Why a file could not be read, in the user's words rather than the parser's.

calamine, zipfile, the csv module and the operating system explain a broken file in English
and in their own terms ("calamine error: Ods error: Xml error: syntax error: tag not closed").
A problem about an unreadable file carries a reason code from here; the Swedish message says
what it means for the user (the file is cut short, a part is missing, it is password-protected)
and the parser's own words are kept only as the English message's technical detail.
"""

from __future__ import annotations

import errno

from analytics.i18n import family

# (reason code, fragments of the parser's message that mean it), checked in this order
_PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("memory", ("allocate", "out of memory", "memoryerror", "cannot allocate")),
    ("encrypted", ("password", "encrypt", "cfb")),
    ("entities", ("entity", "escape", "doctype")),
    ("part_missing", ("not found in archive", "there is no item named", "no such part")),
    (
        "cut_short",
        (
            "failed to fill whole buffer",
            "unexpected eof",
            "end of input",
            "truncated",
            "bad magic number",
            "crc",
            "invalid distance",
            "incorrect header",
            "invalid stored block",
            "error -3",
        ),
    ),
    (
        "broken_xml",
        (
            "xml error",
            "syntax error",
            "tag not closed",
            "mismatched",
            "attribute",
            "invalid character",
            "not well-formed",
        ),
    ),
    ("not_zip", ("not a zip file", "zip error", "invalid zip", "bad zip", "central directory")),
    ("unknown_format", ("cannot detect", "unsupported", "unknown format", "file format")),
    ("quote", ("eof inside string", "unclosed", "quote", "new-line character seen")),
    ("columns", ("expected", "fields in line", "saw")),
    ("encoding", ("codec", "decode", "utf-8")),
)

_ERRNO: dict[int, str] = {
    errno.ENOENT: "missing",
    errno.EACCES: "no_permission",
    errno.EPERM: "no_permission",
    errno.EISDIR: "is_folder",
    errno.EIO: "io_error",
}


family(
    "reason", (*(code for code, _ in _PATTERNS), *_ERRNO.values(), "io_error", "unknown")
)  # the texts `reason.<value>` (analytics/i18n/)


def reason_of(problem: BaseException | str) -> str:
    """The reason code for a parser's exception (or its message)."""
    if isinstance(problem, OSError) and problem.errno in _ERRNO:
        return _ERRNO[problem.errno]
    text = str(problem).lower()
    for code, fragments in _PATTERNS:
        if any(fragment in text for fragment in fragments):
            return code
    if isinstance(problem, OSError):
        return "io_error"
    return "unknown"


def detail_of(problem: BaseException | str) -> str:
    """The first line of the parser's own message, shortened, for the technical detail."""
    text = str(problem).strip()
    first = text.splitlines()[0] if text else type(problem).__name__
    return first[:200]


def params_of(problem: BaseException | str) -> dict[str, str]:
    """The parameters of an unreadable-file problem: reason code and technical detail."""
    return {"reason": reason_of(problem), "detail": detail_of(problem)}
