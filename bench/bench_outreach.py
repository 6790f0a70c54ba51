"""Education and outreach speed (prints numbers, never asserts).

    .venv/bin/python bench/bench_outreach.py [--activities 20000] [--pieces 5000]

1. The publication check (`outreach.checking.check_text`: marketing + pii engines), which runs inside the publish
   request: milliseconds for texts of 500, 3,000, 8,000 (a long WeChat article) and 20,000 characters (the limit).
2. The numbers of one institution and quarter (`selectors.numbers`, behind every `outreach.*` measure and the
   summary page) over --activities activities and --pieces published pieces, on the embedded SQLite database.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO)]
os.environ["XIAOBAO_DATA_DIR"] = tempfile.mkdtemp(prefix="xiaobao-bench-outreach-")
os.environ.pop("DATABASE_URL", None)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "xiaobao.settings")
os.environ.setdefault("LOG_LEVEL", "ERROR")

PARAGRAPH = ("以案说险：近期有不法分子冒充保险公司工作人员，以“退保返现”为名骗取个人信息。请通过官方渠道办理业务，"
             "不要向陌生人透露验证码。投保前请仔细阅读保险条款，特别是责任免除部分。")
VIOLATION = "本产品保本保息，稳赚不赔，客户王建国的电话13812345678。"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--activities", type=int, default=20000)
    parser.add_argument("--pieces", type=int, default=5000)
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from xiaobao.outreach import checking

    checking.check_text(PARAGRAPH + VIOLATION)  # load the rules and the pii model once
    for size in (500, 3000, 8000, 20000):
        text = (PARAGRAPH * (size // len(PARAGRAPH) + 1))[:size - len(VIOLATION)] + VIOLATION
        runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            found = checking.check_text(text)
            runs.append(time.perf_counter() - t0)
        print(f"publication check: {size:>6,} characters {min(runs) * 1000:7.1f} ms (best of 3; {len(found)} findings)")
    numbers(args.activities, args.pieces)


def numbers(activities: int, pieces: int) -> None:
    from django.db import transaction

    from xiaobao.core.registry import Period
    from xiaobao.org.models import Institution, User
    from xiaobao.outreach import selectors
    from xiaobao.outreach.codes import Audience, Channel, Format, PieceKind, Status
    from xiaobao.outreach.models import Activity, Campaign, Piece

    branch = Institution.objects.create(code="650000", name="新疆分公司", level=2, path="/650000/")
    subs = [Institution.objects.create(code=f"65{i:02d}00", name=f"中心支公司{i}", level=3, parent=branch,
                                       path=f"/650000/65{i:02d}00/") for i in range(1, 19)]
    user = User.objects.create(username="bench", institution=branch)
    campaigns = [Campaign.objects.create(name=f"主题{i}") for i in range(7)]
    start = date(2026, 1, 1)
    audiences = Audience.values
    with transaction.atomic():
        Activity.objects.bulk_create([
            Activity(institution=subs[i % len(subs)], campaign=campaigns[i % 8] if i % 8 < 7 else None,
                     title=f"活动{i}", held_on=start + timedelta(days=i % 365), format=Format.values[i % 9],
                     audiences=f",{audiences[i % 8]},{audiences[(i + 3) % 8]},", people_reached=50 + i % 300,
                     materials=i % 500, created_by=user) for i in range(activities)], batch_size=2000)
        Piece.objects.bulk_create([
            Piece(institution=subs[i % len(subs)], kind=PieceKind.values[i % 3], title=f"文章{i}", text="正文",
                  channel=Channel.values[i % 9], status=Status.PUBLISHED, published_on=start + timedelta(days=i % 365),
                  reads=i % 5000, plays=i % 700, created_by=user) for i in range(pieces)], batch_size=2000)
    period = Period.quarter(2026, 1)
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        n = selectors.numbers(branch, period)
        runs.append(time.perf_counter() - t0)
    print(f"numbers: branch subtree, Q1 of {activities:,} activities and {pieces:,} pieces: {min(runs) * 1000:.0f} ms "
          f"(best of 3; {n.total.activities:,} activities, {n.total.people:,} people, {n.published:,} pieces counted)")
    t0 = time.perf_counter()
    rows = [selectors.SummaryRow(i, selectors.numbers(i, period)) for i in [branch, *subs]]
    print(f"summary page numbers: {len(rows)} institutions in {(time.perf_counter() - t0) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
