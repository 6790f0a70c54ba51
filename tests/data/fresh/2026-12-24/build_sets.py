"""Build the 2026-12-24 blind pii sets from hand-written inline markup (standard library only).

Markup: ``[[P:张三]]`` labels a span (P PERSON, A ADDRESS, ID ID_CARD, M MOBILE, L LANDLINE, B BANK_CARD,
E EMAIL, PL LICENSE_PLATE, V VIN). Placeholders are filled from a seeded generator so that check-digit numbers
are valid (labelled) or deliberately invalid (unlabelled negatives):
{ID} {IDS} (ID, spaced 6-8-4), {MOB} {MOBS} (3-4-4 spaces) {MOBD} (dashes) {MOB86} (+86) {MOBF} (full-width),
{CARD} {CARD4} (grouped in fours), {VIN}; unlabelled: {NID} (18 digits failing the ID check), {NCARD} (19 digits
failing Luhn), {POL} (policy number), {CLM} (claim number), {RPT} (report number).
Offsets are computed here, never typed. Tabs and line breaks are written as \\t and \\n in the markup. Run: python build_sets.py
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"P": "PERSON", "A": "ADDRESS", "ID": "ID_CARD", "M": "MOBILE", "L": "LANDLINE", "B": "BANK_CARD",
         "E": "EMAIL", "PL": "LICENSE_PLATE", "V": "VIN"}
rng = random.Random(20261224)

AREAS = ["650102", "650104", "652301", "653101", "654002", "652901", "110105", "440305", "510107", "532801",
         "513401", "540102", "150102", "320106", "420106", "370102", "610113", "230103", "450103", "620102"]
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(body: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body, W, strict=True)) % 11]


def gen_id() -> str:
    y = rng.randint(1948, 2006)
    body = f"{rng.choice(AREAS)}{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(1, 999):03d}"
    return body + id_check(body)


def gen_nid() -> str:
    while True:
        s = "".join(str(rng.randint(0, 9)) for _ in range(18))
        if s[17] != id_check(s[:17]):
            return s


def luhn_ok(s: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def gen_card() -> str:
    prefix = rng.choice(["622848", "621700", "622202", "623668", "622908", "621226", "625911"])
    n = rng.choice([16, 19, 19])
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(n - 7))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def gen_ncard() -> str:
    while True:
        s = "62" + "".join(str(rng.randint(0, 9)) for _ in range(17))
        if not luhn_ok(s):
            return s


def gen_mob() -> str:
    return rng.choice(["13", "15", "18", "17", "19"]) + str(rng.randint(0, 9)) + "".join(
        str(rng.randint(0, 9)) for _ in range(8))


VIN_VAL = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)), **dict(zip("JKLMN", range(1, 6), strict=True)),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(v: str) -> str:
    r = sum(VIN_VAL[c] * w for c, w in zip(v, VIN_W, strict=True)) % 11
    return "X" if r == 10 else str(r)


def gen_vin() -> str:
    v = list(rng.choice(["LSV", "LFV", "LGB", "LVS", "LHG", "LGX", "LBV"]) + "".join(
        rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice("ABCDEFGHJKLMNPRSTVWXY")
        + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(str(rng.randint(0, 9)) for _ in range(6)))
    v[8] = vin_check("".join(v))
    return "".join(v)


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


def fill(m: re.Match[str]) -> str:
    k = m.group(1)
    if k == "ID":
        return f"[[ID:{gen_id()}]]"
    if k == "IDS":
        s = gen_id()
        return f"[[ID:{s[:6]} {s[6:14]} {s[14:]}]]"
    if k == "MOB":
        return f"[[M:{gen_mob()}]]"
    if k == "MOBS":
        s = gen_mob()
        return f"[[M:{s[:3]} {s[3:7]} {s[7:]}]]"
    if k == "MOBD":
        s = gen_mob()
        return f"[[M:{s[:3]}-{s[3:7]}-{s[7:]}]]"
    if k == "MOB86":
        return f"[[M:+86 {gen_mob()}]]"
    if k == "MOBF":
        return f"[[M:{fullwidth(gen_mob())}]]"
    if k == "CARD":
        return f"[[B:{gen_card()}]]"
    if k == "CARD4":
        s = gen_card()
        return "[[B:" + " ".join(s[i:i + 4] for i in range(0, len(s), 4)) + "]]"
    if k == "VIN":
        return f"[[V:{gen_vin()}]]"
    if k == "NID":
        return gen_nid()
    if k == "NCARD":
        return gen_ncard()
    if k == "POL":
        return f"P{rng.choice(['DAA', 'DZA', 'EAB', 'NYX'])}2026{rng.choice(['6501', '6531', '5101', '4403'])}" + "".join(
            str(rng.randint(0, 9)) for _ in range(10))
    if k == "CLM":
        return "RDAA2026" + "".join(str(rng.randint(0, 9)) for _ in range(12))
    if k == "RPT":
        return "6" + "".join(str(rng.randint(0, 9)) for _ in range(17))
    raise KeyError(k)


MARK = re.compile(r"\[\[(P|A|ID|M|L|B|E|PL|V):(.+?)\]\]")


def parse(line: str) -> tuple[str, list[dict[str, object]]]:
    line = re.sub(r"\{(ID|IDS|MOB|MOBS|MOBD|MOB86|MOBF|CARD|CARD4|VIN|NID|NCARD|POL|CLM|RPT)\}", fill, line)
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    n = 0
    for m in MARK.finditer(line):
        out.append(line[pos:m.start()])
        n += len(line[pos:m.start()])
        spans.append({"start": n, "end": n + len(m.group(2)), "type": TYPES[m.group(1)]})
        out.append(m.group(2))
        n += len(m.group(2))
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or re.search(r"\{[A-Z0-9]+\}", text):
        raise ValueError(f"unparsed markup: {line}")
    return text, spans


def build(src: str, dst: str, prefix: str) -> None:
    recs: list[dict[str, object]] = []
    lines: list[str] = []
    for path in sorted((HERE / "source").glob(src)):
        lines += path.read_text(encoding="utf-8").splitlines()
    for raw in lines:
        if not raw.strip() or raw.startswith("#"):
            continue
        text, spans = parse(raw.replace("\\t", "\t").replace("\\n", "\n"))
        recs.append({"id": f"{prefix}-{len(recs) + 1:03d}", "text": text, "spans": spans})
    with open(HERE / dst, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(dst, len(recs))


if __name__ == "__main__":
    build("pc_*.txt", "pii_complaints.jsonl", "pc1224")
    build("np_*.txt", "pii_names_prose.jsonl", "np1224")
