"""Rules and the PERSON model together (the "model" tier of scan()).

Each covers the other's weakness:
  * the rules keep cue words, titles (张先生 / 王芳女士: surname + title), hints and minority names with a middle
    dot, whose spans they get exactly; structured types and addresses never go near the model;
  * the model (model.py) finds bare names in running prose ("叶老桂认为…", lists, bylines) that no cue marks;
  * the lexicon vetoes model names that are places, organisations or ordinary words (石河子, 王府井百货,
    王牌驾乘险), and the model vetoes weak rule guesses that it reads as a place or an organisation.

Only clauses (cut at sentence ends) that could hold a name are tagged, all clauses of all
texts in shared batches: clauses holding a rule name, and clauses where a name can start — a surname or
transliteration character followed by another Chinese character, unless the two are a common word (公司,
提出, 平安) or the character ends a common word (监管转…, 双方在…; common_words.txt, from jieba's dictionary).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from pathlib import Path

from . import lexicon as lx
from .model import Entity, tagger
from .rx import char_class, trie

Span = tuple[int, int, str, float]

MODEL_SCORE = 0.65  # below every rule score: where a rule and the model disagree on a span, the rule wins
_CLAUSE_RE = re.compile(r"[^。！？!?；;\n\r\t]+")
_CANDIDATE_RE = re.compile("(?=" + char_class(lx.NAME_STARTS) + r"[\u3400-\u9fff])")  # overlapping: 王李明
_NOT = lx.NOT_NAMES
_WORDS_PATH = Path(__file__).with_name("common_words.txt")
_COMPOUNDS = frozenset(lx.COMPOUND_SURNAMES)
_COMMON_WORDS = frozenset(
    w for w in _WORDS_PATH.read_text(encoding="utf-8").split("\n") if w and not w.startswith("#")
) | _NOT
_HAN = re.compile(r"[\u3400-\u9fff]")
_DOTS = set(lx.NAME_DOTS)
_PLACES = frozenset(lx.PROVINCES) | frozenset(lx.CITIES)
# a model "name" followed by one of these is an organisation, a product or a place (王府井百货, 高兴家财险)
_ORG_TAIL_RE = re.compile(
    r"(?:公司|集团|银行|保险|财险|人寿|大学|学院|学校|医院|协会|中心|委员会|局|厅|部|处|所|院|店|百货|商场|超市|酒店|"
    r"广场|大厦|小区|村|镇|乡|街道|路|街|市|县|区|州|省|山|湖|河|江|险|牌|号|站|队|团|会|社|网|台|报|杯|奖|基金|"
    # or an insurance product (宋韵百万医疗, 金安康意外险, 安心宝·驾乘人员意外)
    r"[·•・‧]?(?:百万医疗|医疗险|医疗保险|意外险|重疾|年金|驾乘|家财|寿险|无忧))"
)
# rule spans at or above this score come from cue words, titles, dots or hints: the model never vetoes them
# as places; titles, dots and hints (0.9 and more) are never vetoed at all
_STRONG_RULE = 0.85
_TITLE_RULE = 0.9
_DOTTED_MODEL = 0.88  # a dotted model name: above cue rules (0.85), below the rules' own dotted names (0.9)
_STRONG_RIGHT_RE = re.compile(trie(lx.STRONG_RIGHT_CUES))
_VERB_ENDS = frozenset(w for w in lx.RIGHT_CUES + lx.STRONG_RIGHT_CUES if len(w) == 2) | frozenset(
    ("承担", "负责", "介绍", "指出", "透露", "告诉", "强调", "坦言", "回忆", "解释", "发现", "希望", "打算", "决定",
     "通话", "代签", "代缴", "代为")
)
# a numeral and a measure word right before a "name": a thing (一份, 两瓶, 3杯)
_MEASURE_BEFORE_RE = re.compile(r"[一二两三四五六七八九十几\d][份杯瓶碗盒包袋罐箱斤块盘串]$")
# forms of address after a name (杭弈筠姐, 王强哥): not part of it
_ADDRESS_SUFFIXES = frozenset("姐哥叔姨")
_SINGLES = frozenset(lx.SINGLE_SURNAMES)
_PLACE_OR_NOUN_TAGS = frozenset({"LOC", "ORG", "n"})
_NOT_NAME_TAGS = frozenset({"v", "vd", "vn", "a", "ad", "an", "d", "c", "p", "u", "r", "m", "q", "t", "f", "xc", "TIME"})


def _candidate(clause: str) -> bool:
    """Can a name start in this clause? Not at a common word (公司, 提出, 平安), nor at a common word's second
    character (监管转…, 双方在…); a compound surname always can (欧阳 is also a place)."""
    words = _COMMON_WORDS
    for m in _CANDIDATE_RE.finditer(clause):
        i = m.start()
        two = clause[i : i + 2]
        if two in _COMPOUNDS or (two not in words and (i == 0 or clause[i - 1 : i + 1] not in words)):
            return True
    return False


def _good_model_name(text: str, e: Entity) -> bool:
    name = text[e.start : e.end]
    n = len(name)
    if n < 2:
        return False
    dotted = any(c in _DOTS for c in name)
    if not dotted and n > 4:
        return False
    if not all(_HAN.match(c) or c in _DOTS for c in name) or "某" in name:
        return False  # (王某, 李某某: a name withheld, nothing to protect)
    if name in _PLACES or name in _NOT or (name[:2] in _NOT and n == 2):
        return False
    if n >= 3 and not dotted and name[-2:] in _VERB_ENDS:
        return False  # 苏承担 (…那日苏承担全部责任): a name does not end in a verb
    if _MEASURE_BEFORE_RE.search(text, max(0, e.start - 2), e.start):
        return False  # 点了一份王老吉, 买了两瓶…: counted things are no people
    return _ORG_TAIL_RE.match(text, e.end) is None


def add_model_names(texts: Sequence[str], rule_spans: list[list[Span]]) -> list[list[Span]]:
    """rule_spans with the model's names added (and weak rule names it reads as places or organisations
    removed); one list per text, overlaps left to the scanner's resolution."""
    clauses: list[tuple[int, int, str]] = []  # (text index, offset, clause)
    for i, text in enumerate(texts):
        names = sorted((sp[0], sp[1]) for sp in rule_spans[i] if sp[2] == "PERSON")
        k = 0
        for m in _CLAUSE_RE.finditer(text):
            a, b = m.span()
            while k < len(names) and names[k][1] <= a:
                k += 1
            # a clause holding a rule name is always tagged: the model may extend or veto it
            if (k < len(names) and names[k][0] < b) or _candidate(m.group()):
                clauses.append((i, a, m.group()))
    if not clauses:
        return rule_spans
    tagged = tagger().tag([c for _, _, c in clauses])
    per_text: dict[int, list[Entity]] = {}
    for (i, off, _), ents in zip(clauses, tagged, strict=True):
        per_text.setdefault(i, []).extend(Entity(off + e.start, off + e.end, e.label) for e in ents)
    out: list[list[Span]] = []
    for i, spans in enumerate(rule_spans):
        ents = per_text.get(i)
        out.append(spans if ents is None else _merge(texts[i], spans, ents))
    return out


def _dotted(text: str, ents: list[Entity]) -> list[Entity]:
    """PER · PER (艾克拜尔·肉孜, tagged as two names, the dot with either) becomes one name."""
    out: list[Entity] = []
    for e in ents:
        prev = out[-1] if out else None
        if prev is not None and e.label == "PER" and prev.label == "PER":
            joined = (prev.end == e.start and text[prev.end - 1] in _DOTS) or text[e.start] in _DOTS
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


def _trim(text: str, e: Entity) -> Entity:
    """子文春敏 → 文春敏: a first character that is no surname before one that is; 杭弈筠姐 → 杭弈筠: a form of
    address at the end; 祁蔚通(话) → 祁蔚: a last character that starts a verb with the next one (not for
    dotted names)."""
    if e.end - e.start < 3 or any(c in _DOTS for c in text[e.start : e.end]):
        return e
    if not _starts_with_surname(text, e.start) and _starts_with_surname(text, e.start + 1):
        return Entity(e.start + 1, e.end, e.label)
    if text[e.end - 1] in _ADDRESS_SUFFIXES or text[e.end - 1 : e.end + 1] in _VERB_ENDS:
        return Entity(e.start, e.end - 1, e.label)
    return e


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
    kept: list[Span] = []
    persons: list[Span] = []
    for sp in spans:
        if sp[2] == "PERSON" and _STRONG_RIGHT_RE.match(text, sp[1]) is None:  # (宁静称… stays a name)
            if sp[3] < _STRONG_RULE and places.contain(sp[0], sp[1]):
                continue  # the model reads this weak rule guess as a place, an organisation or a noun (对方全责)
            if sp[3] < _TITLE_RULE and words.contain(sp[0], sp[1]):
                continue
        if sp[2] == "PERSON":
            persons.append(sp)
        kept.append(sp)
    # rule names by start (they are few; a model name overlaps at most a handful of them)
    persons_by_start = sorted(persons)
    person_starts = [p[0] for p in persons_by_start]
    longest_person = max((p[1] - p[0] for p in persons), default=0)
    coverage: _Coverage | None = None
    for e in ents:
        if e.label != "PER":
            continue
        e = _trim(text, e)
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
    return kept
