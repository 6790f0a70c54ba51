"""`xiaobao transcripts ...`: quality-check sales-call transcripts.

    xiaobao transcripts check --jsonl IN [--out OUT] [--checklist FILE] [--rules FILE]
        reads {"id", "product_line", "turns"} lines and writes
        {"id", "steps_present", "steps_missing", "violations", "findings", "evidence"} lines

Exit codes: 0 checked, 2 usage, input, checklist or rule-file error.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from xiaobao.engines.cli_support import ArgumentParser, UsageError, read_jsonl, write_jsonl
from xiaobao.engines.marketing import RuleError, load_rules
from xiaobao.engines.transcripts.checklist import ChecklistError, load_checklist
from xiaobao.engines.transcripts.engine import TranscriptError, check_transcript


def _parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(prog="xiaobao transcripts", description="可回溯质检 (sales-call quality check)")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="check transcripts given as JSON Lines")
    check.add_argument("--jsonl", type=Path, required=True, help="JSON Lines input ('-' for stdin)")
    check.add_argument("--out", type=Path, help="JSON Lines output (default: stdout)")
    check.add_argument("--checklist", type=Path, help="checklist file instead of the built-in one")
    check.add_argument("--rules", type=Path, help="marketing rule file instead of the built-in one")
    return parser


def main(argv: list[str]) -> int:
    """Entry point of `xiaobao transcripts`; returns the exit code."""
    try:
        args = _parser().parse_args(argv)
        checklist = load_checklist(args.checklist) if args.checklist else load_checklist()
        rules = load_rules(args.rules) if args.rules else None
        rows = []
        for lineno, obj in read_jsonl(args.jsonl, require_text=False):
            obj.setdefault("id", str(lineno))
            try:
                result = check_transcript(obj, checklist=checklist, rules=rules)
            except TranscriptError as exc:
                raise UsageError(str(exc)) from None
            rows.append({
                "id": result.id,
                "product_line": result.product_line,
                "steps_present": result.steps_present,
                "steps_missing": result.steps_missing,
                "violations": result.violations,
                "findings": [asdict(f) for f in result.findings],
                "evidence": [asdict(e) for e in result.evidence],
            })
        write_jsonl(rows, args.out)
        return 0
    except UsageError as exc:
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
