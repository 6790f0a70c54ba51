"""Build the blind pii evaluation round of 2027-01-29 from its hand-written sources.

Standard library only. ``python build_pii.py`` rewrites the two .jsonl files from the two .src.txt files;
``python build_pii.py --check`` only compares and exits 1 on any difference.

Source format (one record per line; blank lines and lines starting with ``#`` are skipped; ids are given
in order: pc0129-001, pc0129-002, ...):

- ``[[TYPE:text]]`` marks a labelled span; TYPE is one of the nine pii types.
- ``{{MACRO:arg}}`` is replaced by a generated value before offsets are computed; the random parts come
  from a generator seeded with the fixed SEED and the record id, so every run gives the same text.

Macros (``|`` separates options):

- ``{{ID:area6[|s]}}``: resident id (GB 11643) with a random birth date and sequence and a VALID check
  character; a longer prefix (up to 17 characters) fixes more of it; ``|s`` writes it as 6 8 4 with spaces.
- ``{{BADID:prefix[|s]}}``: 18 digits whose last digit FAILS the GB 11643 check (for policy, invoice and
  report numbers). A 6-digit prefix is filled like a real id (birth date, sequence): the hardest negative.
- ``{{CARD:prefix|length[|4|4-]}}``: bank card passing Luhn; ``|4`` groups by four with spaces, ``|4-`` with dashes.
- ``{{BADCARD:prefix|length[|4|4-]}}``: digits of that length FAILING Luhn.
- ``{{VIN:head[?tail]}}``: VIN (ISO 3779) with a VALID check digit at position 9; ``head`` fixes positions
  1-8 (filled at random when shorter), ``tail`` positions 10-17 (model year, plant, serial when absent).
- ``{{USCC:prefix}}``: unified social credit code (GB 32100) with a valid check character: an organisation's
  number, never labelled.
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = "xiaobao-s19-fresh-b-2027-01-29"
SOURCES = (
    ("pii_complaints.src.txt", "pii_complaints.jsonl", "pc0129-"),
    ("pii_names_prose.src.txt", "pii_names_prose.jsonl", "np0129-"),
)
TYPES = (
    "PERSON",
    "ID_CARD",
    "MOBILE",
    "LANDLINE",
    "BANK_CARD",
    "EMAIL",
    "ADDRESS",
    "LICENSE_PLATE",
    "VIN",
)

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
VIN_ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_YEARS = "HJKLMNPRS"  # 2017-2025
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def id_check(first17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError(body)


def vin_check(vin17: str) -> str:
    total = sum(VIN_VALUES[c] * w for c, w in zip(vin17, VIN_WEIGHTS, strict=True))
    r = total % 11
    return "X" if r == 10 else str(r)


def uscc_check(first17: str) -> str:
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _birth(rng: random.Random) -> str:
    start = date(1948, 1, 1)
    day = start + timedelta(days=rng.randrange((date(2004, 12, 31) - start).days))
    return day.strftime("%Y%m%d")


def _group(value: str, opts: list[str]) -> str:
    if "4" in opts:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    if "4-" in opts:
        return "-".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def _id_body(prefix: str, rng: random.Random, id_like: bool) -> str:
    body = prefix
    if id_like and len(body) == 6:
        body += _birth(rng)
    body += _digits(rng, 17 - len(body))
    return body


def _id_format(value: str, opts: list[str]) -> str:
    if "s" in opts:
        return f"{value[:6]} {value[6:14]} {value[14:]}"
    return value


def expand_macro(name: str, arg: str, rng: random.Random) -> str:
    parts = arg.split("|")
    prefix, opts = parts[0], parts[1:]
    if name == "ID":
        body = _id_body(prefix, rng, id_like=True)
        return _id_format(body + id_check(body), opts)
    if name == "BADID":
        body = _id_body(prefix, rng, id_like=len(prefix) == 6)
        good = id_check(body)
        bad = rng.choice([c for c in "0123456789" if c != good])
        return _id_format(body + bad, opts)
    if name in ("CARD", "BADCARD"):
        length = int(opts[0])
        body = prefix + _digits(rng, length - 1 - len(prefix))
        good = luhn_digit(body)
        last = good if name == "CARD" else rng.choice([c for c in "0123456789" if c != good])
        return _group(body + last, opts[1:])
    if name == "VIN":
        head, _, tail = prefix.partition("?")
        head += "".join(rng.choice(VIN_ALPHABET) for _ in range(8 - len(head)))
        if not tail:
            tail = rng.choice(VIN_YEARS) + rng.choice(VIN_ALPHABET)
        tail += _digits(rng, 8 - len(tail))
        vin = head + "0" + tail
        assert len(vin) == 17 and all(c in VIN_ALPHABET for c in vin), vin
        return head + vin_check(vin) + tail
    if name == "USCC":
        body = prefix + "".join(rng.choice(USCC_ALPHABET) for _ in range(17 - len(prefix)))
        return body + uscc_check(body)
    raise ValueError(f"unknown macro {name}")


MACRO_RE = re.compile(r"\{\{([A-Z]+):([^{}]*)\}\}")
SPAN_RE = re.compile(r"\[\[([A-Z_]+):([^\[\]]+)\]\]")


def build_record(rid: str, line: str) -> dict:
    rng = random.Random(f"{SEED}/{rid}")
    expanded = MACRO_RE.sub(lambda m: expand_macro(m.group(1), m.group(2), rng), line)
    if "{{" in expanded or "}}" in expanded:
        raise ValueError(f"{rid}: unexpanded macro in {line!r}")
    text_parts: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in SPAN_RE.finditer(expanded):
        before = expanded[pos : m.start()]
        text_parts.append(before)
        length += len(before)
        kind, value = m.group(1), m.group(2)
        if kind not in TYPES:
            raise ValueError(f"{rid}: unknown type {kind}")
        spans.append({"start": length, "end": length + len(value), "type": kind})
        text_parts.append(value)
        length += len(value)
        pos = m.end()
    text_parts.append(expanded[pos:])
    text = "".join(text_parts)
    if "[[" in text or "]]" in text:
        raise ValueError(f"{rid}: broken markup in {line!r}")
    return {"id": rid, "text": text, "spans": spans}


def build(src: Path, prefix: str) -> str:
    out: list[str] = []
    n = 0
    for raw in src.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        n += 1
        record = build_record(f"{prefix}{n:03d}", line)
        out.append(json.dumps(record, ensure_ascii=False) + "\n")
    return "".join(out)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    status = 0
    for src_name, out_name, prefix in SOURCES:
        src = HERE / src_name
        if not src.exists():
            continue
        data = build(src, prefix)
        out = HERE / out_name
        if check:
            same = out.exists() and out.read_text(encoding="utf-8") == data
            print(f"{out_name}: {'identical' if same else 'DIFFERS'}")
            status |= 0 if same else 1
        else:
            out.write_text(data, encoding="utf-8")
            print(f"{out_name}: {data.count(chr(10))} records")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
