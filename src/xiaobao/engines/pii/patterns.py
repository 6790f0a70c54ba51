"""Structured identifiers: numbers (ID, mobile, landline, bank card), VIN, licence plates, e-mail.

One compiled regex finds every candidate token; Python then validates check digits and reads the words
just before and after the token to tell personal data from policy, claim and invoice numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .validators import is_valid_id_card, is_valid_luhn, is_valid_vin

_PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"

# Separate regexes that each start with a character class, so the regex engine skips ahead in C.
NUM_RE = re.compile(r"[\d+(（](?:[ \-)）]{0,2}\d){6,}[Xx]?(?![0-9A-Za-z])")
# the shapes a matched number may take (checked in Python on the few matches)
NUM_SHAPE_RE = re.compile(
    r"(?:(?:\+|00)86[ \-]?|[(（]0\d{2,3}[)）][ \-]?)?\d(?:[ \-]?\d)*[Xx]?"
)
VIN_RE = re.compile(r"[A-HJ-NPR-Z0-9]{17}(?![0-9A-Za-z])")
PLATE_RE = re.compile(rf"[{_PLATE_PROVINCES}][A-HJ-NP-Z][·•・ ]?[A-HJ-NP-Z0-9]{{5,6}}(?![0-9A-Za-z])")
_ALNUM = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_NUM_LEFT = _ALNUM | {"+", "-"}
EMAIL_RE = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")

# Context words before a number. Group names tell what they say about the number.
_CTX_RE = re.compile(
    r"(?P<neg>保单|批单|报案|赔案|案件|案号|发票|流水|编号|订单|合同|单号|工号|交易|凭证|账单号|批次|序号|"
    r"统一社会信用代码|信用代码|税号|组织机构|营业执照|车架号|发动机号|登记证|快递|运单|金额|保费|邮编|邮政编码)"
    r"(?:号码|号)?"
    r"|(?P<id>身份证|证件|证号|公民身份|身份号)(?:号码|号)?"
    r"|(?P<card>卡号|银行卡|储蓄卡|借记卡|信用卡|扣款卡|账号|帐号|账户|帐户|银行账|收款卡|还款卡|社保卡)(?:号码|号)?"
    r"|(?P<phone>手机|电话|座机|固话|联系方式|致电|拨打|号码|来电|回拨|短信|微信)(?:号码|号)?"
)
_NEG_AFTER_RE = re.compile(r"[为是系]?(?:系统)?(?:流水号|编号|订单号|保单号|报案号|发票号|单号|案号)")
_CTX_WINDOW = 10
_NUM_SEP = str.maketrans("", "", " -()（）+")


def _context(text: str, start: int) -> str | None:
    """The kind of the nearest context word before `start` ("neg", "id", "card", "phone") or None."""
    kind = None
    for m in _CTX_RE.finditer(text, max(0, start - _CTX_WINDOW), start):
        kind = m.lastgroup
    return kind


def _landline_ok(digits: str) -> bool:
    if len(digits) not in (11, 12) or digits[0] != "0":
        return False
    if digits[1] in "12":  # 010, 02x: 3-digit area code, 8-digit number
        return len(digits) == 11 and digits[3] not in "01"
    return digits[1] != "0" and digits[4] not in "01"  # 0xxx area code, 7-8 digit number


def classify_number(text: str, start: int, end: int) -> tuple[str, float] | None:
    """Type and score of the number text[start:end], or None when it is not personal data."""
    raw = text[start:end]
    digits = raw.translate(_NUM_SEP)
    n = len(digits)
    ctx = _context(text, start)
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


def find_structured(text: str, types: set[str] | None = None) -> Iterator[tuple[int, int, str, float]]:
    """Yield (start, end, type, score) for numbers, VINs, plates and e-mail addresses in `text`."""
    for m in NUM_RE.finditer(text):
        s, e = m.span()
        if text[s] in "(（" and not NUM_SHAPE_RE.fullmatch(text, s, e):
            s += 1  # 李老师（13812345678）: the bracket is punctuation, not an area code
        elif s and text[s - 1] in _NUM_LEFT:
            continue
        if not NUM_SHAPE_RE.fullmatch(text, s, e):
            continue
        res = classify_number(text, s, e)
        if res is not None:
            yield s, e, res[0], res[1]
        elif e - s > 12 and (" " in text[s:e] or "-" in text[s:e]):
            # several numbers joined by single spaces: try the longest group runs that classify
            yield from _split_number(text, s, e)
    if types is None or "VIN" in types:
        for m in VIN_RE.finditer(text):
            s = m.start()
            v = m.group()
            if v.isdigit() or (s and text[s - 1] in _ALNUM and text[s - 3 : s] != "VIN"):
                continue
            if is_valid_vin(v):
                yield s, m.end(), "VIN", 0.99
    if types is None or "LICENSE_PLATE" in types:
        for m in PLATE_RE.finditer(text):
            body = m.group()[2:].lstrip("·•・ ")
            digits = sum(c.isdigit() for c in body)
            if (len(body) == 5 and digits >= 2) or (len(body) == 6 and (body[0] in "DF" or body[-1] in "DF")):
                yield m.start(), m.end(), "LICENSE_PLATE", 0.95
    if "@" in text and (types is None or "EMAIL" in types):
        for m in EMAIL_RE.finditer(text):
            yield m.start(), m.end(), "EMAIL", 0.99


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
