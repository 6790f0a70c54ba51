"""Build pii_complaints.jsonl, pii_names_prose.jsonl and transcripts.jsonl from the hand-written sources.

Blind author s9-fresh-a, 2026-12-06. Every record text is hand-written in the src_*.txt files; this script only
turns the inline markup into offsets and fills identifier placeholders with numbers that carry valid check
digits (fixed seed, so the output is reproducible). Run: python3 gen_pii_tx.py

Markup in src_pii_*.txt (one record per line, "#" starts a comment line, a literal "\\n" is a line break):
  ⟦T:text⟧   a gold span of type T (P PERSON, A ADDRESS, I ID_CARD, M MOBILE, L LANDLINE, B BANK_CARD,
             E EMAIL, C LICENSE_PLATE, V VIN) whose text is written by hand
  {ID} {ID_} {IDX}             generated resident ID (plain / spaced 6-8-4 / check character X), labelled
  {MOB} {MOB+} {MOB86} {MOB-} {MOB_} {MOBF}   generated mobile (plain / +86 / 86- / dashes / spaces /
                                              full-width digits), labelled
  {CARD} {CARD4}               generated bank card passing Luhn (plain / grouped in fours), labelled
  {VIN}                        generated VIN with a valid check digit, labelled
  {N18} {N16} {N19} {N20}      unlabelled hard negatives: digit strings that fail both the ID check and Luhn
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"P": "PERSON", "A": "ADDRESS", "I": "ID_CARD", "M": "MOBILE", "L": "LANDLINE", "B": "BANK_CARD",
         "E": "EMAIL", "C": "LICENSE_PLATE", "V": "VIN"}
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
AREAS = ["650102", "650103", "650104", "650105", "650106", "650109", "652301", "652323", "653101", "653121",
         "653201", "653222", "654002", "654021", "659001", "652801", "652901", "654301", "650202", "652101",
         "540102", "542621", "110105", "310115", "440305", "510104", "620102", "630102", "320106", "410105"]
MOBILE_PREFIXES = ["130", "131", "133", "135", "136", "138", "139", "150", "151", "152", "155", "157", "158",
                   "159", "166", "173", "176", "177", "180", "181", "182", "183", "186", "187", "189", "191",
                   "193", "195", "198", "199", "147", "178"]
CARD_PREFIXES = ["622848", "621700", "622202", "621661", "623668", "622588", "621226", "622908", "625965",
                 "621483", "622700", "603367", "622262", "621799", "622150"]
VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
VIN_VALUES = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
              **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
WMIS = ["LSV", "LFV", "LGB", "LVS", "LBV", "LHG", "LGW", "LJD", "LZW", "LNB", "LS5", "LDC", "LVH", "LFP", "LC0"]


def id_check(first17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def vin_check(vin: str) -> str:
    r = sum(VIN_VALUES[c] * w for c, w in zip(vin, VIN_WEIGHTS, strict=True)) % 11
    return "X" if r == 10 else str(r)


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def resident_id(self, want_x: bool = False) -> str:
        while True:
            year = self.r.randint(1940, 2005)
            body = (self.r.choice(AREAS) + f"{year}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"
                    + f"{self.r.randint(0, 999):03d}")
            check = id_check(body)
            if (check == "X") == want_x:
                return body + check

    def mobile(self) -> str:
        return self.r.choice(MOBILE_PREFIXES) + "".join(self.r.choice("0123456789") for _ in range(8))

    def card(self) -> str:
        length = self.r.choice([16, 19, 19, 16, 18, 17])
        while True:
            body = self.r.choice(CARD_PREFIXES) + "".join(self.r.choice("0123456789")
                                                          for _ in range(length - 7))
            for d in "0123456789":
                if luhn_ok(body + d):
                    return body + d

    def vin(self) -> str:
        while True:
            chars = list(self.r.choice(WMIS) + "".join(self.r.choice(VIN_CHARS) for _ in range(14)))
            chars[9] = self.r.choice("KLMNPRST")  # model year 2019..2026
            chars[8] = "0"
            chars[8] = vin_check("".join(chars))
            return "".join(chars)

    def negative(self, n: int) -> str:
        while True:
            s = self.r.choice("2345789") + "".join(self.r.choice("0123456789") for _ in range(n - 1))
            if luhn_ok(s):
                continue
            if n == 18 and id_check(s[:17]) == s[17]:
                continue
            return s


FULL = str.maketrans("0123456789", "０１２３４５６７８９")


def fill(token: str, g: Gen) -> tuple[str, str | None]:
    if token == "ID":
        return g.resident_id(), "ID_CARD"
    if token == "IDX":
        return g.resident_id(want_x=True), "ID_CARD"
    if token == "ID_":
        s = g.resident_id(want_x=g.r.random() < 0.2)
        return f"{s[:6]} {s[6:14]} {s[14:]}", "ID_CARD"
    if token.startswith("MOB"):
        m = g.mobile()
        form = {"MOB": m, "MOB+": "+86" + m, "MOB86": "86-" + m, "MOB-": f"{m[:3]}-{m[3:7]}-{m[7:]}",
                "MOB_": f"{m[:3]} {m[3:7]} {m[7:]}", "MOBF": m.translate(FULL)}[token]
        return form, "MOBILE"
    if token == "CARD":
        return g.card(), "BANK_CARD"
    if token == "CARD4":
        c = g.card()
        return " ".join(c[i:i + 4] for i in range(0, len(c), 4)), "BANK_CARD"
    if token == "VIN":
        return g.vin(), "VIN"
    if token in ("N16", "N18", "N19", "N20"):
        return g.negative(int(token[1:])), None
    raise ValueError(f"unknown placeholder {{{token}}}")


MARK = re.compile(r"⟦([PAIMLBECV]):([^⟦⟧]+)⟧|\{([A-Z0-9_+-]+)\}")


def parse_line(line: str, g: Gen) -> tuple[str, list[dict]]:
    line = line.replace("\\n", "\n")
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in MARK.finditer(line):
        out.append(line[pos:m.start()])
        length += m.start() - pos
        if m.group(1):
            text, typ = m.group(2), TYPES[m.group(1)]
        else:
            text, typ = fill(m.group(3), g)
        if typ:
            spans.append({"start": length, "end": length + len(text), "type": typ})
        out.append(text)
        length += len(text)
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text:
        raise ValueError(f"unbalanced markup: {line[:60]}")
    return text, spans


def build_pii(src: str, dest: str, prefix: str, seed: int) -> int:
    g = Gen(seed)
    rows = []
    for raw in (HERE / src).read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        text, spans = parse_line(raw, g)
        rows.append({"id": f"{prefix}-{len(rows) + 1:03d}", "text": text, "spans": spans})
    write(dest, rows)
    return len(rows)


def build_transcripts(src: str, dest: str, seed: int) -> int:
    """Blocks separated by blank lines. Header: "= motor | steps: A,B | violations: X". Turns: "A: ..."/"C: ..."."""
    g = Gen(seed)
    rows = []
    blocks = [b for b in (HERE / src).read_text(encoding="utf-8").split("\n\n") if b.strip()]
    for block in blocks:
        lines = [ln for ln in block.strip().splitlines() if not ln.startswith("#")]
        if not lines:
            continue
        head = [p.strip() for p in lines[0].lstrip("= ").split("|")]
        line_of_business = head[0]
        fields = {p.split(":", 1)[0].strip(): p.split(":", 1)[1].strip() for p in head[1:]}
        turns = []
        for ln in lines[1:]:
            who, text = ln.split(":", 1)
            text, _ = parse_line(text.strip(), g)
            turns.append({"speaker": {"A": "agent", "C": "customer"}[who.strip()], "text": text})
        rows.append({"id": f"tx-fresh-1208-{len(rows) + 1:03d}", "product_line": line_of_business, "turns": turns,
                     "steps_present": [s.strip() for s in fields.get("steps", "").split(",") if s.strip()],
                     "violations": [v.strip() for v in fields.get("violations", "").split(",") if v.strip()]})
    write(dest, rows)
    return len(rows)


def write(dest: str, rows: list[dict]) -> None:
    with open(HERE / dest, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    print("pii_complaints", build_pii("src_pii_complaints.txt", "pii_complaints.jsonl", "pii-fresh-1208-c", 1208))
    print("pii_names_prose", build_pii("src_pii_names_prose.txt", "pii_names_prose.jsonl", "pii-fresh-1208-n", 812))
    print("transcripts", build_transcripts("src_transcripts.txt", "transcripts.jsonl", 2026))
