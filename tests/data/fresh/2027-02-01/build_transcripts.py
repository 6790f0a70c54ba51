"""Build transcripts.jsonl from the hand-written call blocks in source/*.txt.

Standard library only; deterministic output (sorted by id, stable key order).

Block markup (one call per block):

    @@ tx0201-001
    line: motor | accident | health
    style: asr-tokens | asr-pauses | asr-raw | asr-punct | typed
    steps: CODE CODE ...          (or -)
    violations: CODE CODE ...     (or -)
    asr: heard=meant; heard=meant (optional: homophone errors of the recogniser)
    note: free text (optional, not exported)
    A: agent turn
    C: customer turn

Lines starting with '#' are comments. A turn text is taken verbatim after 'A: ' / 'C: '
(leading/trailing whitespace stripped; inner spacing kept, it is part of the ASR style).
Usage: python build_transcripts.py [--check]   (--check: fail if transcripts.jsonl is stale)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
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


def parse_file(path: Path) -> list[dict]:
    calls: list[dict] = []
    cur: dict | None = None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{lineno}"
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@@ "):
            cur = {"id": line[3:].strip(), "meta": {}, "turns": []}
            calls.append(cur)
            continue
        if cur is None:
            raise ValueError(f"{where}: text before the first @@ block")
        head, sep, rest = line.partition(":")
        head = head.strip()
        if sep and head in SPEAKERS:
            text = rest.strip()
            if not text:
                raise ValueError(f"{where}: empty turn")
            cur["turns"].append({"speaker": SPEAKERS[head], "text": text})
        elif sep and head in ("line", "style", "steps", "violations", "asr", "note"):
            if cur["turns"]:
                raise ValueError(f"{where}: header {head!r} after the turns")
            cur["meta"][head] = rest.strip()
        else:
            raise ValueError(f"{where}: cannot parse line {line[:40]!r}")
    return calls


def build() -> tuple[list[dict], list[dict]]:
    records, meta = [], []
    for path in sorted((HERE / "source").glob("*.txt")):
        for call in parse_file(path):
            m = call["meta"]
            where = f"{path.name}:{call['id']}"
            for key in ("line", "style", "steps", "violations"):
                if key not in m:
                    raise ValueError(f"{where}: missing header {key!r}")
            records.append(
                {
                    "id": call["id"],
                    "product_line": m["line"],
                    "turns": call["turns"],
                    "steps_present": _codes(m["steps"], STEP_ORDER, where),
                    "violations": _codes(m["violations"], CODE_ORDER, where),
                }
            )
            meta.append(
                {
                    "id": call["id"],
                    "style": m["style"],
                    "asr": m.get("asr", ""),
                    "note": m.get("note", ""),
                }
            )
    records.sort(key=lambda r: r["id"])
    meta.sort(key=lambda r: r["id"])
    return records, meta


def render(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str]) -> int:
    records, meta = build()
    out, meta_out = HERE / "transcripts.jsonl", HERE / "call_meta.jsonl"
    text, meta_text = render(records), render(meta)
    if "--check" in argv:
        stale = [
            p.name for p, t in ((out, text), (meta_out, meta_text))
            if not p.exists() or p.read_text(encoding="utf-8") != t
        ]
        if stale:
            print("stale: " + ", ".join(stale) + " (run build_transcripts.py)")
            return 1
        print(f"up to date: {len(records)} calls")
        return 0
    out.write_text(text, encoding="utf-8")
    meta_out.write_text(meta_text, encoding="utf-8")
    print(f"wrote {len(records)} calls to {out.name} (+ {meta_out.name})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
