"""PERSON detection: surname lists, titles, context cue words, transliterated dotted names, hints.

Everything is driven by a few compiled regexes, so the text is never walked character by character in
Python: titles come from the shared pass in words.py, cue words, clause starts and weak cues from one
name-anchored pass (ANCHOR_RE), dotted names from their dots. Names that these rules miss (given-name
characters outside the common list, transliterated names without a cue, lists of names, chat speaker
labels) are read by _extra_name() at the same anchors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from . import lexicon as lx
from .rx import char_class, first_gate, trie, with_gate

# surname: a compound surname first (欧阳娜娜), else a single one; as a trie so only one branch is tried
_SUR = trie(list(lx.COMPOUND_SURNAMES) + list(lx.SINGLE_SURNAMES))
_G = char_class(lx.GIVEN_CHARS)
_TR = char_class(lx.TRANSLIT_CHARS)
_DOTS = char_class(lx.NAME_DOTS)
_SEP = r"(?:[：:\s]|为|是|叫){0,2}"
_NAME = rf"(?P<sur>{_SUR})(?P<g1>{_G})(?P<g2>{_G})?"

_WS = "".join(chr(i) for i in range(0x3001) if chr(i).isspace())  # what \\s matches below U+3001 ...
_WS += "\u3000"  # ... and the ideographic space
_PUNCT = "\n。；;！？!?：:｜|，," + _WS  # a clause or field starts after these
_SEPC = "：:为是叫" + _WS  # between a cue word and the name (投诉人：王芳, 客户为王芳, 司机叫达吾提)

# Every scanning regex starts with a literal or a character class (the engine's first-character filter).
# titles (王先生 / 王芳女士): found first, the surname and given name are read backwards
TITLE_RE = re.compile(trie(lx.TITLES + lx.OFFICE_TITLES, leaf_class=False))
_OFFICE = frozenset(lx.OFFICE_TITLES)
_TITLE_SET = frozenset(lx.TITLES) | _OFFICE
# a title inside a longer word (主任务 in 车主任务紧急)
_TITLE_IN_WORD = frozenset(["主任务", "律师事"])  # (…律师事务所)
# what may stand before 谭老先生 (信访人谭老先生, 的谭老先生; not the end of a name: 常书华老先生)
_BEFORE_OLD_SIR = frozenset("人员者长理为是叫名户主农的位")
_UNIT_CHARS = frozenset("楼栋幢室组")  # (after a number: 3号楼, 5栋; a surname character as a unit)
# a title after 任 (serve as) after a title or role: 由总经理任组长, 副局长任主任 (no surname 任)
_TITLE_ENDS_BEFORE_REN = frozenset("理长任记席总导监授")
# two-character words that end in a surname character (公司, 各位, 会计, 公关): no surname before a title;
# not those starting with a cue's or a function word's character (联系人马先生, 客户称许女士, 对于先生)
_COMMON_WORDS = frozenset(
    line.split()[0]
    for line in (Path(__file__).with_name("common_words.txt")).read_text(encoding="utf-8").splitlines()
    if line and line[0] != "#"
)
_WORD_ENDING_IN_SURNAME = frozenset(
    w
    for w in _COMMON_WORDS
    if len(w) == 2 and w[1] in lx.SINGLE_SURNAMES and w[0] not in "人员者长理为是叫名户主农称说对于在和与给找请向跟被让由及"
) | frozenset(["主管", "分管", "监管", "保管", "托管", "接管", "对方", "院区", "病区", "民宿"])
# (主管医生, 分管经理, 对方律师, 院区护士站, 民宿老板: the word, then the title)
# a surname + 1–2 given-name characters, matched at a known position
HAN_RE = re.compile(_NAME)
# 客户王芳 / 投诉人：李强 / 收件人：巴特尔 (cue word, separators, a name or 3+ transliteration characters)
CUE_RE = re.compile(trie(lx.LEFT_CUES, leaf_class=False) + _SEP + rf"(?=(?:{_SUR}){_G}|{_TR}{{3}})")
# a name at the start of a line, clause or field (王芳来函, 王芳在乌鲁木齐出差, 蒋杰，650103...)
START_RE = re.compile(char_class(_PUNCT) + _NAME)
# 上门为王芳办理 / 转理赔部李强处理
WEAK_RE = re.compile(char_class(lx.WEAK_LEFT_CUES) + _NAME)
RIGHT_RE = re.compile(trie(lx.RIGHT_CUES) + r"|[，,]\s*[+\d]")
_TRD = char_class(lx.TRANSLIT_CHARS | lx.DOTTED_ONLY_CHARS)  # (inside a dotted name: 阿卜杜许库尔·吐逊)
DOTTED_RE = re.compile(rf"{_TRD}{{1,8}}(?:{_DOTS}{_TRD}{{1,8}})+")
DOT_RE = re.compile(_DOTS)
# undotted transliterated names after a cue (收件人巴特尔。): a run of such characters up to punctuation
# (来 and 也 only before 提, a common ending: 阿布来提, 哈斯也提; elsewhere they are words: 巴特尔来了)
# (和 after 孟, 呼, 布, 苏 of Mongolian names: 巴图孟和, 呼和巴特尔; not 江苏和…)
TRANSLIT_RUN_RE = re.compile(
    rf"{_TR}(?:{_TR}|[来也](?=提)|(?<={char_class(lx.HE_SYLLABLE_AFTER)})(?<!江苏)和){{2,5}}"
)  # (阿不都热依木, 乌云其木格: up to six)
_END_RE = re.compile(r"[，。、；：,.;:\s（(]|$")
# verbs that follow a person's name in complaint notes (住院, 去世, 报案, 出险, 驾驶, 购买, 投保 ...)
_VERB_AFTER_RUN_RE = re.compile(
    "住院|去世|病故|死亡|报案|出险|驾驶|购买|投保|退保|签字|签名|到场|前来|入院|出院|就诊|受伤|本人|核实|翻译|陪同|接听|时"
    "|住在|家住|称|说|反映|投诉|来电|表示|要求|申请|的"
)
_VERB_AFTER_SHORT_RUN_RE = re.compile("[腿头手脚腰胸背面颈][部]|受伤|骨折|轻伤|重伤|摔伤|撞伤|代[写签填办为缴领]|核实|确认")
_KIN_AFTER_A = frozenset("妈爸姨叔哥姐奶爷婆公")  # (格桑阿妈, 次仁阿爸)
_PLACE_WORDS = frozenset(lx.PROVINCES) | frozenset(lx.CITIES)
# a name field (姓名：高兴, 户名白云飞, 名叫海洋，): from the label to the end of the field stands the name, even
# one that is a word (高兴, 万里, 海洋); not a remark on the field (姓名相同, 户名相符, 姓名全称) or a list (未留姓名和电话)
# (found from 名, the one character every label has: 姓 and 户 are looked back at; a first character class of 姓户名
# would stop at every 客户)
_FIELD_NAME_RE = re.compile(
    rf"名(?:(?<=[姓户]名)|叫|字叫|字是)(?:为|是)?[：:\s]{{0,2}}(?!相[同符近似]|[和与及或]|全称|全名)((?:{_SUR})[\u4e00-\u9fff]{{1,2}})"
    r"(?=[，。；、,.;\s（(]|$)"
)

# a person field of a form or a record (投诉人：黄金凤, 诉求人：韩国栋, 收件人：那日苏  电话：…): a role label
# ending in 人/者/主/员 that starts a line or a field, a colon, and a name that fills the field to its end (the
# line's end, two spaces, a bracket or a field separator), even a name that is a word or starts with one
# (黄金, 韩国); not a role or a title (投保人：车主), an organisation or a place (被保险人：宁波XX…, 申请人：某某)
_ROLE_FIELD_RE = re.compile(
    rf"[人者主员][：:][ \t\u3000]?((?:{_SUR})[\u4e00-\u9fff]{{1,3}})"
    r"(?=[ \t\u3000]*(?:\n|$)|[ \t\u3000]{2}|[（(；;，,。])"
)
_LABEL_START = frozenset("\n；;，,。 \t\u3000")
_NOT_FIELD_NAMES = frozenset(lx.LEFT_CUES) | frozenset(lx.TITLES) | frozenset(lx.OFFICE_TITLES) | frozenset(_PLACE_WORDS)
_NOT_FIELD_NAME_ENDS = frozenset("司行院局厂店部社所会队站处村镇乡县市区省州路街馆园场组科室团")


def _role_fields(text: str) -> list[tuple[int, int]]:
    """The names of person fields (_ROLE_FIELD_RE) whose label is two to six characters at the start of the text,
    a line or a field."""
    out = []
    for m in _ROLE_FIELD_RE.finditer(text):
        s, e = m.span(1)
        name = m.group(1)
        k = _surname_len(text, s)
        if not k or not 2 <= len(name) - k + 1 <= 3 or "某" in name or "本人" in name:
            continue
        if name in _NOT_FIELD_NAMES or name[-1] in _NOT_FIELD_NAME_ENDS or name in _NOT:
            continue
        a = m.start() + 1  # (the label ends at the colon)
        b = a - 1
        while b > 0 and a - b < 7 and _is_han(text[b - 1]):
            b -= 1
        if a - b < 2 or (b > 0 and text[b - 1] not in _LABEL_START):
            continue
        out.append((s, e))
    return out


# the last characters of cue words for a person (客户, 投诉人, 驾驶员, 车主): 时 after one may be a surname; after the
# others (回访时, 经办时, 据…时) it is "when"
_PERSON_CUE_ENDS = frozenset("户人员者主")
# words ending in 据 or 致 that are no cue for a name after them (数据, 证据, 导致, 一致); 根据 is one (根据王芳介绍)
_NOT_CUE_WORDS = frozenset(["数据", "证据", "票据", "单据", "收据", "依据", "字据", "凭据", "导致", "一致", "以致", "所致", "大致", "细致", "极致", "别致"])


def _cue_holds(text: str, p: int) -> bool:
    """Does the cue word that ANCHOR_RE found before p hold for a name at p? Not 时 right after a cue word that
    is no word for a person (回访时全程…, 回访时发现), not 位 after 是/为 (客户是位老人: a measure word), not after a
    word that only ends in the cue 据 or 致 (数据时发现, 导致…)."""
    c = text[p]
    before = text[p - 1]
    if c == "时" and before not in _SEPC and before not in _PERSON_CUE_ENDS:
        return False
    if c == "位" and before in "是为":
        return False
    return not (before in "据致" and text[p - 2 : p] in _NOT_CUE_WORDS)


def _anchor_regex() -> tuple[str, str, str]:
    """One pass for CUE_RE, START_RE and WEAK_RE, anchored on the name instead of the cue.

    It matches the first character of every name-shaped position (a surname + a given-name character,
    compound surnames included, or 3 transliteration characters) that follows a clause start, a weak cue
    character, or a cue word + separators. Names are rare and cue words are not (客户, 人员, 理赔 ...),
    so this is far cheaper than trying ~100 cue words at every position. Each match is one character
    long, so no position is hidden from the next match; the caller reads which contexts apply.
    """
    singles = set(lx.SINGLE_SURNAMES)
    compound_first: dict[str, list[str]] = {}
    for c in lx.COMPOUND_SURNAMES:
        compound_first.setdefault(c[0], []).append(c[1])
    first = singles | set(compound_first) | (set(lx.TRANSLIT_CHARS) - lx.TRANSLIT_INNER_ONLY)
    compound_only = set(compound_first) - singles
    # after the first character (at p+1): the second character of a compound surname (a class, then the two
    # characters looked back at as a trie: an alternation of one lookbehind per first character would be tried
    # branch by branch at every 公, 司, 上, 东 ...)
    compound = char_class({c[1] for c in lx.COMPOUND_SURNAMES}) + f"(?<={trie(lx.COMPOUND_SURNAMES)})"
    # cheap gate first: the next character can continue a name at all
    gate = f"(?={char_class(set(lx.GIVEN_CHARS) | set(lx.TRANSLIT_CHARS) | {s for v in compound_first.values() for s in v})})"
    shape = (
        rf"(?=(?<={char_class(compound_first)})(?:{compound}){_G}"
        rf"|(?<={char_class(singles)}){_G}"
        rf"|(?<={_TR}){_TR}{{2}})"
    )
    assert not compound_only & {s for v in compound_first.values() for s in v}  # noqa: S101 - import-time check of the surname tables
    # the context before the first character (lookbehinds include that character: ".")
    by_len: dict[int, list[str]] = {}
    for w in lx.LEFT_CUES:
        by_len.setdefault(len(w), []).append(w)
    sep = char_class(_SEPC)
    # one lookbehind per cue length and number of separators, each after a class test of the cue's last
    # character (the trie starts with ~100 branches, tried one by one where no cue ends), the separated ones
    # after a test that separators are there at all
    groups = []
    for k in range(3):
        alts = "|".join(
            f"(?<={char_class(w[-1] for w in words)}{sep * k}[^\n])(?<={trie(words)}{sep * k}[^\n])"
            for _, words in sorted(by_len.items())
        )
        groups.append(alts if k == 0 else f"(?<={sep}{{{k}}}[^\n])(?:{alts})")
    cues = "|".join(groups)
    # the cue branch comes first and sets the (empty) group 1, so the caller knows whether a cue word
    # precedes without searching again; clause starts and weak cues are read from the character before
    context = (
        rf"(?:(?<={char_class({w[-1] for w in lx.LEFT_CUES} | set(_SEPC))}[^\n])(?:{cues})()"
        rf"|(?<={char_class(_PUNCT + ''.join(lx.WEAK_LEFT_CUES))}[^\n]))"
    )
    # a surname followed by 1–2 characters that may stand in a name (GIVEN_CHARS or not: 甄珝反映, 蔺燚来电)
    # and then punctuation or a right cue; Python decides
    rh = f"(?!{char_class(lx.NON_NAME_CHARS)})[\u3400-\u9fff]"
    bound = trie(set(lx.STRONG_RIGHT_CUES) | set("已在于对向也将") | set(lx.NAME_JOINERS))
    bound = rf"(?:{bound}|{char_class(_PUNCT + '（(')}|\Z)"  # (被保险人：田野（男）)
    bound_first = {w[0] for w in lx.STRONG_RIGHT_CUES} | set("已在于对向也将") | set(lx.NAME_JOINERS) | set(_PUNCT + "（(")
    # (cheap gates first: not after a weak cue character, and a possible boundary within reach)
    rare = (
        rf"(?<={char_class({w[-1] for w in lx.LEFT_CUES} | set(_SEPC) | set(_PUNCT))}[^\n])"
        rf"(?=[^\n]{{1,3}}(?:{char_class(bound_first)}|\Z))"
        rf"(?=(?<={char_class(singles)}){rh}{{1,2}}{bound}"
        rf"|(?<={char_class(compound_first)})(?:{compound}){rh}{{1,2}}{bound})"
    )
    # the cheapest test first: the character before can end a cue word, a clause or a weak cue at all
    ctx_gate = (
        rf"(?<={char_class({w[-1] for w in lx.LEFT_CUES} | set(_SEPC) | set(_PUNCT) | set(lx.WEAK_LEFT_CUES))}[^\n])"
    )
    # (the pieces are kept for benchmarks of variants)
    _ANCHOR_PIECES.update(
        first=char_class(first), gate=gate, shape=shape, ctx_gate=ctx_gate, rare=rare, context=context, cues=cues,
        compound=compound,
    )
    return char_class(first) + ctx_gate, f"(?:{gate}{shape}|{rare})", context


_ANCHOR_PIECES: dict[str, str] = {}
_ANCHOR_PARTS = _anchor_regex()
ANCHOR_RE = re.compile("".join(_ANCHOR_PARTS))
_PUNCT_SET = frozenset(_PUNCT)
_WEAK_SET = frozenset(lx.WEAK_LEFT_CUES)

# --- names that the cue/title rules above miss (given-name characters outside GIVEN_CHARS, transliterated
# names without a cue, lists of names, chat speaker labels)
_SINGLES = frozenset(lx.SINGLE_SURNAMES)
_STRONG_RIGHT_RE = re.compile(trie(lx.STRONG_RIGHT_CUES))
_MARKER_RE = re.compile(trie(lx.PEOPLE_MARKERS))
_JOINERS = frozenset(lx.NAME_JOINERS)
_BOUNDARY = frozenset(_PUNCT + "，。；：、,.;:!?！？（）()“”\"'")
_NON_NAME = lx.NON_NAME_CHARS
_CONT = lx.WORD_CONTINUATIONS
_HAN_RANGE = ("\u3400", "\u9fff")
# surnames that are far more often function words (驾驶人和乘客, 向客户说明, 于次日): never the start of a name
# whose given-name characters are outside GIVEN_CHARS
_FUNCTION_SURNAMES = frozenset("和向于时以及将把被让给为对在从由")


def _is_han(ch: str) -> bool:
    return _HAN_RANGE[0] <= ch <= _HAN_RANGE[1]


def _surname_len(text: str, p: int) -> int:
    """Length of the surname at p (2 for a compound one, 1 for a single one, 0 for none)."""
    if text[p : p + 2] in _COMPOUND:
        return 2
    return 1 if text[p : p + 1] in _SINGLES else 0


_ASPECT = frozenset("了着")
_PLACES_BY_PREFIX: dict[str, tuple[str, ...]] = {}
for _w in sorted(_PLACE_WORDS, key=len, reverse=True):
    if len(_w) >= 3:
        _PLACES_BY_PREFIX[_w[:2]] = (*_PLACES_BY_PREFIX.get(_w[:2], ()), _w)


def _starts_place(text: str, p: int) -> bool:
    """A place name of three or more characters starts at p (客户阿克苏时常来电: no name 阿克)."""
    words = _PLACES_BY_PREFIX.get(text[p : p + 2])  # (most names start no place: no generator to build)
    return words is not None and text.startswith(words, p)
_PREPOSITIONS = frozenset("于在从自至到")
_TIME_AFTER_RE = re.compile(
    "周[一二三四五六日末]|星期|[今明昨前后次当同翌][天日晚早]|[上下中]午|晚上|早上|凌晨|傍晚|本[周月年]|近[日期]|日前|年[初底末]|月[初底末]"
)
_CUE_CHARS = frozenset("系称说")  # (one-character right cues no name ends in)
_COMING = frozenset(["来电", "来信", "来函", "来访", "来柜"])
# given names of two that end in 来 (来 is no given-name character: 来电, 来信 follow names)
_COME_OBJECTS = frozenset("电信函访柜我司")  # (来电, 来信, 来我司: 来 the verb)
_LAI_GIVEN = frozenset(["春来", "福来", "喜来", "运来", "财来", "双来", "贵来", "德来", "顺来", "根来", "宝来"])
_ADVERB_WORDS = frozenset(["特意", "特地", "也是", "也在", "也做", "也说", "也来", "也已", "也曾", "也有", "也没"])
_PARTICLES = frozenset("啊呀吧呢嘛哦啦呗哇噢")  # (spoken particles: no name ends in one)
_HAN_RUN_RE = re.compile("[\u3400-\u9fff]+")  # (what _is_han() accepts, for a whole piece at once)


def _member_ends(text: str, p: int, words_ok: bool = True) -> list[tuple[int, bool]]:
    """Possible ends of a name starting at p, best first, each with "plain" (all given-name characters are
    common ones, or a transliterated run): (end, plain). words_ok=False: no name with rare given-name characters
    whose first two characters are a common word (索赔申请书, 修理厂说 at a clause start with no cue word)."""
    out: list[tuple[int, bool]] = []
    h = HAN_RE.match(text, p)
    if h is not None:
        e = _han_name_end(text, h)
        if e is not None:
            out.append((e, True))
    t = TRANSLIT_RUN_RE.match(text, p)
    if t is not None:
        out.extend((e, True) for e in range(t.end(), p + 2, -1))  # 央金卓玛夫妇: not only the longest run
    k = _surname_len(text, p)
    if k and text[p] not in _FUNCTION_SURNAMES:
        for n in (2, 1):
            e = p + k + n
            given = text[p + k : e]
            if n == 2 and given[-1:] in _CUE_CHARS:
                continue  # (患者卓玛系在…: 系 is the verb after the name)
            if given[-1:] in _PARTICLES:
                continue  # (代理人龚总啊 不是真的总: a spoken particle after the name)
            if (
                len(given) == n
                and _HAN_RUN_RE.fullmatch(given) is not None
                and _NON_NAME.isdisjoint(given)
                and text[p:e] not in _NOT
                and text[p : p + 2] not in _NOT
                and (words_ok or k == 2 or text[p : p + 2] not in _COMMON_WORDS)
            ):
                out.append((e, False))
    return out


def _ends_clause(text: str, e: int, *, strong: bool) -> bool:
    """A name may end at e: punctuation or the end, a right cue (strong ones only unless a cue precedes)."""
    if e >= len(text) or text[e] in _BOUNDARY:
        return True
    if _STRONG_RIGHT_RE.match(text, e):
        return True
    return strong and RIGHT_RE.match(text, e) is not None


def _name_list(text: str, p: int, first: list[tuple[int, bool]] | None = None) -> list[tuple[int, int]]:
    """王芳和李强均 / 申屠晴、呼延庆、慕容晓峰三人 / 其其格与乌云毕力格共同: two or more names joined by
    、和与及, closed by a word about several people or a strong right cue; [] when there is no such list.
    first: _member_ends(text, p) when the caller has it already."""
    members: list[tuple[int, int]] = []
    q = p
    while True:
        nxt = None
        for e, _plain in first if first is not None and q == p else _member_ends(text, q):
            if e < len(text) and text[e] in _JOINERS:
                nxt = e
                break
            if members and (_MARKER_RE.match(text, e) or _STRONG_RIGHT_RE.match(text, e)):
                members.append((q, e))
                return members
        if nxt is None or len(members) >= 5:
            return []
        members.append((q, nxt))
        q = nxt + 1
        if q >= len(text):
            return []


# cheap first test for _extra_name(): every case it accepts has a name of 2–5 characters followed by
# punctuation, a joiner, a strong right cue or a word about several people (and, after a cue, any right cue)
_EXTRA_BOUND = rf"(?:{char_class(_PUNCT + lx.NAME_JOINERS + '：:')}|{trie(set(lx.STRONG_RIGHT_CUES) | set(lx.PEOPLE_MARKERS))}|\Z)"
# (each bound behind its first-character test, rx.first_gate: at each of the 1-4 positions the words are tried
# only where one can start)
_EXTRA_HINT_RE = re.compile(rf"[^\n]{{1,4}}?{first_gate(_EXTRA_BOUND)}{_EXTRA_BOUND}")
_EXTRA_BOUND_CUE = rf"(?:{_EXTRA_BOUND}|{trie(lx.RIGHT_CUES)})"
_EXTRA_HINT_CUE_RE = re.compile(rf"[^\n]{{1,4}}?{first_gate(_EXTRA_BOUND_CUE)}{_EXTRA_BOUND_CUE}")


def _extra_name(text: str, p: int, *, cue: bool, clause: bool, ends: set[int] | frozenset[int] = frozenset()) -> list[Span]:
    """A name at p that the main rules rejected: with rare given-name characters before a right cue, a
    transliterated name at a clause start, a speaker label (王芳：...), or a list of names."""
    if (_EXTRA_HINT_CUE_RE if cue else _EXTRA_HINT_RE).match(text, p + 1) is None:
        return []
    member_ends = _member_ends(text, p, words_ok=cue)
    if not member_ends:
        return []  # (no name shape at p: no list either)
    found = _name_list(text, p, member_ends)
    if found:
        return [(s, e, "PERSON", 0.75) for s, e in found]
    # the last name of a list whose first one was found by another rule (阿力木江·买买提和库尔班江系兄弟)
    listed = p > 0 and text[p - 1] in _JOINERS and p - 1 in ends
    for e, plain in member_ends:
        if listed and (_MARKER_RE.match(text, e) or _STRONG_RIGHT_RE.match(text, e)):
            return [(p, e, "PERSON", 0.72)]
        if e < len(text) and text[e] in _CONT and not _STRONG_RIGHT_RE.match(text, e + 1):
            continue  # 客户满意度, 客户和家人
        if cue and _ends_clause(text, e, strong=True):
            # (closed by punctuation right after a cue word: as strong as a cue name; 被保险人：田野（男）)
            closed = (e >= len(text) or text[e] in _BOUNDARY) and text[p:e] not in _COMMON_WORDS
            return [(p, e, "PERSON", 0.85 if closed else 0.8)]
        if clause:
            if _STRONG_RIGHT_RE.match(text, e):
                return [(p, e, "PERSON", 0.72)]
            # a speaker label in a chat or transcript: 王芳：我已经… (not 金额：123)
            if plain and text[e : e + 1] in ("：", ":") and not text[e + 1 : e + 2].isdigit():
                # (at the start of the text or of a line, a speaker label: 王芳：…; the model's reading of a
                # label without its sentence is no reason to drop it)
                line_start = p == 0 or text[p - 1] == "\n"
                return [(p, e, "PERSON", 0.85 if line_start and text[p:e] not in _COMMON_WORDS else 0.72)]
    return []

_STOP = lx.STOP_BIGRAMS
# after a "name" these make it a place (我是米东区…, 家住沙湾县…)
_ADMIN_AFTER = frozenset("区县旗州镇乡")
_CITY_PROVINCE_ENDS = frozenset("市省")
_PLACE_STEMS = frozenset(lx.PROVINCES) | frozenset(lx.CITIES) | frozenset(lx.AREA_STEMS)
_CONJUNCTIONS = frozenset("和与及同")
_AREA_NAMES = frozenset(lx.AREAS)
_COUNTY_ENDS = frozenset("市县区")


def names_place_at(text: str, i: int, j: int) -> bool:
    """Does text[i:j], with the 市/县/区 right after it, name a city, county or district (…湛江市吴川市…: another
    mention of a name 吴川 there is the place)?"""
    return text[j : j + 1] in _COUNTY_ENDS and text[i : j + 1] in _AREA_NAMES
_NO_DOTS = str.maketrans("", "", lx.NAME_DOTS)
_DOTS_SET = frozenset(lx.NAME_DOTS)
_WEAK = frozenset(lx.WEAK_LEFT_CUES)
_COMPOUND = frozenset(lx.COMPOUND_SURNAMES)
_NOT = lx.NOT_NAMES | lx.NOT_NAMES_MORE
_GIVEN = lx.GIVEN_CHARS
_TRSET = lx.TRANSLIT_CHARS

Span = tuple[int, int, str, float]


def _han_name_end(text: str, m: re.Match[str], strong: bool = False) -> int | None:
    """End offset of the name in a (sur, g1, g2) match, or None when it is an ordinary word.

    strong: a strong left cue precedes; then a common word (高峰, 宁静) still counts as a name when a
    right cue follows too (客户宁静称 ...).
    """
    s = m.start(1)  # groups 1-3: sur, g1, g2
    e1 = m.end(2)
    if text[e1 - 1] == "某":
        return None  # 王某, 李某某: a name withheld, nothing to protect
    e2 = m.end(3)
    # (a compound surname that is also a word, 东方涵凤 / 东方莲华: the word is the surname, not the name's start)
    # (after a cue, a word that is also a name starts a longer one: 驾驶员白云飞, 户名黎明辉)
    word_start = text[s : s + 2] in _NOT and m.end(1) - s == 1 and not (strong and text[s : s + 2] in lx.NAME_WORDS)
    if e2 >= 0 and text[s + 1 : e2] in _STOP and text[s + 1 : e2] not in _TITLE_SET:
        return None  # 曾承诺, 将同意: the "surname" is an adverb before a verb (吴先生 is left to the titles)
    if e2 >= 0 and text[e1 : e1 + 2] not in _STOP and text[s:e2] not in _NOT and not word_start:
        return e2
    if text[s:e1] in _NOT and not (strong and RIGHT_RE.match(text, e1)):
        return None
    return e1


def find_names(text: str, hints: Sequence[str] = (), titles: list[tuple[int, int]] | None = None) -> list[Span]:
    """PERSON spans (start, end, "PERSON", score), possibly overlapping; the scanner resolves overlaps.

    titles: TITLE_RE's match spans when the caller has them already (words.find_anchors)."""
    out: list[Span] = []
    sur1 = lx.SINGLE_SURNAMES
    if titles is None:
        titles = [m.span() for m in TITLE_RE.finditer(text)]
    prev_title = (-1, -1)
    for ts, te in titles:
        before, prev_title = prev_title, (ts, te)
        if text[ts : te + 1] in _TITLE_IN_WORD:
            continue  # (车主任务紧急: 主任务, no title)
        if ts >= 2 and text[ts - 1] == "任" and text[ts - 2] in _TITLE_ENDS_BEFORE_REN:
            continue  # (由总经理任组长: serves as, no 任组长)
        if (
            ts >= 2
            and text[ts - 1] == "老"
            and text[ts:te] == "先生"
            and text[ts - 2] in sur1
            and (ts == 2 or not _is_han(text[ts - 3]) or text[ts - 3] in _BEFORE_OLD_SIR)
        ):
            out.append((ts - 2, te, "PERSON", 0.9))  # (谭老先生: the surname and 老先生, no name 谭老)
            continue
        if te < len(text) and _SHOP_AFTER_RE.match(text, te) is not None:
            continue  # (一家李先生牛肉面, 王阿姨水饺: a shop named after a person, no one to protect)
        full = None
        # 王芳女士 / 欧阳娜娜女士 / 宋江先生: a full name before the title (span without the title)
        # (欧阳经理, 回访时端木女士: a compound surname and a title, not a name 欧阳 or 时端木)
        # (柳州韦先生, 福建宁德林先生: a place, then the surname and the title; no name 柳州韦 or 德林)
        place_before = any(text[max(0, ts - 1 - n) : ts - 1] in _PLACE_STEMS for n in (2, 3))
        for k in () if place_before or text[max(0, ts - 2) : ts] in _COMPOUND else (4, 3, 2):
            if ts < k or (k == 2 and text[ts - 2] in _WEAK):
                continue
            if before[0] < ts - k < before[1]:
                continue  # (其律师金律师: no name 师金 starts inside the title before)
            if k == 2 and (
                text[ts - 3 : ts - 1] in _WORD_ENDING_IN_SURNAME
                or (text[ts - 2] in _UNIT_CHARS and ts >= 3 and (text[ts - 3].isdigit() or text[ts - 3] == "号"))
            ):
                continue  # (公司黎经理, 3号楼贺女士: the character before the surname ends a word or a house number)
            h = HAN_RE.match(text, ts - k)
            if k == 3 and text[ts - 3 : ts - 1] in _NOT and text[ts - 3 : ts - 1] not in _COMPOUND:
                break  # (平安好医生: a brand, neither 平安好 nor 安好)
            if (h is not None and ts in (h.end(), h.end("g1")) and text[ts - k : ts] not in _NOT) or (
                text[ts - k : ts] in lx.BRAND_NAMES and text[ts - k] in sur1  # (马应龙先生: the person, not the brand)
            ):
                full = (ts - k, ts, "PERSON", 0.9)
                break
        if ts >= 3 and text[ts - 1] in _TRSET:
            # 阿依古丽老师: a transliterated name of 3-5 characters before the title (longer than a Han name
            # the surname rules read in its end: 古丽)
            s = ts - 1
            while s > max(0, ts - 5) and text[s - 1] in _TRSET:
                s -= 1
            if ts - s >= 3 and (s == 0 or text[s - 1] not in _TRSET) and (full is None or s < full[0]):
                full = (s, ts, "PERSON", 0.9)
        start = full[0] if full is not None else ts - 1
        if start >= 3 and text[start - 1] in _DOTS_SET and text[start - 2] in _TRSET and text[start] in sur1:
            # (戴安娜·黄女士, 安东尼奥·施利华先生: a transliterated given name, a dot, then the Chinese surname or
            # name; one name, without the title)
            s = start - 1
            while s > max(0, start - 7) and text[s - 1] in _TRSET:
                s -= 1
            if s and text[s - 1] in sur1 and (
                s == 1 or text[s - 2] in _PUNCT_SET or not _is_han(text[s - 2]) or text.endswith(lx.LEFT_CUES, 0, s - 1)
            ):
                s -= 1  # (戴安娜·黄: the first syllable is no transliteration character, at the start of a clause)
            if start - 1 - s >= 2:
                out.append((s, ts, "PERSON", 0.92))
                continue
        if full is not None:
            if text[ts:te] not in _OFFICE:
                out.append(full)
        elif ts >= 2 and text[ts - 2 : ts] in _COMPOUND:
            out.append((ts - 2, te, "PERSON", 0.9))
        elif (
            ts >= 1
            and text[ts - 1] in sur1
            and text[ts - 1 : te] not in lx.TITLE_WORDS
            and text[ts - 2 : ts] not in _WORD_ENDING_IN_SURNAME  # (公司经理, 各位老师, 会计总监)
            and not (text[ts - 1] in _CONJUNCTIONS and ts >= 2 and _is_han(text[ts - 2]))  # (学校和老师)
        ):
            out.append((ts - 1, te, "PERSON", 0.9))
    dotted = _dotted(text)
    # a name at the very start of the text (no character before it for ANCHOR_RE's context)
    zero_out: list[Span] = []
    h = HAN_RE.match(text)
    got0 = False
    if h is not None:
        end = _han_name_end(text, h)
        if end is not None and RIGHT_RE.match(text, end):
            zero_out.append((0, end, "PERSON", 0.7))
            got0 = True
    extra_out: list[Span] = []
    if text and (not got0 or _name_list(text, 0)):
        extra_out.extend(_extra_name(text, 0, cue=False, clause=True))
    ends = {sp[1] for sp in out} | {sp[1] for sp in dotted} | {sp[1] for sp in zero_out + extra_out}
    cue_out: list[Span] = []
    start_out: list[Span] = []
    weak_out: list[Span] = []
    weak_last = 0
    punct = _PUNCT_SET
    weak = _WEAK_SET
    tr = _TRSET
    han = HAN_RE.match
    right = RIGHT_RE.match
    cont = _CONT
    size = len(text)
    for m in ANCHOR_RE.finditer(text):
        p = m.start()
        if text[p] in _PREPOSITIONS and _TIME_AFTER_RE.match(text, p + 1) is not None:
            continue  # (客户于周一来电, 请客户于明天上午…: a preposition and a time, no 于周 or 于明天)
        h = han(text, p)
        cue = m.start(1) >= 0 and _cue_holds(text, p)
        got = False
        got_end = 0
        if cue:
            # a cue word (+ separators) ends here and a name shape follows
            if h is not None:
                end = _han_name_end(text, h, strong=True)
                # (客户满意度, 客户和家人: the "name" goes on as an ordinary word; 我是米东区…: a place)
                if end is not None and not (
                    end < len(text) and ((text[end] in cont and not right(text, end + 1)) or text[end] in _ADMIN_AFTER)
                ) and not (  # (投保人为郑州市…, 我是岳阳市…, 联系人为湖南省…: a city or a province and its 市 or 省)
                    text[end : end + 1] in _CITY_PROVINCE_ENDS
                    and (text[p:end] in _PLACE_WORDS or text[p : end + 1] in _AREA_NAMES)
                ) and not (
                    text[p] in _JOINERS and (not _ends_clause(text, end, strong=False) or text[p + 1 : end] in _COMMON_WORDS)
                ) and _ORG_AFTER_RE.match(text, end) is None and not (
                    end - p == 2 and text[end : end + 1] in _ASPECT
                ) and not _starts_place(text, p):  # (带着村民修通了…: a verb and its aspect particle, no name 修通)
                    # (教师和年轻…, 父亲和朋友，: a surname that is also a conjunction needs a closed name that is no
                    # word; 据易联公司…, 承办方富龙集团: an organisation)
                    # (据, 致: weak cue words of news text; the model may still read the name as a place)
                    if end - p == 2 and text[end : end + 1] == "来" and (
                        text[end + 1 : end + 3] in _COMING
                        or (text[p + 1 : end + 1] in _LAI_GIVEN and text[end + 1 : end + 2] not in _COME_OBJECTS)
                    ):
                        # (客户郝春来来电: a given name ending in 来, then the verb 来电; 投诉人鲍春来反映, …房春来的岳父:
                        # a given name in 来 that is not 来 + what comes: 王春来电称 stays open)
                        end += 1
                    cue_out.append((p, end, "PERSON", 0.8 if text[p - 1] in "据致" else 0.85))
                    ends.add(end)
                    got = True
                    got_end = end
                elif end is not None:
                    continue  # an ordinary word (客户满意度, 客户和家人), not a name with rare characters
            if text[p] in tr:
                t = TRANSLIT_RUN_RE.match(text, p)
                te = t.end() if t is not None else 0
                closed = te - p >= 3 and text[te - 1] == "阿" and text[te : te + 1] in _KIN_AFTER_A
                if closed:
                    te -= 1  # (回访对象：格桑阿妈: 阿妈 is how she is addressed, not part of her name)
                elif te - p >= 4 and text[te - 1 : te + 1] in lx.VERBS_AFTER_NAMES:
                    te -= 1  # (收件人巴特尔乐意代收: 乐 starts the verb)
                    closed = True
                if t is not None and (
                    closed
                    or _END_RE.match(text, te)
                    or right(text, te)
                    # (被保险人努尔艾力住院…: a run of four or more syllables after a cue word, then a verb that is
                    # no place or organisation word; 驾驶人海拉提腿部受伤, 孙子阿里木江代写: three after an injury or
                    # a 代 verb)
                    or (
                        (
                            (te - p >= 4 and _VERB_AFTER_RUN_RE.match(text, te) is not None)
                            or _VERB_AFTER_SHORT_RUN_RE.match(text, te) is not None
                        )
                        and text[p:te] not in _PLACE_WORDS
                    )
                    # (客户米娜瓦尔银行卡被盗刷: four or more syllables after a cue word, then an ordinary word that
                    # starts right after them)
                    or (
                        te - p >= 4
                        and text[te : te + 2] in _COMMON_WORDS
                        and text[te - 1 : te + 1] not in _COMMON_WORDS
                        and text[te - 2 : te] not in _COMMON_WORDS  # (艾山多次投诉: 多次 is a word)
                        and text[p:te] not in _PLACE_WORDS
                    )
                    # (客户哈力木拉提所述…, 主任哈力别克出具…: four or more syllables after a cue word, then a word the
                    # common list leaves out; not a verb's last character before its particle, 斯琴巴特尔买了; not a
                    # place before its administrative word, 西乌珠穆沁旗; not a name said twice, 阿地拉阿地拉)
                    or (
                        te - p >= 4
                        and text[te - 1 : te + 1] not in _COMMON_WORDS
                        and text[te - 2 : te] not in _COMMON_WORDS
                        and text[p:te] not in _PLACE_WORDS
                        and _ORG_AFTER_RE.match(text, te) is None
                        and text[te : te + 1] not in _ASPECT
                        and _ADMIN_AFTER.isdisjoint(text[te : te + 2])
                        and not ((te - p) % 2 == 0 and text[p : p + (te - p) // 2] == text[p + (te - p) // 2 : te])
                    )
                ):
                    cue_out.append((p, te, "PERSON", 0.86))
                    ends.add(te)
                    got = True
                    got_end = te
        prev = text[p - 1]
        if h is None:
            if not got:
                more = _extra_name(text, p, cue=cue, clause=prev in punct, ends=ends)
                if more:
                    extra_out.extend(more)
                    ends.update(sp[1] for sp in more)
            continue
        is_start = prev in punct
        # WEAK_RE's matches consume the name (和/向 are surnames too), so one may hide the next
        is_weak = prev in weak and p - 1 >= weak_last
        if is_weak:
            weak_last = h.end()
        if is_start or is_weak:
            end = _han_name_end(text, h)
            # (the last of a list closed by punctuation or the end: 乘车人员：仝佳佳、仝欣)
            if end is not None and (
                right(text, end)
                or (prev == "、" and p - 1 in ends and (end == size or text[end] in _PUNCT_SET))
            ):
                got = True
                got_end = end
                ends.add(end)
                if is_start:  # same as START_RE.finditer (a name never contains punctuation)
                    start_out.append((p, end, "PERSON", 0.7))
                if is_weak:
                    weak_out.append((p, end, "PERSON", 0.7))
        if not got or (got_end < size and text[got_end] in _JOINERS and _name_list(text, p)):
            more = _extra_name(text, p, cue=cue, clause=is_start, ends=ends)
            if more:
                extra_out.extend(more)
                ends.update(sp[1] for sp in more)
    out.extend(cue_out)
    out.extend(zero_out)
    out.extend(start_out)
    out.extend(weak_out)
    out.extend(extra_out)
    out.extend(dotted)
    if "族" in text:
        out.extend(_ethnic_bracket_names(text))
    if "名" in text:
        out.extend((f.start(1), f.end(1), "PERSON", 0.9) for f in _FIELD_NAME_RE.finditer(text) if "某" not in f.group(1))
    if "：" in text or ":" in text:
        out.extend((s, e, "PERSON", 0.9) for s, e in _role_fields(text))
    if _count_hint(text):
        out.extend(_counted_list(text))
    out.extend(_occurrences(text, hints, 0.99))
    if dotted:
        # a dotted name written again without its dot (迪丽拜尔·阿不力孜 … “迪丽拜尔阿不力孜”)
        out.extend(_occurrences(text, {text[s:e].translate(_NO_DOTS) for s, e, _, _ in dotted}, 0.8, boundary=True))
    # a name found once is a name wherever it occurs again nearby (same document or paragraph)
    if out:
        out.extend(_nearby(text, out))
    return out


# a person's people in brackets right after the name (客户完德（土族）, 木春花（纳西族）反映, 泽仁拉姆（藏族）)
_ETHNIC_BRACKET_RE = re.compile(
    r"[（(](?=(?:" + "|".join(sorted(lx.ETHNIC_GROUPS, key=len, reverse=True)) + r")族[）)，,、])"
)
# what may stand right before such a name: a function word or a verb of naming (与客户完德, 是木老三, 叫…)
_BEFORE_BRACKET_NAME = frozenset("与和及、的是叫为由把给让对向跟同请被")
_ROLE_WORD_ENDS = frozenset("户人员者主方")  # (养殖户, 消费者, 承保方: the end of a word for a person or a party)
_BRACKET_NAME_STOPS = frozenset("与和及的是叫为由把给让对向跟同请被在")


def _ethnic_bracket_names(text: str) -> list[Span]:
    """The name right before a people's name in brackets (…客户完德（土族）…): a run of 2–6 Chinese characters that
    starts after punctuation, a space, the start of the text, a cue word (客户, 投诉人, 其父亲), the end of a word for a
    person (养殖户, 消费者) or a function word; the shortest such run (a run of five or six only when it is all
    syllables). In the labelled sets such a bracket follows a person's name 69 times in 70."""
    out: list[Span] = []
    for m in _ETHNIC_BRACKET_RE.finditer(text):
        b = m.start()
        a = b
        while a > 0 and b - a < 12 and _is_han(text[a - 1]):
            a -= 1
        for s in range(b - 2, max(a, b - 6) - 1, -1):
            if text[s] in _BRACKET_NAME_STOPS:
                break
            before = text[a:s]
            name = text[s:b]
            if s == a and len(name) > 4 and not all(c in _TRSET for c in name):
                break  # (no start found within a name's reach: 养殖户马海燕 is no name of six)
            if (
                s == a
                or before[-1] in _BEFORE_BRACKET_NAME
                or before[-1] in _ROLE_WORD_ENDS
                or before.endswith(lx.LEFT_CUES)
            ):
                if (
                    name not in _NOT
                    and name not in _PLACE_WORDS
                    and "某" not in name
                    and not name.endswith(lx.LEFT_CUES)
                    and name[-1] not in _NOT_FIELD_NAME_ENDS  # (我们村（苗族）: a place, a firm)
                    and (_NON_NAME.isdisjoint(name) or all(c in _TRSET for c in name))  # (阿不都: syllables)
                ):
                    out.append((s, b, "PERSON", 0.9))
                break
    return out


# an organisation's name goes on (据易联公司…, 富龙集团董事长)
_ORG_AFTER_RE = re.compile("公司|集团|银行|保险|财险|产险|人寿|新闻社|通讯社|日报|晚报|律师事务所|事务所|研究院|研究所|基金会|大学|中学|小学|医院|股份|控股|科技|实业|传媒")
# a shop or a firm named after a person (李宁专卖店, 张仲景大药房): another mention of the name there is the shop's
_SHOP_AFTER_RE = re.compile("|".join((*lx.SHOP_WORDS, "公司", "集团", "商行", "超市")))
# a count of people right after a list of names (格桑、仁青、次旦卓嘎三位讲师; 柏杨和花蕾两人一起来)
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_COUNT_HINT_RE = re.compile("[两二三四五六]个?[位人名]")  # (what _count_hint() answers without a regex pass)
_COUNT_SECOND = frozenset("位人名")
_COUNT_WITH_GE = frozenset(("个位", "个人", "个名"))


def _count_hint(text: str) -> bool:
    """_COUNT_HINT_RE.search(text) is not None, read from the count characters (str.find of one character runs on
    memchr; a regex tests its first character class at every position of the text)."""
    find = text.find
    for c in "两二三四五六":
        k = find(c)
        while k >= 0:
            if text[k + 1 : k + 2] in _COUNT_SECOND or text[k + 1 : k + 3] in _COUNT_WITH_GE:
                return True
            k = find(c, k + 1)
    return False
_COUNT_RE = re.compile("([两二三四五六])个?[位人名](?![字义额单次])")  # (金鑫和田野两个人)
# a family word between the names and their count (吴桂香、吴桂兰姐妹二人)
_KIN_BEFORE_COUNT = ("兄弟", "姐妹", "兄妹", "姐弟", "夫妇", "夫妻", "父子", "父女", "母子", "母女", "婆媳", "母亲", "同事")
_LIST_CLAUSE_STOP = frozenset("，,。；;：:！？!?\n（(“”\"")
_ITEM_STOP = frozenset("的了是在有为由请邀和与及等把被给对向从")


def _item_ok(item: str) -> bool:
    """One name of a counted list: 2–6 characters of names, no ordinary word, place or function word."""
    if not 2 <= len(item.translate(_NO_DOTS)) <= 6 or len(item) > 12:
        return False
    # (a surname that is a function word elsewhere starts a name of three: 于海洋、宋明亮两名查勘员)
    checked = item[1:] if len(item) == 3 and item[0] in _SINGLES else item
    if any((c in _NON_NAME and c not in _TRSET) for c in checked) or not all(_is_han(c) or c in _DOTS_SET for c in item):
        return False
    if item in lx.NAME_WORDS:
        return True  # (宁静、康健、武晓辉三位: a word that is also a name, counted as one of the people)
    return item not in _COMMON_WORDS and item not in _NOT and item not in _PLACE_WORDS


def _first_item(text: str, a: int, b: int) -> int | None:
    """Start of the first name of a list, which ends at b and has context before it from a on (邀请了格桑):
    a run of transliteration characters, else a Han name of 3 or 2 characters starting with a surname."""
    s = b
    while s > a and b - s < 6 and (text[s - 1] in _TRSET or text[s - 1] in _DOTS_SET) and text[s - 1] not in _ITEM_STOP:
        s -= 1
    if b - s >= 2 and (s == a or text[s - 1] in _ITEM_STOP or text[s - 1] not in _TRSET):
        return s
    for k in (4, 3, 2):
        s = b - k
        if s >= a and (text[s : s + 2] in _COMPOUND if k == 4 else text[s] in _SINGLES):
            return s
    return None


def _counted_list(text: str) -> list[Span]:
    """Names listed before a count of people that matches them (格桑、仁青、次旦卓嘎三位; 柏杨和花蕾两人):
    the count says where the list starts, so names without surnames or cue words are found too."""
    out: list[Span] = []
    for m in _COUNT_RE.finditer(text):
        n = _COUNTS[m.group(1)]
        end = m.start()
        if text[end - 2 : end] in _KIN_BEFORE_COUNT:
            end -= 2
        a = end
        while a > 0 and text[a - 1] not in _LIST_CLAUSE_STOP and end - a < 60:
            a -= 1
        seps = [i for i in range(a, end) if text[i] == "、"]
        if (len(seps) == n - 2 and n > 2) or (n == 2 and not seps):
            # the last two joined by 和/与/及 (…、仁青和次旦卓嘎三位; 柏杨和花蕾两人)
            last = max((i for i in range(seps[-1] + 1 if seps else a, end) if text[i] in _JOINERS), default=None)
            if last is None:
                continue
            seps.append(last)
        if len(seps) != n - 1:
            continue
        starts = [i + 1 for i in seps]
        ends = [*seps[1:], end]
        first = _first_item(text, a, seps[0])
        if first is None:
            continue
        items = [(first, seps[0]), *zip(starts, ends, strict=True)]
        if all(_item_ok(text[i:j]) for i, j in items) and not any(c in _ITEM_STOP for c in text[first : seps[0]]):
            # (a word that is also a name is as sure as a title here: the model tier does not veto it)
            out.extend((i, j, "PERSON", 0.9 if text[i:j] in lx.NAME_WORDS else 0.85) for i, j in items)
    return out


def _dotted(text: str) -> list[Span]:
    """Same spans as DOTTED_RE.finditer(text), found from the (rare) dots instead of scanning every
    transliteration character: a match must have 1–8 of them right before a dot."""
    dots = [d for d in lx.NAME_DOTS if d in text]
    if not dots:
        return []
    if len(dots) == 1:
        d = dots[0]
        positions: list[int] = []
        i = text.find(d)
        while i >= 0:
            positions.append(i)
            i = text.find(d, i + 1)
    else:
        positions = [m.start() for m in DOT_RE.finditer(text)]
    out: list[Span] = []
    last = 0
    tr = _TRSET | lx.DOTTED_ONLY_CHARS
    for i in positions:
        if i < last:
            continue
        s = i
        lo = max(i - 8, last)
        while s > lo and text[s - 1] in tr:
            s -= 1
        while s < i - 1 and text[s - 1 : s + 1] in _COMMON_WORDS and not text.endswith(lx.LEFT_CUES, 0, s):
            s += 1  # (其丈夫多吉·平措: 夫 ends 丈夫, the name starts after it; not 当事人居来提·…)
        if s == i:
            continue
        m = DOTTED_RE.match(text, s)
        if m is not None:
            e = m.end()
            if text[e - 1 : e + 1] in lx.VERBS_AFTER_NAMES and text[e - 3] not in _DOTS_SET:
                e -= 1  # 艾克拜尔·肉孜坦言: the name ends before the verb
            elif text[e - 1 : e + 1] in _ADVERB_WORDS and text[e - 3] not in _DOTS_SET:
                e -= 1  # (…·买买提特意给…, …·尼亚孜也做了发言: an adverb after the name)
            elif text[e - 1] == "不" and text[e - 2] not in _DOTS_SET:
                e -= 1  # …·阿不都热依木不会说汉语: no name ends in 不, it negates the verb after the name
            out.append((s, e, "PERSON", 0.9))
            last = e
    return out


def _has_border(name: str) -> bool:
    """True when a proper prefix of `name` is also its suffix (娜娜, 买买提买买), so occurrences can overlap."""
    return any(name[:k] == name[-k:] for k in range(1, len(name)))


_WINDOW = 1500


def _nearby(text: str, found: list[Span]) -> list[Span]:
    out: list[Span] = []
    seen: set[tuple[str, int]] = set()
    find = text.find
    startswith = text.startswith
    given = _GIVEN
    stop = _STOP
    w = _WINDOW
    # (each span once: several rules find the same name, and a span looked at again adds nothing — it found no other
    # occurrence the first time, or its key is seen)
    for s, e in dict.fromkeys([sp[:2] for sp in found]):
        n = e - s
        if n < 2:
            continue
        name = text[s:e]
        lo = s - w if s > w else 0
        hi = e + w
        if name.find(name[0], 1) < 0 or not _has_border(name):
            # most names occur once: look for another occurrence from the name's last character (str.find of
            # one character runs on memchr, several times faster than counting the name in the window; a name
            # that can overlap itself takes the long way). (A name that occurs once in its window shares its
            # key below with no other span: one in the same stretch would be in the window.)
            k = n - 1
            c = name[k]
            j = find(c, lo + k, hi)
            while j >= 0 and (j - k == s or not startswith(name, j - k)):
                j = find(c, j + 1, hi)
            if j < 0:
                continue
        key = (name, s // w)
        if key in seen:
            continue
        seen.add(key)
        i = find(name, lo, hi)
        while i >= 0:
            j = i + n
            if i != s:
                nxt = text[j : j + 1]
                if (
                    (not nxt or nxt not in given or text[j : j + 2] in stop)
                    and _SHOP_AFTER_RE.match(text, j) is None
                    and not names_place_at(text, i, j)  # (吴川的陈大伯…湛江市吴川市)
                ):
                    out.append((i, j, "PERSON", 0.8))  # (not 李宁专卖店 after 车主李宁)
            i = find(name, j, hi)
    return out


def _occurrences(text: str, names: Iterable[str], score: float, boundary: bool = False) -> list[Span]:
    out: list[Span] = []
    for name in names:
        name = name.strip()
        if len(name) < 2:
            continue
        i = text.find(name)
        while i >= 0:
            j = i + len(name)
            nxt = text[j : j + 1]
            if not boundary or not nxt or nxt not in _GIVEN or text[j : j + 2] in _STOP:
                out.append((i, j, "PERSON", score))
            i = text.find(name, j)
    return out


# (speed only) the patterns matched at many positions behind their first-character test (rx.with_gate): a match()
# where none of their words starts fails in one step instead of one per branch of the trie; the same matches
HAN_RE = with_gate(HAN_RE)
RIGHT_RE = with_gate(RIGHT_RE)
_STRONG_RIGHT_RE = with_gate(_STRONG_RIGHT_RE)
_MARKER_RE = with_gate(_MARKER_RE)
_TIME_AFTER_RE = with_gate(_TIME_AFTER_RE)
_ORG_AFTER_RE = with_gate(_ORG_AFTER_RE)
_VERB_AFTER_RUN_RE = with_gate(_VERB_AFTER_RUN_RE)
_VERB_AFTER_SHORT_RUN_RE = with_gate(_VERB_AFTER_SHORT_RUN_RE)
_SHOP_AFTER_RE = with_gate(_SHOP_AFTER_RE)
