"""Display masking (JR/T 0171 practice, domain.md §7) and consistent pseudonyms."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from . import lexicon as lx
from .validators import compact

_ADMIN_PREFIX_RE = re.compile(
    r"(?:[^\W\d_路街巷道号村组]{1,9}?(?:省|自治区|特别行政区|市|地区|州|盟|县|区|旗))+"
)

PSEUDONYM_LABELS: dict[str, str] = {
    "PERSON": "姓名",
    "ID_CARD": "身份证号",
    "MOBILE": "手机号",
    "LANDLINE": "固话",
    "BANK_CARD": "银行卡号",
    "EMAIL": "邮箱",
    "ADDRESS": "地址",
    "LICENSE_PLATE": "车牌",
    "VIN": "车架号",
}


@dataclass(frozen=True)
class MaskPolicy:
    """What to mask and how much to show. Defaults follow domain.md §7."""

    types: frozenset[str] = frozenset(PSEUDONYM_LABELS)
    mask_char: str = "*"
    id_head: int = 6
    id_tail: int = 4
    bank_head: int = 6
    bank_tail: int = 4
    mobile_head: int = 3
    mobile_tail: int = 4
    landline_tail: int = 4  # the area code is shown, then only the last digits
    plate_tail: int = 2  # 新A***45
    vin_head: int = 3
    vin_tail: int = 4
    email_head: int = 1  # a***@example.com
    overrides: dict[str, str] = field(default_factory=dict)  # type -> fixed replacement text

    def __post_init__(self) -> None:
        if not 1 <= self.id_head <= 6 or not 1 <= self.id_tail <= 4:
            raise ValueError("ID masking shows the first 1–6 and the last 1–4 characters")
        if len(self.mask_char) != 1:
            raise ValueError("mask_char must be one character")
        unknown = set(self.types) - set(PSEUDONYM_LABELS)
        if unknown:
            raise ValueError(f"unknown PII types: {sorted(unknown)}")

    def without(self, *types: str) -> MaskPolicy:
        """A copy that leaves the given types unmasked."""
        return MaskPolicy(**{**self.__dict__, "types": frozenset(self.types) - set(types)})


_DEFAULT = MaskPolicy()


def _keep_digits(value: str, head: int, tail: int, ch: str) -> str:
    """Mask the digits of `value` except the first `head` and last `tail`, keeping separators in place."""
    positions = [i for i, c in enumerate(value) if c.isalnum()]
    n = len(positions)
    if n <= head + tail:
        hidden = set(positions[max(0, n // 3) : n - max(1, n // 3)]) if n > 2 else set(positions)
    else:
        hidden = set(positions[head : n - tail])
    return "".join(ch if i in hidden else c for i, c in enumerate(value))


def _mask_mobile(value: str, p: MaskPolicy) -> str:
    digits_pos = [i for i, c in enumerate(value) if c.isdigit()]
    # the national number is the last 11 digits; a +86 / 86 prefix is shown as is
    nat = digits_pos[-11:] if len(digits_pos) >= 11 else digits_pos
    hidden = set(nat[p.mobile_head : len(nat) - p.mobile_tail])
    return "".join(p.mask_char if i in hidden else c for i, c in enumerate(value))


def _mask_landline(value: str, p: MaskPolicy) -> str:
    d = compact(value).strip("()（）")
    area = 3 if d[1:2] in ("1", "2") else 4
    digits_pos = [i for i, c in enumerate(value) if c.isdigit()]
    if len(digits_pos) <= area + p.landline_tail:
        area = 0
    hidden = set(digits_pos[area : len(digits_pos) - p.landline_tail])
    return "".join(p.mask_char if i in hidden else c for i, c in enumerate(value))


def _surname_len(name: str) -> int:
    return 2 if name[:2] in lx.COMPOUND_SURNAMES else 1


def _mask_person(value: str, p: MaskPolicy) -> str:
    ch = p.mask_char
    if any(d in value for d in lx.NAME_DOTS):
        return value[0] + "".join(c if c in lx.NAME_DOTS else ch for c in value[1:])
    n = _surname_len(value)
    for title in lx.TITLES:  # 张先生: a bare surname with a title is already minimal
        if value.endswith(title) and len(value) - len(title) == n:
            return value
    return value[:n] + ch * (len(value) - n)


def _mask_address(value: str, p: MaskPolicy) -> str:
    m = _ADMIN_PREFIX_RE.match(value)
    keep = m.end() if m else 0
    if keep >= len(value):  # nothing below district level: hide the last unit
        keep = 0
    if keep == 0:
        keep = min(len(value) // 3, 6)
    return value[:keep] + p.mask_char * (len(value) - keep)


def _mask_email(value: str, p: MaskPolicy) -> str:
    local, _, domain = value.partition("@")
    return local[: p.email_head] + p.mask_char * max(1, len(local) - p.email_head) + "@" + domain


def _mask_plate(value: str, p: MaskPolicy) -> str:
    n = len(value)
    return "".join(
        c if i < 2 or i >= n - p.plate_tail or c in "·•・ " else p.mask_char for i, c in enumerate(value)
    )


def mask_value(value: str, type: str, policy: MaskPolicy | None = None) -> str:
    """Mask one stored value of a known type (PERSON, ID_CARD, MOBILE, ...) for display."""
    p = policy or _DEFAULT
    if not value:
        return value
    if type in p.overrides:
        return p.overrides[type]
    ch = p.mask_char
    if type == "ID_CARD":
        return _keep_digits(value, p.id_head, p.id_tail, ch)
    if type == "BANK_CARD":
        return _keep_digits(value, p.bank_head, p.bank_tail, ch)
    if type == "MOBILE":
        return _mask_mobile(value, p)
    if type == "LANDLINE":
        return _mask_landline(value, p)
    if type == "PERSON":
        return _mask_person(value, p)
    if type == "ADDRESS":
        return _mask_address(value, p)
    if type == "EMAIL":
        return _mask_email(value, p)
    if type == "LICENSE_PLATE":
        return _mask_plate(value, p)
    if type == "VIN":
        return _keep_digits(value, p.vin_head, p.vin_tail, ch)
    raise ValueError(f"unknown PII type: {type}")


def _normalise(value: str, type: str) -> str:
    if type in ("ID_CARD", "BANK_CARD", "MOBILE", "LANDLINE"):
        d = "".join(c for c in value if c.isalnum()).upper()
        return d[-11:] if type == "MOBILE" else d
    if type in ("EMAIL", "VIN"):
        return value.lower()
    return "".join(value.split()).replace("·", "").replace("•", "")


class Pseudonymizer:
    """Maps each distinct value to a stable token (【姓名1】, 【手机号2】 ...) within one document."""

    def __init__(self) -> None:
        self._tokens: dict[tuple[str, str], str] = {}
        self._counts: dict[str, int] = {}

    def token(self, value: str, type: str) -> str:
        key = (type, _normalise(value, type))
        tok = self._tokens.get(key)
        if tok is None:
            n = self._counts.get(type, 0) + 1
            self._counts[type] = n
            tok = f"【{PSEUDONYM_LABELS.get(type, type)}{n}】"
            self._tokens[key] = tok
        return tok


def replacements(
    text: str,
    *,
    policy: MaskPolicy | None = None,
    pseudonymize: bool | Pseudonymizer = False,
    hints: Sequence[str] = (),
    tier: str = "model",
) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for every finding that the policy masks, in text order (tier: see scan())."""
    from .scanner import scan

    p = policy or _DEFAULT
    pseudo: Pseudonymizer | None
    pseudo = pseudonymize if isinstance(pseudonymize, Pseudonymizer) else Pseudonymizer() if pseudonymize else None
    out = []
    for f in scan(text, hints=hints, types=set(p.types), tier=tier):
        rep = pseudo.token(f.text, f.type) if pseudo is not None else mask_value(f.text, f.type, p)
        out.append((f.start, f.end, rep))
    return out


def mask_text(
    text: str,
    *,
    policy: MaskPolicy | None = None,
    pseudonymize: bool | Pseudonymizer = False,
    hints: Sequence[str] = (),
    tier: str = "model",
) -> str:
    """Text with every piece of personal data masked (or replaced by consistent pseudonyms); tier: see scan()."""
    parts = []
    pos = 0
    for s, e, rep in replacements(text, policy=policy, pseudonymize=pseudonymize, hints=hints, tier=tier):
        parts.append(text[pos:s])
        parts.append(rep)
        pos = e
    parts.append(text[pos:])
    return "".join(parts)
