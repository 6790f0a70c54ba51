"""Demo special-group services in every outcome, facilities checks (recent, overdue, never), and a service
linked to a minority-language complaint — all through the services (`xiaobao demo`)."""

from __future__ import annotations

import base64
import io
from datetime import timedelta

from django.db import transaction

from xiaobao.assistance import selectors, services
from xiaobao.assistance.codes import Facility
from xiaobao.assistance.models import Service
from xiaobao.core import registry
from xiaobao.engines.pii.validators import id_check_char
from xiaobao.org.models import Institution, User

# A 1×1 PNG (the photo of a check; real photos come from the outlet's phone).
PIXEL = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def demo_id(birth: str, serial: str = "123") -> str:
    """A valid-looking resident ID of Urumqi (650102) for a birth date YYYYMMDD (check character computed)."""
    first = f"650102{birth}{serial}"
    return first + id_check_char(first)


@transaction.atomic
def seed() -> None:
    """Idempotent: does nothing once demo services exist."""
    if Service.objects.exists():
        return
    officer = User.objects.filter(username="xj.officer1").first()
    handler = User.objects.filter(username="wlmq.handler1").first()
    if officer is None or handler is None or handler.institution is None:
        return
    day = selectors.today()
    outlets = list(Institution.objects.filter(level=Institution.Level.OUTLET, is_active=True).order_by("path"))
    place = outlets[0].code if outlets else handler.institution.code
    rows = [
        {"days": 3, "channel": "counter", "is_elderly": False, "language": "uyghur", "need": "客户仅会维吾尔语，咨询车险理赔进度。",
             "measures": ["bilingual", "green_channel"], "outcome": "resolved", "satisfaction": "satisfied",
             "customer_name": "阿依古丽·买买提", "customer_phone": "13899112233"},
        {"days": 10, "channel": "home", "is_elderly": True, "need": "客户82岁行动不便，需办理保单受益人变更。",
             "measures": ["home_service", "proxy", "large_print"], "outcome": "resolved", "satisfaction": "basically",
             "customer_name": "张桂兰", "customer_id_number": demo_id("19440215", "241")},
        {"days": 20, "channel": "phone", "has_disability": True, "need": "听障客户通过文字客服咨询退保手续费。",
             "measures": ["sign_language", "other"], "outcome": "partly", "satisfaction": "",
             "customer_name": "刘建国", "customer_phone": "13599887766"},
        {"days": 1, "channel": "online", "is_elderly": True, "language": "kazakh",
             "need": "客户使用哈萨克语，需解释健康告知条款。", "measures": ["bilingual", "large_print"],
             "outcome": "pending", "satisfaction": "", "customer_name": "努尔兰·别克"},
        {"days": 40, "channel": "counter", "is_elderly": True, "need": "客户不会使用手机APP，需现场办理续保。",
             "measures": ["green_channel", "proxy"], "outcome": "referred", "satisfaction": "dissatisfied",
             "customer_name": "王德福", "customer_id_number": demo_id("19580704", "113")},
        {"days": 55, "channel": "counter", "language": "mongolian", "need": "蒙古语客户咨询农险理赔材料。",
             "measures": ["bilingual"], "outcome": "resolved", "satisfaction": "satisfied", "customer_name": "巴特尔"},
    ]
    for i, row in enumerate(rows):
        days = row.pop("days")
        services.service_record(services.ServiceIn(
            served_on=day - timedelta(days=days), institution=place if i % 2 == 0 else handler.institution.code,
            staff_name="古丽娜尔" if i % 2 == 0 else "陈晓", **row), by=handler)
    # the complaints demo hands its minority-language complaint over through the registry (no complaints import)
    complaint = registry.demo_object("complaint.minority_language", officer)
    if complaint is not None:
        services.service_record(services.ServiceIn(
            served_on=max(day - timedelta(days=2), complaint.received_at.date()), institution=complaint.institution.code,
            channel="counter", language="uyghur", need="投诉人使用维吾尔语，安排双语人员全程陪同沟通。",
            measures=["bilingual", "accompanied"], staff_name="热依拉", customer_name="", outcome="resolved",
            complaint_id=complaint.pk), by=officer)
    everything = dict.fromkeys(Facility.values, True)
    for index, outlet in enumerate(outlets[:3]):
        if index == 2:
            break  # the third outlet is never checked: on the work queue
        items = everything if index == 0 else {**everything, "hearing_aid": False, "bilingual_signs": False}
        services.facility_check_record(
            by=officer, institution=outlet, checked_on=day - timedelta(days=10 if index == 0 else 200), items=items,
            note="设施齐全。" if index == 0 else "缺少助听设备和双语标识，已要求整改。",
            photos=[services.Photo("entrance.png", io.BytesIO(PIXEL))])
