"""`xiaobao marketing ...`: check marketing material from the command line.

    xiaobao marketing check --jsonl IN [--out OUT] [--rules FILE] [--no-classifier]
        reads {"id", "text"} lines, writes {"id", "violations", "findings"} lines
    xiaobao marketing check FILE... [--rules FILE]
        prints a readable Chinese report per file (.txt, .docx, .html, .pdf)
    xiaobao marketing rules [--rules FILE]
        validates a rule file and lists its rules

Exit codes: 0 checked (with or without findings), 2 usage, input or rule-file error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import IO, Any

from xiaobao.engines.cli_support import ArgumentParser, UsageError, read_jsonl, write_jsonl
from xiaobao.engines.marketing.engine import Finding, check_text, classifier_enabled, violation_codes
from xiaobao.engines.marketing.rules import RuleError, RuleSet, load_rules
from xiaobao.engines.textio import TextExtractionError, extract_text


def _parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(prog="xiaobao marketing", description="营销宣传合规检查 (marketing compliance check)")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="check texts or files")
    check.add_argument("files", nargs="*", type=Path, help=".txt/.docx/.html/.pdf files")
    check.add_argument("--jsonl", type=Path, help='JSON Lines input, one {"id","text"} per line')
    check.add_argument("--out", type=Path, help="JSON Lines output (default: stdout)")
    check.add_argument("--rules", type=Path, help="rule file to use instead of the built-in rules.toml")
    check.add_argument("--no-classifier", action="store_true",
                       help="rules only: do not run the n-gram classifier's second opinion")
    rules = sub.add_parser("rules", help="validate a rule file and list its rules")
    rules.add_argument("--rules", type=Path, help="rule file (default: the built-in rules.toml)")
    return parser


def finding_dict(f: Finding) -> dict[str, Any]:
    """The JSON form of a finding (datasets/README.md format plus suggestion and rule id)."""
    return {
        "code": f.code,
        "start": f.start,
        "end": f.end,
        "text": f.text,
        "explanation": f.explanation,
        "basis": f.basis,
        "suggestion": f.suggestion,
        "rule": f.rule,
        "source": f.source,
    }


def report(name: str, text: str, findings: list[Finding], stream: IO[str]) -> None:
    """A readable Chinese report of one document's findings."""
    stream.write(f"== {name}\n")
    if not findings:
        stream.write("未发现违规表述。\n\n")
        return
    codes = violation_codes(findings)
    stream.write(f"发现 {len(findings)} 处疑似违规（{', '.join(codes)}）：\n")
    for n, f in enumerate(findings, 1):
        line = text.count("\n", 0, f.start) + 1
        ctx_start = max(0, f.start - 15)
        context = text[ctx_start:f.end + 15].replace("\n", " ")
        by = "，文本分类模型判断" if f.source == "classifier" else ""
        stream.write(f"{n}. [{f.code}{by}] 第{line}行 “{f.text}”\n")
        stream.write(f"   上下文：…{context}…\n")
        stream.write(f"   说明：{f.explanation}\n")
        stream.write(f"   依据：{f.basis}\n")
        if f.suggestion:
            stream.write(f"   建议：{f.suggestion}\n")
    stream.write("\n")


def _check(args: argparse.Namespace, ruleset: RuleSet) -> int:
    opinion = not args.no_classifier and classifier_enabled()
    sys.stderr.write("xiaobao marketing: rules + n-gram classifier\n" if opinion else "xiaobao marketing: rules only\n")
    if args.jsonl is not None:
        if args.files:
            raise UsageError("give either --jsonl or files, not both")
        rows = []
        for lineno, obj in read_jsonl(args.jsonl):
            item_id, text = str(obj.get("id", lineno)), obj["text"]
            findings = check_text(text, ruleset, second_opinion=opinion)
            rows.append({
                "id": item_id,
                "violations": violation_codes(findings),
                "findings": [finding_dict(f) for f in findings],
            })
        write_jsonl(rows, args.out)
        return 0
    if not args.files:
        raise UsageError("nothing to check: give files or --jsonl IN")
    if args.out is not None:
        raise UsageError("--out is only used with --jsonl")
    texts = []
    for path in args.files:
        try:
            texts.append((path, extract_text(path)))
        except TextExtractionError as exc:
            raise UsageError(str(exc)) from None
    for path, text in texts:
        report(str(path), text, check_text(text, ruleset, second_opinion=opinion), sys.stdout)
    return 0


def _list_rules(ruleset: RuleSet) -> int:
    sys.stdout.write(f"{ruleset.source}: {len(ruleset.rules)} 条规则，校验通过\n")
    for rule in ruleset.rules:
        sys.stdout.write(f"  {rule.code:<22} {rule.id:<28} {rule.explanation}\n")
    return 0


def main(argv: list[str]) -> int:
    """Entry point of `xiaobao marketing`; returns the exit code."""
    try:
        args = _parser().parse_args(argv)
        ruleset = load_rules(args.rules) if args.rules is not None else load_rules()
        if args.command == "rules":
            return _list_rules(ruleset)
        return _check(args, ruleset)
    except UsageError as exc:
        sys.stderr.write(f"xiaobao marketing: error: {exc}\n")
        return 2
    except RuleError as exc:
        sys.stderr.write(f"RuleError: {exc}\n")
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
