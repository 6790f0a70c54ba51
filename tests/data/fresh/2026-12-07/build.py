"""Build the 2026-12-07 fresh evaluation sets from the hand-written records beside this file.

    python3 build.py          # writes the four .jsonl files
    python3 build.py --check  # fails if the .jsonl files differ from what the records produce

Deterministic: the only generated values are check-digit-valid numbers (ID, bank card, VIN) and
deliberately invalid ones (hard negatives), drawn from random.Random with the fixed seeds below.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _markup  # noqa: E402
import records_marketing  # noqa: E402
import records_names_prose  # noqa: E402
import records_pii_complaints  # noqa: E402

SEED_COMPLAINTS = 20261207
SEED_PROSE = 1207

MARKETING_CODES = {
    "AT": "ABSOLUTE_TERM",
    "GR": "GUARANTEED_RETURN",
    "DC": "DEPOSIT_CONFUSION",
    "PS": "PANIC_SELLING",
    "RE": "REGULATOR_ENDORSEMENT",
    "EC": "EXAGGERATED_COVERAGE",
    "DN": "DENIGRATE_COMPETITOR",
    "MF": "MISLEADING_FREE",
}


def pii_rows(records: list[str], prefix: str, seed: int) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    for i, marked in enumerate(records, 1):
        text, spans = _markup.render(marked, rng)
        rows.append({"id": f"{prefix}-{i:03d}", "text": text, "spans": spans})
    return rows


def marketing_rows() -> list[dict]:
    return [
        {"id": f"f1207-mk-{i:03d}", "text": text, "violations": [MARKETING_CODES[c] for c in codes]}
        for i, (text, codes) in enumerate(records_marketing.RECORDS, 1)
    ]


STEP_CODES = {
    "REC": "RECORDING_NOTICE",
    "ID": "AGENT_IDENTITY",
    "PROD": "PRODUCT_INSURER",
    "COV": "COVERAGE",
    "EXC": "EXCLUSIONS",
    "PREM": "PREMIUM_TERM",
    "COOL": "COOLING_OFF_OR_CANCELLATION",
    "OK": "CUSTOMER_CONSENT",
}


def transcript_rows() -> list[dict]:
    import records_transcripts

    rows = []
    for i, rec in enumerate(records_transcripts.RECORDS, 1):
        turns = []
        for line in rec["turns"].strip().splitlines():
            line = line.strip()
            if not line:
                continue
            who, _, said = line.partition(":")
            speaker = {"A": "agent", "C": "customer"}[who.strip()]
            turns.append({"speaker": speaker, "text": said.strip()})
        rows.append({
            "id": f"f1207-tx-{i:02d}",
            "product_line": rec["line"],
            "turns": turns,
            "steps_present": [STEP_CODES[c] for c in rec["steps"]],
            "violations": [MARKETING_CODES[c] for c in rec.get("viol", [])],
        })
    return rows


def outputs() -> dict[str, list[dict]]:
    out = {
        "pii_complaints.jsonl": pii_rows(records_pii_complaints.RECORDS, "f1207-pc", SEED_COMPLAINTS),
        "pii_names_prose.jsonl": pii_rows(records_names_prose.RECORDS, "f1207-np", SEED_PROSE),
        "marketing_unseen.jsonl": marketing_rows(),
    }
    out["transcripts.jsonl"] = transcript_rows()
    return out


def dump(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main() -> int:
    check = "--check" in sys.argv
    bad = 0
    for name, rows in outputs().items():
        path = HERE / name
        text = dump(rows)
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                print(f"{name}: differs from the records (run python3 build.py)")
                bad += 1
        else:
            path.write_text(text, encoding="utf-8")
            print(f"{name}: {len(rows)} records")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
