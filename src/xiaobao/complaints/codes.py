"""Code lists of the complaint module: machine codes with Chinese (catalogue) and English labels.

Business lines and causes follow the regulator's quarterly P&C complaint statistics (domain.md §4).
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    REGISTERED = "registered", _("Registered")  # 已登记
    IN_PROGRESS = "in_progress", _("In progress")  # 处理中
    UNDER_REVIEW = "under_review", _("Under review")  # 待审核
    APPROVED = "approved", _("Approved")  # 已审核
    CLOSED = "closed", _("Closed")  # 已结案
    DECLINED = "declined", _("Not accepted")  # 不予受理
    WITHDRAWN = "withdrawn", _("Withdrawn")  # 已撤诉
    MERGED = "merged", _("Merged")  # 已合并


OPEN_STATUSES = (Status.REGISTERED, Status.IN_PROGRESS, Status.UNDER_REVIEW, Status.APPROVED)
FINAL_STATUSES = (Status.CLOSED, Status.DECLINED, Status.WITHDRAWN, Status.MERGED)


class Channel(models.TextChoices):
    HOTLINE = "hotline", _("Hotline 95500")  # 客服热线
    COUNTER = "counter", _("Counter")  # 柜面
    APP = "app", _("App")
    WEB = "web", _("Website")
    WECHAT = "wechat", _("WeChat")
    LETTER = "letter", _("Letter")  # 信函
    EMAIL = "email", _("E-mail")
    REGULATOR = "regulator", _("Regulator transfer")  # 监管转办
    VISIT = "visit", _("Visit / petition")  # 来访/信访
    MEDIA = "media", _("Media")  # 媒体


class ProductLine(models.TextChoices):
    MOTOR = "motor", _("Motor")  # 车险
    ACCIDENT = "accident", _("Accident")  # 意外险
    HEALTH = "health", _("Health")  # 健康险
    AGRICULTURE = "agriculture", _("Agriculture")  # 农险
    PROPERTY = "property", _("Property")  # 财产险
    LIABILITY = "liability", _("Liability")  # 责任险
    GUARANTEE = "guarantee", _("Guarantee")  # 保证险
    OTHER = "other", _("Other")  # 其他


class Category(models.TextChoices):
    """Business line in the regulator's statistics (业务类别)."""

    MOTOR_VEHICLE = "motor_vehicle", _("Motor vehicle insurance")  # 机动车辆保险
    ENTERPRISE_PROPERTY = "enterprise_property", _("Enterprise property insurance")  # 企业财产险
    HOUSEHOLD_PROPERTY = "household_property", _("Household property insurance")  # 家庭财产险
    LIABILITY = "liability", _("Liability insurance")  # 责任保险
    CREDIT_GUARANTEE = "credit_guarantee", _("Credit and guarantee insurance")  # 信用保证保险
    ACCIDENT = "accident", _("Accident insurance")  # 意外伤害保险
    SHORT_TERM_HEALTH = "short_term_health", _("Short-term health insurance")  # 短期健康保险
    AGRICULTURE = "agriculture", _("Agricultural insurance")  # 农业保险
    OTHER = "other", _("Other")  # 其他


class Cause(models.TextChoices):
    """Cause of the complaint in the regulator's statistics (投诉原因)."""

    CLAIMS = "claims", _("Claims dispute")  # 理赔纠纷
    SALES = "sales", _("Sales dispute")  # 销售纠纷
    UNDERWRITING = "underwriting", _("Underwriting dispute")  # 承保纠纷
    SURRENDER = "surrender", _("Surrender dispute")  # 退保纠纷
    ENDORSEMENT = "endorsement", _("Policy change dispute")  # 保全/批改纠纷
    SERVICE = "service", _("Service dispute")  # 服务纠纷
    NON_CONTRACT = "non_contract", _("Non-insurance-contract dispute")  # 非保险合同纠纷
    OTHER = "other", _("Other")  # 其他


class Result(models.TextChoices):
    SUPPORT = "support", _("Supported")  # 支持
    PARTIAL = "partial", _("Partly supported")  # 部分支持
    REJECT = "reject", _("Not supported")  # 不支持


class Satisfaction(models.TextChoices):
    SATISFIED = "satisfied", _("Satisfied")  # 满意
    BASIC = "basic", _("Basically satisfied")  # 基本满意
    UNSATISFIED = "unsatisfied", _("Unsatisfied")  # 不满意
    UNREACHABLE = "unreachable", _("Could not be reached")  # 无法联系


class DeclineReason(models.TextChoices):
    NOT_A_COMPLAINT = "not_a_complaint", _("Not a consumer complaint")  # 非消费投诉
    ANONYMOUS = "anonymous", _("Anonymous without contact")  # 匿名且无联系方式
    DUPLICATE = "duplicate", _("Duplicate")  # 重复投诉
    LITIGATION = "litigation", _("Already decided by a court or arbitration")  # 已诉讼/仲裁
    REPORT = "report", _("A report of violations (other route)")  # 举报
    OTHER = "other", _("Other")


class ContactWay(models.TextChoices):
    PHONE = "phone", _("Phone")
    SMS = "sms", _("SMS")
    VISIT = "visit", _("In person")
    LETTER = "letter", _("Letter")
    EMAIL = "email", _("E-mail")
    WECHAT = "wechat", _("WeChat")
