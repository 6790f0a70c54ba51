"""Build pii_complaints.jsonl / pii_names_prose.jsonl from hand-written inline markup (blind set, 2026-12-12).

Source files: one record per line, lines starting with '#' are comments. Markup:
  [[TYPE:text]]      a labelled span written by hand (PERSON, ADDRESS, LANDLINE, EMAIL, LICENSE_PLATE, ...)
  {{ID}} {{ID:sp}}   a generated resident ID with a valid check character (ID_CARD), optionally spaced 6-8-4
  {{MOB}} {{MOB:+86}} {{MOB:86-}} {{MOB:dash}} {{MOB:sp}}   a generated mainland mobile (MOBILE)
  {{CARD}} {{CARD:19}} {{CARD:g}} {{CARD:19g}}             a generated Luhn-valid bank card (BANK_CARD)
  {{VIN}}            a generated VIN with a valid check digit (VIN)
  {{NOID}} {{NOCARD}} {{NOCARD:19}}   digit strings that fail the ID / Luhn check (no label: policy, invoice numbers)
  \\n                 a line break inside the text
Offsets are computed here; nobody types them. Seeded, so the output is reproducible.
Usage: python build_pii_1212.py
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
RNG = random.Random(20261212)

AREAS = [
    "450102",
    "450305",
    "152502",
    "222401",
    "222403",
    "640104",
    "640302",
    "650102",
    "510104",
    "130104",
    "410105",
    "320106",
    "440305",
    "330106",
    "371002",
    "431102",
    "520103",
    "150102",
    "451402",
    "362502",
]
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
MOBILE_PREFIXES = [
    "139",
    "138",
    "137",
    "136",
    "135",
    "150",
    "151",
    "152",
    "158",
    "159",
    "186",
    "185",
    "130",
    "131",
    "132",
    "155",
    "156",
    "133",
    "153",
    "180",
    "181",
    "189",
    "177",
    "199",
    "166",
    "173",
    "198",
    "191",
]
VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
WMIS = ["LSV", "LFV", "LGB", "LVS", "LHG", "LBV", "LSG", "LGW", "LZW", "LNB", "LDC", "LVG"]


def id_check(body17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS, strict=True)) % 11]


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


def gen_id(opt: str) -> str:
    year = RNG.randint(1944, 2008) if opt != "old" else RNG.randint(1938, 1960)
    body = f"{RNG.choice(AREAS)}{year}{RNG.randint(1, 12):02d}{RNG.randint(1, 28):02d}{RNG.randint(0, 999):03d}"
    full = body + id_check(body)
    return f"{full[:6]} {full[6:14]} {full[14:]}" if opt == "sp" else full


def gen_mobile(opt: str) -> str:
    m = RNG.choice(MOBILE_PREFIXES) + "".join(str(RNG.randint(0, 9)) for _ in range(8))
    if opt == "+86":
        return "+86 " + m
    if opt == "86-":
        return "86-" + m
    if opt == "dash":
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if opt == "sp":
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    return m


def gen_card(opt: str) -> str:
    n = 19 if "19" in opt else 16
    while True:
        body = RNG.choice(["62", "621", "622", "623", "625"])
        body += "".join(str(RNG.randint(0, 9)) for _ in range(n - 1 - len(body)))
        for last in "0123456789":
            if luhn_ok(body + last):
                card = body + last
                break
        if "g" in opt:
            return " ".join(card[i : i + 4] for i in range(0, n, 4))
        return card


def gen_vin(_opt: str) -> str:
    while True:
        chars = list(RNG.choice(WMIS) + "".join(RNG.choice(VIN_CHARS) for _ in range(14)))
        chars[8] = "0"
        chars[8] = vin_check("".join(chars))
        vin = "".join(chars)
        if vin_check(vin) == vin[8]:
            return vin


def gen_noid(_opt: str) -> str:
    while True:
        s = "".join(str(RNG.randint(0, 9)) for _ in range(18))
        if s[0] != "0" and id_check(s[:17]) != s[17]:
            return s


def gen_nocard(opt: str) -> str:
    n = 19 if "19" in opt else 16
    while True:
        s = str(RNG.randint(1, 9)) + "".join(str(RNG.randint(0, 9)) for _ in range(n - 1))
        if not luhn_ok(s):
            return s


GENERATED = {
    "ID": ("ID_CARD", gen_id),
    "MOB": ("MOBILE", gen_mobile),
    "CARD": ("BANK_CARD", gen_card),
    "VIN": ("VIN", gen_vin),
    "NOID": (None, gen_noid),
    "NOCARD": (None, gen_nocard),
}
TOKEN = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{([A-Z]+)(?::([^}]*))?\}\}")


def unescape(s: str) -> str:
    return s.replace("\\n", "\n")


def parse(line: str) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in TOKEN.finditer(line):
        plain = unescape(line[pos : m.start()])
        out.append(plain)
        length += len(plain)
        if m.group(1):
            typ, val = m.group(1), unescape(m.group(2))
        else:
            typ, fn = GENERATED[m.group(3)]
            val = fn(m.group(4) or "")
        if typ:
            spans.append({"start": length, "end": length + len(val), "type": typ})
        out.append(val)
        length += len(val)
        pos = m.end()
    tail = unescape(line[pos:])
    if "[[" in tail or "{{" in tail or "]]" in tail or "}}" in tail:
        raise ValueError(f"unparsed markup in: {line}")
    out.append(tail)
    return "".join(out), spans


def build(src: str, dst: str, prefix: str) -> None:
    records: list[dict[str, object]] = []
    for raw in (HERE / src).read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        text, spans = parse(raw.rstrip())
        records.append({"id": f"{prefix}-{len(records) + 1:03d}", "text": text, "spans": spans})
    with (HERE / dst).open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{dst}: {len(records)} records")


if __name__ == "__main__":
    build("pii_complaints.src.txt", "pii_complaints.jsonl", "pc1212")
    build("pii_names_prose.src.txt", "pii_names_prose.jsonl", "np1212")
