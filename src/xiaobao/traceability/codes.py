"""Code lists of the traceability module (可回溯管理), with their Chinese labels beside them."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from xiaobao.complaints.codes import ProductLine

__all__ = ["RECORDING_REQUIRED_CHANNELS", "STEP_LABELS", "Channel", "Integrity", "Kind", "ProductLine", "recording_required"]


class Channel(models.TextChoices):
    """Sales channel (销售渠道)."""

    TELEPHONE = "telephone", _("Telephone sales")  # 电话销售
    INTERNET = "internet", _("Internet")  # 互联网
    FACE_TO_FACE = "face_to_face", _("Face to face")  # 面对面
    BANCASSURANCE = "bancassurance", _("Bancassurance")  # 银保
    INTERMEDIARY = "intermediary", _("Intermediary")  # 中介机构
    OTHER = "other", _("Other channel")  # 其他


class Kind(models.TextChoices):
    """Kind of evidence item (回溯资料类型)."""

    RECORDING = "recording", _("Call recording")  # 录音
    VIDEO = "video", _("Video")  # 录像
    PAGE_TRAIL = "page_trail", _("Internet page trail")  # 互联网页面轨迹
    TRANSCRIPT = "transcript", _("Transcript")  # 通话转写


class Integrity(models.TextChoices):
    """Result of the last integrity check of a stored file (完整性校验)."""

    UNCHECKED = "unchecked", _("Not yet checked")  # 未校验
    OK = "ok", _("Intact")  # 完好
    CHANGED = "changed", _("Changed")  # 已被改动
    MISSING = "missing", pgettext_lazy("traceability", "Missing")  # 文件缺失


# The one rule of which sales must carry a full call recording (可回溯: 电话销售全程录音, 保监发〔2017〕54号).
# Change it here only; the complaint panel's flag, the coverage measure and the import all read it.
RECORDING_REQUIRED_CHANNELS: frozenset[str] = frozenset({Channel.TELEPHONE})


def recording_required(channel: str) -> bool:
    """Whether a sale through `channel` must have a call recording."""
    return channel in RECORDING_REQUIRED_CHANNELS


# The transcripts engine's checklist steps (engines/transcripts/checklist.toml) in words.
STEP_LABELS: dict[str, Any] = {
    "RECORDING_NOTICE": _("Told the customer the call is recorded"),  # 告知录音
    "AGENT_IDENTITY": _("Gave name or staff number and company"),  # 表明身份
    "PRODUCT_INSURER": _("Named the product and the insurer"),  # 说明产品及承保公司
    "COVERAGE": _("Explained the main coverage"),  # 说明保险责任
    "EXCLUSIONS": _("Explained the exclusions"),  # 说明责任免除
    "PREMIUM_TERM": _("Stated premium and period"),  # 说明保费及保险期间
    "COOLING_OFF_OR_CANCELLATION": _("Explained cooling-off or cancellation"),  # 说明犹豫期/退保
    "CUSTOMER_CONSENT": _("Obtained explicit consent"),  # 客户明确同意
}
