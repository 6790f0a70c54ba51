"""Build the 2026-12-23 blind pii sets from hand-written inline markup.

Markup: ``[[TYPE:text]]`` marks a span. Records are separated by a line holding only ``---``.
Placeholders (expanded with a seeded RNG, so every number with a check digit is generated, not typed):

- ``{ID:AREA6:YYYYMMDD}`` valid resident ID; ``{ID:AREA6:YYYYMMDD:s}`` the same written 6-8-4 with spaces
- ``{BADID}`` 18 digits whose last digit fails the ID check (for 保单号/发票号 negatives)
- ``{MOB}`` mobile; ``{MOB:sp}`` 3-4-4 spaces; ``{MOB:dash}`` 3-4-4 dashes; ``{MOB:+86}``; ``{MOB:86-}``
- ``{CARD:N}`` Luhn-valid card of N digits; ``{CARD:N:g}`` grouped in fours; ``{BADCARD:N}`` fails Luhn
- ``{VIN}`` VIN with a valid check digit

Usage: python build.py  (writes ../pii_complaints.jsonl and ../pii_names_prose.jsonl)
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
RNG = random.Random(20261223)

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
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
# fmt: off
MOBILE_PREFIXES = [
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156",
    "157", "158", "159", "166", "173", "177", "180", "181", "183", "185", "186", "187", "188", "189", "191",
    "195", "198", "199",
]
CARD_PREFIXES = [
    "622202", "621700", "622848", "621226", "622588", "621483", "623058", "622262", "621799", "628288",
]
# fmt: on
WMIS = ["LSV", "LFV", "LGB", "LVS", "LHG", "LBV", "LGW", "LSG", "LNB", "LJD", "LFP", "LDC"]


def id_check(first17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def make_id(area: str, birth: str, spaced: bool) -> str:
    body = area + birth + f"{RNG.randint(1, 999):03d}"
    full = body + id_check(body)
    return f"{full[:6]} {full[6:14]} {full[14:]}" if spaced else full


def make_bad_id() -> str:
    while True:
        body = "".join(str(RNG.randint(0, 9)) for _ in range(17))
        last = str(RNG.randint(0, 9))
        if last != id_check(body):
            return body + last


def luhn_ok(number: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(number)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def make_card(n: int, good: bool) -> str:
    while True:
        prefix = RNG.choice(CARD_PREFIXES)
        number = prefix + "".join(str(RNG.randint(0, 9)) for _ in range(n - len(prefix)))
        if luhn_ok(number) == good:
            return number


def make_mobile(fmt: str) -> str:
    m = RNG.choice(MOBILE_PREFIXES) + "".join(str(RNG.randint(0, 9)) for _ in range(8))
    if fmt == "sp":
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if fmt == "dash":
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if fmt == "+86":
        return "+86 " + m
    if fmt == "86-":
        return "86-" + m
    return m


def vin_check(vin: str) -> str:
    r = sum(VIN_VALUES[c] * w for c, w in zip(vin, VIN_WEIGHTS, strict=True)) % 11
    return "X" if r == 10 else str(r)


def make_vin() -> str:
    chars = list(RNG.choice(WMIS) + "".join(RNG.choice(VIN_CHARS) for _ in range(14)))
    chars[9] = RNG.choice("JKLMNPRS")  # model year letters (2018-2025)
    chars[8] = "0"
    chars[8] = vin_check("".join(chars))
    return "".join(chars)


PLACEHOLDER = re.compile(r"\{(ID|BADID|MOB|CARD|BADCARD|VIN)(?::([^}]*))?\}")


def expand(match: re.Match[str]) -> str:
    kind, arg = match.group(1), match.group(2) or ""
    parts = arg.split(":") if arg else []
    if kind == "ID":
        return make_id(parts[0], parts[1], len(parts) > 2 and parts[2] == "s")
    if kind == "BADID":
        return make_bad_id()
    if kind == "MOB":
        return make_mobile(arg)
    if kind == "CARD":
        card = make_card(int(parts[0]), True)
        if len(parts) > 1 and parts[1] == "g":
            card = " ".join(card[i : i + 4] for i in range(0, len(card), 4))
        return card
    if kind == "BADCARD":
        return make_card(int(parts[0]), False)
    return make_vin()


SPAN = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]", re.S)


def parse(marked: str) -> tuple[str, list[dict[str, object]]]:
    text_parts: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in SPAN.finditer(marked):
        before = marked[pos : m.start()]
        text_parts.append(before)
        length += len(before)
        inner = m.group(2)
        spans.append({"start": length, "end": length + len(inner), "type": m.group(1)})
        text_parts.append(inner)
        length += len(inner)
        pos = m.end()
    text_parts.append(marked[pos:])
    text = "".join(text_parts)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unbalanced markup: {marked[:60]}")
    return text, spans


def build(source: str, prefix: str, out: str) -> None:
    raw = (HERE / source).read_text(encoding="utf-8")
    blocks = [b.strip("\n") for b in re.split(r"^---$", raw, flags=re.M)]
    blocks = [b for b in blocks if b.strip()]
    with (OUT / out).open("w", encoding="utf-8") as fh:
        for i, block in enumerate(blocks, 1):
            text, spans = parse(PLACEHOLDER.sub(expand, block))
            record = {"id": f"{prefix}-{i:03d}", "text": text, "spans": spans}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(out, len(blocks))


if __name__ == "__main__":
    build("pii_complaints.marked.txt", "pc1223", "pii_complaints.jsonl")
    build("pii_names_prose.marked.txt", "np1223", "pii_names_prose.jsonl")
