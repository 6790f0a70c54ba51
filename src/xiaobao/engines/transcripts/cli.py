"""`xiaobao transcripts ...`: quality-check sales-call transcripts.

    xiaobao transcripts check --jsonl IN [--out OUT] [--checklist FILE] [--rules FILE] [--no-steps-model]
        reads {"id", "product_line", "turns"} lines and writes
        {"id", "steps_present", "steps_missing", "violations", "findings", "evidence"} lines; an evidence row
        says "source": "rules" or "model" (a step the steps model added). --no-steps-model (or the environment's
        XIAOBAO_TRANSCRIPTS_MODEL=0) runs the checklist's rules alone; stderr says which ran.

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
from xiaobao.engines.transcripts.steps_model import model_enabled


def _parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(prog="xiaobao transcripts", description="可回溯质检 (sales-call quality check)")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="check transcripts given as JSON Lines")
    check.add_argument("--jsonl", type=Path, required=True, help="JSON Lines input ('-' for stdin)")
    check.add_argument("--out", type=Path, help="JSON Lines output (default: stdout)")
    check.add_argument("--checklist", type=Path, help="checklist file instead of the built-in one")
    check.add_argument("--rules", type=Path, help="marketing rule file instead of the built-in one")
    check.add_argument("--no-steps-model", action="store_true",
                       help="rules only: do not let the steps model add steps the rules missed")
    return parser


def main(argv: list[str]) -> int:
    """Entry point of `xiaobao transcripts`; returns the exit code."""
    try:
        args = _parser().parse_args(argv)
        checklist = load_checklist(args.checklist) if args.checklist else load_checklist()
        rules = load_rules(args.rules) if args.rules else None
        opinion = not args.no_steps_model and model_enabled()
        rows = []
        for lineno, obj in read_jsonl(args.jsonl, require_text=False):
            obj.setdefault("id", str(lineno))
            try:
                result = check_transcript(obj, checklist=checklist, rules=rules, second_opinion=opinion)
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
        sys.stderr.write("xiaobao transcripts: rules + steps model\n" if opinion else "xiaobao transcripts: rules only\n")
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
