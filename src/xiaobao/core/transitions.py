"""What every status table shares: the two errors, finding an action's rule for the current status, asking
"may I?" without raising, and the one assignment of the status.

Each app keeps its own table (`<app>/transitions.py`: which action from which status, to which, by whom) and its
own role rule; these helpers only do the parts that read the same in every table.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar

from django.utils.functional import Promise
from django.utils.translation import gettext as _

from xiaobao.core.errors import Conflict, PermissionDenied

StrOrPromise = str | Promise  # a message, translated now or lazily


class TransitionNotAllowed(Conflict):
    code = "transition_not_allowed"


class StaleVersion(Conflict):
    code = "stale_version"


class _Rule(Protocol):
    @property
    def sources(self) -> frozenset[str]: ...

    @property
    def label(self) -> Any: ...


R = TypeVar("R", bound=_Rule)


def rule_for(table: Mapping[str, R], action: str, status: str, *, not_now: str | StrOrPromise, status_label: Callable[[], Any],
             unknown: str | StrOrPromise | None = None, details: Callable[[], dict[str, Any]] | None = None) -> R:
    """The table's rule for `action`, when `status` allows it; else TransitionNotAllowed (409, field "action").

    `not_now` is the translated message with %(action)s and %(status)s; `status_label()` gives the status as the
    user reads it; `unknown` replaces "Unknown action." (may use %(action)s); `details()` adds data to the error.
    """
    rule = table.get(action)
    if rule is None:
        raise TransitionNotAllowed(unknown % {"action": action} if unknown else _("Unknown action."),
                                   field="action")
    if status not in rule.sources:
        raise TransitionNotAllowed(not_now % {"action": rule.label, "status": status_label()}, field="action",
                                   **(details() if details else {}))
    return rule


def permitted(check: Callable[..., object], *args: Any, **kwargs: Any) -> bool:
    """Whether `check(*args, **kwargs)` passes (status and role), without raising: the pages' "may I?"."""
    try:
        check(*args, **kwargs)
    except (Conflict, PermissionDenied):
        return False
    return True


def move(obj: Any, target: str | None, *, before: str | None = None) -> tuple[str, str]:
    """Assign the new status (`target`, or the same one for an action that keeps it); returns (from, to).
    The only assignment of a status in the apps that use a table."""
    before = obj.status if before is None else before
    after = target or before
    obj.status = after
    return before, after
