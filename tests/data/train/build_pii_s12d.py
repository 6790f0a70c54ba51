"""Build tests/data/train/pii_s12d.jsonl from the hand-written markup in pii_s12d.src.txt (standard library only).

Markup, one record per line (lines starting with # and blank lines are skipped; ``\\n`` in a line is a newline):
  [[TYPE:text]]        a labelled span typed by hand (PERSON, ADDRESS, LANDLINE, EMAIL, LICENSE_PLATE, ...)
  {{ID:opts}}          a generated resident ID with a valid check character (ID_CARD)
                       opts: sp (6-8-4 spaces), y=1958 (birth year), a=650102 (area code), X (check character X)
  {{MOBILE:opts}}      a generated mobile (MOBILE); opts: +86, 86-, sp (3-4-4 spaces), dash (3-4-4), fw (full width)
  {{BANK:opts}}        a generated Luhn-valid card number (BANK_CARD); opts: grp (groups of four), 16 / 19 (length)
  {{VIN}}              a generated VIN with a valid check digit (VIN)
  {{NUM:n}}            an unlabelled n-digit number that passes no check (policy, claim, report, invoice numbers)
  {{MASKMOB}}          an unlabelled masked mobile (138****5678)
Generated values are seeded per record id and placeholder position, so a record's numbers do not change when
other records are edited. Ids are pt12d-NNNN in line order.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from xiaobao.engines.pii.validators import id_check_char, is_valid_vin
from xiaobao.engines.pii.validators import is_valid_luhn as luhn_ok


def vin_check_char(vin: str) -> str:
    """The check character (position 9) that makes a 17-character VIN valid."""
    return next(c for c in "0123456789X" if is_valid_vin(vin[:8] + c + vin[9:]))

HERE = Path(__file__).resolve().parent
SRC = HERE / "pii_s12d.src.txt"
OUT = HERE / "pii_s12d.jsonl"

AREAS = (
    "650102",
    "650103",
    "650104",
    "650105",
    "650106",
    "650109",
    "652301",
    "652302",
    "652901",
    "652923",
    "653101",
    "653121",
    "654002",
    "654021",
    "652801",
    "650202",
    "652101",
    "654201",
    "659001",
    "652701",
    "110105",
    "310115",
    "440106",
    "510104",
    "320102",
    "420111",
    "610113",
    "370202",
    "410105",
    "620102",
    "640104",
    "130102",
    "500106",
    "430104",
    "330106",
    "350203",
    "210102",
    "230103",
    "450103",
    "530102",
)
MOBILE_PREFIXES = (
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "170",
    "173",
    "175",
    "176",
    "177",
    "178",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "193",
    "195",
    "198",
    "199",
)
BINS = (
    "622202",
    "621700",
    "622848",
    "621226",
    "623668",
    "622700",
    "621661",
    "622580",
    "625965",
    "622609",
    "621483",
    "622262",
    "623058",
    "621799",
    "622908",
)
VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMNPR", (1, 2, 3, 4, 5, 7, 9), strict=True)),
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
WMIS = ("LFV", "LSV", "LGB", "LVS", "LZW", "LSG", "LHG", "LDC", "LGW", "LBV", "LVH", "LJD", "LNB", "LFP")
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def make_id(rng: random.Random, opts: dict[str, str]) -> str:
    while True:
        area = opts.get("a") or rng.choice(AREAS)
        year = int(opts["y"]) if "y" in opts else rng.randint(1948, 2003)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        first17 = f"{area}{year:04d}{month:02d}{day:02d}{rng.randint(1, 999):03d}"
        check = id_check_char(first17)
        if "X" in opts and check != "X":
            continue
        value = first17 + check
        return f"{value[:6]} {value[6:14]} {value[14:]}" if "sp" in opts else value


def make_mobile(rng: random.Random, opts: dict[str, str]) -> str:
    digits = rng.choice(MOBILE_PREFIXES) + f"{rng.randint(0, 99_999_999):08d}"
    if "sp" in opts:
        text = f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    elif "dash" in opts:
        text = f"{digits[:3]}-{digits[3:7]}-{digits[7:]}"
    else:
        text = digits
    if "+86" in opts:
        text = "+86 " + text if "sp" in opts else "+86" + text
    elif "86-" in opts:
        text = "86-" + text
    return text.translate(FULL_WIDTH) if "fw" in opts else text


def make_bank(rng: random.Random, opts: dict[str, str]) -> str:
    length = 16 if "16" in opts else 19 if "19" in opts else rng.choice((16, 19))
    body = rng.choice(BINS) + "".join(str(rng.randint(0, 9)) for _ in range(length - 7))
    number = next(body + str(d) for d in range(10) if luhn_ok(body + str(d)))
    return " ".join(number[i : i + 4] for i in range(0, length, 4)) if "grp" in opts else number


def make_vin(rng: random.Random) -> str:
    while True:
        vin = rng.choice(WMIS) + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0"
        vin += rng.choice("LMNPRSTV") + rng.choice(VIN_CHARS) + f"{rng.randint(0, 999_999):06d}"
        vin = vin[:8] + vin_check_char(vin) + vin[9:]
        if len(vin) == 17:
            return vin


def make_num(rng: random.Random, n: int) -> str:
    while True:
        s = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
        if luhn_ok(s) or (n == 18 and id_check_char(s[:17]) == s[17]) or (n == 11 and s[0] == "1"):
            continue
        return s


def parse_opts(raw: str) -> dict[str, str]:
    opts: dict[str, str] = {}
    for part in filter(None, raw.split(",")):
        key, _, value = part.partition("=")
        opts[key] = value
    return opts


TOKEN = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{([A-Z]+)(?::([^}]*))?\}\}")
GENERATED = {"ID": "ID_CARD", "MOBILE": "MOBILE", "BANK": "BANK_CARD", "VIN": "VIN"}


def build_record(rid: str, line: str) -> dict[str, object]:
    text, spans, pos, k = "", [], 0, 0
    for m in TOKEN.finditer(line):
        text += line[pos : m.start()]
        pos = m.end()
        if m.group(1):
            kind, value = m.group(1), m.group(2)
        else:
            k += 1
            rng = random.Random(f"{rid}/{k}")
            name, opts = m.group(3), parse_opts(m.group(4) or "")
            if name == "ID":
                value = make_id(rng, opts)
            elif name == "MOBILE":
                value = make_mobile(rng, opts)
            elif name == "BANK":
                value = make_bank(rng, opts)
            elif name == "VIN":
                value = make_vin(rng)
            elif name == "NUM":
                value = make_num(rng, int(m.group(4)))
            elif name == "MASKMOB":
                d = make_mobile(rng, {})
                value = d[:3] + "****" + d[7:]
            else:
                raise ValueError(f"{rid}: unknown placeholder {m.group(0)}")
            kind = GENERATED.get(name, "")
        if kind:
            spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
        text += value
    text += line[pos:]
    if "[[" in text or "{{" in text or "]]" in text or "}}" in text:
        raise ValueError(f"{rid}: unbalanced markup: {line}")
    return {"id": rid, "text": text, "spans": spans}


def main() -> int:
    records = []
    for raw in SRC.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        rid = f"pt12d-{len(records) + 1:04d}"
        records.append(build_record(rid, line.replace("\\n", "\n")))
    with OUT.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(records)} records -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
