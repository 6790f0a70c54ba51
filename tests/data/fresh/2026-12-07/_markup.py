"""Markup for the hand-written pii records of this fresh set (no engine code used).

A record is written by hand as one string.  Labelled spans are written inline:

    {P:王建国}            PERSON, literal text
    {ADDR:...} {MOB:...} {TEL:...} {EM:...} {PLATE:...}   literal spans of the other types
    {ID} {ID:s} {ID:x}    an ID_CARD generated with a valid check character (s = spaced 6 8 4, x = ends in X)
    {CARD} {CARD:s}       a BANK_CARD passing Luhn (s = grouped in fours)
    {VIN}                 a VIN with a valid check digit
    {BADID}               an 18-digit number that FAILS the ID check (unlabelled hard negative)
    {BADCARD} {BADCARD:n} a 16..19-digit number that FAILS Luhn (unlabelled hard negative)

The generator draws the numbers from random.Random(seed) in record order, so the output is deterministic.
"""

from __future__ import annotations

import random
import re

TYPES = {
    "P": "PERSON",
    "ADDR": "ADDRESS",
    "MOB": "MOBILE",
    "TEL": "LANDLINE",
    "EM": "EMAIL",
    "PLATE": "LICENSE_PLATE",
    "ID": "ID_CARD",
    "CARD": "BANK_CARD",
    "VIN": "VIN",
}

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=False)),
    **dict(zip("JKLMN", range(1, 6), strict=False)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=False)),
}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]

# Area-code prefixes (mostly Xinjiang 65xxxx, some elsewhere) used for generated ID numbers.
AREAS = ["650102", "650103", "650104", "650105", "650106", "650121", "652301", "652801", "653101",
         "653201", "654002", "654003", "652101", "659001", "652901", "620102", "510104", "411302",
         "370211", "622921", "110105", "440106"]


def id_check(body17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS, strict=False)) % 11]


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


def vin_check(vin: str) -> str:
    s = sum(VIN_VALUES[c] * w for c, w in zip(vin, VIN_WEIGHTS, strict=False)) % 11
    return "X" if s == 10 else str(s)


def gen_id(rng: random.Random, want_x: bool = False) -> str:
    while True:
        year = rng.randint(1938, 2006)
        body = (rng.choice(AREAS) + f"{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
                + f"{rng.randint(0, 999):03d}")
        check = id_check(body)
        if not want_x or check == "X":
            return body + check


def gen_bad_id(rng: random.Random) -> str:
    while True:
        s = "".join(rng.choice("0123456789") for _ in range(18))
        if s[0] != "0" and id_check(s[:17]) != s[17] and not luhn_ok(s):
            return s


def gen_card(rng: random.Random) -> str:
    prefix = rng.choice(["622202", "621700", "622848", "623668", "621226", "622908", "625807", "621661"])
    length = rng.choice([16, 19, 19, 19])
    while True:
        s = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
        if luhn_ok(s):
            return s


def gen_bad_card(rng: random.Random, n: int) -> str:
    while True:
        s = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))
        if not luhn_ok(s) and not (n == 18 and id_check(s[:17]) == s[17]):
            return s


def gen_vin(rng: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = rng.choice(["LSV", "LFV", "LGB", "LVS", "LHG", "LBV", "LGW", "LDC", "LSG", "LZW"])
    while True:
        rest = "".join(rng.choice(chars) for _ in range(5)) + "0" + rng.choice("MNPRS") + \
            "".join(rng.choice(chars) for _ in range(1)) + "".join(rng.choice("0123456789") for _ in range(6))
        vin = wmi + rest
        vin = vin[:8] + vin_check(vin) + vin[9:]
        if vin_check(vin) == vin[8]:
            return vin


def group4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


TOKEN = re.compile(r"\{(P|ADDR|MOB|TEL|EM|PLATE|ID|CARD|VIN|BADID|BADCARD)(?::([^{}]*))?\}")


def render(marked: str, rng: random.Random) -> tuple[str, list[dict]]:
    """Turn one marked-up record into (text, spans)."""
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in TOKEN.finditer(marked):
        before = marked[pos:m.start()]
        out.append(before)
        length += len(before)
        kind, arg = m.group(1), m.group(2)
        label = None
        if kind == "ID":
            v = gen_id(rng, want_x=(arg == "x"))
            if arg == "s":
                v = f"{v[:6]} {v[6:14]} {v[14:]}"
            label = "ID_CARD"
        elif kind == "CARD":
            v = gen_card(rng)
            if arg == "s":
                v = group4(v)
            label = "BANK_CARD"
        elif kind == "VIN":
            v = gen_vin(rng)
            label = "VIN"
        elif kind == "BADID":
            v = gen_bad_id(rng)
        elif kind == "BADCARD":
            v = gen_bad_card(rng, int(arg) if arg else 19)
        else:
            if arg is None:
                raise ValueError(f"literal span without text in {marked!r}")
            v = arg
            label = TYPES[kind]
        if label:
            spans.append({"start": length, "end": length + len(v), "type": label})
        out.append(v)
        length += len(v)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "{" in text or "}" in text:
        raise ValueError(f"unparsed markup in {marked!r}")
    return text, spans
