"""Required sections stated by an article that has no heading of its own.

A wording may state a rule without a heading for it: "第三条 除另有约定外，保险期间为一年……" inside 总则, or
"凡……的自然人，可作为本保险合同的被保险人" before the first heading. Such an article makes its section
present. A mention in passing does not: "在保险期间内……", "按保险金额给付……" name the thing but state no rule
about it, so the patterns below look for the thing as the *subject* of a sentence followed by the verb
that states the rule (保险期间为/自…, 保险金额由…确定, 保险费按…计算, 争议由当事人协商解决 …).
"""

from __future__ import annotations

import re

from xiaobao.engines.disclosure.exclusions import TRIGGER

__all__ = ["defines_term", "stated_sections"]

_CONTRACT = r"(?:本(?:保险)?合同|本保险)(?:的|所称的?)?"
_OPT_CONTRACT = rf"(?:{_CONTRACT})?"
# What may precede the subject at the start of a sentence: a condition such as 除另有约定外 / 除保险单另有载明外.
_LEAD = re.compile(
    r"(?:除(?:本(?:保险)?合同|保险单|保险合同)?另有(?:约定|载明|规定)(?:外|以外)[，,]?\s*)?"
    r"(?:(?:发生)?保险事故(?:发生)?(?:后|以后)[，,]?\s*)?"
)

# Patterns matched at the start of a sentence (after _LEAD).
_SUBJECT: dict[str, re.Pattern[str]] = {
    "INSURED_SCOPE": re.compile(
        rf"{_CONTRACT}(?:中的?)?(?:被保险人|保险标的|保险对象|保险财产|被保险机动车)[，,]?(?:为|是指|系指|包括|限于|的?范围)"
        rf"|{_OPT_CONTRACT}保险标的(?:为|是指|系指|包括|限于)"
        rf"|{_CONTRACT}承保的[^。；，,]{{0,12}}(?:为|是指|包括|限于)"
        rf"|{_OPT_CONTRACT}(?:被保险人|保险标的)的?范围"
        rf"|{_OPT_CONTRACT}(?:投保|承保)年龄(?:为|范围)"
        r"|被保险人(?:须|必须|应当?)为(?!防止|减少|了)"
    ),
    "SUM_INSURED": re.compile(
        # a short modifier may precede the noun (各项, 被保险人的住院医疗, 每人医疗费用), but no verb of paying
        # or limiting: "赔偿金额以保险金额为限" mentions the sum insured, it does not set it
        rf"{_OPT_CONTRACT}[^。；，,以按超给赔支扣在]{{0,30}}?(?:保险金额|责任限额|赔偿限额|给付限额)"
        r"(?:由|是|为|按|以|根据|依据|分为|包括|分别|参照)"
    ),
    "PREMIUM": re.compile(
        rf"{_OPT_CONTRACT}保险费率?(?:按|根据|依据|依照|由|以|为|应|的(?:计算|交付|缴纳|交纳|支付))"
        r"|投保人应(?:当)?(?:[^。；，,]{0,24})(?:交清|交付|交纳|缴纳|缴清|支付)(?:全部|首期)?保险费"
    ),
    "PERIOD": re.compile(
        rf"{_OPT_CONTRACT}(?:保(?:险|障)(?:责任)?期(?:间|限)|有效期(?:间|限)?)"
        r"(?:为|自|从|由|以|与|最长|最短|不超过|不得超过|一般为)"
        r"|(?:保险人的)?保险责任(?:自|从)[^。；]{0,30}(?:起|开始)"
    ),
    "CLAIMS": re.compile(
        r"(?:保险金申请人|被保险人|受益人|投保人|申请人)[^。；]{0,24}(?:申请|请求|索赔|理赔|领取|申领)[^。；]{0,12}(?:时|的)"
        r"[，,]?[^。；]{0,8}应(?:当)?[^。；]{0,12}(?:提交|提供|填写|出具)"
        r"|(?<!被)保险人[^。；]{0,6}收到[^。；]{0,24}(?:请求|申请|材料|资料)[^。；]{0,20}核定"
        r"|[^。；]{0,40}报案[^。；]{0,6}(?:并|同时)?(?:提交|提供)"
    ),
    "DISPUTES": re.compile(
        r"(?:因|凡|对)?(?:履行本(?:保险)?合同|本(?:保险)?合同(?:履行过程中|引起|产生|有关)|与本(?:保险)?合同有关)"
        r"[^。；]{0,24}争议"
        r"[^。；]{0,4}[，,]?\s*(?:由|应|双方|当事人|适用|提交|协商)"
        rf"|{_OPT_CONTRACT}争议(?:的)?(?:处理|解决)(?:方式)?(?:适用|为|由)"
        r"|(?:如|若|凡|双方|当事人|合同双方)?(?:之间)?发生争议(?:的|时)?[，,]?\s*(?:由|应|双方|当事人|可|协商)"
    ),
}
# Patterns matched anywhere in the paragraph.
_ANYWHERE: dict[str, re.Pattern[str]] = {
    "INSURED_SCOPE": re.compile(
        r"可(?:以)?[^。；，,]{0,16}作为(?:本(?:保险)?(?:合同)?的?)?(?:被保险人|保险标的)"
        r"|(?:均|皆|都)?可(?:以)?投保本(?:保险|险种|产品)"
    ),
    "DEFINITIONS": re.compile(
        r"涉及下列(?:术语|用语|名词|词语)|适用下列(?:释义|定义)|下列(?:术语|用语|名词|词语)[^。；]{0,8}(?:含义|释义|定义)"
    ),
}
# The cover granted: "在保险期间内，……保险人按照本合同约定负责赔偿 / 给付……保险金", or an insured event
# (因/由于/遭受/确诊……) followed by what the insurer then pays. A proviso that takes cover away ("但……的除外",
# "……保险人不负责赔偿") is cut off first; a claims article ("对属于保险责任的……履行给付保险金义务") names no event.
_GRANT_START = re.compile(r"在?保(?:险|障)(?:责任)?期间内[，,]?")
_EVENT = re.compile(r"因|由于|遭受|确诊|患有?|导致|造成")
_GRANT = re.compile(
    r"(?<!被)保险人[^。；]{0,30}(?<!不)"
    r"(?:负责(?:为[^。；，,]{0,10})?(?:赔偿|给付|赔付|更换|修复)|给付[^。；，,]{0,12}保险金|承担[^。；，,]{0,8}责任)"
)
# Exclusions listed inside one article: "下列……，保险人不负责赔偿：（一）……；（二）……".
_LIST_LEAD = re.compile(r"(?:下列|以下)[^。：:]{0,60}[:：]")
_INLINE_ITEM = re.compile(r"[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]")
# Several subjects of one rule: "本合同的保险金额和保险费由投保人与保险人协商确定".
_NOUN_CODES = (
    ("SUM_INSURED", r"保险金额|责任限额|赔偿限额|给付限额"),
    ("PREMIUM", r"保险费率?"),
    ("PERIOD", r"保险期(?:间|限)"),
)
_NOUN = "|".join(noun for _, noun in _NOUN_CODES) + "|免赔(?:额|率)"
_SUBJECTS = re.compile(rf"{_OPT_CONTRACT}((?:{_NOUN})(?:[和与及、](?:{_NOUN}))+)(?:均|分别)?(?:由|为|按|以|根据|依据|是|在)")
_SENTENCE = re.compile(r"[^。；;！!？?]+")
# One entry of a definitions list: "【火灾】指……", "（二）意外伤害：指……". "本合同所称投保人，是指……" (a single
# definition inside 总则) is not one.
_TERM_ENTRY = re.compile(
    r"\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)?(?:【[^【】]{1,16}】|[^，,。：:；\s]{1,16}[:：])\s*(?:是指|系指|指)"
)


def defines_term(text: str) -> int:
    """Whether a paragraph is an entry of a definitions list: 2 for a bracketed term ("【火灾】指……", a
    definitions-list form of its own), 1 for "意外伤害：指……" (two in a row state the definitions), else 0."""
    m = _TERM_ENTRY.match(text)
    return 0 if m is None else 2 if "【" in m.group() else 1


def _lists_exclusions(text: str) -> bool:
    for m in _LIST_LEAD.finditer(text):
        if TRIGGER.search(m.group()) and len(_INLINE_ITEM.findall(text, m.end())) >= 2:
            return True
    return False


def stated_sections(text: str) -> set[str]:
    """Codes of the required sections that ``text`` (one article or paragraph, numbering removed) states."""
    codes = {code for code, pattern in _ANYWHERE.items() if pattern.search(text)}
    if _lists_exclusions(text):
        codes.add("EXCLUSIONS")
    for m in _SENTENCE.finditer(text):
        sentence = m.group().lstrip(" \t　")
        lead = _LEAD.match(sentence)
        start = lead.end() if lead else 0
        codes.update(code for code, pattern in _SUBJECT.items() if pattern.match(sentence, start))
        subjects = _SUBJECTS.match(sentence, start)
        if subjects:
            codes.update(code for code, noun in _NOUN_CODES if re.search(noun, subjects.group(1)))
        denial = TRIGGER.search(sentence, start)
        head = sentence[: denial.start()] if denial else sentence
        grant = _GRANT.search(head, start)
        if grant and (_GRANT_START.match(head, start) or _EVENT.search(head, start, grant.start())):
            codes.add("COVERAGE")
    return codes
