"""The exam attempt in one table: which action is allowed from which status, to which, by whom.

`apply()` is the only code that assigns `Attempt.status`.

    in_progress ──submit / time_out──▶ grading (short answers to grade) | passed | failed
    grading ──grade──▶ passed | failed
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from xiaobao.core.errors import PermissionDenied
from xiaobao.core.transitions import StaleVersion as StaleVersion
from xiaobao.core.transitions import TransitionNotAllowed as TransitionNotAllowed
from xiaobao.core.transitions import move, permitted, rule_for
from xiaobao.org.roles import Role
from xiaobao.training.codes import AttemptStatus

P, G, OK, KO = AttemptStatus.IN_PROGRESS, AttemptStatus.GRADING, AttemptStatus.PASSED, AttemptStatus.FAILED
CANDIDATE = "candidate"  # the attempt's own candidate
SYSTEM = "system"  # the server, when the time is up
GRADERS = frozenset({Role.TRAINER, Role.OFFICER})
MANAGERS = GRADERS  # who keeps plans, courses, the bank and exams


@dataclass(frozen=True)
class Action:
    sources: frozenset[str]
    targets: frozenset[str]
    roles: frozenset[str]
    label: Promise


TRANSITIONS: dict[str, Action] = {
    "answer": Action(frozenset({P}), frozenset({P}), frozenset({CANDIDATE}), gettext_lazy("Answer a question")),  # 作答
    "submit": Action(frozenset({P}), frozenset({G, OK, KO}), frozenset({CANDIDATE}), gettext_lazy("Hand in")),  # 交卷
    "time_out": Action(frozenset({P}), frozenset({G, OK, KO}), frozenset({SYSTEM}), gettext_lazy("Time is up")),  # 超时交卷
    "grade": Action(frozenset({G}), frozenset({G, OK, KO}), GRADERS, gettext_lazy("Grade a short answer")),  # 阅卷
}


def _holds(user: object | None, roles: frozenset[str], attempt: object) -> bool:
    if user is None:
        return SYSTEM in roles
    if getattr(user, "is_read_only", True):
        return False
    if CANDIDATE in roles and getattr(attempt, "candidate_id", None) == getattr(user, "pk", None):
        return True
    return bool(user.has_role(*(roles - {CANDIDATE, SYSTEM})))  # type: ignore[attr-defined]


def check(attempt: object, action: str, user: object | None) -> Action:
    status = attempt.status  # type: ignore[attr-defined]
    rule = rule_for(TRANSITIONS, action, status, status_label=lambda: AttemptStatus(status).label,
                    not_now=_("“%(action)s” is not possible while the attempt is “%(status)s”."))
    if not _holds(user, rule.roles, attempt):
        raise PermissionDenied(_("You may not do “%(action)s” on this attempt.") % {"action": rule.label})
    return rule


def may(attempt: object, action: str, user: object | None) -> bool:
    return permitted(check, attempt, action, user)


def apply(attempt: object, action: str, user: object | None, *, target: str) -> tuple[str, str]:
    """Check and apply; returns (from, to). The only writer of `Attempt.status`."""
    rule = check(attempt, action, user)
    if target not in rule.targets:
        raise TransitionNotAllowed(_("Unknown action."), field="action")
    return move(attempt, target)
