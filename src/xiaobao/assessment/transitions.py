"""The assessment run's steps in one table (信息收集 → 初评 → 复评 → 审核): which action is allowed from which
status, to which, by whom. `apply()` is the only code that assigns `Run.status`.

    collecting ──start_first_review──▶ first_review ──submit_first──▶ second_review ──submit_second──▶ approval
    approval ──approve──▶ approved (frozen) ; approval ──send_back──▶ second_review

Who: officers (消保专员) run the assessment and score; the second reviewer must be another officer than the
first; the head (负责人) of the assessing institution approves; each assessed institution's own staff enter the
self-assessment and upload evidence. Auditors only read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from xiaobao.assessment.codes import Status
from xiaobao.core.errors import PermissionDenied
from xiaobao.core.transitions import StaleVersion as StaleVersion
from xiaobao.core.transitions import TransitionNotAllowed as TransitionNotAllowed
from xiaobao.core.transitions import move, permitted, rule_for
from xiaobao.org.roles import Role

C, F, S, A, D = Status.COLLECTING, Status.FIRST_REVIEW, Status.SECOND_REVIEW, Status.APPROVAL, Status.APPROVED

OFFICERS = frozenset({Role.OFFICER})
HEADS = frozenset({Role.HEAD})
STAFF = "staff"  # a head, reviewer or handler of the assessed institution (its subtree)
FIRST = "first_reviewer"  # the officer who did the first review
SECOND = "second_reviewer"  # another officer than the first reviewer
STAFF_ROLES = frozenset({Role.HEAD, Role.REVIEWER, Role.HANDLER, Role.OFFICER})


@dataclass(frozen=True)
class Action:
    sources: frozenset[str]
    target: str | None
    roles: frozenset[str]
    label: Promise


# action: (allowed from, goes to, who may)                                                     — 中文
TRANSITIONS: dict[str, Action] = {
    "compute": Action(frozenset({C}), None, OFFICERS, gettext_lazy("Compute the measures")),  # 计算指标
    "self_assess": Action(frozenset({C}), None, frozenset({STAFF}), gettext_lazy("Enter the self-assessment")),  # 自评
    "upload_evidence": Action(frozenset({C, F, S}), None, frozenset({STAFF}), gettext_lazy("Upload evidence")),  # 上传佐证
    "start_first_review": Action(frozenset({C}), F, OFFICERS, gettext_lazy("Start the first review")),  # 开始初评
    "score_first": Action(frozenset({F}), None, OFFICERS, gettext_lazy("Score (first review)")),  # 初评打分
    "submit_first": Action(frozenset({F}), S, frozenset({FIRST}), gettext_lazy("Submit the first review")),  # 提交初评
    "score_second": Action(frozenset({S}), None, frozenset({SECOND}), gettext_lazy("Score (second review)")),  # 复评打分
    "submit_second": Action(frozenset({S}), A, frozenset({SECOND}), gettext_lazy("Submit for approval")),  # 提交审核
    "approve": Action(frozenset({A}), D, HEADS, gettext_lazy("Approve and freeze the results")),  # 审核通过
    "send_back": Action(frozenset({A}), S, HEADS, gettext_lazy("Send back to the second review")),  # 退回复评
    "mark_leadership": Action(frozenset({D}), None, HEADS | OFFICERS,
                              gettext_lazy("Feed into the leadership evaluation")),  # 纳入领导班子考核
}


def _in_scope(user: Any, institution: Any) -> bool:
    own = getattr(user, "institution", None)
    return own is not None and institution is not None and institution.path.startswith(own.path)


def _holds(user: Any, roles: frozenset[str], run: Any, institution: Any) -> bool:
    if STAFF in roles and user.has_role(*STAFF_ROLES) and (
            user.sees_whole_organisation or _in_scope(user, institution)):
        return True
    if FIRST in roles and user.has_role(Role.OFFICER) and run.first_reviewer_id in (None, user.pk):
        return True
    if SECOND in roles and user.has_role(Role.OFFICER) and run.first_reviewer_id != user.pk and (
            run.second_reviewer_id in (None, user.pk)):
        return True
    plain = roles - {STAFF, FIRST, SECOND}
    if not plain or not user.has_role(*plain):
        return False
    # an officer acts across the organisation; a head only over the run's assessing institution
    return bool(user.sees_whole_organisation) or _in_scope(user, run.institution)


def check(run: Any, action: str, user: Any, *, institution: Any = None) -> Action:
    """The rule, or TransitionNotAllowed (409, wrong status) / PermissionDenied (403, wrong role)."""
    rule = rule_for(TRANSITIONS, action, run.status, status_label=lambda: Status(run.status).label,
                    not_now=_("“%(action)s” is not possible while the run is “%(status)s”."))
    if getattr(user, "is_read_only", False) or not _holds(user, rule.roles, run, institution):
        if SECOND in rule.roles and run.first_reviewer_id == getattr(user, "pk", None):
            raise PermissionDenied(_("The second review must be done by another officer than the first review."))
        raise PermissionDenied(_("Your role may not do “%(action)s” in this assessment.") % {"action": rule.label})
    return rule


def may(run: Any, action: str, user: Any, *, institution: Any = None) -> bool:
    return permitted(check, run, action, user, institution=institution)


def apply(run: Any, action: str, user: Any) -> tuple[str, str]:
    """Check and apply; returns (from, to). The only writer of `Run.status`."""
    return move(run, check(run, action, user).target)
