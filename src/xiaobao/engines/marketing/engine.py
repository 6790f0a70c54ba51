"""Marketing-material checker: regex candidates, then per-match context decisions.

For speed, each code's rules are joined into one alternation with a named group per rule, so the text is
scanned once per code; every candidate is then accepted or rejected by its rule's context checks
(negation and warning words, exception windows, co-occurrence).
"""

from __future__ import annotations

import gc
import hashlib
import os
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, fields, make_dataclass
from functools import lru_cache
from itertools import compress, repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

import numpy as np

from xiaobao.engines.marketing.prefilter import literal_places, literal_test, quick_reject, uncapture
from xiaobao.engines.marketing.rules import CODES, Rule, RuleSet, load_rules

# Clause boundaries: negation and exception windows never cross them.
_BOUNDARY = "，,。！？!?；;\n"
_CLAUSE_END = re.compile(f"[{_BOUNDARY}]")
_OPEN_QUOTES = "“\"「『‘《"

# Full-width digits, Latin letters, % and the ideographic space are folded to ASCII before matching;
# the mapping keeps every offset unchanged.
_FOLD = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}
_FOLD.update({c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)})
_FOLD.update({c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)})
_FOLD.update({0xFF05: ord("%"), 0x3000: ord(" ")})
_NEEDS_FOLD = re.compile("[\uff05\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000]")
# Windows closer than this are scanned as one: a regex call costs more than scanning a few dozen chars.
_MERGE_GAP = 64
# Quotation scope: a claim inside quotation marks, in a text that warns, educates or reports someone else's
# violation anywhere (以案说险, 风险提示, 常见误区, news of a penalty), is being talked about, not made.
_QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", "‘": "’", "\"": "\""}
_WARNING_TEXT = re.compile(
    "警惕|警觉|警示|提醒|风险提示|温馨提示|消费提示|消保提示|误区|谨防|防范|当心|小心|留个?心眼|多个心眼|以案说险|案例|不存在|骗局|陷阱|套路|"
    "识别|甄别|别信|不要相信|不要轻信|不可信|切勿|勿信|虚假宣传|误导|违规|违法|被罚|处罚|罚款|通报|上当|受骗|骗子|"
    "所谓|号称|声称|宣称|称为|网友称|专家|记者|报道|据悉|责令|新闻[：:]|网上流传|勿轻信|监管(部门|局|机构)?(提示|提醒|通报|指出)|"
    # education and review texts: 认清/看清 what is quoted, 别被“…”骗了, a review opinion that strikes phrases
    "认清|看清|辨别|分辨|擦亮眼睛|别被|被骗|骗了|审查意见|审核意见|删除|整改|不得使用|禁用|消费者教育|金融(知识|教育)|科普|"
    # rumours denied, and claims questioned or forbidden (网传…经核实为谣言, …靠谱吗, 一律不许说)
    "网传|谣言|辟谣|不实|靠谱吗|可信吗|是真的吗|真的是这样吗|真的吗|不许|不准|不能说|不该说|冷静(?!期)|"
    # warnings in everyday words (多长个心眼, 别再相信“…”了) and the rule that forbids the words (被明确禁止)
    "长个?心眼|别再?相信|不要再?相信|别再信|莫信|禁止|"
    # complaints about what an agent said (消费者反映, 已被公司处理)
    "反映|投诉|被(公司|监管|单位)?处理|"
    # explainers of a sales trick (什么是“炒停售”, 常见说法包括…, 制造稀缺感) and claims checked (…是不是真的)
    "什么是[“\"「]|常见(的)?(说法|话术|套路)|(这些|此类|这类)(说法|话术)|制造[^，。]{0,4}(紧迫感|稀缺感|焦虑)|是不是真的|是否属实|别听|不要听"
)
# A quotation is talked about, whatever the rest of the text, when it is introduced as something heard or
# advertised (一听到“…”, 宣传说“…”, 网传“…”), or followed by "this kind of claim" (“…”——这种说法).
# (有人跟您说“…” relays a claim; 亲戚问我买什么能“…” asks about one)
_QUOTE_INTRO = re.compile(uncapture(
    "(听到|看到|见到|碰到|遇到|刷到|听信|听说|听人说|网传|传言|标榜|打着|号称|所谓|声称|宣称|吹嘘|看待|(宣传|广告|有人|别人|销售|业务员|代理人|他们|他|她|对方)"
    "([跟对和给向](你|您|我|大家|客户))?(说|讲|称|里|上|中)|(从来|从|绝|决)不[^，。！？!?“”]{0,4}(说|讲|承诺|提))[^，。！？!?]{0,3}$|问[^，。！？!?]{0,6}$"
))
_QUOTE_OUTRO = re.compile(
    "[—\\-－…\\s]*(?:(?:这|那)(?:种|类|些|样的?)|此类|之类的?|一类的?|的)"
    "(?:说法|话|话术|宣传|宣传语|承诺|字眼|用语|广告|口号|噱头)"
)


# a claim that the rest of its sentence warns against (任何承诺保本高收益的…都要警惕): talked about, not made
_WARNED_AFTER = quick_reject(re.compile(uncapture(
    "(都|也)?(要|需|需要|应|应当|请|得)?(警惕|警觉|当心|小心|提防|留个?心眼|多个心眼|擦亮眼睛)"
    "|(是|属于|都是)(骗局|陷阱|套路|违规|违法|误导|虚假|忽悠|骗人|假的|瞎说|胡说)"
    # …，属于对保险产品的不实宣传; 构成误导
    "|(属于|构成)[^，。！？!?]{0,10}(不实|虚假|误导|欺骗|违规|违法)"
    # …，我问了客服，客服说不能
    "|(客服|公司|对方|银行|工作人员|柜员)[^，。！？!?]{0,2}(说|讲|答复|回答|表示)(是)?(不能|不行|不可以|不是)"
    # a penalty or correction that follows (…，违反了相关规定; …，这种说法是错误的)
    "|违反|(说法|话术|宣传)[^，。！？!?]{0,2}(是)?(错误|错的|不对|不实|不正确)|(是)?(错误|不对|不正确|不实)的(说法|话术|宣传)"
    # …是不对的 (说它是“存单”是不对的)
    "|(是|就是)(不对|错|错误|不正确)的"
    # a complaint that follows (…，消费者投诉未被告知)
    "|(消费者|客户|用户|投保人|市民|网友)[^，。！？!?]{0,4}(投诉|反映|举报)"
    # a claim checked and denied (…我去查了一下根本没有这回事)
    "|(根本|压根)没(有)?这回事"
)))
_SENTENCE_END = re.compile("[。！？!?\n]")
# a claim someone believed (张先生以为…什么都赔, 听信…保本) is a belief being told, not a claim made: the belief word
# stands before the claim in its clause, at most _BELIEF_REACH characters back
_BELIEF = re.compile("以为|误认为|听信|轻信")
# A report (a penalty decision, a case study, a complaint, news) tells what a seller said: in such a text, a claim
# whose sentence names the seller and a saying verb before it (当事人…宣传…, 代理人宣称…, 销售人员介绍时称其…)
# is reported speech, quoted or not.
_REPORT_TEXT = quick_reject(re.compile(uncapture(
    "经查|违法(违规)?(事实|行为)|处罚决定|行政处罚|责令|罚款|被[^，。]{0,6}(罚|处罚|通报|查处|解除|处理|开除)|以案说险|案例|投诉|通报|查处|"
    "判决|法院|本院|原告|被告|仲裁|"
    "据报道|记者|监管(部门|局|机构)?(提示|提醒|指出|发现)|风险提示|消费者(反映|称)"
)))
_REPORTER = quick_reject(re.compile(uncapture(
    "(当事人|涉事|该(公司|机构|业务员|代理人|销售人员|营销员|人员|员工)|销售人员|营销人员|营销员|业务员|代理人|工作人员|员工|"
    "客户经理|理财经理|推销员|不法分子|骗子)[^。！？!?\n]{0,24}?(称|宣称|声称|宣传|承诺|表示|介绍|告诉|保证|夸口|吹嘘|说|以|发布|发了|写了|贴出)"
)))
_SENTENCE_REACH = 80
_BELIEF_REACH = 16
_REPORTER_PLACES = literal_places(_REPORTER)
_BELIEF_PLACES = literal_places(_BELIEF)
_CODE_INDEX = {code: i for i, code in enumerate(CODES)}
_DENIGRATE = _CODE_INDEX["DENIGRATE_COMPETITOR"]
_Kept = tuple[int, int, int, Rule]  # an accepted claim: (start, end, index of its code, rule)
_FIRST, _SECOND = itemgetter(0), itemgetter(1)


def _drop_warned_after(text: str, kept: list[_Kept]) -> list[_Kept]:
    """The kept claims whose sentence does not go on to warn against them.

    Per sentence, the answers are monotone in the claim's end: a warning found at position p answers "yes"
    for every claim ending at or before p, and "none after e" answers "no" for every claim ending after e;
    so a sentence holding many claims is searched only a few times, with the same answers as one search each.
    Running a rival down is never defused this way: a warning after it (买他们的小心赔不出来) is aimed at the
    rival, and is part of the denigration.
    """
    out: list[_Kept] = []
    n = len(text)
    lo = hi = -1  # no sentence end in [lo, hi); the sentence of an end in [lo, hi] ends at hi
    yes_upto = no_from = -1
    find_end = _SENTENCE_END.search
    find_warning = _WARNED_AFTER.search
    for item in kept:
        if item[2] == _DENIGRATE:
            out.append(item)
            continue
        end = item[1]
        if not lo <= end <= hi:
            m = find_end(text, end)
            new_hi = m.start() if m else n
            if new_hi != hi:
                yes_upto, no_from = -1, new_hi + 1
            lo, hi = end, new_hi
        if end <= yes_upto:
            continue
        if end < no_from:
            w = find_warning(text, end, hi)
            if w is not None:
                yes_upto = w.start()
                continue
            no_from = end
        out.append(item)
    return out


# From this many kept claims on, _drop_preceded first finds on arrays the claims with a literal of its cue
# (prefilter.literal_places) in reach before them, and searches only those: a long text holds tens of thousands
# of claims, and the cue is rare. Fewer claims are searched one by one (numpy's fixed cost is larger).
_ARRAYS_FROM = 200


def _literal_before(text: str, places: re.Pattern[str], starts: np.ndarray, reach: int) -> np.ndarray:
    """Per claim start s: whether a place of `places` (prefilter.literal_places) lies wholly in
    text[max(s - reach, 0):s]."""
    spans = [m.span(1) for m in places.finditer(text)]
    if not spans:
        return np.zeros(len(starts), dtype=bool)
    occ = np.array(spans, dtype=np.int64)  # in order of start
    first_end = np.minimum.accumulate(occ[::-1, 1])[::-1]  # the earliest end among the places from each on
    k = np.searchsorted(occ[:, 0], np.maximum(starts - reach, 0))
    inside: np.ndarray = k < len(occ)
    inside[inside] = first_end[k[inside]] <= starts[inside]
    return inside


def _starts(kept: list[_Kept]) -> np.ndarray:
    return np.fromiter(map(_FIRST, kept), dtype=np.int64, count=len(kept))


def _without(kept: list[_Kept], dropped: list[int]) -> list[_Kept]:
    """`kept` without the items at the indices `dropped` (in order); `kept` itself when there are none."""
    if not dropped:
        return kept
    keep = [True] * len(kept)
    for i in dropped:
        keep[i] = False
    return list(compress(kept, keep))


def _drop_preceded(text: str, kept: list[_Kept], cue: re.Pattern[str], reach: int,
                   boundary: re.Pattern[str], places: re.Pattern[str] | None = None) -> list[_Kept]:
    """The kept claims with no `cue` before them in their clause or sentence (up to the last `boundary` in the
    `reach` characters before the claim). `places`: the cue's literal places (prefilter.literal_places), to
    skip the claims with none of them in reach (found on arrays: only the others are looked at one by one)."""
    find = cue.search
    if places is not None and len(kept) >= _ARRAYS_FROM:
        maybe: Iterable[int] = np.flatnonzero(_literal_before(text, places, _starts(kept), reach)).tolist()
    else:
        maybe = range(len(kept))
    dropped: list[int] = []
    for i in maybe:
        start = kept[i][0]
        lo = start - reach
        window = text[lo if lo > 0 else 0:start]
        m = boundary.search(window[::-1])
        if find(window[len(window) - m.start():] if m else window) is not None:
            dropped.append(i)
    return _without(kept, dropped)


def _drop_reported(text: str, kept: list[_Kept]) -> list[_Kept]:
    """The kept claims not reported as a seller's words (in a report, the seller and a saying verb before the
    claim in its sentence, at most _SENTENCE_REACH characters back)."""
    return _drop_preceded(text, kept, _REPORTER, _SENTENCE_REACH, _SENTENCE_END, _REPORTER_PLACES)


def _drop_believed(text: str, kept: list[_Kept]) -> list[_Kept]:
    """The kept claims not told as someone's belief (以为/听信 before them in their clause)."""
    return _drop_preceded(text, kept, _BELIEF, _BELIEF_REACH, _CLAUSE_END, _BELIEF_PLACES)


_OPEN_QUOTE_RE = re.compile("[" + "".join(_QUOTE_PAIRS) + "]")


def _quoted(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quotation (the marks excluded), in order and never overlapping; a quote left
    open ends the list. Opening marks are found by a regex search, not a loop over every character."""
    out: list[tuple[int, int]] = []
    find_open = _OPEN_QUOTE_RE.search
    m = find_open(text)
    while m is not None:
        i = m.start()
        j = text.find(_QUOTE_PAIRS[text[i]], i + 1)
        if j < 0:
            break
        out.append((i + 1, j))
        m = find_open(text, j + 1)
    return out


def _warns_outside(text: str, quotes: list[tuple[int, int]]) -> bool:
    """Whether the text warns, educates or reports (_WARNING_TEXT) in its own words: a warning word that lies
    wholly inside a quotation is part of what is quoted (a seller's “他们家今年被罚了好几次” in a call excerpt),
    not the text's own warning. The matches are taken in order; the first one outside every quotation decides."""
    starts = [s for s, _ in quotes]
    for m in _WARNING_TEXT.finditer(text):
        k = bisect_right(starts, m.start()) - 1
        if k < 0 or m.end() > quotes[k][1]:
            return True
    return False


def _reported(text: str, quote: tuple[int, int]) -> bool:
    """Whether a quotation is introduced as something heard or advertised, or followed by "this claim"."""
    start, end = quote
    lo = start - 9
    return bool(_QUOTE_INTRO.search(text, lo if lo > 0 else 0, start - 1) or _QUOTE_OUTRO.match(text, end + 1))


def _outside_quotes(kept: list[_Kept], quotes: list[tuple[int, int]]) -> list[_Kept]:
    """The claims not inside a quotation. Quotations are ordered and disjoint, so the only one that can
    hold a claim is the last one starting at or before it (a binary search, not a scan of all quotes).
    A claim that runs from its lead-in into a quotation (承诺“年化收益…”) ends inside it: it is quoted too.
    From _ARRAYS_FROM claims on, the binary searches of all claims are one numpy call."""
    if len(kept) >= _ARRAYS_FROM and quotes:
        q = np.array(quotes, dtype=np.int64).reshape(-1, 2)
        at, end = _starts(kept), np.fromiter(map(_SECOND, kept), dtype=np.int64, count=len(kept))
        last = np.searchsorted(q[:, 0], at, side="right") - 1  # the last quotation starting at or before the claim
        inside = (last >= 0) & (end <= q[np.maximum(last, 0), 1])
        following = np.minimum(last + 1, len(q) - 1)  # the next one, if any: does the claim end inside it?
        inside |= (last + 1 < len(q)) & (q[following, 0] <= end) & (end <= q[following, 1])
        return _without(kept, np.flatnonzero(inside).tolist())
    starts = [s for s, _ in quotes]
    out = []
    for item in kept:
        k = bisect_right(starts, item[0]) - 1
        if k >= 0 and item[1] <= quotes[k][1]:
            continue
        if k + 1 < len(quotes) and starts[k + 1] <= item[1] <= quotes[k + 1][1]:
            continue
        out.append(item)
    return out


@dataclass(frozen=True, slots=True)
class Finding:
    """One marketing violation found in a text (offsets are str indices, end exclusive)."""

    code: str
    start: int
    end: int
    text: str
    explanation: str
    basis: str
    suggestion: str | None = None
    rule: str = ""
    source: str = "rules"  # "rules", or "classifier" for a code the classifier added (second_opinion.py)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# Findings are built as this mutable twin (same slots, in the same order) and then given their class: a
# frozen dataclass sets each field through object.__setattr__, three times slower than a plain slot store,
# and a text can hold thousands of findings. The result is an ordinary, frozen Finding.
_Unfrozen = make_dataclass("_Unfrozen", [(f.name, f.type) for f in fields(Finding)], slots=True)


@lru_cache(maxsize=1)
def default_rules() -> RuleSet:
    """The built-in rule set, loaded once."""
    return load_rules()


_Accept = Callable[[str, int, int], bool]


def _acceptor(rule: Rule) -> _Accept:
    """The rule's context checks as one function of (text, start, end): True when the match is a claim.

    Built once per rule with every regex method and window bound to a local, so a check costs the regex
    searches and little else (the text holds thousands of candidates, each checked once):
    - a word inside the match that defuses it (unless_in_match);
    - a negation or warning before it, in its clause (before_check; a quoted term looks three times further);
    - a "…的说法" or exception after it, in its clause (after_check);
    - words either side, across clauses, that defuse it (unless_nearby) or that it needs (requires_nearby).
    """
    in_match = rule.unless_in_match.search if rule.unless_in_match is not None else None
    before = rule.before_check.search if rule.before_check is not None else None
    after = rule.after_check.search if rule.after_check is not None else None
    unless_near = rule.unless_nearby.search if rule.unless_nearby is not None else None
    requires_near = rule.requires_nearby.search if rule.requires_nearby is not None else None
    # each check's literal test (prefilter.literal_test) on the same span: nothing found, no match possible
    in_match_lit = literal_test(rule.unless_in_match)
    before_lit = literal_test(rule.before_check)
    after_lit = literal_test(rule.after_check)
    unless_lit = literal_test(rule.unless_nearby)
    requires_lit = literal_test(rule.requires_nearby)
    near = unless_near is not None or requires_near is not None
    before_window, after_window, near_window = rule.before_window, rule.after_window, rule.nearby_window
    clause_end = _CLAUSE_END.search
    open_quotes = _OPEN_QUOTES

    def accept(text: str, start: int, end: int) -> bool:
        if in_match is not None and in_match_lit(text, start, end) and in_match(text[start:end]):
            return False
        # a quoted term (“最佳”) is usually being talked about: look further for the warning around it
        widen = 3 if start and text[start - 1] in open_quotes else 1
        if before is not None:
            lo = start - before_window * widen
            if lo < 0:
                lo = 0
            if before_lit(text, lo, start) and before(text, lo, start):
                return False
        if after is not None:
            hi = end + after_window * widen
            if after_lit(text, end, hi):
                m = clause_end(text, end, hi)
                if after(text[end:m.start() if m is not None else hi]):
                    return False
        if near:
            lo = start - near_window
            if lo < 0:
                lo = 0
            hi = end + near_window
            if unless_near is not None and (
                (unless_lit(text, lo, start) and unless_near(text[lo:start]))
                or (unless_lit(text, end, hi) and unless_near(text[end:hi]))
            ):
                return False
            if requires_near is not None and not (
                (requires_lit(text, lo, start) and requires_near(text[lo:start]))
                or (requires_lit(text, end, hi) and requires_near(text[end:hi]))
            ):
                return False
        return True

    return accept


# per rule set: for each gate regex, (its rule's acceptor, the index of its code, its rule); rule sets are
# immutable, so the plan is built once (a few rule sets at most: the built-in one and files given to the CLI)
_PLANS: dict[int, tuple[RuleSet, tuple[tuple[_Accept, int, Rule], ...]]] = {}


def _plan(ruleset: RuleSet) -> tuple[tuple[_Accept, int, Rule], ...]:
    entry = _PLANS.get(id(ruleset))
    if entry is not None and entry[0] is ruleset:
        return entry[1]
    per_rule = [(_acceptor(rule), _CODE_INDEX[rule.code], rule) for rule in ruleset.rules]
    plan = tuple(per_rule[owner] for owner in ruleset.owners)
    if len(_PLANS) >= 16:
        _PLANS.clear()
    _PLANS[id(ruleset)] = (ruleset, plan)
    return plan


# A candidate is (key, start, end, pattern index). The key orders candidates by place, longest first, then as
# they were first found one literal occurrence at a time (a match tried at a shorter literal first, then the
# order of the rule patterns; matches found by a window scan after all of those) - one int, cheaper to sort
# by than a tuple: ((start * _SHIFT + _LAST - end) << _TIE_BITS) | tie.
_SHIFT = 1 << 40
_LAST = _SHIFT - 1
_TIE_BITS = 17
_WINDOW_TIE = 1 << 16
_KEY = itemgetter(0)
_Cand = tuple[int, int, int, int]


# From this many literal occurrences on, the windows are merged on arrays (a long text: hundreds of thousands)
_WINDOW_ARRAYS_FROM = 2000


_Parts = list[tuple["list[int] | np.ndarray", int, int]]  # per literal: (its starts, back, reach)


def _windows(parts: _Parts) -> list[tuple[int, int]]:
    """The windows to scan around a regex's literal occurrences ((starts, back, reach) per literal): each
    occurrence s gives [max(s - back, 0), s + reach); spans closer than _MERGE_GAP are scanned as one."""
    spans = [(s - back if s > back else 0, s + reach) for starts, back, reach in parts for s in starts]
    # literals are reported in the order they end: sort, then merge
    spans.sort()
    windows: list[list[int]] = []
    for lo, hi in spans:
        if windows and lo <= windows[-1][1] + _MERGE_GAP:
            if hi > windows[-1][1]:
                windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    return [(lo, hi) for lo, hi in windows]


def _windows_on_arrays(parts: _Parts) -> list[tuple[int, int]]:
    """_windows on arrays. With the spans in order of start, a window's end so far is the running maximum of
    the ends (a span never ends before it starts, so every earlier window ended below this one's first
    start); a window starts where a span starts more than _MERGE_GAP after the running maximum before it."""
    los = np.concatenate([np.maximum(np.asarray(starts) - back, 0) for starts, back, _ in parts])
    his = np.concatenate([np.asarray(starts) + reach for starts, _, reach in parts])
    order = np.argsort(los, kind="stable")
    lo, hi = los[order], np.maximum.accumulate(his[order])
    first = np.flatnonzero(np.concatenate(([True], lo[1:] > hi[:-1] + _MERGE_GAP)))
    last = np.append(first[1:] - 1, len(lo) - 1)
    return list(zip(lo[first].tolist(), hi[last].tolist(), strict=True))


def _candidates(ruleset: RuleSet, text: str) -> list[_Cand]:
    """Regex matches worth a context check, as (key, start, end, pattern index).

    The literal pre-filter gives the places to look: a pattern that starts with its literal is matched
    right there (at every occurrence of the literal at once: `map` calls `match` without a Python loop);
    any other pattern is searched in a window around the literal.
    """
    gate = ruleset.gate
    assert gate is not None  # noqa: S101 - type narrowing: a loaded ruleset always has its gate
    n = len(text)
    regexes, scans = gate.regexes, gate.scans
    found: list[_Cand] = []
    append = found.append
    # per regex scanned in windows: (starts of a literal, chars a match may start before it, reach after it)
    raw: dict[int, _Parts] = {e: [([0], 0, n)] for e in gate.ungated}
    many = False
    if gate.automaton is not None:
        # occurrences per literal, the literals in the order they first occur (so the window scans below
        # run in the same order as when occurrences were taken one at a time)
        at: defaultdict[int, list[int]] = defaultdict(list)
        occurrences = gate.automaton.find_matches_as_indexes(text, overlapping=True)
        for li, start, _ in occurrences:
            at[li].append(start)
        many = len(occurrences) >= _WINDOW_ARRAYS_FROM
        actions, ties = gate.actions, gate.ties
        shift, last, bits = _SHIFT, _LAST, _TIE_BITS
        texts = repeat(text)
        for li, starts in at.items():
            direct, windowed = actions[li]
            tie = ties[li]
            for match, e in direct:
                for start, mm in zip(starts, map(match, texts, starts), strict=True):
                    if mm is not None:
                        end = mm.end()
                        append((((start * shift + last - end) << bits) | tie, start, end, e))
                tie += 1
            seq = np.array(starts, dtype=np.int64) if many and windowed else starts
            for e, back, reach in windowed:
                parts = raw.get(e)
                if parts is None:
                    raw[e] = parts = []
                parts.append((seq, back, reach))
    for e, parts in raw.items():
        windows = _windows_on_arrays(parts) if many else _windows(parts)
        # in each window, one more pass after the last match finds matches overlapping it (a rejected match
        # must not hide an acceptable one that starts inside it)
        scan = scans[e] if scans else None
        if scan is not None:
            # the window-scan form (prefilter.window_scan): each search finds the next match, as group 1
            search = scan.search
            for lo, hi in windows:
                pos = lo
                while pos < hi:
                    first = -1
                    mm = search(text, pos, hi)
                    while mm is not None:
                        first, end = mm.span(1)
                        append((((first * _SHIFT + _LAST - end) << _TIE_BITS) | _WINDOW_TIE, first, end, e))
                        mm = search(text, end, hi)  # never an empty match: it could not start with a character
                    if first < 0:
                        break
                    pos = first + 1
            continue
        finditer = regexes[e].finditer
        for lo, hi in windows:
            pos = lo
            while pos < hi:
                first = -1
                for mm in finditer(text, pos, hi):
                    first, end = mm.span()
                    append((((first * _SHIFT + _LAST - end) << _TIE_BITS) | _WINDOW_TIE, first, end, e))
                if first < 0:
                    break
                pos = first + 1
    return found


def _check(text: str, ruleset: RuleSet) -> list[Finding]:
    folded = text.translate(_FOLD) if _NEEDS_FOLD.search(text) else text
    candidates = _candidates(ruleset, folded)
    # longest first at each place (a stable sort: on equal spans, matches found at their literal come before
    # matches found by a window scan); one finding per place and code (an accepted finding hides the
    # overlapping candidates of its code, a rejected one hides nothing)
    candidates.sort(key=_KEY)
    plan = _plan(ruleset)
    last_end = [-1] * len(CODES)
    kept: list[_Kept] = []
    append = kept.append
    for _, start, end, e in candidates:
        accept, ci, rule = plan[e]
        if start < last_end[ci] or not accept(folded, start, end):
            continue
        append((start, end, ci, rule))
        last_end[ci] = end
    if kept:
        kept = _drop_warned_after(folded, kept)
    if kept:
        kept = _drop_believed(folded, kept)
    if kept and _REPORT_TEXT.search(folded):
        kept = _drop_reported(folded, kept)
    if kept:
        quotes = _quoted(folded)
        if quotes and not _warns_outside(folded, quotes):
            quotes = [q for q in quotes if _reported(folded, q)]
        if quotes:
            kept = _outside_quotes(kept, quotes)
    kept.sort()  # by place, then code order; (start, end, code) is unique, so the rule is never compared
    findings: list[Finding] = []
    for start, end, _, rule in kept:
        f = _Unfrozen(rule.code, start, end, text[start:end], rule.explanation, rule.basis, rule.suggestion, rule.id,
                      "rules")
        f.__class__ = Finding
        findings.append(f)
    return findings


# Texts longer than this are checked with the cyclic garbage collector paused: a check allocates only acyclic
# tuples and findings, but hundreds of thousands of them, and the collections they set off cost about 7% of
# the time on a long text (the classifier's paragraphs too, once the rules' findings are there to traverse).
# Nothing is left for the collector: it is enabled again at once, as it was.
_GC_PAUSE_FROM = 20_000


def check_text(text: str, rules: RuleSet | None = None, *, second_opinion: bool | None = None) -> list[Finding]:
    """Check marketing text; return the violations found, ordered by position.

    second_opinion: run the n-gram classifier beside the rules (second_opinion.py); None means the default,
    on unless the environment says XIAOBAO_MARKETING_CLASSIFIER=0.
    """
    ruleset = rules if rules is not None else default_rules()
    opinion = second_opinion if second_opinion is not None else classifier_enabled()
    if len(text) < _GC_PAUSE_FROM or not gc.isenabled():
        return _check_all(text, ruleset, opinion)
    gc.disable()
    try:
        return _check_all(text, ruleset, opinion)
    finally:
        gc.enable()


def _check_all(text: str, ruleset: RuleSet, second_opinion: bool) -> list[Finding]:
    findings = _check(text, ruleset)
    if second_opinion:
        from xiaobao.engines.marketing import second_opinion as opinion
        from xiaobao.engines.marketing.classifier import default_model

        findings = opinion.apply(text, findings, default_model(), ruleset)
    return findings


def engine_version(*, second_opinion: bool | None = None) -> str:
    """What decides check_text's findings, for stored results and sweeps: the rule file's digest and, when the
    classifier runs (second_opinion as in check_text), its model file's digest — "rules.ab12cd34ef" or
    "rules.ab12cd34ef+classifier.0123456789". A changed rule file or model gives a new version, so a sweep
    re-checks what an older one passed."""
    from xiaobao.engines.marketing.classifier import DEFAULT_MODEL_PATH
    from xiaobao.engines.marketing.rules import DEFAULT_RULES_PATH

    version = f"rules.{_file_digest(DEFAULT_RULES_PATH)}"
    if second_opinion if second_opinion is not None else classifier_enabled():
        version += f"+classifier.{_file_digest(DEFAULT_MODEL_PATH)}"
    return version


def _file_digest(path: Path) -> str:
    stat = path.stat()
    return _digest(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=8)
def _digest(path: str, mtime_ns: int, size: int) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:10]


def classifier_enabled() -> bool:
    """Whether check_text runs the classifier by default (XIAOBAO_MARKETING_CLASSIFIER=0 turns it off)."""
    return os.environ.get("XIAOBAO_MARKETING_CLASSIFIER", "1").strip().lower() not in ("0", "false", "no", "off")


def violation_codes(findings: list[Finding]) -> list[str]:
    """The distinct codes of the findings, in the canonical code order."""
    present = {f.code for f in findings}
    return [code for code in CODES if code in present]
