"""Build the 2027-01-16 pii sets from hand-written inline markup.

Markup: ``[[P:张三]]`` (P=PERSON, A=ADDRESS, PL=LICENSE_PLATE, L=LANDLINE, E=EMAIL, M=MOBILE).
Check-digit numbers are never typed: placeholders are filled from a seeded generator and labelled
automatically: {{ID}} {{IDS}} (ID, spaced 6-8-4), {{M}} {{M86}} {{MD}} {{MS}} (mobile: plain, +86, dashes,
spaces), {{B}} {{B16}} {{BG}} (bank card: 19, 16, grouped in fours), {{V}} (VIN). Hard negatives, not
labelled: {{N18}} (18 digits failing the ID check), {{NL}} (16-19 digits failing Luhn), {{USCC}}
(unified social credit code with a valid check character). Records are separated by lines holding ``===``.
Offsets are computed here, never typed.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
ABBR = {"P": "PERSON", "A": "ADDRESS", "PL": "LICENSE_PLATE", "L": "LANDLINE", "E": "EMAIL", "M": "MOBILE"}
rng = random.Random(20270116)

AREAS = [
    "650102",
    "650103",
    "650104",
    "652301",
    "654002",
    "652801",
    "110105",
    "310115",
    "440305",
    "510107",
    "420106",
    "370202",
    "320106",
    "330106",
    "610113",
    "530102",
    "450103",
    "150102",
    "640104",
    "630104",
    "540102",
    "460106",
    "220102",
    "230103",
    "210102",
    "130104",
    "140105",
    "410105",
    "430104",
    "360102",
    "350203",
    "340104",
    "500103",
    "520102",
    "620102",
    "653101",
    "652901",
    "659001",
]
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(body: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body, W, strict=False)) % 11]


def gen_id() -> str:
    body = (
        rng.choice(AREAS)
        + f"{rng.randint(1940, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        + f"{rng.randint(1, 999):03d}"
    )
    return body + id_check(body)


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return str((10 - total % 10) % 10)


BINS = ["622202", "621700", "622848", "621661", "622588", "623668", "621483", "622700", "621226", "625965"]


def gen_card(n: int) -> str:
    body = rng.choice(BINS) + "".join(str(rng.randint(0, 9)) for _ in range(n - 7))
    return body + luhn_digit(body)


def gen_mobile() -> str:
    return "1" + rng.choice("3456789") + "".join(str(rng.randint(0, 9)) for _ in range(9))


VIN_CH = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
VIN_VAL = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=False)),
    **dict(zip("JKLMN", range(1, 6), strict=False)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=False)),
}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def gen_vin() -> str:
    wmi = rng.choice(["LSV", "LFV", "LGB", "LVS", "LBV", "LSG", "LHG", "LFM", "LGX", "LRW", "LZW", "LNB"])
    s = (
        wmi
        + "".join(rng.choice(VIN_CH) for _ in range(5))
        + "0"
        + rng.choice("LMNPRS")
        + rng.choice(VIN_CH)
        + "".join(str(rng.randint(0, 9)) for _ in range(6))
    )
    c = sum(VIN_VAL[ch] * w for ch, w in zip(s, VIN_W, strict=False)) % 11
    return s[:8] + ("X" if c == 10 else str(c)) + s[9:]


def gen_n18() -> str:
    while True:
        s = "".join(str(rng.randint(0, 9)) for _ in range(18))
        if id_check(s[:17]) != s[17]:
            return s


def gen_nl() -> str:
    while True:
        n = rng.choice([16, 18, 19])
        s = "".join(str(rng.randint(1 if i == 0 else 0, 9)) for i in range(n))
        if luhn_digit(s[:-1]) != s[-1]:
            return s


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def gen_uscc() -> str:
    body = (
        rng.choice(["91", "91", "52", "12"])
        + rng.choice(["650100", "650102", "652300", "110108", "310115"])
        + "".join(rng.choice(USCC_CH) for _ in range(9))
    )
    c = (31 - sum(USCC_CH.index(ch) * w for ch, w in zip(body, USCC_W, strict=False)) % 31) % 31
    return body + USCC_CH[c]


def fill(key: str) -> tuple[str, str | None]:
    if key == "ID":
        return gen_id(), "ID_CARD"
    if key == "IDS":
        s = gen_id()
        return f"{s[:6]} {s[6:14]} {s[14:]}", "ID_CARD"
    if key == "M":
        return gen_mobile(), "MOBILE"
    if key == "M86":
        return "+86 " + gen_mobile(), "MOBILE"
    if key == "MD":
        m = gen_mobile()
        return f"{m[:3]}-{m[3:7]}-{m[7:]}", "MOBILE"
    if key == "MS":
        m = gen_mobile()
        return f"{m[:3]} {m[3:7]} {m[7:]}", "MOBILE"
    if key == "B":
        return gen_card(19), "BANK_CARD"
    if key == "B16":
        return gen_card(16), "BANK_CARD"
    if key == "BG":
        c = gen_card(rng.choice([16, 19]))
        return " ".join(c[i : i + 4] for i in range(0, len(c), 4)), "BANK_CARD"
    if key == "V":
        return gen_vin(), "VIN"
    if key == "N18":
        return gen_n18(), None
    if key == "NL":
        return gen_nl(), None
    if key == "USCC":
        return gen_uscc(), None
    raise ValueError(key)


TOKEN = re.compile(r"\[\[(P|A|PL|L|E|M):(.+?)\]\]|\{\{([A-Z0-9]+)\}\}")


def parse(block: str) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in TOKEN.finditer(block):
        lit = block[pos : m.start()]
        out.append(lit)
        length += len(lit)
        typ: str | None
        if m.group(1):
            val, typ = m.group(2), ABBR[m.group(1)]
        else:
            val, typ = fill(m.group(3))
        out.append(val)
        if typ:
            spans.append({"start": length, "end": length + len(val), "type": typ})
        length += len(val)
        pos = m.end()
    out.append(block[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text:
        raise ValueError(f"unparsed markup: {text[:80]}")
    return text, spans


def build(src: list[str], prefix: str, dest: str) -> None:
    records: list[dict[str, object]] = []
    for name in src:
        raw = (HERE / name).read_text(encoding="utf-8")
        for block in re.split(r"^===\s*$", raw, flags=re.M):
            block = block.strip("\n")
            if not block.strip():
                continue
            text, spans = parse(block)
            records.append({"id": f"{prefix}-{len(records) + 1:03d}", "text": text, "spans": spans})
    with open(OUT / dest, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(dest, len(records), file=sys.stderr)


if __name__ == "__main__":
    build(sorted(p.name for p in HERE.glob("complaints_*.txt")), "pc0116", "pii_complaints.jsonl")
    build(sorted(p.name for p in HERE.glob("prose_*.txt")), "np0116", "pii_names_prose.jsonl")
