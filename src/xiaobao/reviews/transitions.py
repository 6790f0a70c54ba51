"""The review workflow in one table: which action is allowed from which status, to which, by whom.

`apply()` is the only code that assigns `ReviewRequest.status`.

    under_review ──send_opinions──▶ answering ──resubmit──▶ under_review
    under_review ──conclude──▶ concluded            (or ▶ countersign when a second signer is required)
    countersign ──countersign──▶ concluded ; countersign ──decline_countersign──▶ under_review
    under_review / answering ──withdraw──▶ withdrawn
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l

from xiaobao.core.errors import PermissionDenied
from xiaobao.core.transitions import StaleVersion as StaleVersion
from xiaobao.core.transitions import TransitionNotAllowed as TransitionNotAllowed
from xiaobao.core.transitions import move, permitted, rule_for
from xiaobao.org.roles import Role
from xiaobao.reviews.codes import Status

U, A, C, D, W = Status.UNDER_REVIEW, Status.ANSWERING, Status.COUNTERSIGN, Status.CONCLUDED, Status.WITHDRAWN

REVIEWERS = frozenset({Role.COMPLIANCE_REVIEWER, Role.OFFICER})
SIGNERS = frozenset({Role.HEAD, Role.OFFICER})
REQUESTER = "requester"  # the request's own requester (or anyone of a case role in the requesting institution)


@dataclass(frozen=True)
class Action:
    sources: frozenset[str]
    target: str | None
    roles: frozenset[str]
    label: Promise


# action: (allowed from, goes to, who may)                                                   — 中文
TRANSITIONS: dict[str, Action] = {
    "take": Action(frozenset({U, A}), None, REVIEWERS, _l("Take the review")),  # 领取审查
    "decide_finding": Action(frozenset({U}), None, REVIEWERS, _l("Accept or dismiss a finding")),  # 确认/排除
    "add_opinion": Action(frozenset({U}), None, REVIEWERS, _l("Write an opinion")),  # 审查意见
    "send_opinions": Action(frozenset({U}), A, REVIEWERS, _l("Send the opinions to the requester")),  # 反馈意见
    "answer": Action(frozenset({A}), None, frozenset({REQUESTER}), _l("Answer an opinion")),  # 答复
    "add_document": Action(frozenset({U, A}), None, frozenset({REQUESTER}), _l("Upload a document")),  # 上传材料
    "resubmit": Action(frozenset({A}), U, frozenset({REQUESTER}), _l("Resubmit for review")),  # 重新提交
    "conclude": Action(frozenset({U}), D, REVIEWERS, _l("Conclude")),  # 审查结论
    "countersign": Action(frozenset({C}), D, SIGNERS, _l("Countersign")),  # 复核签字
    "refuse_countersign": Action(frozenset({C}), U, SIGNERS, _l("Return without signing")),  # 退回
    "withdraw": Action(frozenset({U, A}), W, frozenset({REQUESTER}), _l("Withdraw the request")),  # 撤回
}


def may(request: object, action: str, user: object) -> bool:
    """Whether `user` may take `action` on `request` now (status and role), without raising."""
    return permitted(check, request, action, user)


def _holds(user: object, roles: frozenset[str], request: object) -> bool:
    if REQUESTER in roles:
        is_requester = getattr(request, "requester_id", None) == getattr(user, "pk", None)
        same_institution = (getattr(request, "institution_id", None) == getattr(user, "institution_id", None)
                            and not getattr(user, "is_read_only", True))
        if is_requester or same_institution:
            return True
    return bool(user.has_role(*(roles - {REQUESTER})))  # type: ignore[attr-defined]


def check(request: object, action: str, user: object) -> Action:
    status = request.status  # type: ignore[attr-defined]
    rule = rule_for(TRANSITIONS, action, status, status_label=lambda: Status(status).label,
                    not_now=_("“%(action)s” is not possible while the request is “%(status)s”."))
    if getattr(user, "is_read_only", False) or not _holds(user, rule.roles, request):
        raise PermissionDenied(_("Your role may not do “%(action)s” on this request.") % {"action": rule.label})
    return rule


def apply(request: object, action: str, user: object, *, target: str | None = None) -> tuple[str, str]:
    """Check and apply the action; returns (from status, to status). The only writer of `status`."""
    rule = check(request, action, user)
    return move(request, target if target is not None and action == "conclude" else rule.target)
