"""`xiaobao transcripts ...`: quality-check sales-call transcripts.

    xiaobao transcripts check --jsonl IN [--out OUT] [--checklist FILE] [--rules FILE]
        reads {"id", "product_line", "turns"} lines and writes
        {"id", "steps_present", "steps_missing", "violations", "findings", "evidence"} lines

Exit codes: 0 checked, 2 usage, input, checklist or rule-file error.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from xiaobao.engines.marketing import RuleError, load_rules
from xiaobao.engines.transcripts.checklist import ChecklistError, load_checklist
from xiaobao.engines.transcripts.engine import TranscriptError, check_transcript


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="xiaobao transcripts", description="可回溯质检 (sales-call quality check)")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="check transcripts given as JSON Lines")
    check.add_argument("--jsonl", type=Path, required=True, help="JSON Lines input ('-' for stdin)")
    check.add_argument("--out", type=Path, help="JSON Lines output (default: stdout)")
    check.add_argument("--checklist", type=Path, help="checklist file instead of the built-in one")
    check.add_argument("--rules", type=Path, help="marketing rule file instead of the built-in one")
    return parser


def _read(path: Path) -> list[dict[str, Any]]:
    try:
        handle = sys.stdin if str(path) == "-" else path.open(encoding="utf-8")
    except OSError as exc:
        raise _UsageError(f"cannot read {path}: {exc.strerror}") from None
    items = []
    with handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise _UsageError(f"{path}:{lineno}: not valid JSON: {exc.msg}") from None
            if not isinstance(obj, dict):
                raise _UsageError(f"{path}:{lineno}: expected a JSON object")
            obj.setdefault("id", str(lineno))
            items.append(obj)
    return items


def main(argv: list[str]) -> int:
    """Entry point of `xiaobao transcripts`; returns the exit code."""
    try:
        args = _parser().parse_args(argv)
        checklist = load_checklist(args.checklist) if args.checklist else load_checklist()
        rules = load_rules(args.rules) if args.rules else None
        rows = []
        for obj in _read(args.jsonl):
            try:
                result = check_transcript(obj, checklist=checklist, rules=rules)
            except TranscriptError as exc:
                raise _UsageError(str(exc)) from None
            rows.append({
                "id": result.id,
                "product_line": result.product_line,
                "steps_present": result.steps_present,
                "steps_missing": result.steps_missing,
                "violations": result.violations,
                "findings": [asdict(f) for f in result.findings],
                "evidence": [asdict(e) for e in result.evidence],
            })
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        if args.out is None:
            sys.stdout.write(text)
        else:
            try:
                args.out.write_text(text, encoding="utf-8")
            except OSError as exc:
                raise _UsageError(f"cannot write {args.out}: {exc.strerror}") from None
        return 0
    except _UsageError as exc:
        sys.stderr.write(f"xiaobao transcripts: error: {exc}\n")
        return 2
    except ChecklistError as exc:
        sys.stderr.write(f"ChecklistError: {exc}\n")
        return 2
    except RuleError as exc:
        sys.stderr.write(f"RuleError: {exc}\n")
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
