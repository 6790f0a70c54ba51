import random
import re

from xiaobao.engines.pii import words
from xiaobao.engines.pii.address import ADDRESS_CUE_TAIL, COUNTY_END_RE
from xiaobao.engines.pii.patterns import LETTER_FIRST, LETTER_TAIL


def _flat(ws):
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(ws), key=len, reverse=True)) + ")"


# one plain left-to-right pass over all the words (each family's words longest first), as the anchors are defined
_PLAIN = re.compile(
    f"{_flat(words._FAMILIES['title'])}(?P<title>)"
    f"|{_flat(words._FAMILIES['addr_cue'])}{ADDRESS_CUE_TAIL}(?P<addr_cue>)"
    f"|{_flat(words._FAMILIES['place'])}(?P<place>)"
    f"|[{LETTER_FIRST}]{LETTER_TAIL}(?P<letter>)"
)


def _plain(text):
    a = words.Anchors()
    for m in _PLAIN.finditer(text):
        if m.lastgroup == "letter":
            a.letter.append(m.start())
        else:
            getattr(a, m.lastgroup).append(m.span())
    a.county = [m.start() for m in COUNTY_END_RE.finditer(text)]  # (its own pass, words or not)
    return a


def test_anchors_are_those_of_a_plain_pass_over_all_words_and_county_ends():
    # words found from their second character right after one that ends a word (局长春节, 现居住在), words inside
    # words (家庭住址, 新疆维吾尔自治区), address cues whose tail decides between a longer and a shorter word (家住在1号)
    fixed = ["局长春节前", "住所长期", "现居住在米东区", "家住在1号", "家住在幸福路", "户籍地址：乌鲁木齐", "客户籍贯", "内蒙古自治区",
             "新疆维吾尔自治区乌鲁木齐市", "王局长春", "大姐夫", "海南宁", "上海南京", "LSVAM4187C2184847新A12345",
             "家住米东区长春路", "住在奎屯市", "第十二师一二一团", "大泉村5组", "小区", "城市", "住在苏州", "杭州市", "李村长"]  # (a word at a county end: 苏州)
    pieces = [w for ws in words._FAMILIES.values() for w in ws] + [w[:k] for ws in words._FAMILIES.values() for w in ws
                                                                   for k in range(1, len(w))]
    pieces += ["客户", "内容", "上午", "，", "：", " ", "为", "在", "1", "号", "王", "A", "VIN", "LSVAM4187C218484", "新", "路"]
    pieces += [*"县旗师区州团市镇乡村縣區鎮鄉第一二十小城5", "米东", "奇台", "大泉"]  # (county ends: 米东区, 一二一团)
    rng = random.Random(11)
    texts = fixed + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    for text in texts:
        assert words.find_anchors(text) == _plain(text), text


def test_anchor_index_gives_each_character_one_role():
    ws = ["南通", "海南", "云南", "南京", "北京", "京城", "地址", "住址", "住所"]
    index = words._anchor_index(ws, frozenset({"海南", "北京", "住址", "住所"}))
    roles: dict[str, set[int]] = {}
    for pair, k in index.items():
        roles.setdefault(pair[k], set()).add(k)
    assert all(len(r) == 1 for r in roles.values())
    assert index["南通"] == 0 and index["海南"] == 0  # 南 starts 南通, so 海南 falls back to its first character
    assert index["住址"] == 1  # 址 is no first character: kept
