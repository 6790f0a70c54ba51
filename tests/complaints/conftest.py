"""Complaint test helpers: cases are made through the real intake service."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from xiaobao.complaints import services

BEIJING = ZoneInfo("Asia/Shanghai")
VALID_ID = "650103195301191540"  # GB 11643 check digit valid; born 1953 → elderly


def intake(**overrides) -> services.ComplaintIn:
    complainant = overrides.pop("complainant", None) or services.ComplainantIn(
        name="张三丰", phone="13812345678", id_number=VALID_ID, address="新疆乌鲁木齐市天山区解放北路100号"
    )
    data = {
        "channel": "hotline",
        "received_at": datetime(2025, 9, 26, 10, 0, tzinfo=BEIJING),
        "institution": "650100",
        "complainant": complainant,
        "product_line": "motor",
        "category": "motor_vehicle",
        "cause": "claims",
        "summary": "车险理赔金额与定损不一致，要求重新核定。",
        "policy_number": "PDAA202565010000001234",
        "disputed_amount": None,
    }
    data.update(overrides)
    return services.ComplaintIn(**data)

