#!/usr/bin/env python3
"""Build the pii evaluation files of this folder from the hand-written sources.

Sources (one record per line, ``#`` lines and blank lines are ignored):
  pii_complaints.src.txt   -> pii_complaints.jsonl   ids pc0128-NNN in line order
  pii_names_prose.src.txt  -> pii_names_prose.jsonl  ids np0128-NNN in line order

Inline markup:
  [[TYPE:text]]      a labelled span of TYPE (PERSON, ID_CARD, MOBILE, LANDLINE, BANK_CARD,
                     EMAIL, ADDRESS, LICENSE_PLATE, VIN)
  <<KIND:text>>      an unlabelled generated number (KIND = ID, CARD or VIN), for hard negatives

Inside ID_CARD / BANK_CARD / VIN spans and <<...>> tokens:
  #  a digit drawn from the seeded generator
  ?  the check character computed so that the number is valid
     (GB 11643 MOD 11-2 for IDs, Luhn for cards, ISO 3779 position 9 for VINs)
  !  a check character chosen so that the number FAILS the check (for IDs it also fails Luhn)

Standard library only. ``python build_pii.py`` rewrites both .jsonl files byte for byte.
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20270128
DAY = "0128"
FILES = [
    ("pii_complaints.src.txt", "pii_complaints.jsonl", f"pc{DAY}-"),
    ("pii_names_prose.src.txt", "pii_names_prose.jsonl", f"np{DAY}-"),
]
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}
TOKEN = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|<<(ID|CARD|VIN):(.+?)>>")

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_VALUES = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
              **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
              **dict(zip("STUVWXYZ", range(2, 10), strict=True))}


def id_check(body17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS, strict=True)) % 11]


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


def vin_check(vin17: str) -> str:
    total = sum(VIN_VALUES[c] * w for c, w in zip(vin17, VIN_WEIGHTS, strict=True))
    r = total % 11
    return "X" if r == 10 else str(r)


def fill(kind: str, raw: str, rng: random.Random) -> str:
    """Replace # with seeded digits, then ? / ! with a valid / failing check character."""
    chars = [str(rng.randrange(10)) if c == "#" else c for c in raw]
    marks = [i for i, c in enumerate(chars) if c in "?!"]
    if not marks:
        return "".join(chars)
    if len(marks) != 1:
        raise ValueError(f"more than one check mark in {raw!r}")
    pos = marks[0]
    mark = chars[pos]
    alnum = [i for i, c in enumerate(chars) if c.isalnum() or c in "?!"]
    if kind == "ID":
        if len(alnum) != 18 or alnum[-1] != pos:
            raise ValueError(f"ID needs 18 characters with the mark last: {raw!r}")
        body = "".join(chars[i] for i in alnum[:-1])
        good = id_check(body)
        if mark == "?":
            chars[pos] = good
        else:
            bad = [d for d in "0123456789" if d != good and not luhn_ok(body + d)]
            chars[pos] = rng.choice(bad)
    elif kind == "CARD":
        if not 16 <= len(alnum) <= 19 or alnum[-1] != pos:
            raise ValueError(f"card needs 16-19 digits with the mark last: {raw!r}")
        body = "".join(chars[i] for i in alnum[:-1])
        good = next(d for d in "0123456789" if luhn_ok(body + d))
        chars[pos] = good if mark == "?" else rng.choice([d for d in "0123456789" if d != good])
    elif kind == "VIN":
        if len(alnum) != 17 or alnum[8] != pos:
            raise ValueError(f"VIN needs 17 characters with the mark at position 9: {raw!r}")
        vin = "".join("0" if i == pos else chars[i] for i in alnum)
        good = vin_check(vin)
        chars[pos] = good if mark == "?" else rng.choice([d for d in "0123456789X" if d != good])
    else:
        raise ValueError(f"no check for {kind}")
    return "".join(chars)


KIND_OF = {"ID_CARD": "ID", "BANK_CARD": "CARD", "VIN": "VIN"}


def build_line(line: str, rng: random.Random) -> tuple[str, list[dict]]:
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in TOKEN.finditer(line):
        before = line[pos:m.start()]
        out.append(before)
        length += len(before)
        if m.group(1):
            typ, raw = m.group(1), m.group(2)
            if typ not in TYPES:
                raise ValueError(f"unknown type {typ}")
            text = fill(KIND_OF[typ], raw, rng) if typ in KIND_OF else raw
            spans.append({"start": length, "end": length + len(text), "type": typ})
        else:
            text = fill(m.group(3), m.group(4), rng)
        out.append(text)
        length += len(text)
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    for bad in ("[[", "]]", "<<", ">>"):
        if bad in text:
            raise ValueError(f"stray markup {bad!r} in: {text}")
    return text, spans


def build(src: Path, prefix: str, rng: random.Random) -> str:
    lines = []
    n = 0
    for lineno, raw in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        n += 1
        try:
            text, spans = build_line(raw.strip(), rng)
        except ValueError as exc:
            raise SystemExit(f"{src.name}:{lineno}: {exc}") from None
        rec = {"id": f"{prefix}{n:03d}", "text": text, "spans": spans}
        lines.append(json.dumps(rec, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)


def main() -> int:
    rng = random.Random(SEED)
    for src_name, out_name, prefix in FILES:
        src = HERE / src_name
        if not src.exists():
            continue
        data = build(src, prefix, rng)
        (HERE / out_name).write_text(data, encoding="utf-8")
        print(f"{out_name}: {data.count(chr(10))} records")
    return 0


if __name__ == "__main__":
    sys.exit(main())
