"""The complaint workflow in one table: which action is allowed from which status, to which, by whom.

`apply()` is the only code that assigns `Complaint.status`. Anything not in the table is refused with
`TransitionNotAllowed` (HTTP 409) and nothing changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from xiaobao.complaints.codes import Status
from xiaobao.complaints.models import Complaint
from xiaobao.core.errors import PermissionDenied
from xiaobao.core.transitions import StaleVersion as StaleVersion
from xiaobao.core.transitions import TransitionNotAllowed as TransitionNotAllowed
from xiaobao.core.transitions import move, rule_for
from xiaobao.org.models import User
from xiaobao.org.roles import Role

R, P, U, A, C = Status.REGISTERED, Status.IN_PROGRESS, Status.UNDER_REVIEW, Status.APPROVED, Status.CLOSED
D, W, M = Status.DECLINED, Status.WITHDRAWN, Status.MERGED

HANDLERS = frozenset({Role.HANDLER, Role.REVIEWER, Role.HEAD, Role.OFFICER})
APPROVERS = frozenset({Role.REVIEWER, Role.HEAD, Role.OFFICER})


@dataclass(frozen=True)
class Action:
    sources: frozenset[str]
    target: str | None  # None: the status does not change
    roles: frozenset[str]
    label: Promise


# action: (allowed from, goes to, who may)                                         — 中文
TRANSITIONS: dict[str, Action] = {
    "accept": Action(frozenset({R}), P, HANDLERS, _("Accept")),  # 受理
    "decline": Action(frozenset({R}), D, HANDLERS, _("Do not accept")),  # 不予受理
    "transfer": Action(frozenset({R, P}), None, HANDLERS, _("Transfer")),  # 转办
    "send_back": Action(frozenset({R, P}), None, HANDLERS, _("Send back")),  # 退回
    "assign": Action(frozenset({R, P}), None, APPROVERS | {Role.HANDLER}, _("Assign handler")),  # 分派
    "note": Action(frozenset({R, P, U, A}), None, HANDLERS, _("Add note")),  # 处理记录
    "contact": Action(frozenset({R, P, U, A}), None, HANDLERS, _("Record contact")),  # 联系记录
    "submit": Action(frozenset({P}), U, HANDLERS, _("Submit for review")),  # 提交
    "return": Action(frozenset({U}), P, APPROVERS, _("Return")),  # 退回重办
    "approve": Action(frozenset({U}), A, APPROVERS, _("Approve")),  # 审核通过
    "close": Action(frozenset({A}), C, HANDLERS, _("Close")),  # 结案
    "extend": Action(frozenset({R, P, U}), None, APPROVERS, _("Extend deadline")),  # 延期
    "withdraw": Action(frozenset({R, P, U, A}), W, HANDLERS, _("Withdraw")),  # 撤诉
    "reconsider": Action(frozenset({C}), P, HANDLERS, _("Reconsideration")),  # 核查
    "reopen": Action(frozenset({C, D, W}), P, APPROVERS, _("Reopen")),  # 重新打开
    "merge": Action(frozenset({R, P}), M, HANDLERS, _("Merge into another case")),  # 合并
    "classify": Action(frozenset({R, P, U, A}), None, HANDLERS, _("Classify the cause")),  # 事由分类 (一级/二级)
}

# Timeline entries that are not transitions.
EVENT_LABELS: dict[str, Promise] = {
    "register": _("Registered"),  # 登记
    "upload": _("Document uploaded"),  # 资料上传
    "merged_in": _("Duplicate merged in"),  # 并入重复投诉
    # Major complaints, external routes, root cause, rectification, accountability (services/response.py …)
    "major_signals": _("Grading signals recorded"),  # 分级信号
    "major_suggest": _("Level suggested"),  # 建议分级
    "major_confirm": _("Level confirmed"),  # 确认分级
    "major_override": _("Level overridden"),  # 调整分级
    "major_notify": _("Response notices sent"),  # 应急通知
    "major_clock_met": _("Response step done"),  # 响应完成
    "major_escalate": _("Missed clock escalated"),  # 超时升级
    "route_refer": _("Referred to an external route"),  # 调解/诉讼/仲裁
    "route_session": _("Mediation session recorded"),  # 调解记录
    "route_outcome": _("External route outcome"),  # 调解/诉讼结果
    "root_cause_propose": _("Root cause proposed"),  # 溯源
    "root_cause_confirm": _("Root cause confirmed"),  # 溯源确认
    "rectification_create": _("Rectification task set"),  # 整改任务
    "rectification_evidence": _("Rectification evidence submitted"),  # 整改证明
    "rectification_verify": _("Rectification verified"),  # 整改验证
    "rectification_reject": _("Rectification evidence returned"),  # 整改退回
    "accountability_propose": _("Accountability proposed"),  # 问责
    "accountability_approve": _("Accountability approved"),  # 问责批准
    "accountability_reject": _("Accountability rejected"),  # 问责未批准
}


def check(complaint: Complaint, action: str, by: User) -> Action:
    """Raise unless `by` may perform `action` on `complaint` now."""
    spec = rule_for(TRANSITIONS, action, complaint.status, unknown=_("Unknown action “%(action)s”."),
                    not_now=_("“%(action)s” is not allowed while the case is “%(status)s”."),
                    status_label=lambda: Status(complaint.status).label,
                    details=lambda: {"status": complaint.status, "allowed": available(complaint, by)})
    if by.is_read_only or not by.has_role(*spec.roles):
        raise PermissionDenied(_("Your role may not “%(action)s”.") % {"action": spec.label})
    guard = GUARDS.get(action)
    if guard is not None and not guard(complaint):
        raise TransitionNotAllowed(_("“%(action)s” is not possible for this case now.") % {"action": spec.label},
                                   field="action")
    return spec


def _was_transferred_here(complaint: Complaint) -> bool:
    return complaint.transferred_from_id is not None


# Extra conditions an action needs besides the status and the role.
GUARDS = {"send_back": _was_transferred_here}


def available(complaint: Complaint, by: User) -> list[str]:
    """The actions `by` may take on `complaint` now (for the case page's buttons and the API)."""
    if by.is_read_only:
        return []
    return [name for name, spec in TRANSITIONS.items()
            if complaint.status in spec.sources and by.has_role(*spec.roles)
            and (name not in GUARDS or GUARDS[name](complaint))]


def apply(complaint: Complaint, action: str, by: User) -> tuple[str, str]:
    """Check the table and move the status; returns (from, to). The caller saves and records the event."""
    return move(complaint, check(complaint, action, by).target)
