"""Build the 2026-12-10 pii and transcript sets from the hand-written markup in this folder.

Markup (pii_*.txt, one record per line, ``\\n`` for a line break, ``#`` starts a comment line):
  ⟦text|T⟧   a labelled span; T is P, ID, MO, LL, BC, EM, AD, PL or VIN.
  {ID} {MO} {BC} {VIN}   a generated number of that type, labelled (flags after a colon, comma-separated:
             s = grouped with spaces, d = dashes, fw = full-width digits, +86 / 86- = country prefix,
             e = born before 1962 (ID), X = check character X (ID), 16..19 = length (BC)).
  {NID} {NBC:n} {NVIN}   a generated look-alike that fails its check (unlabelled: policy/claim/report numbers).

Transcript markup (transcripts.txt): a header line ``= line | STEP,STEP | VIOLATION,...`` then one turn per
line, ``A:`` agent, ``C:`` customer; records are separated by blank lines.

Numbers come from a seeded generator so a rebuild is identical. Run: python build.py (writes ../*.jsonl).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent

TYPES = {
    "P": "PERSON",
    "ID": "ID_CARD",
    "MO": "MOBILE",
    "LL": "LANDLINE",
    "BC": "BANK_CARD",
    "EM": "EMAIL",
    "AD": "ADDRESS",
    "PL": "LICENSE_PLATE",
    "VIN": "VIN",
}
STEPS = {
    "REC": "RECORDING_NOTICE",
    "IDN": "AGENT_IDENTITY",
    "PI": "PRODUCT_INSURER",
    "COV": "COVERAGE",
    "EXC": "EXCLUSIONS",
    "PT": "PREMIUM_TERM",
    "COOL": "COOLING_OFF_OR_CANCELLATION",
    "CON": "CUSTOMER_CONSENT",
}
VIOLATIONS = {
    "ABS": "ABSOLUTE_TERM",
    "GR": "GUARANTEED_RETURN",
    "DEP": "DEPOSIT_CONFUSION",
    "PAN": "PANIC_SELLING",
    "REG": "REGULATOR_ENDORSEMENT",
    "EXAG": "EXAGGERATED_COVERAGE",
    "DEN": "DENIGRATE_COMPETITOR",
    "FREE": "MISLEADING_FREE",
}

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
AREAS = (
    "650102", "650103", "650104", "650105", "650106", "652301", "652302", "652323", "652801", "653101",
    "654002", "654003", "652901", "650203", "659001", "654301", "652201", "110105", "320583", "410922",
    "510132", "622421", "371302", "420117", "130984",
)
VIN_MAP = {c: i for i, c in enumerate("0123456789")}
VIN_MAP.update(dict(zip("ABCDEFGH", range(1, 9), strict=True)))
VIN_MAP.update(dict(zip("JKLMN", range(1, 6), strict=True)))
VIN_MAP.update({"P": 7, "R": 9})
VIN_MAP.update(dict(zip("STUVWXYZ", range(2, 10), strict=True)))
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
WMIS = ("LSV", "LFV", "LGB", "LBV", "LHG", "LVS", "LGW", "LDC", "LNB", "LSG", "LZW", "LC0", "LRW", "LGX")
VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
FW = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


def id_check(first17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def vin_check(vin: str) -> str:
    r = sum(VIN_MAP[c] * w for c, w in zip(vin, VIN_WEIGHTS, strict=True)) % 11
    return "X" if r == 10 else str(r)


class Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.seen: set[str] = set()

    def _unique(self, make: Callable[[], str]) -> str:
        while True:
            value = make()
            if value not in self.seen:
                self.seen.add(value)
                return value

    def id_card(self, flags: set[str]) -> str:
        def make() -> str:
            while True:
                area = self.rng.choice(AREAS)
                year = self.rng.randint(1938, 1961) if "e" in flags else self.rng.randint(1952, 2004)
                month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
                seq = f"{self.rng.randint(1, 999):03d}"
                first = f"{area}{year}{month:02d}{day:02d}{seq}"
                check = id_check(first)
                if ("X" in flags) == (check == "X"):
                    return first + check
        value = self._unique(make)
        if "s" in flags:
            value = f"{value[:6]} {value[6:14]} {value[14:]}"
        return value.translate(FW) if "fw" in flags else value

    def mobile(self, flags: set[str]) -> str:
        def make() -> str:
            prefix = self.rng.choice(("13", "15", "18", "17", "19", "14", "16"))
            return prefix + "".join(self.rng.choice("0123456789") for _ in range(9))
        value = self._unique(make)
        if "s" in flags:
            value = f"{value[:3]} {value[3:7]} {value[7:]}"
        elif "d" in flags:
            value = f"{value[:3]}-{value[3:7]}-{value[7:]}"
        if "+86" in flags:
            value = "+86 " + value
        elif "86-" in flags:
            value = "86-" + value
        return value.translate(FW) if "fw" in flags else value

    def bank_card(self, flags: set[str]) -> str:
        lengths = [n for n in (16, 17, 18, 19) if str(n) in flags] or [self.rng.choice((16, 19, 19, 19))]

        def make() -> str:
            n = lengths[0]
            bin6 = self.rng.choice(("622202", "621700", "622848", "621661", "623052", "622588", "625965", "436742"))
            while True:
                body = bin6 + "".join(self.rng.choice("0123456789") for _ in range(n - 7))
                for last in "0123456789":
                    if luhn_ok(body + last):
                        candidate = body + last
                        # an 18-digit card must not also read as a resident ID
                        if n == 18 and id_check(candidate[:17]) == candidate[17]:
                            break
                        return candidate
        value = self._unique(make)
        if "s" in flags:
            value = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
        return value.translate(FW) if "fw" in flags else value

    def vin(self, flags: set[str]) -> str:
        def make() -> str:
            body = self.rng.choice(WMIS) + "".join(self.rng.choice(VIN_CHARS) for _ in range(14))
            return body[:8] + vin_check(body) + body[9:]
        return self._unique(make)

    def bad_id(self) -> str:
        def make() -> str:
            while True:
                value = "".join(self.rng.choice("0123456789") for _ in range(18))
                if value[0] != "0" and id_check(value[:17]) != value[17] and not luhn_ok(value):
                    return value
        return self._unique(make)

    def bad_card(self, n: int) -> str:
        def make() -> str:
            while True:
                value = "".join(self.rng.choice("0123456789") for _ in range(n))
                if value[0] != "0" and not luhn_ok(value) and (n != 18 or id_check(value[:17]) != value[17]):
                    return value
        return self._unique(make)

    def bad_vin(self) -> str:
        def make() -> str:
            while True:
                body = self.rng.choice(WMIS) + "".join(self.rng.choice(VIN_CHARS) for _ in range(14))
                if vin_check(body) != body[8]:
                    return body
        return self._unique(make)


TOKEN = re.compile(r"⟦([^⟦⟧|]+)\|([A-Z]+)⟧|\{(ID|MO|BC|VIN|NID|NBC|NVIN)(?::([^}]*))?\}")
GEN_TYPES = {"ID": "ID_CARD", "MO": "MOBILE", "BC": "BANK_CARD", "VIN": "VIN"}


def render(markup: str, gen: Gen) -> tuple[str, list[dict[str, object]]]:
    text_parts: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in TOKEN.finditer(markup):
        plain = markup[pos:m.start()]
        text_parts.append(plain)
        length += len(plain)
        if m.group(1) is not None:
            value, code = m.group(1), m.group(2)
            if code not in TYPES:
                raise ValueError(f"unknown type {code!r} in {markup[:40]}")
            spans.append({"start": length, "end": length + len(value), "type": TYPES[code]})
        else:
            kind, flags = m.group(3), set((m.group(4) or "").split(",")) - {""}
            if kind == "ID":
                value = gen.id_card(flags)
            elif kind == "MO":
                value = gen.mobile(flags)
            elif kind == "BC":
                value = gen.bank_card(flags)
            elif kind == "VIN":
                value = gen.vin(flags)
            elif kind == "NID":
                value = gen.bad_id()
            elif kind == "NBC":
                value = gen.bad_card(int(next(iter(flags))))
            else:
                value = gen.bad_vin()
            if kind in GEN_TYPES:
                spans.append({"start": length, "end": length + len(value), "type": GEN_TYPES[kind]})
        text_parts.append(value)
        length += len(value)
        pos = m.end()
    text_parts.append(markup[pos:])
    text = "".join(text_parts)
    if "⟦" in text or "⟧" in text:
        raise ValueError(f"unbalanced markup: {markup[:60]}")
    return text, spans


def build_pii(source: str, prefix: str, gen: Gen) -> list[dict[str, object]]:
    records = []
    for line in (HERE / source).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, spans = render(line.strip().replace("\\n", "\n"), gen)
        records.append({"id": f"{prefix}-{len(records) + 1:03d}", "text": text, "spans": spans})
    return records


def build_transcripts(source: str, gen: Gen) -> list[dict[str, object]]:
    records = []
    blocks = re.split(r"\n\s*\n", (HERE / source).read_text(encoding="utf-8"))
    for block in blocks:
        lines = [ln for ln in block.strip().splitlines() if ln.strip() and not ln.startswith("#")]
        if not lines:
            continue
        header = lines[0]
        if not header.startswith("="):
            raise ValueError(f"transcript without header: {header[:40]}")
        line, steps, violations = (part.strip() for part in header[1:].split("|"))
        turns = []
        for ln in lines[1:]:
            who, _, said = ln.partition(":")
            speaker = {"A": "agent", "C": "customer"}[who.strip()]
            text, _spans = render(said.strip(), gen)
            turns.append({"speaker": speaker, "text": text})
        records.append({
            "id": f"tx1210-{len(records) + 1:03d}",
            "product_line": line,
            "turns": turns,
            "steps_present": [STEPS[s] for s in steps.split(",") if s],
            "violations": [VIOLATIONS[v] for v in violations.split(",") if v],
        })
    return records


def write(name: str, records: list[dict[str, object]]) -> None:
    with (OUT / name).open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{name}: {len(records)} records")


def main() -> None:
    jobs = (
        ("pii_complaints.txt", "pii_complaints.jsonl", "pc1210", 121001),
        ("pii_names_prose.txt", "pii_names_prose.jsonl", "np1210", 121002),
    )
    for source, target, prefix, seed in jobs:
        if (HERE / source).exists():
            write(target, build_pii(source, prefix, Gen(seed)))
    if (HERE / "transcripts.txt").exists():
        write("transcripts.jsonl", build_transcripts("transcripts.txt", Gen(121003)))


if __name__ == "__main__":
    main()
