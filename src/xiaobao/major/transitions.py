"""The status tables of rectification tasks (整改) and accountability records (问责).

`apply()` is the only code that assigns `RectificationTask.status` or `AccountabilityRecord.status`. An action
not in the table for the object's current status is refused with `TransitionNotAllowed` (HTTP 409) and nothing
changes. Who may take an action is the services' business (roles differ by module); the table says only what may
follow what.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from xiaobao.core.transitions import TransitionNotAllowed as TransitionNotAllowed
from xiaobao.core.transitions import move, rule_for
from xiaobao.major.models import AccountabilityRecord, RectificationTask

T, A = RectificationTask.Status, AccountabilityRecord.Status


@dataclass(frozen=True)
class Step:
    sources: frozenset[str]
    target: str
    label: Promise


# action: (allowed from, goes to)                                                     — 中文
RECTIFICATION: dict[str, Step] = {
    "submit": Step(frozenset({T.OPEN, T.SUBMITTED}), T.SUBMITTED, _("Submit evidence")),  # 提交整改证明
    "verify": Step(frozenset({T.SUBMITTED}), T.VERIFIED, _("Verify")),  # 验证通过
    "return": Step(frozenset({T.SUBMITTED}), T.OPEN, _("Return the evidence")),  # 退回整改
}
ACCOUNTABILITY: dict[str, Step] = {
    "approve": Step(frozenset({A.PROPOSED}), A.APPROVED, pgettext_lazy("major", "Approve")),  # 批准
    "reject": Step(frozenset({A.PROPOSED}), A.REJECTED, _("Reject")),  # 不批准
}
TABLES: dict[type[models.Model], dict[str, Step]] = {
    RectificationTask: RECTIFICATION,
    AccountabilityRecord: ACCOUNTABILITY,
}


def allowed(obj: RectificationTask | AccountabilityRecord) -> list[str]:
    return [name for name, step in TABLES[type(obj)].items() if obj.status in step.sources]


def apply(obj: RectificationTask | AccountabilityRecord, action: str) -> tuple[str, str]:
    """Check the table and move the status; returns (from, to). The caller saves and records the event."""
    step = rule_for(TABLES[type(obj)], action, obj.status, unknown=_("Unknown action “%(action)s”."),
                    not_now=_("“%(action)s” is not allowed while the status is “%(status)s”."),
                    status_label=obj.get_status_display,
                    details=lambda: {"status": obj.status, "allowed": allowed(obj)})
    return move(obj, step.target)
