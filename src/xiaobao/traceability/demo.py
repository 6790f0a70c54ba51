"""Demo sale records with real (tiny, generated) evidence, through the services (`xiaobao demo`): telephone
sales with a WAV recording and a transcript the engine checks (one compliant call, one misleading), an
internet sale with its page trail, a telephone sale about which a sales dispute was lodged without any
recording (flagged on the complaint page), and a bancassurance sale with no evidence yet."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

from xiaobao.engines.pii.validators import id_check_char
from xiaobao.org.models import User
from xiaobao.traceability import samples, services
from xiaobao.traceability.codes import Channel, Kind
from xiaobao.traceability.models import SaleRecord

BEIJING = ZoneInfo("Asia/Shanghai")


def _id(area: str, birth: str, seq: int) -> str:
    first17 = f"{area}{birth}{seq:03d}"
    return first17 + id_check_char(first17)


# (policy number, institution, product, line, channel, agent, agent no., holder, birth, days ago, evidence)
SALES = [
    # The demo complaints' sales disputes (complaints/demo.py: P{code}{2025000 + n*10 + 1}).
    ("P6501002025001", "650100", "住院医疗保险（电销版）", "health", Channel.TELEPHONE, "刘晓东", "TS6501",
     "马建华", "19580312", 160, ("recording", "bad_call")),
    ("P6502002025011", "650200", "住院医疗保险（电销版）", "health", Channel.TELEPHONE, "陈磊", "TS6502",
     "阿依古丽·吐尔逊", "19850706", 150, ()),
    ("PDEA2025650100001", "650100", "安心意外伤害保险", "accident", Channel.TELEPHONE, "王小明", "TS8801",
     "李秀兰", "19560102", 40, ("recording", "good_call")),
    ("PDEA2025650100002", "650100", "安心意外伤害保险", "accident", Channel.TELEPHONE, "王小明", "TS8801",
     "王志强", "19900214", 35, ("recording",)),
    ("PNET2025650100003", "650100", "驾乘人员意外险（互联网）", "accident", Channel.INTERNET, "线上投保", "WL0001",
     "张红梅", "19881120", 20, ("page_trail",)),
    ("PBAN2025650200004", "650200", "家庭财产保险", "property", Channel.BANCASSURANCE, "赵静", "BA2201",
     "热依拉·买合木提", "19700815", 10, ()),
]


# The partner a sale went through (its name as the sales system records it): the misleading call was made by an
# outsourced call centre, whose evaluation counts the failed inspection (the partners demo registers it).
PARTNER_OF = {"P6501002025001": "新疆声联呼叫服务有限公司"}


def seed() -> int:
    """Idempotent: sales that exist are left alone. Returns how many were created."""
    officer = User.objects.filter(username="xj.officer1").first()
    if officer is None:
        return 0
    created = 0
    for n, (number, code, product, line, channel, agent, agent_no, holder, birth, days, evidence) in enumerate(SALES):
        if SaleRecord.objects.filter(policy_number=number).exists():
            continue
        sold = timezone.now().astimezone(BEIJING) - timedelta(days=days, hours=n)
        start = sold.date() + timedelta(days=1)
        sale, _new = services.register_sale(data=services.SaleInput(
            institution=code, policy_number=number, product_name=product, product_line=line, channel=channel,
            sold_at=datetime(sold.year, sold.month, sold.day, 10 + n, 15, tzinfo=BEIJING), agent_name=agent,
            agent_number=agent_no, policyholder_name=holder, policyholder_phone=f"1390991{n:04d}",
            policyholder_id_number=_id(code[:4] + "02", birth, n + 1), contract_start=start,
            contract_end=date(start.year + 1, start.month, start.day) - timedelta(days=1),
            partner_name=PARTNER_OF.get(number, ""), source_system="电销中心01"), by=officer)
        created += 1
        for kind in evidence:
            if kind == "recording":
                content, name, item_kind = samples.tone_wav(3.0, seed=n), f"{number}.wav", Kind.RECORDING
            elif kind == "page_trail":
                content, name, item_kind = samples.page_trail_zip(), f"{number}.zip", Kind.PAGE_TRAIL
            else:
                turns = samples.GOOD_CALL if kind == "good_call" else samples.BAD_CALL
                content = samples.transcript_jsonl(turns, transcript_id=number, product_line=line)
                name, item_kind = f"{number}.jsonl", Kind.TRANSCRIPT
            services.add_item(sale=sale, kind=item_kind, name=name, stream=io.BytesIO(content), by=officer,
                              source_system="电销中心01", source_id=f"{number}-{kind}")
    return created
