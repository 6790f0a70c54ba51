"""Intake payloads: varied, valid complaints (API JSON shape), deterministic per index."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

CHANNELS = ["hotline", "hotline", "hotline", "counter", "app", "wechat", "letter", "regulator"]
LINES = [("motor", "motor_vehicle"), ("motor", "motor_vehicle"), ("accident", "accident"),
         ("health", "short_term_health"), ("agriculture", "agriculture"), ("property", "household_property"),
         ("liability", "liability")]
CAUSES = ["claims", "claims", "claims", "sales", "service", "surrender", "underwriting"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗"
GIVEN = ["建国", "丽娟", "海燕", "志强", "秀英", "伟", "静", "敏", "磊", "洋"]
SUMMARIES = ["车险理赔金额与定损不一致，要求重新核定。", "意外险理赔材料多次补充仍未结案。", "销售时未告知免责条款，要求退保。",
             "客服电话长时间无人接听。", "农险查勘延迟，损失扩大。", "健康险拒赔理由不充分。"]
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)  # GB 11643


def id_number(rng: random.Random, born: int) -> str:
    """A resident ID with a valid GB 11643 check digit."""
    body = f"650102{born}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    total = sum(int(d) * w for d, w in zip(body, _WEIGHTS, strict=True))
    return body + "10X98765432"[total % 11]


def complaint(i: int, institutions: list[str], now: datetime | None = None) -> dict[str, Any]:
    rng = random.Random(i)
    now = now or datetime.now(UTC)
    line, category = rng.choice(LINES)
    channel = rng.choice(CHANNELS)
    body: dict[str, Any] = {
        "channel": channel,
        "received_at": (now - timedelta(minutes=rng.randint(5, 60 * 24 * 20))).isoformat(),
        "institution": rng.choice(institutions),
        "complainant": {"name": rng.choice(SURNAMES) + rng.choice(GIVEN), "phone": f"13{rng.randint(0, 10**9 - 1):09d}",
                        "id_number": id_number(rng, rng.randint(1940, 2000)), "address": "新疆乌鲁木齐市天山区解放北路100号"},
        "product_line": line, "category": category, "cause": rng.choice(CAUSES),
        "summary": rng.choice(SUMMARIES), "policy_number": f"PDAA2025{rng.randint(0, 10**12):012d}",
        "disputed_amount": str(rng.randint(0, 50000)),
    }
    if channel == "regulator":
        body["regulator_reference"] = f"XJ-{i:08d}"
    return body
