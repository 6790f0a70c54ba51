"""Display masking of personal fields (JR/T 0171 practice), through the pii engine's rules."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import cached_property

from xiaobao.engines.pii import Finding, MaskPolicy, mask_text, mask_value, scan, scan_many

# Field kinds used by the apps → pii engine types.
NAME, PHONE, ID_NUMBER, ADDRESS, BANK_CARD = "PERSON", "MOBILE", "ID_CARD", "ADDRESS", "BANK_CARD"


def mask(value: str | None, kind: str) -> str:
    """The masked form of a stored personal value ("" stays "")."""
    if not value:
        return ""
    if kind == PHONE and not value.lstrip("+").replace(" ", "").replace("-", "").startswith(("1", "861")):
        return mask_value(value, "LANDLINE")
    return mask_value(value, kind)


def mask_free_text(text: str | None, *, hints: Sequence[str] = ()) -> str:
    """Free text with every piece of personal data the pii engine finds masked (138****5678, 张**).

    `hints`: names known to be personal data here (the complainant's), masked wherever they occur.
    """
    if not text:
        return ""
    return mask_text(text, hints=[h for h in hints if h and h.strip()])


class MaskedText:
    """A text masked once as a whole, cut into passages by the original text's offsets: a finding's quote and
    its context (before, after), as the review and outreach checks show them.

    Masking the whole text once, rather than each short window, is both faster (one engine pass instead of three
    per finding: a 20-page policy has hundreds of findings) and safer: a window edge can no longer cut a phone
    number in two so that neither half is recognised. A window edge inside a masked value takes the whole masked
    value. The engine runs once, on the first passage or finding asked for, so a text without findings costs
    nothing, and a check that also reports the personal data itself (`findings`) reuses the same pass.
    """

    def __init__(self, text: str, findings: list[Finding] | None = None) -> None:
        self.text = text
        if findings is not None:  # scanned already (scan_many over many texts at once)
            self.findings = findings
        self._masked: str | None = None
        self._spans: list[tuple[int, int, int, int]] = []  # original start, end → masked start, end
        self._starts: list[int] = []

    @cached_property
    def findings(self) -> list[Finding]:
        """The personal data in the text (the pii engine's findings, all types)."""
        return scan(self.text)

    def _mask(self) -> str:
        if self._masked is None:
            parts, pos, shift = [], 0, 0
            masked_types = MaskPolicy().types
            for found in self.findings:
                if found.type not in masked_types:
                    continue
                start, end, replacement = found.start, found.end, mask_value(found.text, found.type)
                parts += [self.text[pos:start], replacement]
                self._spans.append((start, end, start + shift, start + shift + len(replacement)))
                self._starts.append(start)
                shift += len(replacement) - (end - start)
                pos = end
            parts.append(self.text[pos:])
            self._masked = "".join(parts)
        return self._masked

    def _at(self, offset: int, *, left: bool) -> int:
        """The masked text's offset for an original one (inside a masked value: its start or its end)."""
        i = bisect_right(self._starts, offset) - 1
        if i < 0:
            return offset
        start, end, masked_start, masked_end = self._spans[i]
        if start < offset < end:
            return masked_start if left else masked_end
        return offset + (masked_end - end) if offset >= end else masked_start

    @property
    def masked(self) -> str:
        """The whole text, masked (what mask_free_text returns)."""
        return self._mask()

    def passage(self, start: int, end: int, *, context: int, limit: int = 500) -> tuple[str, str, str]:
        """(before, quote, after) of text[start:end], masked, with up to `context` characters on each side."""
        masked = self._mask()
        a, b = self._at(start, left=True), self._at(end, left=False)
        before = masked[self._at(max(0, start - context), left=True):a][-context:]
        after = masked[b:self._at(min(len(self.text), end + context), left=False)][:context]
        return before, masked[a:b][:limit], after


def mask_many(texts: Sequence[str]) -> list[str]:
    """mask_free_text() for many short texts at once: the pii engine tags them in shared batches, far faster than
    one call each (a 20-page policy's hundreds of flagged clauses)."""
    return [MaskedText(text, findings).masked for text, findings in zip(texts, scan_many(texts), strict=True)]
