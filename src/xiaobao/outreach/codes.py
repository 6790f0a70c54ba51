"""Codes of education and outreach (宣传教育), with their Chinese labels beside them."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class CampaignKind(models.TextChoices):
    """集中宣传 (a campaign with its season) or 常态化宣传教育 (regular education)."""

    CONCENTRATED = "concentrated", _("Concentrated campaign")  # 集中宣传活动
    REGULAR = "regular", _("Regular education")  # 常态化宣传教育


class Format(models.TextChoices):
    """活动形式."""

    COMMUNITY = "community", _("In communities")  # 进社区
    VILLAGE = "village", _("In villages")  # 进乡村
    SCHOOL = "school", _("In schools")  # 进学校
    ENTERPRISE = "enterprise", _("In enterprises")  # 进企业
    BUSINESS_DISTRICT = "business_district", _("In shopping districts")  # 进商圈
    OUTLET = "outlet", _("At business outlets")  # 营业网点
    LIVESTREAM = "livestream", _("Online livestream")  # 线上直播
    ONLINE = "online", _("Online (articles, videos)")  # 线上宣传
    OTHER = "other", _("Other")  # 其他


class Audience(models.TextChoices):
    """受众群体 (an activity may reach several)."""

    ELDERLY = "elderly", _("Elderly people")  # 老年人
    YOUNG = "young", _("Young people and students")  # 青少年/学生
    RURAL = "rural", _("Rural residents")  # 农村居民
    MINORITY = "minority", _("Ethnic-minority residents")  # 少数民族群众
    NEW_CITIZENS = "new_citizens", _("New citizens")  # 新市民
    DISABLED = "disabled", _("People with disabilities")  # 残障人士
    WORKERS = "workers", _("Enterprise employees")  # 企业职工
    GENERAL = "general", _("General public")  # 社会公众


class Channel(models.TextChoices):
    """发布渠道."""

    WECHAT_ACCOUNT = "wechat_account", _("WeChat official account")  # 微信公众号
    WECHAT_CHANNELS = "wechat_channels", _("WeChat Channels")  # 视频号
    DOUYIN = "douyin", _("Douyin")  # 抖音
    WEBSITE = "website", _("Company website")  # 官网
    NEWSPAPER = "newspaper", _("Newspaper")  # 报纸
    TV = "tv", _("Television")  # 电视
    RADIO = "radio", _("Radio")  # 广播
    OUTLET_SCREEN = "outlet_screen", _("Outlet screens and posters")  # 网点LED屏/海报
    OTHER = "other", _("Other")  # 其他


VIDEO_CHANNELS = frozenset({Channel.WECHAT_CHANNELS, Channel.DOUYIN, Channel.TV})


class PieceKind(models.TextChoices):
    """A published text: an education article, a 以案说险 case story, or an activity's report."""

    ARTICLE = "article", _("Education article")  # 宣传文章
    CASE_STORY = "case_story", _("Case story (以案说险)")  # 以案说险
    ACTIVITY_REPORT = "activity_report", _("Activity report")  # 活动报道


class Status(models.TextChoices):
    """发布状态."""

    DRAFT = "draft", _("Draft")  # 草稿
    PUBLISHED = "published", _("Published")  # 已发布
    WITHDRAWN = "withdrawn", pgettext_lazy("outreach", "Withdrawn")  # 已撤回


class Engine(models.TextChoices):
    MARKETING = "marketing", _("Marketing compliance check")  # 营销宣传合规检查
    PII = "pii", _("Personal information check")  # 个人信息检查
