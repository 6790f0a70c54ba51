"""Seeded generator of the invented identifiers used in the s10-fresh-a sets (standard library only).

`python gen_numbers.py` prints a pool of numbers; the record sources under `src/` use numbers taken from this
pool (written into the text by hand, sometimes with spaces, dashes or full-width digits). Nothing here is a
real person's number: IDs, cards and VINs are random values given valid check characters; the "negative"
numbers are made to fail their check on purpose.
"""

from __future__ import annotations

import random

from validate import id_check_char, luhn_ok, vin_check_char

VIN_ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
AREAS = (
    "650102",
    "650104",
    "650105",
    "652301",
    "654002",
    "652801",
    "653101",
    "659001",
    "110105",
    "310115",
    "510107",
    "620102",
    "640104",
    "632801",
    "410105",
    "130602",
)


def make_id(rng: random.Random) -> str:
    year = rng.randint(1948, 2004)
    body = f"{rng.choice(AREAS)}{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    return body + id_check_char(body)


def make_card(rng: random.Random, length: int) -> str:
    prefix = rng.choice(("622848", "621700", "622202", "621226", "623058", "622588", "621799"))
    while True:
        digits = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
        if luhn_ok(digits):
            return digits


def make_vin(rng: random.Random) -> str:
    wmi = rng.choice(("LSV", "LFV", "LGB", "LVS", "LHG", "LGW", "LBV", "LSG", "LC0", "LNB"))
    chars = list(wmi + "".join(rng.choice(VIN_ALPHABET) for _ in range(14)))
    chars[8] = "0"
    chars[8] = vin_check_char("".join(chars))
    return "".join(chars)


def make_mobile(rng: random.Random) -> str:
    return "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))


def bad_id_like(rng: random.Random) -> str:
    while True:
        s = "".join(rng.choice("0123456789") for _ in range(18))
        if id_check_char(s[:17]) != s[17]:
            return s


def bad_luhn(rng: random.Random, length: int) -> str:
    while True:
        s = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(length - 1))
        if not luhn_ok(s):
            return s


def main() -> None:
    rng = random.Random(20261209)
    for kind, maker in (
        ("ID", lambda: make_id(rng)),
        ("CARD16", lambda: make_card(rng, 16)),
        ("CARD19", lambda: make_card(rng, 19)),
        ("VIN", lambda: make_vin(rng)),
        ("MOBILE", lambda: make_mobile(rng)),
        ("NOT_ID18", lambda: bad_id_like(rng)),
        ("NOT_CARD16", lambda: bad_luhn(rng, 16)),
        ("NOT_CARD19", lambda: bad_luhn(rng, 19)),
        ("NOT_CARD20", lambda: bad_luhn(rng, 20)),
    ):
        print(kind, " ".join(maker() for _ in range(30)))


if __name__ == "__main__":
    main()
