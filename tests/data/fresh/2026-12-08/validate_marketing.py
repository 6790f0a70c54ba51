"""Check the format of the 2026-12-08 fresh marketing sets.

Usage: python3 tests/data/fresh/2026-12-08/validate_marketing.py

Checks, for marketing_unseen.jsonl and marketing_published.jsonl in this folder:
- every line is a JSON object with exactly the keys id, text, violations (the marketing.jsonl format of
  ../shared/datasets/README.md);
- ids are non-empty strings, unique across both files, with the file's prefix (mu1208- / mp1208-);
- texts are non-empty strings without surrounding whitespace, and no text occurs twice (within or across
  the files);
- violations is a list of distinct strings, each a code of the marketing code table in this folder's
  README.md (section "Marketing sets"); when the shared datasets README is found in a parent folder
  (``shared/datasets/README.md``), the two tables must list the same codes;
- the share of compliant records stays within 0.40–0.60 (the sets are meant to be about half compliant).

Prints counts per code and exits non-zero with one line per problem. Standard library only; it does not
score any engine.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = {"marketing_unseen.jsonl": "mu1208-", "marketing_published.jsonl": "mp1208-"}
SECTION = "## Marketing sets"
CODE_ROW = re.compile(r"^\|\s*`?([A-Z][A-Z_]+)`?\s*\|")
COMPLIANT_SHARE = (0.40, 0.60)


def table_codes(markdown: str, section: str | None = None, heading: str = "marketing.jsonl") -> set[str]:
    """Codes in the first Markdown table after ``heading`` (inside ``section`` when given)."""
    if section is not None:
        start = markdown.find(section)
        if start < 0:
            return set()
        end = markdown.find("\n## ", start + len(section))
        markdown = markdown[start : end if end >= 0 else len(markdown)]
    start = markdown.find(heading)
    if start < 0:
        return set()
    codes: set[str] = set()
    in_table = False
    for line in markdown[start:].splitlines()[1:]:
        if line.startswith("|"):
            in_table = True
            match = CODE_ROW.match(line)
            if match and match.group(1) != "code":
                codes.add(match.group(1))
        elif in_table:
            break
    return codes


def shared_readme() -> Path | None:
    for parent in HERE.parents:
        candidate = parent / "shared" / "datasets" / "README.md"
        if candidate.is_file():
            return candidate
    return None


def validate() -> list[str]:
    problems: list[str] = []
    readme = HERE / "README.md"
    if not readme.is_file():
        return [f"{readme} is missing"]
    codes = table_codes(readme.read_text(encoding="utf-8"), SECTION, "code table")
    if not codes:
        return [f"no code table found in the '{SECTION}' section of {readme}"]
    shared = shared_readme()
    if shared is not None:
        shared_codes = table_codes(shared.read_text(encoding="utf-8"))
        if shared_codes and shared_codes != codes:
            problems.append(f"code table differs from {shared}: {sorted(codes ^ shared_codes)}")

    seen_ids: set[str] = set()
    seen_texts: dict[str, str] = {}
    for name, prefix in FILES.items():
        path = HERE / name
        if not path.is_file():
            problems.append(f"{name}: missing")
            continue
        per_code: Counter[str] = Counter()
        records = compliant = 0
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{name}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                problems.append(f"{where}: not JSON ({error})")
                continue
            if not isinstance(record, dict) or set(record) != {"id", "text", "violations"}:
                problems.append(f"{where}: keys must be exactly id, text, violations")
                continue
            records += 1
            rid, text, violations = record["id"], record["text"], record["violations"]
            if not isinstance(rid, str) or not rid.startswith(prefix) or len(rid) <= len(prefix):
                problems.append(f"{where}: id {rid!r} must be a string starting with {prefix}")
            elif rid in seen_ids:
                problems.append(f"{where}: duplicate id {rid}")
            else:
                seen_ids.add(rid)
            if not isinstance(text, str) or not text or text != text.strip():
                problems.append(f"{where}: text must be a non-empty string without surrounding whitespace")
            elif text in seen_texts:
                problems.append(f"{where}: same text as {seen_texts[text]}")
            else:
                seen_texts[text] = where
            if not isinstance(violations, list) or not all(isinstance(code, str) for code in violations):
                problems.append(f"{where}: violations must be a list of strings")
                continue
            if len(set(violations)) != len(violations):
                problems.append(f"{where}: repeated code in {violations}")
            problems.extend(
                f"{where}: code {code!r} is not in the README's table" for code in violations if code not in codes
            )
            per_code.update(set(violations))
            compliant += not violations
        if records:
            share = compliant / records
            print(
                f"{name}: {records} records, {compliant} compliant ({share:.0%}), {records - compliant} with violations"
            )
            for code in sorted(codes):
                print(f"  {code:<24}{per_code[code]:>4}")
            if not COMPLIANT_SHARE[0] <= share <= COMPLIANT_SHARE[1]:
                problems.append(f"{name}: compliant share {share:.2f} outside {COMPLIANT_SHARE}")
    return problems


def main() -> int:
    problems = validate()
    for problem in problems:
        print(problem, file=sys.stderr)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
