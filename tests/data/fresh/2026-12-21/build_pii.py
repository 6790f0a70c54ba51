"""Build the blind 2026-12-21 pii sets from hand-written inline markup (standard library only).

Source files in ``pii_source/``: records separated by a line holding only ``---``. In a record:
``[[TYPE:text]]`` marks a span; ``\\t`` is a tab; the placeholders below are filled by a seeded
generator so that every check-digit number is valid (labelled) or deliberately invalid (unlabelled):

  {{ID}} {{ID_SP}} {{IDX}}      resident ID (plain / grouped 6-8-4 with spaces / check char X)  -> ID_CARD
  {{CARD}} {{CARD4}} {{CARD19}} bank card (16 digits / grouped in fours / 19 digits)           -> BANK_CARD
  {{VIN}}                       VIN with a valid check digit                                    -> VIN
  {{MOB}} {{MOB_DASH}} {{MOB_SP}} {{MOB86}} {{MOB86D}}  mobile (plain / 3-4-4 dashes / spaces / +86 / 86-)  -> MOBILE
  {{BADID}}                     18 digits failing the ID check (unlabelled)
  {{BADCARD}}                   16-19 digits failing Luhn (unlabelled)

Usage: python build_pii.py   (writes pii_complaints.jsonl and pii_names_prose.jsonl beside this file)
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
RNG = random.Random(20261221)

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
AREAS = [
    "110105",
    "120104",
    "130602",
    "140105",
    "150102",
    "152502",
    "210202",
    "220403",
    "222401",
    "230103",
    "310115",
    "320583",
    "330106",
    "340104",
    "350203",
    "360102",
    "370202",
    "410105",
    "420111",
    "430104",
    "440305",
    "441900",
    "450103",
    "460108",
    "500105",
    "510107",
    "520102",
    "530102",
    "532901",
    "540102",
    "610113",
    "620102",
    "630104",
    "632801",
    "640104",
    "650102",
    "650203",
    "652301",
    "654002",
    "659001",
]


def id_check(first17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def gen_id(want_x: bool = False) -> str:
    while True:
        body = (
            RNG.choice(AREAS)
            + f"{RNG.randint(1948, 2004)}{RNG.randint(1, 12):02d}{RNG.randint(1, 28):02d}"
            + f"{RNG.randint(0, 999):03d}"
        )
        c = id_check(body)
        if (c == "X") == want_x:
            return body + c


def gen_bad_id() -> str:
    good = gen_id()
    wrong = RNG.choice([c for c in "0123456789" if c != good[-1]])
    return good[:-1] + wrong


def luhn_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


BINS = ["622202", "621700", "622848", "621226", "622588", "621483", "623058", "622908", "621661", "625965"]


def gen_card(length: int = 16) -> str:
    payload = RNG.choice(BINS) + "".join(RNG.choice("0123456789") for _ in range(length - 7))
    return payload + luhn_digit(payload)


def gen_bad_card(length: int | None = None) -> str:
    n = length or RNG.choice([16, 18, 19])
    good = gen_card(n)
    wrong = RNG.choice([c for c in "0123456789" if c != good[-1]])
    return good[:-1] + wrong


VIN_VALUES = {**{str(i): i for i in range(10)}}
for letters, start in (("ABCDEFGH", 1), ("JKLMN", 1), ("PR", 7), ("STUVWXYZ", 2)):
    for k, ch in enumerate(letters):
        VIN_VALUES[ch] = start + k
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
WMIS = ["LSV", "LFV", "LGB", "LVS", "LHG", "LBV", "LNB", "LGX", "LDC", "LZW", "LJD", "LRW"]


def gen_vin() -> str:
    chars = list(
        RNG.choice(WMIS)
        + "".join(RNG.choice(VIN_CHARS) for _ in range(5))
        + "0"
        + RNG.choice("ABCDEFGHJKLMNPRSTVWXY")
        + "".join(RNG.choice(VIN_CHARS) for _ in range(7))
    )
    total = sum(VIN_VALUES[c] * w for c, w in zip(chars, VIN_WEIGHTS, strict=True))
    r = total % 11
    chars[8] = "X" if r == 10 else str(r)
    return "".join(chars)


MOBILE_PREFIXES = [
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "173",
    "177",
    "180",
    "181",
    "182",
    "183",
    "185",
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


def gen_mobile() -> str:
    return RNG.choice(MOBILE_PREFIXES) + "".join(RNG.choice("0123456789") for _ in range(8))


def fill(name: str) -> tuple[str, str | None]:
    if name == "ID":
        return gen_id(), "ID_CARD"
    if name == "IDX":
        return gen_id(want_x=True), "ID_CARD"
    if name == "ID_SP":
        v = gen_id()
        return f"{v[:6]} {v[6:14]} {v[14:]}", "ID_CARD"
    if name == "CARD":
        return gen_card(16), "BANK_CARD"
    if name == "CARD19":
        return gen_card(19), "BANK_CARD"
    if name == "CARD4":
        v = gen_card(RNG.choice([16, 19]))
        return " ".join(v[i : i + 4] for i in range(0, len(v), 4)), "BANK_CARD"
    if name == "VIN":
        return gen_vin(), "VIN"
    if name == "MOB":
        return gen_mobile(), "MOBILE"
    if name == "MOB_DASH":
        v = gen_mobile()
        return f"{v[:3]}-{v[3:7]}-{v[7:]}", "MOBILE"
    if name == "MOB_SP":
        v = gen_mobile()
        return f"{v[:3]} {v[3:7]} {v[7:]}", "MOBILE"
    if name == "MOB86":
        return "+86" + gen_mobile(), "MOBILE"
    if name == "MOB86D":
        return "86-" + gen_mobile(), "MOBILE"
    if name == "BADID":
        return gen_bad_id(), None
    if name == "BADCARD":
        return gen_bad_card(), None
    raise ValueError(f"unknown placeholder {name}")


TOKEN = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{([A-Z0-9_]+)\}\}")


def parse(record: str) -> tuple[str, list[dict[str, object]]]:
    record = record.replace("\\t", "\t")
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in TOKEN.finditer(record):
        plain = record[pos : m.start()]
        out.append(plain)
        length += len(plain)
        if m.group(1):
            value, typ = m.group(2), m.group(1)
        else:
            value, typ = fill(m.group(3))
        if typ:
            spans.append({"start": length, "end": length + len(value), "type": typ})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(record[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text:
        raise ValueError(f"unparsed markup in: {text[:80]}")
    return text, spans


def build(src: Path, dst: Path, prefix: str) -> int:
    blocks = [b.strip("\n") for b in re.split(r"(?m)^---$", src.read_text(encoding="utf-8"))]
    blocks = [b for b in blocks if b.strip()]
    with dst.open("w", encoding="utf-8") as fh:
        for i, block in enumerate(blocks, 1):
            text, spans = parse(block)
            fh.write(json.dumps({"id": f"{prefix}-{i:03d}", "text": text, "spans": spans}, ensure_ascii=False) + "\n")
    return len(blocks)


if __name__ == "__main__":
    n1 = build(HERE / "pii_source" / "complaints.txt", HERE / "pii_complaints.jsonl", "pc1221")
    n2 = build(HERE / "pii_source" / "names_prose.txt", HERE / "pii_names_prose.jsonl", "np1221")
    print(f"pii_complaints.jsonl: {n1} records; pii_names_prose.jsonl: {n2} records")
