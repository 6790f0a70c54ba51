"""Build the 2026-12-28 pii sets from their hand-written markup (standard library only).

Every record is written by hand in ``src/*.txt``, one record per line:

    <id-number> <text with [[TYPE:span]] markup>

Blank lines and lines starting with ``#`` are skipped; a literal ``\\n`` in a line becomes a newline in the
text. Offsets are never typed: they are computed here from the markup.

Numbers that need a check character are written as placeholders and filled in by a seeded generator, so
the output is reproducible:

    {ID:AREA:YEAR}      resident ID, 18 characters, valid check character (``{ID:AREA:YEAR:s}`` spaced 6-8-4)
    {BADID}             18 digits whose check character is wrong (used for policy numbers etc.)
    {MOB} {MOB:FMT}     mainland mobile; FMT is +86 | 86- | dash | sp
    {CARD:N} {CARD:N:g} bank card of N digits passing Luhn (``g``: groups of four)
    {BADCARD:N}         N digits failing Luhn
    {VIN}               17-character VIN with a valid check digit

Usage: python build_pii.py  (writes pii_complaints.jsonl and pii_names_prose.jsonl next to this file)
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261228

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_VALUES = {
    **{str(d): d for d in range(10)},
    "A": 1,
    "B": 2,
    "C": 3,
    "D": 4,
    "E": 5,
    "F": 6,
    "G": 7,
    "H": 8,
    "J": 1,
    "K": 2,
    "L": 3,
    "M": 4,
    "N": 5,
    "P": 7,
    "R": 9,
    "S": 2,
    "T": 3,
    "U": 4,
    "V": 5,
    "W": 6,
    "X": 7,
    "Y": 8,
    "Z": 9,
}
VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
MOBILE_PREFIXES = (
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "158",
    "159",
    "166",
    "173",
    "177",
    "180",
    "181",
    "183",
    "186",
    "187",
    "188",
    "189",
    "191",
    "199",
)
CARD_PREFIXES = ("622202", "621700", "622848", "621661", "622588", "622262", "621483", "623668")
WMIS = ("LSV", "LFV", "LSG", "LVS", "LBV", "LGX", "LHG", "LNB", "LGB", "LVH")


def id_check(body17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS, strict=True)) % 11]


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


def vin_check(vin: str) -> str:
    total = sum(VIN_VALUES[c] * w for c, w in zip(vin, VIN_WEIGHTS, strict=True))
    r = total % 11
    return "X" if r == 10 else str(r)


class Filler:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def id_card(self, area: str, year: str, spaced: bool) -> str:
        rng = self.rng
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        seq = rng.randint(1, 999)
        body = f"{area}{year}{month:02d}{day:02d}{seq:03d}"
        full = body + id_check(body)
        return f"{full[:6]} {full[6:14]} {full[14:]}" if spaced else full

    def bad_id(self) -> str:
        rng = self.rng
        body = "".join(rng.choice("0123456789") for _ in range(17))
        good = id_check(body)
        bad = rng.choice([c for c in "0123456789" if c != good])
        return body + bad

    def mobile(self, fmt: str) -> str:
        num = self.rng.choice(MOBILE_PREFIXES) + "".join(self.rng.choice("0123456789") for _ in range(8))
        if fmt == "+86":
            return "+86 " + num
        if fmt == "86-":
            return "86-" + num
        if fmt == "dash":
            return f"{num[:3]}-{num[3:7]}-{num[7:]}"
        if fmt == "sp":
            return f"{num[:3]} {num[3:7]} {num[7:]}"
        return num

    def card(self, n: int, grouped: bool, valid: bool = True) -> str:
        rng = self.rng
        while True:
            digits = rng.choice(CARD_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(n - 6))
            if luhn_ok(digits) == valid:
                break
        if grouped:
            return " ".join(digits[i : i + 4] for i in range(0, n, 4))
        return digits

    def vin(self) -> str:
        rng = self.rng
        while True:
            chars = list(rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(14)))
            chars[8] = "0"
            chars[9] = rng.choice("LMNPRST")  # model years 2020-2026
            vin = "".join(chars)
            vin = vin[:8] + vin_check(vin) + vin[9:]
            if vin_check(vin) == vin[8]:
                return vin

    def fill(self, m: re.Match[str]) -> str:
        parts = m.group(1).split(":")
        kind = parts[0]
        if kind == "ID":
            return self.id_card(parts[1], parts[2], len(parts) > 3 and parts[3] == "s")
        if kind == "BADID":
            return self.bad_id()
        if kind == "MOB":
            return self.mobile(parts[1] if len(parts) > 1 else "")
        if kind == "CARD":
            return self.card(int(parts[1]), len(parts) > 2 and parts[2] == "g")
        if kind == "BADCARD":
            return self.card(int(parts[1]), len(parts) > 2 and parts[2] == "g", valid=False)
        if kind == "VIN":
            return self.vin()
        raise ValueError(f"unknown placeholder {m.group(0)}")


PLACEHOLDER = re.compile(r"\{((?:ID|BADID|MOB|CARD|BADCARD|VIN)(?::[^{}]*)?)\}")
MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")


def parse_line(raw: str, filler: Filler) -> tuple[str, list[dict[str, object]]]:
    line = PLACEHOLDER.sub(filler.fill, raw).replace("\\n", "\n")
    text_parts: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in MARK.finditer(line):
        before = line[pos : m.start()]
        text_parts.append(before)
        length += len(before)
        content = m.group(2)
        spans.append({"start": length, "end": length + len(content), "type": m.group(1)})
        text_parts.append(content)
        length += len(content)
        pos = m.end()
    text_parts.append(line[pos:])
    text = "".join(text_parts)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unbalanced markup: {raw[:60]}")
    return text, spans


def build(src: Path, out: Path, prefix: str, filler: Filler) -> int:
    records = []
    for raw in src.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        num, _, body = raw.partition(" ")
        text, spans = parse_line(body.strip(), filler)
        records.append({"id": f"{prefix}-{int(num):03d}", "text": text, "spans": spans})
    with out.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(records)


def main() -> None:
    filler = Filler(SEED)
    n1 = build(HERE / "src" / "pii_complaints.txt", HERE / "pii_complaints.jsonl", "pc1228", filler)
    n2 = build(HERE / "src" / "pii_names_prose.txt", HERE / "pii_names_prose.jsonl", "np1228", filler)
    print(f"pii_complaints.jsonl: {n1} records; pii_names_prose.jsonl: {n2} records")


if __name__ == "__main__":
    main()
