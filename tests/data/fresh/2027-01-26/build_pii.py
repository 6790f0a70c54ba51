#!/usr/bin/env python3
"""Build the blind pii evaluation set of 2027-01-26 from its hand-written sources.

Standard library only. `python build_pii.py` rewrites pii_complaints.jsonl and pii_names_prose.jsonl
byte for byte from pii_complaints.src.txt and pii_names_prose.src.txt.

Source format: one record per line; blank lines and lines starting with `#` are skipped; the literal
two characters `\\n` stand for a line break inside a record. Records are numbered in file order.
Inline markup `[[TYPE:text]]` marks a labelled span. Tokens expanded before the markup is read
(`#` inside a token is a digit drawn from the fixed-seed generator):

  {ID:17 chars}     resident ID, a valid GB 11643 check character is appended
  {IDX:17 chars}    18-digit number whose last digit FAILS the GB 11643 check (negatives)
  {CARD:digits}     bank card, a valid Luhn digit is appended (spaces/dashes kept as written)
  {CARDX:digits}    number whose appended last digit FAILS Luhn (negatives)
  {VIN:17 chars}    VIN with `_` at position 9, replaced by the ISO 3779 check digit
  {VINX:17 chars}   same, with a wrong check digit (negatives)
  {R:n}             n random digits that pass neither Luhn (n = 16..19) nor the ID check (n = 18)

Full-width digits in a token are honoured: the computed character is written full-width too.
"""
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20270126
FILES = [
    ("pii_complaints.src.txt", "pii_complaints.jsonl", "pc0126-{:03d}"),
    ("pii_names_prose.src.txt", "pii_names_prose.jsonl", "np0126-{:03d}"),
]
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}

FW = str.maketrans("０１２３４５６７８９Ｘ", "0123456789X")
TO_FW = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(body17):
    return ID_C[sum(int(c) * w for c, w in zip(body17, ID_W, strict=True)) % 11]


def id_valid(s18):
    s18 = s18.translate(FW).upper()
    return bool(re.fullmatch(r"\d{17}[\dX]", s18)) and id_check(s18[:17]) == s18[17]


def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(num):
    num = num.translate(FW)
    return num.isdigit() and luhn_digit(num[:-1]) == num[-1]


VIN_T = {**{str(d): d for d in range(10)},
         **dict(zip("ABCDEFGH", range(1, 9), strict=True)), **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
         **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(vin):
    r = sum(VIN_T[c] * w for c, w in zip(vin, VIN_W, strict=True)) % 11
    return "X" if r == 10 else str(r)


def vin_valid(vin):
    return (len(vin) == 17 and not set(vin) & set("IOQ") and all(c in VIN_T for c in vin)
            and vin_check(vin) == vin[8])


def render(ch, fullwidth):
    return ch.translate(TO_FW) if fullwidth else ch


def expand(text, rng):
    def fill(payload):
        return "".join(str(rng.randrange(10)) if c == "#" else c for c in payload)

    def repl(m):
        kind, payload = m.group(1), fill(m.group(2))
        fw = bool(re.search("[０-９]", payload))
        digits = re.sub(r"[\s\-]", "", payload.translate(FW))
        if kind in ("ID", "IDX"):
            assert re.fullmatch(r"\d{17}", digits), payload
            good = id_check(digits)
            if kind == "ID":
                return payload + render(good, fw)
            return payload + render(rng.choice([c for c in "0123456789" if c != good]), fw)
        if kind in ("CARD", "CARDX"):
            assert digits.isdigit() and 15 <= len(digits) <= 18, payload
            good = luhn_digit(digits)
            if kind == "CARD":
                return payload + render(good, fw)
            return payload + render(rng.choice([c for c in "0123456789" if c != good]), fw)
        if kind in ("VIN", "VINX"):
            assert len(payload) == 17 and payload[8] == "_", payload
            good = vin_check(payload[:8] + "0" + payload[9:])
            ch = good if kind == "VIN" else rng.choice([c for c in "0123456789X" if c != good])
            out = payload[:8] + ch + payload[9:]
            assert vin_valid(out) == (kind == "VIN"), out
            return out
        if kind == "R":
            n = int(payload)
            while True:
                s = "".join(str(rng.randrange(10)) for _ in range(n))
                if 16 <= n <= 19 and luhn_valid(s):
                    continue
                if n == 18 and id_valid(s):
                    continue
                return s
        raise ValueError(kind)

    return re.sub(r"\{(IDX|ID|CARDX|CARD|VINX|VIN|R):([^{}]*)\}", repl, text)


MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]", re.S)


def parse(line):
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(line):
        before = line[pos:m.start()]
        out.append(before)
        length += len(before)
        typ, inner = m.group(1), m.group(2)
        assert typ in TYPES, typ
        spans.append({"start": length, "end": length + len(inner), "type": typ})
        out.append(inner)
        length += len(inner)
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, line
    return text, spans


def build():
    rng = random.Random(SEED)
    for src, dst, idfmt in FILES:
        lines = (HERE / src).read_text(encoding="utf-8").splitlines()
        recs = []
        for raw in lines:
            if not raw.strip() or raw.startswith("#"):
                continue
            line = expand(raw.replace("\\n", "\n"), rng)
            text, spans = parse(line)
            recs.append({"id": idfmt.format(len(recs) + 1), "text": text, "spans": spans})
        with open(HERE / dst, "w", encoding="utf-8", newline="\n") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{dst}: {len(recs)} records")


if __name__ == "__main__":
    build()
