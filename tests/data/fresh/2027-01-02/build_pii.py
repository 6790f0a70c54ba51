"""Build the 2027-01-02 pii sets from their hand-written markup sources.

Markup: records are separated by a line holding only ``===``; lines inside a record are joined with ``\\n``.
``[[TYPE:text]]`` marks a labelled span. ``{{GEN args}}`` inserts a generated number from a seeded generator
(the only way check-digit numbers enter the set):

- ``{{ID area year [sp]}}``      resident ID (ID_CARD), ``sp`` groups it 6-8-4 with spaces
- ``{{BADID}}``                  18 digits failing the ID check (not labelled: policy/invoice numbers)
- ``{{CARD prefix len [g]}}``    bank card passing Luhn (BANK_CARD), ``g`` groups it in fours
- ``{{BADCARD len}}``            digits failing Luhn (not labelled)
- ``{{VIN wmi}}``                VIN with a valid check digit (VIN)
- ``{{MOB [dash|sp|p86|86|p86sp]}}`` mainland mobile (MOBILE); the +86 / 86- prefix is part of the span

Offsets are computed here, never typed. Run: ``python build_pii.py`` (writes the .jsonl files beside it).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20270102
TOKEN = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{([A-Z]+)([^}]*)\}\}")
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
MOBILE_PREFIXES = (
    "134",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "157",
    "158",
    "159",
    "182",
    "183",
    "187",
    "188",
    "130",
    "131",
    "132",
    "155",
    "156",
    "185",
    "186",
    "133",
    "153",
    "177",
    "180",
    "181",
    "189",
    "191",
    "199",
    "166",
    "173",
    "198",
)


def id_check(first17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def vin_check(vin: str) -> str:
    r = sum(VIN_VALUES[c] * w for c, w in zip(vin, VIN_WEIGHTS, strict=True)) % 11
    return "X" if r == 10 else str(r)


class Gen:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def id(self, area: str, year: str, *opts: str) -> tuple[str, str | None]:
        r = self.rng
        month, day = r.randint(1, 12), r.randint(1, 28)
        first17 = f"{area}{year}{month:02d}{day:02d}{r.randint(0, 999):03d}"
        value = first17 + id_check(first17)
        if "sp" in opts:
            value = f"{value[:6]} {value[6:14]} {value[14:]}"
        return value, "ID_CARD"

    def badid(self, *opts: str) -> tuple[str, str | None]:
        while True:
            first17 = "".join(str(self.rng.randint(0, 9)) for _ in range(17))
            last = str(self.rng.randint(0, 9))
            if last != id_check(first17):
                return first17 + last, None

    def card(self, prefix: str, length: str, *opts: str) -> tuple[str, str | None]:
        n = int(length)
        while True:
            body = prefix + "".join(str(self.rng.randint(0, 9)) for _ in range(n - len(prefix) - 1))
            for last in "0123456789":
                if luhn_ok(body + last):
                    value = body + last
                    break
            if "g" in opts:
                value = " ".join(value[i : i + 4] for i in range(0, n, 4))
            return value, "BANK_CARD"

    def badcard(self, length: str, *opts: str) -> tuple[str, str | None]:
        n = int(length)
        while True:
            value = str(self.rng.randint(1, 9)) + "".join(str(self.rng.randint(0, 9)) for _ in range(n - 1))
            if not luhn_ok(value):
                return value, None

    def vin(self, wmi: str, *opts: str) -> tuple[str, str | None]:
        r = self.rng
        while True:
            body = wmi + "".join(r.choice(VIN_CHARS) for _ in range(5))
            tail = r.choice("NPRST") + r.choice(VIN_CHARS) + "".join(str(r.randint(0, 9)) for _ in range(6))
            vin = body + "0" + tail
            vin = vin[:8] + vin_check(vin) + vin[9:]
            return vin, "VIN"

    def mob(self, *opts: str) -> tuple[str, str | None]:
        r = self.rng
        num = r.choice(MOBILE_PREFIXES) + "".join(str(r.randint(0, 9)) for _ in range(8))
        style = opts[0] if opts else ""
        if style == "dash":
            num = f"{num[:3]}-{num[3:7]}-{num[7:]}"
        elif style == "sp":
            num = f"{num[:3]} {num[3:7]} {num[7:]}"
        elif style == "p86":
            num = "+86" + num
        elif style == "p86sp":
            num = f"+86 {num[:3]} {num[3:7]} {num[7:]}"
        elif style == "86":
            num = "86-" + num
        return num, "MOBILE"


def parse_record(markup: str, gen: Gen) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in TOKEN.finditer(markup):
        plain = markup[pos : m.start()]
        out.append(plain)
        length += len(plain)
        if m.group(1):
            value, typ = m.group(2), m.group(1)
        else:
            args = m.group(4).split()
            value, typ = getattr(gen, m.group(3).lower())(*args)
        out.append(value)
        if typ:
            spans.append({"start": length, "end": length + len(value), "type": typ})
        length += len(value)
        pos = m.end()
    out.append(markup[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unparsed markup in: {text[:60]}")
    return text, spans


def build(source: str, target: str, prefix: str, rng: random.Random) -> int:
    gen = Gen(rng)
    raw = (HERE / source).read_text(encoding="utf-8")
    raw = "\n".join(line for line in raw.split("\n") if not line.startswith("# "))
    blocks = [b.strip("\n") for b in re.split(r"^===$", raw, flags=re.M)]
    blocks = [b for b in blocks if b.strip()]
    lines = []
    for i, block in enumerate(blocks, 1):
        text, spans = parse_record(block, gen)
        lines.append(json.dumps({"id": f"{prefix}-{i:03d}", "text": text, "spans": spans}, ensure_ascii=False))
    (HERE / target).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


if __name__ == "__main__":
    rng = random.Random(SEED)
    print(build("pii_complaints.src.txt", "pii_complaints.jsonl", "pc0102", rng))
    print(build("pii_names_prose.src.txt", "pii_names_prose.jsonl", "np0102", rng))
