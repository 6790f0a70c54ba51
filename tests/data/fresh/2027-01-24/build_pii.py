"""Build the 2027-01-24 blind pii round from its hand-written sources (standard library only).

Sources: ``pii_complaints.src.txt`` -> ``pii_complaints.jsonl`` (ids pc0124-NNN) and
``pii_names_prose.src.txt`` -> ``pii_names_prose.jsonl`` (ids np0124-NNN).

One record per line, numbered in file order; blank lines and lines starting with ``#`` are skipped.
Labelled spans are written inline as ``[[TYPE:text]]``. Numbers that need check digits are written as
tokens, expanded before the spans are measured, with one fixed-seed generator in file order:

``{{ID:area:yyyymmdd:M|F}}``      resident ID (GB 11643) with a valid check character; 5th field ``s``
                                  writes it in groups 6-8-4 with spaces
``{{N18:prefix}}``                18 digits that fail the ID check and fail Luhn (policy/invoice numbers)
``{{CARD:prefix:length}}``        bank card passing Luhn; 3rd field ``g`` groups it in fours with spaces
``{{NOLUHN:prefix:length}}``      16-19 digits failing Luhn (claim/report numbers); ``g`` as above
``{{VIN:8 chars}}``               VIN (ISO 3779) with a valid check digit at position 9
``{{BADVIN:8 chars}}``            17 VIN characters with a wrong check digit

``python build_pii.py`` rewrites both .jsonl files; the output is the same byte for byte on every run.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20270124
TYPES = ("PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN")
FILES = (
    ("pii_complaints.src.txt", "pii_complaints.jsonl", "pc0124-"),
    ("pii_names_prose.src.txt", "pii_names_prose.jsonl", "np0124-"),
)

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_YEARS = "EFGHJKLMNPRST"  # model years 2014-2026

TOKEN = re.compile(r"\{\{([A-Z0-9]+):([^{}]*)\}\}")
SPAN = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")


def id_check(first17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError(body)


def vin_check(vin: str) -> str:
    total = sum(VIN_VALUES[c] * w for c, w in zip(vin, VIN_WEIGHTS, strict=True))
    r = total % 11
    return "X" if r == 10 else str(r)


def id_valid(s: str) -> bool:
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17]


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def expand(kind: str, arg: str, rng: random.Random) -> str:
    f = arg.split(":")
    if kind == "ID":
        area, birth, sex = f[0], f[1], f[2]
        assert len(area) == 6 and len(birth) == 8 and sex in "MF", arg
        while True:
            seq = digits(rng, 2)
            last = rng.choice("13579" if sex == "M" else "02468")
            body = area + birth + seq + last
            out = body + id_check(body)
            if not (out.isdigit() and luhn_ok(out)):
                break
        if len(f) > 3 and f[3] == "s":
            out = f"{out[:6]} {out[6:14]} {out[14:]}"
        return out
    if kind == "N18":
        while True:
            out = f[0] + digits(rng, 18 - len(f[0]))
            if not id_valid(out) and not luhn_ok(out):
                return out
    if kind in ("CARD", "NOLUHN"):
        prefix, length = f[0], int(f[1])
        while True:
            body = prefix + digits(rng, length - len(prefix) - 1)
            good = luhn_digit(body)
            wrong = [d for d in "0123456789" if d != good]
            out = body + (good if kind == "CARD" else rng.choice(wrong))
            if not id_valid(out):
                break
        return group4(out) if len(f) > 2 and f[2] == "g" else out
    if kind in ("VIN", "BADVIN"):
        head = f[0]
        assert len(head) == 8 and all(c in VIN_CHARS for c in head), arg
        tail = rng.choice(VIN_YEARS) + rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 6)
        good = vin_check(head + "0" + tail)
        if kind == "VIN":
            return head + good + tail
        return head + rng.choice([c for c in "0123456789X" if c != good]) + tail
    raise ValueError(f"unknown token {kind}:{arg}")


def parse(line: str, rng: random.Random) -> tuple[str, list[dict]]:
    line = TOKEN.sub(lambda m: expand(m.group(1), m.group(2), rng), line)
    text, spans, pos = [], [], 0
    length = 0
    for m in SPAN.finditer(line):
        plain = line[pos : m.start()]
        text.append(plain)
        length += len(plain)
        kind, inner = m.group(1), m.group(2)
        if kind not in TYPES:
            raise ValueError(f"bad type {kind} in {line!r}")
        spans.append({"start": length, "end": length + len(inner), "type": kind})
        text.append(inner)
        length += len(inner)
        pos = m.end()
    text.append(line[pos:])
    out = "".join(text)
    if "[[" in out or "]]" in out or "{{" in out or "}}" in out:
        raise ValueError(f"unbalanced markup: {line!r}")
    return out, spans


def build() -> None:
    rng = random.Random(SEED)
    for src, dst, prefix in FILES:
        rows = []
        for raw in (HERE / src).read_text(encoding="utf-8").splitlines():
            if not raw.strip() or raw.startswith("#"):
                continue
            text, spans = parse(raw.strip(), rng)
            rows.append({"id": f"{prefix}{len(rows) + 1:03d}", "text": text, "spans": spans})
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        (HERE / dst).write_text(body, encoding="utf-8", newline="\n")
        print(f"{dst}: {len(rows)} records")


if __name__ == "__main__":
    build()
