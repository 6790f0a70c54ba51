"""Rebuild the 2027-01-18 pii sets from their hand-written inline markup (standard library only).

Each non-empty line of markup/*.txt is one record, written by hand. `[[TYPE:text]]` marks a span;
`{ID}`, `{ID_SP}`, `{BADID}`, `{CARD}`, `{CARD_G}`, `{BADCARD}`, `{MOB}`, `{MOB_SP}`, `{MOB_DASH}`,
`{MOB_86}`, `{MOB_86D}` and `{VIN}` are filled, in file order, by a seeded generator so that check
digits are right (BAD* placeholders fail their check on purpose: hard negatives). Offsets are
computed here, never typed.

Usage: python build_from_markup.py   (rewrites pii_complaints.jsonl and pii_names_prose.jsonl)
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path
from typing import Any

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
AREAS = [
    "230102", "230103", "230602", "220104", "220102", "210102", "210202", "150102", "150203",
    "130102", "130202", "140105", "610113", "610402", "620102", "630104", "640104", "650104",
    "650102", "652901", "653101", "659001", "230502", "232700", "220201", "211002",
]  # fmt: skip
VIN_VALUES = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMNPR", [1, 2, 3, 4, 5, 7, 9], strict=True)),
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")
SETS = [
    ("pii_complaints.txt", "pii_complaints.jsonl", "pc0118", False),
    ("pii_names_prose.txt", "pii_names_prose.jsonl", "np0118", True),
]


class Numbers:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def resident_id(self, valid: bool = True) -> str:
        r = self.rng
        area = r.choice(AREAS)
        y, m, d = r.randint(1948, 2003), r.randint(1, 12), r.randint(1, 28)
        body = f"{area}{y:04d}{m:02d}{d:02d}{r.randint(0, 999):03d}"
        check = "10X98765432"[sum(int(x) * w for x, w in zip(body, ID_WEIGHTS, strict=True)) % 11]
        if not valid:
            check = r.choice([x for x in "0123456789" if x != check])
        return body + check

    def card(self, valid: bool = True, length: int | None = None) -> str:
        r = self.rng
        length = length or r.choice([16, 19, 19, 19])
        prefix = r.choice(["622202", "621700", "622848", "621226", "623058", "622588", "621483", "622908"])
        body = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        good = next(d for d in "0123456789" if luhn_ok(body + d))
        return body + (good if valid else r.choice([d for d in "0123456789" if d != good]))

    def mobile(self) -> str:
        r = self.rng
        return r.choice(["13", "15", "18", "17", "19", "16", "14"]) + str(r.randint(0, 9)) + self.digits(8)

    def vin(self) -> str:
        r = self.rng
        wmi = r.choice(["LSV", "LFV", "LGB", "LVS", "LHG", "LBV", "LGW", "LSG", "LDC", "LFM"])
        rest = "".join(r.choice(VIN_CHARS) for _ in range(5)) + "X" + r.choice("GHJKLMNP")
        v = wmi + rest + r.choice(VIN_CHARS) + self.digits(6)
        s = sum(VIN_VALUES[c] * w for c, w in zip(v, VIN_WEIGHTS, strict=True)) % 11
        return v[:8] + ("X" if s == 10 else str(s)) + v[9:]

    def fill(self, key: str) -> str:
        if key == "ID":
            return self.resident_id()
        if key == "ID_SP":
            v = self.resident_id()
            return f"{v[:6]} {v[6:14]} {v[14:]}"
        if key == "BADID":
            return self.resident_id(valid=False)
        if key == "CARD":
            return self.card()
        if key == "CARD_G":
            v = self.card(length=self.rng.choice([16, 16, 19]))
            return " ".join(v[i : i + 4] for i in range(0, len(v), 4))
        if key == "BADCARD":
            return self.card(valid=False)
        if key == "MOB":
            return self.mobile()
        if key == "MOB_SP":
            v = self.mobile()
            return f"{v[:3]} {v[3:7]} {v[7:]}"
        if key == "MOB_DASH":
            v = self.mobile()
            return f"{v[:3]}-{v[3:7]}-{v[7:]}"
        if key == "MOB_86":
            return "+86 " + self.mobile()
        if key == "MOB_86D":
            return "86-" + self.mobile()
        if key == "VIN":
            return self.vin()
        raise ValueError(f"unknown placeholder {key}")


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def parse(line: str, numbers: Numbers) -> tuple[str, list[dict[str, Any]]]:
    line = re.sub(r"\{([A-Z_0-9]+)\}", lambda m: numbers.fill(m.group(1)), line)
    text, pos = "", 0
    spans: list[dict[str, Any]] = []
    for m in MARK.finditer(line):
        kind, piece = m.group(1), m.group(2)
        if kind not in TYPES:
            raise ValueError(f"unknown type {kind}: {line}")
        text += line[pos : m.start()]
        spans.append({"start": len(text), "end": len(text) + len(piece), "type": kind})
        text += piece
        pos = m.end()
    text += line[pos:]
    if "[[" in text or "]]" in text:
        raise ValueError(f"unbalanced markup: {line}")
    return text, spans


def main() -> None:
    here = Path(__file__).resolve().parent
    numbers = Numbers(20270118)
    for src, out, prefix, person_only in SETS:
        records: list[dict[str, Any]] = []
        for raw in (here / "markup" / src).read_text(encoding="utf-8").splitlines():
            if not raw.strip() or raw.startswith("#"):
                continue
            text, spans = parse(raw, numbers)
            if person_only and any(s["type"] != "PERSON" for s in spans):
                raise ValueError(f"non-PERSON span in {src}: {raw}")
            records.append({"id": f"{prefix}-{len(records) + 1:03d}", "text": text, "spans": spans})
        lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in records]
        (here / out).write_text("".join(lines), encoding="utf-8")
        counts = Counter(str(s["type"]) for r in records for s in r["spans"])
        empty = sum(1 for r in records if not r["spans"])
        print(f"{out}: {len(records)} records, {empty} without spans, {dict(sorted(counts.items()))}")


if __name__ == "__main__":
    main()
