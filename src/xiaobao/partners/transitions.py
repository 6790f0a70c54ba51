"""The reviewed steps of a partner in one table: admission (准入), exit (退出), blacklisting (列入黑名单) and
its lifting (解除). `apply()` is the only code that assigns `Partner.status` or `Listing.status`.

    registered ──request_admission──▶ admission ──approve_admission──▶ admitted   (reject: ▶ registered)
    admitted ──request_exit──▶ exit ──approve_exit──▶ exited                     (reject: ▶ admitted)
    (new) ──request_listing──▶ requested ──approve_listing──▶ active             (reject: ▶ rejected)
    active ──request_lift──▶ lift_requested ──approve_lift──▶ lifted             (reject: ▶ active)

An approval or rejection (`second`) must come from a user other than the one who asked for the step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from xiaobao.core.errors import PermissionDenied
from xiaobao.core.transitions import StaleVersion as StaleVersion
from xiaobao.core.transitions import TransitionNotAllowed as TransitionNotAllowed
from xiaobao.core.transitions import move, permitted, rule_for
from xiaobao.org.roles import Role
from xiaobao.partners.codes import ListingStatus as L
from xiaobao.partners.codes import Status as S  # noqa: N817

# Who keeps the registry and asks for steps, and who approves them.
MANAGERS = frozenset({Role.OFFICER, Role.HEAD, Role.COMPLIANCE_REVIEWER})
APPROVERS = frozenset({Role.OFFICER, Role.HEAD})
PARTNER, LISTING = "partner", "listing"
NEW = ""  # a listing not yet written


@dataclass(frozen=True)
class Action:
    subject: str  # PARTNER (Partner.status) or LISTING (Listing.status)
    sources: frozenset[str]
    target: str
    roles: frozenset[str]
    label: Promise
    second: bool = False  # must be done by someone other than the requester of the step


TRANSITIONS: dict[str, Action] = {
    "request_admission": Action(PARTNER, frozenset({S.REGISTERED}), S.ADMISSION, MANAGERS,
                                gettext_lazy("Request admission")),  # 申请准入
    "approve_admission": Action(PARTNER, frozenset({S.ADMISSION}), S.ADMITTED, APPROVERS,
                                gettext_lazy("Approve admission"), second=True),  # 准入审批通过
    "reject_admission": Action(PARTNER, frozenset({S.ADMISSION}), S.REGISTERED, APPROVERS,
                               gettext_lazy("Reject admission"), second=True),  # 准入退回
    "request_exit": Action(PARTNER, frozenset({S.ADMITTED}), S.EXIT, MANAGERS, gettext_lazy("Request exit")),  # 申请退出
    "approve_exit": Action(PARTNER, frozenset({S.EXIT}), S.EXITED, APPROVERS, gettext_lazy("Approve exit"),
                           second=True),  # 退出审批通过
    "reject_exit": Action(PARTNER, frozenset({S.EXIT}), S.ADMITTED, APPROVERS, gettext_lazy("Reject exit"),
                          second=True),  # 退出退回
    "request_listing": Action(LISTING, frozenset({NEW}), L.REQUESTED, MANAGERS,
                              gettext_lazy("Request blacklisting")),  # 申请列入黑名单
    "approve_listing": Action(LISTING, frozenset({L.REQUESTED}), L.ACTIVE, APPROVERS,
                              gettext_lazy("Approve blacklisting"), second=True),  # 批准列入
    "reject_listing": Action(LISTING, frozenset({L.REQUESTED}), L.REJECTED, APPROVERS,
                             gettext_lazy("Reject blacklisting"), second=True),  # 不予列入
    "request_lift": Action(LISTING, frozenset({L.ACTIVE}), L.LIFT_REQUESTED, MANAGERS,
                           gettext_lazy("Request lifting")),  # 申请解除
    "approve_lift": Action(LISTING, frozenset({L.LIFT_REQUESTED}), L.LIFTED, APPROVERS,
                           gettext_lazy("Approve lifting"), second=True),  # 批准解除
    "reject_lift": Action(LISTING, frozenset({L.LIFT_REQUESTED}), L.ACTIVE, APPROVERS,
                          gettext_lazy("Reject lifting"), second=True),  # 不予解除
}


class SelfApproval(PermissionDenied):
    code = "self_approval"


def requester_id(subject: Any, action: str) -> int | None:
    """Who asked for the step an approval or rejection answers."""
    if TRANSITIONS[action].subject == PARTNER:
        return subject.pending_by_id
    return subject.lift_requested_by_id if subject.status == L.LIFT_REQUESTED else subject.requested_by_id


def _status_label(subject: str, status: str) -> str:
    if status == NEW:
        return _("not yet requested")
    return str((S if subject == PARTNER else L)(status).label)


def check(subject: Any, action: str, user: Any) -> Action:
    """The rule of `action`, when `user` may take it on `subject` (a Partner or a Listing, or None for a new
    listing) now; raises TransitionNotAllowed (409), PermissionDenied or SelfApproval (403)."""
    status = NEW if subject is None or subject.pk is None else subject.status
    rule = rule_for(TRANSITIONS, action, status,
                    status_label=lambda: _status_label(TRANSITIONS[action].subject, status),
                    not_now=_("“%(action)s” is not possible while the status is “%(status)s”."))
    if getattr(user, "is_read_only", True) or not user.has_role(*rule.roles):
        raise PermissionDenied(_("Your role may not do “%(action)s”.") % {"action": rule.label})
    if rule.second and requester_id(subject, action) == user.pk:
        raise SelfApproval(_("You asked for this step yourself: another approver must decide it."))
    return rule


def may(subject: Any, action: str, user: Any) -> bool:
    return permitted(check, subject, action, user)


def apply(subject: Any, action: str, user: Any) -> tuple[str, str]:
    """Check and apply; returns (from status, to status). The only writer of the two statuses."""
    rule = check(subject, action, user)
    return move(subject, rule.target, before=NEW if subject.pk is None else subject.status)
