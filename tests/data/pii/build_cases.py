"""Build own_cases.jsonl and regression*.jsonl from their .txt sources (outputs are committed).

    .venv/bin/python tests/data/pii/build_cases.py
"""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHORT = {"P": "PERSON", "A": "ADDRESS", "M": "MOBILE", "L": "LANDLINE", "E": "EMAIL", "C": "LICENSE_PLATE"}
AREAS = ("650102", "650103", "650104", "650105", "652301", "652801", "653101", "654002", "654202", "110105")
ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
VIN_V = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
         **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
         **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
TOKEN = re.compile(r"\[\[(\w)\|(.+?)\]\]|\{(\w+)\}")


def make_id(rng: random.Random) -> str:
    born = date(1940, 1, 1) + timedelta(days=rng.randrange(365 * 65))
    body = rng.choice(AREAS) + born.strftime("%Y%m%d") + f"{rng.randrange(1000):03d}"
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, ID_W, strict=True)) % 11]


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        s = body + d
        total = sum((int(c) * 2 - 9 if int(c) * 2 > 9 else int(c) * 2) if i % 2 else int(c)
                    for i, c in enumerate(reversed(s)))
        if total % 10 == 0:
            return s
    raise AssertionError


def make_vin(rng: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = ["L"] + [rng.choice(chars) for _ in range(16)]
    check = sum(VIN_V[c] * w for c, w in zip(v, VIN_W, strict=True)) % 11
    v[8] = "X" if check == 10 else str(check)
    return "".join(v)


def fill(name: str, rng: random.Random) -> tuple[str, str | None]:
    if name == "ID":
        return make_id(rng), "ID_CARD"
    if name == "ID_SP":
        s = make_id(rng)
        return f"{s[:6]} {s[6:14]} {s[14:]}", "ID_CARD"
    if name == "BANK":
        return luhn_complete(rng.choice(("622848", "621700", "622202", "623058")), rng.choice((16, 19)), rng), \
            "BANK_CARD"
    if name == "BANK_SP":
        s = luhn_complete("622588", 16, rng)
        return " ".join(s[i : i + 4] for i in range(0, 16, 4)), "BANK_CARD"
    if name == "VIN":
        return make_vin(rng), "VIN"
    if name == "MOB":
        return rng.choice("3456789") and "1" + rng.choice("3578") + "".join(
            str(rng.randrange(10)) for _ in range(9)), "MOBILE"
    if name == "BANK19_SP":
        s = luhn_complete(rng.choice(("621700", "622848", "623668")), 19, rng)
        return " ".join(s[i : i + 4] for i in range(0, 19, 4)), "BANK_CARD"
    if name in ("MOB86_SP", "MOB_SP"):
        s = "1" + rng.choice("35789") + "".join(str(rng.randrange(10)) for _ in range(9))
        return ("+86 " if name == "MOB86_SP" else "") + f"{s[:3]} {s[3:7]} {s[7:]}", "MOBILE"
    if name == "ID_X":
        while not (s := make_id(rng)).endswith("X"):
            pass
        return s, "ID_CARD"
    if name == "NOID":  # a valid ID number used as a policy/serial number: not personal data here
        return make_id(rng), None
    if name == "NOBANK":
        return luhn_complete("6217", 18, rng), None
    raise KeyError(name)


def build(lines: list[str], rng: random.Random, prefix: str = "own") -> list[dict]:
    rows, buf = [], []
    for line in [*lines, ""]:
        if line.startswith("#"):
            continue
        # a line starting with a field label continues the previous case (multi-line forms)
        if buf and line and re.match(r"^(身份证号|联系电话|诉求)：", line):
            buf.append(line)
            continue
        if buf:
            rows.append(convert("\n".join(buf), rng, len(rows), prefix))
            buf = []
        if line.strip():
            buf.append(line)
    return rows


def convert(src: str, rng: random.Random, n: int, prefix: str = "own") -> dict:
    text, spans, pos = [], [], 0
    length = 0
    for m in TOKEN.finditer(src):
        text.append(src[pos : m.start()])
        length += m.start() - pos
        if m.group(1):
            value, typ = m.group(2), SHORT[m.group(1)]
        else:
            value, typ = fill(m.group(3), rng)
        if typ:
            spans.append({"start": length, "end": length + len(value), "type": typ})
        text.append(value)
        length += len(value)
        pos = m.end()
    text.append(src[pos:])
    return {"id": f"{prefix}-{n}", "text": "".join(text), "spans": spans}


def main() -> None:
    # own cases (used while writing rules) and the regression sets (once held out, since tuned on: regression
    # sets now, see their headers); separate seeds and files. The record ids keep their original prefixes.
    for src, dst, prefix, seed in (
        ("cases.txt", "own_cases.jsonl", "own", 20250926),
        ("regression1.txt", "regression1.jsonl", "hold", 20251014),
        ("regression2.txt", "regression2.jsonl", "hold2", 20251015),
        ("regression3.txt", "regression3.jsonl", "hold3", 20251016),
    ):
        lines = (HERE / src).read_text(encoding="utf-8").splitlines()
        rows = build(lines, random.Random(seed), prefix)
        with (HERE / dst).open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{dst}: {len(rows)} cases, {sum(len(r['spans']) for r in rows)} spans")


if __name__ == "__main__":
    main()
