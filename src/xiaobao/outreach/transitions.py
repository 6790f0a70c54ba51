"""The publication states of an outreach piece in one table: which action from which status, to which, by whom.

`apply()` is the only code that assigns `Piece.status`.

    draft ──publish──▶ published        (the marketing and pii checks find nothing)
    draft ──publish_over_findings──▶ published   (an officer, with a stated reason; audited)
    draft / published ──withdraw──▶ withdrawn
    draft ──edit──▶ draft ; published ──record_reach──▶ published
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
from xiaobao.outreach.codes import Status

D, P, W = Status.DRAFT, Status.PUBLISHED, Status.WITHDRAWN

WRITERS = frozenset({Role.HANDLER, Role.REVIEWER, Role.HEAD, Role.OFFICER, Role.COMPLIANCE_REVIEWER, Role.TRAINER})
OVERRIDERS = frozenset({Role.OFFICER})


@dataclass(frozen=True)
class Action:
    sources: frozenset[str]
    target: str | None
    roles: frozenset[str]
    label: Promise


# action: (allowed from, goes to, who may)                                                         — 中文
TRANSITIONS: dict[str, Action] = {
    "edit": Action(frozenset({D}), None, WRITERS, _l("Edit the draft")),  # 修改草稿
    "publish": Action(frozenset({D}), P, WRITERS, _l("Publish")),  # 发布
    "publish_over_findings": Action(frozenset({D}), P, OVERRIDERS,
                                    _l("Publish despite the findings")),  # 说明理由后发布
    "record_reach": Action(frozenset({P}), None, WRITERS, _l("Record the reach")),  # 登记阅读/播放量
    "withdraw": Action(frozenset({D, P}), W, WRITERS, _l("Withdraw")),  # 撤回
}


def check(piece: object, action: str, user: object) -> Action:
    status = piece.status  # type: ignore[attr-defined]
    rule = rule_for(TRANSITIONS, action, status, status_label=lambda: Status(status).label,
                    not_now=_("“%(action)s” is not possible while the piece is “%(status)s”."))
    if getattr(user, "is_read_only", True) or not user.has_role(*rule.roles):  # type: ignore[attr-defined]
        raise PermissionDenied(_("Your role may not do “%(action)s” on this piece.") % {"action": rule.label})
    return rule


def may(piece: object, action: str, user: object) -> bool:
    """Whether `user` may take `action` on `piece` now (status and role), without raising."""
    return permitted(check, piece, action, user)


def apply(piece: object, action: str, user: object) -> tuple[str, str]:
    """Check and apply the action; returns (from status, to status). The only writer of `status`."""
    return move(piece, check(piece, action, user).target)
