import random
import re

from xiaobao.engines.pii.rx import first_gate, gated, trie, with_gate


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


# pieces of patterns: literals, classes, groups, repeats, lookarounds, and a lookbehind before any character
_PIECES = (
    "a", "b", "[ab]", "[c-e]", r"\d", "(?:ab|c)", "(a|bd)", "a+", "b*", "(?:cd)?", "[ab]{1,2}?", "(?<=x)a", "(?<!a)b",
    "(?=c)", "(?!d)", "(?<=[xy])[^\n]", "(?<=x)(?:c|d)", "(?<=[ab]).", "$", r"\Z", r"(?:a|\Z)", r"(?:(?:b|\Z)|c)",
)


def _random_pattern(rng: random.Random) -> str:
    branches = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 4))]
    return "|".join(branches)


def test_first_gate_changes_no_match():
    rng = random.Random(17)
    gated_count = 0
    for _ in range(3000):
        pattern = _random_pattern(rng)
        gate = first_gate(pattern)
        if not gate:
            continue
        gated_count += 1
        plain, fast = re.compile(pattern), re.compile(f"{gate}(?:{pattern})")
        for _ in range(5):
            s = "".join(rng.choice("abcdexy1\n") for _ in range(40))
            assert [(m.span(), m.groups()) for m in fast.finditer(s)] == [(m.span(), m.groups()) for m in plain.finditer(s)], (pattern, gate, s)
            assert bool(fast.match(s, 3)) == bool(plain.match(s, 3))
    assert gated_count > 1000  # (most random patterns get a gate: the test tests something)


def test_first_gate_reads_first_characters_and_leading_lookbehinds():
    assert first_gate(r"(?:\d+|[一二])号|[A-Z]座|路") == r"(?=[\d一二A-Z路])"
    assert first_gate(r"(?P<x>保单|发票)(?:号)?|(?<=[镇乡])[\u4e00-\u9fff]{1,3}?庄") == "(?:(?=[保发])|(?<=[镇乡]))"
    assert first_gate(r"(?:(?:[，。]|称|\Z)|说)") == r"(?:(?=[，。称说])|\Z)"  # (a branch that is only the end of the text)
    # no gate when a match may be empty, start with any character or ignore case
    for pattern in ("a|b?", "a|.", "[^a]b", "(?i)ab", "x|$", r"(?<=\w)a|\w"):
        assert first_gate(pattern) == "", pattern
    rx = with_gate(re.compile(r"(?:\d+)号"))
    assert rx.pattern.startswith("(?=") and rx.findall("12号a3号") == ["12号", "3号"]
