"""Roles (岗位角色) and what each may do. Roles are Django groups named by their code."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    HANDLER = "handler", _("Complaint handler")  # 投诉处理员
    REVIEWER = "reviewer", _("Reviewer")  # 审核人
    HEAD = "head", _("Institution head")  # 机构负责人
    OFFICER = "officer", _("Consumer-protection officer")  # 消保专员 (branch)
    COMPLIANCE_REVIEWER = "compliance_reviewer", _("Compliance reviewer")  # 消保审查员
    TRAINER = "trainer", _("Trainer")  # 培训管理员
    AUDITOR = "auditor", _("Auditor")  # 审计/监管检查 (read-only everywhere)
    ADMIN = "admin", _("Administrator")  # 系统管理员 (users only)


# Roles that work on cases (complaints, reviews, ...). An administrator without one of these sees no case.
CASE_ROLES: frozenset[str] = frozenset(
    {Role.HANDLER, Role.REVIEWER, Role.HEAD, Role.OFFICER, Role.COMPLIANCE_REVIEWER, Role.TRAINER, Role.AUDITOR}
)
# Roles whose data scope is the whole organisation rather than their institution's subtree.
ORGANISATION_WIDE_ROLES: frozenset[str] = frozenset({Role.OFFICER, Role.AUDITOR})
# Roles that may only read.
READ_ONLY_ROLES: frozenset[str] = frozenset({Role.AUDITOR})
