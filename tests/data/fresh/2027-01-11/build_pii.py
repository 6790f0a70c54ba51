"""Build the 2027-01-11 pii sets from their hand-written markup sources (standard library only).

Each non-empty line of a ``*.src.txt`` file that does not start with ``#`` is one record, written by hand.
Markup inside a line:

- ``{P:张三}`` ``{A:...}`` ``{L:0991-1234567}`` ``{E:a@b.cn}`` ``{C:京A12345}``: a span of the written text
  (P = PERSON, A = ADDRESS, L = LANDLINE, E = EMAIL, C = LICENSE_PLATE).
- ``{I}`` ``{I:650102:1952}`` ``{I::1949:s}``: a resident ID number with a valid check character, drawn from a
  seeded generator (optional area code, birth year, ``s`` = written 6-8-4 with spaces).
- ``{M}`` ``{M:s|d|86|86d|zh|mix}``: a mobile number (plain, 3-4-4 spaces, dashes, +86, 86-, Chinese digits,
  first three in Chinese digits).
- ``{B}`` ``{B:16}`` ``{B:g}`` ``{B:16g}``: a bank card passing Luhn (19 or 16 digits, ``g`` = groups of four).
- ``{V}``: a VIN with a valid check digit.
- ``{!I}`` ``{!B}`` ``{!B:16}``: numbers that look alike but fail the check (hard negatives, no span).
- ``\\n`` in a line is a line break inside the record's text.

Offsets are computed here, never typed. Run: ``python build_pii.py`` (writes the two .jsonl files beside it).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20270111

TEXT_TYPES = {"P": "PERSON", "A": "ADDRESS", "L": "LANDLINE", "E": "EMAIL", "C": "LICENSE_PLATE"}
AREAS = [
    "110105",
    "310115",
    "440305",
    "510107",
    "650102",
    "420106",
    "370202",
    "410105",
    "430104",
    "530102",
    "620102",
    "230103",
    "350203",
    "450103",
    "520102",
    "540102",
    "640104",
    "150102",
    "330106",
    "320106",
    "130602",
    "140105",
    "210103",
    "220102",
    "340104",
    "360102",
    "460105",
    "500103",
    "610113",
    "630104",
    "652801",
    "653101",
    "511302",
    "441900",
    "371302",
    "411502",
    "421202",
    "522601",
    "532301",
    "622901",
]
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
ZH_DIGITS = "零一二三四五六七八九"
MOBILE_PREFIXES = [
    "138",
    "139",
    "135",
    "136",
    "137",
    "150",
    "151",
    "152",
    "158",
    "159",
    "186",
    "187",
    "188",
    "189",
    "177",
    "176",
    "180",
    "181",
    "182",
    "183",
    "199",
    "198",
    "191",
    "133",
    "153",
    "173",
    "166",
]
BINS = ["622848", "621700", "622202", "621226", "621483", "623668", "622588", "621799", "622700", "625965"]
WMIS = ["LSV", "LFV", "LGB", "LVS", "LSG", "LHG", "LBV", "LDC", "LZW", "LNB"]
VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"

MARK = re.compile(r"\{(!?)([A-Z])(?::([^{}]*))?\}")


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


def vin_check(vin: str) -> str:
    total = sum(VIN_VALUES[c] * w for c, w in zip(vin, VIN_WEIGHTS, strict=True))
    r = total % 11
    return "X" if r == 10 else str(r)


class Gen:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)  # reproducible test data, not security
        self.used: set[str] = set()

    def _unique(self, value: str) -> bool:
        if value in self.used:
            return False
        self.used.add(value)
        return True

    def id_card(self, params: list[str], valid: bool = True) -> str:
        r = self.rng
        while True:
            area = params[0] if params and params[0] else r.choice(AREAS)
            year = int(params[1]) if len(params) > 1 and params[1] else r.randint(1940, 2004)
            body = f"{area}{year:04d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(1, 999):03d}"
            check = id_check(body)
            if not valid:
                wrong = [c for c in "0123456789" if c != check]
                check = r.choice(wrong)
            value = body + check
            if self._unique(value):
                break
        if len(params) > 2 and params[2] == "s":
            return f"{value[:6]} {value[6:14]} {value[14:]}"
        return value

    def mobile(self, params: list[str]) -> str:
        r = self.rng
        while True:
            value = r.choice(MOBILE_PREFIXES) + "".join(str(r.randint(0, 9)) for _ in range(8))
            if self._unique(value):
                break
        fmt = params[0] if params else ""
        if fmt == "s":
            return f"{value[:3]} {value[3:7]} {value[7:]}"
        if fmt == "d":
            return f"{value[:3]}-{value[3:7]}-{value[7:]}"
        if fmt == "86":
            return "+86 " + value
        if fmt == "86d":
            return "86-" + value
        if fmt == "zh":
            return "".join(ZH_DIGITS[int(c)] for c in value)
        if fmt == "mix":
            return "".join(ZH_DIGITS[int(c)] for c in value[:3]) + value[3:]
        return value

    def bank_card(self, params: list[str], valid: bool = True) -> str:
        r = self.rng
        fmt = params[0] if params else ""
        length = 16 if fmt.startswith("16") else 19
        while True:
            body = r.choice(BINS) + "".join(str(r.randint(0, 9)) for _ in range(length - 7))
            good = next(str(d) for d in range(10) if luhn_ok(body + str(d)))
            last = good if valid else r.choice([str(d) for d in range(10) if str(d) != good])
            value = body + last
            if self._unique(value):
                break
        if fmt.endswith("g"):
            return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
        return value

    def vin(self) -> str:
        """WMI + 5 descriptor characters + check digit + model year + plant + 6-digit serial (as Chinese makers write them)."""
        r = self.rng
        while True:
            descriptor = "".join(r.choice(VIN_CHARS) for _ in range(5))
            year = r.choice("KLMNPRST")
            plant = r.choice(VIN_CHARS)
            serial = "".join(str(r.randint(0, 9)) for _ in range(6))
            draft = r.choice(WMIS) + descriptor + "0" + year + plant + serial
            vin = draft[:8] + vin_check(draft) + draft[9:]
            if self._unique(vin):
                return vin


def build_line(line: str, gen: Gen, allowed: set[str]) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    line = line.replace("\\n", "\n")
    for m in MARK.finditer(line):
        plain = line[pos : m.start()]
        out.append(plain)
        length += len(plain)
        neg, kind, arg = m.group(1), m.group(2), m.group(3)
        params = arg.split(":") if arg is not None else []
        if neg:
            if kind == "I":
                value = gen.id_card(params, valid=False)
            elif kind == "B":
                value = gen.bank_card(params, valid=False)
            else:
                raise ValueError(f"unknown negative mark {m.group(0)!r}")
            typ = None
        elif kind in TEXT_TYPES:
            if arg is None or not arg:
                raise ValueError(f"empty span {m.group(0)!r}")
            value, typ = arg, TEXT_TYPES[kind]
        elif kind == "I":
            value, typ = gen.id_card(params), "ID_CARD"
        elif kind == "M":
            value, typ = gen.mobile(params), "MOBILE"
        elif kind == "B":
            value, typ = gen.bank_card(params), "BANK_CARD"
        elif kind == "V":
            value, typ = gen.vin(), "VIN"
        else:
            raise ValueError(f"unknown mark {m.group(0)!r}")
        if typ is not None:
            if typ not in allowed:
                raise ValueError(f"type {typ} not allowed in this file: {line!r}")
            spans.append({"start": length, "end": length + len(value), "type": typ})
        out.append(value)
        length += len(value)
        pos = m.end()
    tail = line[pos:]
    if "{" in tail or "}" in tail:
        raise ValueError(f"stray brace in {line!r}")
    out.append(tail)
    return "".join(out), spans


def build(src: Path, dst: Path, prefix: str, allowed: set[str], gen: Gen) -> int:
    records = []
    for raw in src.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        text, spans = build_line(line, gen, allowed)
        records.append({"id": f"{prefix}-{len(records) + 1:03d}", "text": text, "spans": spans})
    with dst.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(records)


def main() -> int:
    gen = Gen()
    all_types = set(TEXT_TYPES.values()) | {"ID_CARD", "MOBILE", "BANK_CARD", "VIN"}
    n1 = build(HERE / "pii_complaints.src.txt", HERE / "pii_complaints.jsonl", "pc0111", all_types, gen)
    n2 = build(HERE / "pii_names_prose.src.txt", HERE / "pii_names_prose.jsonl", "np0111", {"PERSON"}, gen)
    print(f"pii_complaints.jsonl: {n1} records; pii_names_prose.jsonl: {n2} records")
    return 0


if __name__ == "__main__":
    sys.exit(main())
