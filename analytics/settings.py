"""One registry of settings: name, default, environment variable and help text.

Every knob the product has is listed here, so the README and the CLI can be checked against one
place (a test fails when a setting is undocumented), in the manner of datasette's settings.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"


@dataclass(frozen=True)
class Setting:
    """A configurable value with its environment variable and a one-line explanation."""

    name: str
    env: str
    default: str
    help: str

    def value(self) -> str:
        """The value from the environment, or the default."""
        return os.environ.get(self.env, self.default)


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting(
            "db_path",
            "BUDGET_DB",
            str(DATA_DIR / "budget.duckdb"),
            "Path of the DuckDB file (created on first use).",
        ),
        Setting(
            "demo_on_first_start",
            "BUDGET_DEMO",
            "1",
            "Fill an empty database with the demo data when the dashboard starts (1 or 0).",
        ),
        Setting(
            "demo_dir",
            "BUDGET_DEMO_DIR",
            str(DATA_DIR / "demo"),
            "Folder where the demo generator writes its export files.",
        ),
        Setting(
            "language",
            "BUDGET_LANG",
            "sv",
            "Default language of the user interface: sv or en.",
        ),
        Setting(
            "financial_goal_pct",
            "BUDGET_GOAL_PCT",
            "2",
            "The financial goal: the result as a percentage of its base (e.g. 2).",
        ),
        Setting(
            "financial_goal_base",
            "BUDGET_GOAL_BASE",
            "tax_grants",
            "Base of the financial goal: tax_grants (skatteintäkter and generella statsbidrag "
            "och utjämning) or net_cost (verksamhetens nettokostnader).",
        ),
        Setting(
            "balance_realisation_accounts",
            "BUDGET_REALISATION_ACCOUNTS",
            "3972,8432",
            "Accounts (number prefixes, comma-separated) that carry realisationsvinster: "
            "deducted in the balanskravsutredning.",
        ),
        Setting(
            "balance_unrealised_accounts",
            "BUDGET_UNREALISED_ACCOUNTS",
            "8460,8560",
            "Accounts (number prefixes, comma-separated) that carry orealiserade vinster och "
            "förluster i värdepapper (e.g. the pension portfolio at fair value): reversed in "
            "the balanskravsutredning.",
        ),
        Setting(
            "tax_rate",
            "BUDGET_TAX_RATE",
            "11.70",
            "The region's tax rate in kronor per 100 kr of taxable income, used by scenarios "
            "when the plan states none.",
        ),
        Setting(
            "goal_tolerance",
            "BUDGET_GOAL_TOLERANCE",
            "10",
            "How far behind the path from base to target an indicator may be and still be yellow, "
            "in % of the whole way (further behind is red).",
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
        ),
        Setting(
            "default_role",
            "BUDGET_DEFAULT_ROLE",
            "",
            "Role of a logged-in user who is not in the roles list (viewer, controller or admin); "
            "empty: such a user gets no access. Needs default_scope too.",
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
        ),
        Setting(
            "max_upload_mb",
            "BUDGET_MAX_UPLOAD_MB",
            "200",
            "Largest file the import accepts, in MB (the upload widget has the same limit).",
        ),
        Setting(
            "parse_memory_mb",
            "BUDGET_PARSE_MEMORY_MB",
            "8192",
            "Address space a file's parser may use, in MB: each file is read in a worker process "
            "under this limit, so a hostile file fails its own import and nothing else.",
        ),
        Setting(
            "parse_seconds",
            "BUDGET_PARSE_SECONDS",
            "600",
            "Wall-clock seconds a file's parser may take before its worker is stopped.",
        ),
    )
}


def setting(name: str) -> str:
    """The current value of a setting by name."""
    return SETTINGS[name].value()


def db_path(override: str | os.PathLike[str] | None = None) -> Path:
    """The database path: an explicit override (CLI flag) wins over the environment."""
    return Path(override) if override else Path(setting("db_path"))


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
    configured = setting("user").strip()
    services = {u.strip().lower() for u in setting("service_users").split(",") if u.strip()}
    if configured and account.strip().lower() in services:
        return configured
    return account


def admins() -> set[str]:
    """Users who are admin whatever the roles list says."""
    return {a.strip().lower() for a in setting("admins").split(",") if a.strip()}


def account_prefixes(name: str) -> tuple[str, ...]:
    """A setting holding account numbers (or their leading digits), comma-separated."""
    return tuple(p.strip() for p in setting(name).split(",") if p.strip())
