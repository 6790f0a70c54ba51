"""Build the 2026-12-18 pii sets from hand-written inline markup (standard library only).

Markup: [[TYPE:text]] marks a span. Placeholders generate check-digit numbers with a seeded RNG:
{ID} / {IDS} (resident ID, plain / written with spaces), {BADID} (18 digits failing the check),
{MOB} {MOBD} {MOBS} {MOB86} (mobile: plain, dashes, spaces, +86), {CARD16} {CARD19} {CARDG} (Luhn bank
card, grouped in fours for G), {BADCARD} (19 digits failing Luhn), {VIN}, {BADVIN}.
Source files: _src_complaints.txt, _src_names_prose.txt; one record per line, blank lines and # lines skipped.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).parent
RNG = random.Random(20261218)
AREAS = [
    "650102",
    "230103",
    "110105",
    "310115",
    "440305",
    "510107",
    "610113",
    "530102",
    "210202",
    "370202",
    "420106",
    "350203",
    "450103",
    "620102",
    "520102",
    "220102",
    "130104",
    "320506",
    "330106",
    "500103",
    "640104",
    "630102",
    "150102",
    "460106",
    "540102",
    "430104",
]
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(body: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body, W, strict=True)) % 11]


def make_id() -> str:
    y = RNG.randint(1945, 2004)
    body = f"{RNG.choice(AREAS)}{y}{RNG.randint(1, 12):02d}{RNG.randint(1, 28):02d}{RNG.randint(1, 999):03d}"
    return body + id_check(body)


def bad_id() -> str:
    while True:
        s = "".join(str(RNG.randint(0, 9)) for _ in range(18))
        if id_check(s[:17]) != s[17]:
            return s


def luhn_ok(s: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def make_card(n: int) -> str:
    prefix = RNG.choice(["622848", "621700", "622202", "623668", "622588", "621483", "622908"])
    body = prefix + "".join(str(RNG.randint(0, 9)) for _ in range(n - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def bad_card() -> str:
    while True:
        s = "62" + "".join(str(RNG.randint(0, 9)) for _ in range(17))
        if not luhn_ok(s):
            return s


def make_mobile() -> str:
    prefix = RNG.choice(
        [
            "130",
            "131",
            "133",
            "135",
            "136",
            "138",
            "139",
            "150",
            "151",
            "152",
            "155",
            "157",
            "158",
            "159",
            "166",
            "173",
            "177",
            "180",
            "181",
            "183",
            "185",
            "186",
            "187",
            "189",
            "191",
            "198",
            "199",
        ]
    )
    return prefix + "".join(str(RNG.randint(0, 9)) for _ in range(8))


VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
VIN_VAL = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v: str) -> str:
    r = sum(VIN_VAL[c] * w for c, w in zip(v, VIN_W, strict=True)) % 11
    return "X" if r == 10 else str(r)


def make_vin(valid: bool = True) -> str:
    wmi = RNG.choice(["LSV", "LFV", "LGB", "LBV", "LVS", "LHG", "LGX", "LNB"])
    v = wmi + "".join(RNG.choice(VIN_CHARS) for _ in range(14))
    c = vin_check(v)
    if not valid:
        c = "0" if c != "0" else "1"
    return v[:8] + c + v[9:]


def expand(m: re.Match[str]) -> str:
    k = m.group(1)
    if k == "ID":
        return make_id()
    if k == "IDS":
        s = make_id()
        return f"{s[:6]} {s[6:14]} {s[14:]}"
    if k == "BADID":
        return bad_id()
    if k in ("MOB", "MOBD", "MOBS", "MOB86"):
        s = make_mobile()
        return {
            "MOB": s,
            "MOBD": f"{s[:3]}-{s[3:7]}-{s[7:]}",
            "MOBS": f"{s[:3]} {s[3:7]} {s[7:]}",
            "MOB86": f"+86 {s}",
        }[k]
    if k in ("CARD16", "CARD19"):
        return make_card(int(k[4:]))
    if k == "CARDG":
        s = make_card(RNG.choice([16, 19]))
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    if k == "BADCARD":
        return bad_card()
    if k == "VIN":
        return make_vin()
    if k == "BADVIN":
        return make_vin(valid=False)
    raise ValueError(k)


SPAN = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")


def parse(line: str) -> tuple[str, list[dict[str, object]]]:
    line = re.sub(r"\{([A-Z0-9]+)\}", expand, line)
    text, spans, pos = "", [], 0
    for m in SPAN.finditer(line):
        text += line[pos : m.start()]
        start = len(text)
        text += m.group(2)
        spans.append({"start": start, "end": len(text), "type": m.group(1)})
        pos = m.end()
    text += line[pos:]
    assert "[[" not in text and "]]" not in text, line
    return text, spans


def build(src: str, out: str, prefix: str) -> None:
    rows: list[dict[str, object]] = []
    for raw in (HERE / src).read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        text, spans = parse(raw.strip())
        rows.append({"id": f"{prefix}-{len(rows) + 1:03d}", "text": text, "spans": spans})
    with open(HERE / out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build("_src_complaints.txt", "pii_complaints.jsonl", "pc1218")
    build("_src_names_prose.txt", "pii_names_prose.jsonl", "np1218")
