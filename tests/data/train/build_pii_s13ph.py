"""Build pii_s13ph.jsonl from the hand-written markup in pii_s13ph.src.txt.

One record per non-empty line (lines starting with '#' are comments). Spans are written inline as
[[TYPE:text]]; offsets are computed here, never typed. Check-digit numbers are generated with a seeded
RNG from placeholders so that they are valid (or, for the negatives, reliably invalid):

  {id:AREA:YYYYMMDD}   resident ID with a valid check character   ({id_s:...} grouped 6-8-4 with spaces)
  {mob} {mob_sp} {mob_dash} {mob86} {mob86d}   mobile numbers in several writings
  {card16} {card19} {card16_sp} {card19_sp}    bank cards passing Luhn
  {vin}                                        VIN with a valid check digit
  {bad18}   18 digits failing both the ID check and Luhn (policy / invoice numbers)
  {badcard:N} N digits failing Luhn (claim / report numbers)
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from itertools import accumulate, pairwise
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "pii_s13ph.src.txt"
OUT = HERE / "pii_s13ph.jsonl"
RNG = random.Random(1313)

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"
MOB_PREFIX = [f"1{n}" for n in range(30, 100) if n % 10 != 4 and n // 10 in (3, 5, 8, 9)] + ["166", "173", "176", "177"]
VIN_KEYS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
VIN_VAL = dict(zip(VIN_KEYS, map(int, "012345678912345678123457923456789"), strict=True))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def id_check(body: str) -> str:
    return ID_C[sum(int(c) * w for c, w in zip(body, ID_W, strict=True)) % 11]


def luhn_ok(num: str) -> bool:
    doubled = "0246813579"
    digits = [int(c) if i % 2 == 0 else int(doubled[int(c)]) for i, c in enumerate(reversed(num))]
    return sum(digits) % 10 == 0


def luhn_digit(body: str) -> str:
    return next(d for d in "0123456789" if luhn_ok(body + d))


def gen_id(area: str, birth: str) -> str:
    body = area + birth + f"{RNG.randint(1, 999):03d}"
    return body + id_check(body)


def gen_mob() -> str:
    return RNG.choice(MOB_PREFIX) + "".join(RNG.choice("0123456789") for _ in range(8))


def gen_card(n: int) -> str:
    bins = ["622202", "621700", "622848", "621226", "623668", "622588", "621483", "625965", "622908"]
    body = RNG.choice(bins) + "".join(RNG.choice("0123456789") for _ in range(n - 7))
    return body + luhn_digit(body)


def gen_vin() -> str:
    while True:
        chars = [RNG.choice(VIN_KEYS) for _ in range(17)]
        chars[0] = RNG.choice("LJWV")
        total = sum(VIN_VAL[c] * w for c, w in zip(chars, VIN_W, strict=True))
        chars[8] = "X" if total % 11 == 10 else str(total % 11)
        return "".join(chars)


def gen_bad(n: int, id_like: bool) -> str:
    while True:
        num = str(RNG.randint(1, 9)) + "".join(RNG.choice("0123456789") for _ in range(n - 1))
        if luhn_ok(num):
            continue
        if id_like and id_check(num[:17]) == num[17]:
            continue
        return num


def group(s: str, sizes: list[int], sep: str = " ") -> str:
    cuts = [0, *accumulate(sizes)]
    parts = [s[a:b] for a, b in pairwise(cuts)] + [s[cuts[-1] :]]
    return sep.join(part for part in parts if part)


def fill(m: re.Match[str]) -> str:
    key, _, arg = m.group(1).partition(":")
    if key in ("id", "id_s"):
        area, birth = arg.split(":")
        v = gen_id(area, birth)
        return group(v, [6, 8, 4]) if key == "id_s" else v
    if key == "mob":
        return gen_mob()
    if key == "mob_sp":
        return group(gen_mob(), [3, 4, 4])
    if key == "mob_dash":
        return group(gen_mob(), [3, 4, 4], "-")
    if key == "mob86":
        return "+86 " + gen_mob()
    if key == "mob86d":
        return "86-" + gen_mob()
    if key in ("card16", "card19"):
        return gen_card(int(key[4:]))
    if key in ("card16_sp", "card19_sp"):
        return group(gen_card(int(key[4:6])), [4, 4, 4, 4])
    if key == "vin":
        return gen_vin()
    if key == "bad18":
        return gen_bad(18, True)
    if key == "badcard":
        return gen_bad(int(arg), False)
    raise ValueError(f"unknown placeholder {m.group(0)}")


PH = re.compile(r"\{([a-z0-9_]+(?::[^{}]*)?)\}")
MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}


def parse(line: str) -> tuple[str, list[dict[str, object]]]:
    """Drop the markup, keeping the offsets of every [[TYPE:text]] in the plain text."""
    line = PH.sub(fill, line)
    pieces = MARK.split(line)  # plain, type, value, plain, type, value, ..., plain
    plain = "".join(pieces[i] if i % 3 != 1 else "" for i in range(len(pieces)))
    spans: list[dict[str, object]] = []
    cursor = len(pieces[0])
    for typ, val, after in zip(pieces[1::3], pieces[2::3], pieces[3::3], strict=True):
        if typ not in TYPES:
            raise ValueError(f"unknown type {typ} in {line}")
        spans.append({"start": cursor, "end": cursor + len(val), "type": typ})
        cursor += len(val) + len(after)
    if "[[" in plain or "]]" in plain or "{" in plain:
        raise ValueError(f"markup left in: {plain}")
    return plain, spans


def main() -> None:
    lines = [ln.strip() for ln in SRC.read_text(encoding="utf-8").splitlines()]
    records = [parse(ln) for ln in lines if ln and not ln.startswith("#")]
    out = [
        json.dumps({"id": f"pt13ph-{k:04d}", "text": text, "spans": spans}, ensure_ascii=False)
        for k, (text, spans) in enumerate(records, start=1)
    ]
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    tally = Counter(str(span["type"]) for _, spans in records for span in spans)
    bare = sum(not spans for _, spans in records)
    print(f"{len(records)} records; {bare} without spans; {dict(sorted(tally.items()))}", file=sys.stderr)


if __name__ == "__main__":
    main()
