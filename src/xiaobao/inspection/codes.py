"""Codes of sales quality inspection (销售质检), with their Chinese labels beside them."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class CheckState(models.TextChoices):
    """自动检查 of one transcript."""

    DONE = "done", _("Checked")  # 已检查
    UNREADABLE = "unreadable", _("Not machine-checkable")  # 无法自动检查


class FindingKind(models.TextChoices):
    """What an automatic finding says."""

    STEP_PRESENT = "step_present", _("Step present")  # 环节已完成
    STEP_MISSING = "step_missing", _("Step missing")  # 环节缺失
    VIOLATION = "violation", _("Marketing violation")  # 违规话术


class FindingState(models.TextChoices):
    """The inspector's decision on an automatic finding."""

    OPEN = "open", _("Not yet decided")  # 待确认
    CONFIRMED = "confirmed", _("Confirmed")  # 确认
    OVERRIDDEN = "overridden", _("Overridden")  # 推翻


class Status(models.TextChoices):
    """质检状态."""

    SAMPLED = "sampled", _("Waiting for inspection")  # 待质检
    IN_PROGRESS = "in_progress", _("Being inspected")  # 质检中
    PASSED = "passed", pgettext_lazy("inspection", "Passed")  # 合格
    FAILED = "failed", pgettext_lazy("inspection", "Failed")  # 不合格


OPEN_STATUSES = (Status.SAMPLED, Status.IN_PROGRESS)
CONCLUDED_STATUSES = (Status.PASSED, Status.FAILED)


class Conclusion(models.TextChoices):
    """质检结论."""

    PASS = "pass", _("Pass (合格)")  # 合格
    FAIL = "fail", _("Fail (不合格)")  # 不合格


class Condition(models.TextChoices):
    """Which calls a sampling plan draws from (抽样条件)."""

    ALL = "all", _("All calls")  # 全部通话
    AGE_AT_LEAST = "age_at_least", _("Policyholders aged at least N")  # 投保人年龄 ≥ N 岁
    AGENT_COMPLAINED = "agent_complained", _("Agents with a complaint in the last N days")  # 近 N 天被投诉的销售人员


# What the timeline shows for each recorded action (质检记录).
EVENT_LABELS = {
    "sampled": _("Picked for inspection"),  # 抽中
    "take": _("Taken"),  # 领取
    "release": _("Given back to the queue"),  # 退回
    "finding_confirm": _("Finding confirmed"),  # 确认发现
    "finding_override": _("Finding overridden"),  # 推翻发现
    "conclude": _("Concluded"),  # 结论
    "propose_accountability": _("Accountability proposed"),  # 问责建议
}
