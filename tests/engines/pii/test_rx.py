import random
import re

from xiaobao.engines.pii.rx import gated, trie


def _flat(words):
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def test_trie_and_gated_match_like_a_longest_first_alternation():
    rng = random.Random(7)
    for _ in range(300):
        words = list({"".join(rng.choice("abcd") for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(1, 10))})
        for suffix in ("", "(?=c)", "d?b"):
            flat = re.compile(_flat(words) + suffix)
            for built in (trie(words) + suffix, trie(words, leaf_class=False) + suffix, gated(words) + suffix):
                rx = re.compile(built)
                for _ in range(10):
                    s = "".join(rng.choice("abcdx") for _ in range(30))
                    assert [m.span() for m in rx.finditer(s)] == [m.span() for m in flat.finditer(s)], (words, s)
