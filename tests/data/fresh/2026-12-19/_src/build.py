"""Build the 2026-12-19 pii sets from hand-written inline markup.

Markup: [[TYPE:text]] marks a span; {{KIND}} is replaced by a number generated with a
seeded RNG (check digits computed here, never typed). Offsets are computed here.
Run: python _src/build.py  (standard library only; output is deterministic).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
rng = random.Random(20261219)

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
AREAS = [
    "650102",
    "650103",
    "650104",
    "650105",
    "652301",
    "652901",
    "653101",
    "654002",
    "110105",
    "310115",
    "440305",
    "510107",
    "420106",
    "330106",
    "370202",
    "610113",
]


def id_check(body: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body, ID_W, strict=True)) % 11]


def gen_id() -> str:
    y = rng.randint(1948, 2004)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    body = f"{rng.choice(AREAS)}{y:04d}{m:02d}{d:02d}{rng.randint(1, 999):03d}"
    return body + id_check(body)


def gen_bad_id() -> str:
    while True:
        body = "".join(str(rng.randint(0, 9)) for _ in range(17))
        c = str(rng.randint(0, 9))
        if c != id_check(body):
            return body + c


def luhn_ok(s: str) -> bool:
    t = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        t += v
    return t % 10 == 0


def gen_card(n: int | None = None) -> str:
    n = n or rng.choice([16, 19, 19])
    prefix = rng.choice(["622848", "621700", "622202", "621483", "622588", "623058", "621226"])
    while True:
        s = prefix + "".join(str(rng.randint(0, 9)) for _ in range(n - len(prefix)))
        if luhn_ok(s):
            return s


def gen_bad_card(n: int) -> str:
    while True:
        s = "".join(str(rng.randint(0, 9)) for _ in range(n))
        if s[0] != "0" and not luhn_ok(s):
            return s


VIN_CH = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
VIN_TR = dict(
    zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9], strict=True)
)
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_val(c: str) -> int:
    return int(c) if c.isdigit() else VIN_TR[c]


def vin_check(v: str) -> str:
    r = sum(vin_val(c) * w for c, w in zip(v, VIN_W, strict=True)) % 11
    return "X" if r == 10 else str(r)


def gen_vin() -> str:
    wmi = rng.choice(["LFV", "LSV", "LGW", "LVS", "LSG", "LHG", "LGB", "LZW"])
    rest = "".join(rng.choice(VIN_CH) for _ in range(14))
    v = wmi + rest[:5] + "0" + rest[6:]
    return v[:8] + vin_check(v) + v[9:]


def gen_mob() -> str:
    return "1" + rng.choice("3456789") + "".join(str(rng.randint(0, 9)) for _ in range(9))


def expand(kind: str) -> str:
    if kind == "ID":
        return gen_id()
    if kind == "IDx":  # lowercase-free X check allowed; keep generating until check is X
        while True:
            v = gen_id()
            if v.endswith("X"):
                return v
    if kind == "ID_SP":
        v = gen_id()
        return f"{v[:6]} {v[6:14]} {v[14:]}"
    if kind == "BADID":
        return gen_bad_id()
    if kind == "MOB":
        return gen_mob()
    if kind == "MOB_SP":
        m = gen_mob()
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if kind == "MOB_DASH":
        m = gen_mob()
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    if kind == "MOB_86":
        return "+86 " + gen_mob()
    if kind == "MOB_86D":
        return "86-" + gen_mob()
    if kind == "CARD":
        return gen_card()
    if kind == "CARD16":
        return gen_card(16)
    if kind == "CARD_G":
        c = gen_card(19)
        return " ".join(c[i : i + 4] for i in range(0, len(c), 4))
    if kind.startswith("BADCARD"):
        return gen_bad_card(int(kind[7:] or 19))
    if kind == "VIN":
        return gen_vin()
    raise ValueError(kind)


SPAN = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")
PH = re.compile(r"\{\{([A-Za-z0-9_]+)\}\}")


def parse(line: str) -> tuple[str, list[dict]]:
    line = PH.sub(lambda m: expand(m.group(1)), line)
    text, spans, pos = [], [], 0
    for m in SPAN.finditer(line):
        text.append(line[pos : m.start()])
        start = sum(len(t) for t in text)
        text.append(m.group(2))
        spans.append({"start": start, "end": start + len(m.group(2)), "type": m.group(1)})
        pos = m.end()
    text.append(line[pos:])
    out = "".join(text)
    assert "[[" not in out and "]]" not in out, line
    return out, spans


def build(src: str, dst: str, prefix: str) -> None:
    rows: list[dict[str, object]] = []
    for raw in (HERE / src).read_text(encoding="utf-8").split("\n"):
        if not raw.strip() or raw.startswith("#"):
            continue
        text, spans = parse(raw.replace("\\n", "\n").replace("\\t", "\t"))
        rows.append({"id": f"{prefix}-{len(rows) + 1:03d}", "text": text, "spans": spans})
    with open(OUT / dst, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(dst, len(rows))


if __name__ == "__main__":
    build("complaints.txt", "pii_complaints.jsonl", "pc1219")
    build("names_prose.txt", "pii_names_prose.jsonl", "np1219")
