"""Build the 2026-12-15 pii sets from hand-written inline markup (standard library only).

Markup, one record per line (blank lines and lines starting with '#' are skipped):
  [[TYPE:text]]           a labelled span; offsets are computed here, never typed
  {ID} {ID:650104:1952}   resident ID with a valid check character (area code, birth year optional)
  {IDSP...}               the same, written 6 8 4 with spaces
  {MOB} {MOB:sp|dash|p86|86|p86sp}   mobile number in a given format
  {BANK:19} {BANK:16:g}   Luhn-valid card number (g = groups of four)
  {VIN}                   VIN with a valid check digit
  {NUM:18}                digits that fail the ID check, fail Luhn and do not look like a mobile
Numbers come from one seeded generator, so the output is reproducible.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

RNG = random.Random(20261215)
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
AREAS = [
    "650102",
    "650103",
    "650104",
    "650105",
    "650106",
    "650109",
    "652301",
    "654002",
    "652801",
    "653101",
    "652901",
    "650202",
    "610113",
    "410105",
    "510107",
    "620102",
    "130104",
    "371102",
]
VIN_VAL = dict(
    zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9], strict=True)
)
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def id_check(body: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(body, ID_WEIGHTS, strict=True)) % 11]


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


def vin_check(v: str) -> str:
    s = sum((int(c) if c.isdigit() else VIN_VAL[c]) * w for c, w in zip(v, VIN_W, strict=True))
    r = s % 11
    return "X" if r == 10 else str(r)


def gen_id(args: list[str]) -> str:
    area = args[0] if args and args[0] else RNG.choice(AREAS)
    year = int(args[1]) if len(args) > 1 else RNG.randint(1945, 2003)
    month, day = RNG.randint(1, 12), RNG.randint(1, 28)
    body = f"{area}{year:04d}{month:02d}{day:02d}{RNG.randint(1, 999):03d}"
    return body + id_check(body)


def gen_mob(fmt: str) -> str:
    m = RNG.choice(["13", "15", "18", "17", "19", "16"]) + str(RNG.randint(0, 9)) + f"{RNG.randint(0, 99999999):08d}"
    if m[:2] == "16":
        m = "166" + m[3:]
    if m[:2] == "19":
        m = RNG.choice(["199", "198", "191"]) + m[3:]
    if m[:2] == "17":
        m = RNG.choice(["177", "176", "173"]) + m[3:]
    sp = f"{m[:3]} {m[3:7]} {m[7:]}"
    return {
        "": m,
        "sp": sp,
        "dash": f"{m[:3]}-{m[3:7]}-{m[7:]}",
        "p86": "+86" + m,
        "86": "86-" + m,
        "p86sp": "+86 " + sp,
    }[fmt]


def gen_bank(n: int, grouped: bool) -> str:
    while True:
        d = RNG.choice(["6222", "6217", "6228", "6230", "6214", "6212", "6259"]) + "".join(
            str(RNG.randint(0, 9)) for _ in range(n - 4)
        )
        if luhn_ok(d):
            break
    return " ".join(d[i : i + 4] for i in range(0, n, 4)) if grouped else d


def gen_vin() -> str:
    while True:
        wmi = RNG.choice(["LSV", "LFV", "LGB", "LVS", "LHG", "LSG", "LVH", "LGW", "LNB", "LBV"])
        rest = "".join(RNG.choice(VIN_CHARS) for _ in range(5))
        year = RNG.choice("HJKLMNPRS")
        tail = RNG.choice(VIN_CHARS) + "".join(str(RNG.randint(0, 9)) for _ in range(6))
        v = wmi + rest + "0" + year + tail
        v = v[:8] + vin_check(v) + v[9:]
        return v


def gen_num(n: int) -> str:
    while True:
        d = str(RNG.randint(1, 9)) + "".join(str(RNG.randint(0, 9)) for _ in range(n - 1))
        if luhn_ok(d) or (n == 18 and id_check(d[:17]) == d[17]) or re.fullmatch(r"1[3-9]\d{9}", d):
            continue
        return d


PLACEHOLDER = re.compile(r"\{(IDSP|ID|MOB|BANK|VIN|NUM)((?::[^:}]*)*)\}")


def expand(m: re.Match[str]) -> str:
    kind = m.group(1)
    args = m.group(2).split(":")[1:] if m.group(2) else []
    if kind == "ID":
        return gen_id(args)
    if kind == "IDSP":
        v = gen_id(args)
        return f"{v[:6]} {v[6:14]} {v[14:]}"
    if kind == "MOB":
        return gen_mob(args[0] if args else "")
    if kind == "BANK":
        return gen_bank(int(args[0]) if args else 19, len(args) > 1 and args[1] == "g")
    if kind == "VIN":
        return gen_vin()
    return gen_num(int(args[0]))


SPAN = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")


def parse(line: str) -> tuple[str, list[dict[str, object]]]:
    line = PLACEHOLDER.sub(expand, line)
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in SPAN.finditer(line):
        before = line[pos : m.start()]
        out.append(before)
        length += len(before)
        content = m.group(2)
        spans.append({"start": length, "end": length + len(content), "type": m.group(1)})
        out.append(content)
        length += len(content)
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{" in text:
        raise SystemExit(f"unparsed markup in: {line}")
    return text, spans


def build(src: Path, dst: Path, prefix: str) -> None:
    n = 0
    with dst.open("w", encoding="utf-8") as f:
        for raw in src.read_text(encoding="utf-8").splitlines():
            raw = raw.strip()
            if not raw or raw.startswith("#"):
                continue
            n += 1
            text, spans = parse(raw.replace("\\n", "\n"))
            rec = {"id": f"{prefix}-{n:03d}", "text": text, "spans": spans}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{dst.name}: {n} records", file=sys.stderr)


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    parts = sorted(here.glob("complaints_*.txt"))
    joined = here / ".complaints_all.tmp"
    joined.write_text("\n".join(p.read_text(encoding="utf-8") for p in parts), encoding="utf-8")
    build(joined, here.parent / "pii_complaints.jsonl", "pc1215")
    joined.unlink()
    build(here / "names_prose.txt", here.parent / "pii_names_prose.jsonl", "np1215")
