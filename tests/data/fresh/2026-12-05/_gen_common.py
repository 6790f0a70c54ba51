"""Shared fillers for the fresh held-out sets (deterministic; seed fixed per file)."""
from __future__ import annotations

import random
import re

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺顾毛郝龚邵万覃武钱严莫孔向常汤康易乔赖文")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "慕容", "东方", "皇甫", "尉迟", "令狐", "夏侯"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鹏飞宇浩凯婷雪琳晨辉建国志红海燕子涵思远欣怡佳琪俊峰晓东立新文博雨桐春生秋菊德旺翠花永福")
MINORITY = ["买买提·吐尔逊", "古丽娜尔·艾山", "阿依努尔·买合木提", "艾克拜尔·肉孜", "热依拉·阿不都", "迪里夏提·吾买尔",
            "叶尔兰·努尔兰", "阿力木江·热合曼", "帕提古丽·尼亚孜", "努尔比亚·司马义", "吐逊江·依明", "巴合提亚尔·哈德尔"]
MN_PLAIN = ["巴特尔", "乌云其木格", "其其格", "扎西次仁", "卓玛"]
CITIES = [("乌鲁木齐市", "天山区", "0991"), ("乌鲁木齐市", "新市区", "0991"), ("昌吉市", "", "0994"), ("克拉玛依市", "白碱滩区", "0990"),
          ("喀什市", "", "0998"), ("伊宁市", "", "0999"), ("石河子市", "", "0993"), ("库尔勒市", "", "0996"),
          ("北京市", "朝阳区", "010"), ("上海市", "徐汇区", "021"), ("成都市", "武侯区", "028"), ("兰州市", "城关区", "0931")]
ROADS = ["人民路", "解放南路", "北京中路", "友好北路", "新华南路", "光明路", "长江路", "钱塘江路", "幸福路", "建设路", "青年路", "和平北路"]
COMMUNITIES = ["阳光小区", "金色家园", "天和苑", "幸福里", "华凌花园", "丽景湾", "紫金城", "西山农场家属院"]
VILLAGES = [("玛纳斯县", "包家店镇", "二道河子村"), ("呼图壁县", "大丰镇", "东升村"), ("疏附县", "托克扎克镇", "阿克喀什村"), ("沙湾市", "乌兰乌苏镇", "新户村")]
PROV = "新新新新新京沪川甘陕豫"
AREA6 = ["650102", "650103", "650104", "650105", "652301", "650203", "653101", "654002", "659001", "652801", "110105", "310104", "510107", "620102", "412702", "130521"]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
VIN_T = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=False)), **dict(zip("JKLMN", range(1, 6), strict=False)), "P": 7, "R": 9,
         **dict(zip("STUVWXYZ", range(2, 10), strict=False))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def id_check(body17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, ID_W, strict=False)) % 11]


def luhn_ok(num: str) -> bool:
    s = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def vin_check(v: str) -> str:
    r = sum(VIN_T[c] * w for c, w in zip(v, VIN_W, strict=False)) % 11
    return "X" if r == 10 else str(r)


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)

    def pick(self, seq):
        return self.r.choice(seq)

    def name(self) -> str:
        r = self.r
        x = r.random()
        if x < 0.07:
            return r.choice(COMPOUND) + "".join(r.sample(GIVEN, r.choice([1, 2])))
        if x < 0.14:
            return r.choice(MINORITY)
        return r.choice(SURNAMES) + "".join(r.sample(GIVEN, r.choice([1, 2, 2])))

    def han_name(self) -> str:
        r = self.r
        return r.choice(SURNAMES) + "".join(r.sample(GIVEN, r.choice([1, 2, 2])))

    def title(self) -> str:
        return self.r.choice(SURNAMES) + self.r.choice(["先生", "女士", "女士", "先生", "经理"])

    def mobile(self) -> str:
        r = self.r
        n = r.choice(["13", "15", "18", "17", "19", "16"]) + str(r.randint(0, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
        f = r.random()
        if f < 0.45:
            return n
        if f < 0.6:
            return f"{n[:3]} {n[3:7]} {n[7:]}"
        if f < 0.72:
            return f"{n[:3]}-{n[3:7]}-{n[7:]}"
        if f < 0.85:
            return "+86 " + n if r.random() < 0.5 else "+86" + n
        return "86-" + n

    def landline(self) -> str:
        r = self.r
        code = r.choice(["0991", "0994", "0990", "010", "021", "0996", "0931"])
        num = str(r.randint(2, 8)) + "".join(str(r.randint(0, 9)) for _ in range(7 if len(code) == 3 else 6))
        f = r.random()
        if f < 0.6:
            return f"{code}-{num}"
        if f < 0.8:
            return f"({code}){num}" if r.random() < 0.5 else f"（{code}）{num}"
        return f"{code} {num}"

    def idcard(self, spaced: bool = False, x: bool = False) -> str:
        r = self.r
        while True:
            y = r.randint(1948, 2004)
            body = r.choice(AREA6) + f"{y}{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + f"{r.randint(1, 999):03d}"
            c = id_check(body)
            if x and c != "X":
                continue
            if not x and c == "X" and r.random() < 0.7:
                continue
            s = body + c
            if spaced:
                return f"{s[:6]} {s[6:14]} {s[14:]}"
            return s

    def bad18(self) -> str:
        """18 digits that fail the ID check and Luhn: policy/invoice-like numbers."""
        r = self.r
        while True:
            s = r.choice(["6501", "6523", "1100"]) + "".join(str(r.randint(0, 9)) for _ in range(14))
            if id_check(s[:17]) != s[17] and not luhn_ok(s):
                return s

    def bankcard(self, grouped: bool = False) -> str:
        r = self.r
        ln = r.choice([16, 19, 19, 18])
        pre = r.choice(["622202", "621700", "622848", "623668", "621226", "436742", "622588"])
        body = pre + "".join(str(r.randint(0, 9)) for _ in range(ln - len(pre) - 1))
        for d in "0123456789":
            if luhn_ok(body + d):
                num = body + d
                break
        if grouped:
            return " ".join(num[i:i + 4] for i in range(0, len(num), 4))
        return num

    def badcard(self) -> str:
        r = self.r
        while True:
            s = "6222" + "".join(str(r.randint(0, 9)) for _ in range(15))
            if not luhn_ok(s):
                return s

    def email(self) -> str:
        r = self.r
        user = r.choice(["zhangxm", "lily_88", "wangjun1979", "xjhappy", "dilnur.a", "hm2023", "chenyu.work", "tianshan_01", "qq_lao"]) + str(r.randint(1, 999))
        return user + "@" + r.choice(["qq.com", "163.com", "126.com", "sina.com", "outlook.com", "foxmail.com", "139.com"])

    def plate(self) -> str:
        r = self.r
        p = r.choice(PROV) + r.choice("ABCDEFGHJKLMNPQR")
        if r.random() < 0.25:
            tail = r.choice("DF") + r.choice("0123456789ABCDEFGHJK") + "".join(r.choice("0123456789") for _ in range(4))
        else:
            tail = [r.choice("0123456789") for _ in range(5)]
            for k in r.sample(range(5), r.choice([0, 1, 1, 2])):
                tail[k] = r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
            tail = "".join(tail)
        f = r.random()
        if f < 0.15:
            return p + "·" + tail
        if f < 0.25:
            return p + " " + tail
        return p + tail

    def vin(self) -> str:
        r = self.r
        chars = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
        while True:
            v = r.choice(["LSV", "LFV", "LGW", "LHG", "LVS", "LNB"]) + "".join(r.choice(chars) for _ in range(14))
            v = v[:8] + vin_check(v) + v[9:]
            if vin_check(v) == v[8]:
                return v

    def address(self) -> str:
        r = self.r
        city, dist, _ = r.choice(CITIES)
        f = r.random()
        if f < 0.2:
            a, b, c = r.choice(VILLAGES)
            return f"昌吉州{a}{b}{c}{r.randint(1, 9)}组{r.randint(1, 60)}号" if r.random() < 0.5 else f"{a}{b}{c}"
        if f < 0.45:
            return f"{city}{dist}{r.choice(ROADS)}{r.randint(1, 399)}号{r.choice(COMMUNITIES)}{r.randint(1, 30)}栋{r.randint(1, 3)}单元{r.randint(1, 28)}0{r.randint(1, 4)}室"
        if f < 0.65:
            return f"{dist or city}{r.choice(ROADS)}{r.randint(1, 399)}号"
        if f < 0.8:
            return f"{r.choice(ROADS)}{r.choice(COMMUNITIES)}{r.randint(1, 30)}号楼{r.randint(1, 6)}0{r.randint(1, 4)}"
        return f"{city}{r.choice(ROADS)}{r.randint(10, 200)}号院{r.randint(1, 12)}-{r.randint(1, 3)}-{r.randint(101, 1802)}"

    def money(self) -> str:
        r = self.r
        return r.choice([f"{r.randint(3, 90) * 100}元", f"{r.randint(1, 30)}万元", f"{r.randint(1000, 99999):,}.{r.randint(0, 99):02d}元", f"{r.randint(2, 9)}千多块"])

    def date(self) -> str:
        r = self.r
        m, d = r.randint(1, 12), r.randint(1, 28)
        return r.choice([f"2026年{m}月{d}日", f"{m}月{d}号", f"2026-{m:02d}-{d:02d}", f"{m}.{d}", f"上周{r.choice('一二三四五六')}"])


TOKEN = re.compile(r"\{([A-Z0-9_]+)(?:=([^}]*))?\}")
LABEL = {"N": "PERSON", "HN": "PERSON", "T": "PERSON", "MN": "PERSON", "M": "MOBILE", "L": "LANDLINE", "ID": "ID_CARD", "IDS": "ID_CARD",
         "IDX": "ID_CARD", "BC": "BANK_CARD", "BCG": "BANK_CARD", "E": "EMAIL", "A": "ADDRESS", "P": "LICENSE_PLATE", "V": "VIN", "PER": "PERSON"}


def render(tpl: str, g: Gen, fixed: dict | None = None):
    """Fill {TYPE} / {TYPE=literal} / {TYPE_k} tokens; return text and spans.

    {N_1} reuses the same generated value each time it appears in one template.
    Unlabelled fillers: POL (18-digit policy no. failing checks), BAD (card-like failing Luhn), AMT, D.
    """
    out, spans, memo = [], [], dict(fixed or {})
    pos = 0
    last = 0
    for m in TOKEN.finditer(tpl):
        out.append(tpl[last:m.start()])
        pos += m.start() - last
        key, lit = m.group(1), m.group(2)
        base = key.split("_")[0]
        if lit is not None:
            val = lit
        elif "_" in key and key in memo:
            val = memo[key]
        else:
            val = {"N": g.name, "HN": g.han_name, "T": g.title, "MN": lambda: g.pick(MINORITY), "M": g.mobile, "L": g.landline,
                   "ID": g.idcard, "IDS": lambda: g.idcard(spaced=True), "IDX": lambda: g.idcard(x=True), "BC": g.bankcard,
                   "BCG": lambda: g.bankcard(grouped=True), "E": g.email, "A": g.address, "P": g.plate, "V": g.vin,
                   "POL": g.bad18, "BAD": g.badcard, "AMT": g.money, "D": g.date}[base]()
            memo[key] = val
        out.append(val)
        if base in LABEL:
            spans.append({"start": pos, "end": pos + len(val), "type": LABEL[base]})
        pos += len(val)
        last = m.end()
    out.append(tpl[last:])
    return "".join(out), spans
