"""Small checks every inspection service shares."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from xiaobao.core.errors import InvalidInput, PermissionDenied
from xiaobao.org.models import User
from xiaobao.org.roles import Role

CONFIGURERS = frozenset({Role.OFFICER})  # rules and sampling plans: the branch's consumer-protection officer


def guard(by: User, roles: frozenset[str], what: str) -> None:
    """403 unless `by` holds one of `roles` and is not read-only."""
    if by.is_read_only or not by.has_role(*roles):
        raise PermissionDenied(_("Your role may not %(what)s.") % {"what": what})


def text(value: str | None, field: str, label: str, *, required: bool = True, limit: int = 2000,
         minimum: int = 0) -> str:
    """A cleaned free text: required, no control characters, bounded."""
    cleaned = (value or "").strip()
    if required and not cleaned:
        raise InvalidInput(_("%(field)s is required.") % {"field": label}, field=field)
    if any(ord(ch) < 32 and ch not in "\n\r\t" for ch in cleaned):
        raise InvalidInput(_("%(field)s contains control characters.") % {"field": label}, field=field)
    if len(cleaned) > limit:
        raise InvalidInput(_("%(field)s is too long (at most %(n)s characters).") % {"field": label, "n": limit},
                           field=field)
    if cleaned and len(cleaned) < minimum:
        raise InvalidInput(_("%(field)s must be at least %(n)s characters.") % {"field": label, "n": minimum},
                           field=field)
    return cleaned


def choice(value: str | None, choices: Any, field: str) -> str:
    if value not in choices.values:
        raise InvalidInput(_("“%(value)s” is not a valid choice.") % {"value": value}, field=field,
                           choices=list(choices.values))
    return str(value)
