import random
import re

from xiaobao.engines.pii import lexicon as lx
from xiaobao.engines.pii import names


def test_compound_piece_reads_exactly_the_compound_surnames():
    compound = re.compile("(?s:.)" + names._ANCHOR_PIECES["compound"])
    chars = sorted({c for w in lx.COMPOUND_SURNAMES for c in w} | set("王芳客户"))
    for a in chars:
        for b in chars:
            assert bool(compound.fullmatch(a + b)) == (a + b in lx.COMPOUND_SURNAMES), a + b


def test_cue_piece_is_a_cue_word_and_up_to_two_separators_before_the_name():
    cues = re.compile("(?s:.)(?:" + names._ANCHOR_PIECES["cues"] + ")")
    seps = set(names._SEPC)

    def plain(t, p):
        return t[p] != "\n" and any(
            all(c in seps for c in t[p - k : p]) and p - k - len(w) >= 0 and t[p - k - len(w) : p - k] == w
            for k in range(3)
            for w in lx.LEFT_CUES
        )

    rng = random.Random(5)
    pieces = list(lx.LEFT_CUES) + [w[1:] for w in lx.LEFT_CUES] + list("：: 为是叫\n，王芳客户人员理") * 20
    fixed = ["客户：为王芳", "投诉人： 李强", "联系人为：\n王", "客户是是是王", "据王", "致：王", "x客户王"]
    for t in fixed + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(250)]:
        for p in range(len(t)):
            assert bool(cues.match(t, p)) == plain(t, p), (t, p)


def test_count_hint_is_the_count_regex_search():
    rng = random.Random(2)
    for _ in range(3000):
        t = "".join(rng.choice("两二三四五六位人名王芳，") for _ in range(rng.randint(0, 6)))
        assert names._count_hint(t) == (names._COUNT_HINT_RE.search(t) is not None), t
