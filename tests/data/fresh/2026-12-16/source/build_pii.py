"""Build the 2026-12-16 pii sets from hand-written inline markup (standard library only).

Each non-empty line of a source file that does not start with '#' is one record, written by hand.
Spans are marked inline as [[TYPE:text]]; offsets are computed here, never typed. A literal backslash-n
in a line stands for a line break in the text. Check-digit numbers are generated from placeholders with a
seeded random generator (seed = record id + placeholder index), so the build is reproducible:

  {ID:area:yyyymmdd}   resident ID with a valid check character;  {IDS:...} the same, grouped 6 8 4 by spaces
  {MOB} 13812345678  {MOB+} +86 13812345678  {MOB86} 86-13812345678  {MOBD} 138-1234-5678  {MOBS} 138 1234 5678
  {CARD:prefix:len}    bank card passing Luhn;  {CARDG:prefix:len} the same grouped in fours
  {VIN:WMI}            VIN with a valid check digit
  {BADID}              18 digits whose last character fails the ID check (for 发票号 / 保单号 contexts)
  {BADCARD:len}        digits failing Luhn (claim / report numbers)

Usage: python build_pii.py   (writes ../pii_complaints.jsonl and ../pii_names_prose.jsonl)
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
VIN_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VALUE = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
MOBILE_PREFIXES = (
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "152",
    "155",
    "158",
    "159",
    "166",
    "177",
    "180",
    "181",
    "186",
    "187",
    "188",
    "189",
    "191",
    "199",
    "147",
    "173",
    "130",
    "156",
)


def id_check(first17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def vin_check(vin: str) -> str:
    total = sum(VIN_VALUE[c] * w for c, w in zip(vin, VIN_WEIGHTS, strict=True))
    r = total % 11
    return "X" if r == 10 else str(r)


def gen(kind: str, args: list[str], rng: random.Random) -> str:
    if kind in ("ID", "IDS"):
        area, date = args
        first17 = area + date + f"{rng.randrange(1, 999):03d}"
        value = first17 + id_check(first17)
        return f"{value[:6]} {value[6:14]} {value[14:]}" if kind == "IDS" else value
    if kind.startswith("MOB"):
        m = rng.choice(MOBILE_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(8))
        return {
            "MOB": m,
            "MOB+": "+86 " + m,
            "MOB86": "86-" + m,
            "MOBD": f"{m[:3]}-{m[3:7]}-{m[7:]}",
            "MOBS": f"{m[:3]} {m[3:7]} {m[7:]}",
        }[kind]
    if kind in ("CARD", "CARDG"):
        prefix, length = args[0], int(args[1])
        body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
        card = luhn_complete(body)
        return " ".join(card[i : i + 4] for i in range(0, len(card), 4)) if kind == "CARDG" else card
    if kind == "VIN":
        wmi = args[0]
        vds = "".join(rng.choice(VIN_ALPHA) for _ in range(5))
        year = rng.choice("DEFGHJKLMNPRS")
        plant = rng.choice(VIN_ALPHA)
        serial = "".join(rng.choice("0123456789") for _ in range(6))
        vin = wmi + vds + "0" + year + plant + serial
        vin = vin[:8] + vin_check(vin) + vin[9:]
        assert len(vin) == 17 and vin_check(vin) == vin[8]
        return vin
    if kind == "BADID":
        while True:
            v = "".join(rng.choice("0123456789") for _ in range(18))
            if id_check(v[:17]) != v[17] and not luhn_ok(v):
                return v
    if kind == "BADCARD":
        while True:
            v = "".join(rng.choice("0123456789") for _ in range(int(args[0])))
            if not luhn_ok(v):
                return v
    raise ValueError(kind)


PLACEHOLDER = re.compile(r"\{([A-Z0-9+]+)((?::[^:{}]+)*)\}")
MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]", re.DOTALL)


def build_record(rid: str, line: str) -> dict[str, object]:
    counter = iter(range(1000))

    def sub(m: re.Match[str]) -> str:
        rng = random.Random(f"{rid}-{next(counter)}")
        args = [a for a in m.group(2).split(":") if a]
        return gen(m.group(1), args, rng)

    line = PLACEHOLDER.sub(sub, line).replace("\\n", "\n")
    text_parts: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in MARK.finditer(line):
        before = line[pos : m.start()]
        text_parts.append(before)
        length += len(before)
        typ, inner = m.group(1), m.group(2)
        if typ not in TYPES:
            raise ValueError(f"{rid}: unknown type {typ}")
        spans.append({"start": length, "end": length + len(inner), "type": typ})
        text_parts.append(inner)
        length += len(inner)
        pos = m.end()
    text_parts.append(line[pos:])
    text = "".join(text_parts)
    if "[[" in text or "]]" in text:
        raise ValueError(f"{rid}: unbalanced markup: {text}")
    return {"id": rid, "text": text, "spans": spans}


def build(source: Path, prefix: str, out: Path) -> int:
    records: list[dict[str, object]] = []
    for raw in source.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        rid = f"{prefix}-{len(records) + 1:03d}"
        records.append(build_record(rid, raw.strip()))
    with out.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(records)


def main() -> int:
    n1 = build(HERE / "pii_complaints.src.txt", "pc1216", HERE.parent / "pii_complaints.jsonl")
    n2 = build(HERE / "pii_names_prose.src.txt", "np1216", HERE.parent / "pii_names_prose.jsonl")
    print(f"pii_complaints: {n1} records; pii_names_prose: {n2} records")
    return 0


if __name__ == "__main__":
    sys.exit(main())
