"""Build transcripts.jsonl from the hand-written call sources in source/*.txt.

Standard library only. Reproducible: files are read in name order, calls are
written in id order, and keys are written in a fixed order.

Source markup (one call per block):

    ### tx0131-001
    line: motor | accident | health
    steps: CODE CODE ...        (or "-" when no step is present)
    viol: CODE CODE ...         (or "-")
    note: free text for the reader, not written to the .jsonl
    A: an agent turn
    C: a customer turn

Lines starting with "//" are comments. Blank lines are ignored.
"""
from __future__ import annotations

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
STEP_ORDER = [
    "RECORDING_NOTICE",
    "AGENT_IDENTITY",
    "PRODUCT_INSURER",
    "COVERAGE",
    "EXCLUSIONS",
    "PREMIUM_TERM",
    "COOLING_OFF_OR_CANCELLATION",
    "CUSTOMER_CONSENT",
]
CODE_ORDER = [
    "ABSOLUTE_TERM",
    "GUARANTEED_RETURN",
    "DEPOSIT_CONFUSION",
    "PANIC_SELLING",
    "REGULATOR_ENDORSEMENT",
    "EXAGGERATED_COVERAGE",
    "DENIGRATE_COMPETITOR",
    "MISLEADING_FREE",
]
SPEAKERS = {"A": "agent", "C": "customer"}


def _codes(value: str, order: list[str], where: str) -> list[str]:
    value = value.strip()
    if value in ("", "-"):
        return []
    codes = value.split()
    for code in codes:
        if code not in order:
            raise ValueError(f"{where}: unknown code {code!r}")
    if len(set(codes)) != len(codes):
        raise ValueError(f"{where}: duplicate code")
    return sorted(codes, key=order.index)


def parse(path: pathlib.Path) -> list[dict]:
    calls: list[dict] = []
    cur: dict | None = None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        where = f"{path.name}:{n}"
        if not line or line.startswith("//"):
            continue
        if line.startswith("### "):
            cur = {"id": line[4:].strip(), "product_line": None, "turns": [],
                   "steps_present": None, "violations": None}
            calls.append(cur)
            continue
        if cur is None:
            raise ValueError(f"{where}: text before the first call")
        key, sep, rest = line.partition(":")
        if not sep:
            raise ValueError(f"{where}: expected 'key: value'")
        key = key.strip()
        if key == "line":
            cur["product_line"] = rest.strip()
        elif key == "steps":
            cur["steps_present"] = _codes(rest, STEP_ORDER, where)
        elif key == "viol":
            cur["violations"] = _codes(rest, CODE_ORDER, where)
        elif key == "note":
            pass
        elif key in SPEAKERS:
            text = rest.strip()
            if not text:
                raise ValueError(f"{where}: empty turn")
            cur["turns"].append({"speaker": SPEAKERS[key], "text": text})
        else:
            raise ValueError(f"{where}: unknown key {key!r}")
    for call in calls:
        for field in ("product_line", "steps_present", "violations"):
            if call[field] is None:
                raise ValueError(f"{path.name} {call['id']}: missing {field}")
    return calls


def main() -> int:
    calls: list[dict] = []
    for path in sorted((HERE / "source").glob("*.txt")):
        calls.extend(parse(path))
    ids = [c["id"] for c in calls]
    if len(set(ids)) != len(ids):
        dup = sorted({i for i in ids if ids.count(i) > 1})
        raise SystemExit(f"duplicate ids: {dup}")
    calls.sort(key=lambda c: c["id"])
    out = HERE / "transcripts.jsonl"
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for c in calls:
            rec = {"id": c["id"], "product_line": c["product_line"], "turns": c["turns"],
                   "steps_present": c["steps_present"], "violations": c["violations"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(calls)} calls to {out.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
