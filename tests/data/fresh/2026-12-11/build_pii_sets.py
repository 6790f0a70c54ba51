"""Build the 2026-12-11 pii sets from their hand-written inline markup (standard library only).

Markup: ``{T|text}`` marks a span of type T (P PERSON, I ID_CARD, M MOBILE, L LANDLINE, B BANK_CARD,
E EMAIL, A ADDRESS, C LICENSE_PLATE, V VIN). ``$TOKEN`` inserts a number made by a seeded generator
(see ``NUMBER_TOKENS``); tokens may sit inside or outside a span. Records are separated by lines of ``---``.
Offsets are computed here, never typed. Run: python build_pii_sets.py
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {
    "P": "PERSON",
    "I": "ID_CARD",
    "M": "MOBILE",
    "L": "LANDLINE",
    "B": "BANK_CARD",
    "E": "EMAIL",
    "A": "ADDRESS",
    "C": "LICENSE_PLATE",
    "V": "VIN",
}
REGIONS = [
    "650102",
    "650104",
    "652301",
    "654002",
    "659001",
    "110105",
    "310115",
    "440305",
    "510107",
    "330106",
    "420111",
    "370202",
    "320508",
    "540102",
    "810000",
    "430104",
    "610113",
    "230103",
    "530102",
    "350203",
]
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
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
MOBILE_PREFIXES = [
    "130",
    "131",
    "132",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "157",
    "158",
    "159",
    "166",
    "177",
    "180",
    "181",
    "182",
    "183",
    "186",
    "187",
    "188",
    "189",
    "191",
    "193",
    "195",
    "198",
    "199",
]
CARD_PREFIXES = ["622202", "621700", "622848", "621226", "623668", "622588", "621483", "622700", "625965"]
FULLWIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")

rng = random.Random(20261211)


def id_check(body17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS, strict=True)) % 11]


def make_id(force_x: bool = False) -> str:
    while True:
        year = rng.randint(1948, 2006)
        body = f"{rng.choice(REGIONS)}{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
        full = body + id_check(body)
        if full.endswith("X") == force_x or (not force_x and rng.random() < 0.08):
            return full


def make_bad_id() -> str:
    good = make_id()
    wrong = [c for c in "0123456789" if c != good[-1]]
    return good[:17] + rng.choice(wrong)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def make_card(length: int | None = None) -> str:
    length = length or rng.choice([16, 19, 19, 18])
    body = rng.choice(CARD_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(length - 7))
    for last in "0123456789":
        if luhn_ok(body + last):
            return body + last
    raise AssertionError


def make_bad_card() -> str:
    good = make_card(rng.choice([16, 19]))
    return good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)


def vin_check(vin: str) -> str:
    r = sum(VIN_VALUES[c] * w for c, w in zip(vin, VIN_WEIGHTS, strict=True)) % 11
    return "X" if r == 10 else str(r)


def make_vin() -> str:
    wmi = rng.choice(["LSV", "LFV", "LGW", "LVS", "LHG", "LBV", "LGB", "LNB", "LC0", "LDC", "LZW", "LSG"])
    rest = "".join(rng.choice(VIN_CHARS) for _ in range(14))
    vin = wmi + rest[:5] + "0" + rest[6:]
    return vin[:8] + vin_check(vin) + vin[9:]


def make_mobile() -> str:
    return rng.choice(MOBILE_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(8))


def grouped(s: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


NUMBER_TOKENS = {
    "$IDX": lambda: make_id(force_x=True),
    "$ID_sp": lambda: grouped(make_id(), [6, 8, 4]),
    "$ID_fw": lambda: make_id().translate(FULLWIDTH),
    "$ID": make_id,
    "$BADID": make_bad_id,
    "$MOB_sp": lambda: grouped(make_mobile(), [3, 4, 4]),
    "$MOB_dash": lambda: grouped(make_mobile(), [3, 4, 4], "-"),
    "$MOB86d": lambda: "86-" + make_mobile(),
    "$MOB86": lambda: "+86 " + make_mobile(),
    "$MOB_fw": lambda: make_mobile().translate(FULLWIDTH),
    "$MOB": make_mobile,
    "$CARD_g": lambda: grouped(make_card(rng.choice([16, 19])), [4, 4, 4, 4]),
    "$CARD": make_card,
    "$BADCARD": make_bad_card,
    "$VIN": make_vin,
}
TOKEN_RE = re.compile("|".join(re.escape(t) for t in sorted(NUMBER_TOKENS, key=len, reverse=True)))
SPAN_RE = re.compile(r"\{([PIMLBEACV])\|([^{}]+)\}")


def render(src: str) -> dict[str, object]:
    src = TOKEN_RE.sub(lambda m: NUMBER_TOKENS[m.group(0)](), src)
    text, spans, pos = [], [], 0
    length = 0
    for m in SPAN_RE.finditer(src):
        plain = src[pos : m.start()]
        text.append(plain)
        length += len(plain)
        inner = m.group(2)
        spans.append({"start": length, "end": length + len(inner), "type": TYPES[m.group(1)]})
        text.append(inner)
        length += len(inner)
        pos = m.end()
    text.append(src[pos:])
    out = "".join(text)
    if "{" in out or "}" in out or "$" in out:
        raise ValueError(f"unconsumed markup in: {out[:80]}")
    return {"text": out, "spans": spans}


def build(src_name: str, out_name: str, prefix: str) -> int:
    blocks = [b.strip("\n") for b in re.split(r"^---\s*$", (HERE / src_name).read_text("utf-8"), flags=re.M)]
    blocks = [b for b in blocks if b.strip()]
    with (HERE / out_name).open("w", encoding="utf-8") as fh:
        for n, block in enumerate(blocks, 1):
            rec = {"id": f"{prefix}-{n:03d}", **render(block)}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(blocks)


if __name__ == "__main__":
    print(build("pii_complaints.src.txt", "pii_complaints.jsonl", "pc1211"))
    print(build("pii_names_prose.src.txt", "pii_names_prose.jsonl", "np1211"))
