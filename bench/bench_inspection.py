"""Sales quality inspection speed (prints numbers, never asserts).

    .venv/bin/python bench/bench_inspection.py [--calls 10000] [--agents 50]

1. Engines alone: the automatic check of one call (`inspection.checking.check_turns`: the transcripts engine with
   the rules' required steps, the marketing engine on the agent's turns): transcripts/s.
2. Inspection of --calls transcripts as the periodic sweep does it on the embedded SQLite database (read each
   transcript file, check it, store the check and its findings with the quoted turns encrypted, one audit event
   each): transcripts/s; then the sampling of the month by three plans (60+ all, 5 % per agent and month,
   all calls of complained agents): seconds.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO)]
os.environ["XIAOBAO_DATA_DIR"] = tempfile.mkdtemp(prefix="xiaobao-bench-inspection-")
os.environ.pop("DATABASE_URL", None)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "xiaobao.settings")
os.environ.setdefault("LOG_LEVEL", "ERROR")

LONG_CALL = [
    ("agent", "您好，我是新疆财产保险股份有限公司的客户经理李娜，工号TS6502，本次通话全程录音。"),
    ("customer", "你好。"),
    ("agent", "您的车险下月到期，给您报一下续保方案：交强险加商业险，由我公司承保。"),
    ("agent", "商业险保障车辆损失、第三者责任一百万，车上人员每座一万。"),
    ("customer", "去年也是这样买的吧？"),
    ("agent", "对，酒后驾驶、无证驾驶造成的损失不赔，这个要跟您说清楚。"),
    ("agent", "保费一共四千零七十元，保险期间一年。"),
    ("customer", "行，照旧办吧。"),
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=10000)
    parser.add_argument("--agents", type=int, default=50)
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    engines_alone()
    sweep(args.calls, args.agents)


def engines_alone(n: int = 2000) -> None:
    from xiaobao.inspection import checking, rules
    from xiaobao.traceability import samples

    shipped = rules.parse(rules.default_text())
    calls = [samples.BAD_CALL, samples.GOOD_CALL, LONG_CALL]
    checking.check_turns([{"speaker": s, "text": t} for s, t in LONG_CALL], channel="telephone",
                         product_line="motor", rules=shipped)  # warm the engines
    started = time.perf_counter()
    for i in range(n):
        turns = [{"speaker": s, "text": t} for s, t in calls[i % 3]]
        checking.check_turns(turns, channel="telephone", product_line="accident" if i % 3 < 2 else "motor",
                             rules=shipped)
    elapsed = time.perf_counter() - started
    print(f"engines alone: {n:,} calls checked in {elapsed:.2f} s = {n / elapsed:,.0f} transcripts/s "
          f"(transcripts + marketing engines, {sum(len(c) for c in calls) / 3:.1f} turns a call on average)")


def sweep(count: int, agents: int) -> None:
    from datetime import date, datetime, timedelta
    from zoneinfo import ZoneInfo

    from django.contrib.auth.models import Group
    from django.db import transaction

    from xiaobao.inspection.models import AutoFinding, Inspection
    from xiaobao.inspection.services import checks, config
    from xiaobao.org.models import Institution, User
    from xiaobao.org.roles import Role
    from xiaobao.traceability import samples, storage
    from xiaobao.traceability.models import EvidenceItem, SaleRecord

    beijing = ZoneInfo("Asia/Shanghai")
    institution = Institution.objects.create(code="650000", name="新疆分公司", level=2)
    officer = User.objects.create(username="bench", institution=institution)
    officer.groups.add(Group.objects.get_or_create(name=Role.OFFICER)[0])
    root = storage.root() / "bench"
    root.mkdir(parents=True, exist_ok=True)
    calls = [samples.BAD_CALL, samples.GOOD_CALL, LONG_CALL]
    contents = [samples.transcript_jsonl(c) for c in calls]
    sold = datetime(2026, 10, 15, 10, 0, tzinfo=beijing)
    with transaction.atomic():
        sales = SaleRecord.objects.bulk_create([
            SaleRecord(institution=institution, policy_number=f"PBENCH{i:08d}", product_name="安心意外伤害保险",
                       product_line="accident" if i % 3 < 2 else "motor", channel="telephone",
                       sold_at=sold + timedelta(minutes=i), agent_name=f"销售{i % agents}",
                       agent_number=f"TS{i % agents:04d}", policyholder_name="张建国",
                       policyholder_age=30 + i % 45, contract_start=date(2026, 10, 16),
                       contract_end=date(2027, 10, 15), contract_keep_until=date(2032, 10, 15))
            for i in range(count)], batch_size=1000)
        items = []
        for i, sale in enumerate(sales):
            (root / f"{i}.jsonl").write_bytes(contents[i % 3])
            items.append(EvidenceItem(sale=sale, kind="transcript", file=f"bench/{i}.jsonl", original_name="c.jsonl",
                                      content_type="application/json", size=len(contents[i % 3]), sha256="0" * 64))
        EvidenceItem.objects.bulk_create(items, batch_size=1000)  # bulk: no signal, the sweep finds them
    for name, condition, threshold, rate in (("elderly", "age_at_least", 60, 100), ("monthly", "all", None, 5)):
        config.plan_create(by=officer, name=name, condition=condition, threshold=threshold, rate_percent=rate,
                           seed=f"bench-{name}")
    started = time.perf_counter()
    outcome = checks.sweep(now=datetime(2026, 11, 2, tzinfo=beijing))
    elapsed = time.perf_counter() - started
    t0 = time.perf_counter()
    again = checks.sample(month=date(2026, 10, 1), now=datetime(2026, 11, 2, tzinfo=beijing))
    resample = time.perf_counter() - t0
    print(f"sweep: {outcome['checked']:,} transcripts checked and stored in {elapsed:.1f} s = "
          f"{outcome['checked'] / elapsed:,.0f} transcripts/s on SQLite, sampling included "
          f"({AutoFinding.objects.count():,} findings; {Inspection.objects.count():,} calls picked by a 60+ plan "
          f"and a 5 % per agent and month plan over {agents} agents); re-drawing the month: {resample:.2f} s, "
          f"{again} new picks (reproducible)")


if __name__ == "__main__":
    main()
