"""Build the 2027-01-17 blind pii sets from hand-written inline markup (standard library only).

Source files (``*.src.txt``) hold one record per line; blank lines and lines starting with ``#`` are skipped.
Markup: ``[[TYPE:text]]`` labels ``text`` with TYPE. Placeholders are filled from a seeded generator so
that check-digit numbers are valid (labelled) or deliberately invalid (unlabelled hard negatives):

  {{ID}} {{IDS}}                      resident ID (IDS: written with spaces)          -> ID_CARD
  {{MOB}} {{MOBD}} {{MOBS}} {{MOB86}}  mobile (dashes / spaces / +86 prefix)            -> MOBILE
  {{CARD}} {{CARDG}}                  bank card passing Luhn (CARDG: groups of four)  -> BANK_CARD
  {{VIN}}                             VIN with valid check digit                      -> VIN
  {{NOID}}                            18 digits failing the ID check (policy numbers)  -> no label
  {{NOCARD}}                          19 digits failing Luhn (claim/report numbers)    -> no label

Offsets are computed here, never typed. Usage: python build_pii.py
"""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
RNG = random.Random(20270117)

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
AREAS = [
    "411625",
    "411623",
    "370826",
    "371523",
    "513030",
    "522727",
    "652323",
    "431225",
    "450821",
    "341225",
    "360733",
    "130624",
    "622923",
    "532128",
    "150423",
    "230227",
]


def id_check(first17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def gen_id() -> str:
    birth = date(1942, 1, 1) + timedelta(days=RNG.randrange(0, 22000))
    first17 = RNG.choice(AREAS) + birth.strftime("%Y%m%d") + f"{RNG.randrange(0, 1000):03d}"
    return first17 + id_check(first17)


def gen_noid() -> str:
    while True:
        s = "".join(str(RNG.randrange(10)) for _ in range(18))
        if s[0] != "0" and id_check(s[:17]) != s[17] and not luhn_ok(s):
            return s


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def gen_card() -> str:
    prefix = RNG.choice(["622848", "621700", "622202", "623059", "621799", "622908", "621483"])
    length = RNG.choice([16, 19, 19])
    while True:
        body = prefix + "".join(str(RNG.randrange(10)) for _ in range(length - len(prefix)))
        if luhn_ok(body):
            return body


def gen_nocard() -> str:
    while True:
        s = str(RNG.randrange(1, 10)) + "".join(str(RNG.randrange(10)) for _ in range(18))
        if not luhn_ok(s):
            return s


def gen_mobile() -> str:
    return "1" + RNG.choice("3456789") + "".join(str(RNG.randrange(10)) for _ in range(9))


VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"


def vin_check(vin: str) -> str:
    r = sum(VIN_VALUES[c] * w for c, w in zip(vin, VIN_WEIGHTS, strict=True)) % 11
    return "X" if r == 10 else str(r)


def gen_vin() -> str:
    wmi = RNG.choice(["LSV", "LFV", "LGB", "LVS", "LHG", "LGW", "LB3", "LNB"])
    rest = "".join(RNG.choice(VIN_CHARS) for _ in range(14))
    vin = wmi + rest[:5] + "0" + rest[6:]
    return vin[:8] + vin_check(vin) + vin[9:]


def fill(kind: str) -> tuple[str, str | None]:
    if kind == "ID":
        return gen_id(), "ID_CARD"
    if kind == "IDS":
        v = gen_id()
        return f"{v[:6]} {v[6:14]} {v[14:]}", "ID_CARD"
    if kind == "MOB":
        return gen_mobile(), "MOBILE"
    if kind == "MOBD":
        v = gen_mobile()
        return f"{v[:3]}-{v[3:7]}-{v[7:]}", "MOBILE"
    if kind == "MOBS":
        v = gen_mobile()
        return f"{v[:3]} {v[3:7]} {v[7:]}", "MOBILE"
    if kind == "MOB86":
        return "+86 " + gen_mobile(), "MOBILE"
    if kind == "CARD":
        return gen_card(), "BANK_CARD"
    if kind == "CARDG":
        v = gen_card()
        return " ".join(v[i : i + 4] for i in range(0, len(v), 4)), "BANK_CARD"
    if kind == "VIN":
        return gen_vin(), "VIN"
    if kind == "NOID":
        return gen_noid(), None
    if kind == "NOCARD":
        return gen_nocard(), None
    raise ValueError(f"unknown placeholder {kind}")


TOKEN = re.compile(r"\[\[([A-Z_]+):([^\]]+)\]\]|\{\{([A-Z0-9]+)\}\}")


def parse(line: str) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in TOKEN.finditer(line):
        plain = line[pos : m.start()]
        out.append(plain)
        length += len(plain)
        if m.group(1):
            value, typ = m.group(2), m.group(1)
        else:
            value, typ = fill(m.group(3))
        if typ is not None:
            spans.append({"start": length, "end": length + len(value), "type": typ})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced markup: {line}")
    return text, spans


def build(src: str, dst: str, prefix: str) -> int:
    records: list[dict[str, object]] = []
    for raw in (HERE / src).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        text, spans = parse(line)
        records.append({"id": f"{prefix}-{len(records) + 1:03d}", "text": text, "spans": spans})
    with (HERE / dst).open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(records)


if __name__ == "__main__":
    print("pii_complaints", build("pii_complaints.src.txt", "pii_complaints.jsonl", "pc0117"))
    print("pii_names_prose", build("pii_names_prose.src.txt", "pii_names_prose.jsonl", "np0117"))
