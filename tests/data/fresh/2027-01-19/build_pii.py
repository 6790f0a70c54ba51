"""Build the 2027-01-19 pii sets from their hand-written markup sources (standard library only).

Markup, one record per line (blank lines and lines starting with "#" are skipped):
  [[TYPE:text]]            a labelled span; offsets are computed here, never typed
  <id AREA YYYYMMDD [sp]>  resident ID with a random sequence and a valid check character (sp: 6-8-4 spaced)
  <mob [dash|sp|86|+86]>   mainland mobile number
  <card PREFIX LEN [sp]>   bank card passing Luhn (sp: groups of four)
  <vin WMI>                17-character VIN with a valid check digit
  <nid>                    18-digit number that FAILS the ID check (for 保单号/发票号 negatives)
  <nluhn LEN>              LEN-digit number that FAILS Luhn (for claim/report numbers)
Numbers come from one seeded generator, in file order, so a rebuild is reproducible.

Usage: python build_pii.py   (writes pii_complaints.jsonl and pii_names_prose.jsonl beside this file)
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = [
    ("pii_complaints.src.txt", "pii_complaints.jsonl", "pc0119-{:03d}", 20270119),
    ("pii_names_prose.src.txt", "pii_names_prose.jsonl", "np0119-{:03d}", 20270120),
]

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
VIN_VALUES = {str(d): d for d in range(10)}
VIN_VALUES.update(
    dict(zip("ABCDEFGH", range(1, 9), strict=True))
    | dict(zip("JKLMN", range(1, 6), strict=True))
    | {"P": 7, "R": 9}
    | dict(zip("STUVWXYZ", range(2, 10), strict=True))
)
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"


def id_check(first17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


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


def vin_check(vin: str) -> str:
    r = sum(VIN_VALUES[c] * w for c, w in zip(vin, VIN_WEIGHTS, strict=True)) % 11
    return "X" if r == 10 else str(r)


class Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def resident_id(self, area: str, birth: str, spaced: bool) -> str:
        first17 = area + birth + f"{self.rng.randint(1, 999):03d}"
        s = first17 + id_check(first17)
        return f"{s[:6]} {s[6:14]} {s[14:]}" if spaced else s

    def mobile(self, fmt: str) -> str:
        s = "1" + self.rng.choice("3456789") + "".join(self.rng.choice("0123456789") for _ in range(9))
        if fmt == "dash":
            return f"{s[:3]}-{s[3:7]}-{s[7:]}"
        if fmt == "sp":
            return f"{s[:3]} {s[3:7]} {s[7:]}"
        if fmt == "86":
            return "86-" + s
        if fmt == "+86":
            return "+86 " + s
        return s

    def card(self, prefix: str, length: int, spaced: bool) -> str:
        body = prefix + "".join(self.rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
        s = next(body + d for d in "0123456789" if luhn_ok(body + d))
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if spaced else s

    def vin(self, wmi: str) -> str:
        rest = "".join(self.rng.choice(VIN_CHARS) for _ in range(5))
        tail = "".join(self.rng.choice(VIN_CHARS) for _ in range(2)) + "".join(
            self.rng.choice("0123456789") for _ in range(6)
        )
        draft = wmi + rest + "0" + tail
        return draft[:8] + vin_check(draft) + draft[9:]

    def not_id(self) -> str:
        while True:
            s = "".join(self.rng.choice("0123456789") for _ in range(18))
            if s[0] != "0" and id_check(s[:17]) != s[17]:
                return s

    def not_luhn(self, length: int) -> str:
        while True:
            s = "".join(self.rng.choice("0123456789") for _ in range(length))
            if s[0] != "0" and not luhn_ok(s):
                return s


PLACEHOLDER = re.compile(r"<(id|mob|card|vin|nid|nluhn)((?: [^<>\s]+)*)>")
SPAN = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")


def fill(text: str, gen: Gen) -> str:
    def repl(m: re.Match[str]) -> str:
        kind, args = m.group(1), m.group(2).split()
        if kind == "id":
            return gen.resident_id(args[0], args[1], "sp" in args[2:])
        if kind == "mob":
            return gen.mobile(args[0] if args else "")
        if kind == "card":
            return gen.card(args[0], int(args[1]), "sp" in args[2:])
        if kind == "vin":
            return gen.vin(args[0])
        if kind == "nid":
            return gen.not_id()
        return gen.not_luhn(int(args[0]))

    return PLACEHOLDER.sub(repl, text)


def parse(line: str) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in SPAN.finditer(line):
        plain = line[pos : m.start()]
        out.append(plain)
        length += len(plain)
        surface = m.group(2)
        spans.append({"start": length, "end": length + len(surface), "type": m.group(1)})
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unbalanced markup: {line}")
    return text, spans


def main() -> None:
    for src, dst, id_fmt, seed in SOURCES:
        gen = Gen(seed)
        records: list[dict[str, object]] = []
        for raw in (HERE / src).read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            text, spans = parse(fill(line, gen))
            records.append({"id": id_fmt.format(len(records) + 1), "text": text, "spans": spans})
        with (HERE / dst).open("w", encoding="utf-8") as fh:
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"{dst}: {len(records)} records")


if __name__ == "__main__":
    main()
