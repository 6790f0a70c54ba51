"""A character-level CRF for PERSON and ADDRESS, trained on the project's labelled sets (build_crf.py).

The rules know cue words, titles and the address grammar; a CRF trained on labelled text learns how names
and addresses look from the characters around them, where no rule was written (a bare name after a verb,
an address that starts with a road or a village). It tags units of text (a sentence, cut at 。！？；and line
breaks, and at MAX_UNIT characters) with BIO tags (B-PER, I-PER, B-ADDR, I-ADDR, O) from features of each
character and its neighbours (features()): the characters and their n-grams in a window of two, character
classes (digit, full-width digit, Latin letter, punctuation), and flags from the engine's word lists
(surnames, given-name characters, transliteration syllables, titles and cue words, place names, the
address-grammar characters 省市区县镇乡村组路街巷号楼单元室 and the common words of common_words.txt).
Features depend on the unit's characters alone, so a unit's tags do too, whatever else is scanned with it,
and a unit seen before is answered from a cache.

The model file (pii_crf.crfsuite, next to this module) is read with python-crfsuite; build_crf.py rebuilds it.
combine_crf() in combine.py decides how its spans join the rules' (chosen by leave-one-set-out:
bench/bench_pii_crf.py).
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

from . import lexicon as lx

MODEL_PATH = Path(__file__).with_name("pii_crf.crfsuite")
MAX_UNIT = 200  # units longer than this are cut (at a comma when there is one in the last 60 characters)
CACHE_SIZE = 50_000  # distinct units remembered
LABELS = {"PER": "PERSON", "ADDR": "ADDRESS"}
TYPES = {v: k for k, v in LABELS.items()}

_UNIT_RE = re.compile(r"[^。！？!?；;\n\r]*[。！？!?；;\n\r]?")
_CUT_AT = frozenset("，,、：: \u3000")


def units(text: str) -> list[tuple[int, int]]:
    """The stretches of text the CRF tags one at a time: sentences, cut at MAX_UNIT characters."""
    out: list[tuple[int, int]] = []
    for m in _UNIT_RE.finditer(text):
        a, b = m.span()
        while b - a > MAX_UNIT:
            cut = a + MAX_UNIT
            for k in range(a + MAX_UNIT - 1, a + MAX_UNIT - 60, -1):
                if text[k] in _CUT_AT:
                    cut = k + 1
                    break
            out.append((a, cut))
            a = cut
        if b > a:
            out.append((a, b))
    return out


# ---------------------------------------------------------------- features
def _char_class(c: str) -> str:
    if "0" <= c <= "9":
        return "D"
    if "０" <= c <= "９":
        return "F"
    if c.isascii() and c.isalpha():
        return "L"
    if "\u3400" <= c <= "\u9fff":
        return "H"
    if c.isspace():
        return "S"
    if c in "一二三四五六七八九十百零〇两":
        return "N"
    return "P"


_ADMIN = frozenset("省市区县州旗盟")
_STREET = frozenset("镇乡村组路街巷道屯庄寨社队团连")
_HOUSE = frozenset("号楼栋幢单元室层户弄座院")
_NUMERAL = frozenset("一二三四五六七八九十百零〇两")
_SURNAMES = frozenset(lx.SINGLE_SURNAMES)
_COMMON_SURNAMES = frozenset(lx.COMMON_SURNAMES)


def _flags(c: str) -> str:
    """Word-list flags of one character, as one string (a feature of its own and of its neighbours)."""
    f = []
    if c in _COMMON_SURNAMES:
        f.append("S")
    elif c in _SURNAMES:
        f.append("s")
    if c in lx.GIVEN_CHARS:
        f.append("g")
    if c in lx.TRANSLIT_CHARS or c in lx.FOREIGN_CHARS:
        f.append("t")
    if c in _ADMIN:
        f.append("A")
    if c in _STREET:
        f.append("R")
    if c in _HOUSE:
        f.append("H")
    if c in _NUMERAL or "0" <= c <= "9" or "０" <= c <= "９":
        f.append("9")
    if c in lx.NAME_DOTS:
        f.append("·")
    return "".join(f) or "-"


def _word_table() -> tuple[dict[str, str], int]:
    """Multi-character words the features mark, with a kind: a place (province, city), a left cue before a
    name, a title or right cue after one, an address cue, a compound surname, a common word."""
    from .combine import _COMMON_WORDS

    kinds: dict[str, str] = {}
    for w in _COMMON_WORDS:
        if len(w) >= 2:
            kinds[w] = "w"
    for w in (*lx.RIGHT_CUES, *lx.STRONG_RIGHT_CUES):
        if len(w) >= 2 and w.isalpha():
            kinds[w] = "r"
    for w in (*lx.TITLES, *lx.OFFICE_TITLES):
        kinds[w] = "t"
    for w in lx.LEFT_CUES:
        if len(w) >= 2:
            kinds[w] = "c"
    for w in lx.ADDRESS_CUES:
        kinds[w] = "a"
    for w in (*lx.PROVINCES, *lx.CITIES, *lx.AREAS, *lx.AREA_STEMS):
        kinds[w] = "p"
    for w in lx.COMPOUND_SURNAMES:
        kinds[w] = "k"
    return kinds, max(len(w) for w in kinds)


_WORDS: tuple[list[str], list[str], object] | None = None  # (words, their kinds, an automaton over the words)
_CACHE_CHAR: dict[str, tuple[str, ...]] = {}


def _words() -> tuple[list[str], list[str], object]:
    global _WORDS
    if _WORDS is None:
        import ahocorasick_rs

        table, _ = _word_table()
        words = sorted(table)
        _WORDS = (words, [table[w] for w in words], ahocorasick_rs.AhoCorasick(words))
    return _WORDS


def _word_marks(u: str) -> tuple[list[str], list[str]]:
    """Per character: the kinds of listed words that start at it ("B" + kind) or cover it ("I" + kind), and
    the kinds of words that end right before it (a cue before a name) — the longest word per start (every
    occurrence found in one native Aho–Corasick pass)."""
    _, kinds, automaton = _words()
    n = len(u)
    inside = [""] * n
    before = [""] * (n + 1)
    longest: dict[int, tuple[int, int]] = {}  # start -> (end, word index)
    for w, a, b in automaton.find_matches_as_indexes(u, overlapping=True):  # type: ignore[attr-defined]
        got = longest.get(a)
        if got is None or b > got[0]:
            longest[a] = (b, w)
    for i in sorted(longest):
        b, w = longest[i]
        kind = kinds[w]
        inside[i] += "B" + kind
        for j in range(i + 1, b):
            inside[j] += "I" + kind
        before[b] += kind
    return inside, before


def _char_entry(c: str, cls: str, flg: str) -> tuple[str, ...]:
    """A character's own strings for the features (the character as itself and as each neighbour, its class
    and flags as itself and as each neighbour), made once per distinct character."""
    return ("c" + c, "p" + c, "n" + c, "pp" + c, "nn" + c, "k" + cls, "f" + flg, "fp" + flg, "fn" + flg,
            "fpp" + flg, "fnn" + flg, cls, c)


_PAD_LEFT = _char_entry("^", "^", "^")
_PAD_RIGHT = _char_entry("$", "$", "$")


def features(u: str) -> list[list[str]]:
    """The features of each character of the unit u."""
    n = len(u)
    cache = _CACHE_CHAR
    seq = [_PAD_LEFT, _PAD_LEFT]
    for c in u:
        got = cache.get(c)
        if got is None:
            got = cache[c] = _char_entry(c, _char_class(c), _flags(c))
        seq.append(got)
    seq.append(_PAD_RIGHT)
    seq.append(_PAD_RIGHT)
    inside, before = _word_marks(u)
    inside.append("$")
    out: list[list[str]] = []
    add = out.append
    for i in range(n):
        pp, pv, a, nx, nn = seq[i : i + 5]
        p, c, q = pv[12], a[12], nx[12]
        add(
            [
                a[0],
                pv[1],
                nx[2],
                pp[3],
                nn[4],
                "pc" + p + c,
                "cn" + c + q,
                "pcn" + p + c + q,
                "ppp" + pp[12] + p,
                "nnn" + q + nn[12],
                a[5],
                "kk" + pv[11] + a[11] + nx[11],
                a[6],
                pv[7],
                nx[8],
                pp[9],
                nn[10],
                "w" + inside[i],
                "wb" + before[i],
                "wa" + inside[i + 1],
            ]
        )
    return out


def spans_from_tags(tags: list[str], offset: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, type) of the B/I runs in tags (an I without its B starts a span too)."""
    out: list[tuple[int, int, str]] = []
    start = -1
    label = ""
    for i, t in enumerate(tags):
        if t == "O" or t.startswith("B-") or t[2:] != label:
            if start >= 0:
                out.append((offset + start, offset + i, LABELS[label]))
                start = -1
            if t != "O":
                start, label = i, t[2:]
    if start >= 0:
        out.append((offset + start, offset + len(tags), LABELS[label]))
    return out


def tags_for(n: int, spans: list[tuple[int, int, str]]) -> list[str]:
    """BIO tags of a unit of n characters with these gold spans (PERSON and ADDRESS; offsets in the unit)."""
    tags = ["O"] * n
    for s, e, t in spans:
        label = TYPES.get(t)
        if label is None or s < 0 or e > n:
            continue
        tags[s] = "B-" + label
        for k in range(s + 1, e):
            tags[k] = "I-" + label
    return tags


# ---------------------------------------------------------------- tagging
class CrfTagger:
    """Tags units with the model file; a unit seen before is answered from a cache. Thread-safe."""

    def __init__(self, path: Path = MODEL_PATH) -> None:
        try:
            import pycrfsuite
        except ImportError:  # pragma: no cover - depends on the environment
            from .model import ModelUnavailable

            raise ModelUnavailable(
                "the model tier's PERSON/ADDRESS CRF needs python-crfsuite: pip install python-crfsuite, "
                "or run with --fast (rules only)"
            ) from None

        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[tuple[int, int, str], ...]] = {}
        self.hits = self.misses = 0

    def spans(self, unit: str) -> tuple[tuple[int, int, str], ...]:
        """(start, end, type) found in one unit (offsets in the unit)."""
        got = self._cache.get(unit)
        if got is not None:
            self.hits += 1
            return got
        self.misses += 1
        feats = features(unit)
        with self._lock:
            tags = self._tagger.tag(feats)
        got = tuple(spans_from_tags(tags))
        if CACHE_SIZE:
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()  # (bounded; a dict keeps no order worth evicting by)
            self._cache[unit] = got
        return got

    def clear_cache(self) -> None:
        self._cache.clear()
        self.hits = self.misses = 0


_TAGGER: CrfTagger | None = None
_TAGGER_LOCK = threading.Lock()


def tagger() -> CrfTagger:
    """The process-wide CRF tagger, loaded on first use."""
    global _TAGGER
    if _TAGGER is None:
        with _TAGGER_LOCK:
            if _TAGGER is None:
                _TAGGER = CrfTagger()
    return _TAGGER
