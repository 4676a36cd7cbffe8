"""Who may do what: roles, visibility per nämnd, and the acting user of this thread.

Four roles, each including the one before: a viewer reads; a controller also imports, comments,
enters forecasts, saves scenarios, keeps measures and frames and writes the report's analysis
texts; an approver also approves (and reopens) a period's texts and sets the report deadlines;
an admin also manages mapping profiles and roles and reads the audit log. A user may in addition be limited to some nämnder
(a HSN controller sees and changes HSN only).

The acting user lives in a context variable: the dashboard sets it at the start of every script
run (each session runs in its own thread, so sessions never see each other's), the CLI once per
command. Every write in `analytics.storage` asks `require` first, so a denied action is denied
whatever the page or command shows; with nobody acting, every write is denied.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from analytics.i18n import family, t

ROLES = ("viewer", "controller", "approver", "admin")
family("access.role", ROLES)  # the texts `access.role.<value>` (analytics/i18n/)
# The least role an action needs.
ACTIONS = {
    "read": "viewer",
    "import": "controller",
    "comment": "controller",
    "forecast": "controller",
    "tax_forecast": "controller",
    "balance": "controller",
    "scenario": "controller",
    "measure": "controller",
    "frame": "controller",
    "goals": "controller",
    "report_text": "controller",
    "submit": "controller",
    "approve": "approver",
    "deadline": "approver",
    "profile": "admin",
    "roles": "admin",
    "audit": "admin",
    "publish": "admin",
}
family("access.action", ACTIONS)  # the texts `access.action.<value>` (analytics/i18n/)
# Actions on the whole region (or on data not tied to one nämnd): users limited to some nämnder
# may not take them.
REGION_WIDE = {
    "import",
    "tax_forecast",
    "balance",
    "goals",
    "scenario",
    "profile",
    "roles",
    "audit",
    "publish",
    "deadline",
}


class AccessDenied(PermissionError):
    """The acting user may not do this; the message says who, what and why, in Swedish."""


@dataclass(frozen=True)
class Actor:
    """A user as the checks see them. `committees` None: every nämnd."""

    name: str
    role: str
    committees: frozenset[str] | None = None
    mode: str = "local"  # local, oidc, header, cli or system

    @property
    def limited(self) -> bool:
        return self.committees is not None


SYSTEM = Actor("system", "admin", None, "system")
_acting: ContextVar[Actor | None] = ContextVar("acting", default=None)


@contextmanager
def acting_as(actor: Actor | None) -> Iterator[Actor | None]:
    """Run the block as `actor` (in this thread or task only; None: nobody)."""
    token = _acting.set(actor)
    try:
        yield actor
    finally:
        _acting.reset(token)


def set_actor(actor: Actor | None) -> None:
    """Set the acting user for the rest of this thread's work (a dashboard script run)."""
    _acting.set(actor)


def current() -> Actor | None:
    return _acting.get()


def identity(name: str) -> str:
    """A login name as it is compared and stored: trimmed and case-folded, so "HC" and " hc"
    are the same person (and never two with different rights)."""
    return name.strip().lower()


def unlisted(name: str, mode: str) -> Actor | None:
    """The rights of a logged-in user who is not in the users table: none, unless an admin has
    set both a default role and a default scope (`all` or nämnder) – access fails closed."""
    from analytics.settings import text_setting

    role, scope = text_setting("default_role"), text_setting("default_scope")
    if role not in ROLES or not scope:
        return None
    committees = (
        None
        if scope.casefold() == "all"
        else frozenset(c.strip() for c in scope.split(",") if c.strip())
    )
    return Actor(name, role, committees, mode)


def sees_whole_region() -> bool:
    """The acting user sees every nämnd (or no user is set: a CLI run by the operator), so a
    figure for the whole region (årets resultat, balanskravsresultat, the financial goal) may
    be shown; built from part of the region it would be wrong."""
    actor = current()
    return actor is None or not actor.limited


def may(actor: Actor | None, action: str, committee: str | None = None) -> bool:
    """Whether `actor` may take `action` (on `committee`, when the action concerns one)."""
    return _refusal(actor, action, committee) is None


def refusal(action: str, committee: str | None = None) -> str | None:
    """Why the acting user may not take `action` (a sentence to show), or None when they may:
    a page shows it instead of the upload or form the action needs."""
    return _refusal(current(), action, committee)


def require(action: str, committee: str | None = None) -> Actor:
    """The acting user, when they may take `action`; otherwise AccessDenied."""
    actor = current()
    reason = _refusal(actor, action, committee)
    if reason is not None:
        raise AccessDenied(reason)
    assert actor is not None
    return actor


def visible(actor: Actor | None, committee: str) -> bool:
    return actor is not None and (actor.committees is None or committee in actor.committees)


def _refusal(actor: Actor | None, action: str, committee: str | None) -> str | None:
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    what = t(f"access.action.{action}")
    if actor is None:
        return t("access.nobody", what=what)
    if actor.role not in ROLES or ROLES.index(actor.role) < ROLES.index(ACTIONS[action]):
        need = t(f"access.role.{ACTIONS[action]}")
        return t(
            "access.role_too_low",
            user=actor.name,
            what=what,
            need=need,
            role=t(f"access.role.{actor.role}") if actor.role in ROLES else actor.role,
        )
    if actor.committees is not None:
        if action in REGION_WIDE or (committee is None and action != "read"):
            return t("access.region_wide", user=actor.name, what=what)
        if committee is not None and committee not in actor.committees:
            return t("access.other_committee", user=actor.name, what=what, committee=committee)
    return None
