"""Build the 2026-12-29 blind pii sets from hand-written inline markup (standard library only).

Source files (``pii_source/*.txt``): one record per line, ``#`` starts a comment line, blank lines are skipped.
Markup inside a record:

* ``[[TYPE:text]]`` marks a gold span of TYPE around text;
* ``{kind}`` / ``{kind:fmt}`` is replaced by a number drawn from a seeded generator (inside or outside a span):
  ``id`` (fmt: ``g`` grouped 6-8-4, ``X`` / ``x`` check character X upper / lower case, ``bad`` wrong check
  character, ``M`` / ``W`` male / female, ``y1957`` born in 1957), ``card`` (fmt: ``16`` / ``19`` length, ``g`` grouped in fours, ``bad`` fails Luhn), ``vin``
  (fmt: ``bad`` wrong check digit), ``mob`` (fmt: ``s`` spaces 3-4-4, ``d`` dashes 3-4-4, ``p`` +86 prefix,
  ``c`` 86- prefix, ``f`` full-width digits; combinable, e.g. ``ps``), ``num:N`` (N random digits that are
  neither a valid ID nor Luhn-valid).

Offsets are computed here, never typed. Run: ``python build_pii.py`` (writes both .jsonl files next to it).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261229

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
AREAS = (
    "650102",
    "650103",
    "650104",
    "650105",
    "652301",
    "654002",
    "652801",
    "653101",
    "650202",
    "652901",
    "110105",
    "110108",
    "310115",
    "310104",
    "440305",
    "440106",
    "510107",
    "420106",
    "330106",
    "320102",
    "370202",
    "610113",
    "500103",
    "210102",
    "230103",
    "430104",
    "350203",
    "410105",
    "130104",
    "620102",
)
VIN_MAP = {
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
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = ("LSV", "LFV", "LGB", "LVS", "LSG", "LHG", "LVH", "LGX", "LNB", "LZW", "LBV", "LDC", "LGW", "LJD", "LS5")
CARD_PREFIXES = ("622202", "622848", "621700", "621483", "622588", "623668", "622700", "621226", "622609", "625965")
MOBILE_PREFIXES = (
    "130",
    "131",
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
    "156",
    "158",
    "159",
    "166",
    "175",
    "176",
    "177",
    "180",
    "181",
    "182",
    "183",
    "186",
    "187",
    "188",
    "189",
    "191",
    "193",
    "195",
    "198",
    "199",
)
TYPES = ("PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN")


def id_check(body17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS, strict=True)) % 11]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def vin_check(vin: str) -> str:
    total = sum(VIN_MAP[c] * w for c, w in zip(vin, VIN_WEIGHTS, strict=True)) % 11
    return "X" if total == 10 else str(total)


class Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def id_card(self, fmt: str) -> str:
        rng = self.rng
        born = re.search(r"y(\d{4})", fmt)
        while True:
            year = int(born.group(1)) if born else rng.randint(1948, 2004)
            seq = rng.randint(1, 999)
            if ("M" in fmt and seq % 2 == 0) or ("W" in fmt and seq % 2 == 1):
                continue  # the sequence's parity gives the sex: odd male, even female
            body = f"{rng.choice(AREAS)}{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{seq:03d}"
            check = id_check(body)
            if ("X" in fmt or "x" in fmt) and check != "X":
                continue
            if "X" not in fmt and "x" not in fmt and check == "X" and "bad" not in fmt:
                continue  # X forms are asked for explicitly
            break
        if "bad" in fmt:
            check = rng.choice([c for c in ID_CHECK if c != check and c != "X"])
        if "x" in fmt:
            check = check.lower()
        full = body + check
        return f"{full[:6]} {full[6:14]} {full[14:]}" if "g" in fmt else full

    def card(self, fmt: str) -> str:
        rng = self.rng
        length = 16 if "16" in fmt else 19 if "19" in fmt else rng.choice((16, 19, 19))
        prefix = rng.choice(CARD_PREFIXES)
        body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
        good = next(d for d in "0123456789" if luhn_ok(body + d))
        last = rng.choice([d for d in "0123456789" if d != good]) if "bad" in fmt else good
        digits = body + last
        if "g" in fmt:
            return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))
        return digits

    def vin(self, fmt: str) -> str:
        rng = self.rng
        while True:
            wmi = rng.choice(WMIS)
            vds = "".join(rng.choice(VIN_CHARS) for _ in range(5))
            year = rng.choice("EFGHJKLMNPRS")
            tail = rng.choice(VIN_CHARS[:23]) + "".join(rng.choice("0123456789") for _ in range(6))
            draft = wmi + vds + "0" + year + tail
            check = vin_check(draft)
            if "bad" in fmt:
                wrong = rng.choice([c for c in "0123456789X" if c != check])
                return wmi + vds + wrong + year + tail
            if check == "X" and rng.random() < 0.7:
                continue
            return wmi + vds + check + year + tail

    def mobile(self, fmt: str) -> str:
        rng = self.rng
        m = rng.choice(MOBILE_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(8))
        if "s" in fmt:
            m = f"{m[:3]} {m[3:7]} {m[7:]}"
        elif "d" in fmt:
            m = f"{m[:3]}-{m[3:7]}-{m[7:]}"
        if "f" in fmt:
            m = m.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
        if "p" in fmt:
            m = "+86 " + m if rng.random() < 0.6 else "+86" + m
        elif "c" in fmt:
            m = "86-" + m
        return m

    def num(self, fmt: str) -> str:
        n = int(fmt)
        while True:
            digits = "".join(self.rng.choice("0123456789") for _ in range(n))
            if digits[0] == "0":
                continue
            if 16 <= n <= 19 and luhn_ok(digits):
                continue
            if n == 18 and id_check(digits[:17]) == digits[17]:
                continue
            return digits

    def fill(self, kind: str, fmt: str) -> str:
        if kind == "id":
            return self.id_card(fmt)
        if kind == "card":
            return self.card(fmt)
        if kind == "vin":
            return self.vin(fmt)
        if kind == "mob":
            return self.mobile(fmt)
        if kind == "num":
            return self.num(fmt)
        raise ValueError(f"unknown placeholder {kind}")


PLACEHOLDER = re.compile(r"\{(id|card|vin|mob|num)(?::([A-Za-z0-9]+))?\}")
SPAN = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")


def render(line: str, gen: Gen) -> tuple[str, list[dict[str, object]]]:
    line = PLACEHOLDER.sub(lambda m: gen.fill(m.group(1), m.group(2) or ""), line)
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in SPAN.finditer(line):
        before = line[pos : m.start()]
        out.append(before)
        length += len(before)
        kind, text = m.group(1), m.group(2)
        if kind not in TYPES:
            raise ValueError(f"unknown type {kind} in {line[:40]}")
        spans.append({"start": length, "end": length + len(text), "type": kind})
        out.append(text)
        length += len(text)
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{" in text:
        raise ValueError(f"markup left in: {text[:60]}")
    return text, spans


def build(prefix: str, sources: list[Path], target: Path, gen: Gen) -> int:
    records = []
    for src in sources:
        for raw in src.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            text, spans = render(line, gen)
            records.append({"id": f"{prefix}-{len(records) + 1:03d}", "text": text, "spans": spans})
    with target.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(records)


def main() -> None:
    gen = Gen(SEED)
    src = HERE / "pii_source"
    n1 = build("pc1229", sorted(src.glob("complaints_*.txt")), HERE / "pii_complaints.jsonl", gen)
    n2 = build("np1229", sorted(src.glob("prose_*.txt")), HERE / "pii_names_prose.jsonl", gen)
    print(f"pii_complaints.jsonl: {n1} records; pii_names_prose.jsonl: {n2} records")


if __name__ == "__main__":
    main()
