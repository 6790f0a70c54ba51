"""Build the 2027-01-12 blind pii sets from hand-written inline markup.

Markup (one record per line, ``#`` lines are comments, a literal ``\\n`` is a line break):
  {P|张三}  PERSON      {A|...}  ADDRESS     {L|新A12345}  LICENSE_PLATE
  {T|0991-4567823} LANDLINE    {E|a@b.cn} EMAIL
Numbers with check digits are never typed; a seeded generator fills these tokens:
  {ID} {ID_S}           ID_CARD (plain / spaced 6-8-4), labelled
  {M} {M86} {M_D} {M_S} MOBILE (plain / +86 / dashes / spaces), labelled
  {CARD} {CARD_G}       BANK_CARD (plain / grouped in fours), labelled
  {VIN}                 VIN, labelled
  {XID}                 18 digits failing the ID check (policy/invoice numbers), not labelled
  {XCARD}               19 digits failing Luhn (claim/report numbers), not labelled
  {USCC}                unified social credit code of an organisation, not labelled

Usage: python build.py  (writes ../pii_complaints.jsonl and ../pii_names_prose.jsonl)
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent

TYPES = {"P": "PERSON", "A": "ADDRESS", "L": "LICENSE_PLATE", "T": "LANDLINE", "E": "EMAIL"}
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
AREAS = [
    "110105", "310115", "440306", "650102", "650104", "650203", "652301", "653101", "510107", "420111",
    "320106", "370212", "130104", "610113", "450103", "530102", "640104", "630104", "540102", "150102",
    "230103", "220104", "210106", "140107", "410105", "340104", "360111", "350203", "330106", "430104",
    "500103", "520102", "460105", "620102", "120104", "654002", "652801", "431102", "522601", "532901",
]


def id_check(first17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


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


VIN_MAP = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
           **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(vin: str) -> str:
    r = sum(VIN_MAP[c] * w for c, w in zip(vin, VIN_W, strict=True)) % 11
    return "X" if r == 10 else str(r)


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def id18(self) -> str:
        r = self.r
        y = r.randint(1942, 2004)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        body = f"{r.choice(AREAS)}{y:04d}{m:02d}{d:02d}{r.randint(1, 999):03d}"
        return body + id_check(body)

    def xid(self) -> str:
        while True:
            s = "".join(self.r.choice("0123456789") for _ in range(18))
            if id_check(s[:17]) != s[17] and not luhn_ok(s):
                return s

    def mobile(self) -> str:
        r = self.r
        pre = r.choice(["13", "15", "18", "17", "19", "16", "14"])
        return pre + str(r.randint(0, 9)) + "".join(r.choice("0123456789") for _ in range(8))

    def card(self) -> str:
        r = self.r
        n = r.choice([16, 19, 19, 16, 18, 17])
        pre = r.choice(["622202", "621700", "622848", "621226", "623668", "622588", "621799", "625965"])
        while True:
            s = pre + "".join(r.choice("0123456789") for _ in range(n - len(pre)))
            if luhn_ok(s):
                return s

    def xcard(self) -> str:
        while True:
            s = "".join(self.r.choice("0123456789") for _ in range(19))
            if not luhn_ok(s) and s[0] != "0":
                return s

    def vin(self) -> str:
        r = self.r
        wmi = r.choice(["LSV", "LFV", "LGB", "LVS", "LHG", "LDC", "LBV", "LGX", "LVH", "LZW", "LNB"])
        chars = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
        rest = "".join(r.choice(chars) for _ in range(5))
        tail = r.choice("KLMNPR") + r.choice("ABCDEFGH0123456789") + "".join(r.choice("0123456789") for _ in range(6))
        vin = wmi + rest + "0" + tail
        return vin[:8] + vin_check(vin) + vin[9:]

    def uscc(self) -> str:
        r = self.r
        body = "91" + r.choice(["6501", "6502", "6523", "4403", "3101", "1101"]) + "00" + "".join(
            r.choice(USCC_CHARS) for _ in range(9))
        c = (31 - sum(USCC_CHARS.index(ch) * w for ch, w in zip(body, USCC_W, strict=True)) % 31) % 31
        return body + USCC_CHARS[c]


TOKEN = re.compile(r"\{([PALTE])\|([^{}]+)\}|\{(ID|ID_S|M|M86|M_D|M_S|CARD|CARD_G|VIN|XID|XCARD|USCC)\}")


def render(line: str, g: Gen) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0

    def emit(s: str, typ: str | None) -> None:
        nonlocal length
        if typ:
            spans.append({"start": length, "end": length + len(s), "type": typ})
        out.append(s)
        length += len(s)

    for m in TOKEN.finditer(line):
        emit(line[pos:m.start()], None)
        if m.group(1):
            emit(m.group(2), TYPES[m.group(1)])
        else:
            k = m.group(3)
            if k == "ID":
                emit(g.id18(), "ID_CARD")
            elif k == "ID_S":
                s = g.id18()
                emit(f"{s[:6]} {s[6:14]} {s[14:]}", "ID_CARD")
            elif k == "M":
                emit(g.mobile(), "MOBILE")
            elif k == "M86":
                s = g.mobile()
                emit(g.r.choice([f"+86 {s}", f"+86-{s}", f"86-{s}", f"+86{s}"]), "MOBILE")
            elif k == "M_D":
                s = g.mobile()
                emit(f"{s[:3]}-{s[3:7]}-{s[7:]}", "MOBILE")
            elif k == "M_S":
                s = g.mobile()
                emit(f"{s[:3]} {s[3:7]} {s[7:]}", "MOBILE")
            elif k == "CARD":
                emit(g.card(), "BANK_CARD")
            elif k == "CARD_G":
                s = g.card()
                emit(" ".join(s[i:i + 4] for i in range(0, len(s), 4)), "BANK_CARD")
            elif k == "VIN":
                emit(g.vin(), "VIN")
            elif k == "XID":
                emit(g.xid(), None)
            elif k == "XCARD":
                emit(g.xcard(), None)
            elif k == "USCC":
                emit(g.uscc(), None)
        pos = m.end()
    emit(line[pos:], None)
    text = "".join(out)
    if "{" in text or "}" in text:
        raise ValueError(f"unparsed markup: {line[:60]}")
    return text, spans


def build(src: str, dst: str, prefix: str, seed: int) -> None:
    g = Gen(seed)
    rows: list[dict[str, object]] = []
    for raw in (HERE / src).read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        text, spans = render(raw.strip().replace("\\n", "\n"), g)
        rows.append({"id": f"{prefix}-{len(rows) + 1:03d}", "text": text, "spans": spans})
    with (OUT / dst).open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(dst, len(rows))


if __name__ == "__main__":
    build("pii_complaints.txt", "pii_complaints.jsonl", "pc0112", 20270112)
    build("pii_names_prose.txt", "pii_names_prose.jsonl", "np0112", 20270113)
