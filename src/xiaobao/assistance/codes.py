"""Codes of the special-group services (特殊群体服务), with their Chinese labels beside them."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Group(models.TextChoices):
    """客户群体: a service may serve several at once (an elderly Uyghur-speaking customer)."""

    ELDERLY = "elderly", _("Elderly")  # 老年客户
    DISABILITY = "disability", _("With a disability")  # 残障客户
    MINORITY_LANGUAGE = "minority_language", _("Minority language")  # 少数民族语言


class Language(models.TextChoices):
    """服务语言 (blank: Mandarin)."""

    NONE = "", _("Mandarin")  # 普通话
    UYGHUR = "uyghur", _("Uyghur")  # 维吾尔语
    KAZAKH = "kazakh", _("Kazakh")  # 哈萨克语
    MONGOLIAN = "mongolian", _("Mongolian")  # 蒙古语
    OTHER = "other", _("Other minority language")  # 其他


class Channel(models.TextChoices):
    """服务渠道."""

    COUNTER = "counter", _("At the counter")  # 柜面
    HOME = "home", _("Home visit")  # 上门
    PHONE = "phone", _("By phone")  # 电话
    ONLINE = "online", _("Online")  # 线上


class Measure(models.TextChoices):
    """服务措施: what was done (several per service)."""

    GREEN_CHANNEL = "green_channel", _("Green channel")  # 绿色通道
    HOME_SERVICE = "home_service", _("Home service")  # 上门服务
    LARGE_PRINT = "large_print", _("Large-print material")  # 大字版材料
    BILINGUAL = "bilingual", _("Bilingual service")  # 双语服务
    PROXY = "proxy", _("Done on the customer's behalf")  # 代办
    SIGN_LANGUAGE = "sign_language", _("Sign language")  # 手语服务
    ACCOMPANIED = "accompanied", _("Accompanied throughout")  # 全程陪同
    OTHER = "other", _("Other")  # 其他


class Outcome(models.TextChoices):
    """服务结果."""

    RESOLVED = "resolved", _("Resolved")  # 已解决
    PARTLY = "partly", _("Partly resolved")  # 部分解决
    REFERRED = "referred", _("Referred on")  # 已转办
    PENDING = "pending", _("Service in progress")  # 办理中


class Satisfaction(models.TextChoices):
    """客户满意度 (blank: not asked yet)."""

    NONE = "", _("Not asked")  # 未回访
    SATISFIED = "satisfied", _("Satisfied")  # 满意
    BASICALLY = "basically", _("Basically satisfied")  # 基本满意
    DISSATISFIED = "dissatisfied", _("Dissatisfied")  # 不满意


class Facility(models.TextChoices):
    """网点适老化/无障碍设施."""

    ACCESSIBLE_ENTRANCE = "accessible_entrance", _("Barrier-free access")  # 无障碍通道
    READING_GLASSES = "reading_glasses", _("Reading glasses")  # 老花镜
    PRIORITY_SEATS = "priority_seats", _("Priority seats")  # 爱心座椅
    BILINGUAL_SIGNS = "bilingual_signs", _("Bilingual signs")  # 双语标识
    HEARING_AID = "hearing_aid", _("Hearing aid")  # 助听设备
    WHEELCHAIR = "wheelchair", _("Wheelchair")  # 轮椅
    MAGNIFIER = "magnifier", _("Magnifier")  # 放大镜
    FIRST_AID = "first_aid", _("First-aid kit")  # 急救药箱
    PRIORITY_WINDOW = "priority_window", _("Priority counter")  # 爱心窗口


def labels(choices: type[models.TextChoices], codes: list[str] | tuple[str, ...]) -> str:
    """The Chinese labels of stored codes, joined with 、 (unknown codes as they are)."""
    return "、".join(str(choices(code).label) if code in choices.values else code for code in codes)
