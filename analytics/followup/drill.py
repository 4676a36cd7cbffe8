"""The drill path of the deviation analysis: region → nämnd → förvaltning → verksamhet →
ansvar → kostnadsslag → konto, or across to the accounts at any organisation level."""

from __future__ import annotations

from analytics.storage.ledger_source import ACCOUNT_LEVELS, ORG_LEVELS

Path = list[tuple[str, str]]  # (level, unit) pairs, outermost first


def next_level(path: Path, by_account: bool = False) -> str | None:
    """The level shown below the path; None when the path already ends at an account."""
    levels = [level for level, _ in path]
    if "konto" in levels:
        return None
    if "kostnadsslag" in levels:
        return "konto"
    if by_account:
        return "kostnadsslag"
    deepest = max((ORG_LEVELS.index(level) for level in levels if level in ORG_LEVELS), default=-1)
    return ORG_LEVELS[deepest + 1] if deepest + 1 < len(ORG_LEVELS) else "kostnadsslag"


def deeper(path: Path, level: str, unit: str) -> Path:
    """The path one step down into `unit` at `level`."""
    return [*path, (level, unit)]


def back_to(path: Path, depth: int) -> Path:
    """The path cut back to its first `depth` steps (0: the whole region)."""
    return path[:depth]


def scope_key(path: Path) -> str:
    """A stable text for a path, used to file comments: `committee=HSN|forvaltning=Kirurgi`."""
    return "|".join(f"{level}={unit}" for level, unit in path)


def to_link(path: Path) -> list[str]:
    """The path as the address carries it: one `level:unit` per step."""
    return [f"{level}:{unit}" for level, unit in path]


def from_link(steps: list[str]) -> Path:
    """The path a link names, as far as its steps are a path this page can show: each a known
    level, organisation levels going down and the accounts last (a hand-edited or stale link
    stops at its first step that is not)."""
    path: Path = []
    for step in steps:
        level, _, unit = step.partition(":")
        if level not in (*ORG_LEVELS, *ACCOUNT_LEVELS) or not unit:
            break
        if next_level(path) is None or (path and _rank(level) <= _rank(path[-1][0])):
            break
        path.append((level, unit))
    return path


def _rank(level: str) -> int:
    return [*ORG_LEVELS, *ACCOUNT_LEVELS].index(level)
