"""Build the 2027-01-13 blind pii sets from hand-written inline markup.

Markup, one record per line (lines starting with ``#`` and blank lines are skipped):
  [[TYPE:text]]          a labelled span, offsets computed here; short aliases P, A, ID, M, L,
                         B, E, LP, V stand for PERSON, ADDRESS, ID_CARD, MOBILE, LANDLINE,
                         BANK_CARD, EMAIL, LICENSE_PLATE, VIN
  [[ID_CARD:*]]          generated resident ID with a valid check character
                         (``*sp`` spaced 6-8-4, ``*:AREA:YEAR`` fixes area code and birth year)
  [[MOBILE:*]]           generated mobile (``*+86``, ``*86-``, ``*sp`` 3-4-4, ``*dash`` 3-4-4)
  [[BANK_CARD:*16]]      generated Luhn-valid card (``*19``, ``*g16``/``*g19`` grouped in fours)
  [[VIN:*]]              generated VIN with a valid check digit
  {{BADID}}              18 digits that fail the ID check (hard negative)
  {{BADCARD}}            19 digits that fail Luhn (hard negative)
Numbers come from a seeded generator, so the output is reproducible.

    python build_from_markup.py     # writes pii_complaints.jsonl and pii_names_prose.jsonl
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
RNG = random.Random(20270113)

AREAS = [
    "440106",
    "440305",
    "440604",
    "441302",
    "445102",
    "450102",
    "450305",
    "451002",
    "460105",
    "460202",
    "350203",
    "350102",
    "350583",
    "330106",
    "330212",
    "330382",
    "320505",
    "320106",
    "310115",
    "310104",
    "340104",
    "340202",
    "360102",
    "360702",
    "510107",
    "511702",
    "500103",
    "500112",
    "520102",
    "522601",
    "530102",
    "532801",
    "540102",
    "542621",
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
MOBILE_PREFIXES = [
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
    "166",
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
    "198",
]


def id_check(body: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(body, ID_WEIGHTS, strict=True)) % 11]


def make_id(spec: str) -> str:
    parts = spec.split(":")
    area = parts[1] if len(parts) > 1 and parts[1] else RNG.choice(AREAS)
    year = int(parts[2]) if len(parts) > 2 else RNG.randint(1950, 2003)
    birth = f"{year:04d}{RNG.randint(1, 12):02d}{RNG.randint(1, 28):02d}"
    body = area + birth + f"{RNG.randint(1, 999):03d}"
    value = body + id_check(body)
    if parts[0] == "*sp":
        value = f"{value[:6]} {value[6:14]} {value[14:]}"
    return value


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def make_card(spec: str) -> str:
    grouped = spec.startswith("*g")
    length = int(spec.lstrip("*g"))
    prefix = RNG.choice(
        ["622848", "621700", "622202", "621226", "623058", "622588", "621483", "625965", "436742", "622908"]
    )
    body = prefix + "".join(str(RNG.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    value = next(body + str(d) for d in range(10) if luhn_ok(body + str(d)))
    if grouped:
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def make_mobile(spec: str) -> str:
    number = RNG.choice(MOBILE_PREFIXES) + "".join(str(RNG.randint(0, 9)) for _ in range(8))
    if spec == "*+86":
        return "+86 " + number
    if spec == "*86-":
        return "86-" + number
    if spec == "*sp":
        return f"{number[:3]} {number[3:7]} {number[7:]}"
    if spec == "*dash":
        return f"{number[:3]}-{number[3:7]}-{number[7:]}"
    return number


def make_vin() -> str:
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = RNG.choice(["LSV", "LFV", "LGB", "LVS", "LBV", "LHG", "LGW", "LSG", "LNB", "LC0"])
    while True:
        chars = list(
            wmi
            + "".join(RNG.choice(alphabet) for _ in range(5))
            + "0"
            + RNG.choice("MNPR")
            + "".join(RNG.choice(alphabet) for _ in range(7))
        )
        total = sum(VIN_VALUES[c] * w for c, w in zip(chars, VIN_WEIGHTS, strict=True))
        check = "X" if total % 11 == 10 else str(total % 11)
        chars[8] = check
        return "".join(chars)


def bad_id() -> str:
    while True:
        body = RNG.choice(["2026", "2025"]) + "".join(str(RNG.randint(0, 9)) for _ in range(13))
        last = str(RNG.randint(0, 9))
        if last != id_check(body):
            return body + last


def bad_card() -> str:
    while True:
        digits = "".join(str(RNG.randint(0, 9)) for _ in range(19))
        if not luhn_ok(digits):
            return digits


GENERATORS = {"ID_CARD": make_id, "MOBILE": make_mobile, "BANK_CARD": make_card, "VIN": lambda spec: make_vin()}
ALIASES = {
    "P": "PERSON",
    "A": "ADDRESS",
    "ID": "ID_CARD",
    "M": "MOBILE",
    "L": "LANDLINE",
    "B": "BANK_CARD",
    "E": "EMAIL",
    "LP": "LICENSE_PLATE",
    "V": "VIN",
}
TOKEN = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(BADID|BADCARD)\}\}")


def parse(line: str) -> tuple[str, list[dict[str, object]]]:
    text, pos = "", 0
    spans: list[dict[str, object]] = []
    for m in TOKEN.finditer(line):
        text += line[pos : m.start()]
        pos = m.end()
        if m.group(3):
            text += bad_id() if m.group(3) == "BADID" else bad_card()
            continue
        kind, value = ALIASES.get(m.group(1), m.group(1)), m.group(2)
        if value.startswith("*"):
            value = GENERATORS[kind](value)
        spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
        text += value
    text += line[pos:]
    assert "[[" not in text and "]]" not in text and "{{" not in text, line
    return text, spans


def build(source: str, prefix: str, target: str) -> None:
    lines = [ln.strip() for ln in (HERE / "markup" / source).read_text(encoding="utf-8").splitlines()]
    records: list[dict[str, object]] = []
    for line in lines:
        if not line or line.startswith("#"):
            continue
        text, spans = parse(line)
        records.append({"id": f"{prefix}-{len(records) + 1:03d}", "text": text, "spans": spans})
    with (HERE / target).open("w", encoding="utf-8") as out:
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{target}: {len(records)} records")


if __name__ == "__main__":
    build("complaints.txt", "pc0113", "pii_complaints.jsonl")
    build("names_prose.txt", "np0113", "pii_names_prose.jsonl")
