"""Codes of the partners module (合作机构管理): kinds, statuses, sources, outcomes, agreement clauses."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Kind(models.TextChoices):
    AGENCY = "agency", _("Professional agency")  # 专业代理
    BANK = "bank", _("Concurrent agency: bank")  # 兼业代理（银行）
    DEALER = "dealer", _("Concurrent agency: car dealer (4S)")  # 兼业代理（4S店）
    TRAVEL = "travel", _("Concurrent agency: travel agency")  # 兼业代理（旅行社）
    CONCURRENT = "concurrent", _("Concurrent agency: other")  # 兼业代理（其他）
    BROKER = "broker", _("Insurance broker")  # 经纪
    ADJUSTER = "adjuster", _("Loss adjuster")  # 公估
    REPAIR = "repair", _("Repair shop")  # 修理厂
    RESCUE = "rescue", _("Rescue or service provider")  # 救援/服务商
    PLATFORM = "platform", _("Internet platform")  # 互联网平台
    CALL_CENTRE = "call_centre", _("Outsourced call centre")  # 外包呼叫中心


class Status(models.TextChoices):
    REGISTERED = "registered", _("Registered")  # 已登记
    ADMISSION = "admission", _("Admission under review")  # 准入审核中
    ADMITTED = "admitted", _("Admitted")  # 已准入
    EXIT = "exit", _("Exit under review")  # 退出审核中
    EXITED = "exited", _("Exited")  # 已退出


class ListingStatus(models.TextChoices):
    """A blacklisting (黑名单) from request to lifting."""

    REQUESTED = "requested", _("Awaiting approval")  # 待审批
    ACTIVE = "active", _("Blacklisted")  # 已列入
    REJECTED = "rejected", pgettext_lazy("partners", "Not approved")  # 未批准
    LIFT_REQUESTED = "lift_requested", _("Lifting awaiting approval")  # 解除待审批
    LIFTED = "lifted", _("Lifted")  # 已解除


# A listing in these statuses blacklists its partner (between its start and its end).
IN_FORCE = (ListingStatus.ACTIVE, ListingStatus.LIFT_REQUESTED)


class Source(models.TextChoices):
    COMPLAINT = "complaint", _("Complaint")  # 投诉
    MONITORING = "monitoring", _("Marketing monitoring")  # 监测
    INSPECTION = "inspection", _("Inspection")  # 检查
    AUDIT = "audit", _("Audit")  # 审计


class Outcome(models.TextChoices):
    EXCELLENT = "excellent", _("Excellent")  # 优秀
    QUALIFIED = "qualified", _("Qualified")  # 合格
    RECTIFY = "rectify", _("Rectification required")  # 限期整改
    TERMINATE = "terminate", _("End the cooperation")  # 终止合作


class ClauseState(models.TextChoices):
    PRESENT = "present", _("Present")  # 有
    MISSING = "missing", _("Missing")  # 缺


class Clause(models.TextChoices):
    """The consumer-protection clauses a cooperation agreement must have (key phrases: clauses.toml)."""

    INFORMATION_SECURITY = "information_security", _("Information security")  # 信息安全
    PRICING = "pricing", _("Service pricing")  # 服务收费
    CONTINUITY = "continuity", _("Service continuity")  # 服务连续性
    DISCLOSURE = "disclosure", _("Disclosure")  # 信息披露
    DISPUTES = "disputes", _("Dispute resolution")  # 争议解决
    LIABILITY = "liability", _("Liability for breach")  # 违约责任
    EMERGENCY = "emergency", _("Emergency handling")  # 应急处置
