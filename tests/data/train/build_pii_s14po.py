"""Build pii_s14po.jsonl from the hand-written, inline-marked source pii_s14po.src.txt.

Source format: one record per line; blank lines and lines starting with '#' are skipped.
Spans are written inline as [[TYPE:text]]; offsets are computed here, never typed.
Check-digit numbers are written as placeholders and filled by a seeded generator:
  {ID:AREA6} / {ID:AREA6:YYYY}   resident ID (ISO 7064 MOD 11-2); {IDS:...} the same with spaces 6-8-4
  {MOB} 11-digit mobile; {MOBD} with dashes 3-4-4; {MOBS} with spaces 3-4-4; {MOB86} as +86 plus 11 digits
  {CARD16} / {CARD19} Luhn-valid card; {CARDG} 16 digits grouped in fours; {CARDG19} 19 digits grouped
  {VIN} 17-character VIN with a valid check digit
  {BAD18} 18 digits failing the ID check (for policy/claim numbers); {BADCARD} 16 digits failing Luhn
Run: python tests/data/train/build_pii_s14po.py
"""

from __future__ import annotations

import datetime
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "pii_s14po.src.txt"
OUT = HERE / "pii_s14po.jsonl"
PREFIX = "pt14po-"

rng = random.Random(1407)

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
MOBILE_PREFIXES = [str(n) for n in [*range(130, 140), 147, *range(150, 160), 166, 173, 177, *range(180, 190), 198, 199]]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
WMIS = ["LSV", "LFV", "LGB", "LVS", "LBV", "LGW", "LZW", "LDC", "LHG", "LJD"]


def id_check(body: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(body, ID_WEIGHTS, strict=True)) % 11]


def make_id(area: str, year: str | None) -> str:
    y = int(year) if year else rng.randint(1948, 2004)
    day = datetime.date(y, 1, 1) + datetime.timedelta(days=rng.randint(0, 364))
    body = f"{area}{day:%Y%m%d}{rng.randint(0, 999):03d}"
    return body + id_check(body)


def luhn_ok(num: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def make_card(length: int) -> str:
    bins = ["622848", "621700", "622202", "623052", "621799", "622908", "625965", "622588"]
    body = rng.choice(bins) + "".join(str(rng.randint(0, 9)) for _ in range(length - 7))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def make_bad_card() -> str:
    while True:
        n = "6" + "".join(str(rng.randint(0, 9)) for _ in range(15))
        if not luhn_ok(n):
            return n


def make_bad18() -> str:
    while True:
        n = "".join(str(rng.randint(0, 9)) for _ in range(18))
        if id_check(n[:17]) != n[17]:
            return n


def make_vin() -> str:
    while True:
        chars = list(rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(14)))
        total = sum(VIN_VALUES[c] * w for c, w in zip(chars, VIN_WEIGHTS, strict=True))
        chars[8] = "X" if total % 11 == 10 else str(total % 11)
        return "".join(chars)


def group(s: str, sizes: list[int]) -> str:
    parts, i = [], 0
    for n in sizes:
        parts.append(s[i : i + n])
        i += n
    return " ".join(p for p in parts if p)


def mobile() -> str:
    return rng.choice(MOBILE_PREFIXES) + "".join(str(rng.randint(0, 9)) for _ in range(8))


def fill(m: re.Match[str]) -> str:
    kind, _, arg = m.group(1).partition(":")
    if kind in ("ID", "IDS"):
        area, _, year = arg.partition(":")
        num = make_id(area, year or None)
        return group(num, [6, 8, 4]) if kind == "IDS" else num
    if kind == "MOB":
        return mobile()
    if kind == "MOBD":
        return "-".join(group(mobile(), [3, 4, 4]).split())
    if kind == "MOBS":
        return group(mobile(), [3, 4, 4])
    if kind == "MOB86":
        return "+86 " + mobile()
    if kind == "CARD16":
        return make_card(16)
    if kind == "CARD19":
        return make_card(19)
    if kind == "CARDG":
        return group(make_card(16), [4, 4, 4, 4])
    if kind == "CARDG19":
        return group(make_card(19), [4, 4, 4, 4, 3])
    if kind == "VIN":
        return make_vin()
    if kind == "BAD18":
        return make_bad18()
    if kind == "BADCARD":
        return make_bad_card()
    raise ValueError(f"unknown placeholder {m.group(0)}")


PLACEHOLDER = re.compile(r"\{([A-Z0-9]+(?::[0-9]+)*)\}")
SPAN = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}


def parse(line: str) -> tuple[str, list[dict[str, object]]]:
    line = PLACEHOLDER.sub(fill, line)
    text, spans, pos = [], [], 0
    length = 0
    for m in SPAN.finditer(line):
        before = line[pos : m.start()]
        text.append(before)
        length += len(before)
        typ, inner = m.group(1), m.group(2)
        if typ not in TYPES:
            raise ValueError(f"unknown type {typ} in {line}")
        spans.append({"start": length, "end": length + len(inner), "type": typ})
        text.append(inner)
        length += len(inner)
        pos = m.end()
    text.append(line[pos:])
    out = "".join(text)
    if "[[" in out or "]]" in out:
        raise ValueError(f"unbalanced markup: {line}")
    return out, spans


def main() -> None:
    records = []
    for raw in SRC.read_text(encoding="utf-8").splitlines():
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        text, spans = parse(raw)
        records.append({"id": f"{PREFIX}{len(records) + 1:04d}", "text": text, "spans": spans})
    with OUT.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            counts[str(s["type"])] = counts.get(str(s["type"]), 0) + 1
    empty = sum(1 for r in records if not r["spans"])
    print(len(records), "records;", empty, "without spans;", dict(sorted(counts.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
