"""Codes of the consumer-protection review (消保审查), with their Chinese labels beside them."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Kind(models.TextChoices):
    """审查类型."""

    NEW_PRODUCT = "new_product", _("New product")  # 新产品
    PRODUCT_CHANGE = "product_change", _("Product change")  # 产品变更
    CONTRACT = "contract", _("Contract or clause text")  # 合同/条款
    SERVICE = "service", _("Service agreement or fee")  # 服务协议/收费
    MARKETING = "marketing", _("Marketing material")  # 营销宣传材料
    OTHER = "other", _("Other")  # 其他


PRODUCT_KINDS = frozenset({Kind.NEW_PRODUCT, Kind.PRODUCT_CHANGE})


class MaterialForm(models.TextChoices):
    """Form of a marketing material (宣传材料形式)."""

    NONE = "", _("Not marketing material")
    POSTER = "poster", _("Poster")  # 海报
    ARTICLE = "article", _("Article")  # 文章
    VIDEO_SCRIPT = "video_script", _("Short-video script")  # 短视频脚本
    SMS = "sms", _("SMS")  # 短信
    WECHAT = "wechat", _("Agent WeChat copy")  # 代理人微信文案
    WEB_PAGE = "web_page", _("Web page")  # 网页


class Status(models.TextChoices):
    """审查状态."""

    UNDER_REVIEW = "under_review", pgettext_lazy("reviews", "Under review")  # 审查中
    ANSWERING = "answering", _("Waiting for the requester's answers")  # 待申请部门答复
    COUNTERSIGN = "countersign", _("Waiting for the second signature")  # 待复核签字
    CONCLUDED = "concluded", _("Concluded")  # 已结论
    WITHDRAWN = "withdrawn", pgettext_lazy("reviews", "Withdrawn")  # 已撤回


OPEN_STATUSES = (Status.UNDER_REVIEW, Status.ANSWERING, Status.COUNTERSIGN)


class Conclusion(models.TextChoices):
    """审查结论."""

    PASS = "pass", pgettext_lazy("reviews", "Approved")  # 通过
    PASS_WITH_CHANGES = "pass_with_changes", _("Approved after changes")  # 修改后通过
    REJECT = "reject", _("Not approved")  # 不通过


PASSING = frozenset({Conclusion.PASS, Conclusion.PASS_WITH_CHANGES})


class CheckAs(models.TextChoices):
    """Which engines read a document."""

    MARKETING = "marketing", _("Marketing copy")  # 宣传文案
    CLAUSE = "clause", _("Policy terms")  # 条款
    OTHER = "other", _("Other document")  # 其他材料


class CheckState(models.TextChoices):
    PENDING = "pending", _("Checking…")  # 检查中
    DONE = "done", _("Checked")  # 已检查
    UNREADABLE = "unreadable", _("Not machine-checkable")  # 无法自动检查


class Engine(models.TextChoices):
    MARKETING = "marketing", _("Marketing check")  # 营销宣传检查
    DISCLOSURE = "disclosure", _("Clause disclosure check")  # 条款说明检查
    PII = "pii", _("Personal-information check")  # 个人信息检查
    READER = "reader", _("Document reader")  # 文档读取


class FindingState(models.TextChoices):
    OPEN = "open", _("To be decided")  # 待确认
    ACCEPTED = "accepted", _("Accepted")  # 已采信
    DISMISSED = "dismissed", _("Dismissed")  # 已排除


class Severity(models.TextChoices):
    """审查意见的性质."""

    MUST = "must", _("Must be changed")  # 必须修改
    SUGGEST = "suggest", _("Suggested change")  # 建议修改
    HINT = "hint", _("For attention")  # 提示


class Answer(models.TextChoices):
    """申请部门对意见的答复."""

    ADOPTED = "adopted", _("Adopted")  # 采纳
    PARTLY = "partly", _("Partly adopted")  # 部分采纳
    NOT_ADOPTED = "not_adopted", _("Not adopted")  # 不采纳


ADOPTED_ANSWERS = frozenset({Answer.ADOPTED, Answer.PARTLY})


class LegalBasis(models.TextChoices):
    """A maintained list of the legal bases reviewers cite most (free text remains possible)."""

    INSURANCE_LAW_17 = "insurance_law_17", _("Insurance Law art. 17 (explaining exclusion clauses)")  # 保险法第十七条
    INSURANCE_LAW_131 = "insurance_law_131", _("Insurance Law art. 131 (no deception, no false promises)")  # 保险法第一百三十一条
    CONSUMER_LAW_20 = "consumer_law_20", _("Consumer Rights Protection Law art. 20 (true information)")  # 消法第二十条
    PIPL_13 = "pipl_13", _("Personal Information Protection Law art. 13 (lawful basis)")  # 个保法第十三条
    FINANCIAL_MARKETING_2024 = "financial_marketing_2024", _(
        "Measures on marketing of financial products (2024)")  # 金融产品网络营销管理办法
    INSURANCE_SALES_2023 = "insurance_sales_2023", _(
        "Measures on the sales conduct of insurance (2023)")  # 保险销售行为管理办法
    CONSUMER_PROTECTION_2022 = "consumer_protection_2022", _(
        "Measures on consumer-rights protection of banking and insurance institutions (2022)")  # 银行保险机构消费者权益保护管理办法
    OTHER = "other", _("Other (write it out)")  # 其他


class ReleaseChannel(models.TextChoices):
    """发布渠道."""

    WECHAT = "wechat", _("WeChat official account / Moments")  # 微信公众号/朋友圈
    WEBSITE = "website", _("Website or app")  # 官网/APP
    SHORT_VIDEO = "short_video", _("Short-video platform")  # 短视频平台
    SMS = "sms", _("SMS")  # 短信
    PRINT = "print", _("Printed material at outlets")  # 网点印刷品
    PARTNER = "partner", _("Partner channel")  # 合作渠道
    OTHER = "other", _("Other")  # 其他


class MonitoringSource(models.TextChoices):
    """Where monitored material was seen (营销宣传监测来源)."""

    WECHAT_MOMENTS = "wechat_moments", _("Agent's WeChat Moments")  # 代理人朋友圈
    SHORT_VIDEO = "short_video", _("Short video")  # 短视频
    WEB_PAGE = "web_page", _("Web page")  # 网页
    LEAFLET = "leaflet", _("Leaflet")  # 宣传单
    OTHER = "other", _("Other")  # 其他


class MonitoringStatus(models.TextChoices):
    COMPLIANT = "compliant", _("No violation")  # 未见违规
    VIOLATION = "violation", _("Violation")  # 违规
    UNREVIEWED = "unreviewed", _("Released without review")  # 未经审查发布
