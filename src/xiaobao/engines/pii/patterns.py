"""Structured identifiers: numbers (ID, mobile, landline, bank card), VIN, licence plates, e-mail.

One compiled regex finds every candidate token; Python then validates check digits and reads the words
just before and after the token to tell personal data from policy, claim and invoice numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .rx import trie, with_gate
from .validators import is_valid_id_card, is_valid_luhn, is_valid_vin

# (黔, Guizhou's other short name, as people write it for 贵: 黔C.5F826)
_PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼黔"

# Separate regexes that each start with a character class, so the regex engine skips ahead in C.
# Digits are ASCII or full-width (０-９); `\d` would also take other scripts' digits, which no rule below
# accepts, and costs a Unicode lookup for every character of the text in the scanning loop.
_D = "0-9０-９"
# "(?<!DD)": a digit right after a digit never starts a match that the digit before did not (the same
# run would have matched one character earlier), so those positions are dropped in C
_PHONE_WORDS = ("手机", "电话", "座机", "固话", "联系方式", "致电", "拨打", "号码", "来电", "回拨", "短信", "微信")
_CTX_WINDOW = 10


def _num_regex() -> str:
    """NUM_RE: a digit (not right after a digit), "+", "(" or "（", then 6+ more digits with separators.

    A number of at most 8 digits is only ever a local phone number after a phone word (电话 8123456), so
    such numbers are dropped in C unless one of those words ends within _CTX_WINDOW characters before it
    (the lookbehinds, relative to the first character, which is already consumed).
    """
    by_len: dict[int, list[str]] = {}
    for w in _PHONE_WORDS:
        by_len.setdefault(len(w), []).append(w)
    near = "|".join(
        f"(?<={trie(words)}[\\s\\S]{{{k}}}.)" for n, words in sorted(by_len.items()) for k in range(_CTX_WINDOW - n + 1)
    )
    long_ = rf"(?=(?:[ \u3000\-)）]{{0,2}}[{_D}]){{8}})"
    # "(?=[digits and separators]{6})": a necessary condition for the six digits that must follow, tested as
    # one repeat of a character class (no backtracking), so the many short runs (years, amounts, days) fail
    # in a few steps (-20% for the whole pass on the realistic mix)
    return (
        rf"(?<![{_D}][{_D}])(?=[{_D} \u3000\-)）]{{6}})(?=(?:[ \u3000\-)）]{{0,2}}[{_D}]){{6}})(?:{long_}|{near})"
        rf"(?:[ \u3000\-)）]{{0,2}}[{_D}]){{6,}}[XxＸｘ]?(?![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])"
    )


# (the part after the first character)
NUM_FIRST = f"{_D}+(（"
NUM_TAIL = _num_regex()
NUM_RE = re.compile(f"[{NUM_FIRST}]" + NUM_TAIL)
# the shapes a matched number may take (checked in Python on the few matches)
NUM_SHAPE_RE = re.compile(
    rf"(?:(?:\+|00)86[ \-]?|[(（]0[{_D}]{{2,3}}[)）][ \-]?)?[{_D}](?:[ \u3000\-]?[{_D}])*[XxＸｘ]?"
)
# a VIN is a whole alphanumeric token (or follows "VIN" directly): the lookbehind drops positions inside
# longer tokens (policy numbers) in C; "(?<![0-9A-Za-z].)" after the first character = "not preceded by".
VIN_RE = re.compile(r"[A-HJ-NPR-Z0-9](?:(?<![0-9A-Za-z].)|(?<=VIN.))[A-HJ-NPR-Z0-9]{16}(?![0-9A-Za-z])")
# (full-width letters and digits too: 新Ａ·Ｌ6693, as typed with a Chinese input method)
_PL = "A-HJ-NP-ZＡ-ＨＪ-ＮＰ-Ｚ"
# (a hyphen or a full stop typed after the letter: 新A-R6F77, 京Q.8M2J3; a trailer's plate ends in 挂, a police car's
# in 警, a driving school's in 学, a consulate's in 领, a cross-border car's in 港 or 澳: 新A3851挂, 粤Z·J026港)
PLATE_RE = re.compile(
    rf"[{_PLATE_PROVINCES}][{_PL}](?:[·•・ \-.．]?(?:[{_PL}0-9０-９]{{5,6}}(?![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])|[{_PL}0-9０-９]{{4}}[挂警学领港澳试超])"
    # (a new-energy plate's D or F typed before the dot: 新AD·5R302)
    rf"|[DFＤＦ][·•・ \-.．][{_PL}0-9０-９]{{5}}(?![0-9A-Za-z０-９Ａ-Ｚａ-ｚ]))"
)
# VINs and plates both contain a letter, and capital letters are rare in Chinese text: they are found from the
# first letter of each run of letters (a VIN starts at its token's start, up to 16 digits before that letter;
# a plate's letter follows the province character). Numbers are found by NUM_RE itself.
def _letter_regex() -> str:
    """The first letter of a run of capital letters that can belong to a plate (after a province character)
    or to a VIN-shaped token (17 characters in all, up to 16 digits before this letter, nothing
    alphanumeric around it, or right after "VIN"); everything else is dropped in C."""
    vin = "|".join(
        rf"(?<=[0-9]{{{k}}}.)(?:(?<![0-9A-Za-z][0-9]{{{k}}}.)|(?<=VIN[0-9]{{{k}}}.))"
        rf"(?=[A-HJ-NPR-Z0-9]{{{16 - k}}}(?![0-9A-Za-z]))"
        for k in range(17)
    )
    return (
        rf"(?:(?<=[A-HJ-NP-Z])(?<![A-Za-z].)"
        rf"(?:(?<=[{_PLATE_PROVINCES}].)|(?<=V)(?=IN[A-HJ-NPR-Z0-9]{{17}}(?![0-9A-Za-z]))|{vin})"
        # a full-width letter after a province character: a plate only
        rf"|(?<=[Ａ-ＨＪ-ＮＰ-Ｚ])(?<=[{_PLATE_PROVINCES}].))"
    )


# (the first character and the part after it, for the shared pass in words.py)
LETTER_FIRST = "A-HJ-NP-ZＡ-ＨＪ-ＮＰ-Ｚ"
LETTER_TAIL = _letter_regex()
LETTER_RE = re.compile(f"[{LETTER_FIRST}]" + LETTER_TAIL)
_PLATE_PROV_SET = frozenset(_PLATE_PROVINCES)
_ASCII_DIGITS = frozenset("0123456789")
_ALNUM = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_NUM_LEFT = _ALNUM | {"+", "-"}
EMAIL_RE = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
# the same, read from the "@" (found with str.find): the domain part, and the characters of a local part
EMAIL_DOMAIN_RE = re.compile(r"@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_LOCAL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-")

# Context words before a number. Group names tell what they say about the number.
_CTX_RE = re.compile(
    r"(?P<neg>保单|批单|报案|赔案|案件|案号|发票|流水|编号|订单|合同|单号|工号|交易|凭证|账单号|批次|序号|"
    r"统一社会信用代码|信用代码|税号|组织机构|营业执照|车架号|发动机号|登记证|快递|运单|金额|保费|邮编|邮政编码)"
    r"(?:号码|号)?"
    r"|(?P<id>身份证|证件|证号|公民身份|身份号)(?:号码|号)?"
    r"|(?P<card>卡号|银行卡|储蓄卡|借记卡|信用卡|扣款卡|账号|帐号|账户|帐户|银行账|收款卡|还款卡|社保卡)(?:号码|号)?"
    r"|(?P<phone>手机|电话|座机|固话|联系方式|致电|拨打|号码|来电|回拨|短信|微信)(?:号码|号)?"
    # (电话确认, 电话核实: a call as how something was checked, no label of the number after it)
    r"(?!确认|核实|联系|沟通|告知|通知|回访)"
)
assert tuple(_CTX_RE.groupindex) == ("neg", "id", "card", "phone") and _CTX_RE.groups == 4  # noqa: S101 - _context_word reads the kind from lastgroup


# (with a lookahead on the first character of its words: the named groups keep CPython's compiler from building
# that test itself, so a search tried all ~60 words at every position of the window; the same matches, half the
# cost of a window)
_CTX_SCAN_RE = with_gate(_CTX_RE)
# any phone word at all (a necessary condition for a "phone" _context_word(); cheap first test)
_PHONE_WORD_RE = re.compile("|".join(_PHONE_WORDS))
_NEG_AFTER_RE = re.compile(r"[为是系]?(?:系统)?(?:流水号|编号|订单号|保单号|报案号|发票号|单号|案号)")
# digit counts that some rule below can accept (7–8 local, 11 mobile/landline, 12 landline, 13/15 +86 mobile,
# 16–19 bank card, 18 ID)
# 2025-03-01 after 来电时间: a date, never a local phone number
_DATE_RE = re.compile(r"(?:19|20)[0-9]{2}([- ])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12][0-9]|3[01])")
_CANDIDATE_LENGTHS = frozenset({7, 8, 11, 12, 13, 15, 16, 17, 18, 19})
_NUM_SEP = str.maketrans("０１２３４５６７８９Ｘｘ", "0123456789Xx", " \u3000-()（）+")  # (full-width digits, letters and spaces too)


def _context_word(text: str, start: int) -> re.Match[str] | None:
    """The nearest context word before `start`, or None; its lastgroup is its kind ("neg", "id", "card", "phone").
    (classify_number reads it once: the tests of a "neg" word below take the same match.)"""
    last = None
    for last in _CTX_SCAN_RE.finditer(text, start - _CTX_WINDOW if start > _CTX_WINDOW else 0, start):  # noqa: B007
        pass
    return last


# between a label word and its number: separators, 是/为, a 号码 (保单号：…, 订单号为…, 快递单号 #…)
_LABEL_GAP_RE = re.compile(r"[\s：:#＃是为]*(?:号码|号)?[\s：:#＃是为]*")


def _neg_attached(text: str, start: int, last: re.Match[str]) -> bool:
    """Is the last "not personal data" word before the number at `start` (`last`, from _context_word) its label
    (保单号13…, 订单：13…), rather than a word earlier in the clause (快递员13…, 订单里留的是13…)?"""
    return _LABEL_GAP_RE.fullmatch(text, last.end(), start) is not None


# a number of its own, then words, between a "not personal data" word and the number (序号1 查干 4101…, 订单号886 收件人
# …): the word labels that other number
_OWN_NUMBER_RE = re.compile(r"[0-9０-９]+[^0-9０-９]*[\u4e00-\u9fff]")


def _neg_labels_another(text: str, start: int, last: re.Match[str]) -> bool:
    """Does the last "not personal data" word before the number at `start` (`last`, from _context_word) label
    another number written between?"""
    return _OWN_NUMBER_RE.search(text, last.end(), start) is not None


def _landline_ok(digits: str) -> bool:
    if len(digits) not in (11, 12) or digits[0] != "0":
        return False
    if digits[1] in "12":  # 010, 02x: 3-digit area code, 8-digit number
        return len(digits) == 11 and digits[3] not in "01"
    return digits[1] != "0" and digits[4] not in "01"  # 0xxx area code, 7-8 digit number


def classify_number(text: str, start: int, end: int) -> tuple[str, float] | None:
    """Type and score of the number text[start:end], or None when it is not personal data."""
    raw = text[start:end]
    # (str.translate costs a table lookup per character: a plain run of ASCII digits is its own digits)
    digits = raw if raw.isascii() and raw.isdigit() else raw.translate(_NUM_SEP)
    n = len(digits)
    if n not in _CANDIDATE_LENGTHS:  # amounts, dates, serial numbers: decided without reading the context
        return None
    if n < 9:  # only a 7–8 digit local number after a phone word (电话 8123456) is personal data
        if digits[0] in "019" or not digits.isdigit() or _DATE_RE.fullmatch(raw):
            return None
        if _PHONE_WORD_RE.search(text, max(0, start - _CTX_WINDOW), start) is None:
            return None
    word = _context_word(text, start)
    ctx = word.lastgroup if word is not None else None
    mobile_shape = (n == 11 and digits[0] == "1" and digits[1] in "3456789") or (
        n in (13, 15) and raw.startswith(("+86", "0086")) and digits[-11] == "1" and digits[-10] in "3456789"
    )  # (+86 138…: the country code's own digits come first)
    if ctx == "neg" and mobile_shape and not _neg_attached(text, start, word):  # type: ignore[arg-type]
        # a mobile's shape, and the policy / order / express word is not its label (快递员13812345678, 订单里留的是
        # 139…, 金额5000元，联系136…): a mobile number
        ctx = None
    if ctx == "neg" and _neg_labels_another(text, start, word):  # type: ignore[arg-type]
        ctx = None
    if ctx == "neg" or _NEG_AFTER_RE.match(text, end):
        # policy, claim, invoice, serial numbers: only an explicit ID/card word right before overrides
        return None
    if n == 18 and is_valid_id_card(digits):
        if ctx == "card" and is_valid_luhn(digits):
            return "BANK_CARD", 0.9
        return "ID_CARD", 0.99 if ctx == "id" else 0.95
    if not digits.isdigit():
        return None
    has_cc = raw.startswith(("+86", "0086", "86")) and n in (13, 15)
    if has_cc:
        national = digits[-11:]
        if national[0] == "1" and national[1] in "3456789":
            return "MOBILE", 0.95
        return None
    if n == 11 and digits[0] == "1" and digits[1] in "3456789":
        if ctx == "card":
            return None
        return "MOBILE", 0.97 if ctx == "phone" else 0.9
    if 16 <= n <= 19 and is_valid_luhn(digits):
        if ctx == "id" or ctx == "phone":
            return None
        return "BANK_CARD", 0.97 if ctx == "card" else 0.85
    if _landline_ok(digits):
        return "LANDLINE", 0.95 if ctx == "phone" else 0.85
    if ctx == "phone" and n in (7, 8) and digits[0] not in "019":
        return "LANDLINE", 0.6
    return None


def _split_groups(raw: str) -> list[tuple[int, int]]:
    """Offsets (relative) of the digit groups of a number written with separators."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^ \-]+", raw)]


def find_structured(
    text: str,
    types: set[str] | None = None,
    letters: list[int] | None = None,
    numbers: list[tuple[int, int]] | None = None,
) -> Iterator[tuple[int, int, str, float]]:
    """Yield (start, end, type, score) for numbers, VINs, plates and e-mail addresses in `text`.

    letters, numbers: LETTER_RE's match starts and NUM_RE's match spans when the caller has them already
    (words.find_anchors)."""
    cand = _CANDIDATE_LENGTHS
    left = _NUM_LEFT
    phone_word = _PHONE_WORD_RE.search
    if numbers is None:
        numbers = [m.span() for m in NUM_RE.finditer(text)]
    for s, e in numbers:
        raw = text[s:e]
        if raw.isdigit():
            # a plain run of digits (most numbers: dates, amounts, serial numbers): the same decisions as
            # _number(), the cheapest first
            n = e - s
            if (
                n in cand
                and not (s and text[s - 1] in left)
                and (n > 8 or (raw[0] not in "019" and phone_word(text, max(0, s - _CTX_WINDOW), s)))
            ):
                res = classify_number(text, s, e)
                if res is not None:
                    yield s, e, res[0], res[1]
        else:
            found = _number(text, s, e)
            if found:
                yield from found
    want_vin = types is None or "VIN" in types
    want_plate = types is None or "LICENSE_PLATE" in types
    if want_vin or want_plate:
        if letters is None:
            letters = [m.start() for m in LETTER_RE.finditer(text)]
        yield from _letter_tokens(text, letters, want_vin, want_plate)
    if types is None or "EMAIL" in types:
        yield from _emails(text)


def _new_energy(body: str) -> bool:
    """Is body (the six characters after the city letter) a new-energy plate's: D…/F… or …D/…F, or since 2021 one of
    the letters A–K (no I) first, a letter or digit, then four digits (粤B·AB3316)?"""
    if body[0] in "DFＤＦ" or body[-1] in "DFＤＦ":
        return True
    return body[0] in "ABCEGHJKＡＢＣＥＧＨＪＫ" and body[2:].isdigit()


def _letter_tokens(
    text: str, letters: list[int], want_vin: bool, want_plate: bool
) -> Iterator[tuple[int, int, str, float]]:
    """VINs (same spans as VIN_RE.finditer) and plates (same as PLATE_RE.finditer), from LETTER_RE."""
    vin_last = 0
    digits = _ASCII_DIGITS
    for q in letters:
        if want_plate and q and text[q - 1] in _PLATE_PROV_SET:
            pm = PLATE_RE.match(text, q - 1)
            if pm is not None:
                body = text[q + 1 : pm.end()].lstrip("·•・ -.．")
                if len(body) == 7:  # (新AD·5R302: the dot after the new-energy letter)
                    body = body[0] + body[2:]
                nd = sum(c.isdigit() for c in body)
                if (len(body) == 5 and nd >= 2) or (len(body) == 6 and _new_energy(body)):
                    yield q - 1, pm.end(), "LICENSE_PLATE", 0.95
        if not want_vin or text[q] > "Z":  # (a full-width letter: plates only)
            continue
        s = q
        while s > 0 and q - s < 16 and text[s - 1] in digits:
            s -= 1
        starts = (s, q + 3) if text.startswith("VIN", q) else (s,)  # VINLHX…: the VIN starts after "VIN"
        for s in starts:
            if s < vin_last:
                continue
            vm = VIN_RE.match(text, s)
            if vm is not None:
                vin_last = vm.end()
                v = vm.group()
                if not v.isdigit() and is_valid_vin(v):
                    yield s, vin_last, "VIN", 0.99


def _number(text: str, s: int, e: int) -> list[tuple[int, int, str, float]] | None:
    """What NUM_RE's match text[s:e] (not a plain digit run) is: nothing, one number or several."""
    if text[s] in "(（" and not NUM_SHAPE_RE.fullmatch(text, s, e):
        s += 1  # 李老师（13812345678）: the bracket is punctuation, not an area code
    elif s and text[s - 1] in _NUM_LEFT:
        return None
    raw = text[s:e]
    if _DATE_RE.fullmatch(raw):
        return None  # 来电时间2025-03-01: a date, not a local phone number
    split = e - s > 12 and (" " in raw or "-" in raw)
    if not split:
        # classify_number's own first tests, before the shape test (dates 2024-11-02 end here)
        digits = raw.translate(_NUM_SEP)
        n = len(digits)
        if n not in _CANDIDATE_LENGTHS:
            return None
        if n < 9 and (
            digits[0] in "019" or _PHONE_WORD_RE.search(text, max(0, s - _CTX_WINDOW), s) is None
        ):
            return None
    if not NUM_SHAPE_RE.fullmatch(text, s, e):
        return None
    res = classify_number(text, s, e)
    if res is not None:
        return [(s, e, res[0], res[1])]
    if split:
        # several numbers joined by single spaces: try the longest group runs that classify
        return list(_split_number(text, s, e))
    return None


def _emails(text: str) -> Iterator[tuple[int, int, str, float]]:
    """Same spans as EMAIL_RE.finditer(text), found from each "@" instead of trying every position."""
    last = 0
    local = _LOCAL
    at = text.find("@")
    while at >= 0:
        s = at
        while s > 0 and text[s - 1] in local:
            s -= 1
        # the regex needs an alphanumeric first character right after a non-local character; positions
        # before `last` were consumed by the previous match
        if s < at and s >= last and text[s] not in "._%+-":
            m = EMAIL_DOMAIN_RE.match(text, at)
            if m is not None:
                yield s, m.end(), "EMAIL", 0.99
                last = m.end()
                at = text.find("@", last)
                continue
        at = text.find("@", at + 1)


def _split_number(text: str, s: int, e: int) -> Iterator[tuple[int, int, str, float]]:
    groups = _split_groups(text[s:e])
    if len(groups) > 10:
        return
    i = 0
    while i < len(groups):
        for j in range(len(groups), i, -1):
            gs, ge = s + groups[i][0], s + groups[j - 1][1]
            if j - i == len(groups):
                continue
            res = classify_number(text, gs, ge)
            if res is not None:
                yield gs, ge, res[0], res[1]
                i = j
                break
        else:
            i += 1
