"""The drill path of the deviation analysis: region → nämnd → förvaltning → verksamhet →
ansvar → kostnadsslag → konto, or across to the accounts at any organisation level."""

from __future__ import annotations

from analytics.storage.ledger_source import ORG_LEVELS

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
