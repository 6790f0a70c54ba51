"""Throughput of the deadlines engine: decision deadlines per second (prints numbers, never asserts)."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from xiaobao.engines.deadlines import WorkCalendar, decision_deadline, load_rules, rules_in_force, sla_state


def main() -> None:
    tz = ZoneInfo("Asia/Shanghai")
    start = datetime(2020, 3, 1, 9, 30, tzinfo=tz)
    # receipts spread over 2020-03 .. 2026-11 (inside chinese_calendar's range), every 97 minutes
    received = [start + timedelta(minutes=97 * i) for i in range(36_000)]
    rules = load_rules()

    for label, rule_arg, fresh in (
        ("shared calendar, rules resolved per call", None, False),
        ("shared calendar, fixed RuleSet", rules_in_force(start), False),
        ("fresh calendar per call (cold cache)", None, True),
    ):
        calendar = WorkCalendar()
        n = len(received) if not fresh else 5_000
        t0 = time.perf_counter()
        for r in received[:n]:
            cal = WorkCalendar() if fresh else calendar
            decision_deadline(r, calendar=cal, rules=rule_arg)
        dt = time.perf_counter() - t0
        print(f"decision_deadline [{label}]: {n} in {dt:.3f}s = {n / dt:,.0f}/s")

    calendar = WorkCalendar()
    deadlines = [decision_deadline(r, calendar=calendar) for r in received]
    now = datetime(2025, 10, 1, tzinfo=tz)
    t0 = time.perf_counter()
    for d in deadlines:
        sla_state(d.due_at, now=now, due_soon_days=3)
    dt = time.perf_counter() - t0
    print(f"sla_state: {len(deadlines)} in {dt:.3f}s = {len(deadlines) / dt:,.0f}/s")
    print(f"rule versions loaded: {len(rules)}")


if __name__ == "__main__":
    main()
