"""One catalogue of user-facing strings: Swedish by default, English selectable.

Code speaks English; users read Swedish. Messages are looked up by key and formatted with named
parameters, so the importer's findings, the CLI and the pages share one wording.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from analytics.i18n import (
    app,
    followup,
    forecast,
    frames,
    goals,
    imports,
    report,
    result,
    savings,
    scenarios,
    shared,
)
from analytics.settings import bool_setting

LANGUAGES = ("sv", "en")


# One area's messages per module (analytics/i18n/<area>.py). They live here rather than in the
# feature packages because t() serves the ground floor too (common, ingest), which must not
# import a feature; a key defined in two areas is a bug, refused when the catalogue is built.
AREAS = (
    app,
    imports,
    followup,
    forecast,
    result,
    frames,
    savings,
    goals,
    scenarios,
    report,
    shared,
)


def _merged() -> dict[str, dict[str, str]]:
    catalogue: dict[str, dict[str, str]] = {}
    for area in AREAS:
        twice = catalogue.keys() & area.MESSAGES.keys()
        if twice:
            raise ValueError(f"messages defined twice ({area.__name__}): {sorted(twice)}")
        catalogue.update(area.MESSAGES)
    return catalogue


CATALOGUE: dict[str, dict[str, str]] = _merged()


class MissingMessage(LookupError):
    """A key not in the catalogue, or a parameter its text needs that was not given (raised
    only with `strict_messages`, as under the tests; users get the best text there is)."""


# Under the tests (tests/conftest.py sets BUDGET_STRICT_MESSAGES=1) a missing key or parameter
# fails the test that shows it; the dashboard falls back to Swedish, then to the key itself.
STRICT = bool_setting("strict_messages")

FAMILIES: dict[str, tuple[str, ...]] = {}


def family(prefix: str, values: Iterable[object]) -> tuple[str, ...]:
    """Register the keys `prefix.<value>` a page builds from an enum, next to that enum, so the
    completeness test (tests/test_boundaries.py) checks every one of them in both languages.
    Returns the values as strings, for the enum's own use."""
    names = tuple(str(v) for v in values)
    FAMILIES[prefix] = tuple(sorted({*FAMILIES.get(prefix, ()), *names}))
    return names


def t(key: str, lang: str = "sv", **params: Any) -> str:
    """The text for `key` in `lang` (falling back to Swedish, then to the key itself)."""
    entry = CATALOGUE.get(key)
    if entry is None:
        if STRICT:
            raise MissingMessage(f"no message {key!r}")
        return key
    template = entry.get(lang) or entry["sv"]
    try:
        return template.format(**params)
    except (KeyError, IndexError) as exc:
        if STRICT:
            raise MissingMessage(f"message {key!r} needs {exc}") from None
        return template


def tn(key: str, count: int, lang: str = "sv", **params: Any) -> str:
    """A text with a count in it, in its singular or plural form: `key.one` for exactly one
    ("1 grön"), `key.other` otherwise ("2 gröna", "0 gröna"); `count` is passed as `n`."""
    form = "one" if count == 1 else "other"
    return t(f"{key}.{form}", lang, n=count, **params)
