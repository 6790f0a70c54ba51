"""`xiaobao deadlines ...` — statutory complaint dates from the command line, printed as JSON.

    xiaobao deadlines due --received 2025-09-26T10:00 [--extended-to 30] [--excluded-days 5]
    xiaobao deadlines reconsideration --notified 2025-10-10T09:00
    xiaobao deadlines period --from 2025-09-26 --days 15
    xiaobao deadlines rules

Times without an offset are Beijing time (Asia/Shanghai). ``--calendar FILE`` reads an admin holiday
table as JSON: ``{"overrides": {"2027-01-01": false, ...}, "extra_years": [2027]}``.
Exit codes: 0 ok, 2 bad input or a calendar gap (the error is printed as JSON on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from xiaobao.engines.cli_support import ArgumentParser, UsageError
from xiaobao.engines.deadlines.calendar import CalendarGapError, WorkCalendar
from xiaobao.engines.deadlines.periods import (
    acceptance_due,
    decision_deadline,
    period_end,
    reconsideration_decision_deadline,
    reconsideration_request_deadline,
)
from xiaobao.engines.deadlines.rules import RulesError, RuleSet, load_rules
from xiaobao.engines.deadlines.timebase import BEIJING


def _when(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date/time: {text!r}") from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=BEIJING)
    return value


def _load_calendar(path: str | None) -> WorkCalendar:
    if not path:
        return WorkCalendar()
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        overrides = {date.fromisoformat(k): bool(v) for k, v in data.get("overrides", {}).items()}
        return WorkCalendar(overrides, data.get("extra_years", []))
    except (OSError, ValueError, AttributeError, TypeError) as exc:
        raise ValueError(f"cannot read calendar file {path}: {exc}") from None


def _parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(prog="xiaobao deadlines", description="Statutory complaint-handling dates (JSON).")
    parser.add_argument("--calendar", help="admin holiday table (JSON)")
    parser.add_argument("--rules", help="rules TOML file (default: the shipped rules.toml)")
    parser.add_argument("--allow-gap", action="store_true", help="weekends only for years without data")
    sub = parser.add_subparsers(dest="command", required=True)
    due = sub.add_parser("due", help="decision deadline for a complaint received at a time")
    due.add_argument("--received", required=True, type=_when, help="receipt time, e.g. 2025-09-26T10:00")
    due.add_argument("--extended-to", type=int, help="total days after an extension (e.g. 30 or 60)")
    due.add_argument("--excluded-days", type=int, default=0, help="days left out (outside appraisal)")
    rec = sub.add_parser("reconsideration", help="核查: request deadline, or decision deadline")
    group = rec.add_mutually_exclusive_group(required=True)
    group.add_argument("--notified", type=_when, help="when the decision reached the complainant")
    group.add_argument("--requested", type=_when, help="when the review was requested")
    per = sub.add_parser("period", help="a plain period of N days")
    per.add_argument("--from", dest="trigger", required=True, type=_when)
    per.add_argument("--days", required=True, type=int)
    sub.add_parser("rules", help="list the rule versions")
    return parser


def _pick_rules(path: str | None) -> list[RuleSet] | None:
    return load_rules(path) if path else None


def _run(args: argparse.Namespace) -> dict[str, Any] | list[dict[str, Any]]:
    rules = _pick_rules(args.rules)
    if args.command == "rules":
        return [
            {
                "version": r.version,
                "effective_from": r.effective_from.isoformat(),
                "title": r.title,
                "decision_days": r.decision_days,
                "extension_max_total_days": r.extension_max_total_days,
                "further_extension_max_total_days": r.further_extension_max_total_days,
                "reconsideration_request_days": r.reconsideration_request_days,
                "reconsideration_decision_days": r.reconsideration_decision_days,
                "acceptance_hours": r.acceptance_hours,
                "due_soon_days": r.due_soon_days,
            }
            for r in (rules or load_rules())
        ]
    calendar = _load_calendar(args.calendar)
    if args.command == "due":
        deadline = decision_deadline(
            args.received,
            calendar=calendar,
            rules=rules,
            extended_to_days=args.extended_to,
            excluded_days=args.excluded_days,
            allow_gap=args.allow_gap,
        )
        out = {"kind": "decision", "received_at": args.received.isoformat(), **deadline.to_dict()}
        out["acceptance_due"] = acceptance_due(args.received, rules=rules).isoformat()
        return out
    if args.command == "reconsideration":
        if args.notified is not None:
            deadline = reconsideration_request_deadline(
                args.notified, calendar=calendar, rules=rules, allow_gap=args.allow_gap
            )
            return {"kind": "reconsideration_request", "notified_at": args.notified.isoformat(),
                    **deadline.to_dict()}
        deadline = reconsideration_decision_deadline(
            args.requested, calendar=calendar, rules=rules, allow_gap=args.allow_gap
        )
        return {"kind": "reconsideration_decision", "requested_at": args.requested.isoformat(),
                **deadline.to_dict()}
    deadline = period_end(args.trigger, args.days, calendar, allow_gap=args.allow_gap)
    return {"kind": "period", "trigger": args.trigger.isoformat(), **deadline.to_dict()}


def _fail(error: str, message: str, **extra: Any) -> int:
    print(json.dumps({"error": error, "message": message, **extra}, ensure_ascii=False), file=sys.stderr)
    return 2


def main(argv: list[str]) -> int:
    """Entry point for ``xiaobao deadlines``; returns the exit code."""
    try:
        args = _parser().parse_args(argv)
    except UsageError as exc:
        return _fail("usage", str(exc))
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    try:
        result = _run(args)
    except CalendarGapError as exc:
        return _fail("calendar_gap", str(exc), year=exc.year)
    except (RulesError, ValueError, TypeError) as exc:
        return _fail("invalid", str(exc))
    print(json.dumps(result, ensure_ascii=False, indent=None))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
