"""Names the model tier adds from their context, where neither the cue rules nor the model settle them.

  * a name that is also a word (田野, 宁静, 高峰, 周全) right after a role, family or field word (查勘员田野到场,
    主管医生：宁静, 同事周全都…), and a given name starting with 一 (投诉人闻一鸣); not a longer word (高峰期);
  * lists of three or more names split by 、 or commas (马福贵、马春花、韩有财、冶金山，…; 王建设，李援朝，…),
    a role in brackets after each allowed (蒋明亮（司机）、何晓（厨师）…): every item must look like a name;
  * a given name used alone after a family or role word and before a verb (客户建国说, 哥哥建华的保单);
  * 我（蒙振）驾驶…, 受冷永刚委托, …，蔺国庆收，.

These run on the model tier only (scan(tier="model")): the fast tier keeps its speed for bulk scanning.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .rx import char_class, trie

Span = tuple[int, int, str, float]

SCORE = 0.92  # above the cue rules (0.85) and the model (0.65): a name read from its context wins an overlap

_SINGLES = frozenset(lx.SINGLE_SURNAMES)
_COMPOUNDS = frozenset(lx.COMPOUND_SURNAMES)
_GIVEN = lx.GIVEN_CHARS
_NON_NAME = lx.NON_NAME_CHARS
_PLACES = frozenset(lx.PROVINCES) | frozenset(lx.CITIES)
_NOT = lx.NOT_NAMES | lx.NOT_NAMES_MORE
_SEPS = "：: \u3000"

# role, family and field words after which a word is read as the name it is also (查勘员田野; not 联系, 回访,
# 对方, 致电: a word after them is what they are about, 联系高峰期)
_ROLE_CUES = frozenset(lx.LEFT_CUES) - frozenset(
    ["联系", "致电", "回访", "对方", "代表", "领导", "据", "致", "移交", "交由", "抄送", "人员", "员工", "职工", "居民",
     "村民", "牧民", "农户", "学生", "客户是", "为客户", "老人", "朋友", "同学", "对象"]
) | frozenset(lx.ROLE_CUES_MORE)
_MAX_CUE = max(len(c) for c in _ROLE_CUES)
# characters after a word that make it a longer word or an attribute (高峰期, 田野间, 宁静的, 黎明前)
_JOINERS = frozenset("、和与及")
_CLAUSE_STARTS = frozenset("。！？!?；;\n，,：:“\"")
# what is said of a person right after a name at a clause start: age, study and work, speech, a call
_PERSON_PREDICATE_RE = re.compile(
    "举了|举例|笑着|回忆|介绍|坦言|被评为|荣获|获得了|带领|主持|是[\u4e00-\u9fff]{1,3}族|"
    "今年(?:刚|才|已|[一二两三四五六七八九十]+岁|[0-9]+岁)|刚刚?(?:入职|毕业|退休|参加工作)|是一[名位个]|在比赛|大学毕业|毕业于|出生于|从小|退休|入职|说|称|表示|告诉|"
    "打电话|打来电话|来电|家住|住在|一直在|还在|都会|[一二两三四五六七八九十]+岁|"
    # an old person named by the word (金山老人（82岁）称…)
    "老人[（(，,称说]"
)
# what is said of two people named together (黄河和长江是一对双胞胎, 向东和高原是大学同学)
_PAIR_PREDICATE_RE = re.compile(
    "是(?:一对|大学|中学|小学|高中)?(?:同学|兄弟|姐妹|兄妹|姐弟|夫妻|同事|朋友|双胞胎)|两人|二人|都是|一起|(?:姐妹|兄弟|兄妹|姐弟|夫妻)俩"
)
_ADVERBS = frozenset("都也已在将就还又才却")
_WORD_GOES_ON = frozenset("的地得之间期前后里上下中内外边性化式型感物时")
_NAME_WORDS = frozenset(lx.NAME_WORDS)
_NAME_WORD_RE = re.compile(trie(lx.NAME_WORDS))
# 一 as the first given character (闻一鸣, 王一帆, 欧阳一诺): after a cue only
# (found from 一, which is rarer than the surnames: the surname is read back, a compound one in Python)
_YI_NAME_RE = re.compile(rf"一(?<={char_class(set(lx.SINGLE_SURNAMES) | {c[1] for c in lx.COMPOUND_SURNAMES})}一){char_class(lx.GIVEN_CHARS)}")
_BOUNDARY = frozenset("，,。；;：:、！？!?（）()“”\"' \t\n\u3000")
_RIGHT_RE = re.compile(trie(set(lx.RIGHT_CUES) | set(lx.STRONG_RIGHT_CUES)))


def _cue_before(text: str, s: int) -> bool:
    """A role, family or field word ends right before s (separators between allowed)."""
    j = s
    while j > 0 and s - j < 2 and text[j - 1] in _SEPS:
        j -= 1
    return any(text[max(0, j - k) : j] in _ROLE_CUES for k in range(_MAX_CUE, 0, -1) if j >= k)


# a verb of coming and going that starts with a character that otherwise makes a longer word (高峰前往…, 秦岭上门…)
_GOING_RE = re.compile("前往|前来|上门|下乡|到场")
# a kinship word of the person after the name and 的 (胡杨的父亲…): at a clause start, the word is a person's name
_KIN_OF_RE = re.compile("的(?:父亲|母亲|丈夫|妻子|爱人|儿子|女儿|爷爷|奶奶|孙子|孙女|哥哥|姐姐|弟弟|妹妹|家人|同事)")


def _kin_after(text: str, s: int, e: int) -> bool:
    """At a clause start, the name-word is followed by 的 and a kinship word (胡杨的父亲是…, 高原的妻子说…)."""
    return (s == 0 or text[s - 1] in _CLAUSE_STARTS) and _KIN_OF_RE.match(text, e) is not None


def _closed(text: str, e: int, words: frozenset[str]) -> bool:
    """The word at …e ends there: not a longer word (高峰期) or an attribute (宁静的), nor the start of a longer
    name (汪洋敏, 雷雨红: a given-name character that starts no word with the next one)."""
    if e >= len(text):
        return True
    if text[e] in _GIVEN and text[e : e + 2] not in words and _PERSON_PREDICATE_RE.match(text, e) is None:
        return False
    if text[e] in _ADVERBS:
        return True  # (同事周全都参加: 全都 is a word, but 都 goes with the verb)
    return text[e] not in _WORD_GOES_ON and text[e - 2 : e + 1] not in words and text[e - 1 : e + 1] not in words


# a frame that holds a person wherever it stands (高峰同志, 宁静女士, 据田野介绍, 由江山主持)
_TITLE_AFTER_RE = re.compile("同志|女士|先生")
_REPORTED_RE = re.compile("介绍|透露|回忆|反映|了解|说")
_IN_CHARGE_RE = re.compile("主持|负责|牵头|带队|主讲|讲解")
_ASKED_TO_RE = re.compile("协助|配合|跟进|核实|处理|回电|联系|到场|上门|前往")


def _person_after(text: str, s: int, e: int, words: frozenset[str]) -> bool:
    """At a clause start, what follows the word is said of a person (米兰今年刚毕业, 江山在比赛中…, 万里打电话来问,
    向东和高原是大学同学); anywhere, a frame that holds a person (高峰同志, 据田野介绍, 由江山主持)."""
    before = text[s - 1 : s]
    longer = text[s - 2 : s] in _COMPOUNDS or (before in _SINGLES and text[s - 2 : s] not in words)
    if _TITLE_AFTER_RE.match(text, e) is not None and not longer:
        return True  # (not 司马云飞同志: the word is the given name of a longer name; 关于高峰同志 is no 于高峰)
    if (before == "据" and _REPORTED_RE.match(text, e)) or (before == "由" and _IN_CHARGE_RE.match(text, e)):
        return True
    if before == "请" and _ASKED_TO_RE.match(text, e) is not None:
        return True  # (请秦岭协助联系客户: asked to do something, a person)
    if s and text[s - 1] not in _CLAUSE_STARTS:
        return False
    if _PERSON_PREDICATE_RE.match(text, e) is not None:
        return True
    pair = _NAME_WORD_RE.match(text, e + 1) if text[e : e + 1] in "和与、" else None
    return pair is not None and _PAIR_PREDICATE_RE.match(text, pair.end()) is not None


def word_names_after_cues(text: str, words: frozenset[str], person_ends: frozenset[int] = frozenset()) -> list[Span]:
    """person_ends: where the names found so far end (客服刘洋、高峰前往…: 高峰 is listed after a name)."""
    out: list[Span] = []
    ends: set[int] = set(person_ends)
    for m in _NAME_WORD_RE.finditer(text):
        s, e = m.span()
        # (after a cue, or after another such name and 、/和: 理赔专员宁静、向阳; at a clause start before what is
        # said of a person: 米兰今年刚毕业)
        listed = s > 0 and text[s - 1] in _JOINERS and (s - 1 in ends or s in ends)
        if _kin_after(text, s, e) or (listed and _GOING_RE.match(text, e) is not None) or (
            (listed or _cue_before(text, s) or _person_after(text, s, e, words)) and _closed(text, e, words)
        ):
            out.append((s, e, "PERSON", SCORE))
            ends.add(e)
            if text[e : e + 1] in "和与、":
                ends.add(e + 1)  # (向东和高原: the name after 和 is joined to this one)
    if "一" in text:
        for m in _YI_NAME_RE.finditer(text):
            s, e = m.start() - 1, m.end()
            if text[s - 1 : s + 1] in _COMPOUNDS:
                s -= 1
            elif text[s] not in _SINGLES:
                continue
            if _cue_before(text, s) and (e >= len(text) or text[e] in _BOUNDARY or _RIGHT_RE.match(text, e)):
                out.append((s, e, "PERSON", SCORE))
    return out


# ---------------------------------------------------------------- lists of names
_LIST_SEP_RE = re.compile("[、，,]")
_SEGMENT_RE = re.compile(r"[^。；;：:\n！？!?]+")
_SEGMENT_STOPS = "。；;：:\n！？!?"
# where a list can be: a separator, a short item, a separator (found in C; the segment around it is read)
# (a middle item is a whole name: two to four characters, perhaps a role in brackets, and a separator again)
_LIST_HINT_RE = re.compile(r"[、，,](?=[ \u3000]?[\u4e00-\u9fff]{2,4}(?:[（(][\u4e00-\u9fff]{1,6}[）)])?[、，,])")


def _segment_start(text: str, i: int) -> int:
    """Start of the segment holding i (a list reaches back 120 characters at most)."""
    lo = max(0, i - 120)
    return max(lo - 1, *(text.rfind(c, lo, i) for c in _SEGMENT_STOPS)) + 1
_ROLE_IN_BRACKETS_RE = re.compile(r"[（(][\u4e00-\u9fff]{1,6}[）)]$")
# the middle given character of older rural names (韩有财, 孙有福) is a function word elsewhere
_MIDDLE_OK = frozenset("有")


def _surname_len(item: str) -> int:
    if item[:2] in _COMPOUNDS:
        return 2
    return 1 if item[:1] in _SINGLES else 0


def _name_like(item: str, words: frozenset[str]) -> tuple[bool, bool]:
    """(looks like a name, all its given characters are common given-name characters)."""
    k = _surname_len(item)
    given = item[k:]
    if not k or not 1 <= len(given) <= 2 or not all("\u4e00" <= c <= "\u9fff" for c in item):
        return False, False
    if (item in words and item not in _NAME_WORDS) or item in _NOT or item in _PLACES or item[:2] in _NOT or "某" in item:
        return False, False
    if any(c in _NON_NAME and not (c in _MIDDLE_OK and i == 0 and len(given) == 2) for i, c in enumerate(given)):
        return False, False
    return True, all(c in _GIVEN for c in given)


def _strip_cue(item: str) -> tuple[int, str]:
    """The first item of a list may carry its cue word (组员牛二力): (offset of the name, the name)."""
    for k in range(min(len(item) - 2, _MAX_CUE), 0, -1):
        if item[:k] in _ROLE_CUES:
            return k, item[k:]
    return 0, item


def name_lists(text: str, words: frozenset[str]) -> list[Span]:
    if "、" not in text and "，" not in text and "," not in text:
        return []
    out: list[Span] = []
    done = -1
    for h in _LIST_HINT_RE.finditer(text):
        if h.start() < done:
            continue
        seg = _SEGMENT_RE.match(text, _segment_start(text, h.start()))
        if seg is None:
            continue
        a, b = seg.span()
        done = b
        items: list[tuple[int, int]] = []
        pos = a
        for sep in _LIST_SEP_RE.finditer(text, a, b):
            items.append((pos, sep.start()))
            pos = sep.end()
        items.append((pos, b))
        if len(items) < 3:
            continue
        run: list[tuple[int, int, bool]] = []
        for n, (s, e) in enumerate([*items, (b, b)]):
            ok = False
            strong = False
            if s < e:
                name_s, name_e = s, e
                while name_s < name_e and text[name_s] in " \u3000":
                    name_s += 1
                br = _ROLE_IN_BRACKETS_RE.search(text, name_s, name_e)
                if br is not None:
                    name_e = br.start()
                if n == 0 or not run:
                    off, _ = _strip_cue(text[name_s:name_e])
                    name_s += off
                ok, strong = _name_like(text[name_s:name_e], words)
            if ok:
                run.append((name_s, name_e, strong))
                continue
            if len(run) >= 3 and sum(st for _, _, st in run) >= 2:
                out.extend((s2, e2, "PERSON", SCORE) for s2, e2, _ in run)
            run = []
    return out


# ---------------------------------------------------------------- given names alone, brackets, 受…委托, …收
_KIN = ("哥哥", "弟弟", "姐姐", "妹妹", "儿子", "女儿", "丈夫", "妻子", "老伴儿", "老伴", "爱人", "老公", "老婆", "媳妇",
        "孙子", "孙女", "儿媳", "女婿", "客户", "大哥", "二哥", "姐夫", "妹夫")
_GIVEN_ALONE_RE = re.compile(
    rf"{trie(_KIN)}({char_class(_GIVEN)}{char_class(_GIVEN)})(?=说|称|表示|告诉|来电|打电话|要求|的|也|在|和)"
)
# given names that are also words (建国, 国庆): a given name used alone all the same
_GIVEN_NAME_WORDS = frozenset(lx.GIVEN_NAME_WORDS)
_NOT_GIVEN_FIRST = frozenset("小老阿") | _SINGLES
_NAME_PIECE = rf"(?:{trie(lx.COMPOUND_SURNAMES)}|{char_class(lx.SINGLE_SURNAMES)})[\u4e00-\u9fff]{{1,2}}"
_BRACKET_RE = re.compile(rf"[（(](?<=[我人][（(])({_NAME_PIECE})[）)]")
# a transliterated name of two syllables after 名叫 (这名叫次仁的牧民; three and more are read by the rules)
_CALLED_RE = re.compile(rf"(?:名叫|叫做|名字叫|名字是)({char_class(lx.TRANSLIT_CHARS)}{{2,5}})(?=的|[，。,；;\s]|$)")
# a row of a table under a 姓名 column: its number, the name, the type of its ID document (1 祁连山 身份证)
_TABLE_ROW_RE = re.compile(r"(?<=[0-9][ \u3000])([\u4e00-\u9fff]{2,5})(?=[ \u3000]+(?:居民)?(?:身份证|护照|户口簿|军官证))")
_ENTRUSTED_RE = re.compile(rf"受({_NAME_PIECE})(?:的)?委托")
# (found from 收 before punctuation, rare: the name is read back, after punctuation or a space)
_RECIPIENT_RE = re.compile(r"收(?=[，,。；;\s]|$)")
_RECIPIENT_NAME_RE = re.compile(rf"(?<=[，,：:\s])({_NAME_PIECE})收")


_TRSET = lx.TRANSLIT_CHARS
_TWO_SYLLABLES_RE = re.compile(
    rf"[，。,；;）)](?<={char_class(lx.TRANSLIT_CHARS)}{char_class(lx.TRANSLIT_CHARS)}[，。,；;）)])"
)
# a signature at the end of a message (……再发我就投诉你们 ——高新)
_SIGNATURE_RE = re.compile(rf"[—－-]{{1,2}}\s?({_NAME_PIECE})\s*$")


def given_names_alone(text: str, words: frozenset[str]) -> list[Span]:
    out: list[Span] = []
    if "—" in text[-8:] or "－" in text[-8:] or "-" in text[-8:]:
        sig = _SIGNATURE_RE.search(text, max(0, len(text) - 10))
        if sig is not None and sig.group(1) not in _PLACES:
            out.append((sig.start(1), sig.end(1), "PERSON", SCORE))
    for m in _GIVEN_ALONE_RE.finditer(text):
        g = m.group(1)
        if g[0] in _NOT_GIVEN_FIRST or g[0] == g[1] or g in _NOT:
            continue
        if g in words and g not in _GIVEN_NAME_WORDS:
            continue
        out.append((m.start(1), m.end(1), "PERSON", SCORE))
    found = [*_BRACKET_RE.finditer(text), *_ENTRUSTED_RE.finditer(text)]
    if "叫" in text or "名字是" in text:
        found.extend(_CALLED_RE.finditer(text))
    if "姓名" in text:
        found.extend(_TABLE_ROW_RE.finditer(text))
    for r in _RECIPIENT_RE.finditer(text):
        for k in (5, 4, 3):  # (a name of 4, 3 or 2 characters before 收)
            n = _RECIPIENT_NAME_RE.match(text, r.start() - k + 1, r.end())
            if n is not None and n.end() == r.end():
                found.append(n)
                break
    # a transliterated name of two syllables after a cue word, closed by punctuation (联系人旦增。)
    for m in _TWO_SYLLABLES_RE.finditer(text):
        s = m.start() - 2
        if s > 0 and text[s:s + 2] not in words and text[s:s + 2] not in _NOT and text[s - 1] not in _TRSET and _cue_before(text, s):
            out.append((s, s + 2, "PERSON", SCORE))
    for m in found:
        name = m.group(1)
        if (name not in words or name in _NAME_WORDS) and name not in _NOT and name not in _PLACES:
            out.append((m.start(1), m.end(1), "PERSON", SCORE))
    return out


# ---------------------------------------------------------------- minority given names without a cue
_MINORITY_RE = re.compile(f"(?:{trie(lx.MINORITY_GIVEN_NAMES)})+")
_MINORITY_NOT_BEFORE_RE = re.compile(trie(lx.MINORITY_NAME_NOT_BEFORE))
MINORITY_SCORE = 0.7  # above LAC (0.65); below the cue rules (0.85), which read a longer name where there is one


def minority_names(
    text: str, words: frozenset[str], frequent: frozenset[str], taken: list[tuple[int, int]]
) -> list[Span]:
    """Given names of the minority peoples that are hardly anything but names (lexicon.MINORITY_GIVEN_NAMES), several
    in a row as one (央金卓玛, 次仁多吉), where they stand outside a longer name or a word: no transliteration
    syllable right before (阿扎西… is another name), no frequent word ending in its first character (分布和整改: 分布),
    no place, flower or greeting after (罗布泊, 格桑花, 扎西德勒), the name's end there (_ends_name: not 拉毛草, 朝鲁门);
    and not where another span is (呼和巴特尔: a longer name the rules or LAC read). words: the common words;
    frequent: the frequent ones; taken: the spans found so far."""
    out: list[Span] = []
    for m in _MINORITY_RE.finditer(text):
        s, e = m.span()
        if s and (text[s - 1] in _TRSET or text[s - 1 : s + 1] in frequent):
            continue
        if any(a < e and s < b for a, b in taken):
            continue
        if _MINORITY_NOT_BEFORE_RE.match(text, e) is not None:
            continue
        if e < len(text) and text[e] in _TRSET and text[e] not in _AFTER_NAME_OK:
            continue  # (卓玛拉姆… read whole by the rules and the models; 巴图孟和 …)
        if not _ends_name(text, e, words):
            continue  # (拉毛草（藏族）, 朝鲁门是…: a longer name)
        out.append((s, e, "PERSON", MINORITY_SCORE))
    return out


def _ends_name(text: str, e: int, words: frozenset[str]) -> bool:
    """A name may end at e: not a Chinese character (punctuation, a digit, the end), a right cue, a character that
    stands in no name (把, 一, 的 …), or a common word that starts there (扎西骑着…, 玉香翻译)."""
    if e >= len(text) or not ("\u3400" <= text[e] <= "\u9fff"):
        return True
    return (
        text[e] in _NON_NAME
        or text[e] in _VERB_STARTS
        or _RIGHT_RE.match(text, e) is not None
        or text[e : e + 2] in words
    )


# characters that start the verb after a person (扎西骑着…, 玉香翻译, 次仁开车…, 卓玛陪着…)
_VERB_STARTS = frozenset("骑翻开去到找拿接打带帮陪送买卖赶走回看听问答告让替代领办签填交收坐站躺推抱背跑追喊哭笑讲念读写")


# characters that may follow a name though they are transliteration syllables too (扎西在…, 卓玛说: 在 is none; 也, 都,
# 不 are, but they start what follows)
_AFTER_NAME_OK = frozenset("也都不和巴其")


def context_names(text: str, words: frozenset[str], taken: list[tuple[int, int, str]] | None = None) -> list[Span]:
    """Every name above in text. words: the common words (a name that is one is no name in a list); taken: the spans
    found so far (start, end, type)."""
    taken = taken or []
    person_ends = frozenset(e for _, e, t in taken if t == "PERSON")
    return word_names_after_cues(text, words, person_ends) + name_lists(text, words) + given_names_alone(text, words)


# ---------------------------------------------------------------- a model's name that is also a word
# Names the CRF reads where the lexicon would veto them as ordinary words (柳絮, 云朵, 水清, 严峻): the model's
# reading and a context that holds a person together let them stand (a word alone, or the context alone, does
# not). The context: a role, family or field word before it (查勘员岩温, 律师钟情, 投诉人水清称), a title after it
# (长青同志), another name joined to it (戚蔓和宁静, 次旺和央金系夫妻), or at a clause start what is said of a
# person (云朵是一名客服, 白马是一位藏族老人).
_JOINED = frozenset("和及、")  # (not 与: 基恩与阿森纳 is a player and a club as often as two people)
_VERB_FIRST = frozenset("从跟说称看请用带")
# X是 + what a person is (云朵是一名客服, 海燕是北京人, 周全是这个营业部的老柜员); not 石榴是新疆的特产
_IS_A_PERSON_RE = re.compile(
    r"是[^，。,；;！？!?\n]{0,12}?(?:一[名位]|[人员](?=[，。,；;！？!?\n]|$)|客服|老板|医生|老师|师傅|司机|老人|姑娘|小伙|牧民|农民|工人|"
    r"护士|教师|学生|同学|同事|朋友|邻居|干部|大夫|律师|会计|村医)"
)
_VERB_FIRST_WEAK = frozenset("在把被对向")
_COMMON_SURNAMES = frozenset(lx.COMMON_SURNAMES)
_MODEL_WORD_NOT = frozenset(lx.NOT_NAMES) - _NAME_WORDS - _GIVEN_NAME_WORDS
# the end of a word for a person or a people (业务员, 当事人, 读者, 车主): a role, not a name
_ROLE_ENDS = frozenset("员人者主户方家工长师")


def model_name_in_context(text: str, s: int, e: int, person_ends: set[int], person_starts: set[int],
                          words: frozenset[str]) -> bool:
    """May the model's name text[s:e], vetoed by the lexicon as an ordinary word, stand in its context?
    person_ends, person_starts: where the names found so far end and start."""
    name = text[s:e]
    if not 2 <= len(name) <= 4 or name in _MODEL_WORD_NOT or name in _PLACES or name[-1] in _ROLE_ENDS:
        return False
    if not _closed(text, e, words):
        return False
    if _cue_before(text, s) or _TITLE_AFTER_RE.match(text, e) is not None:
        return True
    if s and text[s - 1] in _JOINED and s - 1 in person_ends:
        return True
    if text[e : e + 1] in _JOINED and e + 1 in person_starts:
        return True
    return (s == 0 or text[s - 1] in _CLAUSE_STARTS) and (
        _PERSON_PREDICATE_RE.match(text, e) is not None
        or text[e : e + 1] in _VERB_FIRST
        or _IS_A_PERSON_RE.match(text, e) is not None
        # (在, 被, 对 … follow a club, an army or a firm as often: 阿森纳在上轮, 美军被投送; after a name that
        # starts with a common surname or is a listed name-word only: 江山在营业厅门口, 班超在…)
        or (text[e : e + 1] in _VERB_FIRST_WEAK and (name[0] in _COMMON_SURNAMES or name in _NAME_WORDS))
    )
