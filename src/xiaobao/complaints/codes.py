"""Code lists of the complaint module: machine codes with Chinese (catalogue) and English labels.

Business lines and causes follow the regulator's quarterly P&C complaint statistics (domain.md §4).
"""

from __future__ import annotations

from django.db import models
from django.utils.functional import Promise
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


class SubCause(models.TextChoices):
    """Second-level cause (二级事由) of the regulator's P&C complaint statistics: each code belongs to ONE first-level
    cause (`SUB_CAUSE_PARENT`, read from the code's prefix before the dot). The regulator's exact second-level list
    is [check] (domain.md §4): this is the classification its 保险消费投诉 statistics use for P&C insurers. A case
    without a second level is counted as 未细分 (`UNSUBDIVIDED`). Changing the list changes the database check
    constraint on the complaint, so it goes through a migration (the list is versioned with the schema)."""

    CLAIMS_DELAY = "claims.delay", _("Claim timeliness")  # 理赔时效
    CLAIMS_AMOUNT = "claims.amount", _("Claim amount and loss assessment")  # 理赔金额/定损
    CLAIMS_DENIED = "claims.denied", _("Claim refused")  # 拒赔
    CLAIMS_PROCEDURE = "claims.procedure", _("Claim procedure and documents")  # 理赔手续/资料
    CLAIMS_OTHER = "claims.other", _("Other claims dispute")  # 其他理赔纠纷
    SALES_MISLEADING = "sales.misleading", _("Deception or misleading sales")  # 欺骗误导
    SALES_NONDISCLOSURE = "sales.nondisclosure", _("Terms not truthfully explained")  # 未如实告知
    SALES_BUNDLING = "sales.bundling", _("Forced bundling")  # 强制搭售
    SALES_HARASSMENT = "sales.harassment", _("Marketing harassment")  # 营销骚扰
    SALES_OTHER = "sales.other", _("Other sales dispute")  # 其他销售纠纷
    UNDERWRITING_REFUSED = "underwriting.refused", _("Refusal or restriction of cover")  # 拒保/限制承保
    UNDERWRITING_PREMIUM = "underwriting.premium", _("Premium and rating")  # 保费/费率
    UNDERWRITING_DOCUMENTS = "underwriting.documents", _("Policy documents")  # 保单/单证
    UNDERWRITING_OTHER = "underwriting.other", _("Other underwriting dispute")  # 其他承保纠纷
    SURRENDER_AMOUNT = "surrender.amount", _("Surrender refund amount")  # 退保金额
    SURRENDER_PROCEDURE = "surrender.procedure", _("Surrender procedure and timeliness")  # 退保手续/时效
    SURRENDER_OTHER = "surrender.other", _("Other surrender dispute")  # 其他退保纠纷
    ENDORSEMENT_DELAY = "endorsement.delay", _("Policy change timeliness")  # 批改时效
    ENDORSEMENT_REFUSED = "endorsement.refused", _("Policy change refused")  # 批改不予办理
    ENDORSEMENT_OTHER = "endorsement.other", _("Other policy change dispute")  # 其他保全/批改纠纷
    SERVICE_ATTITUDE = "service.attitude", _("Staff attitude")  # 服务态度
    SERVICE_ACCESS = "service.access", _("Service channel access")  # 服务渠道不畅
    SERVICE_VALUE_ADDED = "service.value_added", _("Value-added services")  # 增值服务
    SERVICE_OTHER = "service.other", _("Other service dispute")  # 其他服务纠纷
    NON_CONTRACT_PERSONAL_INFO = "non_contract.personal_info", _("Personal information")  # 个人信息
    NON_CONTRACT_OTHER = "non_contract.other", _("Other non-insurance-contract dispute")  # 其他非保险合同纠纷


# Each second-level cause → its first-level cause (the code's prefix).
SUB_CAUSE_PARENT: dict[str, str] = {code: code.split(".", 1)[0] for code in SubCause.values}
assert set(SUB_CAUSE_PARENT.values()) <= set(Cause.values)  # noqa: S101 - import-time check of the code list
# The filter value (drill-down links) and the label of the cases without a second level.
UNSUBDIVIDED = "none"
UNSUBDIVIDED_LABEL = _("Not subdivided")  # 未细分


def sub_causes_of(cause: str) -> list[tuple[str, str | Promise]]:
    """The second-level causes of one first-level cause, as (code, label), in list order."""
    return [(code, label) for code, label in SubCause.choices if SUB_CAUSE_PARENT[code] == cause]


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
