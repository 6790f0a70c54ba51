"""Codes of the assessment (考核评价): run statuses, stages and the measures read besides the scored ones."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Status(models.TextChoices):
    COLLECTING = "collecting", pgettext_lazy("assessment step", "Information collection")  # 信息收集
    FIRST_REVIEW = "first_review", pgettext_lazy("assessment step", "First review")  # 初评
    SECOND_REVIEW = "second_review", pgettext_lazy("assessment step", "Second review")  # 复评
    APPROVAL = "approval", pgettext_lazy("assessment step", "Awaiting approval")  # 审核
    APPROVED = "approved", pgettext_lazy("assessment step", "Approved")  # 已审定 (frozen)


class PeriodKind(models.TextChoices):
    QUARTER = "quarter", _("Quarter")
    YEAR = "year", _("Year")


class MeasureState(models.TextChoices):
    NONE = "", _("Not computed")
    RUNNING = "running", _("Computing")
    DONE = "done", _("Computed")
    FAILED = "failed", _("Failed")


OPEN_STATUSES = (Status.COLLECTING, Status.FIRST_REVIEW, Status.SECOND_REVIEW, Status.APPROVAL)

# Read for every institution besides the measures the template scores: the complaint volume by source and the
# ratios per 亿元保费 / 万张保单 (premium and policies come from the reports app's basis).
INFORMATION_MEASURES = (
    "complaints.count", "complaints.count_direct", "complaints.count_regulator",
    "reports.per_100m_premium", "reports.per_10k_policies",
    "reports.regulator_per_100m_premium", "reports.regulator_per_10k_policies",
)
