"""Build the 2026-12-27 blind pii sets from hand-written inline markup.

Markup, one record per non-empty line (``#`` starts a comment line, ``\\n`` is a newline in the text):

* ``[[TYPE:text]]`` -- a labelled span typed by hand (PERSON, ADDRESS, LANDLINE, EMAIL, LICENSE_PLATE, ...).
* ``{{ID:area:yyyymmdd}}`` -- a resident ID with a valid check character (``{{IDS:...}}`` grouped 6-8-4).
* ``{{MOB}}`` -- a mobile number; ``{{MOB:+86}}``, ``{{MOB:86-}}``, ``{{MOB:dash}}``, ``{{MOB:space}}`` for formats.
* ``{{CARD:prefix:length}}`` -- a Luhn-valid bank card; ``{{CARDG:prefix:length}}`` grouped in fours.
* ``{{VIN:wmi}}`` -- a VIN with a valid check digit.
* ``{{BADID}}`` / ``{{BADCARD:length}}`` / ``{{DIGITS:n}}`` -- unlabelled numbers that fail the checks.

Offsets are computed here, never typed.  The random generator is seeded, so the output is reproducible:
``python build_pii.py`` rewrites ``../pii_complaints.jsonl`` and ``../pii_names_prose.jsonl``.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
MOBILE_PREFIXES = (
    "133",
    "135",
    "136",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "158",
    "159",
    "177",
    "180",
    "182",
    "183",
    "186",
    "187",
    "188",
    "189",
    "191",
    "198",
    "199",
)
TOKEN = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{([A-Z]+)(?::([^}]*))?\}\}")


def id_check(first17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError(body)


def vin_check(vin: str) -> str:
    total = sum(VIN_VALUES[c] * w for c, w in zip(vin, VIN_WEIGHTS, strict=True))
    r = total % 11
    return "X" if r == 10 else str(r)


class Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def id_card(self, area: str, birth: str) -> str:
        body = area + birth + self.digits(3)
        return body + id_check(body)

    def bad_id(self) -> str:
        while True:
            body = self.rng.choice("123456") + self.digits(16)
            last = self.rng.choice("0123456789")
            if last != id_check(body):
                return body + last

    def mobile(self) -> str:
        return self.rng.choice(MOBILE_PREFIXES) + self.digits(8)

    def card(self, prefix: str, length: int) -> str:
        body = prefix + self.digits(length - len(prefix) - 1)
        return body + luhn_digit(body)

    def bad_card(self, length: int) -> str:
        while True:
            n = self.rng.choice("123456789") + self.digits(length - 1)
            if not luhn_ok(n):
                return n

    def vin(self, wmi: str) -> str:
        vds = "".join(self.rng.choice(VIN_CHARS) for _ in range(5))
        year = self.rng.choice("DEFGHJKLMNPR")
        plant = self.rng.choice(VIN_CHARS)
        raw = wmi + vds + "0" + year + plant + self.digits(6)
        return raw[:8] + vin_check(raw) + raw[9:]


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def render(line: str, gen: Gen) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    cursor = 0
    for m in TOKEN.finditer(line):
        out.append(line[pos : m.start()])
        cursor += m.start() - pos
        pos = m.end()
        label: str | None
        if m.group(1):
            label, text = m.group(1), m.group(2)
        else:
            kind, arg = m.group(3), (m.group(4) or "")
            args = arg.split(":") if arg else []
            label = None
            if kind in ("ID", "IDS"):
                text = gen.id_card(args[0], args[1])
                if kind == "IDS":
                    text = f"{text[:6]} {text[6:14]} {text[14:]}"
                label = "ID_CARD"
            elif kind == "MOB":
                n = gen.mobile()
                fmt = args[0] if args else ""
                text = {
                    "": n,
                    "+86": "+86 " + n,
                    "86-": "86-" + n,
                    "dash": f"{n[:3]}-{n[3:7]}-{n[7:]}",
                    "space": f"{n[:3]} {n[3:7]} {n[7:]}",
                    "+86c": "+86" + n,
                }[fmt]
                label = "MOBILE"
            elif kind in ("CARD", "CARDG"):
                text = gen.card(args[0], int(args[1]))
                if kind == "CARDG":
                    text = group4(text)
                label = "BANK_CARD"
            elif kind == "VIN":
                text = gen.vin(args[0])
                label = "VIN"
            elif kind == "BADID":
                text = gen.bad_id()
            elif kind == "BADCARD":
                text = gen.bad_card(int(args[0]))
            elif kind == "DIGITS":
                text = gen.digits(int(args[0]))
            else:
                raise ValueError(f"unknown generator {kind!r} in {line[:40]!r}")
        if label is not None:
            spans.append({"start": cursor, "end": cursor + len(text), "type": label})
        out.append(text)
        cursor += len(text)
    out.append(line[pos:])
    text_out = "".join(out)
    if "[[" in text_out or "{{" in text_out or "]]" in text_out or "}}" in text_out:
        raise ValueError(f"unbalanced markup: {line[:60]!r}")
    return text_out, spans


def build(src: Path, dst: Path, prefix: str, seed: int) -> int:
    gen = Gen(seed)
    rows: list[dict[str, object]] = []
    for raw in src.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        text, spans = render(line.replace("\\n", "\n"), gen)
        rows.append({"id": f"{prefix}-{len(rows) + 1:03d}", "text": text, "spans": spans})
    with dst.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


def main() -> None:
    n1 = build(HERE / "pii_complaints.txt", OUT / "pii_complaints.jsonl", "pc1227", 20261227)
    n2 = build(HERE / "pii_names_prose.txt", OUT / "pii_names_prose.jsonl", "np1227", 1227)
    print(f"pii_complaints.jsonl: {n1} records; pii_names_prose.jsonl: {n2} records")


if __name__ == "__main__":
    main()
