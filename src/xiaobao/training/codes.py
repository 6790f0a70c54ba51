"""Codes of the training module (教育培训): stored values in English, labels translated (zh-hans first)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Topic(models.TextChoices):
    COMPLAINTS = "complaints", _("Complaint handling")  # 投诉处理
    REVIEW = "review", _("Consumer-protection review")  # 消保审查
    PERSONAL_INFO = "personal_info", _("Personal information protection")  # 个人信息保护
    MARKETING = "marketing", _("Marketing compliance")  # 营销宣传合规
    ELDERLY = "elderly", _("Services for the elderly")  # 适老化服务
    TRACEABILITY = "traceability", _("Sales traceability")  # 销售行为可回溯
    DISCLOSURE = "disclosure", _("Information disclosure")  # 信息披露
    OTHER = "other", _("Other")


class Format(models.TextChoices):
    OFFLINE = "offline", pgettext_lazy("training", "In person")  # 线下
    ONLINE = "online", _("Online")  # 线上
    LIVE = "live", _("Live stream")  # 直播


class AttendanceMethod(models.TextChoices):
    CODE = "code", _("Sign-in code")  # 签到码
    TRAINER = "trainer", _("Recorded by the trainer")  # 培训管理员登记
    IMPORT = "import", _("Imported from Excel")  # 批量导入


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Single choice")  # 单选题
    MULTIPLE = "multiple", _("Multiple choice")  # 多选题
    TRUE_FALSE = "true_false", _("True or false")  # 判断题
    SHORT = "short", _("Short answer")  # 简答题


LETTERS = "ABCDEFGH"  # choice options are lettered A, B, C… in the bank, the papers and the Excel import
TRUE_FALSE_OPTIONS = ["正确", "错误"]  # the options of a true/false question, in this order (answer [0] is 正确)

KIND_ORDER = [QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.TRUE_FALSE, QuestionKind.SHORT]
OBJECTIVE_KINDS = frozenset({QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.TRUE_FALSE})


class Difficulty(models.IntegerChoices):
    EASY = 1, _("Easy")
    MEDIUM = 2, _("Medium")
    HARD = 3, _("Hard")


class MultipleScoring(models.TextChoices):
    ALL_OR_NOTHING = "all_or_nothing", _("All or nothing")  # 全部选对才得分
    PARTIAL = "partial", _("Partial credit (no wrong option chosen)")  # 少选按比例得分，错选不得分


class AttemptStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", pgettext_lazy("training", "In progress")  # 答题中
    GRADING = "grading", _("Awaiting grading")  # 待阅卷
    PASSED = "passed", _("Passed")  # 已通过
    FAILED = "failed", pgettext_lazy("training", "Failed")  # 未通过


FINAL_STATUSES = frozenset({AttemptStatus.PASSED, AttemptStatus.FAILED})
