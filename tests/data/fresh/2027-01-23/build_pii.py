"""Build the pii evaluation round of 2027-01-23 from the hand-written sources.

Standard library only.  `python build_pii.py` rewrites pii_complaints.jsonl and
pii_names_prose.jsonl next to this file; the output is reproducible byte for byte.

Source format (one record per line; blank lines and lines starting with '#' are skipped;
ids are given by line order):
    [[TYPE:text]]      a labelled span; TYPE is one of the nine pii types
    {{...}}            a generated number (may sit inside or outside a span):
      {{ID:AAAAAA:YYYYMMDD:m|f[:s]}}   resident ID with a valid GB 11643 check character
                                       (s = written 6 8 4 with spaces)
      {{BADID:PREFIX}}                 18 digits starting with PREFIX whose last digit fails the check
      {{CARD:PREFIX:LEN[:g|d]}}        bank card passing Luhn (g = groups of four with spaces, d = dashes)
      {{BADCARD:PREFIX:LEN}}           digits failing Luhn
      {{VIN:POS1-8:POS10-17}}          VIN with the ISO 3779 check digit at position 9
      {{BADVIN:POS1-8:POS10-17}}       same shape with a wrong check digit
Random digits come from random.Random seeded with "<record id>:<placeholder index>".
"""
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DAY = "0123"
SETS = [
    ("pii_complaints.src.txt", "pii_complaints.jsonl", f"pc{DAY}-"),
    ("pii_names_prose.src.txt", "pii_names_prose.jsonl", f"np{DAY}-"),
]
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
VIN_VALUES = {**{str(d): d for d in range(10)},
              **dict(zip("ABCDEFGH", range(1, 9), strict=True)), **dict(zip("JKLMN", range(1, 6), strict=True)),
              "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def id_check(first17):
    return ID_CHECK[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError(body)


def vin_check(vin17):
    total = sum(VIN_VALUES[c] * w for c, w in zip(vin17, VIN_WEIGHTS, strict=True))
    r = total % 11
    return "X" if r == 10 else str(r)


def rand_digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def group(digits, sep):
    return sep.join(digits[i:i + 4] for i in range(0, len(digits), 4))


def generate(spec, rng):
    parts = spec.split(":")
    kind = parts[0]
    if kind == "ID":
        area, birth, sex = parts[1], parts[2], parts[3]
        assert len(area) == 6 and len(birth) == 8, spec
        seq = rng.randrange(1, 99) * 10 + (rng.choice([1, 3, 5, 7, 9]) if sex == "m" else rng.choice([0, 2, 4, 6, 8]))
        seq %= 1000
        if (sex == "m" and seq % 2 == 0) or (sex == "f" and seq % 2 == 1):
            raise AssertionError(spec)
        first17 = f"{area}{birth}{seq:03d}"
        value = first17 + id_check(first17)
        if len(parts) > 4 and parts[4] == "s":
            value = f"{value[:6]} {value[6:14]} {value[14:]}"
        return value
    if kind == "BADID":
        prefix = parts[1]
        first17 = prefix + rand_digits(rng, 17 - len(prefix))
        good = id_check(first17)
        last = rng.choice([d for d in "0123456789" if d != good])
        return first17 + last
    if kind in ("CARD", "BADCARD"):
        prefix, length = parts[1], int(parts[2])
        body = prefix + rand_digits(rng, length - 1 - len(prefix))
        good = luhn_digit(body)
        last = good if kind == "CARD" else rng.choice([d for d in "0123456789" if d != good])
        value = body + last
        if len(parts) > 3 and parts[3] in ("g", "d"):
            value = group(value, " " if parts[3] == "g" else "-")
        return value
    if kind in ("VIN", "BADVIN"):
        head, tail = parts[1], parts[2]
        assert len(head) == 8 and len(tail) == 8, spec
        good = vin_check(head + "0" + tail)
        check = good if kind == "VIN" else rng.choice([c for c in "0123456789X" if c != good])
        return head + check + tail
    raise ValueError(f"unknown generator {spec!r}")


PLACEHOLDER = re.compile(r"\{\{([^{}]+)\}\}")
MARKUP = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")


def build_record(rid, line):
    counter = [0]

    def fill(m):
        rng = random.Random(f"{rid}:{counter[0]}")
        counter[0] += 1
        return generate(m.group(1), rng)

    line = PLACEHOLDER.sub(fill, line)
    text, spans, pos = [], [], 0
    length = 0
    for m in MARKUP.finditer(line):
        typ, inner = m.group(1), m.group(2)
        if typ not in TYPES:
            raise ValueError(f"{rid}: unknown type {typ}")
        before = line[pos:m.start()]
        text.append(before)
        length += len(before)
        spans.append({"start": length, "end": length + len(inner), "type": typ})
        text.append(inner)
        length += len(inner)
        pos = m.end()
    text.append(line[pos:])
    text = "".join(text)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"{rid}: unbalanced markup")
    return {"id": rid, "text": text, "spans": spans}


def build(src_name, prefix):
    records = []
    for raw in (HERE / src_name).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        rid = f"{prefix}{len(records) + 1:03d}"
        records.append(build_record(rid, line))
    return records


def dump(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main():
    for src_name, out_name, prefix in SETS:
        out = dump(build(src_name, prefix))
        (HERE / out_name).write_text(out, encoding="utf-8", newline="\n")
        print(f"{out_name}: {out.count(chr(10))} records", file=sys.stderr)


if __name__ == "__main__":
    main()
