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

from xiaobao.core.errors import Conflict, PermissionDenied
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


class TransitionNotAllowed(Conflict):
    code = "transition_not_allowed"


class StaleVersion(Conflict):
    code = "stale_version"


def check(piece: object, action: str, user: object) -> Action:
    rule = TRANSITIONS.get(action)
    if rule is None:
        raise TransitionNotAllowed(_("Unknown action."), field="action")
    status = piece.status  # type: ignore[attr-defined]
    if status not in rule.sources:
        raise TransitionNotAllowed(
            _("“%(action)s” is not possible while the piece is “%(status)s”.")
            % {"action": rule.label, "status": Status(status).label}, field="action")
    if getattr(user, "is_read_only", True) or not user.has_role(*rule.roles):  # type: ignore[attr-defined]
        raise PermissionDenied(_("Your role may not do “%(action)s” on this piece.") % {"action": rule.label})
    return rule


def may(piece: object, action: str, user: object) -> bool:
    """Whether `user` may take `action` on `piece` now (status and role), without raising."""
    try:
        check(piece, action, user)
    except (Conflict, PermissionDenied):
        return False
    return True


def apply(piece: object, action: str, user: object) -> tuple[str, str]:
    """Check and apply the action; returns (from status, to status). The only writer of `status`."""
    rule = check(piece, action, user)
    before = piece.status  # type: ignore[attr-defined]
    after = rule.target or before
    piece.status = after  # type: ignore[attr-defined]
    return before, after
