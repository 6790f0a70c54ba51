"""Synthetic identifiers and a span-tracking template renderer (shared by the generators)."""

import re

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, W, strict=False)) % 11]


def make_id(r, valid=True):
    area = r.choice(
        [
            "650102",
            "650104",
            "652301",
            "654002",
            "110105",
            "310115",
            "440305",
            "510107",
            "320106",
            "420111",
            "610113",
            "659001",
            "130602",
            "370213",
        ]
    )
    y = r.randint(1955, 2004)
    s17 = f"{area}{y}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(10, 999):03d}"
    c = id_check(s17)
    if not valid:
        c = r.choice([x for x in "0123456789" if x != c])
    return s17 + c


def luhn_ok(d):
    t = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        t += n
    return t % 10 == 0


def make_card(r, n=None, valid=True):
    n = n or r.choice([16, 19, 19])
    pre = r.choice(["622202", "621700", "622848", "621483", "625965", "622588", "621226", "623058"])
    body = pre + "".join(str(r.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for d in "0123456789":
        if luhn_ok(body + d) == valid:
            return body + d


def group4(s):
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def make_mobile(r):
    return r.choice(
        [
            "133",
            "135",
            "137",
            "138",
            "139",
            "150",
            "152",
            "157",
            "158",
            "166",
            "173",
            "177",
            "180",
            "182",
            "185",
            "187",
            "189",
            "191",
            "198",
            "199",
        ]
    ) + "".join(str(r.randint(0, 9)) for _ in range(8))


def fmt_mobile(r, m):
    k = r.randint(0, 5)
    if k == 0:
        return "+86 " + m
    if k == 1:
        return "86-" + m
    if k == 2:
        return f"{m[:3]} {m[3:7]} {m[7:]}"
    if k == 3:
        return f"{m[:3]}-{m[3:7]}-{m[7:]}"
    return m


def make_landline(r):
    a, n = r.choice(
        [
            ("0991", 7),
            ("0990", 7),
            ("0994", 7),
            ("0998", 7),
            ("010", 8),
            ("021", 8),
            ("0755", 8),
            ("028", 8),
            ("0571", 8),
            ("029", 8),
            ("0903", 7),
        ]
    )
    num = str(r.randint(2, 8)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
    return r.choice([f"{a}-{num}", f"({a}){num}", f"（{a}）{num}", f"{a}-{num}"])


VIN_T = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=False)),
    **dict(zip("JKLMN", range(1, 6), strict=False)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=False)),
}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def make_vin(r, valid=True):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(
        r.choice(["LSV", "LFV", "LGB", "LVS", "LHG", "LNB", "LBV", "LZW"])
        + "".join(r.choice(al) for _ in range(5))
        + "0"
        + r.choice("KLMNPR")
        + r.choice("ABCDEFGH0123")
        + "".join(r.choice("0123456789") for _ in range(6))
    )
    c = sum(VIN_T[ch] * w for ch, w in zip(v, VIN_W, strict=False)) % 11
    cc = "X" if c == 10 else str(c)
    if not valid:
        cc = r.choice([x for x in "0123456789X" if x != cc])
    v[8] = cc
    return "".join(v)


def vin_ok(v):
    c = sum(VIN_T[ch] * w for ch, w in zip(v, VIN_W, strict=False)) % 11
    return v[8] == ("X" if c == 10 else str(c))


def make_plate(r):
    prov, letters = r.choice(
        [
            ("新", "ABCDEFGHJKLMNPQR"),
            ("京", "ABCEFGHJKLMNPQ"),
            ("沪", "ABCDEFGHJKLMN"),
            ("川", "ABCDEFHJKLMQRSTU"),
            ("粤", "ABCDEFGHJKLMNPQRSTUVWXYZ"),
            ("甘", "ABCDEFGHJKLMNP"),
            ("陕", "ABCDEFGHJKV"),
        ]
    )
    city = r.choice(letters)
    if r.random() < 0.25:
        tail = r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5))
    else:
        al = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
        tail = "".join(r.choice("0123456789") for _ in range(3)) + "".join(r.choice(al) for _ in range(2))
        tail = "".join(r.sample(tail, 5))
    sep = r.choice(["", "", "·", " "])
    return f"{prov}{city}{sep}{tail}"


SURN = list("覃阚瞿冼粟褚滕郜晏麦佘敖龚柏邝蓝嵇穆鞠殷柯俞祁甘") + list(
    "毛杭仇苗庞艾牛聂盛宁尤汤乔谭贺石郑韩冯蒋魏薛邱姚"
)
COMP = ["欧阳", "司马", "上官", "诸葛", "皇甫", "令狐", "尉迟", "东方", "慕容", "公孙"]
GIV = list("晓婧昀砚霁芃朔蔚岚珂棠骁弈澍楠琰旻曦筠越泽颂谨沐辰屹湉钰翊铮雯璟峤舒蕴禾骞瑶恪庭韫")
MIN = [
    "迪丽娜尔·吐尔逊",
    "艾合买提·尼亚孜",
    "古丽米拉·阿不都",
    "巴图·额尔敦",
    "努尔兰·叶尔肯",
    "阿依努尔·买买提明",
    "吐尔洪·热合曼",
    "热娜古丽·艾则孜",
    "叶尔波拉提·哈孜",
    "米日古丽·阿西木",
]


def make_name(r, kind=None):
    k = kind or r.choices(["s2", "s3", "c", "m"], [3, 6, 1.2, 0.8])[0]
    if k == "s2":
        return r.choice(SURN) + r.choice(GIV)
    if k == "s3":
        return r.choice(SURN) + r.choice(GIV) + r.choice(GIV)
    if k == "c":
        return r.choice(COMP) + r.choice(GIV) + (r.choice(GIV) if r.random() < 0.5 else "")
    return r.choice(MIN)


def make_address(r):
    city = r.choice(
        [
            ("新疆乌鲁木齐市", ["天山区", "沙依巴克区", "新市区", "水磨沟区", "米东区"]),
            ("新疆昌吉州", ["昌吉市", "阜康市"]),
            ("新疆伊犁州", ["伊宁市", "奎屯市"]),
            ("四川省成都市", ["武侯区", "成华区"]),
            ("陕西省西安市", ["雁塔区", "未央区"]),
            ("甘肃省兰州市", ["城关区", "七里河区"]),
            ("上海市", ["闵行区", "杨浦区"]),
        ]
    )
    road = r.choice(
        [
            "西虹东路",
            "北京南路",
            "河滩北路",
            "友好北路",
            "延安路",
            "红旗路",
            "苏州东街",
            "钱塘江路",
            "昆仑路",
            "长春中路",
            "建设街",
            "光明巷",
            "人民路",
            "新华南路",
            "幸福路",
        ]
    )
    st = r.choice(["", "", "", "", "头屯河街道", "八一街道", "南湖街道"])
    no = r.randint(3, 999)
    k = r.randint(0, 3)
    if k == 0:
        tail = f"{no}号{r.choice(['锦绣园', '和苑小区', '天和花园', '雅居苑', '丝路嘉园'])}{r.randint(1, 28)}栋{r.randint(1, 6)}单元{r.randint(1, 29)}0{r.randint(1, 4)}室"
    elif k == 1:
        tail = f"{no}号{r.randint(1, 18)}号楼{r.randint(1, 3)}{r.randint(0, 2)}{r.randint(1, 9)}"
    elif k == 2:
        tail = f"{no}号院{r.randint(1, 9)}-{r.randint(1, 6)}-{r.randint(101, 602)}"
    else:
        tail = f"{no}弄{r.randint(1, 40)}号{r.randint(1, 6)}0{r.randint(1, 4)}室"
    pre = city[0] if r.random() < 0.7 else ""
    return pre + r.choice(city[1]) + st + road + tail


PH = re.compile(r"\{(\w+)\}")


def render(template, vals, punct=None):
    """vals: KEY -> (text, type|None). Returns text, spans. punct(str)->str transforms literal parts only."""
    out, spans, pos = [], [], 0
    last = 0
    for m in PH.finditer(template):
        lit = template[last : m.start()]
        if punct:
            lit = punct(lit)
        out.append(lit)
        pos += len(lit)
        text, typ = vals[m.group(1)]
        if typ:
            spans.append({"start": pos, "end": pos + len(text), "type": typ})
        out.append(text)
        pos += len(text)
        last = m.end()
    lit = template[last:]
    out.append(punct(lit) if punct else lit)
    return "".join(out), spans
