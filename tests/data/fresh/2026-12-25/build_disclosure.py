"""Build the 2026-12-25 disclosure documents (.docx), labels.jsonl and disclosure_key.json.

Needs python-docx (run with /work/main/.venv/bin/python). Output is byte-reproducible.
Usage: build_disclosure.py [--out DIR]   (DIR defaults to ./disclosure; the key goes beside DIR)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "disclosure_src"))

import docs_a  # noqa: E402
import docs_b  # noqa: E402

ALL = ["INSURED_SCOPE", "COVERAGE", "EXCLUSIONS", "SUM_INSURED", "PREMIUM", "PERIOD", "CLAIMS", "DISPUTES",
       "DEFINITIONS"]

# file name, builder, sections missing (decided by hand while writing each document)
DOCS = [
    ("d01_motor_commercial_broker.docx", docs_a.d01, ["DISPUTES", "DEFINITIONS"]),
    ("d02_home_contents.docx", docs_a.d02, []),
    ("d03_personal_accident.docx", docs_a.d03, ["SUM_INSURED"]),
    ("d04_million_medical.docx", docs_a.d04, ["DEFINITIONS"]),
    ("d05_employer_liability.docx", docs_a.d05, ["DISPUTES"]),
    ("d06_cargo_transit.docx", docs_a.d06, []),
    ("d07_rice_planting.docx", docs_a.d07, ["DISPUTES", "DEFINITIONS"]),
    ("d08_overseas_travel.docx", docs_a.d08, []),
    ("d09_pet_combined.docx", docs_a.d09, ["CLAIMS", "DEFINITIONS"]),
    ("d10_driver_passenger_accident.docx", docs_a.d10, ["SUM_INSURED", "DEFINITIONS"]),
    ("d11_group_accident.docx", docs_b.d11, []),
    ("d12_rural_dwelling.docx", docs_b.d12, ["CLAIMS", "DISPUTES"]),
    ("d13_inpatient_medical.docx", docs_b.d13, []),
    ("d14_motor_own_damage.docx", docs_b.d14, ["INSURED_SCOPE"]),
    ("d15_student_accident.docx", docs_b.d15, ["SUM_INSURED"]),
    ("d16_road_cargo.docx", docs_b.d16, ["PREMIUM", "DEFINITIONS"]),
    ("d17_domestic_travel.docx", docs_b.d17, ["CLAIMS"]),
    ("d18_sow_breeding.docx", docs_b.d18, ["DISPUTES"]),
    ("d19_dog_owner_liability.docx", docs_b.d19, ["PERIOD", "DISPUTES", "DEFINITIONS"]),
    ("d20_restaurant_public_liability.docx", docs_b.d20, []),
]


def main() -> int:
    out = HERE / "disclosure"
    if "--out" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--out") + 1])
    out.mkdir(parents=True, exist_ok=True)
    labels = []
    key = {}
    for name, build, missing in DOCS:
        builder, emphasised = build()
        builder.save(out / name)
        labels.append({"file": name, "exclusions_emphasized": emphasised,
                       "sections_present": [c for c in ALL if c not in missing], "sections_missing": missing})
        key[name] = builder.key
    (out / "labels.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in labels), encoding="utf-8")
    (out.parent / "disclosure_key.json").write_text(
        json.dumps(key, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents, labels.jsonl and disclosure_key.json to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
