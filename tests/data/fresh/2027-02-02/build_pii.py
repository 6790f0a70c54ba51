"""Build the blind pii evaluation round of 2027-02-02 from its hand-written sources.

Standard library only. Run from anywhere: ``python build_pii.py``. It reads
``pii_complaints.src.txt`` and ``pii_names_prose.src.txt`` (one record per line, ``#`` lines and blank
lines ignored) and writes ``pii_complaints.jsonl`` and ``pii_names_prose.jsonl`` byte for byte the same
on every run.

Markup in the sources
- ``[[TYPE:text]]`` marks a labelled span; the brackets are removed and the offsets computed.
- Number helpers (inside or outside a span); ``?`` marks the position of the check character:
  ``@id(...)``    resident ID, GB 11643 check character (ISO 7064 MOD 11-2) put in place of ``?``
  ``@badid(...)`` the same shape with a deliberately wrong check character
  ``@luhn(...)``  bank card, Luhn check digit put in place of ``?``
  ``@badluhn(...)`` a digit that makes the Luhn check fail
  ``@vin(...)``   VIN, ISO 3779 check digit (position 9) put in place of ``?``
  ``@badvin(...)`` a wrong check digit at position 9
  Spaces and dashes inside a helper are kept as written and ignored for the check.
Wrong check characters are drawn from ``random.Random(SEED)`` in source order, so the output is fixed.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20270202
DAY = "0202"
SOURCES = (
    ("pii_complaints.src.txt", "pii_complaints.jsonl", f"pc{DAY}-"),
    ("pii_names_prose.src.txt", "pii_names_prose.jsonl", f"np{DAY}-"),
)
TYPES = {"PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN"}

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7, "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}


def id_check(body17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS, strict=True)) % 11]


def luhn_digit(body: str) -> str:
    """The digit that, appended to ``body``, makes the number pass Luhn."""
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return luhn_digit(number[:-1]) == number[-1]


def vin_check(vin17: str) -> str:
    r = sum(VIN_VALUES[c] * w for c, w in zip(vin17, VIN_WEIGHTS, strict=True)) % 11
    return "X" if r == 10 else str(r)


def _fill(kind: str, raw: str, rng: random.Random, where: str) -> str:
    if raw.count("?") != 1:
        raise ValueError(f"{where}: @{kind}({raw}) needs exactly one '?'")
    compact = re.sub(r"[ \-]", "", raw)
    pos = compact.index("?")
    base = kind.removeprefix("bad")
    if base == "id":
        if len(compact) != 18 or pos != 17 or not compact[:17].isdigit():
            raise ValueError(f"{where}: bad ID body {raw}")
        good = id_check(compact[:17])
        alphabet = "0123456789X"
    elif base == "luhn":
        if not 16 <= len(compact) <= 19 or pos != len(compact) - 1 or not compact[:-1].isdigit():
            raise ValueError(f"{where}: bad card body {raw}")
        good = luhn_digit(compact[:-1])
        alphabet = "0123456789"
    elif base == "vin":
        if len(compact) != 17 or pos != 8 or any(c in "IOQ" for c in compact):
            raise ValueError(f"{where}: bad VIN body {raw}")
        probe = compact.replace("?", "0")
        good = vin_check(probe)
        alphabet = "0123456789X"
    else:
        raise ValueError(f"{where}: unknown helper @{kind}")
    value = rng.choice([c for c in alphabet if c != good]) if kind.startswith("bad") else good
    return raw.replace("?", value)


HELPER = re.compile(r"@(id|badid|luhn|badluhn|vin|badvin)\(([^()]*)\)")
SPAN = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]")


def parse_line(line: str, rng: random.Random, where: str) -> tuple[str, list[dict]]:
    line = HELPER.sub(lambda m: _fill(m.group(1), m.group(2), rng, where), line)
    text_parts: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in SPAN.finditer(line):
        before = line[pos:m.start()]
        text_parts.append(before)
        length += len(before)
        kind, inner = m.group(1), m.group(2)
        if kind not in TYPES:
            raise ValueError(f"{where}: unknown type {kind}")
        spans.append({"start": length, "end": length + len(inner), "type": kind})
        text_parts.append(inner)
        length += len(inner)
        pos = m.end()
    text_parts.append(line[pos:])
    text = "".join(text_parts)
    if "[[" in text or "]]" in text or HELPER.search(text):
        raise ValueError(f"{where}: unbalanced markup")
    return text, spans


def build(src: Path, prefix: str, rng: random.Random) -> list[dict]:
    records = []
    n = 0
    for lineno, raw in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        n += 1
        text, spans = parse_line(line, rng, f"{src.name}:{lineno}")
        records.append({"id": f"{prefix}{n:03d}", "text": text, "spans": spans})
    return records


def main() -> int:
    rng = random.Random(SEED)
    for src_name, out_name, prefix in SOURCES:
        records = build(HERE / src_name, prefix, rng)
        out = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        (HERE / out_name).write_bytes(out.encode("utf-8"))
        print(f"{out_name}: {len(records)} records, {sum(len(r['spans']) for r in records)} spans")
    return 0


if __name__ == "__main__":
    sys.exit(main())
