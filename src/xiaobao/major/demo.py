"""Demo data of the major-complaint module for `xiaobao demo` (idempotent): one graded group complaint."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from xiaobao.complaints import services
from xiaobao.complaints.codes import Category, Cause, Channel, ProductLine
from xiaobao.core.errors import Conflict
from xiaobao.engines.pii.validators import id_check_char
from xiaobao.major import services as major_services
from xiaobao.org.models import User


def seed_major_complaint() -> None:
    """A group complaint with media exposure, graded by a branch officer: the major-complaint board has work."""
    handler = User.objects.get(username="wlmq.handler2")
    key = "demo-major-group"
    now = timezone.now()
    id_number = "65010419600215031"
    data = services.ComplaintIn(
        channel=Channel.VISIT, received_at=now - timedelta(hours=5), institution="650100",
        complainant=services.ComplainantIn(name="艾尔肯·吐尔洪", phone="13899120345",
                                           id_number=id_number + id_check_char(id_number)),
        product_line=ProductLine.AGRICULTURE, category=Category.AGRICULTURE, cause=Cause.CLAIMS,
        summary="十二户棉农集体来访：冰雹灾后查勘迟缓、定损偏低，已有自媒体发布视频，要求三日内答复。",
        complainant_count=12, disputed_amount=Decimal("380000"), needs_minority_language=True,
    )
    try:  # the intake's Idempotency-Key: a second run (another time, so another request) is refused
        c, created = services.register(data, by=handler, idempotency_key=key)
    except Conflict:
        return
    if not created:
        return
    c = services.accept(complaint_id=c.pk, version=c.version, by=handler)
    officer = User.objects.get(username="xj.officer1")
    major_services.grading.record_signals(complaint_id=c.pk, by=handler, media_exposure=True, extreme_threat=False,
                                    note="抖音短视频播放量较高")
    major_services.grading.confirm(complaint_id=c.pk, by=officer)
