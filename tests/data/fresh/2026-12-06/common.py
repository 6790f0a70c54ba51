"""Shared helpers for the 2026-12-06 fresh sets: identifier makers with valid check digits, and a tiny markup.

Markup used by the generators: ``[[TYPE:literal text]]`` marks a hand-written labelled span; ``{KEY}`` is
replaced by a generated value (see ``Filler``). ``render`` strips the markup and returns text + spans.
Everything is seeded: the same seed gives byte-identical output.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def id_check_char(first17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def id_valid(value: str) -> bool:
    v = value.replace(" ", "").upper()
    return len(v) == 18 and v[:17].isdigit() and id_check_char(v[:17]) == v[17]


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


def luhn_complete(prefix: str) -> str:
    for last in "0123456789":
        if luhn_ok(prefix + last):
            return prefix + last
    raise AssertionError(prefix)


def vin_check_char(vin: str) -> str:
    r = sum(VIN_VALUES[c] * w for c, w in zip(vin, VIN_WEIGHTS, strict=True)) % 11
    return "X" if r == 10 else str(r)


def vin_valid(vin: str) -> bool:
    return len(vin) == 17 and all(c in VIN_CHARS for c in vin) and vin_check_char(vin) == vin[8]


ID_AREAS = ("650102", "650103", "650104", "650105", "652301", "652801", "652901", "653101", "654002", "654202",
            "110105", "310115", "320106", "410102", "510104", "620102", "440305", "370202", "500103", "612301")
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ("欧阳", "司马", "上官", "诸葛", "尉迟", "皇甫", "东方", "令狐")
GIVEN = list("建国丽娟秀兰志强海燕春梅晓东桂芳玉珍红霞文斌德胜雪莲振华淑英立新俊杰婉婷宏伟慧敏子涵宇轩梓萱浩然天佑嘉怡明远思琪永福凤英卫东翠花金凤长林雨桐一鸣")
MINORITY_GIVEN = ("艾尔肯", "阿依努尔", "帕尔哈提", "古丽娜尔", "努尔兰", "迪丽拜尔", "吐尔洪", "热依汗", "买合木提",
                  "阿力木", "努尔比亚", "叶尔江", "加娜尔", "木拉提", "再努尔", "亚森", "米日古丽", "塔依尔")
MINORITY_FATHER = ("吐尔逊", "阿不都热依木", "买买提", "艾山", "肉孜", "托合提", "沙吾提", "依明", "卡德尔",
                   "哈力克", "努尔", "巴拉提", "斯拉木", "阿布来提")
MOBILE_PREFIX = ("130", "131", "133", "135", "136", "138", "139", "150", "151", "152", "155", "158", "159", "166",
                 "170", "176", "177", "180", "181", "185", "186", "187", "188", "189", "191", "193", "198", "199")
CARD_PREFIX = ("622202", "621700", "622848", "621226", "622908", "623058", "621483", "622588", "625965", "621799")
PLATE_PROV = "新新新新新京沪粤川甘陕豫"
PLATE_LETTERS = "ABCDEFGHJKLMNPQR"
PLATE_CHARS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
WMI = ("LSV", "LFV", "LGB", "LVS", "LSG", "LHG", "LBE", "LGW", "LNB", "LDC", "LZW", "LVG")
EMAIL_LOCAL = ("wangxl", "lihong88", "zhang.jianguo", "chen_mei", "liu1987", "yangfan", "hsm2020", "gulnar_x",
               "xj_dingding", "huangyan", "zhaoqiang", "maiwei", "sunny_li", "tianshan99", "ayinur", "zhoujie")
EMAIL_DOMAIN = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com", "outlook.com", "hotmail.com")


class Filler:
    """Seeded maker of identifiers and names. ``value(key)`` returns (text, type or None)."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def person(self) -> str:
        r = self.r
        if r.random() < 0.08:
            return r.choice(COMPOUND) + "".join(r.sample(GIVEN, r.choice((1, 2))))
        return r.choice(SURNAMES) + "".join(r.sample(GIVEN, r.choice((1, 2, 2, 2))))

    def minority(self) -> str:
        return self.r.choice(MINORITY_GIVEN) + "·" + self.r.choice(MINORITY_FATHER)

    def surname_title(self) -> str:
        return self.r.choice(SURNAMES) + self.r.choice(("先生", "女士", "女士", "先生", "经理"))

    def id_card(self) -> str:
        r = self.r
        y = r.randint(1948, 2004)
        body = f"{r.choice(ID_AREAS)}{y}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 999):03d}"
        v = body + id_check_char(body)
        style = r.random()
        if style < 0.2:
            return f"{v[:6]} {v[6:14]} {v[14:]}"
        if style < 0.25 and v.endswith("X"):
            return v[:-1] + "x"
        return v

    def mobile(self) -> str:
        r = self.r
        d = r.choice(MOBILE_PREFIX) + "".join(r.choice("0123456789") for _ in range(8))
        style = r.random()
        if style < 0.45:
            return d
        if style < 0.6:
            return f"{d[:3]} {d[3:7]} {d[7:]}"
        if style < 0.72:
            return f"{d[:3]}-{d[3:7]}-{d[7:]}"
        if style < 0.82:
            return "+86 " + d
        if style < 0.9:
            return "86-" + d
        if style < 0.95:
            return "+86" + d
        return d.translate(FULL_WIDTH)

    def landline(self) -> str:
        r = self.r
        area, n = r.choice((("0991", 7), ("0991", 7), ("0994", 7), ("0998", 7), ("0990", 7), ("010", 8),
                            ("021", 8), ("0903", 7), ("0906", 7)))
        first = r.choice("2345678")
        num = first + "".join(r.choice("0123456789") for _ in range(n - 1))
        return r.choice((f"{area}-{num}", f"{area}-{num}", f"({area}){num}", f"（{area}）{num}", f"{area} {num}",
                         f"{area}{num}"))

    def bank_card(self) -> str:
        r = self.r
        length = r.choice((16, 19, 19, 19, 18, 17))
        prefix = r.choice(CARD_PREFIX)
        body = prefix + "".join(r.choice("0123456789") for _ in range(length - len(prefix) - 1))
        v = luhn_complete(body)
        if r.random() < 0.35:
            return " ".join(v[i : i + 4] for i in range(0, len(v), 4))
        return v

    def email(self) -> str:
        r = self.r
        local = r.choice(EMAIL_LOCAL)
        if r.random() < 0.4:
            local += str(r.randint(1, 999))
        return f"{local}@{r.choice(EMAIL_DOMAIN)}"

    def plate(self) -> str:
        r = self.r
        prov = r.choice(PLATE_PROV)
        letter = r.choice(PLATE_LETTERS)
        if r.random() < 0.25:
            tail = r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5))
        else:
            tail = "".join(r.choice(PLATE_CHARS if i < 2 else "0123456789") for i in range(5))
        sep = r.choice(("", "", "", "·", " "))
        return f"{prov}{letter}{sep}{tail}"

    def vin(self) -> str:
        r = self.r
        while True:
            body = r.choice(WMI) + "".join(r.choice(VIN_CHARS) for _ in range(14))
            vin = body[:8] + vin_check_char(body[:8] + "0" + body[9:]) + body[9:]
            if vin_valid(vin):
                return vin

    # ---- hard negatives -------------------------------------------------------------------------------
    def digits_failing(self, length: int) -> str:
        """A pure digit string that is neither a valid ID number nor Luhn-valid."""
        r = self.r
        while True:
            v = "".join(r.choice("0123456789") for _ in range(length))
            if v[0] != "0" and not luhn_ok(v) and not id_valid(v) and not vin_valid(v):
                return v

    def policy_no(self) -> str:
        """Policy numbers whose digit run is neither an ID number nor Luhn-valid (some are 18 digits long)."""
        r = self.r
        style = r.random()
        while True:
            if style < 0.4:
                run = f"2026{r.choice(ID_AREAS)[:4]}" + "".join(r.choice("0123456789") for _ in range(8))
                value = f"P{r.choice(('DAA', 'DZA', 'EAC', 'YAB'))}{run}"
            elif style < 0.7:
                run = value = self.digits_failing(r.choice((18, 20, 22)))
            else:
                run = value = f"6{r.randint(10, 99)}0{r.randint(1000, 9999)}2026" + "".join(
                    r.choice("0123456789") for _ in range(6))
            if not luhn_ok(run) and not id_valid(run):
                return value

    def report_no(self) -> str:
        return self.r.choice(("R", "BA", "")) + self.digits_failing(self.r.choice((16, 17, 19, 21)))

    def work_order(self) -> str:
        r = self.r
        return r.choice(("TS", "GD", "XB", "KF-", "")) + f"2026{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + "".join(
            r.choice("0123456789") for _ in range(r.choice((4, 5, 6))))

    def uscc(self) -> str:
        chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        weights = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
        r = self.r
        body = "91" + r.choice(ID_AREAS) + "MA7" + "".join(r.choice(chars) for _ in range(6))
        s = sum(chars.index(c) * w for c, w in zip(body, weights, strict=True))
        return body + chars[(31 - s % 31) % 31]

    def masked_mobile(self) -> str:
        r = self.r
        return r.choice(MOBILE_PREFIX) + "****" + "".join(r.choice("0123456789") for _ in range(4))

    def amount(self) -> str:
        r = self.r
        return r.choice((f"{r.randint(300, 99999)}元", f"{r.randint(1, 99)},{r.randint(100, 999)}.{r.randint(10, 99)}元",
                         f"{r.randint(1, 30)}万元", f"{r.randint(100, 9999)}.{r.randint(0, 9)}0元"))

    MAKERS = {
        "P": ("person", "PERSON"), "PM": ("minority", "PERSON"), "PS": ("surname_title", "PERSON"),
        "ID": ("id_card", "ID_CARD"), "M": ("mobile", "MOBILE"), "L": ("landline", "LANDLINE"),
        "BC": ("bank_card", "BANK_CARD"), "E": ("email", "EMAIL"), "PL": ("plate", "LICENSE_PLATE"),
        "V": ("vin", "VIN"), "POL": ("policy_no", None), "RPT": ("report_no", None), "WO": ("work_order", None),
        "USCC": ("uscc", None), "MM": ("masked_mobile", None), "AMT": ("amount", None),
    }

    def value(self, key: str) -> tuple[str, str | None]:
        method, label = self.MAKERS[key]
        return getattr(self, method)(), label


TOKEN = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{([A-Z]+)(?:#(\d+))?\}")
SHORT = {"P": "PERSON", "A": "ADDRESS"}


def render(template: str, filler: Filler) -> tuple[str, list[dict]]:
    """Expand ``[[TYPE:text]]`` and ``{KEY}`` / ``{KEY#n}`` (same n = same value within one record)."""
    out: list[str] = []
    spans: list[dict] = []
    memo: dict[str, tuple[str, str | None]] = {}
    pos = 0
    length = 0
    for m in TOKEN.finditer(template):
        literal = template[pos : m.start()]
        out.append(literal)
        length += len(literal)
        if m.group(1):
            text, label = m.group(2), SHORT.get(m.group(1), m.group(1))
        else:
            key = m.group(3) + "#" + (m.group(4) or str(m.start()))
            if key not in memo:
                memo[key] = filler.value(m.group(3))
            text, label = memo[key]
        if label:
            spans.append({"start": length, "end": length + len(text), "type": label})
        out.append(text)
        length += len(text)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), spans


def write_jsonl(name: str, records: list[dict]) -> None:
    with (HERE / name).open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
