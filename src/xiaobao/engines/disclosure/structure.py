"""Document structure: numbering prefixes, headings, and which required section a heading names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from xiaobao.engines.disclosure.model import BOLD, HEAVY_FONT, Para

__all__ = ["Heading", "classify_heading", "section_codes_for", "split_numbering"]

_CN_NUM = "一二三四五六七八九十百零〇两壹贰叁肆伍陆柒捌玖拾"

# (kind, rank, pattern); a lower rank is a higher level of the outline.
_NUMBERING: tuple[tuple[str, int, re.Pattern[str]], ...] = (
    ("part", 0, re.compile(rf"^第[{_CN_NUM}\d]+[部编]分?\s*")),
    ("chapter", 1, re.compile(rf"^第[{_CN_NUM}\d]+章\s*")),
    ("section", 2, re.compile(rf"^第[{_CN_NUM}\d]+节\s*")),
    ("article", 3, re.compile(rf"^第[{_CN_NUM}\d]+条[\s:：、.．]*")),
    ("cn", 4, re.compile(rf"^(?:[{_CN_NUM}]+\s*[、.．]|[一二三四五六七八九十]{{1,3}}\s+)\s*")),
    ("paren_cn", 5, re.compile(rf"^[（(]\s*[{_CN_NUM}]+\s*[)）]\s*[、.．]?\s*")),
    ("decimal", 6, re.compile(r"^\d+(?:[.．]\d+)+[.．]?\s*")),
    ("arabic", 7, re.compile(r"^\d+\s*(?:[、.．](?!\d)|\s)\s*")),
    ("paren_arabic", 8, re.compile(r"^(?:[（(]\s*\d+\s*[)）]|\d+[)）])\s*[、.．]?\s*")),
    ("circled", 9, re.compile(r"^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]\s*")),
    ("latin", 9, re.compile(r"^[（(]?[a-zA-Z][)）.．、]\s*")),
)
ITEM_KINDS = frozenset({"paren_cn", "arabic", "paren_arabic", "circled", "latin", "decimal"})


def split_numbering(text: str) -> tuple[str | None, int, int]:
    """(kind, rank, length of the numbering prefix) of a paragraph's leading number, if any."""
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    for kind, rank, pattern in _NUMBERING:
        m = pattern.match(stripped)
        if m:
            return kind, rank, offset + m.end()
    return None, 99, offset


# Each required section: full-match patterns for one part of a heading (parts are joined by 与/和/及/、).
_SECTION_PARTS: dict[str, re.Pattern[str]] = {
    "INSURED_SCOPE": re.compile(
        r"(?:投保人)?被保险人(?:的)?(?:范围|资格|条件)?|保险标的(?:的)?(?:范围)?|保险财产(?:范围)?"
        r"|保险对象|保障对象|承保对象|投保(?:范围|条件|年龄|人群|对象)|(?:承保|保障|适保|适用)(?:条件|年龄|人群|对象)|被保险机动车"
        r"|保险标的和?不保财产|(?:可保|不保|承保|被保险)财产|被保险人资格"
        r"|(?:营业|经营)场所|保险(?:标的)?地址"  # (被保险人及营业场所: where a liability or property cover applies)
    ),
    "COVERAGE": re.compile(
        r"(?:基本|主险)?保险责任(?:范围)?|保障(?:范围|责任|内容|项目|利益)|承保(?:责任|范围|风险)"
        r"|保险范围|保险保障(?:范围)?|责任范围|保险利益"
    ),
    "EXCLUSIONS": re.compile(
        r"责任免除(?:条款|事项)?|除外责任|免除责任|免责(?:条款|事项|范围|情形)?|责任除外|除外(?:事项|情形|条款)"
        r"|不保(?:事项|风险|责任)|(?:保险人)?不负责赔偿(?:的)?(?:情形|范围|损失|事项)?"
        r"|(?:保险人)?不(?:负|承担)(?:赔偿|给付)?(?:保险金)?责任(?:的)?(?:情形|范围|事项)?"
        r"|不予(?:赔偿|赔付|理赔|给付)(?:的)?(?:情形|范围|事项)?|免除保险人责任(?:的)?(?:条款)?"
    ),
    "SUM_INSURED": re.compile(
        r"保险金额(?:的确定)?|保额|(?:每次事故|每人|累计)?(?:责任|赔偿|给付|保险金)限额|保险价值"
        r"|保险金额(?:和|与)?保险价值|(?:保障|保险)额度|(?:住院)?(?:每日|日)?津贴(?:额|金额|标准)"
    ),
    "PREMIUM": re.compile(
        r"保险费(?:率)?(?:的)?(?:支付|交付|缴纳|交纳|计算|调整)?(?:方式|办法)?|保费(?:支付|缴纳)?|[交缴]费(?:方式|办法)?"
    ),
    "PERIOD": re.compile(
        r"保险(?:责任)?期间|保险期限|保障期(?:间|限)|保险期|(?:保险)?责任(?:的)?(?:开始|起讫)(?:时间|期间)?"
        r"|(?:保险)?合同(?:的)?有效期(?:间|限)?"
    ),
    "CLAIMS": re.compile(
        r"赔偿处理|保险(?:赔偿|理赔)|(?:理赔|索赔)(?:程序|流程|手续|申请|须知|材料|服务|时效)?"
        r"|保险金(?:的)?(?:申请|给付|赔付|支付|领取|申领)(?:程序|手续)?|(?:给付|赔付|申领|领取)保险金"
        r"|(?:申请|给付|赔付|赔偿)(?:程序|手续|方式|标准|处理)?"
        r"|保险事故(?:的)?(?:通知|报案)|申请(?:赔偿|理赔|索赔)|报案(?:程序|须知)?"
    ),
    "DISPUTES": re.compile(
        r"(?:合同)?(?:争议|争端|纠纷)(?:的)?(?:处理|解决)?(?:方式|办法)?|法律适用|适用法律|司法管辖|仲裁|诉讼"
    ),
    "DEFINITIONS": re.compile(
        r"(?:条款|重要|相关|主要|所用|有关)?(?:释义|定义|(?:名词|术语|用语|词语)(?:解释|释义|定义)?)"
    ),
}
# Headings that are not required sections but do end the one before them.
_OTHER_PART = re.compile(
    r".{0,12}(?:总则|附则|规定|事项|条款|义务|约定|免赔额|免赔率|免赔额（率）|免赔|变更|解除|终止|构成|效力|通知"
    r"|代位求偿|违约责任|受益人|投保人|保险人|附加险|其他|声明|须知|说明|特别约定"
    r"|续保|退保|退费|等待期|观察期|犹豫期|宽限期|复效)"
)
_PART_SPLIT = re.compile(r"[与和及、/]|以及")
_PART_AFFIX = re.compile(r"^(?:关于|有关)|(?:的)?(?:条款|部分|规定|约定|说明|事宜)$")
_SENTENCE_PUNCT = re.compile(r"[。；;，,！？!?]")
_TRAIL = " \t:：.．"
_BULLETS = "◆◇■□●○▲△▶►★☆•·※"
_ASIDE = re.compile(r"[（(]([^（）()]{1,12})[)）]$")


def section_codes_for(core: str) -> tuple[set[str], bool]:
    """Section codes named by a heading's text (numbering removed), and whether it is a heading at all.

    Every part of the heading (split on 与/和/及/、) must be a known heading phrase.
    """
    core = re.sub(r"\s+", "", core).strip(_TRAIL).lstrip(_BULLETS)
    core = re.sub(r"^(?:附(?:录|件)[一二三四五六七八九十\d]*[:：、.．]?|附[:：])", "", core)
    core = re.sub(r"^(?:本(?:保险)?合同的?|本保险的?)", "", core)
    if not core or len(core) > 24:
        return set(), False
    aside = _ASIDE.search(core)
    if aside and aside.start():  # "责任免除（请仔细阅读）", "保险金额（责任限额）"
        outer, outer_heading = section_codes_for(core[: aside.start()])
        if outer_heading:
            inner, inner_heading = section_codes_for(aside.group(1))
            return outer | (inner if inner_heading else set()), True
    codes: set[str] = set()
    named = False  # the part before named a section
    for part in _PART_SPLIT.split(core):
        if not part or (named and part.startswith("其")):  # 保险费及其交付: the same section again
            continue
        matched = [code for code, pat in _SECTION_PARTS.items() if pat.fullmatch(part)]
        if not matched:  # 保险责任条款, 关于保险期间的约定
            bare = _PART_AFFIX.sub("", part)
            matched = [code for code, pat in _SECTION_PARTS.items() if bare and pat.fullmatch(bare)]
        named = bool(matched)
        if matched:
            # "保险责任期间" style overlaps resolve to the more specific code
            codes.update(matched[:1] if len(matched) > 1 and "PERIOD" not in matched else matched)
            if "PERIOD" in matched:
                codes.intersection_update({"PERIOD"} | (codes - {"COVERAGE"}))
        elif not _OTHER_PART.fullmatch(part):
            return set(), False
    return codes, True


@dataclass(frozen=True, slots=True)
class Heading:
    """A paragraph (or the start of one) that heads a part of the document."""

    codes: frozenset[str]
    kind: str | None  # numbering kind, None for none
    rank: int  # outline rank of the numbering (lower = higher level), 99 for none
    style_level: int | None
    body_start: int  # offset in the paragraph text where body text starts (len(text) if none)
    strong: bool  # a keyword heading, a heading style, a chapter/article title


def _set_off(para: Para) -> bool:
    """Typeset as a heading: centred, or every visible character bold."""
    if para.centered:
        return True
    marks = [f for ch, f in zip(para.text, para.flags, strict=False) if not ch.isspace()]
    return bool(marks) and all(f & BOLD for f in marks)


# A heading set in lenticular or square brackets: a paragraph of its own ("【保险责任】") or run in at the
# start of an article ("第二条【保险责任】在保险期间内……"). A bracketed term followed by 指/是指 is a term
# being defined ("【火灾】指……"), not a heading.
_BRACKET = re.compile(
    r"\s*(?:【([^【】]{1,24})】|〖([^〖〗]{1,24})〗|〔([^〔〕]{1,24})〕|［([^［］]{1,24})］|\[([^\[\]]{1,24})\]"
    r"|（([^（）]{1,24})）|\(([^()]{1,24})\))"
)
_DEFINES = re.compile(r"\s*[:：]?\s*(?:是指|系指|指)")
_MARKED = BOLD | HEAVY_FONT


def _bracket_heading(para: Para, core: str, kind: str | None, rank: int, prefix: int) -> Heading | None:
    m = _BRACKET.match(core)
    if m is None:
        return None
    label = next(g for g in m.groups() if g is not None)
    rest = core[m.end() :]
    if rest.strip(_TRAIL) and _DEFINES.match(rest):
        return None
    codes, is_heading = section_codes_for(label)
    if not is_heading:
        return None
    if not rest.strip(_TRAIL):
        return Heading(frozenset(codes), kind, rank, para.heading_level, len(para.text), True)
    if codes or kind in ("part", "chapter", "section", "article"):
        start = prefix + m.end() + len(rest) - len(rest.lstrip(_TRAIL))
        return Heading(frozenset(codes), kind, rank, para.heading_level, start, True)
    return None


def _marked_run_in(para: Para, text: str, kind: str | None, rank: int, prefix: int) -> Heading | None:
    """A run-in heading told from its article only by type: "第二条 **保险责任**在保险期间内……" (bold or a
    heavy face on the label, the body plain). Only after an article's number: elsewhere a bold word at the start
    of a sentence ("**被保险人**因……", an item "（二）**保险标的**本身的缺陷") is emphasis, not a heading."""
    if kind not in ("part", "chapter", "section", "article"):
        return None
    start = prefix
    while start < len(text) and text[start].isspace():
        start += 1
    end = start
    while end < len(text) and para.flags[end] & _MARKED:
        end += 1
    label = text[start:end].strip().rstrip(_TRAIL)
    rest = text[end:]
    if not 2 <= len(label) <= 16 or not rest.strip() or _DEFINES.match(rest):
        return None
    if all(para.flags[i] & _MARKED for i in range(end, len(text)) if not text[i].isspace()):
        return None
    codes, is_heading = section_codes_for(label)
    if not (is_heading and codes):
        return None
    body = end + len(rest) - len(rest.lstrip(_TRAIL + "　"))
    return Heading(frozenset(codes), kind, rank, para.heading_level, body, True)


def classify_heading(para: Para) -> Heading | None:
    """Whether a paragraph is a heading, and which required sections it names."""
    text = para.text.rstrip()
    if not text.strip():
        return None
    kind, rank, prefix = split_numbering(text)
    core = text[prefix:]
    core_clean = core.strip().rstrip(_TRAIL)
    no_punct = not _SENTENCE_PUNCT.search(core_clean)
    short = len(core_clean) <= 24
    bracketed = _bracket_heading(para, core, kind, rank, prefix)
    if bracketed is not None:
        return bracketed
    codes, is_heading = section_codes_for(core_clean) if short and no_punct else (set(), False)
    if is_heading and (codes or kind not in ITEM_KINDS or para.heading_level or _set_off(para)):
        return Heading(frozenset(codes), kind, rank, para.heading_level, len(para.text), True)
    # inline heading: "第五条 责任免除：下列……" / "保险期间：一年"
    m = re.match(r"\s*([^\s:：，。；—]{2,16}?)\s*(?:[:：]|—{1,2}|\s+|$)", core)
    if m and m.end() < len(core):
        inline_codes, inline_heading = section_codes_for(m.group(1))
        if (
            inline_heading
            and inline_codes
            and (kind not in ITEM_KINDS or core[m.end(1) :].lstrip()[:1] in ":：")
            and not _DEFINES.match(core, m.end(1))
        ):
            return Heading(frozenset(inline_codes), kind, rank, para.heading_level, prefix + m.end(), True)
    run_in = _marked_run_in(para, text, kind, rank, prefix)
    if run_in is not None:
        return run_in
    if para.heading_level is not None and short:
        return Heading(frozenset(), kind, rank, para.heading_level, len(para.text), True)
    if no_punct and len(core_clean) <= 30 and kind in ("part", "chapter", "section"):
        return Heading(frozenset(), kind, rank, None, len(para.text), True)
    if no_punct and len(core_clean) <= 14 and kind == "article":
        return Heading(frozenset(), kind, rank, None, len(para.text), True)
    if no_punct and short and kind is not None:
        return Heading(frozenset(), kind, rank, None, len(para.text), False)
    return None
