"""Small checks every inspection service shares."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from xiaobao.core.errors import InvalidInput, PermissionDenied
from xiaobao.core.text import text_value as text  # noqa: F401 (the services' name for it)
from xiaobao.org.models import User
from xiaobao.org.roles import Role

CONFIGURERS = frozenset({Role.OFFICER})  # rules and sampling plans: the branch's consumer-protection officer


def guard(by: User, roles: frozenset[str], what: str) -> None:
    """403 unless `by` holds one of `roles` and is not read-only."""
    if by.is_read_only or not by.has_role(*roles):
        raise PermissionDenied(_("Your role may not %(what)s.") % {"what": what})


def choice(value: str | None, choices: Any, field: str) -> str:
    if value not in choices.values:
        raise InvalidInput(_("“%(value)s” is not a valid choice.") % {"value": value}, field=field,
                           choices=list(choices.values))
    return str(value)
