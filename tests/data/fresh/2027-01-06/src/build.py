"""Build the 2027-01-06 pii sets from hand-written inline markup.

Markup: [[TYPE:text]] marks a span. Placeholders (filled from a seeded RNG, so the
output is reproducible): {ID:RRRRRR} resident ID with region code, {MOB} mobile,
{MOBS} mobile written 3-4-4 with spaces, {MOBD} with dashes, {CARD} bank card,
{CARDG} grouped in fours, {VIN} VIN, {BADID} 18 digits failing the ID check,
{BADCARD} 16 digits failing Luhn.
"""

import json
import random
import re
from collections import Counter
from pathlib import Path

rng = random.Random(20270106)
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C = "10X98765432"


def id_check(s17):
    return C[sum(int(a) * b for a, b in zip(s17, W, strict=True)) % 11]


def gen_id(region):
    y = rng.randint(1950, 2004)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    s17 = f"{region}{y:04d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
    return s17 + id_check(s17)


def bad_id():
    while True:
        s = "".join(str(rng.randint(0, 9)) for _ in range(18))
        if s[0] != "0" and id_check(s[:17]) != s[17]:
            return s


def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def gen_card():
    n = rng.choice([16, 19])
    pre = rng.choice(["622848", "621700", "622202", "623668", "621661", "622908"])
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def bad_card():
    while True:
        s = "".join(str(rng.randint(0, 9)) for _ in range(16))
        if s[0] != "0" and not luhn_ok(s):
            return s


def gen_mob():
    return (
        rng.choice(["13", "15", "18", "17", "19"])
        + str(rng.randint(0, 9))
        + "".join(str(rng.randint(0, 9)) for _ in range(8))
    )


VT = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VCH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def gen_vin():
    wmi = rng.choice(["LSV", "LFV", "LGB", "LVS", "LHG", "LDC", "LGW", "LBV"])
    s = (
        wmi
        + "".join(rng.choice(VCH) for _ in range(5))
        + "0"
        + rng.choice("GHJKLMNP")
        + rng.choice(VCH)
        + "".join(str(rng.randint(0, 9)) for _ in range(6))
    )
    r = sum(VT[c] * w for c, w in zip(s, VW, strict=True)) % 11
    return s[:8] + ("X" if r == 10 else str(r)) + s[9:]


def fill(text):
    def rep(m):
        k, arg = m.group(1), m.group(2)
        if k == "ID":
            return gen_id(arg)
        if k in ("MOB", "MOBS", "MOBD"):
            x = gen_mob()
            sep = {"MOB": None, "MOBS": " ", "MOBD": "-"}[k]
            return x if sep is None else sep.join((x[:3], x[3:7], x[7:]))
        if k in ("CARD", "CARDG"):
            x = gen_card()
            return x if k == "CARD" else " ".join(x[i : i + 4] for i in range(0, len(x), 4))
        makers = {"VIN": gen_vin, "BADID": bad_id, "BADCARD": bad_card}
        return makers[k]()

    return re.sub(r"\{([A-Z]+)(?::(\w+))?\}", rep, text)


MARK = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]")


def parse(line):
    out, spans, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(line):
        out.append(line[pos : m.start()])
        cur += len(line[pos : m.start()])
        inner = m.group(2)
        spans.append({"start": cur, "end": cur + len(inner), "type": m.group(1)})
        out.append(inner)
        cur += len(inner)
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, line
    return text, spans


def build(src, dst, prefix):
    recs = []
    for raw in Path(src).read_text(encoding="utf-8").splitlines():
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        text, spans = parse(fill(raw))
        recs.append({"id": f"{prefix}-{len(recs) + 1:03d}", "text": text, "spans": spans})
    with open(dst, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return recs


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    for src, dst, pre in [
        ("complaints.txt", "pii_complaints.jsonl", "pc0106"),
        ("names_prose.txt", "pii_names_prose.jsonl", "np0106"),
    ]:
        if (here / src).exists():
            recs = build(here / src, here.parent / dst, pre)
            c = Counter(s["type"] for r in recs for s in r["spans"])
            print(
                dst,
                len(recs),
                "records,",
                sum(1 for r in recs if not r["spans"]),
                "without spans",
                dict(sorted(c.items())),
            )
