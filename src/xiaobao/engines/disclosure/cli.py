"""`xiaobao disclosure check FILE...` — one JSON object per file per line.

Output per file: ``{"file", "exclusions_emphasized", "sections_present", "sections_missing",
"findings": [...]}``. A file that cannot be read (missing, not a .docx / text PDF) gives
``{"file", "error"}`` on stdout and a message on stderr; the other files are still checked and the
exit code is 2. Exit code 0 when every file was read (findings do not change the exit code).
"""

from __future__ import annotations

import argparse
import json
import sys

from xiaobao.engines.disclosure.checker import DocumentError, check_document


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="xiaobao disclosure", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="check policy documents (.docx, text PDF)")
    check.add_argument("files", nargs="+", metavar="FILE")
    check.add_argument("--pretty", action="store_true", help="indent the JSON")
    return parser


def main(argv: list[str]) -> int:
    """Entry point for ``xiaobao disclosure``; returns the exit code."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return 0 if exc.code in (0, None) else 2
    status = 0
    for name in args.files:
        try:
            result = check_document(name)
        except DocumentError as exc:
            status = 2
            print(json.dumps({"file": name, "error": str(exc)}, ensure_ascii=False), flush=True)
            print(f"xiaobao disclosure: {name}: {exc}", file=sys.stderr)
            continue
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2 if args.pretty else None), flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
