"""Build the 2027-01-07 pii sets from hand-written inline markup (seeded numbers).

Markup: [[TYPE:text]] marks a span. Placeholders (expanded before spans are computed):
{ID} {IDS} resident ID (plain / spaced 6-8-4), {MOB} {MOBD} {MOB86} mobile,
{CARD} {CARDG} Luhn bank card (plain / grouped), {VIN}, {N18} 18 digits failing the ID
check and Luhn, {N19} 19 digits failing Luhn. A literal \\n in the source is a newline.
"""

import json
import random
import re
from pathlib import Path

rng = random.Random(20270107)
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
REG = [
    "650102",
    "650104",
    "652301",
    "653101",
    "110105",
    "310115",
    "440305",
    "510107",
    "420106",
    "320583",
    "370212",
    "410105",
    "130104",
    "450103",
    "530102",
    "620102",
    "640104",
    "150102",
    "210203",
    "330106",
    "350203",
    "430111",
    "610113",
    "222401",
]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, W, strict=True)) % 11]


def gen_id():
    y = rng.randint(1950, 2004)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    s = f"{rng.choice(REG)}{y}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
    return s + id_check(s)


def luhn_ok(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        t += v
    return t % 10 == 0


def gen_card():
    pre = rng.choice(["622848", "621700", "622202", "621226", "623668", "622588", "621483"])
    n = rng.choice([16, 19, 19])
    while True:
        s = pre + "".join(str(rng.randint(0, 9)) for _ in range(n - 6))
        if luhn_ok(s):
            return s


def gen_mob():
    return rng.choice(["138", "139", "135", "186", "152", "177", "199", "158", "130", "181", "147"]) + "".join(
        str(rng.randint(0, 9)) for _ in range(8)
    )


VT = {c: i for i, c in enumerate("0123456789")}
VT.update(
    {
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
)
VW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def gen_vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = rng.choice(["LSV", "LFV", "LGB", "LVS", "LBV", "LHG", "LGW", "LRW", "LDC", "LNB"])
    s = (
        wmi
        + "".join(rng.choice(al) for _ in range(5))
        + "0"
        + rng.choice("LMNPR")
        + rng.choice("ABCDEFGH")
        + "".join(str(rng.randint(0, 9)) for _ in range(6))
    )
    c = sum(VT[ch] * w for ch, w in zip(s, VW, strict=True)) % 11
    return s[:8] + ("X" if c == 10 else str(c)) + s[9:]


def gen_bad(n):
    while True:
        s = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if luhn_ok(s):
            continue
        if n == 18 and id_check(s[:17]) == s[17]:
            continue
        return s


def expand(m):
    k = m.group(1)
    if k == "ID":
        return gen_id()
    if k == "IDS":
        s = gen_id()
        return f"{s[:6]} {s[6:14]} {s[14:]}"
    if k == "MOB":
        return gen_mob()
    if k == "MOBD":
        s = gen_mob()
        return f"{s[:3]}-{s[3:7]}-{s[7:]}"
    if k == "MOB86":
        return "+86 " + gen_mob()
    if k == "CARD":
        return gen_card()
    if k == "CARDG":
        s = gen_card()
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    if k == "VIN":
        return gen_vin()
    if k == "N18":
        return gen_bad(18)
    if k == "N19":
        return gen_bad(19)
    raise KeyError(k)


ABBR = {
    "P": "PERSON",
    "A": "ADDRESS",
    "L": "LICENSE_PLATE",
    "I": "ID_CARD",
    "M": "MOBILE",
    "T": "LANDLINE",
    "B": "BANK_CARD",
    "E": "EMAIL",
    "V": "VIN",
}
MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")


def parse(line):
    line = re.sub(r"\{([A-Z0-9]+)\}", expand, line).replace("\\n", "\n")
    out, spans, pos = [], [], 0
    for m in MARK.finditer(line):
        out.append(line[pos : m.start()])
        start = sum(len(x) for x in out)
        out.append(m.group(2))
        spans.append({"start": start, "end": start + len(m.group(2)), "type": ABBR.get(m.group(1), m.group(1))})
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, line
    return text, spans


def build(src, dst, prefix):
    recs = []
    for line in Path(src).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        text, spans = parse(line)
        recs.append({"id": f"{prefix}-{len(recs) + 1:03d}", "text": text, "spans": spans})
    with open(dst, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(dst, len(recs))


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    build(here / "pii_complaints.src.txt", here.parent / "pii_complaints.jsonl", "pc0107")
    build(here / "pii_names_prose.src.txt", here.parent / "pii_names_prose.jsonl", "np0107")
