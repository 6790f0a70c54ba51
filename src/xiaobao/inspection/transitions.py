"""The inspection workflow in one table: which action is allowed from which status, to which, by whom.

`apply()` is the only code that assigns `Inspection.status`.

    sampled ──take──▶ in_progress ──conclude_pass──▶ passed
    in_progress ──conclude_fail──▶ failed            (opens a rectification task)
    in_progress ──release──▶ sampled                 (back to the queue)
    failed ──propose_accountability──▶ failed        (问责建议 on a complaint about the same policy)
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l
from django.utils.translation import pgettext_lazy

from xiaobao.core.errors import PermissionDenied
from xiaobao.core.transitions import StaleVersion as StaleVersion
from xiaobao.core.transitions import TransitionNotAllowed as TransitionNotAllowed
from xiaobao.core.transitions import move, permitted, rule_for
from xiaobao.inspection.codes import Status
from xiaobao.org.roles import Role

S, P, OK, F = Status.SAMPLED, Status.IN_PROGRESS, Status.PASSED, Status.FAILED

INSPECTORS = frozenset({Role.COMPLIANCE_REVIEWER, Role.OFFICER})  # 质检员: compliance reviewers and officers
ACCOUNTABILITY = frozenset({Role.OFFICER})  # major's accountability takes proposals from officers (and heads)


@dataclass(frozen=True)
class Action:
    sources: frozenset[str]
    target: str | None
    roles: frozenset[str]
    label: Promise
    own: bool = True  # only the inspector who took the call (or an officer) may do it


# action: (allowed from, goes to, who may)                                                        — 中文
TRANSITIONS: dict[str, Action] = {
    "take": Action(frozenset({S}), P, INSPECTORS, _l("Take the inspection"), own=False),  # 领取质检
    "release": Action(frozenset({P}), S, INSPECTORS, _l("Give back to the queue")),  # 退回待质检
    "decide_finding": Action(frozenset({P}), None, INSPECTORS, _l("Confirm or override a finding")),  # 确认/推翻
    "conclude_pass": Action(frozenset({P}), OK, INSPECTORS, _l("Conclude: pass")),  # 合格
    "conclude_fail": Action(frozenset({P}), F, INSPECTORS, _l("Conclude: fail")),  # 不合格
    "propose_accountability": Action(frozenset({F}), None, ACCOUNTABILITY, pgettext_lazy("inspection", "Propose accountability"),
                                     own=False),  # 问责建议
}


def check(inspection: object, action: str, user: object) -> Action:
    """The rule for `action`, or TransitionNotAllowed (409) / PermissionDenied (403)."""
    status = inspection.status  # type: ignore[attr-defined]
    rule = rule_for(TRANSITIONS, action, status, status_label=lambda: Status(status).label,
                    not_now=_("“%(action)s” is not possible while the inspection is “%(status)s”."))
    if getattr(user, "is_read_only", False) or not user.has_role(*rule.roles):  # type: ignore[attr-defined]
        raise PermissionDenied(_("Your role may not do “%(action)s”.") % {"action": rule.label})
    inspector_id = getattr(inspection, "inspector_id", None)
    if (rule.own and inspector_id is not None and inspector_id != getattr(user, "pk", None)
            and not user.has_role(Role.OFFICER)):  # type: ignore[attr-defined]
        raise PermissionDenied(_("Another inspector has taken this call."))
    return rule


def may(inspection: object, action: str, user: object) -> bool:
    """Whether `user` may take `action` now (status, role, ownership), without raising."""
    return permitted(check, inspection, action, user)


def apply(inspection: object, action: str, user: object) -> tuple[str, str]:
    """Check and apply the action; returns (from status, to status). The only writer of `status`."""
    return move(inspection, check(inspection, action, user).target)
