"""Rules and the PERSON model together (the "model" tier of scan()).

Each covers the other's weakness:
  * the rules keep cue words, titles (张先生 / 王芳女士: surname + title), hints and minority names with a middle
    dot, whose spans they get exactly; structured types and addresses never go near the model;
  * the model (model.py) finds bare names in running prose ("叶老桂认为…", lists, bylines) that no cue marks;
  * the lexicon vetoes model names that are places, organisations or ordinary words (石河子, 王府井百货,
    王牌驾乘险), and the model vetoes weak rule guesses that it reads as a place or an organisation.

The model reads only the phrases (cut after a comma, colon, bracket, quote or space, within a sentence) where
a name the rules did not settle can be, all phrases of all texts in shared batches (_starts, _windows):
  * where a name can start: a compound surname; one of the hundred common surnames; a rarer surname
    character at a phrase start, after a cue (受益人为安以轩) or before a given-name character that does not
    start a word; a run of transliteration or foreign-name characters (巴特尔, 卡萨诺); a middle dot;
  * never inside a common word or at the start of a frequent one (公司, 提出, 保费; 监管转…, 双方在…;
    common_words.txt, from jieba's dictionary), nor inside a span the rules found (numbers, addresses, names);
  * rule names the model may still extend or veto (not those from titles, dots and hints, nor cue names that
    are no ordinary word and are already complete or closed: 投诉人王芳，客户王芳来电称, 经办人王芳已…);
  * after a word for a person in news and prose (歌手|腾格尔, 记者|晓岚) and before a speech verb (立军|表示),
    and beside every list mark 、 (the items of a list are read whole: 向阳、米粒、詹天明) (_cue_marks).
Numbers and other structured spans are left out of the phrases. On generated complaint notes this sends a few
percent of the characters to the encoder (every clause with a surname character, as before: about 67%), and
the tagger caches the phrases it has seen (model_windows() gives the phrases of one text).

After the merge, names spread to what the model alone does not tag (_list_neighbours, _other_mentions): the
other items of a 、 list beside a name (冷冰、宫晓燕、阙立新), the same name again later in the text, and the
given name alone after the full name (叶老桂…老桂家). bench/pii_name_losses.py prints, per set, at which of
these stages the names that are still missed were lost.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path

from . import lexicon as lx
from .address import STREET_RE as _STREET_RE
from .address import _cut
from .context_names import context_names, minority_names, model_name_in_context
from .model import Entity, tagger
from .names import names_place_at
from .patterns import _PLATE_PROV_SET as _PLATE_PROVINCES  # (the plate rules' own list: one list, 黔 included)
from .rx import char_class, trie

Span = tuple[int, int, str, float]

MODEL_SCORE = 0.65  # below every rule score: where a rule and the model disagree on a span, the rule wins
_CLAUSE_RE = re.compile(r"[^。！？!?；;\n\r\t]+")
_CANDIDATE_RE = re.compile("(?=" + char_class(lx.NAME_STARTS) + r"[\u3400-\u9fff])")  # overlapping: 王李明
_NOT = lx.NOT_NAMES | lx.NOT_NAMES_MORE
_WORDS_PATH = Path(__file__).with_name("common_words.txt")
_COMPOUNDS = frozenset(lx.COMPOUND_SURNAMES)
_WORD_FREQ = {
    w: int(f)
    for w, f in (line.split() for line in _WORDS_PATH.read_text(encoding="utf-8").splitlines() if line and line[0] != "#")
}
_KNOWN = lx.NOT_NAMES | {w for w in (*lx.PROVINCES, *lx.CITIES) if len(w) <= 4}
_COMMON_WORDS = frozenset(_WORD_FREQ) | _KNOWN
# a name may start with a rarer word (王家卫, 温家宝, 宁海波: 王家, 温家, 宁海): a word starting where a name would
# rules the name out only when it is frequent
_START_MIN = 300
_START_WORDS = frozenset(w for w, f in _WORD_FREQ.items() if f >= _START_MIN) | _KNOWN
_MAX_WORD = max(len(w) for w in _COMMON_WORDS)
_GIVEN = lx.GIVEN_CHARS
_TRANSLIT = lx.TRANSLIT_CHARS
_COMMON_SURNAMES = frozenset(lx.COMMON_SURNAMES)
# a phrase: up to and including a comma, colon, bracket, quote or space
# common surnames that are far more often function words (客户于收到, 向当地): inside a phrase, they are
# treated like rarer surnames
_FUNCTION_CHARS = frozenset("于向")
_PHRASE_ENDS = frozenset("，,、：:（）()“”\"；;。！？!? \t\n\u3000")
_DOT_RE = re.compile(char_class(lx.NAME_DOTS))
_RARER = set(lx.SINGLE_SURNAMES) - set(lx.COMMON_SURNAMES)
# a phrase start, or the last character of a cue word (受益人, 记者, 副行长, 总经理, 果农, 为, 是)
_AFTER = _PHRASE_ENDS | set("人员者长理为是叫名户主农")
_FOREIGN = lx.FOREIGN_CHARS
# after the first character of a foreign name: a second one, then a third or the end of the name (卡萨诺, 鲁尼说)
_FOREIGN_TAIL = (
    char_class(lx.FOREIGN_CHARS)
    + "(?:"
    + char_class(lx.FOREIGN_CHARS)
    + r"|[，,、：:（）()“”\"；;。！？!?\s的等在说和与是为也将对]|$)"
)
# what _starts() looks at: a compound surname, a common surname before a Chinese character, a rarer surname
# character before a given-name character, three transliteration characters (lookahead: matches overlap)
_START_RE = re.compile(
    "(?="
    + trie(lx.COMPOUND_SURNAMES)
    + "|"
    + char_class(lx.COMMON_SURNAMES)
    + r"[\u3400-\u9fff]|"
    + char_class(_RARER)
    + char_class(lx.GIVEN_CHARS)
    + "|(?:^|(?<="
    + char_class(_AFTER)
    + "))"
    + char_class(_RARER)
    + r"[\u3400-\u9fff]|"
    + char_class(set(lx.TRANSLIT_CHARS) - lx.TRANSLIT_INNER_ONLY)
    + char_class(lx.TRANSLIT_CHARS)
    + "{2}|"
    + char_class(lx.FOREIGN_CHARS)
    + _FOREIGN_TAIL
    + ")"
)
_FOREIGN_TAIL_RE = re.compile(_FOREIGN_TAIL)
_PHRASE_RE = re.compile(r"[^，,、：:（）()“”\"\s]*[，,、：:（）()“”\"\s]?")
_HAN = re.compile(r"[\u3400-\u9fff]")
_DOTS = set(lx.NAME_DOTS)
_PLACES = frozenset(lx.PROVINCES) | frozenset(lx.CITIES)
# a model "name" followed by one of these is an organisation, a product or a place (王府井百货, 高兴家财险)
_ORG_TAIL_RE = re.compile(
    r"(?:公司|集团|银行|保险|财险|人寿|大学|学院|学校|医院|协会|中心|委员会|局|厅|部|处|所|院|店|百货|商场|超市|酒店|"
    r"广场|大厦|小区|风景|景区|公园|古城|草原|湿地|机场|水库|村|镇|乡|街道|路|街|市|县|区|州|省|山|湖|河|江|险|牌|号|站|队|团|会|社|网|台|报|杯|奖|基金|"
    + "|".join(lx.SHOP_WORDS)
    + r"|基地|品牌|"
    # or a firm of a trade (方正证券, 周大福珠宝, 华夏电器)
    r"证券|期货|信托|珠宝|电器|电脑|科技|实业|传媒|控股|股份|物业|地产|置业|"
    # or an insurance product (宋韵百万医疗, 金安康意外险, 安心宝·驾乘人员意外, 常青树综合意外险, 花木兰女性健康险, “惠越保”)
    r"保(?=[”\"」』])|"
    r"[·•・‧]?(?:综合|团体|个人|少儿|学生|老年|女性|长期|短期|住院|门诊|交通|旅游|家庭)?"
    r"(?:百万医疗|医疗险|医疗保险|意外险|健康险|重疾|年金|驾乘|家财|寿险|无忧))"
)
# ... except where that character starts an office title or a word of the sentence: 宋春华会长, 苏明哲所长,
# 周海洋所说 / 钱宏伟所在 (所 + a verb), 付晓会在… (会: will), 记者宋焱报道
_TAIL_WORD_RE = re.compile(r"[会院局部处社台站队团店所]长|[所会][\u3400-\u9fff]|报[道告称]")
# ... or where a person's studies follow (李雨桐大学毕业后…, 王芳大学时…): the name of a person, not of a school
_STUDIES_RE = re.compile("(?:大学|学院|学校)(?:毕业|时|期间|刚毕业|还没毕业)")
# a transliterated name of five to seven characters with at most this many characters that are neither
# transliteration syllables nor foreign-name characters (费尔南德斯, 图尔荪阿依, 范马尔维克)
_LONG_TRANSLIT_OTHER = 1
# rule spans at or above this score come from cue words, titles, dots or hints: the model never vetoes them
# as places; titles, dots and hints (0.9 and more) are never vetoed at all
_STRONG_RULE = 0.85
_TITLE_RULE = 0.9
_DOTTED_MODEL = 0.88  # a dotted model name: above cue rules (0.85), below the rules' own dotted names (0.9)
_STRONG_RIGHT_RE = re.compile(trie(lx.STRONG_RIGHT_CUES))
# a cue name closed by punctuation or a bracket (收款人舒畅，开户行…; 投诉人骆驼（本名）): a name even when it is a word
_CLOSED_RE = re.compile(r"[，,。；;（(]|\s|$")
# 于 and a date after a cue name: what happened to the person (被保险人宁静于2025年10月住院)
_DATE_AFTER_RE = re.compile(r"于(?:[0-9０-９]|[今昨前去本上][天日年月]|二〇)")
_VERB_ENDS = lx.VERBS_AFTER_NAMES
# a web handle in quotation marks (网友“东方不败”称…)
_HANDLE_BEFORE_RE = re.compile(r"(?:网友|网名|昵称|账号|用户名|微信名|ID|id|博主|主播|UP主)[：:\s]?[“\"「『]$")
_MINORITY_NOT_BEFORE_RE = re.compile(trie(lx.MINORITY_NAME_NOT_BEFORE))
_OPEN_QUOTES = frozenset("“\"「『‘")
_CLOSE_QUOTES = frozenset("”\"」』’")
# what a name in quotation marks names when one of these follows it (a few words on): a product, a shop, a firm
_QUOTED_THING_RE = re.compile(
    r"[^的了是在和与说称也都就被把对向给，,。；;！？!?\s]{0,5}?"
    r"(?:店|馆|厂|行|铺|坊|社|险|保险|公司|超市|餐厅|食府|酒家|宾馆|酒店|民宿|农家乐|品牌|系列|产品|计划|诊所|中心)"
)
# given names that are also words of nature and seasons (白雪, 初雪, 江涛): after 的 they are the word
_WORD_NAMES = lx.WORD_NAMES
# a numeral and a measure word right before a "name": a thing (一份, 两瓶, 3杯)
_MEASURE_BEFORE_RE = re.compile(r"[一二两三四五六七八九十几\d][份杯瓶碗盒包袋罐箱斤块盘串]$")
# forms of address after a name (杭弈筠姐, 王强哥): not part of it; after a bare surname (王哥, 李姐) the
# whole is a form of address
_ADDRESS_SUFFIXES = frozenset("姐哥叔姨嫂婶")
# a nickname: 老 / 小 before a surname (老王, 小李), no name
_NICK_PREFIXES = frozenset("老小")
# surname characters that, right before a name the model found, are a function word (和希利, 于暴雪)
# transliteration syllables that may stand before a transliterated name the model cut short (not 如, 不, 其 ...)
_TRANSLIT_BEFORE = lx.TRANSLIT_CHARS - frozenset("如其也都不在于和与是有将")
# function words that close a name (王芳已…, 王芳在…): no name goes on after them
_CLOSING = frozenset("已在于对的向也将均和与及都曾")
_NOT_SURNAME_BEFORE = frozenset("和与及于对在从由把被让给为以将向")
_SINGLES = frozenset(lx.SINGLE_SURNAMES)
_PLACE_OR_NOUN_TAGS = frozenset({"LOC", "ORG", "n"})
_NOT_NAME_TAGS = frozenset({"v", "vd", "vn", "a", "ad", "an", "d", "c", "p", "u", "r", "m", "q", "t", "f", "xc", "TIME"})


def _covered(clause: str, i: int) -> bool:
    """Is clause[i] inside a common word, or the start of a frequent one (公司, 提出, 保费; 监管转…, 双方在…,
    因不属于)? A name does not start there. (Words of 2-4 characters; the likeliest lookups first.)"""
    words = _COMMON_WORDS
    starting = _START_WORDS
    if clause[i : i + 2] in starting or (i and clause[i - 1 : i + 1] in words):
        return True
    return _covered_long(clause, i)


def _covered_long(clause: str, i: int) -> bool:
    """_covered() for words of 3-4 characters."""
    words = _COMMON_WORDS
    starting = _START_WORDS
    if clause[i : i + 3] in starting or clause[i : i + 4] in starting:
        return True
    n = len(clause)
    for j, k in ((i - 1, i + 2), (i - 1, i + 3), (i - 2, i + 1), (i - 2, i + 2), (i - 3, i + 1)):
        if j >= 0 and k <= n and clause[j:k] in words:
            return True
    return False


def _starts(clause: str) -> list[int]:
    """Where a name the rules may not have found can start in this text, outside a common word or a place
    name: a compound surname; a common surname (王, 叶, 于 ...); a rarer surname character (单, 惠, 区 ...)
    before a given-name character that does not start a common word (单显示, 惠民保 are no names); a character
    that is mostly a function word (于, 向 ...) as a rarer one unless it starts a phrase; three transliteration
    characters in a row, or of the characters of foreign names (卡萨诺, 鲁尼说); a middle dot (艾克拜尔·肉孜)."""
    out: list[int] = []
    words = _COMMON_WORDS
    starting = _START_WORDS
    for m in _START_RE.finditer(clause):  # (every shape below, found in C; Python checks the words)
        i = m.start()
        two = clause[i : i + 2]
        if two in _COMPOUNDS:
            out.append(i)
            continue
        if two in starting or (i and clause[i - 1 : i + 1] in words):
            continue  # (most positions end here: 金额, 方式, 向客户 ...)
        c = clause[i]
        first = not i or clause[i - 1] in _AFTER  # at the start of a phrase, or after a cue (受益人为安以轩)
        if not (c in _COMMON_SURNAMES and (first or c not in _FUNCTION_CHARS)):
            # a rarer surname character at the start of a phrase, or before a given-name character that does
            # not start a word (和家人); a run of transliteration characters (巴特尔, 卡萨诺, 鲁尼说)
            rarer = c in _SINGLES and (first or (clause[i + 1] in _GIVEN and clause[i + 1 : i + 3] not in words))
            translit = c in _TRANSLIT and all(x in _TRANSLIT for x in clause[i + 1 : i + 3])
            if not (rarer or translit or (c in _FOREIGN and _FOREIGN_TAIL_RE.match(clause, i + 1))):
                continue
        if not _covered_long(clause, i):
            out.append(i)
    out.extend(m.start() for m in _DOT_RE.finditer(clause))
    return out


def _settled(text: str, sp: Span) -> bool:
    """A rule name the model would not change: from a title, a dot or a hint; or after a cue word, not an
    ordinary word (which the model may veto: 此致\n敬礼), and either three characters long already or closed
    by punctuation, a speech verb or a function word (投诉人王芳，客户王芳来电称, 经办人王芳已…): the model
    could only have extended it (王胜 → 王胜川)."""
    if sp[3] >= _TITLE_RULE:
        return True
    if sp[3] < _STRONG_RULE:
        return False
    s, e = sp[0], sp[1]
    if text[s:e] in _COMMON_WORDS:
        return False
    return (
        e - s >= 3 + (text[s : s + 2] in _COMPOUNDS)
        or e >= len(text)
        or text[e] in _PHRASE_ENDS
        or text[e] in _CLOSING
        or _STRONG_RIGHT_RE.match(text, e) is not None
    )


def _candidate(clause: str) -> bool:
    """Can a name start in this clause? (see _starts)"""
    return bool(_starts(clause))


def _windows(text: str, marks: list[int], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of text that the model reads: each phrase (cut after a comma, colon, bracket, quote or
    space, the mark kept) holding one of the marks (a possible name start, a rule name's first or last
    character), within its clause; neighbouring ones joined. The model reads a phrase as it reads it inside
    its sentence far more often than a window cut anywhere (a digit or half a word at a window's edge changes
    its tags). taken: spans of other types that the rules found (numbers, plates, addresses), sorted: the
    model does not read them, a phrase ends before one."""
    out: list[tuple[int, int]] = []
    k = t = 0
    n_marks = len(marks)
    for cm in _CLAUSE_RE.finditer(text):
        a, b = cm.span()
        while k < n_marks and marks[k] < a:
            k += 1
        if k == n_marks:
            break
        if marks[k] >= b:
            continue  # (most clauses: no mark)
        while t < len(taken) and taken[t][1] <= a:
            t += 1
        pos = a
        q = t
        while pos < b:
            if q < len(taken) and taken[q][0] < b:
                stop, resume = max(pos, taken[q][0]), taken[q][1]
                q += 1
            else:
                stop, resume = b, b
            for m in _PHRASE_RE.finditer(text, pos, stop):
                pa, pb = m.span()
                if pa == pb:
                    continue
                while k < n_marks and marks[k] < pa:
                    k += 1
                if k < n_marks and marks[k] < pb:
                    if out and out[-1][1] == pa:
                        out[-1] = (out[-1][0], pb)
                    else:
                        out.append((pa, pb))
            pos = max(pos, resume)
    return out


_OUR_FIRM = frozenset("我贵本该公上")  # (我司, 贵司, 本司, 该司, 公司, 上司)
_TITLED_ROAD_RE = re.compile("(?:博士|先生|将军|元帅|烈士)(?:大马路|马路|大道|大街|路|街)|大马路|大道|大街")
_ETC_FIRMS_RE = re.compile("等(?:商户|商家|店铺|门店|品牌|企业|公司|单位|厂家|药店|老字号)")


def _good_model_name(text: str, e: Entity, known: bool = False) -> bool:
    """Can the model's name e stand? known: e is the given name of a name found in the text (老桂 of 叶老桂),
    no nickname even when it starts with 老 or 小."""
    name = text[e.start : e.end]
    n = len(name)
    if n < 2:
        return False
    dotted = any(c in _DOTS for c in name)
    if not dotted and n > 4 and (
        n > 7 or sum(not (c in _TRANSLIT or c in _FOREIGN) for c in name) > _LONG_TRANSLIT_OTHER
    ):
        return False  # (a transliterated name may be longer: 吐尔逊古丽, 戈尔巴乔夫, 图尔荪阿依, 费尔南德斯)
    if not all(_HAN.match(c) or c in _DOTS for c in name) or "某" in name:
        return False  # (王某, 李某某: a name withheld, nothing to protect)
    if name in _PLACES or name in _NOT or (name[:2] in _NOT and n == 2) or name in lx.NOT_MODEL_NAMES:
        return False
    if n == 2 and (
        (name[0] in _NICK_PREFIXES and not known)
        or name[1] in _ADDRESS_SUFFIXES
        or (e.start and text[e.start - 1] in _NICK_PREFIXES and name[0] in _SINGLES)
    ):
        return False  # 老王, 小李, 王哥, 李姐: a nickname or a form of address, no name to protect (老赵管…: 老赵)
    if n >= 3 and not dotted and name[-2:] in _VERB_ENDS:
        return False  # 苏承担 (…那日苏承担全部责任): a name does not end in a verb
    if _MEASURE_BEFORE_RE.search(text, max(0, e.start - 2), e.start):
        return False  # 点了一份王老吉, 买了两瓶…: counted things are no people
    if _HANDLE_BEFORE_RE.search(text, max(0, e.start - 5), e.start):
        return False  # 网友“东方不败”, 昵称“沙漠之狐”: a web handle, no name
    if name in lx.MINORITY_GIVEN_NAMES and _MINORITY_NOT_BEFORE_RE.match(text, e.end) is not None:
        return False  # (格桑花, 罗布泊: a flower, a place)
    if name in _WORD_NAMES and (text[e.start - 1 : e.start] == "的" or text[e.end : e.end + 1] == "的"):
        return False  # 窗外的白雪, 拍下了初雪的照片: the word, not the person
    if (
        text[e.start - 1 : e.start] in _OPEN_QUOTES
        and text[e.end : e.end + 1] in _CLOSE_QUOTES
        and _QUOTED_THING_RE.match(text, e.end + 1) is not None
    ):
        return False  # (“金福宝”两全保险, 在“阿凡提”乐器店: the name of a product or a shop)
    if (
        n == 2
        and e.start
        and text[e.start - 1 : e.start + 1] in _COMMON_WORDS
        and name[:2] not in _COMPOUNDS
        and not _ends_cue(text, e.start)  # (我老公岩罕: 公岩 is a word too, but 老公 ends first)
        and name not in lx.MINORITY_GIVEN_NAMES  # (那天平措…: 天平 is a word, 平措 a name all the same)
    ):
        return False  # (由外孙代为来电: 孙 ends the word 外孙, no name 孙代)
    if name[0] == "司" and text[e.start - 1 : e.start] in _OUR_FIRM:
        return False  # (在我司官微看到: 我司 is the insurer)
    if _TITLED_ROAD_RE.match(text, e.end) is not None:
        return False  # (孙逸仙博士大马路, 中山先生路: a road named after a person)
    if _ETC_FIRMS_RE.match(text, e.end) is not None:
        return False  # (周黑鸭、陈李济等商户: the names of shops)
    tail = _ORG_TAIL_RE.match(text, e.end)
    return (
        tail is None
        or (tail.end() - tail.start() == 1 and _TAIL_WORD_RE.match(text, e.end) is not None)
        or _STUDIES_RE.match(text, e.end) is not None
    )


def model_windows(text: str, rule_spans: list[Span]) -> list[tuple[int, int]]:
    """The stretches of text the model reads, given the rules' spans (see the module docstring)."""
    spans = sorted(rule_spans)
    starts = _starts(text)
    starts.extend(_cue_marks(text))
    if spans and starts:
        # no name starts inside a span the rules found (a name, an address, a number ...)
        inside = _Containers([(s, e) for s, e, _, _ in spans])
        starts = [p for p in starts if not inside.contain(p, p + 1)]
    # rule names the model may extend or veto (not those from titles, dots and hints, which it never
    # changes, nor cue names before a speech verb: 客户王芳来电称)
    marks = set(starts)
    for sp in spans:
        if sp[2] == "PERSON" and not _settled(text, sp):
            marks.add(sp[0])
            marks.add(sp[1] - 1)
    if not marks:
        return []
    if "、" in text:
        # the items of a list are read whole (a name in it may start with no surname: 向阳、米粒、詹天明)
        for m in _LIST_SEP_RE.finditer(text):
            marks.add(m.start() - 1)
            marks.add(m.end())
        marks.discard(-1)
        marks.discard(len(text))
    taken = [(s, e) for s, e, t, _ in spans if t != "PERSON"]
    return _windows(text, sorted(marks), taken)


def add_model_names(
    texts: Sequence[str],
    rule_spans: list[list[Span]],
    windows: list[list[tuple[int, int]]] | None = None,
    places: list[list[tuple[int, int]]] | None = None,
) -> list[list[Span]]:
    """rule_spans with the model's names added (and weak rule names it reads as places or organisations
    removed); one list per text, overlaps left to the scanner's resolution. windows, places: if given, they
    receive per text the stretches the model read (model_windows) and the words it read there as places,
    organisations or nouns."""
    lac = tagger()  # (first: a missing model fails every model-tier call, not only those with a name to read)
    pieces: list[tuple[int, int, str]] = []  # (text index, offset, piece)
    for i, text in enumerate(texts):
        read = model_windows(text, rule_spans[i])
        if windows is not None:
            windows.append(read)
        pieces.extend((i, a, text[a:b]) for a, b in read)
    if not pieces:
        if places is not None:
            places.extend([] for _ in texts)
        return [_other_mentions(t, spans) for t, spans in zip(texts, rule_spans, strict=True)]
    tagged = lac.tag([p for _, _, p in pieces])
    per_text: dict[int, list[Entity]] = {}
    for (i, off, _), ents in zip(pieces, tagged, strict=True):
        per_text.setdefault(i, []).extend(
            Entity(off + e.start, off + e.end, e.label)
            for e in ents
        )
    if places is not None:
        places.extend(
            [(e.start, e.end) for e in per_text.get(i, ()) if e.label in _PLACE_OR_NOUN_TAGS] for i in range(len(texts))
        )
    out: list[list[Span]] = []
    for i, spans in enumerate(rule_spans):
        ents = per_text.get(i)
        merged = spans if ents is None else _merge(texts[i], spans, ents)
        out.append(_other_mentions(texts[i], merged))
    return out


def _verb_with_object(text: str, s: int, e: int) -> bool:
    """Does LAC read text[s:e], in its phrase, as a verb with its object right after it (投诉人达成|和解)? A verb, not a
    name that is also a word (律师钟情，, 经理严峻带队, 客服舒畅挺好的: LAC may read those as verbs or adjectives too).
    (Asked only of the rare CRF names that are ordinary words let stand by their context.)"""
    a = s
    while a > 0 and s - a < 20 and text[a - 1] not in _PHRASE_ENDS:
        a -= 1
    b = e
    while b < len(text) and b - e < 20 and text[b] not in _PHRASE_ENDS:
        b += 1
    ents = tagger().tag([text[a:b]])[0]
    return any(
        x.label == "v" and (a + x.start, a + x.end) == (s, e) and y.start == x.end and y.label in ("n", "vn")
        for x, y in pairwise(ents)
    )


def add_context_names(texts: Sequence[str], spans: list[list[Span]]) -> list[list[Span]]:
    """spans with the names read from their context (context_names.py) and the minority given names that stand
    alone (context_names.minority_names) added; overlaps left to the scanner."""
    out = []
    for t, sp in zip(texts, spans, strict=True):
        if t:
            sp = sp + context_names(t, _COMMON_WORDS, [x[:3] for x in sp])
            if _MINORITY_FIRST.intersection(t):
                sp = sp + [
                    m
                    for m in minority_names(t, _COMMON_WORDS, _FREQUENT_WORDS, [x[:2] for x in sp])
                    if _good_model_name(t, Entity(m[0], m[1], "PER"))  # (在“巴特尔”手抓肉馆: a restaurant)
                ]
        out.append(sp)
    return out


_MINORITY_FIRST = frozenset(n[0] for n in lx.MINORITY_GIVEN_NAMES)
_FREQUENT_WORDS = frozenset(w for w, f in _WORD_FREQ.items() if f >= 1000)


# words after which a name with no surname character can follow (歌手腾格尔, 记者晓岚, 导演是枝裕和), and
# verbs before which one can stand (立军表示…, 村上春树的小说 is not found this way): the phrase there is read
# by the model, which alone decides whether a name is in it
_PERSON_WORDS = trie(
    {
        "歌手", "导演", "演员", "作家", "主持人", "画家", "诗人", "主帅", "主教练", "球员", "总理", "总统",
        "部长", "发言人", "教授", "董事长", "总裁", "主席", "市长", "省长", "艺术家", "建筑师", "歌唱家", "作者",
        "老师", "医生", "律师", "警官", "大夫", "前锋", "中场", "后卫", "门将", "队员", "选手", "冠军", "学者",
        "专家", "院士", "CEO", "创始人", "网友", "博主", "主播", "演唱者", "饰演者", "扮演者", "校长", "局长",
        "记者", "通讯员", "摄影", "编辑",
    }
)
_AFTER_PERSON_WORD_RE = re.compile("(?:" + _PERSON_WORDS + r")(?=[\u3400-\u9fff])")
_BEFORE_SPEECH_RE = re.compile(
    r"[\u3400-\u9fff]{2}(?=表示|认为|透露|指出|回忆|坦言|告诉|说道|[说称](?![明服法话为号作赞]))"
)
_NOT_BEFORE_SPEECH = frozenset(lx.LEFT_CUES) | _NOT


def _cue_marks(text: str) -> list[int]:
    """Where a name may start after a word for a person (歌手|腾格尔) or before a speech verb (立军|表示)."""
    out = [m.end() for m in _AFTER_PERSON_WORD_RE.finditer(text)]
    out.extend(
        m.start()
        for m in _BEFORE_SPEECH_RE.finditer(text)
        if m.group() not in _NOT_BEFORE_SPEECH
        and m.group()[1] not in _NOT_BEFORE_SPEECH
        and m.group()[0] != m.group()[1]  # (女儿欣欣说: a pet name)
        and not _covered(text, m.start())
    )
    return out


def _translit(name: str) -> bool:
    return all(c in _TRANSLIT or c in _FOREIGN for c in name)


def _dotted(text: str, ents: list[Entity]) -> list[Entity]:
    """PER · PER (艾克拜尔·肉孜, tagged as two names, the dot with either) becomes one name, and so do two
    transliterated PER words side by side (热依汗 古丽, 拉夫 罗夫斯基) of at most seven characters together, unless
    it is one name said twice."""
    out: list[Entity] = []
    for e in ents:
        prev = out[-1] if out else None
        if prev is not None and e.label == "PER" and prev.label == "PER":
            joined = (prev.end == e.start and text[prev.end - 1] in _DOTS) or text[e.start] in _DOTS
            joined = joined or (
                prev.end == e.start
                and e.end - prev.start <= 7
                and text[prev.start : prev.end] != text[e.start : e.end]  # (阿地拉阿地拉: said twice)
                and _translit(text[prev.start : prev.end])
                and _translit(text[e.start : e.end])
            )
            if joined:
                out[-1] = Entity(prev.start, e.end, "PER")
                continue
        if prev is not None and e.label == "PER" and prev.label == "w" and prev.end == e.start:
            before = out[-2] if len(out) > 1 else None
            if before is not None and before.label == "PER" and text[prev.start : prev.end] in _DOTS:
                out[-2:] = [Entity(before.start, e.end, "PER")]
                continue
        out.append(e)
    return out


def _starts_with_surname(text: str, i: int) -> bool:
    return text[i] in _SINGLES or text[i : i + 2] in _COMPOUNDS


_CUE_WORDS = frozenset(lx.LEFT_CUES)


def _ends_cue(text: str, i: int) -> bool:
    """Does a cue word end at i (丈夫|多吉, 姐夫|…)? Its last character is no syllable of the name after it."""
    return any(text[max(0, i - k) : i] in _CUE_WORDS for k in (2, 3))


_ADVERBS = frozenset("刚就也都还又再曾已正便却才")
_ZONG_GONG = frozenset("总工")  # (titles after a bare surname that no given name has as its first character)
_AFTER_DAI = frozenset("为表理办签缴领写填替母父其他她子女儿家交")  # (代为, 代母亲, 代其…: 代 on behalf of)


def _trim(text: str, e: Entity) -> Entity:
    """婷强 → 向婷强: a two-character name without a surname after a surname character; 子文春敏 → 文春敏: a first
    character that is no surname before one that is; 杭弈筠姐 → 杭弈筠: a form of
    address at the end; 祁蔚通(话) → 祁蔚: a last character that starts a verb with the next one (not for
    dotted names)."""
    if (
        e.end - e.start == 2
        and e.start
        and text[e.start - 1] in _SINGLES
        and (text[e.start - 1] not in _NOT_SURNAME_BEFORE or e.start == 1 or text[e.start - 2] in _AFTER)
        and (not _starts_with_surname(text, e.start) or (e.start > 1 and text[e.start - 2] in _AFTER))
        and all(c in _GIVEN for c in text[e.start : e.end])
        and text[max(0, e.start - 2) : e.start] not in _COMMON_WORDS  # (后卫奥耶, 主帅因斯: 卫, 帅 end a word)
    ):
        return Entity(e.start - 1, e.end, e.label)  # 向婷强 read as 向 + 婷强: the surname belongs to the name
    if (
        e.start
        and text[e.start - 1 : e.start + 1] in lx.MINORITY_GIVEN_NAMES
        and text[e.start - 1 : e.start + 1] not in _COMMON_WORDS
        and all(c in _TRANSLIT for c in text[e.start : e.end])
    ):
        return Entity(e.start - 1, e.end, e.label)  # 降央卓玛 read as 央卓玛: the name's first syllable is outside the list
    if e.start and _syllable_before(text, e.start) and all(c in _TRANSLIT for c in text[e.start : e.end]):
        s = e.start  # 吐尔逊古丽 read as 古丽: a transliterated name takes the syllables before it
        while s > 0 and e.end - s < 6 and _syllable_before(text, s) and not _ends_cue(text, s):
            s -= 1
        if e.end - s <= 6 and (s == 0 or not _syllable_before(text, s)):
            return Entity(s, e.end, e.label)
    if e.end - e.start < 3 or any(c in _DOTS for c in text[e.start : e.end]):
        return e
    if (
        text[e.start + 1] in _ZONG_GONG
        and text[e.start] in _SINGLES
        and text[e.start : e.start + 2] not in _COMMON_WORDS
        and text[e.start + 1 : e.start + 3] not in _COMMON_WORDS
        and text[e.start + 1 : e.start + 3] not in _GONG_WORDS  # (张工作…: 工作)
        and not (text[e.start + 1] == "总" and text[e.start + 2] in _AFTER_ZONG)  # (宣传周总结会: 总结)
    ):
        return Entity(e.start, e.start + 2, e.label)  # (张总好，…, 钟总审批, 张工派的活: a surname and 总/工, then more)
    if (
        e.end - e.start == 4
        and text[e.start] == "方"
        and (text[e.start - 1 : e.start + 1] in _COMMON_WORDS or text[e.start - 2 : e.start + 1] == "三者方")
        and _starts_with_surname(text, e.start + 1)
    ):
        return Entity(e.start + 1, e.end, e.label)  # (对方|杜春生, 三者方|穆建国: 方 ends the word for a party)
    if e.end - e.start >= 4 and text[e.end - 1] in _ADVERBS and _translit(text[e.start : e.end - 1]):
        return Entity(e.start, e.end - 1, e.label)  # 阿依夏木刚(下夜班): an adverb after a transliterated name
    if (
        not _starts_with_surname(text, e.start)
        and _starts_with_surname(text, e.start + 1)
        and not _translit(text[e.start : e.end])  # (格桑卓玛: 格 is no stray character before 桑)
    ):
        return Entity(e.start + 1, e.end, e.label)
    if (
        text[e.end - 1] in _ADDRESS_SUFFIXES
        or text[e.end - 1 : e.end + 1] in _VERB_ENDS
        or (text[e.end - 1] == "代" and text[e.end : e.end + 1] in _AFTER_DAI)  # (余欢代母亲投诉: 代 is the verb)
        or text[e.end - 1] == "人"
        or (e.end - e.start == 3 and text[e.end - 1] in "会所" and _HAN.match(text, e.end) and text[e.end] != "长")
    ):
        return Entity(e.start, e.end - 1, e.label)  # (杨帅人挺好的: 人 starts what is said about him)
    return e


def _syllable_before(text: str, i: int) -> bool:
    """Is text[i - 1] a syllable of a transliterated name (not a function word: 如, 不, 其 …), 和 after 孟, 呼, 布,
    苏 included (呼和巴特尔 read as 巴特尔)?"""
    c = text[i - 1]
    if c == "和":
        return i >= 2 and text[i - 2] in lx.HE_SYLLABLE_AFTER and text[i - 3 : i - 1] != "江苏"
    return c in _TRANSLIT_BEFORE


_RIGHT_RE = re.compile(trie(set(lx.RIGHT_CUES) | set(lx.STRONG_RIGHT_CUES)))


def _extend_translit(text: str, e: Entity) -> Entity:
    """艾合 → 艾合买提 (砸伤了艾合买提。): a transliterated name the model cut short takes the syllables after it, when
    the longer run ends the phrase or stands before a right cue."""
    end = e.end
    n = len(text)
    if end >= n or text[end] not in _TRANSLIT or not all(c in _TRANSLIT for c in text[e.start : end]):
        return e
    while end < n and end - e.start < 6 and text[end] in _TRANSLIT:
        end += 1
    if end - e.start > 6 or (end < n and text[end] not in _PHRASE_ENDS and _RIGHT_RE.match(text, end) is None):
        return e
    return Entity(e.start, end, e.label)


class _Containers:
    """Answers "does one of these intervals contain [a, b)?" in O(log n) (any intervals, overlapping or not)."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, intervals: list[tuple[int, int]]) -> None:
        intervals.sort()
        self._starts = [s for s, _ in intervals]
        reach: list[int] = []
        top = -1
        for _, e in intervals:
            top = max(top, e)
            reach.append(top)  # the furthest end among the intervals starting at or before this one
        self._reach = reach

    def contain(self, a: int, b: int) -> bool:
        i = bisect_right(self._starts, a)
        return i > 0 and self._reach[i - 1] >= b


class _Coverage:
    """Spans kept so far, as a count per character: "does [a, b) overlap a kept span?" reads b - a counts
    instead of every kept span (a span overlaps [a, b) exactly when it covers one of its characters)."""

    __slots__ = ("_count", "_empty")

    def __init__(self, n: int, spans: list[Span]) -> None:
        self._count = [0] * (n + 1)
        self._empty: list[int] = []  # empty spans cover no character but still "overlap" (s < b and a < s)
        for sp in spans:
            self.add(sp)

    def add(self, sp: Span) -> None:
        self._shift(sp, 1)

    def remove(self, sp: Span) -> None:
        self._shift(sp, -1)

    def _shift(self, sp: Span, delta: int) -> None:
        s, e = sp[0], sp[1]
        if s >= e:
            if delta > 0:
                self._empty.append(s)
            else:
                self._empty.remove(s)
            return
        count = self._count
        for i in range(s, e):
            count[i] += delta

    def overlaps(self, a: int, b: int) -> bool:
        return any(self._count[a:b]) or any(a < s < b for s in self._empty)


def _merge(text: str, spans: list[Span], ents: list[Entity]) -> list[Span]:
    ents = _dotted(text, ents)
    # the model's places and organisations, nouns, and words it reads as verbs, adjectives, adverbs ...
    # (已向客户解释, 对方全责): a weak rule name inside one of them is dropped below
    places = _Containers([(e.start, e.end) for e in ents if e.label in _PLACE_OR_NOUN_TAGS])
    words = _Containers([(e.start, e.end) for e in ents if e.label in _NOT_NAME_TAGS])
    model_names = {(e.start, e.end) for e in ents if e.label == "PER"}
    kept: list[Span] = []
    persons: list[Span] = []
    for sp in spans:
        if (
            sp[2] == "PERSON"
            and _STRONG_RIGHT_RE.match(text, sp[1]) is None  # (宁静称… stays a name)
            and not (sp[3] >= _STRONG_RULE and _DATE_AFTER_RE.match(text, sp[1]))  # (被保险人宁静于2025年…)
        ):
            if sp[3] < _STRONG_RULE and places.contain(sp[0], sp[1]):
                continue  # the model reads this weak rule guess as a place, an organisation or a noun (对方全责)
            if sp[3] < _TITLE_RULE and words.contain(sp[0], sp[1]) and (
                sp[3] < _STRONG_RULE or (text[sp[0] : sp[1]] in _COMMON_WORDS and not _CLOSED_RE.match(text, sp[1]))
            ):
                continue  # (after a cue word, only an ordinary word is vetoed: 此致\n敬礼, not 覃立 / 上官强斌)
            if (
                sp[3] < _STRONG_RULE
                and sp[1] - sp[0] == 3
                and text[sp[1] - 1] in "会所"
                and (sp[0], sp[1] - 1) in model_names
                and words.contain(sp[1] - 1, sp[1])
            ):
                sp = (sp[0], sp[1] - 1, sp[2], sp[3])  # 付晓会在…: the model reads 会 as a verb (will)
        if sp[2] == "PERSON":
            persons.append(sp)
        kept.append(sp)
    # rule names by start (they are few; a model name overlaps at most a handful of them)
    persons_by_start = sorted(persons)
    person_starts = [p[0] for p in persons_by_start]
    longest_person = max((p[1] - p[0] for p in persons), default=0)
    coverage: _Coverage | None = None
    known: set[str] | None = None  # (the strong rule names' texts, when a model name asks)
    for e in ents:
        if e.label != "PER":
            continue
        e = _extend_translit(text, _trim(text, e))
        if not _good_model_name(text, e):
            continue
        if any(c in _DOTS for c in text[e.start : e.end]):
            kept.append((e.start, e.end, "PERSON", _DOTTED_MODEL))  # wins over a cue rule's partial span
            if coverage is not None:
                coverage.add(kept[-1])
            continue
        # the rule names overlapping e (one starts at most longest_person characters before e); each is
        # decided on its own, so their order does not matter
        lo = bisect_left(person_starts, e.start - longest_person)
        hi = bisect_left(person_starts, e.end)
        overlapping = [p for p in persons_by_start[lo:hi] if p[0] < e.end and e.start < p[1]]
        if not overlapping and e.end - e.start >= 3:
            if known is None:
                known = {text[p[0] : p[1]] for p in persons if p[3] >= _STRONG_RULE}
            if _known_name_and_one(text, e.start, e.end, known):
                e = Entity(e.start, e.end - 1, e.label)
        if not overlapping:
            if coverage is None:
                coverage = _Coverage(len(text), kept)
            if not coverage.overlaps(e.start, e.end):
                kept.append((e.start, e.end, "PERSON", MODEL_SCORE))
                coverage.add(kept[-1])
            continue
        # the model's span is longer than a rule span inside it (王胜 → 王胜川; 我是东方涛永 → not 东方涛): take
        # the model's, unless the rule's span ends in a title (张先生) or the rule span starts elsewhere and is
        # strong (a cue word fixes the start, not the end)
        for p in overlapping:
            longer = e.start <= p[0] and p[1] <= e.end and (e.start, e.end) != (p[0], p[1])
            if longer and (p[3] < _STRONG_RULE or (p[3] < _TITLE_RULE and e.start == p[0])) and p in kept:
                kept.remove(p)
                kept.append((e.start, e.end, "PERSON", p[3]))
                if coverage is not None:
                    coverage.remove(p)
                    coverage.add(kept[-1])
    return _list_neighbours(text, kept, ents)


# a list of names: items between 、 (and a last one after 和 / 与 / 及)
_LIST_SEP_RE = re.compile("、")
_ITEM_BOUNDS = frozenset("、，,。；;：:！？!?（）()“”\"《》 \t\n\u3000") | {"等", "和", "与", "及"}
_NOT_ITEM_TAGS = frozenset({"LOC", "ORG", "TIME", "m", "q", "w", "f", "t"})


def _list_neighbours(text: str, kept: list[Span], ents: list[Entity]) -> list[Span]:
    """Names next to a name in a list (冷冰、宫晓燕、阙立新; 乜晓东、仇建华、居玉梅、牛大力), one item after another: an
    item between two list marks, or the model's word at the list's either end, 2-4 characters (a
    transliterated name up to 6) that start with a surname; an ordinary word only where the model reads it as
    a name or it stands between two list marks, and never a frequent word (高血压) or a place."""
    persons = [sp for sp in kept if sp[2] == "PERSON"]
    if not persons or "、" not in text:
        return kept
    by_start = {e.start: e for e in ents}
    by_end = {e.end: e for e in ents}
    coverage = _Coverage(len(text), kept)
    todo = [(sp[0], sp[1]) for sp in persons]
    while todo:
        s, e = todo.pop()
        found = []
        if e < len(text) and text[e] == "、":
            found.append(_list_item(text, e + 1, 1, by_start))
        if s > 0 and text[s - 1] == "、":
            found.append(_list_item(text, s - 1, -1, by_end))
        for item in found:
            if item is not None and not coverage.overlaps(*item):
                kept.append((item[0], item[1], "PERSON", MODEL_SCORE))
                coverage.add(kept[-1])
                todo.append(item)
    return kept


def _list_item(text: str, at: int, step: int, words: dict[int, Entity]) -> tuple[int, int] | None:
    """The name-like item of a list that starts at `at` (step 1) or ends at `at` (step -1), or None."""
    n = len(text)
    i = at
    if step > 0:
        while i < n and text[i] not in _ITEM_BOUNDS and _HAN.match(text[i]):
            i += 1
        a, b = at, i
        closed = i < n and text[i] == "、"
    else:
        while i > 0 and text[i - 1] not in _ITEM_BOUNDS and _HAN.match(text[i - 1]):
            i -= 1
        a, b = i, at
        closed = i > 0 and text[i - 1] == "、"
    word = words.get(at)
    as_per = False
    if not (closed and 2 <= b - a <= 4):
        if word is None or word.label in _NOT_ITEM_TAGS:
            return None
        a, b = word.start, word.end
        as_per = word.label == "PER"
    elif word is not None and (word.start, word.end) == (a, b):
        if word.label in _NOT_ITEM_TAGS:
            return None  # (王芳、昌吉、奎屯: the model reads a place)
        as_per = word.label == "PER"
    name = text[a:b]
    translit = all(c in _TRANSLIT or c in _FOREIGN for c in name)
    if not (2 <= len(name) <= (6 if translit else 4)) or not all(_HAN.match(c) for c in name) or "某" in name:
        return None
    if not (translit or _starts_with_surname(text, a)) or name in _PLACES:
        return None
    if not as_per and (_WORD_FREQ.get(name, 0) >= _START_MIN or name in _NOT):
        return None
    return a, b


def _other_mentions(text: str, spans: list[Span]) -> list[Span]:
    """A name found once is a name where it occurs again (王家卫…王家卫), and so is its given name alone after a
    full name (叶老桂…老桂家, 韩晓东…晓东一边). Not for an ordinary word, a place or a title (经理 of 严经理), nor
    for a model name that starts with no surname (维冈…维冈: a club); an occurrence is skipped inside a word
    (a character before it makes a word with its first one), after a place (甘肃金昌), where another span is,
    and where a model name would be vetoed (周海洋…海洋馆, 白雪…窗外的白雪); a given name alone is skipped
    before the full name and right after a surname or a numeral character (比雷吉纳, 一大千)."""
    found = [(s, e, sc) for s, e, t, sc in spans if t == "PERSON"]
    if not found:
        return spans
    wanted: dict[str, int] = {}  # string -> where it may start being another mention of a name
    given_refs: set[str] = set()
    for s, e, score in found:
        name = text[s:e]
        if len(name) < 2 or not all(_HAN.match(c) or c in _DOTS for c in name) or "某" in name:
            continue
        surname = 2 if name[:2] in _COMPOUNDS else 1 if name[0] in _SINGLES else 0
        translit = all(c in _TRANSLIT or c in _FOREIGN for c in name)
        if (
            ((surname and not translit) or score > MODEL_SCORE or any(c in _DOTS for c in name))
            and name not in _NOT
            and name not in _WORD_NAMES
            and name not in _PLACES
            and (len(name) > 2 or name not in _COMMON_WORDS)
        ):
            wanted[name] = 0
        given = name[surname:]
        if (
            surname
            and len(given) == 2
            and all(_HAN.match(c) for c in given)
            and given not in _COMMON_WORDS
            and given not in _NOT
            and given not in _TITLE_WORDS
            and given not in _PLACES
        ):
            wanted.setdefault(given, e)
            given_refs.add(given)
    if not wanted:
        return spans
    coverage: _Coverage | None = None
    out = spans
    for m in re.finditer(trie(wanted), text):  # (one pass, longer strings first: 叶老桂 before 老桂)
        i, j = m.span()
        w = m.group()
        if i < wanted[w]:
            continue
        if coverage is None:
            coverage = _Coverage(len(text), spans)
        if coverage.overlaps(i, j):
            continue  # (most matches: the name itself)
        if (
            not (i and text[i - 1 : i + 1] in _COMMON_WORDS)
            and not (w in given_refs and i and (text[i - 1] in _SINGLES or text[i - 1] in _NUMERALS))
            and not any(text[max(0, i - k) : i] in _PLACES for k in (2, 3))
            and not names_place_at(text, i, j)  # (吴川的陈大伯…湛江市吴川市: the place)
            and _good_model_name(text, Entity(i, j, "PER"), known=w in given_refs)
        ):
            if out is spans:
                out = list(spans)
            out.append((i, j, "PERSON", MODEL_SCORE))
            coverage.add(out[-1])
    return out


_TITLE_WORDS = frozenset(lx.TITLES) | frozenset(lx.OFFICE_TITLES)
_NUMERALS = frozenset("一二两三四五六七八九十百千几0123456789")


# ---------------------------------------------------------------- the CRF (crf.py) with the rules and LAC
CRF_SCORE = 0.6  # a CRF span added where nothing else was found (below every rule and model score)
_CUE_ADDRESS = 0.9  # the score of an address the rules found after a cue word (地址：…)
CRF_ADDRESS_SCORE = 0.8  # a CRF address that replaces the rules' (scores only order overlaps the scanner resolves)
ADDRESS_MODES = tuple(
    m + cut for m in ("rules", "crf", "add", "replace", "extend", "crf+0.9") for cut in ("", "/cut") if m + cut != "rules/cut"
)
PERSON_MODES = (
    "rules", "crf", "add", "add_vetted", "replace_weak", "replace_weak_vetted", "crf+0.85", "crf+0.9", "crf+0.99",
    "crf+0.85_vetted",
)


def _known_name_and_one(text: str, s: int, e: int, known: set[str]) -> bool:
    """Is text[s:e] a name a strong rule found (`known`) and one Chinese character more (坐席林晓接到…林晓先复述: 林晓,
    then 先)? The LAC model and the CRF both read such a name one character too long; a name closed by a quote or a
    mark is whole (客户林黛…称她为“林黛玉”)."""
    return e - s >= 3 and text[s : e - 1] in known and _HAN.match(text, e) is not None


def combine_crf(
    text: str,
    spans: list[Span],
    found: Sequence[tuple[int, int, str]],
    *,
    address: str = "replace",
    person: str = "add",
    vetoed: Sequence[tuple[int, int]] = (),
) -> list[Span]:
    """The spans of the rules and LAC (resolved: no overlaps) joined with the CRF's (found), per type.

    Modes (address / person): "rules": the CRF's spans of that type are ignored. "crf": the CRF's spans
    replace the rules' of that type. "crf+X": as "crf", but the rules' spans of that type scored X or more
    stay and win where a CRF span overlaps them (0.85: names after cue words, titles, dots and hints; 0.9:
    titles, dots, field names and hints, or addresses after a cue word; 0.99: hints). "add": a CRF span is
    added where it overlaps no span. "replace" (ADDRESS): as "add", and a CRF address that overlaps rule
    addresses only replaces them (its edges win), but never cuts an address after a cue word (地址：…).
    "extend" (ADDRESS): as "replace", only where the CRF address covers them all (it only makes them longer).
    "replace_weak" (PERSON): as "add", and a CRF name replaces the rule or model names it overlaps when all are
    weaker than a cue word's (score below _STRONG_RULE).
    Suffixes: "_vetted" (PERSON): a CRF name is added, or replaces weaker names (only names it covers: it
    never shortens one), only where the lexicon lets it stand (_crf_name_stands: no place, organisation,
    product, ordinary word, nickname, function word at its start) and LAC did not read it as a place, an
    organisation or a noun (vetoed); a name that is an ordinary word, let stand by its context (_in_context),
    not where LAC reads that very word as a verb with its object after it (投诉人达成和解). "/cut" (ADDRESS): a CRF address ends where the rules' address grammar
    ends it (address._cut, within its span and one character more: 路段, 8号楼下 → 路, 8号; 12号院内) and is
    dropped when it holds no component. Every CRF address needs a part below district level (STREET_RE)."""
    out = list(spans)
    for t, mode in (("ADDRESS", address), ("PERSON", person)):
        if mode == "rules":
            continue
        cut = t == "ADDRESS" and mode.endswith("/cut")
        mode = mode.removesuffix("/cut")
        vetted = mode.endswith("_vetted")
        mode = mode.removesuffix("_vetted")
        mine = [(s, e) for s, e, ty in found if ty == t]
        if t == "PERSON":
            # (安妮·海瑟薇 tagged 安妮·: a name does not end, nor start, at its dot)
            mine = [
                (s + (text[s] in _DOTS), e - (text[e - 1] in _DOTS))
                for s, e in mine
                if (e - s > 2 or not any(c in _DOTS for c in text[s:e])) and "\n" not in text[s:e]
            ]
            # (回访时依明江不在家: a function word that is a surname character too, before a transliterated name of
            # three syllables or more, is no part of it)
            mine = [
                (s + 1, e)
                if e - s >= 4 and text[s] in _FUNCTION_BEFORE_TRANSLIT and all(c in _TRANSLIT for c in text[s + 1 : e])
                else (s, e)
                for s, e in mine
            ]
            # (罗刚酒后驾车: a Han name of four characters without a compound surname that ends in a word is the
            # name of two and the word)
            mine = [
                (s, s + 2)
                if e - s == 4
                and text[s : s + 2] not in _COMPOUNDS
                and not all(c in _TRANSLIT for c in text[s:e])
                and text[s + 2 : e] in _COMMON_WORDS
                else (s, e)
                for s, e in mine
            ]
            strong = [sp for sp in spans if sp[2] == "PERSON" and sp[3] >= _STRONG_RULE]
            if strong:
                known = {text[sp[0] : sp[1]] for sp in strong}
                mine = [
                    (s, e - 1)
                    if _known_name_and_one(text, s, e, known)
                    and not any(sp[0] < e and s < sp[1] for sp in strong)  # (elsewhere, not the cue's own name)
                    else (s, e)
                    for s, e in mine
                ]
        if mode == "crf":
            out = [sp for sp in out if sp[2] != t]
        elif mode.startswith("crf+"):
            keep = float(mode[4:])
            out = [sp for sp in out if sp[2] != t or sp[3] >= keep]
        if cut:
            mine = [(s, min(end, e + 1)) for s, e in mine if (end := _cut(text, s, min(len(text), e + 2))) is not None]
        if t == "ADDRESS":
            # below district level or no postal address (新疆乌鲁木齐市沙依巴克区 alone: a place named in passing,
            # or the part of an address a masked display keeps)
            mine = [(s, e) for s, e in mine if _STREET_RE.search(text, s, e) is not None]
        places = _Containers(list(vetoed)) if vetted else None
        out.sort()  # (no two spans of out overlap: the spans before [s, e) end before the last one starting there)
        if t == "PERSON":
            # a two-character name whose last character starts a word with the next one is that word's (祝大家,
            # 小周末: 大家, 周末)
            # (说话时总是先笑: 总是, no 时总)
            mine = [
                (s, e)
                for s, e in mine
                if e - s != 2
                or not (text[e - 1 : e + 1] in _COMMON_WORDS or (text[e - 1] == "总" and text[e : e + 1] in _AFTER_ZONG))
            ]
        for s, e in mine:
            i = bisect_right(out, (s, len(text) + 1))
            if i and out[i - 1][1] > s:
                i -= 1
            over = []
            while i < len(out) and out[i][0] < e:
                if s < out[i][1]:
                    over.append(out[i])
                i += 1
            address_form = t == "PERSON" and _address_form(text, s, e)
            if not over:
                if places is None or address_form or (_crf_name_stands(text, s, e) and not places.contain(s, e)) or (
                    t == "PERSON" and _in_context(text, s, e, out) and not _verb_with_object(text, s, e)
                ):
                    insort(out, (s, e, t, CRF_ADDRESS_SCORE if t == "ADDRESS" else CRF_SCORE))
                continue
            if mode in ("add", "crf") or mode.startswith("crf+"):
                continue
            covers = all(s <= sp[0] and sp[1] <= e for sp in over)
            if any(sp[2] != t for sp in over) and not (
                # (新疆 昌吉 玛纳斯 包家店镇…: a CRF address over the rules' part of it and a weak name guess inside)
                t == "ADDRESS"
                and mode == "extend"
                and covers
                and (any(sp[2] == t for sp in over) or _road_named_after(text, s, e, over))
                and all(sp[2] == t or (sp[2] == "PERSON" and sp[3] < _STRONG_RULE) for sp in over)
            ):
                continue
            if (
                (mode == "replace" and (covers or all(sp[3] < _CUE_ADDRESS for sp in over)))
                or (mode == "extend" and covers)
                or (
                    mode == "replace_weak"
                    and all(sp[3] < _STRONG_RULE for sp in over)
                    and (
                        places is None
                        or (covers and (address_form or (_crf_name_stands(text, s, e) and not places.contain(s, e))))
                    )
                )
            ) or (t == "PERSON" and mode == "replace_weak" and places is not None and _cue_edge(text, s, e, over, places)):
                out = [sp for sp in out if sp not in over]
                insort(out, (s, e, t, max(sp[3] for sp in over)))
    if person != "rules":
        out = _address_form_mentions(text, _cued_forms(text, _vocatives(text, out)))
    out.sort()
    return out


# the rest of a road's name after a person's name in it (…中山大道…, …罗理基博士大马路…)
_ROAD_REST_RE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:大马路|马路|大道|大街|路|街|巷)")
_UNIT_NUMBER_RE = re.compile(r"[\dA-Za-z一二三四五六七八九十]{1,4}(?:号|座|栋|幢|楼|层|室|单元)")


def _road_named_after(text: str, s: int, e: int, over: list[Span]) -> bool:
    """Is every span in over a name inside the name of a road of the numbered CRF address text[s:e] (…罗理基博士大马路
    金海花园第5座: a road named after a person, LAC's weak guess a name)?"""
    return all(
        sp[2] == "PERSON" and (m := _ROAD_REST_RE.match(text, sp[1], e)) is not None and m.end() < e for sp in over
    ) and _UNIT_NUMBER_RE.search(text, s, e) is not None


# a form of address called out at the start of the text, a line or a sentence (刘哥，… / 王姐：…)
_VOCATIVE_RE = re.compile(
    "(?:^|(?<=[\n。！？!?]))" + char_class(lx.SINGLE_SURNAMES) + "(?:大哥|大姐|哥|姐|叔|婶|嫂|姨|总|工)(?=[，,：:！!])"
)


def _vocatives(text: str, spans: list[Span]) -> list[Span]:
    """spans with the forms of address a text calls out (刘哥，麻烦你…), where no other span is: persons by the
    datasets README's surname + title rule, whether or not the CRF tags them."""
    found = [m.span() for m in _VOCATIVE_RE.finditer(text) if _address_form(text, *m.span())]
    if not found:
        return spans
    coverage = _Coverage(len(text), spans)
    out = list(spans)
    for s, e in found:
        if not coverage.overlaps(s, e):
            out.append((s, e, "PERSON", CRF_SCORE))
            coverage.add(out[-1])
    return out


# a form of address after a word for a person, a verb of passing or asking, or an opening quote (街坊麦姐帮他,
# 公估人洪工初估, “戴姐您别急”, 转郑工处理): a surname + a kinship or familiar title
# (not 老/小 + surname: the sets of 2026-12-06 … 12-08 leave 小李, 老马 after a cue unlabelled, later ones label them)
_CUED_FORM_RE = re.compile(char_class(lx.SINGLE_SURNAMES) + "(?:大[哥姐叔婶嫂]|[哥姐叔婶嫂姨伯总工])")
_FORM_CUE_CHARS = frozenset("转让请找叫给帮由问跟同被把向的“\"「『")
# the last characters of words for a person (护工, 街坊, 公估人, 业务员, 邻居, 工友, 老乡, 同学, 同事)
_PERSON_WORD_ENDS = frozenset("工坊人员者居友乡学事")
_FORM_CUES = tuple(lx.LEFT_CUES) + tuple(lx.ROLE_CUES_MORE)
_GONG_WORDS = frozenset(
    "工" + c for c in "资作厂程业人具地期种序会商伤位时艺友钱龄号装本效夫余整笔"
)


def _cued_forms(text: str, spans: list[Span]) -> list[Span]:
    """spans with the forms of address (_address_form) that stand after a word for a person, a verb of passing or
    asking, 的 or an opening quote, where no other span is: persons by the datasets README's surname + title
    rule, whether or not the CRF tags them."""
    found = []
    for m in _CUED_FORM_RE.finditer(text):
        s, e = m.span()
        if not s:
            continue
        before = text[s - 1]
        if not (before in _FORM_CUE_CHARS or before in _PERSON_WORD_ENDS or text.endswith(_FORM_CUES, max(0, s - 6), s)):
            continue
        if text[e - 1 : e + 1] in _GONG_WORDS:
            continue  # (拿的高工资: 工资, no 高工)
        if _address_form(text, s, e):
            found.append((s, e))
    if not found:
        return spans
    coverage = _Coverage(len(text), spans)
    out = list(spans)
    for s, e in found:
        if not coverage.overlaps(s, e):
            out.append((s, e, "PERSON", CRF_SCORE))
            coverage.add(out[-1])
    return out


_WORDS_AS_NAMES = lx.NAME_WORDS | frozenset(lx.GIVEN_NAME_WORDS)


def _cue_edge(text: str, s: int, e: int, over: list[Span], places: _Containers) -> bool:
    """Does the CRF's end of a name the cue rules found win (包宝音 for 包宝, 何文 for 何文和)? One name of a cue rule
    (not a title, dot or hint) with the same start, one character longer or shorter, that the lexicon lets stand."""
    if len(over) != 1:
        return False
    os_, oe, ot, osc = over[0]
    if ot != "PERSON" or not (_STRONG_RULE <= osc < _TITLE_RULE):
        return False
    if e == oe and os_ - s == 2 and text[s:os_] in _COMPOUNDS:
        return _crf_name_stands(text, s, e) and not places.contain(s, e)  # (欧阳丽华 for 丽华)
    if os_ == s and 0 < e - oe <= 2 and e - s <= 6 and all(c in _SYLLABLES for c in text[s + 1 : e]):
        # (包宝音图 for 包宝, 阿依先木 for 阿依先: the rule read a Han name where a minority name goes on in syllables;
        # all but the first character are syllables: not 赵新明文 for 赵新明)
        return _ends_here(text, e) and _crf_name_stands(text, s, e) and not places.contain(s, e)
    if os_ != s or abs(oe - e) != 1:
        return False
    if e < oe:
        # (何文和洪涛, 滕飞先生, 邵峰来电: the character the rule took starts what follows)
        if text[e] not in _STARTS_WHAT_FOLLOWS:
            return False
    else:
        # (包宝音, 鲍春来, 冀东升: a last given character outside the common list; never a fourth character of a
        # Han name, 赵新明文, nor an adverb, 曾伟又说, nor the start of a word, 记者龙跃北京报道)
        name = text[s:e]
        if text[e - 1] in _STARTS_WHAT_FOLLOWS or text[e - 1 : e + 1] in _COMMON_WORDS or (
            len(name) > 3 and name[:2] not in _COMPOUNDS and not all(c in _TRANSLIT for c in name)
        ):
            return False
    return _crf_name_stands(text, s, e) and not places.contain(s, e)


_SYLLABLES = lx.TRANSLIT_CHARS | lx.DOTTED_ONLY_CHARS
# surname characters that are function words before a transliterated name (回访时依明江…, 和阿依古丽)
_FUNCTION_BEFORE_TRANSLIT = frozenset("时和于向与及在对")


def _ends_here(text: str, e: int) -> bool:
    """A name may end at e: punctuation, the end of the text, or a right cue."""
    return e >= len(text) or text[e] in _PHRASE_ENDS or _RIGHT_RE.match(text, e) is not None


# characters that start what follows a name rather than end it: conjunctions, the copula, adverbs, verbs of coming
# and going and of speech, prepositions, the 先 of 先生
_STARTS_WHAT_FOLLOWS = frozenset("和与及跟同是在不也都又已曾来去先被把对向给让说称将就还再均")


def _in_context(text: str, s: int, e: int, spans: list[Span]) -> bool:
    """A CRF name the lexicon vetoes as an ordinary word stands where its context holds a person
    (context_names.model_name_in_context: 查勘员岩温, 云朵是一名客服, 戚蔓和宁静)."""
    name = text[s:e]
    if "某" in name or any(name.endswith(w) and name[: -len(w)] not in _SURNAMES for w in _TITLE_WORDS):
        return False  # (王某: a name withheld; 村主任: a title, not a surname and a title as 黑先生)
    if (name[0] in _NOT_SURNAME_BEFORE or name[0] in _FUNCTION_CHARS) and name not in _WORDS_AS_NAMES:
        return False  # (向理财周报, 父亲和朋友: a preposition or a conjunction first; 向前, 和平 are names)
    if len(name) == 2 and name[0] in _ADDRESS_PREFIXES:
        return False  # (老张, 小军: forms of address stand by _address_form alone; 小学, 老实: words)
    tail = _ORG_TAIL_RE.match(text, e)
    if tail is not None and not (tail.end() - tail.start() == 1 and _TAIL_WORD_RE.match(text, e) is not None):
        return False  # (我是富龙集团董事长)
    persons = [sp for sp in spans if sp[2] == "PERSON"]
    return model_name_in_context(
        text, s, e, {sp[1] for sp in persons}, {sp[0] for sp in persons}, _COMMON_WORDS
    )


def _address_form_mentions(text: str, spans: list[Span]) -> list[Span]:
    """A form of address found once (_address_form: 小周) is a person where it occurs again (这事小周知道，你让小周…),
    unless another span is there or it is part of a word (小周末: 周末; 大小周: 大小)."""
    forms = {text[s:e] for s, e, t, _ in spans if t == "PERSON" and _address_form(text, s, e)}
    if not forms:
        return spans
    out = spans
    coverage: _Coverage | None = None
    for m in re.finditer(trie(forms), text):
        i, j = m.span()
        if coverage is None:
            coverage = _Coverage(len(text), spans)
        if coverage.overlaps(i, j) or (i and text[i - 1 : i + 1] in _COMMON_WORDS) or text[j - 1 : j + 1] in _COMMON_WORDS:
            continue
        if out is spans:
            out = list(spans)
        out.append((i, j, "PERSON", CRF_SCORE))
        coverage.add(out[-1])
    return out


# where an address may be that the rules did not find: an address-grammar word, a numbered house, room or
# village group, an address cue word
_ADDRESS_HINT_RE = re.compile(
    r"[路街巷村屯镇乡]|(?<=[0-9０-９一二三四五六七八九十])\s?[号室栋幢组队]|单元|小区|社区|花园|大厦|公寓|交叉口|胡同|"
    + trie(lx.ADDRESS_CUES)
)


# where a name that is also a word can be, which LAC does not read (a common word starts no window there): a
# listed name-word at a clause start (宁静请来了…, 高原从西宁调到…), what is said of a person (…是一名客服, …是北京人,
# …同志); context_names.model_name_in_context decides on what the CRF finds there
_PERSON_HINT_RE = re.compile(
    r"是一[名位]|同志|是[^，。,；;！？!?\n]{0,12}?[人员](?=[，。,；;！？!?\n])"
    r"|(?:^|(?<=[。！？!?；;\n，,：:]))(?:" + trie(lx.NAME_WORDS) + ")"
)


def crf_units(text: str, spans: list[Span], windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The units (crf.units) the CRF tags: those where a name or an address can be — a stretch the LAC model
    read (a name may start there: model_windows), a name or an address the rules or LAC found, an address hint
    (_ADDRESS_HINT_RE) or a person hint (_PERSON_HINT_RE). The others hold no name or address the CRF is likely
    to find, and tagging every unit would cost the model tier a third of its speed."""
    from .crf import units

    marks = [(a, b) for a, b in windows] + [(s, e) for s, e, t, _ in spans if t in ("PERSON", "ADDRESS")]
    marks.extend(m.span() for m in _PERSON_HINT_RE.finditer(text))
    if "老" in text or "小" in text:
        marks.extend(m.span() for m in _FAMILIAR_RE.finditer(text) if _familiar(m.group()))
    marks.sort()
    out = []
    k = 0
    for a, b in units(text):
        while k < len(marks) and marks[k][1] <= a:
            k += 1
        if (k < len(marks) and marks[k][0] < b) or _ADDRESS_HINT_RE.search(text, a, b):
            out.append((a, b))
    return out


_PLACE_ENDS = frozenset("省市县区镇乡村路街巷州旗盟屯庄寨")
# the 24 solar terms (谷雨前后…, 立秋以后…): times of the year, not people
_SOLAR_TERMS = frozenset(
    ["立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种", "夏至", "小暑", "大暑", "立秋", "处暑",
     "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "冬至", "小寒", "大寒"]
)
# a place word after a two-character word (田野里, 车厢内, 屋顶上, 田野间): where, not who
_LOCATIVE_ENDS = frozenset("里上下内外边旁间")


# kinship and familiar titles after a bare surname (刘哥, 王姐, 李大哥, 赵叔): with 老/小/阿 + surname (老赵, 小叶)
# and 阿 + a given-name character (阿强), forms of address; the datasets README labels a surname + title as the
# person (张先生, 王经理: "the span is the surname + title"), and every independent author since 2026-12-10
# labels these forms the same way
# (the rules' own titles, 先生, 老师, 大爷 …, are theirs to find)
_KIN_TITLES = frozenset(["哥", "姐", "叔", "婶", "嫂", "姨", "伯", "爷", "总", "工", "大哥", "大叔", "大婶", "大嫂"])
_ADDRESS_PREFIXES = frozenset("老小阿")
# 总 + these is a word (总是, 总算, 总共, 总之), not the title 总 (张总)
_AFTER_ZONG = frozenset("是算共会要得归之体结数额")


def _familiar(name: str) -> bool:
    """老 or 小 + one of the common surnames, a word of the dictionary that is seldom anything but a form of address
    (老周, 小马, 老张: not 小时, 小学, 小区, frequent words)."""
    return name[0] in _NICK_PREFIXES and name[1] in _COMMON_SURNAMES and _WORD_FREQ.get(name, 0) < _FAMILIAR_MAX


_FAMILIAR_MAX = 1000
_FAMILIAR_RE = re.compile("[老小]" + char_class(lx.COMMON_SURNAMES))


def _address_form(text: str, s: int, e: int) -> bool:
    """Is text[s:e] a form of address (老赵, 小叶, 阿强, 刘哥, 王姐, 李大哥) and no ordinary word (老师, 小时, 阿姨)?
    Only the span the CRF found is judged (老赵 of 老赵管 is one: the README labels it)."""
    name = text[s:e]
    if len(name) < 2 or (len(name) == 2 and name in _COMMON_WORDS and not _familiar(name)) or name in _NOT:
        return False
    if text[e - 1 : e + 1] in _COMMON_WORDS or (name[-1] == "总" and text[e : e + 1] in _AFTER_ZONG):
        return False  # (说话时总是先笑: 总是, no 时总; 刘总说)
    if len(name) == 2 and name[0] in _ADDRESS_PREFIXES:
        if name[0] == "阿" and text[e : e + 1] in _TRANSLIT and text[e] not in _STARTS_WHAT_FOLLOWS:
            return False  # (阿森纳: the start of a longer transliterated word, no 阿森)
        return name[1] in _SINGLES or (name[0] == "阿" and name[1] in lx.GIVEN_CHARS)
    return name[0] in _SINGLES and name[0] not in _NOT_SURNAME_BEFORE and name[1:] in _KIN_TITLES


def _crf_name_stands(text: str, s: int, e: int) -> bool:
    """Can a name that only the CRF found stand? Not where a model name would be vetoed (_good_model_name),
    nor an ordinary word of two characters, a solar term (谷雨) or a place (温泉县, 田野里), nor a name starting
    with a function word (于周一, 向贵司), inside a common word or at the start of a frequent one, nor 老/小 +
    surname + a verb (老赵管)."""
    name = text[s:e]
    if not _good_model_name(text, Entity(s, e, "PER")) or (len(name) == 2 and name in _COMMON_WORDS):
        return False
    if name[-1] in _PLACE_ENDS or name in _SOLAR_TERMS or (len(name) == 3 and name[-1] in _LOCATIVE_ENDS):
        return False  # 温泉县, 哈日布呼镇: places; 谷雨; 田野里
    if len(name) == 3 and text[e - 2 : e + 1] in _COMMON_WORDS:
        return False  # (黄设计师: the given name goes on as a word, 设计师)
    if name[0] in _NOT_SURNAME_BEFORE or name[0] in _FUNCTION_CHARS or name[0] in _NICK_PREFIXES:
        return False
    if _trim(text, Entity(s, e, "PER")) != Entity(s, e, "PER") or not (
        name[0] in lx.NAME_STARTS or name[:2] in _COMPOUNDS or any(c in _DOTS for c in name)
    ):
        return False  # (付晓会在…: 会 starts what follows; 儿桂兰: 儿 starts no name)
    return not (name[:2] not in _COMPOUNDS and _covered(text, s))


def add_crf_spans(
    texts: Sequence[str],
    spans: list[list[Span]],
    windows: list[list[tuple[int, int]]],
    places: list[list[tuple[int, int]]],
    *,
    address: str,
    person: str,
) -> list[list[Span]]:
    """spans (resolved) joined with the CRF's spans of each text (combine_crf); windows and places: what LAC
    read in each text and what it read as places, organisations or nouns (add_model_names; empty lists when
    it did not run)."""
    from .crf import tagger as crf_tagger

    tag = crf_tagger().spans
    out = []
    for i, (text, sp) in enumerate(zip(texts, spans, strict=True)):
        found: list[tuple[int, int, str]] = []
        for a, b in crf_units(text, sp, windows[i] if i < len(windows) else []):
            found.extend((a + s, a + e, t) for s, e, t in tag(text[a:b]))
        vetoed = places[i] if i < len(places) else []
        out.append(
            _spaced_names(
                text, _no_false_persons(text, combine_crf(text, sp, found, address=address, person=person, vetoed=vetoed))
            )
        )
    return out


_SPACES = frozenset(" \u3000")
_TRANSLIT_RUN_RE = re.compile(rf"{char_class(_SYLLABLES)}{{3,8}}")


def _spaced_names(text: str, spans: list[Span]) -> list[Span]:
    """A minority name written in two parts with a space between them is one name (阿不都克热木 阿不力孜, 加娜尔
    努尔旦): a transliterated name of three syllables or more, one space, and another such run that ends there
    (punctuation, the end of the text or a right cue), found as a name or not. Han names split by spaces
    (a sign-in list: 俞筠 尉迟芃) stay apart."""
    if " " not in text and "\u3000" not in text:
        return spans
    out = spans
    for k, sp in enumerate(spans):
        s, e, t, sc = sp
        if out[k] is None or t != "PERSON" or e + 1 >= len(text) or text[e] not in _SPACES or e - s < 3:
            continue
        if not all(c in _SYLLABLES for c in text[s:e]):
            continue
        m = _TRANSLIT_RUN_RE.match(text, e + 1)
        if m is None or not _ends_here(text, m.end()) or text[e + 1 : m.end()] in _PLACES:
            continue
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        if nxt is not None and nxt[0] < m.end() and (nxt[0], nxt[1]) != (e + 1, m.end()):
            continue  # (something else is there: an address, another reading)
        if out is spans:
            out = list(spans)
        out[k] = (s, m.end(), t, max(sc, nxt[3]) if nxt is not None and nxt[0] == e + 1 else sc)
        if nxt is not None and (nxt[0], nxt[1]) == (e + 1, m.end()):
            out[k + 1] = None  # type: ignore[call-overload]
    return out if out is spans else [sp for sp in out if sp is not None]


# a surname told on its own (姓欧阳, 复姓司马, 司徒姓, 段姓司机), a family (欧阳家的孩子, 申家的墙) or a road (兰干路南):
# no person named
_SURNAMES = frozenset(lx.COMPOUND_SURNAMES) | frozenset(lx.SINGLE_SURNAMES)
_SIDE_AFTER_ROAD = frozenset("东南西北与和、0123456789０１２３４５６７８９")


def _no_false_persons(text: str, spans: list[Span]) -> list[Span]:
    """spans without the PERSON spans that are a surname alone after or before 姓, a surname and 家/氏, or a road
    before its side or number."""
    out = []
    for sp in spans:
        s, e, t, _ = sp
        if t == "PERSON" and sp[3] < _TITLE_RULE:
            name = text[s:e]
            if (name in _SURNAMES and (text[s - 1 : s] == "姓" or text[e : e + 1] == "姓")) or (
                name[-1:] in "家氏" and name[:-1] in _SURNAMES
            ):
                continue
            if len(name) >= 3 and name[-1] in "路街巷" and text[e : e + 1] in _SIDE_AFTER_ROAD:
                continue  # (永安路西、兰干路南: a road and the side of it)
            if len(name) == 2 and name[1] == "记" and name[0] in _SINGLES and _HAN.match(text, e):
                continue  # (张记肠粉, 王记冷锅鱼: a shop named after its owner's family)
            if name in _PLACES and text[e : e + 1] in _ORG_MASK:
                continue  # (被保险人：宁波XX进出口有限公司: a firm's place, its name masked)
            if _ROAD_AFTER_RE.match(text, e - (name[-1] in "路街")):
                continue  # (祖冲之路那边, 贾平凹路12号: a road named after a person)
            if _AREA_SIDE_RE.match(text, e) is not None and name in _AREA_PREFIXES:
                continue  # (我是金平那边的: a county named by its first characters, and the area around it)
            if _STORM_BEFORE_RE.search(text, max(0, s - 4), s):
                continue  # (台风“海葵”, 超强台风山竹: a storm's name)
            if name[1:] in _SHOP_WORDS or name[2:] in _SHOP_WORDS:
                continue  # (老孙汽修 read as 孙汽修: a shop)
            if len(name) >= 3 and name[-1] == "险":
                continue  # (林果险, 车损险: a line of insurance)
            if _in_title(text, s, e):
                continue  # (《怪物史莱克》, 《成吉思汗》: the title of a work, of a law or of a form)
            if name in lx.BRAND_NAMES or _BRAND_AFTER_RE.match(text, e) is not None or _beside_brand(text, s, e):
                continue  # (王老吉、李宁、周大福等, 李宁联名款: a brand named like a person, among brands)
            if name[-1] in _PLATE_PROVINCES and "A" <= text[e : e + 1] <= "Z":
                continue  # (教练车新A·3867学: a plate's province, no given name)
            if len(name) == 2 and name[0] in _SINGLES and name[1] in _DOUBLED_KIN and text[e : e + 1] == name[1]:
                sp = (s, e + 1, t, sp[3])  # (包奶|奶: a surname and a kinship word cut in half)
            elif (
                len(name) == 3
                and name[0] in _SINGLES
                and text[e - 1 : e + 1] in _VERB_ENDS
                and not any(c in _DOTS for c in name)
            ):
                sp = (s, e - 1, t, sp[3])  # (祁蔚通话后, 鲁迪辩称: the last character starts the verb after the name)
            elif len(name) == 3 and name[0] in _SINGLES and _FUNCTION_AFTER_RE.match(text, e - 1):
                sp = (s, e - 1, t, sp[3])  # (聂兵因投诉…, 周强确有…, 付强之配偶, 贾文家的仓房)
        out.append(sp)
    return out


_BRAND_AFTER_RE = re.compile("联名[款鞋]|运动鞋|运动服|品牌|牌[^照]|专卖|旗舰")
_BRAND_JOINERS = frozenset("、和与及")


def _beside_brand(text: str, s: int, e: int) -> bool:
    """Is text[s:e] an item of a list (、和与及) next to a brand named like a person (王老吉、李宁、周大福)?"""
    if s >= 3 and text[s - 1] in _BRAND_JOINERS and any(text[s - 1 - k : s - 1] in lx.BRAND_NAMES for k in (2, 3)):
        return True
    return text[e : e + 1] in _BRAND_JOINERS and any(text[e + 1 : e + 1 + k] in lx.BRAND_NAMES for k in (2, 3))


def _in_title(text: str, s: int, e: int) -> bool:
    """Does text[s:e] stand inside 《…》 (a title of a book, film, game, law or form)?"""
    o = text.rfind("《", max(0, s - 30), s + 1)
    if o < 0 or "》" in text[o:s]:
        return False
    c = text.find("》", e, e + 30)
    return c >= 0 and "《" not in text[e:c]


_SHOP_WORDS = frozenset(lx.SHOP_WORDS)
_DOUBLED_KIN = frozenset("奶爷婆公妈")  # (包奶奶, 刘爷爷, 王婆婆: surname + a doubled kinship character)
_ORG_MASK = frozenset("XＸ×某*＊")
# a road after a name, then its number, side, crossing or a word for where on it (祖冲之路那边, 林则徐路与…)
_ROAD_AFTER_RE = re.compile(r"之?(?:路|街|大街|大道)(?:[0-9０-９一二三四五六七八九十号东南西北与和、口边旁]|那边|这边|附近)")
# a place and the area around it (金平那边, 会泽一带)
_AREA_SIDE_RE = re.compile("那边|这边|那里|这里|一带|那块|这块")
# the first two or three characters of the county-level and prefecture-level names (金平 of 金平苗族瑶族傣族自治县)
_AREA_PREFIXES = frozenset(a[:k] for a in (*lx.AREAS, *lx.AREA_STEMS) for k in (2, 3) if len(a) > k)
_STORM_BEFORE_RE = re.compile(r"(?:台风|风暴|飓风)[“\"「『]?$")
# a last character that starts what follows the name: a cause, a confirmation, a possessive, a household
_FUNCTION_AFTER_RE = re.compile("因[\u4e00-\u9fff]|确[有实认系]|之(?:配偶|妻|夫|子|女|父|母)|家(?:的|住|里|中)")
