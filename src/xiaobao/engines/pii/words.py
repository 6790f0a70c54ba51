"""One scanning pass for the word-anchored detectors: titles (先生, 女士 …), address cue words (地址, 住址 …),
place names (乌鲁木齐, 新疆维吾尔自治区 …), the capital letters that start VINs and plates, and the last characters
of county, district and town names (奇台县, 米东区 …: address.COUNTY_END_RE, tried where no word matched).

Every pass over the text costs about as much as the others just to look at each character, so these five
share one. The regex engine skips in C to the next character of the pattern's first class and tries a match
there (~0.1 µs each), so that class is kept small: a word whose first character is common in ordinary text
(户籍地址 after 客户, 内蒙古 after 内容, 上海 after 上午) is found from its second character, which is rarer
(_SECOND_FIRST). Each match is that one anchor character, the word and what follows are read in a lookahead,
so no position is hidden from the next match; find_anchors() then keeps the matches a plain left-to-right pass
over all the words would keep (a word starting inside the previous one is dropped). No word of one family
overlaps a word of another (checked at import), so the matches are exactly those that each family's regex
would find on its own; `Anchors` hands each detector its own list. (Numbers keep their own pass: digits are
so common that trying the other families at each of them costs more than a second pass.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon as lx
from .address import ADDRESS_CUE_TAIL, COUNTY_CHARS, COUNTY_END_RE, COUNTY_TAIL
from .patterns import LETTER_FIRST, LETTER_RE, LETTER_TAIL
from .rx import char_class


def _check_no_overlap(families: dict[str, list[str]], allowed: frozenset[tuple[str, str]] = frozenset()) -> None:
    for a, wa in families.items():
        for b, wb in families.items():
            if a == b:
                continue
            for x in wa:
                for i in range(len(x)):
                    for y in wb:
                        if (y.startswith(x[i:]) or x[i:].startswith(y)) and (x, y) not in allowed and (y, x) not in allowed:
                            raise AssertionError(f"{a} word {x} overlaps a {b} word {y}")


# Overlaps accepted: a title ending in 长 before 长春 / 长沙 (局长春节…: the title wins, and 长春 there names no
# place), 住所 before 所长 (住所长期…: the address cue wins; no name stands there).
_ALLOWED_OVERLAPS = frozenset(
    {(t, p) for t in lx.OFFICE_TITLES if t.endswith("长") for p in lx.PROVINCES + lx.CITIES if p.startswith("长")}
    | {("住所", "所长")}
)


_FAMILIES = {"title": list(lx.TITLES + lx.OFFICE_TITLES), "addr_cue": list(lx.ADDRESS_CUES), "place": list(lx.PROVINCES + lx.CITIES)}
_check_no_overlap(_FAMILIES, _ALLOWED_OVERLAPS)

# Words whose first two characters are these are found from the second one: the first is common in ordinary text
# (上午, 事情, 内容, 单据, 可以, 合同, 同意, 大家, 安排, 小时, 户口, 所以, 新增, 通知, 银行, 长期 ...), the second far
# less so (speed only: any choice finds the same words).
_SECOND_FIRST = frozenset(
    (
        "上海", "事故", "云南", "伊宁", "伊犁", "位于", "住址", "克孜", "克拉", "兰州", "内蒙", "北京", "北屯", "单位", "南京", "南宁", "南昌",
        "可克", "台湾", "合肥", "吉林", "同志", "和田", "四川", "地址", "处长", "大姐", "天津", "奎屯", "女士", "宁夏", "宁波", "安徽", "小姐",
        "局长", "师傅", "广州", "成都", "户籍", "所长", "护士", "拉萨", "教授", "新疆", "昌吉", "杭州", "济南", "海南", "海口", "深圳", "湖南",
        "烏魯", "甘肃", "福州", "科长", "站长", "组长", "苏州", "西宁", "辽宁", "通讯", "郑州", "重庆", "银川", "长春", "长沙", "队长", "院长",
        "青岛", "青海", "日喀", "喀什", "通辽", "林芝", "昌都",
    )
)


def _anchor_index(words: list[str], second_first: frozenset[str] = _SECOND_FIRST) -> dict[str, int]:
    """For each first two characters of a word: which of them the word is found from (0 or 1).

    Every word with the same first two characters gets the same one, and a character is the anchor of words at
    one index only: then at an anchor character all candidate words start at the same position, and the regex's
    first match there is the word a plain pass would find at that position (longest first). Where
    second_first would make a character an anchor at both indexes, its words fall back to their first one."""
    index = {w[:2]: int(w[:2] in second_first) for w in words}
    while True:
        role: dict[str, int] = {}
        both = set()
        for pair, k in index.items():
            if role.setdefault(pair[k], k) != k:
                both.add(pair[k])
        if not both:
            return index
        for pair, k in index.items():
            if k == 1 and pair[1] in both:
                index[pair] = 0


def _rests(words: list[str], k: int) -> str:
    """Alternatives for words whose first k+1 characters are already consumed or checked: the rest of the word
    and a lookbehind on the whole word, longest first (as trie() and gated() do)."""
    words = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(f"{re.escape(w[k + 1 :])}(?<={re.escape(w)})" for w in words)


def _words_regex() -> str:
    index = _anchor_index([w for ws in _FAMILIES.values() for w in ws])
    anchors: set[str] = set()
    gates: list[str] = []
    branches: list[str] = []
    for k in (0, 1):
        chosen = [w for ws in _FAMILIES.values() for w in ws if index[w[:2]] == k]
        anchor = char_class(w[k] for w in chosen)
        other = char_class(w[1 - k] for w in chosen)
        anchors.update(w[k] for w in chosen)
        # a quick test of the neighbouring character before the words are tried
        gates.append(f"(?<={anchor})(?={other})" if k == 0 else f"(?<={anchor})(?<={other}.)")
    for name, words in _FAMILIES.items():
        tail = ADDRESS_CUE_TAIL if name == "addr_cue" else ""
        for k in (0, 1):
            chosen = [w for w in words if index[w[:2]] == k]
            if not chosen:
                continue
            anchor = char_class(w[k] for w in chosen)
            # the group (family and anchor index in its name) ends where the word (and its tail) ends
            branches.append(f"(?<={anchor})(?=(?P<{name}{k}>(?:{_rests(chosen, k)}){tail}))")
    gates.append(f"(?<=[{LETTER_FIRST}])")
    branches.append(LETTER_TAIL + "(?P<letter>)")
    # the last characters of county names (address.COUNTY_END_RE) share the pass too, tried where no word matched;
    # find_anchors() tests a word's anchor character for them again
    gates.append(f"(?<=[{COUNTY_CHARS}])")
    branches.append(f"(?<=[{COUNTY_CHARS}]){COUNTY_TAIL}(?P<county>)")
    first = re.escape("".join(sorted(anchors | set(COUNTY_CHARS))))
    return f"[{first}{LETTER_FIRST}](?:{'|'.join(gates)})(?:{'|'.join(branches)})"


WORDS_RE = re.compile(_words_regex())
_COUNTY_SET = frozenset(COUNTY_CHARS)
assert LETTER_RE.pattern == f"[{LETTER_FIRST}]" + LETTER_TAIL  # noqa: S101 - import-time check of the plate-letter pattern


@dataclass
class Anchors:
    """Match spans per family, in text order."""

    title: list[tuple[int, int]] = field(default_factory=list)
    addr_cue: list[tuple[int, int]] = field(default_factory=list)
    place: list[tuple[int, int]] = field(default_factory=list)
    letter: list[int] = field(default_factory=list)
    county: list[int] = field(default_factory=list)  # (match starts of address.COUNTY_END_RE)


def find_anchors(text: str) -> Anchors:
    a = Anchors()
    lists = {
        "title0": (0, a.title.append), "title1": (1, a.title.append),
        "addr_cue0": (0, a.addr_cue.append), "addr_cue1": (1, a.addr_cue.append),
        "place0": (0, a.place.append), "place1": (1, a.place.append),
    }
    letter = a.letter.append
    county = a.county.append
    county_chars = _COUNTY_SET
    county_end = COUNTY_END_RE.match
    last = 0  # where the previous word ends: a plain left-to-right pass would go on from there
    for m in WORDS_RE.finditer(text):
        g = m.lastgroup
        q = m.start()
        if g == "letter":
            if q >= last:
                letter(q)
                last = q + 1
            continue
        if g == "county":
            county(q)
            continue
        if text[q] in county_chars and county_end(text, q) is not None:
            county(q)  # (a word matched at the character: the county branch was not tried)
        k, add = lists[g]  # type: ignore[index]
        if q - k >= last:
            last = m.end(g)  # type: ignore[arg-type]
            add((q - k, last))
    return a
