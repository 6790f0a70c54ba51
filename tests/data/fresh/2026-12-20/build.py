"""Build the blind 2026-12-20 pii sets from hand-written inline markup (standard library only).

Markup: ``[[TYPE:text]]`` marks a span. ``{{kind[:arg[:fmt]]}}`` is replaced first by a number made by a
seeded generator so that check digits are right: ``id:AREA`` (resident ID, ``:sp`` grouped 6-8-4),
``mob`` (``:86``, ``:sp``, ``:dash``), ``bank`` (``:sp`` grouped in fours), ``vin``, and the hard negatives
``bad18`` (18 digits failing the ID check) and ``badbank`` (19 digits failing Luhn).
One record per line; lines starting with ``#`` and blank lines are skipped. Ids are assigned in order.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"
VIN_T = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def id_check(s17: str) -> str:
    return ID_C[sum(int(c) * w for c, w in zip(s17, ID_W, strict=True)) % 11]


def luhn_ok(num: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def vin_check(v: str) -> str:
    r = sum(VIN_T[c] * w for c, w in zip(v, VIN_W, strict=True)) % 11
    return "X" if r == 10 else str(r)


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def id(self, area: str, fmt: str = "") -> str:
        r = self.r
        y, m, d = r.randint(1948, 2004), r.randint(1, 12), r.randint(1, 28)
        s17 = f"{area}{y:04d}{m:02d}{d:02d}{r.randint(1, 999):03d}"
        s = s17 + id_check(s17)
        return f"{s[:6]} {s[6:14]} {s[14:]}" if fmt == "sp" else s

    def mob(self, fmt: str = "") -> str:
        r = self.r
        s = "1" + r.choice("3456789") + "".join(r.choice("0123456789") for _ in range(9))
        if fmt == "86":
            return f"+86 {s[:3]} {s[3:7]} {s[7:]}"
        if fmt == "sp":
            return f"{s[:3]} {s[3:7]} {s[7:]}"
        if fmt == "dash":
            return f"{s[:3]}-{s[3:7]}-{s[7:]}"
        return s

    def bank(self, fmt: str = "") -> str:
        r = self.r
        n = r.choice([16, 19, 19, 19])
        body = r.choice(["622202", "621700", "622848", "621483", "623058", "622588"])
        body += "".join(r.choice("0123456789") for _ in range(n - 7))
        s = next(body + str(c) for c in range(10) if luhn_ok(body + str(c)))
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if fmt == "sp" else s

    def vin(self, fmt: str = "") -> str:
        r = self.r
        alpha = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        wmi = r.choice(["LSV", "LFV", "LGB", "LVS", "LBV", "LGW", "LHG", "LSG"])
        v = (
            wmi
            + "".join(r.choice(alpha) for _ in range(5))
            + "0"
            + r.choice("KLMNPR")
            + "".join(r.choice(alpha) for _ in range(1))
            + "".join(r.choice("0123456789") for _ in range(6))
        )
        return v[:8] + vin_check(v) + v[9:]

    def bad18(self, fmt: str = "") -> str:
        while True:
            s = "".join(self.r.choice("0123456789") for _ in range(18))
            if id_check(s[:17]) != s[17]:
                return s

    def badbank(self, fmt: str = "") -> str:
        while True:
            s = "".join(self.r.choice("0123456789") for _ in range(19))
            if not luhn_ok(s):
                return s


PH = re.compile(r"\{\{(\w+)(?::([^:}]*))?(?::([^}]*))?\}\}")
MK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")


def fill(line: str, gen: Gen) -> str:
    def rep(m: re.Match[str]) -> str:
        kind, a, b = m.group(1), m.group(2) or "", m.group(3) or ""
        if kind == "id":
            return gen.id(a, b)
        return getattr(gen, kind)(a)

    return PH.sub(rep, line)


def parse(line: str) -> tuple[str, list[dict[str, object]]]:
    out, spans, pos = [], [], 0
    for m in MK.finditer(line):
        out.append(line[pos : m.start()])
        start = sum(len(p) for p in out)
        out.append(m.group(2))
        spans.append({"start": start, "end": start + len(m.group(2)), "type": m.group(1)})
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text:
        raise ValueError(f"unparsed markup: {line}")
    return text, spans


def build(src: str, dst: str, prefix: str, seed: int) -> int:
    gen = Gen(seed)
    n = 0
    with open(HERE / dst, "w", encoding="utf-8") as fh:
        for raw in (HERE / src).read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            n += 1
            text, spans = parse(fill(line, gen))
            fh.write(json.dumps({"id": f"{prefix}-{n:03d}", "text": text, "spans": spans}, ensure_ascii=False) + "\n")
    return n


if __name__ == "__main__":
    a = build("src/pii_complaints.txt", "pii_complaints.jsonl", "pc1220", 20261220)
    b = build("src/pii_names_prose.txt", "pii_names_prose.jsonl", "np1220", 20261221)
    print(f"pii_complaints.jsonl {a} records, pii_names_prose.jsonl {b} records", file=sys.stderr)
