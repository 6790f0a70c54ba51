"""Demo complaints for `xiaobao demo`: a realistic spread of cases, states and deadlines (idempotent)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from xiaobao.complaints import selectors, services
from xiaobao.complaints.codes import Category, Cause, Channel, ProductLine
from xiaobao.complaints.models import IntakeKey
from xiaobao.engines.pii.validators import id_check_char
from xiaobao.org.models import Institution, User

CASES = [  # (channel, product line, category, cause, summary, amount)
    (Channel.HOTLINE, ProductLine.MOTOR, Category.MOTOR_VEHICLE, Cause.CLAIMS,
     "车辆追尾后定损金额低于维修厂报价，客户要求按维修发票赔付。", "12800"),
    (Channel.REGULATOR, ProductLine.HEALTH, Category.SHORT_TERM_HEALTH, Cause.SALES,
     "客户称销售人员承诺住院费用全额报销，实际按比例赔付，认为存在销售误导。", "23650"),
    (Channel.COUNTER, ProductLine.AGRICULTURE, Category.AGRICULTURE, Cause.CLAIMS,
     "棉花遭受冰雹灾害，查勘迟到三天，农户对损失程度认定有异议。", "46000"),
    (Channel.WECHAT, ProductLine.ACCIDENT, Category.ACCIDENT, Cause.SURRENDER,
     "短期意外险退保手续费过高，客户认为未告知退保规则。", "380"),
    (Channel.APP, ProductLine.MOTOR, Category.MOTOR_VEHICLE, Cause.SERVICE,
     "道路救援等待超过两小时，客服电话多次无人接听。", None),
    (Channel.LETTER, ProductLine.PROPERTY, Category.HOUSEHOLD_PROPERTY, Cause.UNDERWRITING,
     "家财险保单地址登记错误导致理赔受阻，要求更正并赔付。", "9000"),
]
# 二级事由 of each demo case ("" = 未细分: the agricultural claim is left for the handler to subdivide).
SUB_CAUSES = ["claims.amount", "sales.misleading", "", "surrender.amount", "service.access", "underwriting.documents"]
AREA = {"650100": "650102", "650200": "650202", "650400": "650402", "650500": "650502", "652300": "652301",
        "652700": "652701", "652800": "652801", "652900": "652901"}


def demo_id_number(area: str, birth: str, seq: int) -> str:
    first17 = f"{area}{birth}{seq:03d}"
    return first17 + id_check_char(first17)


def seed_complaints() -> int:
    """Create the demo cases once (re-runs skip what exists); returns how many were created."""
    now = timezone.now()
    created_total = 0
    for n, (code, area) in enumerate(AREA.items()):
        institution = Institution.objects.get(code=code)
        prefix = next(u.username.split(".")[0] for u in User.objects.filter(institution=institution)[:1])
        handler = User.objects.get(username=f"{prefix}.handler1")
        reviewer = User.objects.get(username=f"{prefix}.reviewer")
        for i, (channel, line, category, cause, summary, amount) in enumerate(CASES):
            key = f"demo-{code}-{i}"
            if IntakeKey.objects.filter(user=handler, key=key).exists():
                continue  # seeded by an earlier run (its dates were relative to that run)
            elderly = (n + i) % 3 == 0
            data = services.ComplaintIn(
                channel=channel, received_at=now - timedelta(days=(n * 3 + i * 4) % 24, hours=i + 1),
                institution=code,
                complainant=services.ComplainantIn(
                    name=["马建华", "阿依古丽·吐尔逊", "李秀兰", "王志强", "热依拉·买合木提", "张红梅"][i],
                    phone=f"13{(n * 7 + i) % 9 + 1}{(n * 1000003 + i * 7919) % 100000000:08d}",
                    id_number=demo_id_number(area, "19580312" if elderly else "19850706", n * 10 + i + 1),
                    address=f"新疆{institution.name.removesuffix('中心支公司')}市人民路{10 + i}号{n + 1}栋{i + 1}单元",
                ),
                product_line=line, category=category, cause=cause, summary=summary, sub_cause=SUB_CAUSES[i],
                policy_number=f"P{code}{2025000 + n * 10 + i}", disputed_amount=Decimal(amount) if amount else None,
                regulator_reference=f"12378-2025-{n:02d}{i:03d}" if channel == Channel.REGULATOR else "",
                regulator_due_at=now + timedelta(days=7) if channel == Channel.REGULATOR else None,
                needs_minority_language=i in (1, 4),
            )
            c, _created = services.register(data, by=handler, idempotency_key=key)
            created_total += 1
            if i >= 1:
                c = services.accept(complaint_id=c.pk, version=c.version, by=handler)
            if i >= 3:
                c = services.submit(complaint_id=c.pk, version=c.version, by=handler, result="partial",
                                    decision="经核实，按合同约定部分支持客户诉求。", compensation=Decimal("500"))
            if i >= 4:
                c = services.approve(complaint_id=c.pk, version=c.version, by=reviewer, comment="同意")
            if i >= 5:
                services.close(complaint_id=c.pk, version=c.version, by=handler, satisfaction="basic",
                               feedback="客户表示接受")
    return created_total


def minority_language_complaint(user: User) -> object | None:
    """The demo hand-off "complaint.minority_language" (core.registry.demo_object): the earliest complaint served
    in a minority language that `user` may see, for the special-group services demo to link a service to."""
    return selectors.complaints_visible_to(user).filter(needs_minority_language=True).order_by("received_at").first()
