"""One registry of settings: name, default, environment variable, kind and help text.

Every knob the product has is listed here, so the README and the CLI can be checked against one
place (a test fails when a setting is undocumented), in the manner of datasette's settings.
Each setting has a kind with its parser and a typed accessor (`int_setting`, `bool_setting` …);
`check_settings()` runs at start-up, so a bad value stops the CLI and the dashboard with a
message naming the variable instead of failing later inside a page.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Literal

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"


Kind = Literal["text", "int", "number", "bool", "path", "list"]


class SettingError(ValueError):
    """A setting's environment variable holds a value its kind cannot read."""


def _int(text: str) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        value = -1
    if value < 0:
        raise ValueError("måste vara ett heltal, 0 eller större")
    return value


def _number(text: str) -> Decimal:
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        raise ValueError("måste vara ett tal, till exempel 2 eller 11.70") from None
    if not value.is_finite():
        raise ValueError("måste vara ett ändligt tal")
    return value


def _bool(text: str) -> bool:
    value = text.strip().lower()
    if value not in ("0", "1", "true", "false", "yes", "no", ""):
        raise ValueError("måste vara 1 eller 0")
    return value in ("1", "true", "yes")


def _list(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


PARSERS: dict[Kind, Callable[[str], object]] = {
    "text": str.strip,
    "int": _int,
    "number": _number,
    "bool": _bool,
    "path": lambda text: Path(text.strip()).expanduser(),
    "list": _list,
}


@dataclass(frozen=True)
class Setting:
    """A configurable value with its environment variable, kind and a one-line explanation."""

    name: str
    env: str
    default: str
    help: str
    kind: Kind = "text"
    choices: tuple[str, ...] = ()  # for a text setting: the values it may hold ("" too)

    def value(self) -> str:
        """The raw value from the environment, or the default."""
        return os.environ.get(self.env, self.default)

    def parsed(self) -> object:
        """The value read by its kind; `SettingError` naming the variable when it cannot be."""
        raw = self.value()
        try:
            value = PARSERS[self.kind](raw)
        except ValueError as exc:
            raise SettingError(f"{self.env}={raw!r}: {exc}") from None
        if self.choices and value not in (*self.choices, ""):
            raise SettingError(f"{self.env}={raw!r}: måste vara något av {', '.join(self.choices)}")
        return value


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting(
            "db_path",
            "BUDGET_DB",
            str(DATA_DIR / "budget.duckdb"),
            "Path of the DuckDB file (created on first use).",
            kind="path",
        ),
        Setting(
            "database_url",
            "BUDGET_DATABASE_URL",
            "",
            "Shared mode: a PostgreSQL URL many servers share (empty: the DuckDB file).",
        ),
        Setting(
            "demo_on_first_start",
            "BUDGET_DEMO",
            "1",
            "Fill an empty database with the demo data when the dashboard starts (1 or 0).",
            kind="bool",
        ),
        Setting(
            "demo_dir",
            "BUDGET_DEMO_DIR",
            str(DATA_DIR / "demo"),
            "Folder where the demo generator writes its export files.",
            kind="path",
        ),
        Setting(
            "language",
            "BUDGET_LANG",
            "sv",
            "Default language of the user interface: sv or en.",
            choices=("sv", "en"),
        ),
        Setting(
            "financial_goal_pct",
            "BUDGET_GOAL_PCT",
            "2",
            "The financial goal: the result as a percentage of its base (e.g. 2).",
            kind="number",
        ),
        Setting(
            "financial_goal_base",
            "BUDGET_GOAL_BASE",
            "tax_grants",
            "Base of the financial goal: tax_grants (skatteintäkter and generella statsbidrag "
            "och utjämning) or net_cost (verksamhetens nettokostnader).",
            choices=("tax_grants", "net_cost"),
        ),
        Setting(
            "balance_realisation_accounts",
            "BUDGET_REALISATION_ACCOUNTS",
            "3972,8432",
            "Accounts (number prefixes, comma-separated) that carry realisationsvinster: "
            "deducted in the balanskravsutredning.",
            kind="list",
        ),
        Setting(
            "balance_unrealised_accounts",
            "BUDGET_UNREALISED_ACCOUNTS",
            "8460,8560",
            "Accounts (number prefixes, comma-separated) that carry orealiserade vinster och "
            "förluster i värdepapper (e.g. the pension portfolio at fair value): reversed in "
            "the balanskravsutredning.",
            kind="list",
        ),
        Setting(
            "tax_rate",
            "BUDGET_TAX_RATE",
            "11.70",
            "The region's tax rate in kronor per 100 kr of taxable income, used by scenarios "
            "when the plan states none.",
            kind="number",
        ),
        Setting(
            "goal_tolerance",
            "BUDGET_GOAL_TOLERANCE",
            "10",
            "How far behind the path from base to target an indicator may be and still be yellow, "
            "in % of the whole way (further behind is red).",
            kind="number",
        ),
        Setting(
            "kolada_organisation",
            "BUDGET_KOLADA_ORG",
            "Region Jämtland Härjedalen",
            "The region's own name in Kolada exports, drawn bold among the other regions.",
        ),
        Setting(
            "user",
            "BUDGET_USER",
            "",
            "The identity a service account acts as (import log, roles) when no login is "
            "configured; honoured only for the accounts in service_users (default: OS user).",
        ),
        Setting(
            "service_users",
            "BUDGET_SERVICE_USERS",
            "",
            "Comma-separated OS accounts (e.g. the scheduler's) that may act as BUDGET_USER.",
            kind="list",
        ),
        Setting(
            "auth_header",
            "BUDGET_AUTH_HEADER",
            "",
            "Name of the header a trusted reverse proxy sets to the logged-in user (e.g. "
            "X-Forwarded-User). Empty: no proxy login.",
        ),
        Setting(
            "auth_secret",
            "BUDGET_AUTH_SECRET",
            "",
            "With a proxy login: a shared secret the proxy sends in the header "
            "X-Budget-Proxy-Secret; a request without it is refused (so a client that reaches "
            "the port around the proxy cannot name itself). Empty: not required.",
        ),
        Setting(
            "admins",
            "BUDGET_ADMINS",
            "",
            "Comma-separated users who are always admin (to give the first roles).",
            kind="list",
        ),
        Setting(
            "default_role",
            "BUDGET_DEFAULT_ROLE",
            "",
            "Role of a logged-in user who is not in the roles list (viewer, controller or admin); "
            "empty: such a user gets no access. Needs default_scope too.",
            choices=("viewer", "controller", "admin"),
        ),
        Setting(
            "default_scope",
            "BUDGET_DEFAULT_SCOPE",
            "",
            "Scope of such a user: `all` (the whole region) or comma-separated nämnder; empty: "
            "no access.",
        ),
        Setting(
            "read_only",
            "BUDGET_READ_ONLY",
            "0",
            "1: serve a published copy of the database read-only (a replica for viewers; see "
            "`python -m analytics publish`). Changes are made on the primary server.",
            kind="bool",
        ),
        Setting(
            "max_upload_mb",
            "BUDGET_MAX_UPLOAD_MB",
            "200",
            "Largest file the import accepts, in MB (the upload widget has the same limit).",
            kind="int",
        ),
        Setting(
            "parse_memory_mb",
            "BUDGET_PARSE_MEMORY_MB",
            "8192",
            "Address space a file's parser may use, in MB: each file is read in a worker process "
            "under this limit, so a hostile file fails its own import and nothing else.",
            kind="int",
        ),
        Setting(
            "parse_seconds",
            "BUDGET_PARSE_SECONDS",
            "600",
            "Wall-clock seconds a file's parser may take before its worker is stopped.",
            kind="number",
        ),
        Setting(
            "strict_charts",
            "BUDGET_STRICT_CHARTS",
            "0",
            "1: build every chart with plotly's property validation (the test suite does); "
            "off by default, as validation is two thirds of the time a chart takes.",
            kind="bool",
        ),
        Setting(
            "strict_messages",
            "BUDGET_STRICT_MESSAGES",
            "0",
            "1: a message key or parameter missing from the catalogue raises (the test suite "
            "does); off, the text falls back to Swedish, then to the key.",
            kind="bool",
        ),
        Setting(
            "region_name", "BUDGET_REGION", "Region Jämtland Härjedalen", "The report's region."
        ),
        Setting(
            "region_logo",
            "BUDGET_REGION_LOGO",
            "",
            "A PNG, JPEG or SVG file drawn on the report's title page (none when empty).",
        ),
        Setting(
            "report_deadline_day",
            "BUDGET_REPORT_DEADLINE_DAY",
            "10",
            "Day of the month after a period by which its analysis texts are due, unless an "
            "approver has entered the period's deadline on the Analystexter page.",
            kind="int",
        ),
    )
}


def setting(name: str) -> str:
    """The current raw value of a setting by name (text settings: trimmed by `text_setting`)."""
    return SETTINGS[name].value()


def text_setting(name: str) -> str:
    value = SETTINGS[name].parsed()
    assert isinstance(value, str), name  # the registry says which accessor a setting has
    return value


def int_setting(name: str) -> int:
    value = SETTINGS[name].parsed()
    assert isinstance(value, int), name
    return value


def number_setting(name: str) -> Decimal:
    value = SETTINGS[name].parsed()
    assert isinstance(value, Decimal), name
    return value


def bool_setting(name: str) -> bool:
    value = SETTINGS[name].parsed()
    assert isinstance(value, bool), name
    return value


def path_setting(name: str) -> Path:
    value = SETTINGS[name].parsed()
    assert isinstance(value, Path), name
    return value


def list_setting(name: str) -> tuple[str, ...]:
    value = SETTINGS[name].parsed()
    assert isinstance(value, tuple), name
    return value


def check_settings() -> None:
    """Read every setting by its kind: one `SettingError` naming each bad variable, at
    start-up, instead of a page failing later on the one it reads."""
    problems = []
    for item in SETTINGS.values():
        try:
            item.parsed()
        except SettingError as exc:
            problems.append(str(exc))
    if problems:
        raise SettingError("Ogiltig inställning: " + "; ".join(problems))


def db_path(override: str | os.PathLike[str] | None = None) -> Path:
    """The database path: an explicit override (CLI flag) wins over the environment."""
    return Path(override) if override else path_setting("db_path")


def database_url(override: str | None = None) -> str:  # "" in the embedded mode
    return (override or text_setting("database_url")).strip()


def os_user() -> str:
    """The operating-system account running the process."""
    try:
        import getpass

        return getpass.getuser()
    except Exception:  # noqa: BLE001 - getuser raises several kinds when no name is known
        return "okänd"


def current_user() -> str:
    """Who is acting when no login tells us (the CLI, local mode): the operating-system user.
    `BUDGET_USER` names someone else only when the OS account is a service account listed in
    `BUDGET_SERVICE_USERS` (a scheduler loading as a named identity): an environment variable
    alone makes nobody an admin."""
    account = os_user()
    configured = text_setting("user")
    services = {u.lower() for u in list_setting("service_users")}
    if configured and account.strip().lower() in services:
        return configured
    return account


def admins() -> set[str]:
    """Users who are admin whatever the roles list says."""
    return {a.lower() for a in list_setting("admins")}


def account_prefixes(name: str) -> tuple[str, ...]:
    """A setting holding account numbers (or their leading digits), comma-separated."""
    return list_setting(name)
